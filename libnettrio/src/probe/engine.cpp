#include <nettrio/probe/engine.hpp>

#include "method.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <bit>
#include <queue>
#include <vector>

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

// Flow key -> token, open addressing (linear probing, backward-shift erase): a sweep puts
// tens of thousands of probes in flight, and a node per probe (std::unordered_map) was a
// malloc and a free each. Token 0 marks a free slot (tokens start at 1).
class flow_table {
 public:
  [[nodiscard]] const std::uint64_t* find(const flow_key& k) const noexcept {
    if (slots_.empty()) return nullptr;
    for (std::size_t i = home(k);; i = (i + 1) & mask_) {
      const auto& s = slots_[i];
      if (s.token == 0) return nullptr;
      if (s.key == k) return &s.token;
    }
  }

  void set(const flow_key& k, std::uint64_t token) {
    if ((size_ + 1) * 2 > slots_.size()) rehash(std::max<std::size_t>(64, slots_.size() * 2));
    for (std::size_t i = home(k);; i = (i + 1) & mask_) {
      auto& s = slots_[i];
      if (s.token == 0) {
        s = {k, token};
        ++size_;
        return;
      }
      if (s.key == k) {
        s.token = token;
        return;
      }
    }
  }

  // Forgets k when it still names `token` (a newer probe may have taken the key since).
  void erase(const flow_key& k, std::uint64_t token) noexcept {
    if (slots_.empty()) return;
    std::size_t i = home(k);
    for (;; i = (i + 1) & mask_) {
      if (slots_[i].token == 0) return;
      if (slots_[i].key == k) break;
    }
    if (slots_[i].token != token) return;
    slots_[i].token = 0;
    --size_;
    // Backward shift: move up every later slot of the run whose home is not in (i, j].
    for (std::size_t j = (i + 1) & mask_; slots_[j].token != 0; j = (j + 1) & mask_) {
      const std::size_t h = home(slots_[j].key);
      const bool stays = i < j ? (h > i && h <= j) : (h > i || h <= j);
      if (stays) continue;
      slots_[i] = slots_[j];
      slots_[j].token = 0;
      i = j;
    }
  }

  void reserve(std::size_t n) {
    if (n * 2 > slots_.size()) rehash(std::bit_ceil(std::max<std::size_t>(64, n * 2)));
  }

 private:
  struct slot {
    flow_key key;
    std::uint64_t token = 0;
  };

  [[nodiscard]] std::size_t home(const flow_key& k) const noexcept {
    return static_cast<std::size_t>((flow_key_hash{}(k)*0x9E3779B97F4A7C15ULL) >> 20) & mask_;
  }

  void rehash(std::size_t capacity) {
    std::vector<slot> old(capacity);
    old.swap(slots_);
    mask_ = capacity - 1;
    size_ = 0;
    for (const auto& s : old)
      if (s.token != 0) set(s.key, s.token);
  }

  std::vector<slot> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

// In-flight probes by token. Tokens are handed out in order and probes leave the table
// roughly in order (timeouts, duplicate windows), so a ring indexed by token holds them
// with no allocation per probe: the live ones are in [base, base + count).
template <typename Entry>
class token_ring {
 public:
  [[nodiscard]] Entry* find(std::uint64_t token) noexcept {
    if (token < base_ || token - base_ >= count_) return nullptr;
    auto& e = ring_[token & mask_];
    return e.live ? &e : nullptr;
  }

  // A new entry for `token`, newer than every one in the table. May move the others.
  Entry& add(std::uint64_t token) {
    if (count_ == 0) base_ = token;
    const std::size_t need = std::max<std::size_t>(count_, token - base_ + 1);
    if (need > ring_.size()) grow(need);
    count_ = need;
    auto& e = ring_[token & mask_];
    e = Entry{};
    e.live = true;
    return e;
  }

  void remove(std::uint64_t token) noexcept {
    auto* e = find(token);
    if (!e) return;
    *e = Entry{};
    while (count_ > 0 && !ring_[base_ & mask_].live) {
      ++base_;
      --count_;
    }
  }

  void reserve(std::size_t more) {
    if (count_ + more > ring_.size()) grow(count_ + more);
  }

 private:
  void grow(std::size_t need) {
    const std::size_t capacity = std::bit_ceil(std::max<std::size_t>(need, 64));
    std::vector<Entry> bigger(capacity);
    for (std::size_t i = 0; i < count_; ++i)
      bigger[(base_ + i) & (capacity - 1)] = std::move(ring_[(base_ + i) & mask_]);
    ring_.swap(bigger);
    mask_ = capacity - 1;
  }

  std::vector<Entry> ring_;
  std::size_t mask_ = 0;
  std::uint64_t base_ = 0;
  std::size_t count_ = 0;
};

}  // namespace

struct engine::impl {
  struct entry {
    probe sent;
    wall_time sent_at{};
    steady::time_point sent_steady{};  // the loop's time at the send, for timeouts
    steady::time_point deadline{};
    bool answered = false;
    std::vector<reply> held;  // answers a method holds until the socket confirms one
    bool live = false;        // token_ring: a probe in flight or in its duplicate window
  };

  impl(network& n, event_loop& l, engine_options o)
      : net(n), loop(l), opts(o), ctx{.cookie = o.payload_cookie, .fill = o.fill_pattern} {}

  void prepare(probe& p, std::size_t payload_size);
  void track(probe&& p, wall_time sent_at, std::error_code ec, std::chrono::nanoseconds timeout,
             steady::time_point now);

  network& net;
  event_loop& loop;
  engine_options opts;
  detail::method_context ctx;
  result_handler on_result;
  std::uint64_t next_token = 1;
  std::uint64_t rejected = 0;
  token_ring<entry> entries;
  flow_table by_flow;
  using deadline_item = std::pair<steady::time_point, std::uint64_t>;
  struct deadline_heap
      : std::priority_queue<deadline_item, std::vector<deadline_item>, std::greater<>> {
    void reserve(std::size_t n) { c.reserve(n); }
  };
  deadline_heap deadlines;
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
    auto* e = entries.find(token);
    if (!e) return;
    by_flow.erase(key_of(e->sent), token);
    entries.remove(token);
  }

  void expire() {
    const auto now = loop.now();
    while (!deadlines.empty() && deadlines.top().first <= now) {
      const auto [when, token] = deadlines.top();
      deadlines.pop();
      auto* e = entries.find(token);
      if (!e || e->deadline != when) continue;  // stale heap item
      if (e->answered) {
        forget(token);  // duplicate window over
        continue;
      }
      if (!e->held.empty())
        spdlog::debug("probe {}: {} answer(s) quoting it, none confirmed by its socket", token,
                      e->held.size());
      probe_result r;
      r.sent_at = e->sent_at;
      r.sent = std::move(e->sent);
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
      const auto* f = by_flow.find(flow_key{r.probe_destination, r.protocol, *id});
      if (!f) return nullptr;
      token = *f;
    }
    auto* found = entries.find(token);
    if (!found) return nullptr;
    entry& e = *found;
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
    auto& cx = ctx;
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
  if (const auto* f = by_flow.find(key_of(p))) {
    const auto old_token = *f;
    if (auto* old = entries.find(old_token); old && !old->answered) {
      // Still unanswered: report it lost now, since its answer can no longer be told apart.
      --pending;
      probe_result r;
      r.sent_at = old->sent_at;
      r.sent = std::move(old->sent);
      r.status = probe_status::timeout;
      forget(old_token);
      emit(r);
    } else {
      forget(old_token);
    }
  }
}

// Records a probe that went out (or reports the send failure).
void engine::impl::track(probe&& p, wall_time sent_at, std::error_code ec,
                         std::chrono::nanoseconds timeout, steady::time_point now) {
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
  by_flow.set(key_of(p), token);
  entry& e = entries.add(token);
  e.sent = std::move(p);
  // Sent: keep the size only; payload_of() makes the bytes again when an answer comes.
  std::vector<std::byte>().swap(e.sent.payload);
  e.sent_at = sent_at;
  e.sent_steady = now;
  ++pending;
  push_deadline(e, token, now + std::chrono::duration_cast<steady::duration>(timeout));
}

std::uint64_t engine::send(probe p, std::size_t payload_size, std::chrono::nanoseconds timeout) {
  auto& d = *impl_;
  d.prepare(p, payload_size);
  const auto token = p.token;
  wall_time sent_at{};
  const auto ec = d.net.send(p, sent_at);
  d.track(std::move(p), sent_at, ec, timeout, d.loop.now());
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
  d.entries.reserve(probes.size());
  d.by_flow.reserve(d.pending + probes.size());
  const auto now = d.loop.now();  // one clock read for the batch
  for (std::size_t i = 0; i < probes.size(); ++i)
    d.track(std::move(probes[i]), sent_at[i], errors[i], timeout, now);
  probes.clear();
}

void engine::reserve(std::size_t probes) {
  auto& d = *impl_;
  d.entries.reserve(probes);
  d.by_flow.reserve(probes);
  d.deadlines.reserve(2 * probes);  // each probe's timeout, then its duplicate window
}

bool engine::extend(std::uint64_t token, std::chrono::nanoseconds timeout_from_send) {
  auto* e = impl_->entries.find(token);
  if (!e || e->answered) return false;
  const auto when =
      e->sent_steady + std::chrono::duration_cast<steady::duration>(timeout_from_send);
  impl_->push_deadline(*e, token, when);
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
