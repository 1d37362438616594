#pragma once
// Private: a probe method (echo, UDP, TCP) as one unit. A method knows how a probe of its
// protocol is stamped (identity fields and payload), which key finds it again from an
// answer, and whether an answer is true to the probe and what it says. The engine keeps one
// generic path (token, in-flight table, timeouts, duplicates) and asks the method. It also
// knows which of a probe's fields make a flow (stamp_flow, stamp_unpinned, flow_count,
// shares_flow): trace_session (--paris, and traceroute's port per probe) and mda_session
// (a flow per id) number flows and let the method stamp them.
//
// Adding a method that varies one the network already carries (same wire(): a Paris echo,
// another UDP payload layout): a probe_protocol value and its to_string (probe.hpp,
// probe.cpp), a method_<name>.cpp defining the probe_method (with its flow hooks when its
// probes can be held to a flow: --paris, --mda) and its accessor (declared below), and its
// line in method.cpp's table. A new wire protocol (UDP-lite) needs besides
// a socket kind (socket_<name>.cpp, socket_kinds.hpp), its case in socket_network::send,
// its answers in decode.cpp (the quoted protocol; its error queue) and, when answers are
// told ours by a local port, a local_identity field.

#include <nettrio/probe/network.hpp>
#include <nettrio/probe/probe.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace nettrio::detail {

/// What the engine knows besides the probe when it asks a method.
struct method_context {
  std::uint64_t cookie = 0;          // engine_options::payload_cookie: the run's secret
  local_identity me{};               // the network's identity for the answer's family
  std::vector<std::uint8_t> fill{};  // engine_options::fill_pattern
};

/// The ports a run's flows are made from (trace --paris, --mda): what the caller asked (-p)
/// or the method's default_port(), and the first source port when a flow is a source port.
struct flow_ports {
  std::uint16_t port = 0;         // the destination port (UDP: of flow 0; TCP: of every flow)
  std::uint16_t source_base = 0;  // TCP: flow 0's source port
};

/// What a method says about an answer to one of its probes.
struct classification {
  enum class verdict : std::uint8_t {
    accept,   // an answer: report it (status below)
    corrupt,  // ours but damaged: report it flagged corrupt, keep waiting for a good one
    reject,   // not true to the probe: forged, foreign, or another process's
    hold,     // plausible but unconfirmed: keep it until the socket confirms (TCP)
  };
  verdict what = verdict::reject;
  probe_status status = probe_status::timeout;
  bool tcp_open = false;
};

class probe_method {
 public:
  virtual ~probe_method() = default;

  [[nodiscard]] virtual probe_protocol protocol() const noexcept = 0;

  /// The protocol as the wire and the decoders see it, which picks the socket that sends the
  /// probe and the key space its answers are found in. A variant of a method (a Paris echo
  /// with another payload, say) has its own protocol() but the wire() of the one it varies;
  /// answers are then keyed by that one's key_of(reply) and judged by the variant.
  [[nodiscard]] virtual probe_protocol wire() const noexcept { return protocol(); }

  /// The transport header's bytes in front of the payload (UDP, echo: 8; TCP: 20; raw: 0):
  /// a probe of N bytes (IP packet) carries N less the IP header and this.
  [[nodiscard]] virtual std::size_t header_bytes() const noexcept = 0;

  /// Whether the probe's answers say which probe they answer (a sequence, a port, an id).
  /// When not (raw probes: nothing in the packet names the probe), every probe to a
  /// destination has one key and a caller keeps one probe in flight at a time.
  [[nodiscard]] virtual bool tells_probes_apart() const noexcept { return true; }

  /// The IP packet a probe of the method is, whatever size was asked (TCP: a connect() SYN
  /// carries no data, an IP header and a TCP header with Linux's 20 bytes of options: 60
  /// bytes over IPv4, 80 over IPv6); nullopt: the size asked.
  [[nodiscard]] virtual std::optional<std::size_t> sent_size(ip_family /*family*/) const noexcept {
    return std::nullopt;
  }

  /// The destination port when the caller names none (trace -p): UDP 33434 (traceroute's),
  /// TCP 80; 0 when the probe has no port.
  [[nodiscard]] virtual std::uint16_t default_port() const noexcept { return 0; }

  // Flow identity (trace --paris and --mda). A load balancer that hashes the 5-tuple, or
  // the first transport bytes (ICMP: type, code, checksum), keeps each flow on one path;
  // the method says which fields make a flow, and the caller only numbers flows.

  /// How many flows stamp_flow() tells apart from `ports`; 0: the probe carries nothing a
  /// load balancer hashes that the method can vary (--mda refuses it).
  [[nodiscard]] virtual std::uint32_t flow_count(const flow_ports& /*ports*/) const noexcept {
    return 0;
  }

  /// Whether probes in flight at once may be one flow (something else tells them apart:
  /// the sequence). --paris needs it. Not TCP: a probe is a connect(), and two at once from
  /// one source port to one destination port are refused by the kernel.
  [[nodiscard]] virtual bool shares_flow() const noexcept { return true; }

  /// Makes `p` (before stamp()) a probe of flow `flow`, below flow_count(ports): every probe
  /// of a flow is the same flow to a load balancer, at every TTL. Default: nothing to set.
  virtual void stamp_flow(probe& /*p*/, const flow_ports& /*ports*/, std::uint32_t /*flow*/) const {
  }

  /// Makes `p` (before stamp()) the `index`-th probe of a run that keeps no flow, as classic
  /// traceroute sends it (UDP: the destination port goes up by one per probe; TCP: the one
  /// port, the kernel's source port; echo: the sequence changes the checksum anyway).
  /// Default: nothing to set.
  virtual void stamp_unpinned(probe& /*p*/, const flow_ports& /*ports*/,
                              std::uint64_t /*index*/) const {}

  /// Stamps identity and payload on a probe the engine gave a token: `payload`,
  /// `payload_size` and, as the method needs them, `ip_id` and the like. The caller chose
  /// the sequence or destination port.
  virtual void stamp(probe& p, std::size_t payload_size, const method_context& ctx) const = 0;

  /// The bytes a sent probe carried, made again (the engine drops them once sent).
  [[nodiscard]] virtual std::vector<std::byte> payload_of(const probe& p,
                                                          const method_context& ctx) const = 0;

  /// The 16-bit key that, with destination and protocol, finds the probe in flight.
  [[nodiscard]] virtual std::uint16_t key_of(const probe& p) const noexcept = 0;

  /// The key an answer names, or nullopt when it does not carry our identity (then it is
  /// someone else's) or names its probe by token only (the socket is the probe: TCP).
  [[nodiscard]] virtual std::optional<std::uint16_t> key_of(
      const reply& r, const local_identity& me) const noexcept = 0;

  /// Whether `r` answers `sent` and what it says. The engine has already checked that the
  /// answer is about the probe's destination (unless the socket named the probe).
  [[nodiscard]] virtual classification classify(const reply& r, const probe& sent,
                                                const method_context& ctx) const = 0;

  /// A confirmed answer (TCP: an error the kernel matched to the socket) may take the place
  /// of a held one that says the same and carries more (the quote: TTL, MPLS). Default: no.
  virtual void confirm(reply& /*confirmed*/, std::vector<reply>& /*held*/) const {}

  /// What an accepted ICMP error's quote shows changed from what `sent` carried (a NAT on
  /// the way); `checked` false when the quote does not carry what this method compares.
  /// Default: the method cannot tell (quote.cpp has the comparisons).
  [[nodiscard]] virtual quote_changes inspect_quote(const reply& /*r*/, const probe& /*sent*/,
                                                    const method_context& /*ctx*/) const {
    return {};
  }
};

/// The method of a protocol. Every probe_protocol has one.
[[nodiscard]] const probe_method& method_for(probe_protocol p) noexcept;

// The registered methods (method_echo.cpp, method_udp.cpp, method_tcp.cpp, method_raw.cpp).
[[nodiscard]] const probe_method& echo_method() noexcept;
[[nodiscard]] const probe_method& udp_method() noexcept;
[[nodiscard]] const probe_method& tcp_method() noexcept;
[[nodiscard]] const probe_method& raw_method() noexcept;

// Shared by methods: how an ICMP error's type reads for a probe of `family`.
[[nodiscard]] bool is_time_exceeded(ip_family f, std::uint8_t type) noexcept;
[[nodiscard]] bool is_port_unreachable(ip_family f, std::uint8_t type, std::uint8_t code) noexcept;

/// An ICMP error or a local error about a probe, classified the way every method reads it:
/// time exceeded, or unreachable. A router sees a TTL at most the one we sent; a quote
/// that says more is not about our probe.
[[nodiscard]] classification classify_error(const reply& r, const probe& sent);

// NAT detection (quote.cpp): the transport checksum a probe leaves with, complete. A quoted
// checksum is "as sent" when it is that, or (UDP) the pseudo-header sum alone that a sender
// with checksum offload (CHECKSUM_PARTIAL, as on veth) leaves for the device to complete: a
// router on the same host quotes the packet before anyone completed it.
[[nodiscard]] std::uint16_t udp_checksum(const ip_address& source, const probe& sent,
                                         std::uint16_t source_port,
                                         std::span<const std::byte> payload) noexcept;
[[nodiscard]] bool udp_checksum_as_sent(std::uint16_t quoted, const ip_address& source,
                                        const probe& sent, std::uint16_t source_port,
                                        std::span<const std::byte> payload) noexcept;
/// A quoted bare TCP segment (a SYN) whose checksum field holds `quoted`: as sent from
/// `source` to `destination` (complete, or offload's pseudo-header sum).
[[nodiscard]] bool tcp_checksum_as_sent(std::uint16_t quoted, const ip_address& source,
                                        const ip_address& destination,
                                        std::span<const std::byte> segment) noexcept;
/// ICMP echo: `source` is read for ICMPv6 only (its checksum sums a pseudo-header).
[[nodiscard]] std::uint16_t echo_checksum(const ip_address& source, const probe& sent,
                                          std::uint16_t identifier,
                                          std::span<const std::byte> payload) noexcept;

}  // namespace nettrio::detail
