#pragma once
// The socket table with each socket's timer, which only /proc/net/{tcp,udp,raw}[6] carry
// (netstat -o). The parser is pure so fixtures can pin it down.

#include <nettrio/ports/socket_table.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace nettrio {

/// Records in file order, and for each (same index) netstat's Timer column text:
/// "off (0.00/0/0)", "on (0.20/0/0)", "keepalive (7191.85/0/0)", "timewait (59.83/0/0)",
/// "probe (...)", UDP/raw "on1 (...)", anything else "unkn-N (...)".
struct timed_sockets {
  std::vector<socket_record> records;
  std::vector<std::string> timers;
};

/// Appends the parsed lines of one /proc/net file (header skipped, malformed lines skipped).
void parse_proc_net_timed(std::string_view text, transport proto, ip_family family,
                          timed_sockets& out);

/// Reads PROC_ROOT/net/<proto> and <proto>6 (IPv4 first), as asked. A missing file is
/// skipped; throws std::system_error when one cannot be read.
[[nodiscard]] timed_sockets read_proc_net_timed(transport proto, bool ipv4, bool ipv6,
                                                const std::string& proc_root = "/proc");

}  // namespace nettrio
