#include <nettrio/trace/tracer.hpp>

#include <nettrio/probe/engine.hpp>
#include <nettrio/probe/event_loop.hpp>
#include <nettrio/probe/session.hpp>
#include <nettrio/trace/nat.hpp>
#include <nettrio/trace/verdict.hpp>

#include "probe/method.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>
#include <unordered_map>

namespace nettrio {

using namespace std::chrono_literals;
using steady = std::chrono::steady_clock;

std::string validate(const trace_options& o) {
  // In the order the front end's options are read, so the first complaint is the same.
  if (o.port && *o.port == 0) return "port (-p) 0 is out of range; use 1 to 65535";
  if (o.max_wait <= 0ms || o.max_wait > 60s)
    return "wait (-w) must be above 0 and at most 60 seconds";
  if (o.min_wait < 0ms || o.min_wait > o.max_wait)
    return "the minimum wait must lie between 0 and the wait (-w)";
  if (o.rounds < 1) return "rounds (-c) must be at least 1";
  if (o.round_interval < 0ms) return "interval (-i) must not be negative";
  if (o.paris && !detail::method_for(o.method).shares_flow())
    return "--paris works with UDP and ICMP probes, not -T";
  if (o.max_hops < 1 || o.max_hops > 255)
    return fmt::format("max hops (-m) {} is out of range; use 1 to 255", o.max_hops);
  if (o.first_ttl < 1 || o.first_ttl > o.max_hops)
    return fmt::format("first TTL (-f) {} must be between 1 and max hops ({})", o.first_ttl,
                       o.max_hops);
  if (o.probes_per_hop < 1 || o.probes_per_hop > 10)
    return fmt::format("probes per hop (-q) {} is out of range; use 1 to 10", o.probes_per_hop);
  if (o.lookahead < 1) return "lookahead must be at least 1";
  if (o.packet_size > 65000) return "packet size is too large";
  if (o.confirm_pause < 0ms || o.reprobe_pause < 0ms) return "pauses must not be negative";
  return {};
}

namespace {
void validate_or_throw(const trace_options& o) {
  if (auto err = validate(o); !err.empty()) throw std::invalid_argument(err);
}
}  // namespace

tracer::tracer(network& net, trace_options opts) : net_(net), opts_(opts) {
  validate_or_throw(opts_);
}

namespace {

struct slot {
  int ttl = 0;
  std::uint64_t token = 0;
  bool sent = false;
  bool done = false;
  steady::time_point sent_time{};
  std::chrono::nanoseconds wait{};  // the reply wait the engine holds this probe to
  hop_probe result;
};

struct ttl_state {
  std::vector<slot> slots;  // probes_per_hop, then confirmation re-probes
  int sent = 0;
  int done = 0;
  bool time_exceeded = false;  // a router answered time-exceeded at this TTL
};

bool is_star(const hop_probe& p) {
  return !p.from && !p.flag;
}

std::size_t header_bytes(probe_protocol m, ip_family f) {
  const std::size_t ip = f == ip_family::v4 ? 20 : 40;
  return ip + detail::method_for(m).header_bytes();
}

// Raw probes carry nothing that tells them apart: one in flight at a time, and no re-probes
// sent together after a pause (an answer is the one in flight's, as traceroute's raw module
// reads it).
// A method whose probes cannot be told apart is sent one at a time, which the confirmation's
// re-probes (several TTLs at once) would break: it is left out, as traceroute has none.
trace_options adjusted(trace_options o) {
  if (!detail::method_for(o.method).tells_probes_apart()) o.confirm_pause = o.reprobe_pause = 0ms;
  return o;
}

}  // namespace

struct trace_session::impl {
  impl(event_loop& l, network& n, trace_options o, std::string name, ip_address a, hop_handler h,
       round_handler r)
      : core(l, n, engine_options{.duplicate_window = 2000ms}),
        loop(l),
        eng(core.eng()),
        net_(n),
        opts_(adjusted(o)),
        target_name(std::move(name)),
        address(a),
        on_hop(std::move(h)),
        on_round(std::move(r)),
        family(address.family()),
        first(opts_.first_ttl),
        q(opts_.probes_per_hop),
        method(detail::method_for(opts_.method)),
        ports{.port = opts_.port.value_or(method.default_port())},
        payload(opts_.packet_size > header_bytes(opts_.method, family)
                    ? opts_.packet_size - header_bytes(opts_.method, family)
                    : 0) {
    std::random_device rd;
    next_seq = static_cast<std::uint16_t>(rd());
    out.target = target_name;
    out.address = address;
    out.method = opts_.method;
    out.max_hops = opts_.max_hops;
    out.first_ttl = first;
    out.packet_size = opts_.packet_size;
    out.rounds = opts_.rounds;
    for (int t = first; t <= opts_.max_hops; ++t) out.hops.push_back(hop{t, {}, {}});
  }

  session_core core;
  event_loop& loop;
  engine& eng;
  network& net_;
  trace_options opts_;
  std::string target_name;
  ip_address address;
  hop_handler on_hop;
  round_handler on_round;
  ip_family family;
  int first;
  int q;
  const detail::probe_method& method;
  detail::flow_ports ports;  // -p, or the method's port
  std::size_t payload;

  trace_result out;
  bool stop_ = false;  // stop() was called

  // State shared across rounds.
  std::optional<int> dest_ttl;  // lowest TTL that ended the path (reached or unreachable)
  std::chrono::nanoseconds max_rtt{0};
  std::uint16_t next_seq = 0;
  std::uint64_t probe_index = 0;  // without --paris: the method's flow of each probe

  // Per-round state.
  std::uint64_t round = 0;
  std::vector<ttl_state> ttls;
  std::unordered_map<std::uint64_t, std::pair<int, int>> by_token;  // token -> (ttl, slot)
  int highest_te = 0;        // highest TTL that answered time-exceeded this round
  int highest_answered = 0;  // highest TTL with any answer this round
  int emitted = 0;
  // Answers filed at another hop than the TTL their probe carried (quoted TTL, or a
  // confirmation re-probe); folded into that hop's '*'s when it is shown.
  std::unordered_map<int, std::vector<hop_probe>> moved;
  bool confirming = false;
  int confirm_pending = 0;
  // The confirmation of a silent destination also tries the other methods, once each.
  std::unordered_map<std::uint64_t, probe_protocol> alt_probes;
  int confirm_from = 0;  // first TTL re-probed by the confirmation
  steady::time_point round_start;
  event_loop::timer wake_timer, next_round_timer, pause_timer;
  bool finished = false;           // the rounds are over (done, or stopped)
  bool round_finished = false;     // waiting for the next round to start
  bool finished_normally = false;  // every round done (not stopped)
  bool concluded = false;          // conclude() ran: the result is final
  bool finished_rounds_posted = false;
  std::shared_ptr<char> life = std::make_shared<char>();

  void start(done_handler on_done);
  void rounds_over();
  void after_rounds();
  void confirmation_over();
  void conclude();

  ttl_state& state_of(int ttl) { return ttls[static_cast<std::size_t>(ttl - first)]; }
  int limit() const { return dest_ttl ? std::min(*dest_ttl, opts_.max_hops) : opts_.max_hops; }

  // The reply wait for a probe at `ttl`. Before any answer, the maximum. Then 3x the slowest
  // RTT seen for TTLs up to the farthest that answered, but 10x for TTLs past it (as
  // traceroute's NEAR factor): the next link may be far slower (a satellite hop after a
  // 120 ms path answers at 400 ms) and a silent probe there still costs only min_wait on a
  // fast path. Always within [min_wait, max_wait].
  std::chrono::nanoseconds wait_for(int ttl) const {
    if (max_rtt == 0ns) return opts_.max_wait;
    const int factor = ttl <= highest_answered ? 3 : 10;
    return std::clamp<std::chrono::nanoseconds>(factor * max_rtt, opts_.min_wait, opts_.max_wait);
  }
  // How long an unanswered first probe holds back the TTLs after it.
  std::chrono::nanoseconds silent_after() const {
    if (max_rtt == 0ns) return 50ms;
    return std::clamp<std::chrono::nanoseconds>(3 * max_rtt, 2ms, 1s);
  }

  // The hop an answer belongs to. The TTL left in the quoted header says how far the probe
  // went: Linux answers a missing route before decrementing, so a router at hop h saw TTL
  // (sent - h + 1); a REJECT in FORWARD answers after decrementing, and traceroute shows it
  // one hop later too. Only ever earlier than the TTL sent, and never at or before a TTL
  // that another router answered with time-exceeded (the probe went past that one).
  //
  // "Fragmentation needed" (IPv6: packet too big) comes from a router that passed the TTL
  // check (it answers time-exceeded at its own hop) and then found the next link too
  // small: it is shown at the first TTL that goes past it, one after its position.
  int placed_ttl(const probe_result& r, int ttl) {
    if (!r.quoted_ttl || *r.quoted_ttl < 1 || *r.quoted_ttl > ttl) return ttl;
    int floor = first;
    for (int t = ttl - 1; t >= first; --t)
      if (state_of(t).time_exceeded) {
        floor = t + 1;
        break;
      }
    const bool too_big = family == ip_family::v4
                             ? (r.icmp_type == packet::icmp4::dest_unreachable && r.icmp_code == 4)
                             : r.icmp_type == packet::icmp6::packet_too_big;
    return std::clamp(ttl - *r.quoted_ttl + 1 + (too_big ? 1 : 0), floor, ttl);
  }

  // out.hops[ttl] as shown: the TTL's own probes, with answers filed here from elsewhere in
  // place of its '*'s.
  hop& fill_hop(int ttl) {
    auto& h = out.hops[static_cast<std::size_t>(ttl - first)];
    const auto& slots = state_of(ttl).slots;
    h.probes.clear();
    for (int i = 0; i < q; ++i) h.probes.push_back(slots[static_cast<std::size_t>(i)].result);
    if (auto it = moved.find(ttl); it != moved.end()) {
      for (const auto& a : it->second) {
        auto star = std::find_if(h.probes.begin(), h.probes.end(), is_star);
        if (star == h.probes.end()) break;
        *star = a;
      }
    }
    mark_nat(out.hops, static_cast<std::size_t>(ttl - first));
    return h;
  }

  void send_slot(int ttl, int i) {
    auto& s = state_of(ttl).slots[static_cast<std::size_t>(i)];
    probe p;
    p.destination = address;
    p.ttl = static_cast<std::uint8_t>(ttl);
    p.sequence = next_seq++;
    p.protocol = opts_.method;
    // --paris: every probe is flow 0; else each its own, as traceroute sends them.
    if (opts_.paris)
      method.stamp_flow(p, ports, 0);
    else
      method.stamp_unpinned(p, ports, probe_index);
    ++probe_index;
    s.sent = true;
    s.sent_time = loop.now();
    ++state_of(ttl).sent;
    s.wait = wait_for(ttl);
    s.token = eng.send(std::move(p), payload, s.wait);
    by_token[s.token] = {ttl, i};
  }

  bool first_pass_allowed(int ttl) {
    // Until something answers, probe one TTL at a time: a first router that rejects
    // everything (!N) then spends only the probes the user sees from its rate limit.
    const int ahead = highest_answered == 0 ? 1 : opts_.lookahead;
    if (ttl <= std::max(highest_answered, first - 1) + ahead) return true;
    // Past the lookahead: go on only if every pending first probe before it has been
    // silent for a while (a silent router or a firewall, not a slow path).
    const auto now = loop.now();
    for (int t = std::max(highest_answered + 1, first); t < ttl; ++t) {
      const auto& s0 = state_of(t).slots[0];
      if (!s0.sent) return false;
      if (!s0.done && now - s0.sent_time < silent_after()) return false;
    }
    return true;
  }

  bool safe_for_more(int ttl) {
    const auto& ts = state_of(ttl);
    return (dest_ttl && ttl <= *dest_ttl) || ttl <= highest_te || ts.slots[0].done;
  }

  bool round_done() {
    for (int t = first; t <= limit(); ++t) {
      const auto& ts = state_of(t);
      if (ts.done < q) return false;
    }
    return true;
  }

  void emit_ready() {
    if (round != 1 || confirming) return;
    while (emitted < limit()) {
      const int t = emitted + 1;
      if (state_of(t).done < q) break;
      auto& h = fill_hop(t);
      // A silent hop is re-probed after a pause (a drained rate limit, or the start of a
      // silent ending) before it is shown; the hops after it wait for it, in order.
      if (h.silent() && opts_.rounds == 1 &&
          (opts_.confirm_pause > 0ms || opts_.reprobe_pause > 0ms))
        break;
      emitted = t;
      if (on_hop) on_hop(h);
    }
  }

  void finish_round() {
    round_finished = true;
    wake_timer.cancel();
    if (round > 1) {
      for (int t = first; t <= limit(); ++t)
        for (auto& s : state_of(t).slots)
          out.hops[static_cast<std::size_t>(t - first)].probes.push_back(s.result);
    }
    if (on_round) on_round(round);
    if (round >= opts_.rounds || stop_) {
      finished_normally = round >= opts_.rounds;
      rounds_over();
      return;
    }
    const auto next = round_start + opts_.round_interval;
    next_round_timer = loop.schedule(std::max(next - loop.now(), steady::duration::zero()),
                                     [this] { start_round(); });
  }

  // step_mtu, and probes that cannot be told apart (raw): one probe at a time, in TTL
  // order, as traceroute --mtu (-N 1) and its raw module send them.
  void pump_one_at_a_time() {
    if (by_token.empty()) {
      for (int t = first; t <= limit(); ++t) {
        auto& ts = state_of(t);
        if (ts.sent < q) {
          send_slot(t, ts.sent);
          break;
        }
      }
    }
    if (round_done()) finish_round();
  }

  // step_mtu: an answer that names a size the path takes, smaller than the probe's: the
  // probe goes again at that size (the result of the slot starts over, marked with it), and
  // so does every probe after it. traceroute's test: the size lies between the headers and
  // the size sent.
  bool step_down(const probe_result& r, ttl_state& ts, slot& s) {
    if (!opts_.step_mtu) return false;
    const bool too_big =
        (r.status == probe_status::unreachable && is_too_big(family, r.icmp_type, r.icmp_code)) ||
        (r.status == probe_status::send_failed && r.error == std::errc::message_size);
    const auto headers = header_bytes(opts_.method, family);
    if (!too_big || r.mtu < headers || r.mtu >= headers + payload) return false;
    payload = r.mtu - headers;
    spdlog::debug("trace: packet size {} at ttl {}", r.mtu, s.ttl);
    const int ttl = s.ttl;
    s = slot{};
    s.ttl = ttl;
    s.result.resized = r.mtu;
    --ts.sent;
    return true;
  }

  void pump() {
    if (finished || round_finished || confirming) return;
    if (stop_) {
      rounds_over();
      return;
    }
    if (opts_.step_mtu || !method.tells_probes_apart()) {
      pump_one_at_a_time();
      return;
    }
    bool blocked = false;
    for (int t = first; t <= limit(); ++t) {
      auto& ts = state_of(t);
      if (ts.sent == 0) {
        if (blocked || !first_pass_allowed(t)) {
          blocked = true;
          continue;
        }
        send_slot(t, 0);
      }
      if (ts.sent < q && safe_for_more(t))
        while (ts.sent < q) send_slot(t, ts.sent);
    }
    if (blocked) {
      wake_timer.cancel();
      wake_timer = loop.schedule(std::chrono::duration_cast<steady::duration>(silent_after()),
                                 [this] { pump(); });
    }
    if (round_done()) finish_round();
  }

  void start_round() {
    ++round;
    round_finished = false;
    round_start = loop.now();
    ttls.assign(static_cast<std::size_t>(opts_.max_hops - first + 1), ttl_state{});
    for (int t = first; t <= opts_.max_hops; ++t) {
      auto& ts = state_of(t);
      ts.slots.resize(static_cast<std::size_t>(q));
      for (auto& s : ts.slots) s.ttl = t;
    }
    by_token.clear();
    highest_te = 0;
    highest_answered = 0;
    pump();
  }

  void on_result(const probe_result& r) {
    if (concluded) return;  // the engine stops right after
    if (r.duplicate || r.corrupt) return;
    if (auto alt = alt_probes.find(r.sent.token); alt != alt_probes.end()) {
      // The destination itself answered another method: a reply (echo reply, TCP SYN-ACK or
      // RST, UDP port unreachable) from its address.
      if (r.status == probe_status::reply && r.from && *r.from == address)
        out.answers_to.push_back(alt->second);
      alt_probes.erase(alt);
      if (--confirm_pending == 0) confirmation_over();
      return;
    }
    auto it = by_token.find(r.sent.token);
    if (it == by_token.end()) return;  // an earlier round's straggler
    const auto [ttl, i] = it->second;
    by_token.erase(it);
    auto& ts = state_of(ttl);
    auto& s = ts.slots[static_cast<std::size_t>(i)];
    if (s.done) return;
    if (i < q && step_down(r, ts, s)) {
      pump();
      return;
    }
    s.done = true;
    ++ts.done;
    hop_probe& hp = s.result;
    const bool confirmation = i >= q;
    int at = ttl;  // the hop this answer is filed at
    if (r.status != probe_status::timeout && r.status != probe_status::send_failed && r.from) {
      hp.from = r.from;
      if (r.rtt) {
        hp.rtt_ms = std::chrono::duration<double, std::milli>(*r.rtt).count();
        max_rtt = std::max(max_rtt, *r.rtt);
      }
      hp.mpls = r.mpls;
      hp.reply_ttl = r.reply_ttl;
      hp.quote = r.quote;  // NAT detection (trace/nat.hpp)
      hp.quoted_source = r.quoted_source;
      if (r.quote.checked) ++out.quotes_compared;
      highest_answered = std::max(highest_answered, ttl);
      if (r.status == probe_status::time_exceeded) {
        highest_te = std::max(highest_te, ttl);
        ts.time_exceeded = true;
      } else {
        if (r.status == probe_status::reply) {
          hp.from_destination = true;
        } else {
          hp.flag = classify_unreachable(family, r.icmp_type, r.icmp_code);
          if (!hp.flag) {
            hp.flag = hop_flag{unreachable_reason::other, r.icmp_code};
            const auto unreach = family == ip_family::v4 ? packet::icmp4::dest_unreachable
                                                         : packet::icmp6::dest_unreachable;
            if (r.icmp_type != unreach) hp.flag->icmp_type = r.icmp_type;
          }
          if (hp.flag->reason == unreachable_reason::fragmentation_needed) hp.flag->mtu = r.mtu;
          if (*r.from == address) hp.from_destination = true;
        }
        at = placed_ttl(r, ttl);
        // The destination answering a confirmation probe sent with a high TTL, with no
        // quote to place it (echo, TCP): the reply's TTL tells the return path's length.
        if (confirmation && at == ttl && !r.quoted_ttl && hp.from_destination && r.reply_ttl > 0)
          at = std::clamp(hops_back(r.reply_ttl), confirm_from, ttl);
        if (!dest_ttl || at < *dest_ttl) dest_ttl = at;
      }
      if (at != ttl || confirmation) {
        hop_probe filed = hp;
        filed.sent_ttl = ttl;
        filed.after_pause = confirmation;
        moved[at].push_back(std::move(filed));
      }
    } else if (r.status == probe_status::send_failed) {
      hp.flag = hop_flag{unreachable_reason::local_error};  // no route from here
      spdlog::debug("send failed at ttl {}: {}", ttl, r.error.message());
      if (!dest_ttl || ttl < *dest_ttl) dest_ttl = ttl;
    }
    // Adaptive wait: once RTTs are known, silent probes need not wait the maximum. Probes in
    // flight follow in both directions: one held to a short wait when only a fast first hop
    // had answered gets the longer wait a slower path has shown since.
    for (const auto& [token, where] : by_token) {
      auto& pending_slot = state_of(where.first).slots[static_cast<std::size_t>(where.second)];
      const auto w = wait_for(where.first);
      if (!confirming && w != pending_slot.wait && eng.extend(token, w)) pending_slot.wait = w;
    }
    if (confirmation && --confirm_pending == 0) confirmation_over();
    emit_ready();
    pump();
  }

  // The reading of the trace as it stands, before anything is shown past `emitted`.
  trace_result provisional() {
    trace_result t = out;
    const int last = limit();
    t.hops.resize(static_cast<std::size_t>(last - first + 1));
    t.reached = false;
    for (int ttl = first; ttl <= last; ++ttl) {
      t.hops[static_cast<std::size_t>(ttl - first)] = fill_hop(ttl);
      if (t.hops[static_cast<std::size_t>(ttl - first)].reached_destination()) t.reached = true;
    }
    interpret(t);
    return t;
  }
};

void trace_session::impl::start(done_handler on_done) {
  emitted = first - 1;
  core.begin([this](const probe_result& r) { on_result(r); }, std::move(on_done));
  loop.post([this, alive = std::weak_ptr<char>(life)] {
    if (!alive.expired()) start_round();
  });
}

// The rounds are over (every round done, or stopped). What follows runs from the loop, after
// the callback that ended them has returned.
void trace_session::impl::rounds_over() {
  if (finished_rounds_posted) return;
  finished_rounds_posted = true;
  finished = true;
  wake_timer.cancel();
  next_round_timer.cancel();
  loop.post([this, alive = std::weak_ptr<char>(life)] {
    if (!alive.expired()) after_rounds();
  });
}

// The confirmation of a silent ending and of silent hops, when the trace needs one; then
// conclude().
void trace_session::impl::after_rounds() {
  if (!stop_ && finished_normally && opts_.rounds == 1 && round == 1 && !ttls.empty()) {
    const auto t = provisional();
    const auto& kind = t.result.kind;
    int last_answering = first - 1;
    for (const auto& h : t.hops)
      if (!h.silent()) last_answering = h.ttl;
    std::vector<int> targets;
    std::chrono::milliseconds quiet{0};  // how long the re-probed TTLs must have been left alone
    steady::time_point last_sent{};
    auto quiet_since = [&](int from_ttl, int to_ttl) {
      for (int ttl = from_ttl; ttl <= to_ttl; ++ttl)
        for (const auto& sl : state_of(ttl).slots)
          if (sl.sent) last_sent = std::max(last_sent, sl.sent_time);
    };
    // Silent hops with answers after them: a router that does not send time-exceeded, or
    // one whose allowance earlier probes (or other traceroutes) used up. One probe each
    // after a pause tells them apart: a Linux router refills a token per second.
    if (opts_.reprobe_pause > 0ms) {
      for (const auto& h : t.hops) {
        if (h.ttl >= last_answering || !h.silent() || targets.size() >= 16) continue;
        targets.push_back(h.ttl);
        quiet_since(h.ttl, h.ttl);
        quiet = opts_.reprobe_pause;
      }
    }
    // A silent ending: the first silent TTLs and the last one.
    if (opts_.confirm_pause > 0ms &&
        (kind == verdict_kind::filtered_after_hop || kind == verdict_kind::destination_silent ||
         kind == verdict_kind::no_response)) {
      confirm_from = last_answering + 1;
      for (int ttl = confirm_from; ttl <= std::min(last_answering + opts_.lookahead, limit());
           ++ttl)
        targets.push_back(ttl);
      if (limit() > last_answering + opts_.lookahead) targets.push_back(limit());
      // From the last probe sent past the last answering hop: that is when the routers
      // there last spent (or were denied) a token.
      quiet_since(confirm_from, limit());
      quiet = std::max(quiet, opts_.confirm_pause);
      out.confirmed = true;
    }
    // A destination that stays silent right after a hop on its own network may drop only
    // this method: one probe of each other method tells (UDP only where its socket is).
    std::vector<probe_protocol> others;
    if (kind == verdict_kind::destination_silent) {
      for (auto m : {probe_protocol::icmp_echo, probe_protocol::tcp, probe_protocol::udp})
        if (m != opts_.method && (m != probe_protocol::udp || net_.udp_source_port(family) != 0))
          others.push_back(m);
    }
    if (!targets.empty()) {
      spdlog::debug(
          "trace: verdict {}, last answer at hop {}: re-probing TTLs {} after {} ms quiet",
          static_cast<int>(kind), last_answering, fmt::join(targets, ","), quiet.count());
      confirming = true;
      const auto pause_left =
          std::max<steady::duration>(last_sent + quiet - loop.now(), steady::duration::zero());
      pause_timer = loop.schedule(pause_left, [this, targets, others] {
        // 10x the slowest RTT seen (as for any TTL past the farthest answer), at least
        // 100 ms; a second when nothing has answered yet.
        const auto wait = max_rtt == 0ns ? std::min<std::chrono::nanoseconds>(1s, opts_.max_wait)
                                         : std::clamp<std::chrono::nanoseconds>(10 * max_rtt, 100ms,
                                                                                opts_.max_wait);
        for (const int ttl : targets) {
          auto& ts = state_of(ttl);
          ts.slots.emplace_back();
          ts.slots.back().ttl = ttl;
          ++confirm_pending;
          send_slot(ttl, static_cast<int>(ts.slots.size()) - 1);
          auto& sl = ts.slots.back();
          if (eng.extend(sl.token, wait)) sl.wait = wait;
        }
        for (const auto m : others) {
          probe p;
          p.destination = address;
          p.ttl = static_cast<std::uint8_t>(std::min(opts_.max_hops, 255));
          p.sequence = next_seq++;
          p.protocol = m;
          // The other method's own default port, numbered as classic traceroute would.
          const auto& other = detail::method_for(m);
          other.stamp_unpinned(p, detail::flow_ports{.port = other.default_port()},
                               probe_index++ % 1000);
          ++confirm_pending;
          alt_probes.emplace(eng.send(std::move(p), payload, wait), m);
        }
      });
      return;  // confirmation_over() concludes
    }
  }
  conclude();
}

void trace_session::impl::confirmation_over() {
  if (!confirming) return;
  confirming = false;
  pause_timer.cancel();
  loop.post([this, alive = std::weak_ptr<char>(life)] {
    if (!alive.expired()) conclude();
  });
}

// The trace as it is reported: hops held back are shown, the result is final.
void trace_session::impl::conclude() {
  if (concluded) return;
  concluded = true;
  pause_timer.cancel();
  eng.stop();

  // Keep what was reported: hops up to the destination (or the last one done if stopped).
  const int last = dest_ttl ? std::min(*dest_ttl, opts_.max_hops) : opts_.max_hops;
  if (round <= 1 && !stop_) {
    // Hops held back (silent ones, now re-probed, and those after them) are shown now.
    for (int t = emitted + 1; t <= last && !ttls.empty(); ++t) {
      auto& h = fill_hop(t);
      emitted = t;
      if (on_hop) on_hop(h);
    }
  }
  out.hops.resize(static_cast<std::size_t>(
      std::max(0, (stop_ ? std::max(emitted, first - 1) : last) - first + 1)));
  out.interrupted = stop_ && !finished_normally;
  out.reached = false;
  for (const auto& h : out.hops)
    if (h.reached_destination()) out.reached = true;
  if ((opts_.rounds > 1 || round > 1) && !out.reached) {
    // Report mode, destination not reached: rows up to the last hop that ever answered and
    // one silent row after it, not a column of '???' down to -m (mtr's reading: the silence
    // starts there).
    std::size_t keep = std::min<std::size_t>(out.hops.size(), 1);
    for (std::size_t i = 0; i < out.hops.size(); ++i)
      if (!out.hops[i].silent()) keep = std::min(out.hops.size(), i + 2);
    out.hops.resize(keep);
  }

  if (opts_.rounds > 1 || round > 1) {
    for (const auto& h : out.hops) {
      hop_stats st;
      st.ttl = h.ttl;
      st.responders = h.responders();
      st.sent = h.probes.size();
      double sum = 0, sum2 = 0;
      std::uint64_t n = 0;
      for (const auto& p : h.probes) {
        if (!p.rtt_ms) continue;
        ++n;
        sum += *p.rtt_ms;
        sum2 += *p.rtt_ms * *p.rtt_ms;
        st.best_ms = st.best_ms ? std::min(*st.best_ms, *p.rtt_ms) : *p.rtt_ms;
        st.worst_ms = st.worst_ms ? std::max(*st.worst_ms, *p.rtt_ms) : *p.rtt_ms;
        st.last_ms = *p.rtt_ms;
      }
      st.received = n;
      st.loss_percent =
          st.sent ? 100.0 * static_cast<double>(st.sent - n) / static_cast<double>(st.sent) : 0;
      if (n) {
        st.avg_ms = sum / static_cast<double>(n);
        // Sample standard deviation, as mtr reports StDev.
        st.stdev_ms = n > 1 ? std::sqrt(std::max(0.0, (sum2 - sum * sum / static_cast<double>(n)) /
                                                          static_cast<double>(n - 1)))
                            : 0.0;
      }
      out.stats.push_back(std::move(st));
    }
  }
  interpret(out);
  core.finish();
}

trace_session::trace_session(event_loop& loop, network& net, trace_options opts,
                             std::string target_name, ip_address address, hop_handler on_hop,
                             round_handler on_round)
    : impl_((validate_or_throw(opts),
             std::make_unique<impl>(loop, net, opts, std::move(target_name), address,
                                    std::move(on_hop), std::move(on_round)))) {}

trace_session::~trace_session() = default;

void trace_session::start(done_handler on_done) {
  impl_->start(std::move(on_done));
}

void trace_session::stop() {
  auto& d = *impl_;
  if (d.stop_ || d.concluded) return;
  d.stop_ = true;
  if (d.confirming)
    d.confirmation_over();
  else
    d.rounds_over();
}

bool trace_session::done() const noexcept {
  return impl_->concluded;
}

const trace_result& trace_session::result() const noexcept {
  return impl_->out;
}

trace_result tracer::run(const std::string& target_name, const ip_address& address,
                         const hop_handler& on_hop, const round_handler& on_round) {
  event_loop loop;
  trace_session s(loop, net_, opts_, target_name, address, on_hop, on_round);
  s.start([&] { loop.stop(); });
  loop.run();
  return s.result();
}

}  // namespace nettrio
