#pragma once
// Private: ip_address <-> struct sockaddr, the one place the library converts between them
// (sockets, getaddrinfo, getifaddrs, getnameinfo).

#include <nettrio/address.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cstring>
#include <optional>

namespace nettrio::detail {

inline sockaddr_storage to_sockaddr(const ip_address& a, std::uint16_t port, socklen_t& len) {
  sockaddr_storage ss{};
  if (a.is_v4()) {
    auto* s = reinterpret_cast<sockaddr_in*>(&ss);
    s->sin_family = AF_INET;
    s->sin_port = htons(port);
    std::memcpy(&s->sin_addr, a.bytes().data(), 4);
    len = sizeof(sockaddr_in);
  } else {
    auto* s = reinterpret_cast<sockaddr_in6*>(&ss);
    s->sin6_family = AF_INET6;
    s->sin6_port = htons(port);
    std::memcpy(&s->sin6_addr, a.bytes().data(), 16);
    len = sizeof(sockaddr_in6);
  }
  return ss;
}

/// The address (and port) of an AF_INET/AF_INET6 sockaddr; empty for other families.
inline std::optional<ip_address> from_sockaddr(const void* sa, std::uint16_t* port = nullptr) {
  const auto* base = static_cast<const sockaddr*>(sa);
  if (base->sa_family == AF_INET) {
    const auto* s = static_cast<const sockaddr_in*>(sa);
    if (port) *port = ntohs(s->sin_port);
    return ip_address::v4_bytes(reinterpret_cast<const std::uint8_t*>(&s->sin_addr));
  }
  if (base->sa_family == AF_INET6) {
    const auto* s = static_cast<const sockaddr_in6*>(sa);
    if (port) *port = ntohs(s->sin6_port);
    return ip_address::v6_bytes(reinterpret_cast<const std::uint8_t*>(&s->sin6_addr));
  }
  return std::nullopt;
}

}  // namespace nettrio::detail
