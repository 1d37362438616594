#pragma once
// The seam under the engine. A network sends probes and hands back replies, saying what
// each socket says; it does not match them to probes (the engine and its probe methods do).
// The real one (socket_network) uses raw, datagram and errqueue sockets; tests put a fake
// one underneath to replay scenarios.

#include <nettrio/probe/probe.hpp>

#include <functional>
#include <optional>
#include <span>
#include <system_error>

namespace nettrio {

class event_loop;

/// Who our probes are on the wire, per address family: the identity fields the network (or
/// the kernel, for datagram sockets) puts on every probe, which an answer must carry back.
struct local_identity {
  std::uint16_t echo_identifier = 0;  // ICMP echo identifier (datagram sockets: the kernel's)
  std::uint16_t udp_source_port = 0;  // fixed source port of UDP probes; 0 when none is open
  friend bool operator==(const local_identity&, const local_identity&) = default;
};

class network {
 public:
  using reply_handler = std::function<void(reply&&)>;

  virtual ~network() = default;

  /// Starts delivering replies to `on_reply`, always from inside `loop`.
  virtual void start(event_loop& loop, reply_handler on_reply) = 0;
  virtual void stop() noexcept = 0;

  /// Puts one probe on the wire. `sent_at` is set just before the send (wall clock).
  /// A failure is data (send_failed), not an exception.
  virtual std::error_code send(const probe& p, wall_time& sent_at) = 0;

  /// Puts many probes on the wire at once (sweeps). The default sends them one by one;
  /// the socket network spreads large batches over two cores.
  virtual void send_batch(std::span<const probe> probes, std::span<wall_time> sent_at,
                          std::span<std::error_code> errors) {
    for (std::size_t i = 0; i < probes.size(); ++i) errors[i] = send(probes[i], sent_at[i]);
  }

  /// Delivers at once the replies already queued (the socket network reads its sockets);
  /// the default has nothing queued.
  virtual void poll() {}

  /// The engine gave up on a probe (timeout): release what the network holds for it.
  virtual void cancel(std::uint64_t /*token*/) noexcept {}

  /// The identity fields of our probes of `family` (fixed once the network is constructed).
  [[nodiscard]] virtual local_identity identity(ip_family family) const noexcept = 0;

  /// The largest packet (IP header included) the local stack sends towards `destination`
  /// with Don't Fragment: what a too large probe's EMSGSIZE names. nullopt when unknown.
  [[nodiscard]] virtual std::optional<std::uint32_t> local_mtu(const ip_address& /*destination*/) {
    return std::nullopt;
  }

  /// How many next hops the local routing table has towards `destination`: 1 when every
  /// probe leaves through one next hop (a route with one gateway, or on link), N for a
  /// multipath route of N. nullopt when unknown (trace --mda then probes the first hop with
  /// the full stopping rule).
  [[nodiscard]] virtual std::optional<int> local_next_hops(const ip_address& /*destination*/) {
    return std::nullopt;
  }

  // Shorthands for identity(family).<field>, for the clients that read one field.
  [[nodiscard]] std::uint16_t echo_identifier(ip_family family) const noexcept {
    return identity(family).echo_identifier;
  }
  [[nodiscard]] std::uint16_t udp_source_port(ip_family family) const noexcept {
    return identity(family).udp_source_port;
  }
};

}  // namespace nettrio
