#include <nettrio/address.hpp>

#include <arpa/inet.h>

#include <cstring>

namespace nettrio {

ip_address ip_address::v4(std::uint32_t host_order) noexcept {
  ip_address a;
  a.family_ = ip_family::v4;
  a.bytes_[0] = static_cast<std::uint8_t>(host_order >> 24);
  a.bytes_[1] = static_cast<std::uint8_t>(host_order >> 16);
  a.bytes_[2] = static_cast<std::uint8_t>(host_order >> 8);
  a.bytes_[3] = static_cast<std::uint8_t>(host_order);
  return a;
}

ip_address ip_address::v4_bytes(const std::uint8_t* network_order) noexcept {
  ip_address a;
  a.family_ = ip_family::v4;
  std::memcpy(a.bytes_.data(), network_order, 4);
  return a;
}

ip_address ip_address::v6_bytes(const std::uint8_t* network_order) noexcept {
  ip_address a;
  a.family_ = ip_family::v6;
  std::memcpy(a.bytes_.data(), network_order, 16);
  return a;
}

std::optional<ip_address> ip_address::parse(std::string_view text) {
  if (text.size() > INET6_ADDRSTRLEN) return std::nullopt;
  std::string s(text);
  std::uint8_t buf[16];
  if (::inet_pton(AF_INET, s.c_str(), buf) == 1) return v4_bytes(buf);
  if (::inet_pton(AF_INET6, s.c_str(), buf) == 1) return v6_bytes(buf);
  return std::nullopt;
}

std::uint32_t ip_address::to_v4_uint() const noexcept {
  if (!is_v4()) return 0;
  return (std::uint32_t{bytes_[0]} << 24) | (std::uint32_t{bytes_[1]} << 16) |
         (std::uint32_t{bytes_[2]} << 8) | std::uint32_t{bytes_[3]};
}

bool ip_address::is_loopback() const noexcept {
  if (is_v4()) return bytes_[0] == 127;
  for (int i = 0; i < 15; ++i)
    if (bytes_[static_cast<std::size_t>(i)] != 0) return false;
  return bytes_[15] == 1;
}

bool ip_address::is_unspecified() const noexcept {
  const std::size_t n = is_v4() ? 4 : 16;
  for (std::size_t i = 0; i < n; ++i)
    if (bytes_[i] != 0) return false;
  return true;
}

std::string ip_address::to_string() const {
  if (is_v4()) {
    // By hand: glibc's inet_ntop formats IPv4 with sprintf, which was a fifth of a /16
    // sweep's start (65,534 names).
    char buf[16];
    char* at = buf;
    for (std::size_t i = 0; i < 4; ++i) {
      const unsigned v = bytes_[i];
      if (v >= 100) *at++ = static_cast<char>('0' + v / 100);
      if (v >= 10) *at++ = static_cast<char>('0' + v / 10 % 10);
      *at++ = static_cast<char>('0' + v % 10);
      if (i < 3) *at++ = '.';
    }
    return {buf, at};
  }
  char buf[INET6_ADDRSTRLEN] = {};
  ::inet_ntop(is_v4() ? AF_INET : AF_INET6, bytes_.data(), buf, sizeof buf);
  return buf;
}

std::size_t hash_value(const ip_address& a) noexcept {
  // FNV-1a over the used bytes; addresses are short and this is on the reply path.
  std::size_t h = 1469598103934665603ULL ^ static_cast<std::size_t>(a.family());
  const std::size_t n = a.is_v4() ? 4 : 16;
  for (std::size_t i = 0; i < n; ++i) {
    h ^= a.bytes()[i];
    h *= 1099511628211ULL;
  }
  return h;
}

}  // namespace nettrio
