#pragma once
// `ports --check PORT`: "why is my server refusing connections?" answered from the socket
// table alone. A pure function over records, so every verdict is unit-testable; it says what
// it found in kinds and parameters (port_finding), and report/ports_words.cpp words them.

#include <nettrio/ports/accept_queue.hpp>
#include <nettrio/ports/firewall.hpp>
#include <nettrio/ports/netns.hpp>
#include <nettrio/ports/socket_table.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
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
  // In words (what the binding means, who owns it): report::binding_meaning, binding_owner.
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

/// One sentence of the answer, typed: the kind picks the sentence, the fields it names fill
/// it in. report/ports_words.cpp words it (report::port_finding_text); nothing here is prose.
enum class port_finding_kind : std::uint8_t {
  // The verdict, one per protocol checked (analyse_port); each uses proto and port.
  nothing_bound,       // nothing listens (TCP) or is bound (UDP): "connection refused"
  loopback_only,       // only on loopback: remote clients are refused
  all_addresses,       // every address of the families asked (ipv4, ipv6); through_v6
  all_ipv4,            // every IPv4 address; over IPv6 only on `addresses` (none: refused)
  all_ipv6,            // every IPv6 address, IPv6 only; over IPv4 only on `addresses`
  specific_addresses,  // on `addresses` only
  // The verdict, from more than the socket table (apply_findings).
  other_namespace,    // `socket` listens in another namespace: netns, netns_name, container
  firewall_blocks,    // the firewall's `action` for proto, port and family: `rule`
  accept_queue_full,  // the queue of `socket` is full: queue.queued / queue.backlog
  // Advice.
  accept_queue_waiting,   // the table alone: socket.recv_q waiting, over socket.backlog
  publish_port,           // a container's port is not published: port
  reach_namespace,        // a namespace (no container): connect to it, or forward the port
  namespaces_need_root,   // other namespaces were not searched
  namespaces_unseen,      // `count` namespaces could not be entered
  allow_in_chain,         // `rule` is a chain's policy: allow proto and port in the chain
  allow_before_rule,      // `rule` blocks: insert an accept before it, or delete it
  conditional_rule,       // `rule` (its `action`) blocks some clients: family, proto, port
  firewall_unread,        // the firewall was not checked: `text` says why
  legacy_iptables,        // legacy iptables tables exist: `names`
  accept_queue_counters,  // the queue of `socket`: queue's counters over its interval
  owner_hidden,           // an owner is not visible to this user (report layer)
};

struct port_finding {
  port_finding_kind kind = port_finding_kind::nothing_bound;
  transport proto = transport::tcp;
  std::uint16_t port = 0;
  ip_family family = ip_family::v4;  // firewall_blocks, conditional_rule
  bool ipv4 = false;                 // all_addresses: the families asked about
  bool ipv6 = false;
  bool through_v6 = false;  // all_addresses: IPv4 only through an IPv6 socket (v6only unknown)
  std::vector<ip_address> addresses{};  // all_ipv4 (IPv6), all_ipv6 (IPv4), specific_addresses
  socket_record socket{};               // the listener: other_namespace, accept_queue_*
  std::uint64_t netns = 0;              // other_namespace: inode, `ip netns` name, container
  std::string netns_name{};
  std::optional<container_ref> container{};
  firewall_rule rule{};                            // firewall_*, allow_*, conditional_rule
  firewall_action action = firewall_action::drop;  // firewall_blocks, conditional_rule
  accept_queue_state queue{};                      // accept_queue_full, accept_queue_counters
  std::size_t count = 0;                           // namespaces_unseen
  std::string text{};                              // firewall_unread: the error
  std::vector<std::string> names{};                // legacy_iptables: "ip:filter", ...
};

struct check_verdict {
  std::uint16_t port = 0;
  bool tcp = true;
  bool udp = false;
  check_outcome outcome = check_outcome::not_listening;
  std::vector<check_binding> bindings;
  std::vector<port_finding> summary;  // one per protocol checked, then what apply_findings adds
  std::vector<port_finding> advice;   // what to do or know next, possibly empty
  [[nodiscard]] bool listening() const noexcept { return !bindings.empty(); }
};

/// Judges `sockets` (any records; those not listening on the port are ignored).
[[nodiscard]] check_verdict analyse_port(const check_options& o,
                                         std::span<const socket_record> sockets);

}  // namespace nettrio
