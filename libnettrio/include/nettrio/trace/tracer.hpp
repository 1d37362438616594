#pragma once
// trace as a policy over the probe engine: it varies the TTL.
//
// Scheduling (why it is fast without causing its own '*'s):
//  - First pass: one probe per TTL, in increasing TTL order, at most `lookahead` TTLs
//    beyond the highest one that has answered, unless the pending ones have been silent
//    for a few RTTs. Lower TTLs leave first, so the destination's first probe is the first
//    to reach it and is answered from a full ICMP rate-limit bucket (Linux: burst 6).
//  - Further probes of a TTL go out as soon as that TTL is known to lie before the
//    destination (a later TTL answered time-exceeded) or at it, or its first probe is done.
//    Each router so receives only its own few probes, inside its burst.
//  - Probes beyond the destination's TTL are never reported.
//  - Waits adapt: 3x the slowest RTT seen for TTLs up to the farthest that answered, 10x
//    past it (a slower link may follow), within [min_wait, max_wait]; probes in flight
//    follow as RTTs come in, longer or shorter.
//
// Placement and confirmation (why a drained rate limiter does not fake a verdict):
//  - An error quoting the probe (unreachable, or the destination's port unreachable) is
//    filed at the hop its sender sits at: the TTL left in the quoted header says how far
//    the probe went (sent TTL - quoted TTL + 1), never before a TTL that another router
//    answered with time-exceeded. The answer that got through a limiter at TTL 5 is the
//    router of hop 3 when it saw the probe with TTL 3 left.
//  - A trace that ends in silence (filtered after hop K, a silent destination, nothing at
//    all) is re-probed once, `confirm_pause` after the last probe sent past hop K: one
//    probe at each of the next few TTLs and one at the last. Linux refills ICMP tokens at
//    1/s per source (icmp_ratelimit), and a routing error (!N, !H) is charged twice to the
//    same bucket (ip_error, then icmp_send): a drained router sends one again only after
//    2 s of quiet, and a re-probe sent sooner spends the refill for nothing.
//  - A silent hop with answers after it is re-probed once, `reprobe_pause` after its last
//    probe: a router that does not send time-exceeded stays silent, one whose allowance was
//    used up (by this trace, the last one, or anyone's) answers.
//    What comes back is folded into the hops (a '*' becomes the answer); silent hops, and
//    the hops after them, are held back from the live output until then.

#include <nettrio/trace/hop.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace nettrio {

class network;
class event_loop;

struct trace_options {
  probe_protocol method = probe_protocol::udp;
  int first_ttl = 1;                         // -f
  int max_hops = 30;                         // -m
  int probes_per_hop = 3;                    // -q
  std::optional<std::uint16_t> port;         // -p: UDP base port (33434) / TCP port (80)
  std::chrono::milliseconds max_wait{5000};  // -w: the longest wait for any probe
  std::chrono::milliseconds min_wait{250};   // floor of the adaptive wait
  int lookahead = 3;                         // TTLs in flight past the highest answered one
  bool paris = false;                        // --paris: constant 5-tuple
  std::size_t packet_size = 60;              // total IP packet size, like traceroute
  std::uint64_t rounds = 1;                  // report mode: > 1 rounds, one probe per hop each
  std::chrono::milliseconds round_interval{1000};
  /// Quiet time before re-probing a silent ending (0: no confirmation): long enough for a
  /// drained Linux router to afford a routing error again (2 tokens at 1/s).
  std::chrono::milliseconds confirm_pause{2050};
  /// Quiet time before re-probing a silent hop that has answers after it (0: none): a
  /// drained Linux router can send time-exceeded again after a second.
  std::chrono::milliseconds reprobe_pause{1050};
  /// traceroute's --mtu (the classic name): one probe at a time, starting at packet_size
  /// (Don't Fragment is the network's, socket_options::dont_fragment). An answer that names
  /// a smaller size ("fragmentation needed", "packet too big", a local EMSGSIZE) sends the
  /// same probe again at that size, which every later probe keeps; the probe sent again
  /// carries the size in hop_probe::resized (traceroute's "F=NUM").
  bool step_mtu = false;
};

/// Words for the user when the options are wrong (every rule on their values, paris with
/// TCP included); empty when fine.
[[nodiscard]] std::string validate(const trace_options& o);

/// One trace on the caller's event loop (see probe/session.hpp): start() begins it, each
/// hop goes to `on_hop` as soon as it and all before it are done (in TTL order), each round
/// of report mode to `on_round`, and `on_done` runs once when the trace is over or soon
/// after stop(). result() is the trace from then on.
class trace_session {
 public:
  /// Called once per hop, in TTL order, as soon as the hop and all before it are done.
  using hop_handler = std::function<void(const hop&)>;
  /// Report mode: called after each round with the round number (1-based).
  using round_handler = std::function<void(std::uint64_t)>;
  using done_handler = std::function<void()>;

  /// `net` must outlive the session; the session must outlive its done call.
  trace_session(event_loop& loop, network& net, trace_options opts, std::string target_name,
                ip_address address, hop_handler on_hop, round_handler on_round = {});
  ~trace_session();
  trace_session(const trace_session&) = delete;
  trace_session& operator=(const trace_session&) = delete;

  void start(done_handler on_done);
  /// Ends the trace early (Ctrl-C): hops shown so far stay, the verdict says interrupted.
  void stop();
  [[nodiscard]] bool done() const noexcept;
  [[nodiscard]] const trace_result& result() const noexcept;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

/// The convenience: a trace_session on a loop of its own, run to its end (to stop it early,
/// run a trace_session on your own loop).
class tracer {
 public:
  using hop_handler = trace_session::hop_handler;
  using round_handler = trace_session::round_handler;

  /// Throws std::invalid_argument with validate()'s words when the options are wrong.
  tracer(network& net, trace_options opts);
  trace_result run(const std::string& target_name, const ip_address& address,
                   const hop_handler& on_hop, const round_handler& on_round = {});

 private:
  network& net_;
  trace_options opts_;
};

}  // namespace nettrio
