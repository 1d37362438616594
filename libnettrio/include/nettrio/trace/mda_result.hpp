#pragma once
// What a multipath trace (trace --mda) found beyond the hops: every interface per TTL, the
// links between TTLs, the paths (one per flow class) with their loss, and what it cost.
// Plain values; report/ words them (docs/json.md: interfaces, links, paths, probes_sent,
// confidence).

#include <nettrio/address.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace nettrio {

/// Every interface that answered at one TTL, in the order they were found.
struct mda_hop {
  int ttl = 0;
  std::vector<ip_address> interfaces;
  bool silent_flows = false;  // some flows got no answer at this TTL
  /// Flows that got an answer at this TTL in the search: what the stopping rule counted
  /// (k(n) or more once n interfaces are seen, unless this TTL was settled otherwise: the
  /// destination's, or TTL 1 behind one next hop).
  int flows_answered = 0;
  int probes_sent = 0;  // probes the search sent at this TTL (the rounds' not included)
};

/// `from` answered at ttl - 1 and `to` at `ttl` for one same flow.
struct mda_link {
  int ttl = 0;
  ip_address from;
  ip_address to;
  friend bool operator==(const mda_link&, const mda_link&) = default;
};

/// One path: the interfaces a class of flows crossed, TTL by TTL from the first TTL (empty:
/// no answer at that TTL), and what the probes of those flows at the end of the path got.
struct mda_path {
  std::vector<std::optional<ip_address>> interfaces;
  std::uint64_t flows = 0;     // flows seen taking this path
  std::uint64_t sent = 0;      // probes of these flows at the last TTL (rounds included)
  std::uint64_t received = 0;  // of which answered
  double loss_percent = 0;
  std::optional<double> avg_ms;
};

struct mda_result {
  int confidence = 95;  // percent: the chance that no interface was missed, per hop
  std::uint64_t probes_sent = 0;
  std::uint64_t flows = 0;  // distinct flow identifiers used
  std::vector<mda_hop> hops;
  std::vector<mda_link> links;
  std::vector<mda_path> paths;
  /// Silent flows were probed again after a pause that refills routers' ICMP rate limits.
  bool confirmed = false;
};

}  // namespace nettrio
