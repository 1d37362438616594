#pragma once
// The kernel's protocol counters: /proc/net/snmp and /proc/net/netstat (pairs of lines, a
// title and its field names, then the same title and the values), /proc/net/snmp6 and
// /proc/net/sctp/snmp (one "Name value" per line). The parsers are pure so fixtures can pin
// them down; they keep the kernel's order.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nettrio {

struct stat_counter {
  std::string name;
  std::uint64_t value = 0;
  friend bool operator==(const stat_counter&, const stat_counter&) = default;
};

/// One titled group, e.g. "Tcp" with ActiveOpens, PassiveOpens, ...
struct stat_group {
  std::string title;
  std::vector<stat_counter> counters;
  friend bool operator==(const stat_group&, const stat_group&) = default;
};

/// /proc/net/snmp or /proc/net/netstat. `malformed` is set when a pair lacks its ':'.
[[nodiscard]] std::vector<stat_group> parse_snmp_pairs(std::string_view text, bool& malformed);

/// /proc/net/snmp6 or /proc/net/sctp/snmp: one group per line, titled by its name (the
/// writer groups them as netstat does).
[[nodiscard]] std::vector<stat_counter> parse_name_values(std::string_view text);

/// What netstat -s reads. Missing files stay empty (`present` false).
struct proc_stats {
  bool snmp_present = false, netstat_present = false, sctp_present = false, snmp6_present = false;
  std::vector<stat_group> snmp, netstat;
  std::vector<stat_counter> sctp, snmp6;
};

[[nodiscard]] proc_stats read_proc_stats(const std::string& proc_root = "/proc");

}  // namespace nettrio
