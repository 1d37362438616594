#pragma once
// trace --mtu: the path MTU, hop by hop, as tracepath shows it, and PMTU black holes.
//
// After the trace, probes with Don't Fragment (IP_PMTUDISC_PROBE: the kernel's cached path
// MTU is ignored) go to the trace's last hop, starting at the local MTU:
//  - "fragmentation needed" (IPv4 type 3 code 4) / "packet too big" (ICMPv6 type 2) names
//    the next-hop MTU: the next probe has that size, and the sender's hop is where the MTU
//    drops (the quoted TTL places it, or its address among the trace's hops);
//  - a local EMSGSIZE names the local MTU (network::local_mtu);
//  - silence, while a small probe sent right after it is answered, means the large one was
//    dropped without a word: a black hole. The size is then searched (binary search between
//    the largest size that passed and the smallest dropped) so the MTU reported is exact,
//    and probes of the dropped size at every TTL find the last hop they reach.
// Routers rate-limit ICMP errors (Linux: a burst of 6, then 1/s), so a silence is never
// read from one probe: the first one is re-sent after a refill pause, and every one is
// checked by a small probe; where the answers are rate-limited (UDP port unreachable,
// time-exceeded), each is re-sent after a refill pause. A path that loses the small probes
// too gives no MTU at all rather than a wrong one.

#include <nettrio/trace/hop.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace nettrio {

class network;
class event_loop;

struct pmtu_options {
  probe_protocol method = probe_protocol::udp;  // udp or icmp_echo (a TCP SYN has no size)
  std::uint16_t port = 33434;                   // UDP: the destination port of every probe
  std::size_t small_size = 60;                  // a size known to pass (the trace's packets)
  /// The first size; nullopt: network::local_mtu(), or 1500 when the network cannot say.
  std::optional<std::uint32_t> start_size{};
  std::chrono::milliseconds min_wait{250};   // a probe's wait: 4x the slowest RTT of the trace
  std::chrono::milliseconds max_wait{5000};  // within these bounds
  /// Quiet time before a silent probe is sent again: a drained Linux router can answer
  /// again after a second (icmp_ratelimit).
  std::chrono::milliseconds refill_pause{1050};
};

/// A router that answered "fragmentation needed" / "packet too big": packets over `mtu`
/// do not pass the link after hop `ttl` (0 when the hop is not known).
struct pmtu_change {
  int ttl = 0;
  ip_address from{};
  std::uint32_t mtu = 0;
};

struct pmtu_result {
  std::uint32_t local_mtu = 0;              // the first size: what leaves this host
  std::optional<std::uint32_t> path_mtu{};  // nullopt: not found (nothing answered, lossy path)
  std::vector<pmtu_change> changes{};       // in path order
  /// A black hole: packets larger than path_mtu vanish after this hop with no signal.
  std::optional<int> black_hole_after{};
  std::uint32_t smallest_dropped = 0;  // with a black hole: the smallest size that vanished
  std::uint64_t probes_sent = 0;
};

/// Words for the user when the options are wrong; empty when fine.
[[nodiscard]] std::string validate(const pmtu_options& o);

/// The path MTU measurement on the caller's loop, over the hops a finished trace found
/// (`trace` is copied). start() begins it; `on_done` runs once when it is over or soon
/// after stop().
class pmtu_session {
 public:
  using done_handler = std::function<void()>;

  pmtu_session(event_loop& loop, network& net, pmtu_options opts, const trace_result& trace);
  ~pmtu_session();
  pmtu_session(const pmtu_session&) = delete;
  pmtu_session& operator=(const pmtu_session&) = delete;

  void start(done_handler on_done);
  void stop();
  [[nodiscard]] const pmtu_result& result() const noexcept;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

/// The convenience: a pmtu_session on a loop of its own, run to its end.
[[nodiscard]] pmtu_result measure_pmtu(network& net, const pmtu_options& opts,
                                       const trace_result& trace);

/// Puts a measurement into the trace: `pmtu` per hop, `path_mtu`, and a pmtu_black_hole
/// verdict (with the hop and the MTU) when packets vanish without a signal.
void apply_pmtu(trace_result& trace, const pmtu_result& p);

}  // namespace nettrio
