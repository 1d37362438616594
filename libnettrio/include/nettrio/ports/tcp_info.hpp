#pragma once
// Connection health as `ss -ti` shows it: the kernel's struct tcp_info, asked for through
// sock_diag (idiag_ext INET_DIAG_INFO) and read into a typed value. The parse works over
// the attribute's bytes only, so it is unit-tested on byte fixtures; the reader is one more
// sock_diag dump, separate from sock_diag_source so the plain table costs nothing extra.

#include <nettrio/ports/socket_table.hpp>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace nettrio {

/// The fields of struct tcp_info (include/uapi/linux/tcp.h) that tell a connection's
/// health. A kernel older than a field sends a shorter struct: that field stays nullopt.
struct tcp_info_summary {
  std::chrono::microseconds rtt{0};     // smoothed round-trip time (tcpi_rtt)
  std::chrono::microseconds rttvar{0};  // its mean deviation (tcpi_rttvar)
  std::uint32_t retransmits = 0;        // consecutive retransmissions of the head segment now
  std::uint32_t total_retrans = 0;      // segments retransmitted over the connection's life
  std::uint32_t cwnd = 0;               // congestion window, in segments (tcpi_snd_cwnd)
  std::uint32_t ssthresh = 0;  // slow start threshold; the kernel's "infinity" is 0x7fffffff
  std::uint32_t unacked = 0;   // segments sent and not yet acknowledged (listeners: Recv-Q)
  std::uint32_t lost = 0;      // segments the kernel believes lost
  std::optional<std::uint64_t> delivery_rate;  // bytes per second (Linux 4.9+)

  /// ssthresh as ss prints it: absent while still "infinite" (never left slow start).
  [[nodiscard]] bool ssthresh_infinite() const noexcept { return ssthresh >= 0x7fffffffu; }
  friend bool operator==(const tcp_info_summary&, const tcp_info_summary&) = default;
};

struct socket_info_record {
  socket_record socket;
  std::optional<tcp_info_summary> info;  // nullopt when the kernel sent none (e.g. TIME-WAIT)
};

namespace detail {
/// Reads the payload of an INET_DIAG_INFO attribute (struct tcp_info as the running kernel
/// lays it out, possibly shorter or longer than this build's header). nullopt when it is
/// too short to hold even the fields every kernel since 2.6 has (up to tcpi_total_retrans).
[[nodiscard]] std::optional<tcp_info_summary> parse_tcp_info(std::span<const std::byte> info);

/// Finds the INET_DIAG_INFO attribute in a SOCK_DIAG_BY_FAMILY payload (struct
/// inet_diag_msg plus attributes) and parses it. nullopt when there is none.
[[nodiscard]] std::optional<tcp_info_summary> find_tcp_info(std::span<const std::byte> payload);
}  // namespace detail

/// A sock_diag reader that asks the kernel for tcp_info with every TCP socket. Its netlink
/// socket belongs to the network namespace of the thread that constructs it.
class tcp_info_reader {
 public:
  /// Opens the netlink socket. Throws std::system_error with context.
  tcp_info_reader();
  ~tcp_info_reader();
  tcp_info_reader(const tcp_info_reader&) = delete;
  tcp_info_reader& operator=(const tcp_info_reader&) = delete;

  /// TCP sockets of `family` that match `q`, each with its tcp_info. Throws
  /// std::system_error when the dump fails.
  [[nodiscard]] std::vector<socket_info_record> collect(ip_family family, const socket_query& q);

 private:
  struct state;
  std::unique_ptr<state> state_;
};

/// TCP sockets matching `q` (IPv4, then IPv6, as the query asks), with tcp_info.
[[nodiscard]] std::vector<socket_info_record> list_tcp_info(tcp_info_reader& reader,
                                                            const socket_query& q);

}  // namespace nettrio
