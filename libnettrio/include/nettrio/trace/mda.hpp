#pragma once
// trace --mda: every interface at each TTL, with the Multipath Detection Algorithm's stopping
// rule (Veitch et al., "Failure control in multipath route tracing", INFOCOM 2009; scamper's
// tracelb), and the loss of each path it found.
//
// Flows: a load balancer that hashes the 5-tuple keeps each flow on one path, and one that
// hashes the first transport bytes (ICMP: type, code, checksum) too. UDP probes go from the
// network's one source port; the flow is the destination port (base + flow id), and the
// sequence rides in the payload. TCP (-T): the flow is the source port (a random base + flow
// id), the destination port fixed (80 or -p). ICMP (-I): the flow is the echo checksum,
// held at the flow id whatever the sequence by the payload's last word (Paris traceroute,
// one checksum per flow). Every probe of a flow is the same flow at every TTL.
//
// Stopping rule: after n interfaces were seen at a TTL, k(n) probes of distinct flows are
// needed before ruling out an (n+1)-th with the confidence asked (k is the smallest number
// whose chance of missing one of n+1 equally likely next hops is at most 1 - confidence).
// As in MDA-Lite (Vermeulen et al., IMC 2018) the rule is applied per TTL, with flows that
// are already known at the TTL before spread evenly over its interfaces, so each flow also
// gives a link; where the interfaces of the TTL before lead to different numbers of next
// hops (a non-uniform diamond) it falls back to the per-interface rule of the full MDA.
//
// TTL 1: when the local routing table has one next hop towards the target
// (network::local_next_hops), every flow meets one router there and one answer settles it;
// a multipath route, or a table that does not say, keeps the full rule.
//
// Rate limits: Linux routers send ICMP errors per source with a burst of 6 and then 1/s
// (icmp_ratelimit). Probes of a TTL go out in waves that overdraw no router's bucket with a
// chance above 2 % (mda_safe_wave); a silence where others answered reads the routers there
// as drained, and the silent flow is probed again a refill later before the TTL is done (a
// drained router would otherwise hide behind the answers of the others). Only flows that
// stay silent through it, while others through the same hop go on, are read as a path that
// loses packets.

#include <nettrio/trace/tracer.hpp>

#include <functional>
#include <memory>
#include <span>
#include <string>

namespace nettrio {

class network;
class event_loop;

struct mda_options {
  trace_options trace;  // method (UDP, -I, -T), first TTL, max hops, port, waits; -c
  int confidence = 95;  // 95 or 99
};

/// Words for the user when the options are wrong; empty when fine.
[[nodiscard]] std::string validate(const mda_options& o);

/// k(n): how many probes of distinct flows through a point with `n` next hops seen rule out
/// an (n+1)-th at `confidence` percent (95: 6, 11, 16, 21, 27, ... for n = 1, 2, 3, ...).
/// n is taken as at least 1; confidence is 95 or 99 (another value is read as 95).
[[nodiscard]] int mda_probes_needed(int n, int confidence) noexcept;

/// The largest wave of probes of fresh flows that overdraws no router's ICMP bucket with a
/// chance above 2 %, when each probe goes to one of the routers with equal chance and router
/// i has cap[i] whole tokens left (0 when some router has none and there are several).
[[nodiscard]] int mda_safe_wave(std::span<const int> cap);

/// One multipath trace on the caller's event loop, shaped like trace_session: each TTL goes
/// to `on_hop` once every interface there is found (a `hop` with one probe per interface,
/// plus a '*' when some flows were silent); result() has the whole trace with `mda` set.
class mda_session {
 public:
  using hop_handler = std::function<void(const hop&)>;
  using done_handler = std::function<void()>;

  /// `net` must outlive the session. Throws std::invalid_argument when the options are wrong.
  mda_session(event_loop& loop, network& net, mda_options opts, std::string target_name,
              ip_address address, hop_handler on_hop);
  ~mda_session();
  mda_session(const mda_session&) = delete;
  mda_session& operator=(const mda_session&) = delete;

  void start(done_handler on_done);
  void stop();
  [[nodiscard]] bool done() const noexcept;
  [[nodiscard]] const trace_result& result() const noexcept;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace nettrio
