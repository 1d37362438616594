#pragma once
// A simulated path, as read from a scenario file (JSON). See docs/testing.md for the format.
//
//   {
//     "seed": 7,
//     "hops": [ { "addresses": ["198.18.1.1", "2001:db8:1::1"], "rtt_ms": 50,
//                 "loss": {"nth": 3}, "rate_limit": {"burst": 6, "per_second": 1},
//                 "mpls": [{"label": 24001, "exp": 0, "ttl": 1}],
//                 "mtu": 1400, "mtu_signal": false,
//                 "forward_loss": {"198.18.2.3": 1.0}, "nat": {"restore": false} }, ... ],
//     "destination": { "rtt_ms": 400, "echo": "reply", "udp": "port_unreachable",
//                      "tcp": "rst" },
//     "hostile": { "forge": ["bad_checksum", "truncate"], "real": true, "duplicates": 1 }
//   }
//
// hops[k] answers probes whose TTL is k + 1 with time-exceeded; a probe whose TTL reaches
// past the last hop arrives at the destination (the address it was sent to).

#include <nettrio/address.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nettrio::sim {

/// Which replies get lost: `random` is a probability (seeded PRNG); `nth` N loses the 1st,
/// (N+1)th, (2N+1)th... reply of that responder, like iptables' statistic --mode nth
/// (counted per address family, as are rate limits).
struct loss_spec {
  double random = 0;
  std::uint64_t nth = 0;
};

/// A token bucket per responder, like Linux' icmp_ratelimit: `burst` messages at once,
/// then `per_second` (Linux: burst 6, then 1/s per destination).
struct rate_limit_spec {
  double burst = 6;
  double per_second = 1;
};

struct mpls_entry {
  std::uint32_t label = 0;  // 20 bits
  std::uint8_t exp = 0;     // 3 bits
  std::uint8_t ttl = 1;
};

struct hop_spec {
  std::vector<ip_address> addresses;  // ECMP: one chosen per flow among those of a family
  std::chrono::microseconds rtt{0};
  bool silent = false;
  loss_spec loss;
  std::optional<rate_limit_spec> rate_limit;
  std::vector<mpls_entry> mpls;  // RFC 4950 label stack on time-exceeded
  int return_extra = 0;          // hops the way back is longer than the way out (reply TTL)
  // The MTU of the link after this hop (0: none). A larger packet it must forward (IPv4:
  // with Don't Fragment) gets "fragmentation needed" / "packet too big" naming it, or
  // vanishes when `mtu_signal` is false (a PMTU black hole).
  std::uint32_t mtu = 0;
  bool mtu_signal = true;
  // ECMP member -> probability that a probe it forwards is lost (1: a member that blackholes
  // every flow hashed onto it). Its own time-exceeded still comes back.
  std::vector<std::pair<ip_address, double>> forward_loss;
  // A NAT: the member a flow takes rewrites the probe's source to its own address. Quotes
  // from past it show that address (restore false: the NAT does not translate quotes back),
  // or our address with the checksum left as the NAT made it (restore true).
  std::optional<bool> nat_restore;
};

enum class echo_behaviour : std::uint8_t { reply, silent };
enum class udp_behaviour : std::uint8_t { port_unreachable, silent };
enum class tcp_behaviour : std::uint8_t { rst, synack, silent };

struct destination_spec {
  std::optional<int> hop;  // TTL at which probes arrive; default hops.size() + 1
  std::chrono::microseconds rtt{0};
  echo_behaviour echo = echo_behaviour::reply;
  udp_behaviour udp = udp_behaviour::port_unreachable;
  tcp_behaviour tcp = tcp_behaviour::rst;
  loss_spec loss;
  std::optional<rate_limit_spec> rate_limit;
};

/// Forged packets sent just before each reply (or instead of it, with "real": false).
enum class forgery : std::uint8_t {
  bad_checksum,     // the reply with a wrong ICMP/TCP checksum
  truncate,         // the reply cut to every length from 0 up (checksum fixed)
  other_flow,       // quoting/echoing another flow of ours: other ports or sequence
  other_process,    // quoting/echoing another process: other ICMP id or UDP/TCP source port
  spoof_id,         // a wrong echo identifier (echo reply and quoted echo)
  spoof_seq,        // a wrong sequence (echo: the previous one; quotes: one never sent)
  unprobed_source,  // an echo reply / TCP answer from an address that was never probed
  never_sent,       // time-exceeded quoting a packet that was never sent
};

/// Hostile RFC 4884 extension structures, put on every time-exceeded in scope.
enum class extension_abuse : std::uint8_t {
  none,
  zero_length,   // an object of length 0 (a naive walk loops forever), then a valid one
  overlong,      // an object whose length runs past the end of the packet
  many_objects,  // 1000 empty objects (4 KB)
  huge_stack,    // one MPLS object with 900 label entries (3.6 KB)
  bad_checksum,  // a valid MPLS object under a wrong extension checksum
  short_quote,   // the RFC 4884 length says 32 bytes (< 128, not allowed)
};

enum class hostile_scope : std::uint8_t { all, hops, destination };

struct hostile_spec {
  std::vector<forgery> forge;
  bool real = true;    // also send the genuine reply (after the forged ones)
  int duplicates = 0;  // extra identical copies of each genuine reply
  std::chrono::microseconds duplicate_gap{1000};
  int reorder_every = 0;                       // every Nth genuine reply is held back...
  std::chrono::microseconds reorder_delay{0};  // ...this much longer
  extension_abuse extensions = extension_abuse::none;
  hostile_scope scope = hostile_scope::all;
  std::size_t truncate_max = 0;  // truncate: longest cut; 0 = up to the full length - 1
};

struct scenario {
  std::uint64_t seed = 1;
  std::vector<hop_spec> hops;
  destination_spec destination;
  hostile_spec hostile;
  // Sources for unprobed_source and destinations for never_sent: nothing probes these.
  ip_address unprobed4 = *ip_address::parse("198.18.99.99");
  ip_address unprobed6 = *ip_address::parse("2001:db8:99::99");

  [[nodiscard]] int destination_hop() const noexcept {
    return destination.hop.value_or(static_cast<int>(hops.size()) + 1);
  }
};

/// Reads and checks a scenario file. Throws std::runtime_error naming the file and the
/// offending key (unknown keys are errors: a typo must not silently change a test).
[[nodiscard]] scenario load_scenario(const std::string& path);

}  // namespace nettrio::sim
