#pragma once
// The socket table as values: one record per kernel socket (TCP, UDP, raw; IPv4 and IPv6),
// a query that says which ones are wanted, and the one interface every source of the table
// implements. Linux has two sources (sock_diag netlink, /proc/net text) that produce the
// same records; a BSD/macOS sysctl source would be a third implementation of socket_source.

#include <nettrio/address.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nettrio {

enum class transport : std::uint8_t { tcp, udp, raw };

/// Kernel socket states, numbered as in include/net/tcp_states.h; /proc/net prints them in
/// hex (01 ESTABLISHED ... 0B CLOSING) and sock_diag reports the same numbers. UDP and raw
/// sockets use only close (unconnected, "UNCONN") and established (connected, "ESTAB").
enum class socket_state : std::uint8_t {
  established = 1,
  syn_sent = 2,
  syn_recv = 3,
  fin_wait1 = 4,
  fin_wait2 = 5,
  time_wait = 6,
  close = 7,
  close_wait = 8,
  last_ack = 9,
  listen = 10,
  closing = 11,
};

/// A set of states, one bit per kernel state number (the sock_diag idiag_states layout).
using state_mask = std::uint32_t;

[[nodiscard]] constexpr state_mask state_bit(socket_state s) noexcept {
  return state_mask{1} << static_cast<unsigned>(s);
}

inline constexpr state_mask all_states = 0xFFEu;  // bits 1 (established) .. 11 (closing)
/// ss -l: TCP listeners and bound, unconnected UDP/raw sockets.
inline constexpr state_mask listening_states =
    state_bit(socket_state::listen) | state_bit(socket_state::close);
/// ss's default: everything connected except the transient TIME-WAIT and SYN-RECV.
inline constexpr state_mask connected_states =
    all_states &
    ~(listening_states | state_bit(socket_state::time_wait) | state_bit(socket_state::syn_recv));

/// "tcp", "udp", "raw".
[[nodiscard]] std::string_view to_string(transport t) noexcept;
/// ss's names: ESTAB, SYN-SENT, SYN-RECV, FIN-WAIT-1, FIN-WAIT-2, TIME-WAIT, UNCONN,
/// CLOSE-WAIT, LAST-ACK, LISTEN, CLOSING.
[[nodiscard]] std::string_view to_string(socket_state s) noexcept;
/// A --state word: ss's names and netstat's (any case, '-' or '_'), "listening",
/// "unconnected", and the groups "all", "connected" and "synchronized". nullopt if unknown.
[[nodiscard]] std::optional<state_mask> parse_state(std::string_view word);

struct socket_record {
  transport proto = transport::tcp;
  ip_address local_address;
  std::uint16_t local_port = 0;  // for raw sockets: the IP protocol number, as netstat shows
  ip_address remote_address;
  std::uint16_t remote_port = 0;
  socket_state state = socket_state::close;
  std::uint32_t recv_q = 0;  // listeners: connections waiting in the accept queue
  std::uint32_t send_q = 0;  // listeners: 0 (as /proc/net reports it)
  std::uint32_t uid = 0;
  std::uint64_t inode = 0;  // 0 for TIME-WAIT and not yet accepted sockets: no owner
  // Known only through sock_diag; nullopt from /proc/net.
  std::optional<bool> v6only;            // IPv6 sockets: IPV6_V6ONLY
  std::optional<std::uint32_t> backlog;  // TCP listeners: the accept queue limit
  // Filled by resolve_owners(); nullopt when not asked for or not visible to the caller.
  std::optional<std::int32_t> pid;
  std::string process;  // the owner's comm

  [[nodiscard]] ip_family family() const noexcept { return local_address.family(); }
  friend bool operator==(const socket_record&, const socket_record&) = default;
};

/// Which sockets are wanted. Sources apply the state set in the kernel where they can.
struct socket_query {
  bool tcp = true;
  bool udp = true;
  bool raw = true;
  bool ipv4 = true;
  bool ipv6 = true;
  state_mask states = connected_states;
  std::optional<std::uint16_t> port{};  // local or remote port
};

/// Room format_endpoint needs: "[" + 45 characters of IPv6 text + "]:" + 5 digits.
inline constexpr std::size_t endpoint_text_max = 64;

/// Writes "0.0.0.0:8080", "[::1]:53" or "[::]:*" (port 0 shows as '*'; IPv6 bracketed)
/// into `out` and returns its length. Allocation-free: the table formats thousands.
std::size_t format_endpoint(const ip_address& a, std::uint16_t port,
                            std::span<char, endpoint_text_max> out) noexcept;
[[nodiscard]] std::string endpoint_text(const ip_address& a, std::uint16_t port);

/// What is wrong with the query, in words for the user; empty when it is fine.
[[nodiscard]] std::string validate(const socket_query& q);

/// True when the record is one the query asks for (protocol, family, state, port).
[[nodiscard]] bool matches(const socket_query& q, const socket_record& r) noexcept;

/// One way to read the kernel's socket table.
class socket_source {
 public:
  virtual ~socket_source() = default;
  /// "netlink", "proc", ...
  [[nodiscard]] virtual std::string_view name() const noexcept = 0;
  /// Appends the sockets of one protocol and family that match `q`. Throws std::system_error
  /// with context when that part of the table cannot be read.
  virtual void collect(transport proto, ip_family family, const socket_query& q,
                       std::vector<socket_record>& out) = 0;
};

enum class source_kind : std::uint8_t {
  automatic,  // sock_diag, falling back to /proc/net per protocol and family
  netlink,
  proc,
};

/// Throws std::system_error when the chosen source cannot be opened.
[[nodiscard]] std::unique_ptr<socket_source> make_socket_source(source_kind kind);

/// Every matching socket, ordered TCP, UDP, raw; IPv4 before IPv6; then as the kernel
/// lists them.
[[nodiscard]] std::vector<socket_record> list_sockets(socket_source& source, const socket_query& q);

}  // namespace nettrio
