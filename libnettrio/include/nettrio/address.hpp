#pragma once
// An IPv4 or IPv6 address as a plain value: no sockets, no Asio, cheap to copy and hash.

#include <array>
#include <compare>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace nettrio {

enum class ip_family : std::uint8_t { v4 = 4, v6 = 6 };

class ip_address {
 public:
  constexpr ip_address() noexcept = default;

  [[nodiscard]] static ip_address v4(std::uint32_t host_order) noexcept;
  [[nodiscard]] static ip_address v4_bytes(const std::uint8_t* network_order) noexcept;
  [[nodiscard]] static ip_address v6_bytes(const std::uint8_t* network_order) noexcept;
  /// Parses dotted quad or RFC 4291 text (no names, no zone ids).
  [[nodiscard]] static std::optional<ip_address> parse(std::string_view text);

  [[nodiscard]] ip_family family() const noexcept { return family_; }
  [[nodiscard]] bool is_v4() const noexcept { return family_ == ip_family::v4; }
  [[nodiscard]] bool is_v6() const noexcept { return family_ == ip_family::v6; }
  /// IPv4 as a host-order integer (0 for IPv6).
  [[nodiscard]] std::uint32_t to_v4_uint() const noexcept;
  /// Network-order bytes: 4 used for IPv4, 16 for IPv6.
  [[nodiscard]] const std::array<std::uint8_t, 16>& bytes() const noexcept { return bytes_; }
  [[nodiscard]] bool is_loopback() const noexcept;
  [[nodiscard]] bool is_unspecified() const noexcept;
  [[nodiscard]] std::string to_string() const;

  friend auto operator<=>(const ip_address&, const ip_address&) = default;
  friend bool operator==(const ip_address&, const ip_address&) = default;

 private:
  ip_family family_ = ip_family::v4;
  std::array<std::uint8_t, 16> bytes_{};
};

[[nodiscard]] std::size_t hash_value(const ip_address& a) noexcept;

}  // namespace nettrio

template <>
struct std::hash<nettrio::ip_address> {
  std::size_t operator()(const nettrio::ip_address& a) const noexcept {
    return nettrio::hash_value(a);
  }
};
