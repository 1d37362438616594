#pragma once
// /proc/net/{tcp,tcp6,udp,udp6,raw,raw6}: the text form of the socket table, used when
// sock_diag netlink is not available. The parser is pure so fixtures can pin it down.

#include <nettrio/ports/socket_table.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nettrio {

struct proc_net_stats {
  std::size_t lines = 0;      // lines after the header
  std::size_t records = 0;    // parsed into records (before any query filter)
  std::size_t malformed = 0;  // skipped: short, truncated or not the kernel's format
};

/// Parses the whole text of one /proc/net file of protocol `proto` and family `family`.
/// The header line is skipped; malformed or truncated lines are skipped and counted.
[[nodiscard]] std::vector<socket_record> parse_proc_net(std::string_view text, transport proto,
                                                        ip_family family, proc_net_stats& stats);

/// As above, appending only the records `q` matches.
void parse_proc_net(std::string_view text, transport proto, ip_family family, const socket_query& q,
                    std::vector<socket_record>& out, proc_net_stats& stats);

/// Reads PROC_ROOT/net/<proto>[6]. proc_root is "/proc" except in tests.
class proc_net_source final : public socket_source {
 public:
  explicit proc_net_source(std::string proc_root = "/proc");
  [[nodiscard]] std::string_view name() const noexcept override { return "proc"; }
  void collect(transport proto, ip_family family, const socket_query& q,
               std::vector<socket_record>& out) override;
  [[nodiscard]] const proc_net_stats& stats() const noexcept { return stats_; }

 private:
  std::string root_;
  std::string text_;  // reused read buffer
  proc_net_stats stats_;
};

}  // namespace nettrio
