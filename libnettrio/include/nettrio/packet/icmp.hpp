#pragma once
// ICMP (RFC 792) and ICMPv6 (RFC 4443) messages as values.
//
// Echo request / reply:
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |     Type      |     Code      |          Checksum             |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |           Identifier          |        Sequence Number        |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |     Data ...
//
// Errors (destination unreachable, time exceeded) carry, after the 8-byte header, the
// start of the datagram that caused them ("quoted" packet): its IP header plus at least
// 8 bytes (RFC 792), usually as much as fits in 576/1280 bytes (RFC 1812, RFC 4443).
// RFC 4884 puts a length (in 32-bit words) of that quote in byte 5 (IPv4) / byte 4 (IPv6)
// and may append an extension structure (RFC 4950 MPLS label stacks) after it.

#include <nettrio/address.hpp>
#include <nettrio/packet/bytes.hpp>

#include <optional>
#include <vector>

namespace nettrio::packet {

namespace icmp4 {
inline constexpr std::uint8_t echo_reply = 0;
inline constexpr std::uint8_t dest_unreachable = 3;
inline constexpr std::uint8_t echo_request = 8;
inline constexpr std::uint8_t time_exceeded = 11;
inline constexpr std::uint8_t parameter_problem = 12;
}  // namespace icmp4

namespace icmp6 {
inline constexpr std::uint8_t dest_unreachable = 1;
inline constexpr std::uint8_t packet_too_big = 2;
inline constexpr std::uint8_t time_exceeded = 3;
inline constexpr std::uint8_t parameter_problem = 4;
inline constexpr std::uint8_t echo_request = 128;
inline constexpr std::uint8_t echo_reply = 129;
}  // namespace icmp6

struct icmp_header {
  static constexpr std::size_t size = 8;
  std::uint8_t type = 0;
  std::uint8_t code = 0;
  std::uint16_t checksum = 0;
  std::uint16_t identifier = 0;  // echo only; bytes 4-5 otherwise
  std::uint16_t sequence = 0;    // echo only; bytes 6-7 otherwise

  [[nodiscard]] static std::optional<icmp_header> parse(bytes_view b) noexcept;
  void encode(mutable_bytes out) const noexcept;  // out.size() >= 8
};

/// Builds an echo request. For IPv4 the checksum is filled in; for IPv6 it is left 0,
/// because the kernel computes ICMPv6 checksums over the pseudo-header (RFC 3542 3.1).
[[nodiscard]] std::vector<std::byte> make_echo_request(ip_family family, std::uint16_t id,
                                                       std::uint16_t seq, bytes_view payload);

/// What matters of the packet an ICMP error quotes: enough to find the probe it answers.
struct quoted_probe {
  ip_address source;
  ip_address destination;
  std::uint8_t protocol = 0;   // ip_proto_* value
  std::uint8_t ttl = 0;        // TTL/hop limit as the erroring router saw it (often 1)
  std::uint16_t src_port = 0;  // UDP/TCP
  std::uint16_t dst_port = 0;  // UDP/TCP
  std::uint16_t icmp_id = 0;   // quoted echo request
  std::uint16_t icmp_seq = 0;  // quoted echo request
  std::uint32_t tcp_seq = 0;
  std::uint8_t icmp_type = 0;         // type of a quoted ICMP message
  bool has_transport = false;         // the first 8 transport bytes were present
  std::uint16_t udp_data_prefix = 0;  // first two bytes of quoted UDP data (nettrio's sequence)
  bool has_udp_data = false;          // the router quoted past the 8-byte UDP header
  // The quoted transport checksum (UDP, ICMP; TCP when the quote reaches it): a NAT that
  // rewrites the source may leave it changed (Dublin traceroute's NAT detection).
  std::uint16_t checksum = 0;
  bool has_checksum = false;
};

/// Decodes the quoted IP datagram (from the byte after the 8-byte ICMP header).
[[nodiscard]] std::optional<quoted_probe> parse_quoted(ip_family family, bytes_view quote) noexcept;

/// The data an ICMP error `msg` (from its type byte) quotes of an echo request: the bytes
/// after the quoted IP header and 8-byte ICMP header, up to where the original datagram
/// ends as RFC 4884 bounds it (its length field, or 128 bytes when an extension follows a
/// quote without one), so padding and extensions are never taken for data. Empty when the
/// quote stops at or before the ICMP header (RFC 792 promises no more).
[[nodiscard]] bytes_view quoted_echo_data(ip_family family, bytes_view msg);

/// One MPLS label stack entry (RFC 4950 section 7, RFC 3032).
struct mpls_label {
  std::uint32_t label = 0;  // 20 bits
  std::uint8_t exp = 0;     // 3 bits (traffic class)
  bool bottom_of_stack = false;
  std::uint8_t ttl = 0;
  friend bool operator==(const mpls_label&, const mpls_label&) = default;
};

/// Walks an RFC 4884 extension structure appended to an ICMP error and returns the MPLS
/// label stack objects (class 1, c-type 1). Malformed, looping or oversized objects end the
/// walk; the result is whatever was valid before them. `icmp_message` starts at the ICMP type.
[[nodiscard]] std::vector<mpls_label> parse_mpls_extensions(ip_family family,
                                                            bytes_view icmp_message) noexcept;

}  // namespace nettrio::packet
