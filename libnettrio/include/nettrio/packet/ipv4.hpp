#pragma once
// IPv4 header (RFC 791, section 3.1) as a value: parse from bytes, encode to bytes.
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |Version|  IHL  |Type of Service|          Total Length         |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |         Identification        |Flags|      Fragment Offset    |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |  Time to Live |    Protocol   |         Header Checksum       |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                       Source Address                          |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                    Destination Address                        |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                    Options                    |    Padding    |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+

#include <nettrio/address.hpp>
#include <nettrio/packet/bytes.hpp>

#include <optional>

namespace nettrio::packet {

inline constexpr std::uint8_t ip_proto_icmp = 1;
inline constexpr std::uint8_t ip_proto_tcp = 6;
inline constexpr std::uint8_t ip_proto_udp = 17;
inline constexpr std::uint8_t ip_proto_icmpv6 = 58;

struct ipv4_header {
  static constexpr std::size_t min_size = 20;
  static constexpr std::uint16_t dont_fragment = 0x4000;  // the DF bit of flags_fragment

  std::uint8_t header_length = 20;  // bytes (IHL * 4)
  std::uint8_t tos = 0;
  std::uint16_t total_length = 0;
  std::uint16_t identification = 0;
  std::uint16_t flags_fragment = 0;  // flags (3 bits: reserved, DF, MF), fragment offset (13)
  std::uint8_t ttl = 0;
  std::uint8_t protocol = 0;
  std::uint16_t checksum = 0;
  ip_address source;
  ip_address destination;

  /// Decodes the fixed header. Empty when short, not version 4, or IHL < 5 or past the span.
  /// `total_length` is not required to fit: ICMP errors quote truncated datagrams.
  [[nodiscard]] static std::optional<ipv4_header> parse(bytes_view b) noexcept;

  /// Writes the fixed 20-byte header (out.size() >= 20; options are not written, so IHL is
  /// 5 whatever `header_length` says). The checksum field is written as it is; a caller that
  /// wants it filled calls fill_checksum() after. A raw socket with IP_HDRINCL fills a 0
  /// checksum, a 0 source and a 0 total length itself (raw_send_hdrinc).
  void encode(mutable_bytes out) const noexcept;

  /// Computes and stores the checksum of the 20-byte header `out` (RFC 791: one's complement
  /// of the one's complement sum of the header's 16-bit words, with the field taken as 0).
  static void fill_checksum(mutable_bytes out) noexcept;
};

}  // namespace nettrio::packet
