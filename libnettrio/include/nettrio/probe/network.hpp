#pragma once
// The seam under the engine. A network sends probes and hands back replies; it does not
// match them. The real one (socket_network) uses raw, datagram and errqueue sockets; tests
// put a fake one underneath to replay scenarios.

#include <nettrio/probe/probe.hpp>

#include <functional>
#include <span>
#include <system_error>

namespace nettrio {

class event_loop;

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

  /// The engine gave up on a probe (timeout): release what the network holds for it.
  virtual void cancel(std::uint64_t /*token*/) noexcept {}

  /// The ICMP echo identifier replies will carry (datagram sockets: chosen by the kernel).
  [[nodiscard]] virtual std::uint16_t echo_identifier(ip_family family) const noexcept = 0;
  /// The fixed UDP source port of UDP probes.
  [[nodiscard]] virtual std::uint16_t udp_source_port(ip_family family) const noexcept = 0;
};

}  // namespace nettrio
