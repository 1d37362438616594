#pragma once
// The kernel's IPv4 routing table (main table) as /proc/net/route gives it, the source
// netstat -r reads. The parser is pure so fixtures can pin it down.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nettrio {

/// One route. Addresses are in network byte order, as the kernel prints them (in hex).
struct ipv4_route {
  std::string iface;
  std::uint32_t destination = 0;
  std::uint32_t gateway = 0;
  std::uint32_t flags = 0;  // RTF_UP 0x1, RTF_GATEWAY 0x2, RTF_HOST 0x4, ...
  std::int32_t refcnt = 0;
  std::int32_t use = 0;
  std::uint32_t metric = 0;
  std::uint32_t mask = 0;
  std::int32_t mtu = 0;
  std::int32_t window = 0;
  std::int32_t irtt = 0;
  friend bool operator==(const ipv4_route&, const ipv4_route&) = default;
};

/// One IPv6 route of /proc/net/ipv6_route (every table, as the kernel lists them).
struct ipv6_route {
  std::array<std::uint8_t, 16> destination{};
  unsigned prefix_len = 0;
  std::array<std::uint8_t, 16> source{};
  unsigned source_prefix_len = 0;
  std::array<std::uint8_t, 16> next_hop{};
  std::uint32_t metric = 0, refcnt = 0, use = 0, flags = 0;
  std::string iface;
  friend bool operator==(const ipv6_route&, const ipv6_route&) = default;
};

/// Parses the whole text of /proc/net/ipv6_route; lines with too few fields are skipped.
[[nodiscard]] std::vector<ipv6_route> parse_proc_net_ipv6_route(std::string_view text);

/// Reads PROC_ROOT/net/ipv6_route. Throws std::system_error when it cannot be read.
[[nodiscard]] std::vector<ipv6_route> read_ipv6_routes(const std::string& proc_root = "/proc");

/// Parses the whole text of /proc/net/route, columns found by the header's names as
/// net-tools does. Lines with too few fields are skipped.
[[nodiscard]] std::vector<ipv4_route> parse_proc_net_route(std::string_view text);

/// Reads PROC_ROOT/net/route. Throws std::system_error when it cannot be read.
[[nodiscard]] std::vector<ipv4_route> read_ipv4_routes(const std::string& proc_root = "/proc");

}  // namespace nettrio
