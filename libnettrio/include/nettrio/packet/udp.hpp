#pragma once
// UDP header (RFC 768).
//
//  0      7 8     15 16    23 24    31
// +--------+--------+--------+--------+
// |     Source      |   Destination   |
// |      Port       |      Port       |
// +--------+--------+--------+--------+
// |     Length      |    Checksum     |
// +--------+--------+--------+--------+

#include <nettrio/packet/bytes.hpp>

#include <optional>

namespace nettrio::packet {

struct udp_header {
  static constexpr std::size_t size = 8;
  std::uint16_t source_port = 0;
  std::uint16_t destination_port = 0;
  std::uint16_t length = 0;
  std::uint16_t checksum = 0;

  [[nodiscard]] static std::optional<udp_header> parse(bytes_view b) noexcept;
  void encode(mutable_bytes out) const noexcept;
};

}  // namespace nettrio::packet
