#include <nettrio/probe/engine.hpp>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <queue>
#include <unordered_map>

namespace nettrio {

namespace {

using steady = std::chrono::steady_clock;

// What identifies a probe on the wire, read back from its answer:
//  echo: (replier/quoted destination, sequence) — the identifier is checked separately
//  udp:  (quoted destination, sequence carried in the first two payload bytes) — source
//        and destination ports are checked separately. Keying on the payload rather than
//        the port lets --paris keep the 5-tuple constant.
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
  switch (p.protocol) {
    case probe_protocol::icmp_echo:
      return {p.destination, p.protocol, p.sequence};
    case probe_protocol::udp:
      return {p.destination, p.protocol, p.sequence};
    case probe_protocol::tcp:
      break;
  }
  return {p.destination, p.protocol, static_cast<std::uint16_t>(p.token)};
}

std::vector<std::byte> make_payload(std::uint64_t cookie, std::uint16_t seq, std::size_t size) {
  // A pattern that depends on a per-run cookie and the sequence: another process's echo
  // with a colliding identifier and sequence still fails to verify.
  std::vector<std::byte> out(size);
  std::uint64_t x = cookie ^ (std::uint64_t{seq} * 0x9E3779B97F4A7C15ULL);
  for (std::size_t i = 0; i < size; ++i) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    out[i] = static_cast<std::byte>(x & 0xff);
  }
  return out;
}

// Paris traceroute's constant checksum: one pattern for every sequence, and its last
// 16-bit word (at an even offset, so it lines up with the checksum's words) set to
// 0xffff - seq. The one's complement sum of sequence and that word is then 0xffff for
// every sequence, so the ICMP checksum, which a per-flow load balancer may hash with the
// type and code, stays the same (RFC 1071 sums 16-bit words).
std::vector<std::byte> make_constant_checksum_payload(std::uint64_t cookie, std::uint16_t seq,
                                                      std::size_t size) {
  auto out = make_payload(cookie, 0, size);
  if (size < 2) return out;
  const std::size_t at = (size - 2) & ~std::size_t{1};
  const auto word = static_cast<std::uint16_t>(0xffff - seq);
  out[at] = static_cast<std::byte>(word >> 8);
  out[at + 1] = static_cast<std::byte>(word & 0xff);
  return out;
}

// The per-probe IPv4 identification of echo probes: unpredictable without the cookie, never
// 0 (with IP_HDRINCL the kernel replaces a 0 with its own).
std::uint16_t ip_id_of(std::uint64_t cookie, std::uint64_t token) {
  std::uint64_t z = cookie + token * 0x9E3779B97F4A7C15ULL;  // splitmix64
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  z ^= z >> 31;
  const auto id = static_cast<std::uint16_t>(z & 0xffff);
  return id == 0 ? std::uint16_t{1} : id;
}

// The first payload bytes of an echo probe carry the cookie (make_payload). A reply whose
// data starts with them was an answer to us, damaged later; one that does not is someone
// else's.
constexpr std::size_t cookie_bytes = 8;

bool carries_cookie(const std::vector<std::byte>& got, const std::vector<std::byte>& sent) {
  const std::size_t n = std::min(cookie_bytes, sent.size());
  return got.size() >= n &&
         std::equal(sent.begin(), sent.begin() + static_cast<std::ptrdiff_t>(n), got.begin());
}

// An ICMP error's quote of an echo probe must repeat our data as far as it goes. RFC 792
// routers may quote none of it; Linux quotes up to 576 bytes (ICMPv6: 1280), so a genuine
// answer nearly always carries the cookie.
bool quote_matches(const std::vector<std::byte>& quoted, const std::vector<std::byte>& sent) {
  const std::size_t n = std::min(quoted.size(), sent.size());
  return std::equal(sent.begin(), sent.begin() + static_cast<std::ptrdiff_t>(n), quoted.begin());
}

bool is_port_unreachable(ip_family f, std::uint8_t type, std::uint8_t code) {
  return f == ip_family::v4 ? (type == packet::icmp4::dest_unreachable && code == 3)
                            : (type == packet::icmp6::dest_unreachable && code == 4);
}
bool is_time_exceeded(ip_family f, std::uint8_t type) {
  return f == ip_family::v4 ? type == packet::icmp4::time_exceeded
                            : type == packet::icmp6::time_exceeded;
}

}  // namespace

struct engine::impl {
  struct entry {
    probe sent;
    wall_time sent_at{};
    steady::time_point sent_steady{};  // the loop's time at the send, for timeouts
    steady::time_point deadline{};
    bool answered = false;
  };

  impl(network& n, event_loop& l, engine_options o) : net(n), loop(l), opts(o) {}

  void prepare(probe& p, std::size_t payload_size);
  void track(probe&& p, wall_time sent_at, std::error_code ec, std::chrono::nanoseconds timeout);

  network& net;
  event_loop& loop;
  engine_options opts;
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
      flow_key k{r.probe_destination, r.protocol, 0};
      const auto family = r.probe_destination.family();
      switch (r.protocol) {
        case probe_protocol::icmp_echo:
          if (r.icmp_id != net.echo_identifier(family)) return nullptr;
          k.id = r.sequence;
          break;
        case probe_protocol::udp:
          if (r.src_port != net.udp_source_port(family)) return nullptr;
          k.id = r.sequence;
          break;
        case probe_protocol::tcp:
          return nullptr;  // TCP answers are tied to their socket (token)
      }
      auto f = by_flow.find(k);
      if (f == by_flow.end()) return nullptr;
      token = f->second;
    }
    auto it = entries.find(token);
    if (it == entries.end()) return nullptr;
    entry& e = it->second;
    // The reply must be about the destination (and port) this probe went to.
    if (e.sent.destination != r.probe_destination && !r.token) return nullptr;
    if (e.sent.protocol == probe_protocol::udp && e.sent.dst_port != r.dst_port) return nullptr;
    token_out = token;
    return &e;
  }

  // An ICMP error names its probe by what it quotes; the quote must also be true to what
  // the probe was: a router sees a TTL at most the one we sent, and an echo probe's
  // quoted data and IPv4 identification are ours. Otherwise a local process that learnt
  // our identifier (or sends echoes with it) could make its errors look like our hops.
  bool quote_is_ours(const reply& r, const entry& e) const {
    if (r.quoted_ttl > e.sent.ttl) return false;
    if (e.sent.protocol != probe_protocol::icmp_echo) return true;
    if (!quote_matches(r.quoted_payload, payload_of(e.sent))) return false;
    return !r.quoted_ip_id || *r.quoted_ip_id == e.sent.ip_id;
  }

  // The bytes a probe carried, made again from the cookie and its sequence (prepare()).
  [[nodiscard]] std::vector<std::byte> payload_of(const probe& p) const {
    if (p.protocol == probe_protocol::icmp_echo)
      return p.constant_checksum
                 ? make_constant_checksum_payload(opts.payload_cookie, p.sequence, p.payload_size)
                 : make_payload(opts.payload_cookie, p.sequence, p.payload_size);
    std::vector<std::byte> out(p.payload_size, std::byte{0});
    if (p.protocol == probe_protocol::udp && out.size() >= 2) {
      out[0] = static_cast<std::byte>(p.sequence >> 8);
      out[1] = static_cast<std::byte>(p.sequence & 0xff);
    }
    return out;
  }

  void on_reply(reply&& r) {
    std::uint64_t token = 0;
    entry* e = match(r, token);
    if (!e) {
      ++rejected;
      SPDLOG_TRACE("engine: unmatched reply from {}", r.from.to_string());
      return;
    }
    if (r.what == reply::kind::icmp_error && !quote_is_ours(r, *e)) {
      ++rejected;
      SPDLOG_TRACE("engine: {} quotes a probe of ours falsely", r.from.to_string());
      return;
    }
    const auto family = e->sent.destination.family();
    probe_result res;
    res.sent = e->sent;
    res.sent_at = e->sent_at;
    res.from = r.from;
    res.reply_ttl = r.reply_ttl;
    res.icmp_type = r.icmp_type;
    res.icmp_code = r.icmp_code;
    res.mpls = std::move(r.mpls);
    if (r.what == reply::kind::icmp_error && r.quoted_ttl > 0) res.quoted_ttl = r.quoted_ttl;
    if (r.received > e->sent_at)
      res.rtt = r.received - e->sent_at;
    else
      res.rtt = std::chrono::nanoseconds{0};

    switch (r.what) {
      case reply::kind::echo_reply:
        res.status = probe_status::reply;
        // An echo reply must come from the address we pinged and carry our bytes back.
        if (r.from != e->sent.destination) {
          ++rejected;
          return;
        }
        if (!r.checksum_ok) {
          res.corrupt = true;
        } else if (const auto ours = payload_of(e->sent); r.payload != ours) {
          // A good checksum over data that is not ours: another process's echo that shares
          // our identifier, or a forgery. Ours damaged after the cookie: corrupt.
          if (!carries_cookie(r.payload, ours)) {
            ++rejected;
            return;
          }
          res.corrupt = true;
        }
        break;
      case reply::kind::icmp_error:
        if (is_time_exceeded(family, r.icmp_type))
          res.status = probe_status::time_exceeded;
        else if (e->sent.protocol == probe_protocol::udp &&
                 is_port_unreachable(family, r.icmp_type, r.icmp_code))
          // UDP probes "arrive" as port unreachable; a multihomed destination may send it
          // from another of its addresses (the quote still names ours), as traceroute reads it.
          res.status = probe_status::reply;
        else
          res.status = probe_status::unreachable;
        break;
      case reply::kind::tcp_connected:
        res.status = probe_status::reply;
        res.tcp_open = true;
        break;
      case reply::kind::tcp_refused:
        res.status = probe_status::reply;
        res.tcp_open = false;
        break;
      case reply::kind::local_error:
        res.status = probe_status::unreachable;
        break;
    }

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
  if (p.protocol == probe_protocol::icmp_echo) {
    // The compensating word needs two bytes of payload, however small the probe asked for.
    p.payload = p.constant_checksum
                    ? make_constant_checksum_payload(opts.payload_cookie, p.sequence,
                                                     std::max<std::size_t>(payload_size, 2))
                    : make_payload(opts.payload_cookie, p.sequence, payload_size);
    p.ip_id = ip_id_of(opts.payload_cookie, p.token);
  } else {
    p.payload.assign(std::max<std::size_t>(payload_size, 2), std::byte{0});
    if (p.protocol == probe_protocol::udp) {  // the sequence rides in the payload
      p.payload[0] = static_cast<std::byte>(p.sequence >> 8);
      p.payload[1] = static_cast<std::byte>(p.sequence & 0xff);
    }
  }
  p.payload_size = p.payload.size();
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
std::uint64_t engine::rejected() const noexcept {
  return impl_->rejected;
}

}  // namespace nettrio
