#pragma once
// Multicast group memberships per interface: /proc/net/igmp (IPv4) and /proc/net/igmp6,
// what netstat -g reads. The parsers are pure so fixtures can pin them down.

#include <nettrio/address.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nettrio {

struct multicast_membership {
  std::string device;
  ip_address group;
  int refcnt = 0;
  friend bool operator==(const multicast_membership&, const multicast_membership&) = default;
};

/// /proc/net/igmp: a device line ("1\tlo        :     1      V3") then one tab-indented
/// line per group ("\t\t\t\t010000E0     1 0:00000000\t\t0").
[[nodiscard]] std::vector<multicast_membership> parse_proc_net_igmp(std::string_view text);
/// /proc/net/igmp6: "1    lo              ff020000000000000000000000000001     1 ...".
[[nodiscard]] std::vector<multicast_membership> parse_proc_net_igmp6(std::string_view text);

/// Reads PROC_ROOT/net/igmp or igmp6; a missing file gives no memberships.
[[nodiscard]] std::vector<multicast_membership> read_multicast_groups(
    ip_family family, const std::string& proc_root = "/proc");

}  // namespace nettrio
