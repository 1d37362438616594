#pragma once
// What `ports --check PORT` finds beyond the socket table, and what it means for the
// verdict: the host firewall's rule for the port (ports/firewall), a listener on the port
// in another network namespace (ports/netns: a container whose port is not published), and
// a listener whose accept queue is full (ports/accept_queue). Pure: run_port_check
// (ports/run.hpp) gathers the facts, apply_findings turns them into the outcome and typed
// findings (report/ports_words.cpp words them).

#include <nettrio/ports/accept_queue.hpp>
#include <nettrio/ports/check.hpp>
#include <nettrio/ports/firewall.hpp>
#include <nettrio/ports/netns.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nettrio {

/// A listener on the port in a namespace other than the caller's.
struct namespace_listener {
  std::uint64_t netns = 0;
  std::string name;  // `ip netns` name, empty when none
  std::optional<container_ref> container;
  socket_record socket;  // pid and process when owners were resolved
};

struct accept_queue_finding {
  socket_record listener;  // with its owner
  accept_queue_state state;
};

struct port_findings {
  std::optional<firewall_report> firewall;  // nullopt: not read
  bool namespaces_searched = false;         // other namespaces were looked at
  std::vector<namespace_listener> other_namespaces;
  std::size_t namespaces_unseen = 0;  // namespaces that could not be entered (needs root)
  bool namespaces_need_root = false;  // not searched at all: the caller is not root
  std::vector<accept_queue_finding> accept_queues;  // the port's TCP listeners
};

/// Listeners serving the port of `o` (TCP LISTEN, UDP bound) in namespaces of `scan` other
/// than the caller's.
[[nodiscard]] std::vector<namespace_listener> other_namespace_listeners(
    const check_options& o, const netns_scan& scan, const all_netns_sockets& sockets);

/// Adds to `v` what the findings mean: the outcome becomes other_namespace (nothing here,
/// something in another namespace), firewall_blocked (something listens, the firewall
/// drops or rejects it for a family it serves) or accept_queue_full; summary and advice get
/// typed findings (the rule, the counters, the container, the likely fix).
void apply_findings(check_verdict& v, const check_options& o, const port_findings& f);

}  // namespace nettrio
