#pragma once
// Every socket inode's owner as net-tools netstat -p names it: "PID/NAME", NAME being the
// basename of argv[0] when it starts with '/' (else argv[0] as it is, e.g. "sshd: root@pts/0"),
// the whole cut to 19 characters. Bytes are kept as they are, as net-tools 2.10 does: the
// caller shows them (netstat prints them raw). Unlike resolve_owners
// (owners.hpp), which stops once the sockets wanted are found, this walks every process, as
// netstat does, so it can tell whether some were hidden.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace nettrio {

struct socket_programs {
  std::unordered_map<std::uint64_t, std::string> names;  // inode -> "PID/NAME"
  bool proc_unreadable = false;                          // PROC_ROOT itself could not be listed
  bool denied = false;  // some /proc/PID/fd could not be opened (EACCES)
};

/// netstat's name for a process from the first 511 bytes of its /proc/PID/cmdline.
[[nodiscard]] std::string net_tools_program_name(std::string_view pid, std::string_view cmdline);

/// Walks PROC_ROOT/[pid]/fd. The first process found holding an inode owns it.
[[nodiscard]] socket_programs read_socket_programs(const std::string& proc_root = "/proc");

}  // namespace nettrio
