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

#include <nettrio/trace/hop.hpp>

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>
#include <string>

namespace nettrio {

class network;

struct trace_options {
  trace_method method = trace_method::udp;
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
};

/// Words for the user when the options are wrong; empty when fine.
[[nodiscard]] std::string validate(const trace_options& o);

class tracer {
 public:
  /// Called once per hop, in TTL order, as soon as the hop and all before it are done.
  using hop_handler = std::function<void(const hop&)>;
  /// Report mode: called after each round with the round number (1-based).
  using round_handler = std::function<void(std::uint64_t)>;

  tracer(network& net, trace_options opts);
  trace_result run(const std::string& target_name, const ip_address& address,
                   const hop_handler& on_hop, const round_handler& on_round = {});
  void request_stop() noexcept;

 private:
  network& net_;
  trace_options opts_;
  std::atomic<bool> stop_{false};
};

}  // namespace nettrio
