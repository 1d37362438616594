#pragma once
// Which process owns a socket: Linux has no reverse index, so walk /proc/[pid]/fd and match
// "socket:[INODE]" links against the inodes wanted. Only the sockets being shown are
// wanted, and the walk stops as soon as each has been found.

#include <nettrio/ports/socket_table.hpp>

#include <cstddef>
#include <span>
#include <string>

namespace nettrio {

struct owner_stats {
  std::size_t wanted = 0;             // distinct non-zero inodes asked for
  std::size_t found = 0;              // of those, owners found
  std::size_t processes_scanned = 0;  // fd directories read
  std::size_t processes_denied = 0;   // fd directories the caller may not read
  std::size_t descriptors_read = 0;   // links read
  bool as_root = false;               // the walk ran with euid 0
  /// Some owners are unknown and root would see more: processes denied us their fds, or
  /// were not even listed (/proc mounted with hidepid) to a caller other than root.
  [[nodiscard]] bool hidden_owners() const noexcept {
    return found < wanted && (processes_denied > 0 || !as_root);
  }
};

/// Sets pid and process on every record whose inode is found under PROC_ROOT/[pid]/fd.
/// A socket shared by several processes gets the first one found. Never throws for a
/// process that vanishes or denies access; throws std::system_error if PROC_ROOT cannot be
/// read at all.
void resolve_owners(std::span<socket_record> records, owner_stats& stats,
                    const std::string& proc_root = "/proc");

}  // namespace nettrio
