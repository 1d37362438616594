#pragma once
// Decoding what the sockets return into a `reply`, apart from receiving it: pure functions
// over bytes, so they are unit-tested on byte fixtures (tests/unit/probe/test_decode.cpp)
// and fuzzed (tests/fuzz/fuzz_packet.cpp) exactly as socket_network runs them.
//  - decode_raw_icmp: a raw ICMP socket's datagram (privileged: echo and every error);
//  - decode_dgram_icmp: an ICMP datagram ("ping") socket's datagram (echo replies);
//  - decode_errqueue: one message of a socket's error queue (IP_RECVERR/IPV6_RECVERR);
//  - decode_raw_tcp: a raw TCP socket's copy of a SYN-ACK or RST (the TCP probes' receive
//    time, tcp_sockets).

#include <nettrio/packet/bytes.hpp>
#include <nettrio/probe/probe.hpp>

#include <cstdint>
#include <optional>

namespace nettrio {

/// What the receiving socket knows about our probes.
struct raw_icmp_context {
  ip_family family = ip_family::v4;
  std::uint16_t echo_id = 0;   // our echo identifier: echo replies with another are dropped
  bool udp_via_raw = false;    // UDP probes are answered here (privileged), not the error queue
  std::uint16_t udp_port = 0;  // our UDP source port
  // IPv4: our socket writes the identification of echo probes (IP_HDRINCL), so errors
  // quote it back (reply::quoted_ip_id); not with IPv4 options (ping -R), the kernel's.
  bool writes_ip_id = true;
};

/// Decodes one datagram of a raw ICMP socket (IPv4: IP header + ICMP message; IPv6: the
/// ICMPv6 message, `ttl` from IPV6_HOPLIMIT). Returns what it says about a probe of ours,
/// or nullopt for anything else: another process's echo reply, an error quoting a probe we
/// cannot have sent, malformed or short bytes, an error with a bad checksum.
///
/// The caller sets `from` and `received`; for an echo reply `probe_destination` is the
/// sender. For an error about a TCP probe, `protocol`, `src_port` and `dst_port` name it and
/// the caller finds its token.
[[nodiscard]] std::optional<reply> decode_raw_icmp(const raw_icmp_context& ctx,
                                                   packet::bytes_view datagram, int ttl);

/// Decodes one datagram of an ICMP datagram socket: the ICMP message without IP header,
/// already filtered by the kernel to our identifier (`echo_id`, the socket's). Echo replies
/// only; nullopt for anything else or short bytes. The caller sets `from`, `received` and
/// `probe_destination` (the sender).
[[nodiscard]] std::optional<reply> decode_dgram_icmp(ip_family family, std::uint16_t echo_id,
                                                     packet::bytes_view message, int ttl);

/// The socket whose error queue is read, and who we are on it.
struct errqueue_context {
  ip_family family = ip_family::v4;
  /// What the socket sends: icmp_echo (a datagram ICMP socket), udp, tcp (a connect()ed
  /// probe socket, whose probe the caller knows), or raw (a raw socket of one protocol).
  probe_protocol protocol = probe_protocol::icmp_echo;
  std::uint16_t echo_id = 0;   // icmp_echo: the socket's identifier
  std::uint16_t udp_port = 0;  // udp: the socket's source port
  bool udp_via_raw = false;    // udp: a raw ICMP socket reads these answers in full instead
};

/// One message of an error queue (recvmsg with MSG_ERRQUEUE), as the bytes the kernel gave.
struct queued_error {
  /// The data of the IP_RECVERR / IPV6_RECVERR control message: a struct sock_extended_err
  /// and, after it, the offender's sockaddr (SO_EE_OFFENDER), as long as cmsg_len says.
  packet::bytes_view recverr;
  /// msg_name, as long as msg_namelen says: where the failed datagram was going.
  packet::bytes_view name;
  /// The queued datagram: the start of what we sent (ICMP header and echo data, or the UDP
  /// payload), as far as the ICMP error quoted it.
  packet::bytes_view data;
};

/// Decodes an error-queue message into the reply it is: an ICMP error (origin ICMP/ICMP6,
/// from the offender) or a local error (origin LOCAL: the stack refused the probe; not for
/// TCP, whose connect() reports it). Nullopt when the message is short or malformed, comes
/// from elsewhere (another origin, no offender), or, for UDP, when the raw socket answers.
/// The caller sets `received`; for TCP also the probe's identity (token, ports).
[[nodiscard]] std::optional<reply> decode_errqueue(const errqueue_context& ctx,
                                                   const queued_error& q);

/// A SYN-ACK or RST as a raw TCP socket copies it: the ports that say which connect probe
/// it answers. The caller takes its sender (msg_name) and kernel receive time.
struct raw_tcp_answer {
  std::uint16_t src_port = 0;  // the port that answered: a probe's destination port
  std::uint16_t dst_port = 0;  // the probe's source port
  std::uint8_t flags = 0;      // the TCP flags byte: RST, or both SYN and ACK
  friend bool operator==(const raw_tcp_answer&, const raw_tcp_answer&) = default;
};

/// Decodes one datagram of a raw TCP socket (IPv4: IP header + TCP segment; IPv6: the
/// segment). Nullopt when short or malformed (an IPv4 header that does not parse or is not
/// TCP, fewer than the 14 bytes up to the flags) or when the segment is neither a RST nor a
/// SYN-ACK: what the socket's kernel filter lets through, read again.
[[nodiscard]] std::optional<raw_tcp_answer> decode_raw_tcp(ip_family family,
                                                           packet::bytes_view datagram) noexcept;

/// Whether `a`, sent by `from`, answers the connect probe from local port `src_port` to
/// `destination` port `dst_port`: the sender is the probe's destination and the ports are the
/// probe's, swapped.
[[nodiscard]] bool answers_tcp_probe(const raw_tcp_answer& a, const ip_address& from,
                                     const ip_address& destination, std::uint16_t src_port,
                                     std::uint16_t dst_port) noexcept;

}  // namespace nettrio
