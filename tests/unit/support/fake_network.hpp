#pragma once
// A scenario-driven fake network for unit tests, in the style of trippy's simulator: a
// topology of hosts, each behind a path of routers (one per TTL), that answers probes the
// way real routers and hosts do, through the event loop, after a simulated RTT. It sends
// nothing anywhere. Every probe is recorded so tests can check TTLs, ports, sequences and
// pacing.
//
// A probe to host H with TTL t walks H's path: router i (1-based) answers time-exceeded
// when t == i, unless it is set not to, or its reply is lost; a router with an unreachable
// code rejects every probe that reaches it (t >= i); a router that does not forward drops
// probes with t > i (a firewall). Probes with t > path.size() reach the host, which answers
// by its mode: echo reply to echo, port unreachable to UDP, SYN-ACK (or RST) to TCP.

#include <nettrio/probe/event_loop.hpp>
#include <nettrio/probe/network.hpp>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <system_error>
#include <vector>

namespace nettrio::test {

/// Which arrivals at a node (1-based, counted per node) get no answer.
struct loss_pattern {
  int every = 0;           // lose every Nth arrival (N, 2N, ...); 0: none
  std::vector<int> nth{};  // lose exactly these arrivals
  [[nodiscard]] bool drops(int arrival) const noexcept;
};

/// A router that rewrites the source of what it forwards (a NAT), as the quotes of routers
/// past it show it once the NAT has passed their errors back.
enum class nat_mode : std::uint8_t {
  none,
  // Linux conntrack after checksum offload: the quoted source restored, the quoted transport
  // checksum not the one sent (the two incremental updates do not cancel).
  checksum,
  // A NAT that does not translate the quote back: its own address as the quoted source (the
  // checksum consistent with it).
  source,
};

/// One router, at one TTL of a host's path.
struct router {
  std::vector<ip_address> responders{};  // more than one: ECMP; new flows take turns
  std::chrono::microseconds rtt{1000};
  bool sends_time_exceeded = true;            // false: silent router that still forwards (fig. 6)
  bool forwards = true;                       // false: a filter that drops what goes past (fig. 7)
  loss_pattern loss{};                        // time-exceeded replies that never come back (fig. 5)
  std::optional<std::uint8_t> unreachable{};  // ICMP unreachable code: the path ends here (fig. 4)
  // Linux rate-limits ICMP errors per destination (icmp_ratelimit): a burst of 6, then one
  // per second. A unit test is far shorter than a second, so: at most this many; 0 = no limit.
  int icmp_burst = 0;
  // The MTU of the link after this router (0: no limit). A larger probe that must be
  // forwarded (TTL left) gets "fragmentation needed" / "packet too big" naming it (every
  // probe of the fake carries Don't Fragment), or nothing when the router's ICMP is filtered
  // (a PMTU black hole).
  std::uint32_t mtu = 0;
  bool sends_too_big = true;
  nat_mode nat = nat_mode::none;  // what it does to the probes it forwards
  // ECMP members that answer time-exceeded for their own hop but forward nothing (a member
  // of the group that blackholes: the flows hashed onto it die after it).
  std::vector<ip_address> blackholes{};
};

enum class host_mode : std::uint8_t {
  answers,      // echo reply / port unreachable / SYN-ACK
  silent,       // drops everything (fig. 8)
  blocks_echo,  // drops ICMP echo, answers UDP and TCP (a security group without ICMP)
  refuses_tcp,  // TCP gets RST (closed port); echo and UDP as `answers`
};

/// Hostile or broken answers sent besides the genuine one. Forgeries arrive at half the RTT
/// (before the genuine answer); duplicates one millisecond after it.
enum class forgery : std::uint8_t {
  wrong_identifier,          // echo id not ours (another process's ping)
  wrong_sequence,            // a sequence never sent
  wrong_quoted_destination,  // an error quoting a probe to somewhere else
  unprobed_source,           // echo reply from an address never pinged
  spoofed_source,            // echo reply naming our probe, but from another address
  wrong_source_port,         // UDP error quoting another source port
  wrong_destination_port,    // UDP error quoting another destination port
  corrupt_payload,           // echo reply carrying our cookie, its last data byte damaged
  foreign_payload,           // echo reply with a good checksum over data that is not ours
  bad_checksum,              // echo reply whose checksum does not verify
  wrong_quoted_cookie,       // an error quoting our echo probe with data that is not ours
  wrong_quoted_ip_id,        // an error quoting our echo probe with another IPv4 identification
  quoted_ttl_above_sent,     // an error quoting our probe with a TTL above the one we sent
  // Instead of the echo reply, a time exceeded quoting our identifier and sequence with
  // other data: a local user's echo sent with our identifier that expired on the way.
  time_exceeded_foreign_quote,
  duplicate,  // the genuine answer, twice
};

struct host {
  ip_address address{};
  std::vector<router> path{};  // routers at TTL 1..path.size(); the host is at path.size() + 1
  host_mode mode = host_mode::answers;
  std::chrono::microseconds rtt{2000};
  loss_pattern loss{};            // arrivals at the host that get no answer
  std::vector<forgery> extras{};  // sent with every answer about this host's probes
  bool genuine = true;            // false: only the extras come back
  std::error_code send_error{};   // the local stack refuses to send to this host
  int reply_ttl = 57;
  int icmp_burst = 0;  // as router::icmp_burst, for its port unreachables (not echo replies)
  // The local MTU towards this host (0: no limit): a larger probe fails to send with
  // EMSGSIZE, and local_mtu() says it.
  std::uint32_t local_mtu = 0;
  // What local_next_hops() says of this host (the local routing table's next hops towards
  // it; nullopt: the kernel did not say).
  std::optional<int> local_next_hops{};
  // Errors carry the quoted source address and transport checksum, as a raw socket reads
  // them (NAT detection); off, they carry what the error queue gives.
  bool raw_quotes = false;
};

struct sent_probe {
  probe p;
  wall_time sent_at{};
  std::chrono::steady_clock::time_point sent_steady{};
};

class fake_network final : public network {
 public:
  static constexpr std::uint16_t echo_id = 0x4e54;
  static constexpr std::uint16_t udp_port = 40001;
  /// The source address of our probes (what quotes show when nothing rewrote them).
  [[nodiscard]] static ip_address local_address(ip_family family);

  explicit fake_network(std::vector<host> hosts = {});
  ~fake_network() override;

  void add_host(host h);

  void start(event_loop& loop, reply_handler on_reply) override;
  void stop() noexcept override;
  std::error_code send(const probe& p, wall_time& sent_at) override;
  void cancel(std::uint64_t token) noexcept override;
  [[nodiscard]] local_identity identity(ip_family family) const noexcept override;
  [[nodiscard]] std::optional<std::uint32_t> local_mtu(const ip_address& destination) override;
  [[nodiscard]] std::optional<int> local_next_hops(const ip_address& destination) override;

  /// Hands `r` to the engine after `delay`, as if it had just come in.
  void inject(reply r, std::chrono::microseconds delay = {});

  /// Every probe sent, in order.
  [[nodiscard]] const std::vector<sent_probe>& sent() const noexcept { return sent_; }
  [[nodiscard]] std::vector<sent_probe> sent_to(const ip_address& a) const;
  [[nodiscard]] const std::vector<std::uint64_t>& cancelled() const noexcept { return cancelled_; }
  [[nodiscard]] std::size_t delivered() const noexcept { return delivered_; }

  /// The genuine answers, as a real network would decode them.
  [[nodiscard]] reply echo_reply_for(const sent_probe& s, std::chrono::microseconds rtt) const;
  [[nodiscard]] reply error_for(const sent_probe& s, const ip_address& from, std::uint8_t type,
                                std::uint8_t code, std::chrono::microseconds rtt) const;
  [[nodiscard]] reply time_exceeded_for(const sent_probe& s, const ip_address& from,
                                        std::chrono::microseconds rtt) const;
  [[nodiscard]] reply unreachable_for(const sent_probe& s, const ip_address& from,
                                      std::uint8_t code, std::chrono::microseconds rtt) const;

 private:
  struct host_state {
    host spec;
    std::vector<int> router_arrivals;
    std::vector<int> router_errors_sent;
    std::vector<std::vector<std::size_t>> router_flows;  // flows in order of first appearance
    int arrivals = 0;
    int errors_sent = 0;
  };

  void answer(const host_state& h, const reply& genuine, std::chrono::microseconds rtt);
  void deliver_later(reply r, std::chrono::microseconds delay);

  std::vector<host_state> hosts_;
  event_loop* loop_ = nullptr;
  reply_handler on_reply_;
  bool running_ = false;
  std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
  std::vector<sent_probe> sent_;
  std::vector<std::uint64_t> cancelled_;
  std::size_t delivered_ = 0;
};

/// The size of a probe on the wire: IP header, ICMP or UDP header (TCP: 20), payload.
[[nodiscard]] std::uint32_t wire_size(const probe& p);

/// Convenience: `n` routers 10.0.<i>.1 (or 2001:db8:<i>::1), each with `rtt`.
[[nodiscard]] std::vector<router> chain(int n, ip_family family = ip_family::v4,
                                        std::chrono::microseconds rtt = std::chrono::microseconds{
                                            1000});
/// Parses a literal address; fails the test setup loudly on a typo.
[[nodiscard]] ip_address addr(const char* text);

}  // namespace nettrio::test
