#pragma once
// Is a listener's accept queue full? sock_diag gives, for a TCP listener, the connections
// waiting to be accepted (Recv-Q) and the queue's limit (the backlog); the kernel counts
// every SYN or handshake it drops for a full queue in TcpExt ListenOverflows, and every
// drop on a listener in ListenDrops (/proc/net/netstat, per network namespace). A queue at
// its limit while those counters rise is a service that does not accept fast enough.

#include <nettrio/ports/socket_table.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace nettrio {

/// The two TcpExt counters of one network namespace.
struct listen_counters {
  std::uint64_t overflows = 0;  // TcpExtListenOverflows
  std::uint64_t drops = 0;      // TcpExtListenDrops
  friend bool operator==(const listen_counters&, const listen_counters&) = default;
};

namespace detail {
/// Reads ListenOverflows and ListenDrops from the text of /proc/net/netstat (pairs of
/// "TcpExt:" lines: names, then values). nullopt when the TcpExt lines are missing or
/// malformed.
[[nodiscard]] std::optional<listen_counters> parse_netstat(std::string_view text);
}  // namespace detail

/// Reads the counters of the namespace of `pid` (/proc/PID/net/netstat), or of the calling
/// thread when pid is nullopt. Throws std::system_error when the file cannot be read.
[[nodiscard]] listen_counters read_listen_counters(std::optional<std::int32_t> pid = std::nullopt,
                                                   const std::string& proc_root = "/proc");

struct accept_queue_state {
  std::uint32_t queued = 0;   // Recv-Q: connections waiting for accept()
  std::uint32_t backlog = 0;  // the limit (listen()'s backlog, capped by somaxconn)
  listen_counters before;
  listen_counters after;
  std::chrono::milliseconds interval{0};

  [[nodiscard]] std::uint64_t overflows() const noexcept {
    return after.overflows >= before.overflows ? after.overflows - before.overflows : 0;
  }
  [[nodiscard]] std::uint64_t drops() const noexcept {
    return after.drops >= before.drops ? after.drops - before.drops : 0;
  }
  /// The kernel drops a new handshake when sk_ack_backlog > sk_max_ack_backlog
  /// (sk_acceptq_is_full), so a full queue shows as backlog + 1 waiting (129/128). A queue
  /// at its limit while ListenOverflows rose in the interval is full too.
  [[nodiscard]] bool full() const noexcept {
    return queued > backlog || (queued == backlog && overflows() > 0);
  }
};

/// The state of a TCP listener's queue, from its sock_diag record (which must carry the
/// backlog: nullopt otherwise, e.g. from /proc/net) and two counter samples.
[[nodiscard]] std::optional<accept_queue_state> assess_accept_queue(
    const socket_record& listener, const listen_counters& before, const listen_counters& after,
    std::chrono::milliseconds interval);

}  // namespace nettrio
