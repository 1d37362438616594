#include <nettrio/trace/pmtu.hpp>

#include <nettrio/probe/event_loop.hpp>
#include <nettrio/probe/network.hpp>
#include <nettrio/probe/session.hpp>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <random>
#include <unordered_map>

namespace nettrio {

using namespace std::chrono_literals;

namespace {

std::size_t header_bytes(ip_family f) {
  return (f == ip_family::v4 ? 20 : 40) + 8;  // IP header, then the ICMP or UDP header
}

// The smallest MTU a link may have: RFC 791 (68) and RFC 8200 (1280).
std::uint32_t minimum_mtu(ip_family f) {
  return f == ip_family::v4 ? 68 : 1280;
}

enum class outcome_kind : std::uint8_t { passed, too_big, local_too_big, silent, refused };

struct outcome {
  outcome_kind kind = outcome_kind::silent;
  std::uint32_t mtu = 0;
  std::optional<ip_address> from;
  int hop = 0;  // too_big: the sender's hop, 0 when not known
  std::optional<std::chrono::nanoseconds> rtt;
};

}  // namespace

std::string validate(const pmtu_options& o) {
  if (o.method == probe_protocol::tcp)
    return "--mtu needs probes of a chosen size: use UDP (the default) or -I, not -T";
  if (o.min_wait > o.max_wait) return "the shortest wait is longer than the longest";
  return {};
}

struct pmtu_session::impl {
  impl(event_loop& l, network& n, pmtu_options o, const trace_result& t)
      : core(l, n, engine_options{.duplicate_window = 500ms}),
        loop(l),
        net(n),
        opts(o),
        address(t.address),
        family(t.address.family()) {
    std::random_device rd;
    next_seq = static_cast<std::uint16_t>(rd());
    // The last hop that answered: the destination, or the farthest router when the trace
    // did not get there. Probes that reach it pass.
    double slowest_ms = 0;
    for (const auto& h : t.hops) {
      bool answered = false;
      for (const auto& p : h.probes) {
        if (!p.from) continue;
        answered = true;
        if (p.rtt_ms) slowest_ms = std::max(slowest_ms, *p.rtt_ms);
        if (!hop_of_address.contains(*p.from)) hop_of_address[*p.from] = h.ttl;
      }
      if (answered && !h.unreachable_flag()) target_ttl = h.ttl;
      if (h.reached_destination()) {
        target_ttl = h.ttl;
        at_destination = true;
        break;
      }
    }
    // Echo replies are not rate-limited by Linux (icmp_ratemask); port unreachable and
    // time-exceeded are.
    answers_limited = !(at_destination && opts.method == probe_protocol::icmp_echo);
    method = opts.method;
    const auto w = std::chrono::milliseconds(static_cast<long>(slowest_ms * 4));
    wait =
        std::min(std::max(std::chrono::duration_cast<std::chrono::milliseconds>(w), opts.min_wait),
                 opts.max_wait);
  }

  session_core core;
  event_loop& loop;
  network& net;
  pmtu_options opts;
  ip_address address;
  ip_family family;
  std::unordered_map<ip_address, int> hop_of_address;
  int target_ttl = 0;
  bool at_destination = false;
  bool answers_limited = true;
  probe_protocol method = probe_protocol::udp;  // of the probes now (see search_with_echo)
  bool echo_tried = false;
  std::chrono::milliseconds wait{1000};
  std::uint16_t next_seq = 0;
  std::unordered_map<std::uint64_t, std::function<void(const outcome&)>> waiting;
  event_loop::timer pause_timer;
  pmtu_result out;
  bool stopped = false;

  // Search state: sizes up to `lo` pass, `hi` (when not 0) and above vanish.
  std::uint32_t lo = 0;
  std::uint32_t hi = 0;
  std::uint32_t size = 0;
  int retries = 0;

  void start(done_handler on_done) {
    core.begin([this](const probe_result& r) { on_result(r); }, std::move(on_done));
    if (target_ttl == 0) {  // nothing answered the trace: nothing to measure against
      core.finish();
      return;
    }
    const auto local = opts.start_size ? opts.start_size : net.local_mtu(address);
    out.local_mtu = local.value_or(1500);
    lo = std::min(static_cast<std::uint32_t>(opts.small_size), out.local_mtu);
    size = out.local_mtu;
    step();
  }

  void finish() {
    if (!core.finished()) core.finish();
  }

  // One probe of `bytes` (IP header included) at `ttl`; `then` gets what came of it.
  void send(std::uint32_t bytes, int ttl, std::function<void(const outcome&)> then) {
    if (stopped) return;
    probe p;
    p.destination = address;
    p.ttl = static_cast<std::uint8_t>(ttl);
    p.sequence = next_seq++;
    p.protocol = method;
    p.dst_port = opts.port;
    const auto headers = header_bytes(family);
    const std::size_t payload = bytes > headers ? bytes - headers : 0;
    ++out.probes_sent;
    const auto token = core.eng().send(std::move(p), payload, wait);
    waiting[token] = std::move(then);
  }

  void on_result(const probe_result& r) {
    if (r.duplicate || r.corrupt) return;
    auto it = waiting.find(r.sent.token);
    if (it == waiting.end()) return;
    auto then = std::move(it->second);
    waiting.erase(it);
    outcome o;
    o.from = r.from;
    o.rtt = r.rtt;
    switch (r.status) {
      case probe_status::reply:
      case probe_status::time_exceeded:
        o.kind = outcome_kind::passed;
        break;
      case probe_status::unreachable:
        if (is_too_big(family, r.icmp_type, r.icmp_code)) {
          o.kind = outcome_kind::too_big;
          o.mtu = r.mtu;
          // The sender saw the probe with the quoted TTL left (Linux checks the MTU before
          // it decrements); without a quote, its address among the trace's hops.
          if (r.quoted_ttl && *r.quoted_ttl > 0)
            o.hop = r.sent.ttl - *r.quoted_ttl + 1;
          else if (r.from)
            if (auto h = hop_of_address.find(*r.from); h != hop_of_address.end()) o.hop = h->second;
        } else {
          o.kind = outcome_kind::refused;
        }
        break;
      case probe_status::send_failed:
        o.kind = r.error == std::errc::message_size ? outcome_kind::local_too_big
                                                    : outcome_kind::refused;
        o.mtu = r.mtu;
        break;
      case probe_status::timeout:
        o.kind = outcome_kind::silent;
        break;
    }
    then(o);
  }

  void after_pause(std::function<void()> fn) {
    pause_timer = loop.schedule(opts.refill_pause, [this, fn = std::move(fn)] {
      if (!stopped) fn();
    });
  }

  [[nodiscard]] std::uint32_t middle() const { return lo + (hi - lo) / 2; }

  // The search: the next size, or the end.
  void step() {
    if (stopped) return;
    if (hi != 0 && hi - lo <= 1) {
      out.path_mtu = lo;
      out.smallest_dropped = hi;
      if (out.black_hole_after || black_hole_seen) {
        locate();
        return;
      }
      finish();
      return;
    }
    send(size, target_ttl, [this](const outcome& o) { on_size(o); });
  }

  bool black_hole_seen = false;

  void narrow_down(std::uint32_t dropped) {
    hi = dropped;
    size = middle();
    step();
  }

  void on_size(const outcome& o) {
    switch (o.kind) {
      case outcome_kind::passed:
        retries = 0;
        lo = std::max(lo, size);
        if (hi == 0) {  // the first size that passes, with no silence before: the path MTU
          out.path_mtu = size;
          finish();
          return;
        }
        size = middle();
        step();
        return;
      case outcome_kind::too_big: {
        retries = 0;
        const bool usable = o.mtu >= minimum_mtu(family) && o.mtu < size && o.mtu > lo;
        if (o.from && o.mtu < size) out.changes.push_back({o.hop, *o.from, o.mtu});
        if (usable) {
          size = o.mtu;
          if (hi != 0 && size >= hi) size = middle();
          step();
        } else {
          narrow_down(size);  // RFC 1191's old routers say 0: search
        }
        return;
      }
      case outcome_kind::local_too_big:
        retries = 0;
        if (o.mtu >= minimum_mtu(family) && o.mtu < size) {
          out.local_mtu = std::min(out.local_mtu, o.mtu);
          size = o.mtu;
          step();
        } else {
          narrow_down(size);
        }
        return;
      case outcome_kind::refused:
        spdlog::debug("pmtu: a probe of {} bytes was refused; no path MTU", size);
        finish();
        return;
      case outcome_kind::silent:
        confirm_silence();
        return;
    }
  }

  // A probe of `size` vanished. A small one right after must pass (the path is up and the
  // target can answer); the large one is then sent again after a refill pause, the first
  // time and whenever the target's answers are rate-limited, before it counts as dropped.
  void confirm_silence() {
    send(static_cast<std::uint32_t>(opts.small_size), target_ttl, [this](const outcome& o) {
      if (o.kind != outcome_kind::passed) {
        // The small one vanished too: loss or a drained limiter, not the size.
        if (++retries > 2) {
          spdlog::debug("pmtu: small probes vanish too; no path MTU");
          out.path_mtu.reset();
          finish();
          return;
        }
        after_pause([this] { step(); });
        return;
      }
      if (black_hole_seen && !answers_limited) {
        narrow_down(size);
        return;
      }
      after_pause([this] {
        send(size, target_ttl, [this](const outcome& again) {
          if (again.kind == outcome_kind::silent) {
            retries = 0;
            black_hole_seen = true;
            search_with_echo();
          } else {
            on_size(again);
          }
        });
      });
    });
  }

  // A black hole is confirmed; the search sends a silent probe per step or so. UDP's port
  // unreachables are rate-limited, so each silence would wait for a refill: when the
  // destination answers ICMP echo (whose replies are not limited), the sizes are searched
  // with echo instead (the MTU is the path's, whatever the protocol).
  void search_with_echo() {
    if (method != probe_protocol::udp || !at_destination || echo_tried) {
      narrow_down(size);
      return;
    }
    echo_tried = true;
    method = probe_protocol::icmp_echo;
    send(static_cast<std::uint32_t>(opts.small_size), target_ttl, [this](const outcome& o) {
      if (o.kind == outcome_kind::passed) {
        answers_limited = false;
      } else {
        method = opts.method;  // no ICMP socket, or echo filtered: UDP, with the pauses
      }
      narrow_down(size);
    });
  }

  // Packets of `smallest_dropped` bytes vanish on the way: the last hop they reach is the
  // highest TTL whose router answers them (time-exceeded, or a "too big" of its own).
  void locate() {
    if (target_ttl <= 1) {
      out.black_hole_after = 0;
      finish();
      return;
    }
    auto answered =
        std::make_shared<std::vector<bool>>(static_cast<std::size_t>(target_ttl), false);
    auto left = std::make_shared<int>(target_ttl - 1);
    for (int t = 1; t < target_ttl; ++t)
      send(out.smallest_dropped, t, [this, t, answered, left](const outcome& o) {
        (*answered)[static_cast<std::size_t>(t)] =
            o.kind == outcome_kind::passed || o.kind == outcome_kind::too_big;
        if (--*left > 0) return;
        int k = 0;
        for (int i = 1; i < target_ttl && (*answered)[static_cast<std::size_t>(i)]; ++i) k = i;
        confirm_location(k, 0);
      });
  }

  // Hop k+1 did not answer a large probe: after a refill pause, once more, with a small
  // probe to the same TTL. Answered now: the silence was the router's rate limit, look
  // further.
  void confirm_location(int k, int rounds) {
    if (k + 1 >= target_ttl || rounds > 3) {
      out.black_hole_after = k;
      finish();
      return;
    }
    after_pause([this, k, rounds] {
      send(out.smallest_dropped, k + 1, [this, k, rounds](const outcome& o) {
        if (o.kind == outcome_kind::passed || o.kind == outcome_kind::too_big) {
          confirm_location(k + 1, rounds + 1);
          return;
        }
        out.black_hole_after = k;
        finish();
      });
    });
  }
};

pmtu_session::pmtu_session(event_loop& loop, network& net, pmtu_options opts,
                           const trace_result& trace)
    : impl_(std::make_unique<impl>(loop, net, opts, trace)) {}

pmtu_session::~pmtu_session() = default;

void pmtu_session::start(done_handler on_done) {
  impl_->start(std::move(on_done));
}

void pmtu_session::stop() {
  impl_->stopped = true;
  impl_->pause_timer.cancel();
  impl_->finish();
}

const pmtu_result& pmtu_session::result() const noexcept {
  return impl_->out;
}

pmtu_result measure_pmtu(network& net, const pmtu_options& opts, const trace_result& trace) {
  event_loop loop;
  pmtu_session s(loop, net, opts, trace);
  s.start([&] { loop.stop(); });
  loop.run();
  return s.result();
}

void apply_pmtu(trace_result& trace, const pmtu_result& p) {
  trace.path_mtu = p.path_mtu;
  if (!p.path_mtu) return;
  // Hop by hop: the size that reaches it. A router that says "too big" received the probe,
  // so the new MTU holds from the next hop on; so does the path MTU after a black hole.
  std::uint32_t current = p.local_mtu;
  for (auto& h : trace.hops) {
    h.pmtu = std::min(current, p.local_mtu);
    for (const auto& c : p.changes)
      if (c.ttl == h.ttl) current = std::min(current, c.mtu);
    if (p.black_hole_after && *p.black_hole_after == h.ttl) current = *p.path_mtu;
  }
  if (p.black_hole_after && *p.black_hole_after == 0)
    for (auto& h : trace.hops) h.pmtu = *p.path_mtu;
  // The last hop measured gets the path MTU whatever the unplaced answers said.
  if (!trace.hops.empty()) {
    auto last = std::find_if(trace.hops.rbegin(), trace.hops.rend(),
                             [](const hop& h) { return h.answered() > 0; });
    if (last != trace.hops.rend()) last->pmtu = *p.path_mtu;
  }
  if (p.black_hole_after) {
    verdict v;
    v.kind = verdict_kind::pmtu_black_hole;
    v.hop = *p.black_hole_after;
    v.mtu = *p.path_mtu;
    for (const auto& h : trace.hops)
      if (h.ttl == *p.black_hole_after) v.responders = h.responders();
    v.rate_limited_hop = trace.result.rate_limited_hop;
    trace.result = v;
  }
}

}  // namespace nettrio
