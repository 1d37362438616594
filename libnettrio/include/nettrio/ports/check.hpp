#pragma once
// `ports --check PORT`: "why is my server refusing connections?" answered from the socket
// table alone. A pure function over records, so every verdict is unit-testable.

#include <nettrio/ports/socket_table.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace nettrio {

struct check_options {
  std::uint16_t port = 0;
  bool tcp = true;
  bool udp = false;
  bool ipv4 = true;
  bool ipv6 = true;
};

/// What is wrong with the options, in words for the user; empty when they are fine.
[[nodiscard]] std::string validate(const check_options& o);

/// The sockets the check needs: listeners (TCP) and bound unconnected sockets (UDP) on the
/// port. Owners are the caller's business (resolve_owners).
[[nodiscard]] socket_query check_query(const check_options& o);

enum class binding_scope : std::uint8_t {
  wildcard,  // 0.0.0.0 or [::]: every local address
  loopback,  // 127.0.0.0/8 or ::1 (also as ::ffff:127.x): this host only
  specific,  // one address of the host
};

[[nodiscard]] std::string_view to_string(binding_scope s) noexcept;  // "wildcard", ...

struct check_binding {
  socket_record socket;
  binding_scope scope = binding_scope::wildcard;
  bool serves_ipv4 = false;  // IPv4 clients can reach this socket
  bool serves_ipv6 = false;
  std::string meaning;  // "all IPv4 addresses: reachable from other hosts if ..."
  std::string owner;    // "pid 123 (nginx)" or "owner not visible (run as root to see it)"
};

enum class check_outcome : std::uint8_t {
  reachable,      // something listens on a non-loopback address
  loopback_only,  // only this host can connect
  not_listening,  // nothing listens: "connection refused" is expected
  // Set by apply_findings (ports/port_findings.hpp), from more than the socket table:
  firewall_blocked,   // it listens, and the host firewall drops or rejects new connections
  other_namespace,    // nothing listens here, something does in another network namespace
  accept_queue_full,  // it listens, and its accept queue is full: new connections dropped
};

[[nodiscard]] std::string_view to_string(check_outcome o) noexcept;  // "reachable", ...

struct check_verdict {
  std::uint16_t port = 0;
  bool tcp = true;
  bool udp = false;
  check_outcome outcome = check_outcome::not_listening;
  std::vector<check_binding> bindings;
  std::vector<std::string> summary;  // one plain-words line per protocol checked
  std::vector<std::string> advice;   // what to do or know next, possibly empty
  [[nodiscard]] bool listening() const noexcept { return !bindings.empty(); }
};

/// Judges `sockets` (any records; those not listening on the port are ignored).
[[nodiscard]] check_verdict analyse_port(const check_options& o,
                                         std::span<const socket_record> sockets);

}  // namespace nettrio
