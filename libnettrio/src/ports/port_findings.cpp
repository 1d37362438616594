#include <nettrio/ports/port_findings.hpp>

#include <algorithm>

namespace nettrio {

namespace {

bool served(const check_verdict& v, ip_family f, transport t) {
  return std::any_of(v.bindings.begin(), v.bindings.end(), [&](const check_binding& b) {
    return b.socket.proto == t && b.scope != binding_scope::loopback &&
           (f == ip_family::v4 ? b.serves_ipv4 : b.serves_ipv6);
  });
}

void firewall_findings(check_verdict& v, const check_options& o, const firewall_report& fw) {
  std::vector<const firewall_path*> blocked;
  for (const auto& p : fw.paths)
    if (p.blocked() && served(v, p.family, p.proto)) blocked.push_back(&p);
  if (!blocked.empty() && v.outcome == check_outcome::reachable)
    v.outcome = check_outcome::firewall_blocked;
  for (const auto* p : blocked) {
    const auto* r = p->blocking_rule();
    if (!r) continue;
    v.summary.push_back({.kind = port_finding_kind::firewall_blocks,
                         .proto = p->proto,
                         .port = o.port,
                         .family = p->family,
                         .rule = *r,
                         .action = p->verdict});
  }
  // One piece of advice per blocking rule (an inet rule blocks both families).
  std::vector<const firewall_rule*> said;
  for (const auto* p : blocked) {
    const auto* r = p->blocking_rule();
    if (!r || std::find_if(said.begin(), said.end(),
                           [&](const firewall_rule* s) { return *s == *r; }) != said.end())
      continue;
    said.push_back(r);
    v.advice.push_back({.kind = r->policy ? port_finding_kind::allow_in_chain
                                          : port_finding_kind::allow_before_rule,
                        .proto = p->proto,
                        .port = o.port,
                        .family = p->family,
                        .rule = *r,
                        .action = r->action});
  }
  for (const auto& p : fw.paths) {
    for (const auto& r : p.rules) {
      if (!r.conditional || r.action == firewall_action::accept) continue;
      if (!served(v, p.family, p.proto) && v.listening()) continue;
      v.advice.push_back({.kind = port_finding_kind::conditional_rule,
                          .proto = p.proto,
                          .port = o.port,
                          .family = p.family,
                          .rule = r,
                          .action = r.action});
    }
  }
  if (!fw.read && !fw.error.empty())
    v.advice.push_back(
        {.kind = port_finding_kind::firewall_unread, .port = o.port, .text = fw.error});
  if (!fw.legacy_tables.empty())
    v.advice.push_back(
        {.kind = port_finding_kind::legacy_iptables, .port = o.port, .names = fw.legacy_tables});
}

}  // namespace

std::vector<namespace_listener> other_namespace_listeners(const check_options& o,
                                                          const netns_scan& scan,
                                                          const all_netns_sockets& sockets) {
  std::vector<namespace_listener> out;
  for (const auto& s : sockets.sockets) {
    const auto* ns = find_namespace(scan, s.netns);
    if (!ns || ns->current) continue;
    const auto& r = s.socket;
    if (r.local_port != o.port) continue;
    const bool serving = (r.proto == transport::tcp && o.tcp && r.state == socket_state::listen) ||
                         (r.proto == transport::udp && o.udp && r.state == socket_state::close);
    if (!serving) continue;
    if ((r.family() == ip_family::v4 && !o.ipv4) ||
        (r.family() == ip_family::v6 && !o.ipv6 && !(r.v6only && !*r.v6only && o.ipv4)))
      continue;
    out.push_back({ns->inode, ns->name, ns->container, r});
  }
  return out;
}

void apply_findings(check_verdict& v, const check_options& o, const port_findings& f) {
  if (v.outcome == check_outcome::not_listening && !f.other_namespaces.empty()) {
    v.outcome = check_outcome::other_namespace;
    for (const auto& l : f.other_namespaces)
      v.summary.push_back({.kind = port_finding_kind::other_namespace,
                           .proto = l.socket.proto,
                           .port = o.port,
                           .socket = l.socket,
                           .netns = l.netns,
                           .netns_name = l.name,
                           .container = l.container});
    const bool container = std::any_of(f.other_namespaces.begin(), f.other_namespaces.end(),
                                       [](const auto& l) { return l.container.has_value(); });
    v.advice.push_back(
        {.kind = container ? port_finding_kind::publish_port : port_finding_kind::reach_namespace,
         .port = o.port});
  }
  if (v.outcome == check_outcome::not_listening && f.namespaces_need_root)
    v.advice.push_back({.kind = port_finding_kind::namespaces_need_root, .port = o.port});
  else if (v.outcome == check_outcome::not_listening && f.namespaces_unseen > 0)
    v.advice.push_back({.kind = port_finding_kind::namespaces_unseen,
                        .port = o.port,
                        .count = f.namespaces_unseen});

  if (f.firewall) firewall_findings(v, o, *f.firewall);

  for (const auto& q : f.accept_queues) {
    if (!q.state.full()) continue;
    if (v.outcome == check_outcome::reachable) v.outcome = check_outcome::accept_queue_full;
    // analyse_port said it from the table alone; this says it with the counters.
    std::erase_if(v.advice, [](const port_finding& a) {
      return a.kind == port_finding_kind::accept_queue_waiting;
    });
    v.summary.push_back({.kind = port_finding_kind::accept_queue_full,
                         .proto = q.listener.proto,
                         .port = o.port,
                         .socket = q.listener,
                         .queue = q.state});
    v.advice.push_back({.kind = port_finding_kind::accept_queue_counters,
                        .proto = q.listener.proto,
                        .port = o.port,
                        .socket = q.listener,
                        .queue = q.state});
  }
}

}  // namespace nettrio
