#pragma once
// Big-endian load/store over std::byte spans: the one place wire byte order is handled.

#include <cstddef>
#include <cstdint>
#include <span>

namespace nettrio::packet {

using bytes_view = std::span<const std::byte>;
using mutable_bytes = std::span<std::byte>;

[[nodiscard]] constexpr std::uint8_t load_u8(bytes_view b, std::size_t at) noexcept {
  return static_cast<std::uint8_t>(b[at]);
}
[[nodiscard]] constexpr std::uint16_t load_be16(bytes_view b, std::size_t at) noexcept {
  return static_cast<std::uint16_t>((static_cast<unsigned>(b[at]) << 8) |
                                    static_cast<unsigned>(b[at + 1]));
}
[[nodiscard]] constexpr std::uint32_t load_be32(bytes_view b, std::size_t at) noexcept {
  return (std::uint32_t{load_be16(b, at)} << 16) | load_be16(b, at + 2);
}
constexpr void store_u8(mutable_bytes b, std::size_t at, std::uint8_t v) noexcept {
  b[at] = static_cast<std::byte>(v);
}
constexpr void store_be16(mutable_bytes b, std::size_t at, std::uint16_t v) noexcept {
  b[at] = static_cast<std::byte>(v >> 8);
  b[at + 1] = static_cast<std::byte>(v & 0xff);
}
constexpr void store_be32(mutable_bytes b, std::size_t at, std::uint32_t v) noexcept {
  store_be16(b, at, static_cast<std::uint16_t>(v >> 16));
  store_be16(b, at + 2, static_cast<std::uint16_t>(v & 0xffff));
}

}  // namespace nettrio::packet
