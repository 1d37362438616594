#include <nettrio/probe/engine.hpp>

#include "method.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <queue>
#include <unordered_map>

namespace nettrio {

namespace {

using steady = std::chrono::steady_clock;
using detail::classification;
using detail::method_for;

// What finds a probe in flight from its answer: destination, wire protocol and the method's
// 16-bit key (echo and UDP: the sequence; TCP: the token, which is all its answers carry).
struct flow_key {
  ip_address destination;
  probe_protocol protocol{};
  std::uint16_t id = 0;
  friend bool operator==(const flow_key&, const flow_key&) = default;
};

struct flow_key_hash {
  std::size_t operator()(const flow_key& k) const noexcept {
    return hash_value(k.destination) ^ (std::size_t{k.id} << 8) ^
           static_cast<std::size_t>(k.protocol);
  }
};

flow_key key_of(const probe& p) {
  const auto& m = method_for(p.protocol);
  return {p.destination, m.wire(), m.key_of(p)};
}

}  // namespace

struct engine::impl {
  struct entry {
    probe sent;
    wall_time sent_at{};
    steady::time_point sent_steady{};  // the loop's time at the send, for timeouts
    steady::time_point deadline{};
    bool answered = false;
    std::vector<reply> held;  // answers a method holds until the socket confirms one
  };

  impl(network& n, event_loop& l, engine_options o)
      : net(n), loop(l), opts(o), ctx{.cookie = o.payload_cookie, .fill = o.fill_pattern} {}

  void prepare(probe& p, std::size_t payload_size);
  void track(probe&& p, wall_time sent_at, std::error_code ec, std::chrono::nanoseconds timeout);

  network& net;
  event_loop& loop;
  engine_options opts;
  detail::method_context ctx;
  result_handler on_result;
  std::uint64_t next_token = 1;
  std::uint64_t rejected = 0;
  std::unordered_map<std::uint64_t, entry> entries;
  std::unordered_map<flow_key, std::uint64_t, flow_key_hash> by_flow;
  using deadline_item = std::pair<steady::time_point, std::uint64_t>;
  std::priority_queue<deadline_item, std::vector<deadline_item>, std::greater<>> deadlines;
  event_loop::timer timer;
  steady::time_point timer_at = steady::time_point::max();
  bool running = false;
  std::size_t pending = 0;                                // sent, neither answered nor timed out
  std::shared_ptr<char> life = std::make_shared<char>();  // expires with the engine

  void arm() {
    if (deadlines.empty()) return;
    const auto next = deadlines.top().first;
    if (timer.active() && timer_at <= next) return;
    timer.cancel();
    timer_at = next;
    timer = loop.schedule(std::max(next - loop.now(), steady::duration::zero()), [this] {
      timer_at = steady::time_point::max();
      expire();
    });
  }

  void forget(std::uint64_t token) {
    auto it = entries.find(token);
    if (it == entries.end()) return;
    auto f = by_flow.find(key_of(it->second.sent));
    if (f != by_flow.end() && f->second == token) by_flow.erase(f);
    entries.erase(it);
  }

  void expire() {
    const auto now = loop.now();
    while (!deadlines.empty() && deadlines.top().first <= now) {
      const auto [when, token] = deadlines.top();
      deadlines.pop();
      auto it = entries.find(token);
      if (it == entries.end() || it->second.deadline != when) continue;  // stale heap item
      if (it->second.answered) {
        forget(token);  // duplicate window over
        continue;
      }
      if (!it->second.held.empty())
        spdlog::debug("probe {}: {} answer(s) quoting it, none confirmed by its socket", token,
                      it->second.held.size());
      probe_result r;
      r.sent = std::move(it->second.sent);
      r.sent_at = it->second.sent_at;
      r.status = probe_status::timeout;
      forget(token);
      --pending;
      net.cancel(r.sent.token);
      emit(r);
    }
    arm();
  }

  void emit(const probe_result& r) {
    if (on_result) on_result(r);
  }

  void push_deadline(entry& e, std::uint64_t token, steady::time_point when) {
    e.deadline = when;
    deadlines.emplace(when, token);
    arm();
  }

  // Finds the in-flight probe a reply claims to answer; nullptr when it is not ours.
  entry* match(const reply& r, std::uint64_t& token_out) {
    std::uint64_t token = 0;
    if (r.token) {
      token = *r.token;
    } else {
      const auto id = method_for(r.protocol).key_of(r, net.identity(r.probe_destination.family()));
      if (!id) return nullptr;
      auto f = by_flow.find(flow_key{r.probe_destination, r.protocol, *id});
      if (f == by_flow.end()) return nullptr;
      token = f->second;
    }
    auto it = entries.find(token);
    if (it == entries.end()) return nullptr;
    entry& e = it->second;
    // The reply must be about the destination this probe went to (unless its socket named it).
    if (method_for(e.sent.protocol).wire() != r.protocol) return nullptr;
    if (e.sent.destination != r.probe_destination && !r.token) return nullptr;
    token_out = token;
    return &e;
  }

  // One path for every method: find the probe, let its method judge the answer, report.
  void on_reply(reply&& r) {
    std::uint64_t token = 0;
    entry* e = match(r, token);
    if (!e) {
      ++rejected;
      SPDLOG_TRACE("engine: unmatched reply from {}", r.from.to_string());
      return;
    }
    const auto& method = method_for(e->sent.protocol);
    if (r.socket_confirmed) {
      method.confirm(r, e->held);  // may take a held copy that carries more
      r.socket_confirmed = true;
    }
    auto cx = ctx;
    cx.me = net.identity(e->sent.destination.family());
    const auto c = method.classify(r, e->sent, cx);
    switch (c.what) {
      case classification::verdict::reject:
        ++rejected;
        SPDLOG_TRACE("engine: {} answers a probe of ours falsely", r.from.to_string());
        return;
      case classification::verdict::hold:
        e->held.push_back(std::move(r));
        return;
      case classification::verdict::accept:
      case classification::verdict::corrupt:
        break;
    }
    probe_result res;
    res.sent = e->sent;
    res.sent_at = e->sent_at;
    res.status = c.status;
    res.tcp_open = c.tcp_open;
    res.corrupt = c.what == classification::verdict::corrupt;
    res.from = r.from;
    res.reply_ttl = r.reply_ttl;
    res.icmp_type = r.icmp_type;
    res.icmp_code = r.icmp_code;
    res.mpls = std::move(r.mpls);
    res.ip_options = std::move(r.ip_options);
    res.mtu = r.mtu;
    if (r.what == reply::kind::icmp_error && r.quoted_ttl > 0) res.quoted_ttl = r.quoted_ttl;
    if (r.what == reply::kind::icmp_error) {
      res.quote = method.inspect_quote(r, e->sent, cx);  // NAT detection
      res.quoted_source = r.quoted_source;
    }
    if (r.received > e->sent_at)
      res.rtt = r.received - e->sent_at;
    else
      res.rtt = std::chrono::nanoseconds{0};

    if (res.corrupt) {
      emit(res);  // reported, never counted; the probe stays open for a good answer
      return;
    }
    if (e->answered) {
      res.duplicate = true;
      emit(res);
      return;
    }
    e->answered = true;
    e->held.clear();
    --pending;
    push_deadline(*e, token,
                  loop.now() + std::chrono::duration_cast<steady::duration>(opts.duplicate_window));
    emit(res);
  }
};

engine::engine(network& net, event_loop& loop, engine_options opts)
    : impl_(std::make_unique<impl>(net, loop, opts)) {}

engine::~engine() {
  stop();
}

void engine::start(result_handler on_result) {
  impl_->on_result = std::move(on_result);
  impl_->running = true;
  impl_->net.start(impl_->loop, [this](reply&& r) { impl_->on_reply(std::move(r)); });
}

void engine::stop() noexcept {
  if (!impl_->running) return;
  impl_->running = false;
  impl_->timer.cancel();
  impl_->net.stop();
}

// Stamps identity and payload on a probe, and retires an older probe with the same identity.
void engine::impl::prepare(probe& p, std::size_t payload_size) {
  p.token = next_token++;
  method_for(p.protocol).stamp(p, payload_size, ctx);
  // A new probe with the identity of an old one replaces it: identities wrap (16-bit
  // sequences) and the old one's duplicate window is the lesser loss.
  if (auto f = by_flow.find(key_of(p)); f != by_flow.end()) {
    if (auto old = entries.find(f->second); old != entries.end() && !old->second.answered) {
      // Still unanswered: report it lost now, since its answer can no longer be told apart.
      --pending;
      probe_result r;
      r.sent = std::move(old->second.sent);
      r.sent_at = old->second.sent_at;
      r.status = probe_status::timeout;
      forget(f->second);
      emit(r);
    } else {
      forget(f->second);
    }
  }
}

// Records a probe that went out (or reports the send failure).
void engine::impl::track(probe&& p, wall_time sent_at, std::error_code ec,
                         std::chrono::nanoseconds timeout) {
  if (ec) {
    // Reported from the loop, never from inside send(): the caller learns the token only
    // when send() returns, and a result for a token it has not recorded yet is lost (the
    // tracer then waited forever for that probe). In flight until delivered, so a client
    // waiting for in_flight() == 0 still sees it. (tests/unit/trace/test_tracer.cpp)
    probe_result r;
    r.sent = std::move(p);
    r.sent_at = sent_at;
    r.status = probe_status::send_failed;
    r.error = ec;
    // Too large for the local MTU with Don't Fragment: say which MTU (ping's "local error:
    // message too long, mtu=1400", trace --mtu's first step).
    if (ec == std::errc::message_size) r.mtu = net.local_mtu(r.sent.destination).value_or(0);
    ++pending;
    loop.post([this, life = std::weak_ptr<char>(life), r = std::move(r)] {
      if (life.expired()) return;
      --pending;
      emit(r);
    });
    return;
  }
  const auto token = p.token;
  const auto key = key_of(p);
  entry e;
  e.sent = std::move(p);
  // Sent: keep the size only; payload_of() makes the bytes again when an answer comes.
  std::vector<std::byte>().swap(e.sent.payload);
  e.sent_at = sent_at;
  e.sent_steady = loop.now();
  auto [it, inserted] = entries.emplace(token, std::move(e));
  ++pending;
  by_flow[key] = token;
  push_deadline(it->second, token,
                loop.now() + std::chrono::duration_cast<steady::duration>(timeout));
}

std::uint64_t engine::send(probe p, std::size_t payload_size, std::chrono::nanoseconds timeout) {
  auto& d = *impl_;
  d.prepare(p, payload_size);
  const auto token = p.token;
  wall_time sent_at{};
  const auto ec = d.net.send(p, sent_at);
  d.track(std::move(p), sent_at, ec, timeout);
  return token;
}

void engine::send_batch(std::vector<probe>& probes, std::size_t payload_size,
                        std::chrono::nanoseconds timeout) {
  auto& d = *impl_;
  for (auto& p : probes) d.prepare(p, payload_size);
  std::vector<wall_time> sent_at(probes.size());
  std::vector<std::error_code> errors(probes.size());
  // Replies are handled on this thread only after we return, so tracking after the send
  // cannot miss an early answer.
  d.net.send_batch(probes, sent_at, errors);
  for (std::size_t i = 0; i < probes.size(); ++i)
    d.track(std::move(probes[i]), sent_at[i], errors[i], timeout);
  probes.clear();
}

bool engine::extend(std::uint64_t token, std::chrono::nanoseconds timeout_from_send) {
  auto it = impl_->entries.find(token);
  if (it == impl_->entries.end() || it->second.answered) return false;
  const auto when =
      it->second.sent_steady + std::chrono::duration_cast<steady::duration>(timeout_from_send);
  impl_->push_deadline(it->second, token, when);
  return true;
}

std::size_t engine::in_flight() const noexcept {
  return impl_->pending;
}

event_loop& engine::loop() noexcept {
  return impl_->loop;
}
void engine::poll() {
  if (impl_->running) impl_->net.poll();
}

std::uint64_t engine::rejected() const noexcept {
  return impl_->rejected;
}

}  // namespace nettrio
