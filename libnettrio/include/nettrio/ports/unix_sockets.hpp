#pragma once
// /proc/net/unix: the UNIX domain socket table, as netstat -x reads it. The parser is pure
// so fixtures can pin it down.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nettrio {

/// One line of /proc/net/unix, as the kernel wrote it.
struct unix_socket_record {
  std::uint64_t refcnt = 0;
  std::uint64_t protocol = 0;  // always 0 on Linux ("unix")
  std::uint64_t flags = 0;     // __SO_ACCEPTCON (1 << 16) marks a listener
  std::uint32_t type = 0;      // SOCK_STREAM 1, SOCK_DGRAM 2, SOCK_SEQPACKET 5, ...
  std::uint32_t state = 0;     // SS_FREE 0, SS_UNCONNECTED 1, SS_CONNECTING 2, ...
  std::uint64_t inode = 0;
  std::string path;  // empty for unnamed sockets; '@' starts an abstract name
  friend bool operator==(const unix_socket_record&, const unix_socket_record&) = default;
};

inline constexpr std::uint64_t unix_flag_acceptcon = 1u << 16;
inline constexpr std::uint64_t unix_flag_waitdata = 1u << 17;
inline constexpr std::uint64_t unix_flag_nospace = 1u << 18;
inline constexpr std::uint32_t unix_state_unconnected = 1;

/// Parses the whole text of /proc/net/unix (the header line is skipped). A line with fewer
/// than the six numbers netstat needs is skipped and counted in `malformed`.
[[nodiscard]] std::vector<unix_socket_record> parse_proc_net_unix(std::string_view text,
                                                                  std::size_t& malformed);

/// Reads PROC_ROOT/net/unix. Throws std::system_error when it cannot be read.
[[nodiscard]] std::vector<unix_socket_record> read_unix_sockets(
    const std::string& proc_root = "/proc");

}  // namespace nettrio
