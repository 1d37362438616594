#pragma once
// IPv6 fixed header (RFC 8200, section 3).
//
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |Version| Traffic Class |           Flow Label                  |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |         Payload Length        |  Next Header  |   Hop Limit   |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                 Source Address (128 bits)                     |
// |                 Destination Address (128 bits)                |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+

#include <nettrio/address.hpp>
#include <nettrio/packet/bytes.hpp>

#include <optional>

namespace nettrio::packet {

struct ipv6_header {
  static constexpr std::size_t size = 40;
  std::uint8_t traffic_class = 0;
  std::uint32_t flow_label = 0;
  std::uint16_t payload_length = 0;
  std::uint8_t next_header = 0;
  std::uint8_t hop_limit = 0;
  ip_address source;
  ip_address destination;

  /// Decodes the fixed header; empty when short or not version 6. Extension headers are
  /// not walked: probes nettrio sends carry none.
  [[nodiscard]] static std::optional<ipv6_header> parse(bytes_view b) noexcept;
};

}  // namespace nettrio::packet
