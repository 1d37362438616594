// trace --mda: the Multipath Detection Algorithm over the probe engine (see mda.hpp).

#include <nettrio/trace/mda.hpp>

#include <nettrio/probe/engine.hpp>
#include <nettrio/probe/event_loop.hpp>
#include <nettrio/probe/session.hpp>
#include <nettrio/trace/verdict.hpp>

#include "probe/method.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <set>
#include <stdexcept>
#include <unordered_map>

namespace nettrio {

using namespace std::chrono_literals;
using steady = std::chrono::steady_clock;

// P(no router gets more than its cap for w probes) = w! [x^w] prod_i sum_{j <= cap_i} x^j / j!
// / n^w (w labelled probes into n routers, each with chance 1/n).
int mda_safe_wave(std::span<const int> cap) {
  // The chance that a wave overdraws a router's bucket, at most (see wave_limit).
  constexpr double wave_risk = 0.02;
  const auto n = static_cast<double>(cap.size());
  int total = 0;
  for (const int c : cap) total += c;
  // poly[w] = [x^w] of the product; times w! / n^w it is the chance for a wave of w
  std::vector<double> poly{1.0};
  for (const int c : cap) {
    std::vector<double> next(poly.size() + static_cast<std::size_t>(c), 0.0);
    double term = 1;  // x^j / j!
    for (int j = 0; j <= c; ++j) {
      if (j > 0) term /= j;
      for (std::size_t i = 0; i < poly.size(); ++i)
        next[i + static_cast<std::size_t>(j)] += poly[i] * term;
    }
    poly = std::move(next);
  }
  int best = 0;
  double scale = 1;  // w! / n^w
  for (int w = 1; w <= total; ++w) {
    scale *= w / n;
    if (poly[static_cast<std::size_t>(w)] * scale < 1 - wave_risk) break;
    best = w;
  }
  return best;
}

int mda_probes_needed(int n, int confidence) noexcept {
  const int m = std::clamp(n, 1, 256) + 1;  // next hops that must all be seen
  const double alpha = confidence == 99 ? 0.01 : 0.05;
  // p[j]: the chance that exactly j of m equally likely next hops were seen after k probes.
  std::vector<double> p(static_cast<std::size_t>(m) + 1, 0.0);
  p[0] = 1;
  for (int k = 1; k < 100000; ++k) {
    for (int j = m; j >= 1; --j) {
      const auto uj = static_cast<std::size_t>(j);
      p[uj] = p[uj] * j / m + p[uj - 1] * (m - j + 1) / m;
    }
    p[0] = 0;
    if (1 - p[static_cast<std::size_t>(m)] <= alpha) return k;
  }
  return 100000;
}

std::string validate(const mda_options& o) {
  if (o.confidence != 95 && o.confidence != 99)
    return fmt::format("confidence (--confidence) {} is not offered; use 95 or 99", o.confidence);
  if (detail::method_for(o.trace.method).flow_count(detail::flow_ports{}) == 0)
    return "--mda needs a flow identifier in the probe: UDP (the default), -I or -T";
  if (o.trace.paris) return "--mda varies the flow on purpose; it cannot be combined with --paris";
  return validate(o.trace);
}

namespace {

// Linux's per-source ICMP error limiter (icmp_ratelimit, inet_peer_xrlim_allow): a bucket of
// 6 tokens, one back per second.
constexpr double bucket_burst = 6;
constexpr auto bucket_refill = 1s;
// Consecutive silent TTLs after which the search stops (the destination is not reachable
// this way, or filtered).
constexpr int silent_run_limit = 3;
// Probes at one TTL, at most (k(9) at 99 % is 66).
constexpr int max_probes_per_ttl = 256;
// Flows probed again after a refill pause, at most.
constexpr std::size_t confirm_limit = 32;
// Flows of one trace, at most.
constexpr std::size_t max_flows = 4096;
// Source-port flows (TCP): a base drawn from [low, high), flows above it, all below Linux's
// default ephemeral range (32768-60999), whose ports the kernel hands to other connections
// and would refuse to bind.
constexpr unsigned tcp_src_low = 20000;
constexpr unsigned tcp_src_high = 28000;
static_assert(tcp_src_high + max_flows <= 32768);

struct outcome {
  enum class state : std::uint8_t { pending, answered, silent };
  state st = state::pending;
  std::optional<ip_address> from;
  double rtt_ms = 0;
  bool dest = false;  // the destination answered (or an unreachable from it)
  std::optional<hop_flag> flag;
  int reply_ttl = -1;
  bool after_pause = false;
  int tries = 0;                   // probes of this flow at this TTL
  steady::time_point silent_at{};  // when it went silent (state silent)
  [[nodiscard]] bool ended() const noexcept { return dest || flag.has_value(); }
};

struct flow_state {
  std::map<int, outcome> at;  // TTL -> what the probe of this flow at that TTL got
  bool in_air = false;        // a probe of this flow is in flight
};

struct ttl_info {
  std::vector<ip_address> ifaces;  // in the order found
  int answered = 0;
  int silent = 0;
  int pending = 0;
  int sent = 0;  // probes sent at this TTL by the search and the confirmation
};

struct budget {
  double tokens = bucket_burst;
  std::optional<steady::time_point> at;  // when `tokens` was last brought up to date
};

std::size_t header_bytes(ip_family f) {
  return (f == ip_family::v4 ? 20 : 40) + 8;
}

}  // namespace

struct mda_session::impl {
  impl(event_loop& l, network& n, mda_options o, std::string name, ip_address a, hop_handler h)
      : core(l, n, engine_options{.duplicate_window = 2000ms}),
        loop(l),
        eng(core.eng()),
        opts(o),
        target_name(std::move(name)),
        address(a),
        on_hop(std::move(h)),
        family(a.family()),
        first(o.trace.first_ttl),
        method(o.trace.method),
        flow_method(detail::method_for(method)),
        ports{.port = o.trace.port.value_or(flow_method.default_port())},
        payload(o.trace.packet_size > header_bytes(family)
                    ? o.trace.packet_size - header_bytes(family)
                    : 0) {
    std::random_device rd;
    next_seq = static_cast<std::uint16_t>(rd());
    // Flows that are source ports (TCP) start at a random base, so that runs one after the
    // other (or side by side) do not reuse each other's ports.
    ports.source_base =
        static_cast<std::uint16_t>(tcp_src_low + rd() % (tcp_src_high - tcp_src_low));
    // The first TTL meets the router(s) of the local routing table's next hop(s): with one
    // next hop towards the address, every flow meets one router there (see plan()).
    if (first == 1) {
      const auto nh = n.local_next_hops(a);
      one_first_hop = nh && *nh == 1;
      spdlog::debug("mda: the local routing table gives {} next hop(s) towards {}",
                    nh ? fmt::to_string(*nh) : std::string("unknown"), a.to_string());
    }
    out.target = target_name;
    out.address = address;
    out.method = o.trace.method;
    out.max_hops = o.trace.max_hops;
    out.first_ttl = first;
    out.packet_size = o.trace.packet_size;
    out.rounds = o.trace.rounds;
    out.mda.emplace();
    out.mda->confidence = o.confidence;
  }

  session_core core;
  event_loop& loop;
  engine& eng;
  mda_options opts;
  std::string target_name;
  ip_address address;
  hop_handler on_hop;
  ip_family family;
  int first;
  probe_protocol method;
  const detail::probe_method& flow_method;  // which fields make a flow
  detail::flow_ports ports;                 // -p or the method's port; the first source port (TCP)
  std::size_t payload;
  bool one_first_hop = false;  // TTL 1 is one router: the route has one next hop

  trace_result out;
  std::vector<flow_state> flows;
  std::map<int, ttl_info> ttls;
  struct sent_probe {
    std::size_t flow = 0;
    int ttl = 0;
    int path = -1;  // rounds: the path this probe measures
  };
  std::unordered_map<std::uint64_t, sent_probe> by_token;
  // TCP: probes waiting for their flow's probe in flight, with what they will be sent as.
  std::vector<std::pair<probe, sent_probe>> held;
  std::unordered_map<ip_address, budget> budgets;
  std::uint16_t next_seq = 0;
  std::chrono::nanoseconds max_rtt{0};
  std::uint64_t probes_sent = 0;
  int in_flight = 0;
  int cur = 0;           // the TTL being searched
  int emitted = 0;       // the last TTL handed to on_hop
  int last_ttl = 0;      // the TTL the search ended at
  int silent_run = 0;    // consecutive silent TTLs
  bool pausing = false;  // a pause for tokens or a refill is under way
  enum class phase : std::uint8_t { search, confirm, rounds, done } ph = phase::search;
  bool confirmed_once = false;
  bool stop_ = false;
  bool concluded = false;
  event_loop::timer pause_timer;
  std::shared_ptr<char> life = std::make_shared<char>();

  // Rounds (-c N): one probe per path per round.
  struct path_class {
    std::vector<std::optional<ip_address>> ifaces;
    std::vector<bool> dark;
    std::vector<std::size_t> flows;
    std::uint64_t sent = 0, received = 0;
    double rtt_sum = 0;
  };
  std::vector<path_class> paths;
  std::uint64_t round = 0;
  std::size_t round_next = 0;  // the next path to probe in this round
  steady::time_point round_start{};

  // ------------------------------------------------------------------ helpers

  ttl_info& info(int ttl) { return ttls[ttl]; }

  const outcome* at(std::size_t f, int ttl) const {
    const auto& m = flows[f].at;
    auto it = m.find(ttl);
    return it == m.end() ? nullptr : &it->second;
  }
  std::optional<ip_address> iface(std::size_t f, int ttl) const {
    const auto* o = at(f, ttl);
    if (!o || o->st != outcome::state::answered) return std::nullopt;
    return o->from;
  }

  double tokens_of(const ip_address& a) {
    auto& b = budgets[a];
    const auto now = loop.now();
    if (b.at)
      b.tokens = std::min(bucket_burst,
                          b.tokens + std::chrono::duration<double>(now - *b.at).count() /
                                         std::chrono::duration<double>(bucket_refill).count());
    b.at = now;
    return b.tokens;
  }
  void spend(const ip_address& a) {
    (void)tokens_of(a);
    budgets[a].tokens -= 1;
  }

  std::chrono::nanoseconds wait() const {
    if (max_rtt == 0ns) return opts.trace.max_wait;
    return std::clamp<std::chrono::nanoseconds>(10 * max_rtt, opts.trace.min_wait,
                                                opts.trace.max_wait);
  }

  std::optional<std::size_t> new_flow() {
    // The flow is a port above a base (UDP: destination, TCP: source) or a checksum (ICMP):
    // the method says how many there are.
    if (flows.size() >= flow_method.flow_count(ports) || flows.size() >= max_flows)
      return std::nullopt;
    flows.emplace_back();
    return flows.size() - 1;
  }

  void send(std::size_t f, int ttl, int path = -1, bool retry = false) {
    probe p;
    p.destination = address;
    p.ttl = static_cast<std::uint8_t>(ttl);
    p.sequence = next_seq++;
    p.protocol = method;
    flow_method.stamp_flow(p, ports, static_cast<std::uint32_t>(f));
    if (path < 0) {
      auto& o = flows[f].at[ttl];
      if (o.st == outcome::state::silent) --info(ttl).silent;
      if (o.st != outcome::state::answered) {
        const int tries = o.tries;
        o = outcome{};
        o.tries = tries;
      }
      ++o.tries;
      o.after_pause = ph == phase::confirm || retry;
      ++info(ttl).pending;
      ++info(ttl).sent;
    }
    ++in_flight;
    ++probes_sent;
    // A TCP flow is a source port: two of its probes at once would be two connects from one
    // port to one destination port, which the kernel refuses. The second waits for the first
    // (a wave holds one probe per flow but for the confirmation's two TTLs).
    if (!flow_method.shares_flow() && flows[f].in_air) {
      held.emplace_back(std::move(p), sent_probe{f, ttl, path});
      return;
    }
    dispatch(std::move(p), sent_probe{f, ttl, path});
  }

  void dispatch(probe p, sent_probe sp) {
    flows[sp.flow].in_air = true;
    const auto token = eng.send(std::move(p), payload, wait());
    by_token[token] = sp;
  }

  // The probe of flow `f` held back for it, if any, goes now.
  void release(std::size_t f) {
    flows[f].in_air = false;
    auto it =
        std::find_if(held.begin(), held.end(), [f](const auto& h) { return h.second.flow == f; });
    if (it == held.end()) return;
    auto [p, sp] = std::move(*it);
    held.erase(it);
    dispatch(std::move(p), sp);
  }

  // The interfaces at `ttl` that flows go on from (not the destination, no unreachable).
  std::vector<ip_address> live_ifaces(int ttl) {
    std::vector<ip_address> v;
    auto it = ttls.find(ttl);
    if (it == ttls.end()) return v;
    for (const auto& a : it->second.ifaces) {
      bool goes_on = false;
      for (std::size_t f = 0; f < flows.size() && !goes_on; ++f) {
        const auto* o = at(f, ttl);
        if (o && o->st == outcome::state::answered && o->from == a && !o->ended()) goes_on = true;
      }
      if (goes_on) v.push_back(a);
    }
    return v;
  }

  // How many more probes the routers at `ttl` answer from their burst now, and in how long
  // one more token is back when none is left.
  //
  // A probe that meets a drained bucket is lost: its flow tells nothing and another flow
  // has to be sent instead. Flows spread evenly over the n interfaces known at the TTL (the
  // stopping rule's own assumption; one not seen yet only takes load off them), so the
  // wave is the largest whose chance of sending some router more probes than it has tokens
  // is at most `wave_risk`. A TTL with nothing known yet gets a burst: all of it may go to
  // one router, which has a full bucket.
  int wave_limit(int ttl, steady::duration& refill_in) {
    const auto& ti = info(ttl);
    if (ti.ifaces.empty()) return static_cast<int>(bucket_burst);
    double least = bucket_burst;
    std::vector<int> cap;
    for (const auto& a : ti.ifaces) {
      const double t = tokens_of(a);
      least = std::min(least, t);
      cap.push_back(static_cast<int>(std::floor(std::max(0.0, t))));
    }
    const int limit = mda_safe_wave(cap);
    if (limit < 1) {
      refill_in = std::chrono::duration_cast<steady::duration>(std::chrono::duration<double>(
          (1.0 - std::max(0.0, least)) * std::chrono::duration<double>(bucket_refill).count()));
      return 0;
    }
    return limit;
  }

  // ------------------------------------------------------------------ the search

  struct pick {
    std::size_t flow;
    int ttl;
    bool retry = false;  // a silent flow probed again after a refill
  };

  // What TTL `h` still needs: probes at h (flows known at h - 1 first) and fresh flows at
  // h - 1 when the interfaces there have too few known flows.
  void plan(int h, std::vector<pick>& picks, std::map<int, int>& room, bool& starved,
            std::optional<steady::time_point>& wake) {
    auto& ti = info(h);
    const int conf = opts.confidence;
    const int n = static_cast<int>(ti.ifaces.size());
    // Silent flows count only at a TTL where nothing answered: where others answered, a '*'
    // is most likely a router's drained ICMP bucket (or a dying branch) and says nothing
    // about the next hops, so the rule's guarantee rests on answered flows alone.
    int hop_deficit = mda_probes_needed(std::max(1, n), conf) - ti.answered - ti.pending -
                      (ti.answered == 0 ? ti.silent : 0);
    const auto preds = h > first ? live_ifaces(h - 1) : std::vector<ip_address>{};
    // The destination ends the search at its TTL (as scamper's tracelb does): once it has
    // answered and nothing else has, each way in needs only its own flow there, not the
    // rule that rules out another next hop (a longer path would show as a router here).
    const bool at_destination =
        ti.answered > 0 && ti.ifaces.size() == 1 && ti.ifaces.front() == address;
    if (at_destination) hop_deficit = 0;
    // TTL 1 with one next hop in the local routing table: every flow leaves through that
    // one gateway, so one router expires them all. The stopping rule rules out a next hop
    // the sender cannot see; here the sender's own table lists them all, so one answer is
    // the whole hop (scamper's tracelb probes its first hop once too). While it is silent,
    // up to three probes ask it, as a plain trace does. A multipath route, or a table that
    // does not say, keeps the full rule.
    if (h == 1 && one_first_hop)
      hop_deficit = ti.answered > 0 ? 0 : std::min(1, 3 - ti.silent) - ti.pending;
    // A TTL not probed yet gets one flow per way in first: the destination may answer it.
    if (ti.answered + ti.silent + ti.pending == 0)
      hop_deficit = std::min(hop_deficit, preds.size() <= 1 ? 1 : 0);

    auto room_at = [&](int t) -> int& {
      auto it = room.find(t);
      if (it == room.end()) {
        steady::duration refill{};
        // At most max_probes_per_ttl at a TTL, whatever happens (a bound, not a rule).
        const auto& tt = info(t);
        const int left = max_probes_per_ttl - tt.answered - tt.silent - tt.pending;
        const int wl = wave_limit(t, refill);
        it = room.emplace(t, std::min(std::max(0, left), wl)).first;
        if (wl == 0 && left > 0) starved = true;
      }
      return it->second;
    };
    // A flow silent where others answered is probed once more, a refill after it went
    // silent, before the TTL is done. The rule counts answered flows only, and a drained
    // bucket silences the flows of one router: left out, they would hide exactly that
    // router (a run right after another, or after someone else's traceroute, then stops
    // with the routers that still had tokens). Full buckets: no silent flow, no cost.
    if (ph == phase::search && ti.answered > 0 && !(h == 1 && one_first_hop)) {
      const auto now = loop.now();
      for (std::size_t f = 0; f < flows.size(); ++f) {
        const auto* o = at(f, h);
        if (!o || o->st != outcome::state::silent || o->tries >= 2 || o->flag || o->after_pause)
          continue;
        const auto due = o->silent_at + bucket_refill;
        if (due > now) {
          wake = wake ? std::min(*wake, due) : due;
          continue;
        }
        if (room_at(h) <= 0) break;
        picks.push_back({f, h, true});
        --room_at(h);
      }
    }
    auto unprobed_via = [&](const ip_address& v, std::vector<std::size_t>& outv) {
      for (std::size_t f = 0; f < flows.size(); ++f) {
        if (!(iface(f, h - 1) == v) || at(f, h)) continue;
        const auto* o = at(f, h - 1);
        if (o->ended()) continue;
        bool planned = false;
        for (const auto& p : picks) planned = planned || (p.flow == f && p.ttl == h);
        if (!planned) outv.push_back(f);
      }
    };

    if (preds.size() <= 1) {
      // One way in: every flow passes it. Fresh flows go straight to h (MDA-Lite).
      std::vector<std::size_t> known;
      if (preds.size() == 1) unprobed_via(preds[0], known);
      std::size_t ki = 0;
      while (hop_deficit > 0 && room_at(h) > 0) {
        std::optional<std::size_t> f;
        if (ki < known.size())
          f = known[ki++];
        else
          f = new_flow();
        if (!f) break;
        picks.push_back({*f, h});
        --room_at(h);
        --hop_deficit;
      }
      return;
    }

    // Several ways in: per interface of h - 1, its flows probed at h and the next hops seen.
    struct pred_state {
      ip_address v;
      int probed = 0, answered = 0;
      std::set<ip_address> succ;
      std::vector<std::size_t> unprobed;
      int need = 0;
    };
    std::vector<pred_state> ps;
    for (const auto& v : preds) {
      pred_state s;
      s.v = v;
      for (std::size_t f = 0; f < flows.size(); ++f) {
        if (!(iface(f, h - 1) == v)) continue;
        const auto* o = at(f, h);
        if (!o) continue;
        ++s.probed;
        if (o->st == outcome::state::answered) {
          ++s.answered;
          s.succ.insert(*o->from);
        }
      }
      unprobed_via(v, s.unprobed);
      ps.push_back(std::move(s));
    }
    // Non-uniform: an interface of h - 1 settled on fewer next hops (probed as many times as
    // the rule asks for its count) than another has shown. The hop-wide rule assumes flows
    // spread evenly; here each interface gets the full MDA's own. (Interfaces still being
    // probed differ by chance in a meshed diamond: that alone is not non-uniform.)
    std::size_t widest_seen = 0;
    for (const auto& s : ps) widest_seen = std::max(widest_seen, s.succ.size());
    bool nonuniform = false;
    for (const auto& s : ps)
      if (!s.succ.empty() && s.succ.size() < widest_seen &&
          s.answered >= mda_probes_needed(static_cast<int>(s.succ.size()), conf))
        nonuniform = true;
    for (auto& s : ps) {
      const bool dead = s.probed >= 2 && s.answered == 0;  // every flow dies past it
      // One flow each shows every link; a second one where the first got nothing tells a
      // branch whose flows all die from one unlucky probe.
      const int want =
          dead ? 0
               : (nonuniform
                      ? mda_probes_needed(std::max<int>(1, static_cast<int>(s.succ.size())), conf)
                      : (s.probed > 0 && s.answered == 0 ? 2 : 1));
      s.need = std::max(0, want - s.probed);
    }
    // Each interface's own need first (its links, or the full MDA's rule), from its known
    // flows; what they lack comes from fresh flows at h - 1.
    bool fresh_needed = false;
    for (auto& s : ps) {
      while (s.need > 0 && !s.unprobed.empty() && room_at(h) > 0) {
        picks.push_back({s.unprobed.back(), h});
        s.unprobed.pop_back();
        --room_at(h);
        --s.need;
        ++s.probed;
        --hop_deficit;
      }
      if (s.need > 0 && s.unprobed.empty()) fresh_needed = true;
    }
    // The rest of the TTL's own rule: known flows spread over the interfaces with the fewest
    // probed (each gives a link), then fresh flows straight at h (MDA-Lite: the TTL's rule
    // needs no flow to be known before it).
    while (hop_deficit > 0 && room_at(h) > 0) {
      pred_state* best = nullptr;
      for (auto& s : ps) {
        const bool dead = s.probed >= 2 && s.answered == 0;
        if (s.unprobed.empty() || dead) continue;
        if (!best || s.probed < best->probed) best = &s;
      }
      std::optional<std::size_t> f;
      if (best) {
        f = best->unprobed.back();
        best->unprobed.pop_back();
        ++best->probed;
      } else {
        f = new_flow();
      }
      if (!f) break;
      picks.push_back({*f, h});
      --room_at(h);
      --hop_deficit;
    }
    if (fresh_needed) {
      // Fresh flows at h - 1, as many as the starved interfaces need times the ways there.
      int want = 0;
      for (const auto& s : ps) want += s.need;
      want = std::min(want * static_cast<int>(preds.size()), 64);
      while (want-- > 0 && room_at(h - 1) > 0) {
        auto f = new_flow();
        if (!f) break;
        picks.push_back({*f, h - 1});
        --room_at(h - 1);
      }
    }
  }

  void advance() {
    if (concluded || in_flight > 0 || pausing) return;
    if (stop_) {
      conclude();
      return;
    }
    if (ph == phase::rounds) {
      next_round_probe();
      return;
    }
    if (ph == phase::confirm) {
      ph = phase::search;  // answers after the pause may need more of the search
    }
    for (;;) {
      std::vector<pick> picks;
      std::map<int, int> room;
      bool starved = false;
      std::optional<steady::time_point> wake;  // the soonest silent flow due again
      for (int t = first; t <= cur; ++t) plan(t, picks, room, starved, wake);
      if (!picks.empty()) {
        std::map<int, int> per_ttl;
        for (const auto& p : picks) ++per_ttl[p.ttl];
        spdlog::debug("mda: +{:.3f}s wave of {} probes (ttl:count {})",
                      std::chrono::duration<double>(loop.now() - core.started_at()).count(),
                      picks.size(), fmt::join(per_ttl, " "));
        for (const auto& p : picks) {
          if (p.retry) out.mda->confirmed = true;
          send(p.flow, p.ttl, -1, p.retry);
        }
        return;
      }
      if (starved || wake) {
        // Wait for the routers' buckets: the soonest refill of any TTL being planned, or
        // the soonest silent flow due again.
        steady::duration soonest = bucket_refill;
        if (starved)
          for (const auto& [t, r] : room) {
            steady::duration refill = bucket_refill;
            if (wave_limit(t, refill) == 0) soonest = std::min(soonest, refill);
          }
        if (wake) soonest = std::min<steady::duration>(soonest, *wake - loop.now());
        spdlog::debug("mda: +{:.3f}s waiting {:.3f}s for routers' ICMP tokens",
                      std::chrono::duration<double>(loop.now() - core.started_at()).count(),
                      std::chrono::duration<double>(soonest).count());
        pause_for(std::max<steady::duration>(soonest, 10ms));
        return;
      }
      // TTL `cur` is complete.
      const auto& ti = info(cur);
      silent_run = ti.answered == 0 ? silent_run + 1 : 0;
      emit_up_to(cur - 1);
      bool all_ended = ti.answered > 0;
      for (std::size_t f = 0; f < flows.size(); ++f) {
        const auto* o = at(f, cur);
        if (o && o->st == outcome::state::answered && !o->ended()) all_ended = false;
      }
      if (all_ended || cur >= opts.trace.max_hops || silent_run >= silent_run_limit) {
        last_ttl = cur;
        search_over();
        return;
      }
      ++cur;
    }
  }

  void pause_for(steady::duration d) {
    pausing = true;
    pause_timer = loop.schedule(d, [this, alive = std::weak_ptr<char>(life)] {
      if (alive.expired()) return;
      pausing = false;
      advance();
    });
  }

  // Flows that died (no answer at a TTL and none after it) are probed again once after a
  // refill pause, where they died and at the last TTL: a drained limiter answers then, a
  // path that loses packets stays silent.
  void search_over() {
    if (confirmed_once || stop_) {
      start_rounds();
      return;
    }
    std::vector<pick> again;
    for (std::size_t f = 0; f < flows.size() && again.size() < confirm_limit; ++f) {
      const auto& m = flows[f].at;
      if (m.empty()) continue;
      int died = 0;
      for (auto it = m.rbegin(); it != m.rend(); ++it) {
        if (it->second.st == outcome::state::answered) break;
        if (it->second.st == outcome::state::silent) died = it->first;
      }
      if (died == 0) continue;
      // Only a flow that answered before it died: the reading of a lost path (and a path's
      // loss) is about the interface it died after (read_path_loss). A flow that never
      // answered anywhere (a fresh flow that met a drained bucket) names no such interface,
      // and the stopping rule never counted it: probing it again buys nothing.
      if (died <= m.begin()->first) continue;
      // Already probed again a refill after it went silent there (the search's retry).
      if (m.at(died).after_pause) continue;
      // Only where something else answered at that TTL or later: a silent tail is the
      // plain trace's business (filtered, silent destination).
      bool others = false;
      for (int t = died; t <= last_ttl && !others; ++t) others = info(t).answered > 0;
      if (!others) continue;
      again.push_back({f, died});
      if (last_ttl > died && again.size() < confirm_limit) again.push_back({f, last_ttl});
    }
    confirmed_once = true;
    if (again.empty()) {
      start_rounds();
      return;
    }
    out.mda->confirmed = true;
    ph = phase::confirm;
    pausing = true;
    spdlog::debug("mda: {} silent flow probes again after a refill pause", again.size());
    pause_timer = loop.schedule(opts.trace.reprobe_pause > 0ms ? opts.trace.reprobe_pause : 1050ms,
                                [this, again, alive = std::weak_ptr<char>(life)] {
                                  if (alive.expired()) return;
                                  pausing = false;
                                  for (const auto& p : again) send(p.flow, p.ttl);
                                  if (in_flight == 0) advance();
                                });
  }

  // ------------------------------------------------------------------ paths and rounds

  void build_paths() {
    paths.clear();
    const int last = std::max(last_ttl, first);
    // Single-interface TTLs are known for every flow that went past them.
    std::map<int, ip_address> only;
    int widest = last;  // the last TTL with several interfaces
    for (int t = first; t <= last; ++t) {
      const auto& ti = info(t);
      if (ti.ifaces.size() == 1) only.emplace(t, ti.ifaces.front());
    }
    for (int t = last; t >= first; --t)
      if (info(t).ifaces.size() > 1) {
        widest = t;
        break;
      }
    for (std::size_t f = 0; f < flows.size(); ++f) {
      const auto& m = flows[f].at;
      // A path is a flow seen at or past the last TTL with several interfaces (or at the
      // last TTL), or one that died on the way.
      if (m.empty()) continue;
      const bool died = m.rbegin()->second.st == outcome::state::silent &&
                        std::any_of(m.begin(), m.end(), [](const auto& e) {
                          return e.second.st == outcome::state::answered;
                        });
      bool deep = false;
      for (const auto& [t, o] : m) deep = deep || (t >= widest && o.st == outcome::state::answered);
      if (!deep && !died) continue;
      std::vector<std::optional<ip_address>> seq;
      std::vector<bool> dark;  // probed there and silent
      int last_known = first - 1;
      for (int t = first; t <= last; ++t) {
        std::optional<ip_address> a = iface(f, t);
        if (a) last_known = t;
        seq.push_back(a);
        const auto* o = at(f, t);
        dark.push_back(o && o->st == outcome::state::silent);
      }
      // Silent where the flow answered later: a drained limiter there, not where it died.
      for (int t = first; t < last_known; ++t) dark[static_cast<std::size_t>(t - first)] = false;
      for (int t = first; t < last_known; ++t)
        if (!seq[static_cast<std::size_t>(t - first)] && only.count(t))
          seq[static_cast<std::size_t>(t - first)] = only.at(t);
      // Merge with a class it agrees with: the same interface where both know one, no answer
      // where the other went silent.
      auto agrees = [&](const path_class& c) {
        for (std::size_t i = 0; i < seq.size(); ++i) {
          if (seq[i] && c.ifaces[i] && *seq[i] != *c.ifaces[i]) return false;
          if ((seq[i] && c.dark[i]) || (dark[i] && c.ifaces[i])) return false;
        }
        return true;
      };
      auto it = std::find_if(paths.begin(), paths.end(), agrees);
      if (it == paths.end()) {
        paths.push_back(path_class{seq, dark, {}, 0, 0, 0});
        it = std::prev(paths.end());
      }
      for (std::size_t i = 0; i < seq.size(); ++i) {
        if (!it->ifaces[i]) it->ifaces[i] = seq[i];
        if (dark[i]) it->dark[i] = true;
      }
      it->flows.push_back(f);
      // What the flow's probes at the end of the path got.
      for (const auto& [t, o] : m) {
        if (t < (died ? last_known + 1 : last)) continue;
        if (o.st == outcome::state::pending) continue;
        ++it->sent;
        if (o.st == outcome::state::answered) {
          ++it->received;
          it->rtt_sum += o.rtt_ms;
        }
      }
    }
    // A live path crosses the single interfaces of the TTLs it was not probed at.
    for (auto& pc : paths) {
      bool gone_dark = false;
      for (int t = first; t <= last; ++t) {
        const auto i = static_cast<std::size_t>(t - first);
        gone_dark = gone_dark || pc.dark[i];
        if (!gone_dark && !pc.ifaces[i] && only.count(t)) pc.ifaces[i] = only.at(t);
      }
    }
    // Paths that went silent last.
    std::stable_partition(paths.begin(), paths.end(), [](const path_class& pc) {
      return std::find(pc.dark.begin(), pc.dark.end(), true) == pc.dark.end();
    });
  }

  void start_rounds() {
    build_paths();
    if (stop_ || opts.trace.rounds <= 1 || paths.empty()) {
      conclude();
      return;
    }
    ph = phase::rounds;
    round = 1;
    round_next = 0;
    round_start = loop.now();
    next_round_probe();
  }

  // One probe per path per round, at the last TTL, each when its last router has a token
  // (the destination answers one port unreachable a second once its burst is spent: loss
  // that is our own doing would look like the path's).
  void next_round_probe() {
    if (in_flight > 0 || pausing) return;
    if (round_next >= paths.size()) {
      if (round >= opts.trace.rounds || stop_) {
        conclude();
        return;
      }
      ++round;
      round_next = 0;
      const auto next = round_start + opts.trace.round_interval;
      round_start = std::max(next, loop.now());
      pause_for(std::max<steady::duration>(next - loop.now(), 0ns));
      return;
    }
    auto& pc = paths[round_next];
    if (const auto& end = pc.ifaces.back()) {
      if (tokens_of(*end) < 1) {
        const double lack = 1 - tokens_of(*end);
        // At least a millisecond: a lack that rounds to no time would spin on one instant.
        pause_for(std::max<steady::duration>(
            1ms, std::chrono::duration_cast<steady::duration>(std::chrono::duration<double>(
                     lack * std::chrono::duration<double>(bucket_refill).count()))));
        return;
      }
    }
    send(pc.flows.front(), std::max(last_ttl, first), static_cast<int>(round_next));
    ++round_next;
  }

  // ------------------------------------------------------------------ results

  void on_result(const probe_result& r) {
    if (concluded || r.duplicate || r.corrupt) return;
    auto it = by_token.find(r.sent.token);
    if (it == by_token.end()) return;
    const auto sp = it->second;
    by_token.erase(it);
    --in_flight;
    release(sp.flow);
    const bool answered = r.status != probe_status::timeout &&
                          r.status != probe_status::send_failed && r.from.has_value();
    if (answered && r.rtt) max_rtt = std::max(max_rtt, *r.rtt);
    if (answered) spend(*r.from);
    if (sp.path >= 0) {  // a round's probe
      auto& pc = paths[static_cast<std::size_t>(sp.path)];
      ++pc.sent;
      if (answered) {
        ++pc.received;
        if (r.rtt) pc.rtt_sum += std::chrono::duration<double, std::milli>(*r.rtt).count();
      }
      advance();
      return;
    }
    auto& o = flows[sp.flow].at[sp.ttl];
    auto& ti = info(sp.ttl);
    --ti.pending;
    if (answered) {
      o.st = outcome::state::answered;
      o.from = r.from;
      if (r.rtt) o.rtt_ms = std::chrono::duration<double, std::milli>(*r.rtt).count();
      o.reply_ttl = r.reply_ttl;
      if (r.status == probe_status::reply) {
        o.dest = true;
      } else if (r.status == probe_status::unreachable) {
        o.flag = classify_unreachable(family, r.icmp_type, r.icmp_code);
        if (!o.flag) o.flag = hop_flag{unreachable_reason::other, r.icmp_code};
        if (*r.from == address) o.dest = true;
      }
      ++ti.answered;
      if (std::find(ti.ifaces.begin(), ti.ifaces.end(), *r.from) == ti.ifaces.end()) {
        ti.ifaces.push_back(*r.from);
        spdlog::debug("mda: ttl {} interface {} (flow {})", sp.ttl, r.from->to_string(), sp.flow);
      }
    } else {
      o.st = outcome::state::silent;
      o.silent_at = loop.now();
      // Silent where others answered: most likely a drained bucket (the routers were asked
      // by someone else, or by us just before). Which router it was is not known, so the
      // model reads them all as drained: the waves wait for a refill instead of feeding
      // probes to an empty bucket.
      if (ti.answered > 0 && r.status != probe_status::send_failed)
        for (const auto& a : ti.ifaces) {
          (void)tokens_of(a);
          budgets[a].tokens = std::min(budgets[a].tokens, 0.0);
        }
      if (r.status == probe_status::send_failed) {
        o.flag = hop_flag{unreachable_reason::local_error};
        spdlog::debug("mda: send failed at ttl {} (flow {}): {}", sp.ttl, sp.flow,
                      r.error.message());
      }
      ++ti.silent;
    }
    if (in_flight == 0) advance();
  }

  hop make_hop(int ttl) {
    hop h{ttl, {}, {}};
    const auto& ti = info(ttl);
    for (const auto& a : ti.ifaces) {
      hop_probe best;
      for (std::size_t f = 0; f < flows.size(); ++f) {
        const auto* o = at(f, ttl);
        if (!o || o->st != outcome::state::answered || o->from != a) continue;
        if (!best.from || o->rtt_ms < *best.rtt_ms) {
          best.from = a;
          best.rtt_ms = o->rtt_ms;
          best.flag = o->flag;
          best.from_destination = o->dest;
          best.reply_ttl = o->reply_ttl;
          best.after_pause = o->after_pause;
        }
      }
      h.probes.push_back(best);
    }
    // '*' only when nothing answered: silent flows next to answers are the paths' business
    // (mda_hop::silent_flows, the path reading), not a hop note's.
    if (ti.ifaces.empty()) h.probes.emplace_back();
    return h;
  }

  void emit_up_to(int ttl) {
    for (; emitted < ttl; ++emitted)
      if (on_hop) on_hop(make_hop(emitted + 1));
  }

  void conclude() {
    if (concluded) return;
    concluded = true;
    ph = phase::done;
    pause_timer.cancel();
    eng.stop();
    if (last_ttl == 0) last_ttl = std::max(cur, first);
    // Trailing TTLs never probed (stopped early) are not shown.
    while (last_ttl > first && info(last_ttl).answered + info(last_ttl).silent == 0) --last_ttl;
    if (paths.empty()) build_paths();
    if (!stop_) emit_up_to(last_ttl);
    out.interrupted = stop_;
    out.hops.clear();
    for (int t = first; t <= last_ttl; ++t) out.hops.push_back(make_hop(t));
    out.reached = std::any_of(out.hops.begin(), out.hops.end(),
                              [](const hop& h) { return h.reached_destination(); });
    auto& m = *out.mda;
    m.probes_sent = probes_sent;
    m.flows = flows.size();
    for (int t = first; t <= last_ttl; ++t) {
      const auto& ti = info(t);
      m.hops.push_back(mda_hop{t, ti.ifaces, ti.silent > 0, ti.answered, ti.sent});
    }
    std::set<std::tuple<int, ip_address, ip_address>> seen;
    for (std::size_t f = 0; f < flows.size(); ++f)
      for (int t = first + 1; t <= last_ttl; ++t) {
        auto a = iface(f, t - 1), b = iface(f, t);
        if (a && b && seen.emplace(t, *a, *b).second) m.links.push_back(mda_link{t, *a, *b});
      }
    // A TTL with one interface links to everything at the next, whatever flows were used.
    for (int t = first + 1; t <= last_ttl; ++t) {
      const auto& prev = info(t - 1).ifaces;
      if (prev.size() != 1) continue;
      for (const auto& b : info(t).ifaces)
        if (seen.emplace(t, prev.front(), b).second)
          m.links.push_back(mda_link{t, prev.front(), b});
    }
    std::sort(m.links.begin(), m.links.end(), [](const mda_link& a, const mda_link& b) {
      return std::tie(a.ttl, a.from, a.to) < std::tie(b.ttl, b.from, b.to);
    });
    for (const auto& pc : paths) {
      mda_path p;
      p.interfaces = pc.ifaces;
      p.flows = pc.flows.size();
      p.sent = pc.sent;
      p.received = pc.received;
      p.loss_percent = pc.sent ? 100.0 * static_cast<double>(pc.sent - pc.received) /
                                     static_cast<double>(pc.sent)
                               : 0;
      if (pc.received) p.avg_ms = pc.rtt_sum / static_cast<double>(pc.received);
      m.paths.push_back(std::move(p));
    }
    interpret(out);
    // Several interfaces per TTL are what --mda is for: the links say it, not a note.
    for (auto& h : out.hops)
      std::erase_if(h.notes,
                    [](const hop_note& n) { return n.kind == hop_note_kind::load_balancing; });
    if (!stop_) read_path_loss();
    core.finish();
  }

  // One interface whose flows all die past it while the flows through its neighbours at the
  // same TTL go on: the path through it loses every packet (the first such TTL).
  void read_path_loss() {
    for (int t = first; t < last_ttl; ++t) {
      std::vector<ip_address> lossy;
      bool others_go_on = false;
      for (const auto& a : info(t).ifaces) {
        int dead = 0, live = 0;
        bool paused = false;
        for (std::size_t f = 0; f < flows.size(); ++f) {
          const auto* o = at(f, t);
          if (!o || o->st != outcome::state::answered || o->from != a || o->ended()) continue;
          bool probed_beyond = false, answered_beyond = false;
          for (const auto& [tt, oo] : flows[f].at) {
            if (tt <= t) continue;
            probed_beyond = true;
            if (oo.st == outcome::state::answered) answered_beyond = true;
            if (oo.after_pause) paused = true;
          }
          if (!probed_beyond) continue;
          (answered_beyond ? live : dead)++;
        }
        if (live > 0) others_go_on = true;
        if (dead >= 2 && live == 0 && paused) lossy.push_back(a);
      }
      if (!lossy.empty() && others_go_on) {
        out.result = verdict{};
        out.result.kind = verdict_kind::path_loss;
        out.result.hop = t;
        out.result.responders = lossy;
        return;
      }
    }
  }
};

mda_session::mda_session(event_loop& loop, network& net, mda_options opts, std::string target_name,
                         ip_address address, hop_handler on_hop) {
  if (auto err = validate(opts); !err.empty()) throw std::invalid_argument(err);
  impl_ =
      std::make_unique<impl>(loop, net, opts, std::move(target_name), address, std::move(on_hop));
}

mda_session::~mda_session() = default;

void mda_session::start(done_handler on_done) {
  auto& d = *impl_;
  d.cur = d.first;
  d.emitted = d.first - 1;
  d.core.begin([&d](const probe_result& r) { d.on_result(r); }, std::move(on_done));
  d.loop.post([&d, alive = std::weak_ptr<char>(d.life)] {
    if (!alive.expired()) d.advance();
  });
}

void mda_session::stop() {
  auto& d = *impl_;
  if (d.stop_ || d.concluded) return;
  d.stop_ = true;
  d.pause_timer.cancel();
  d.pausing = false;
  d.loop.post([&d, alive = std::weak_ptr<char>(d.life)] {
    if (!alive.expired()) d.conclude();
  });
}

bool mda_session::done() const noexcept {
  return impl_->concluded;
}

const trace_result& mda_session::result() const noexcept {
  return impl_->out;
}

}  // namespace nettrio
