#include <nettrio/ports/port_findings.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace nettrio {

namespace {

std::string proto_upper(transport t) {
  return t == transport::tcp ? "TCP" : "UDP";
}

std::string family_words(ip_family f) {
  return f == ip_family::v4 ? "IPv4" : "IPv6";
}

std::string owner_words(const socket_record& s) {
  if (!s.pid) return "a process not visible to this user";
  return s.process.empty() ? fmt::format("pid {}", *s.pid)
                           : fmt::format("pid {} ({})", *s.pid, s.process);
}

// "docker container 4f2c9d1b0e8a (network namespace NAME)", "network namespace NAME", ...
std::string namespace_words(const namespace_listener& l) {
  std::string where;
  if (l.container)
    where = fmt::format("{} container {}", to_string(l.container->runtime),
                        l.container->id.substr(0, 12));
  if (!l.name.empty())
    where += where.empty() ? fmt::format("network namespace {}", l.name)
                           : fmt::format(" (network namespace {})", l.name);
  if (where.empty()) where = fmt::format("network namespace {}", l.netns);
  return where;
}

std::string rule_place(const firewall_rule& r) {
  if (r.policy) return fmt::format("the policy of chain {} {} {}", r.family, r.table, r.chain);
  return fmt::format("rule {} {} {} handle {}", r.family, r.table, r.chain, r.handle);
}

std::string counted(const firewall_rule& r) {
  if (!r.packets) return {};
  return fmt::format(" ({} packet{} so far)", *r.packets, *r.packets == 1 ? "" : "s");
}

bool served(const check_verdict& v, ip_family f, transport t) {
  return std::any_of(v.bindings.begin(), v.bindings.end(), [&](const check_binding& b) {
    return b.socket.proto == t && b.scope != binding_scope::loopback &&
           (f == ip_family::v4 ? b.serves_ipv4 : b.serves_ipv6);
  });
}

void firewall_words(check_verdict& v, const check_options& o, const firewall_report& fw) {
  std::vector<const firewall_path*> blocked;
  for (const auto& p : fw.paths)
    if (p.blocked() && served(v, p.family, p.proto)) blocked.push_back(&p);
  if (!blocked.empty() && v.outcome == check_outcome::reachable)
    v.outcome = check_outcome::firewall_blocked;
  for (const auto* p : blocked) {
    const auto* r = p->blocking_rule();
    if (!r) continue;
    v.summary.push_back(
        fmt::format("But the host firewall {} new {} connections to port {} over {}: {}{}{}.",
                    p->verdict == firewall_action::drop ? "drops" : "rejects",
                    proto_upper(p->proto), o.port, family_words(p->family), rule_place(*r),
                    r->rule.empty() || r->policy ? "" : ": " + r->rule, counted(*r)));
  }
  // One piece of advice per blocking rule (an inet rule blocks both families).
  std::vector<const firewall_rule*> said;
  for (const auto* p : blocked) {
    const auto* r = p->blocking_rule();
    if (!r || std::find_if(said.begin(), said.end(),
                           [&](const firewall_rule* s) { return *s == *r; }) != said.end())
      continue;
    said.push_back(r);
    const auto proto = p->proto == transport::tcp ? "tcp" : "udp";
    if (r->policy)
      v.advice.push_back(
          fmt::format("Allow the port in that chain: nft add rule {} {} {} {} dport {} accept",
                      r->family, r->table, r->chain, proto, o.port));
    else
      v.advice.push_back(fmt::format(
          "Allow the port before that rule (nft insert rule {} {} {} {} dport {} accept), or "
          "delete it (nft delete rule {} {} {} handle {}).",
          r->family, r->table, r->chain, proto, o.port, r->family, r->table, r->chain, r->handle));
  }
  for (const auto& p : fw.paths) {
    for (const auto& r : p.rules) {
      if (!r.conditional || r.action == firewall_action::accept) continue;
      if (!served(v, p.family, p.proto) && v.listening()) continue;
      v.advice.push_back(fmt::format(
          "A firewall rule {} some {} clients of {} port {} (by source, interface or rate): "
          "{}{}.",
          r.action == firewall_action::drop ? "drops" : "rejects", family_words(p.family),
          proto_upper(p.proto), o.port, rule_place(r), r.rule.empty() ? "" : ": " + r.rule));
    }
  }
  if (!fw.read && !fw.error.empty())
    v.advice.push_back(fmt::format("The host firewall was not checked: {}.", fw.error));
  if (!fw.legacy_tables.empty()) {
    std::string names;
    for (const auto& t : fw.legacy_tables) names += (names.empty() ? "" : ", ") + t;
    v.advice.push_back(
        fmt::format("Legacy iptables tables exist ({}), which nettrio cannot read: see them with "
                    "iptables-legacy -L -n -v (ip6tables-legacy for IPv6).",
                    names));
  }
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
      v.summary.push_back(fmt::format("But {} listens on {} {} in another network namespace: {}.",
                                      owner_words(l.socket), proto_upper(l.socket.proto),
                                      endpoint_text(l.socket.local_address, l.socket.local_port),
                                      namespace_words(l)));
    const bool container = std::any_of(f.other_namespaces.begin(), f.other_namespaces.end(),
                                       [](const auto& l) { return l.container.has_value(); });
    v.advice.push_back(
        container
            ? fmt::format("Clients of this host cannot reach it: publish the port (docker run -p "
                          "{0}:{0}, podman run -p {0}:{0}, a hostPort or a Service in "
                          "Kubernetes), or run the service in the host's network namespace.",
                          o.port)
            : "Clients of this host cannot reach it: connect to that namespace's own address, "
              "or forward the port into it.");
  }
  if (v.outcome == check_outcome::not_listening && f.namespaces_need_root)
    v.advice.push_back("Other network namespaces (containers) were not searched: that needs root.");
  else if (v.outcome == check_outcome::not_listening && f.namespaces_unseen > 0)
    v.advice.push_back(
        fmt::format("{} network namespace{} could not be searched (entering one needs root: "
                    "CAP_SYS_ADMIN).",
                    f.namespaces_unseen, f.namespaces_unseen == 1 ? "" : "s"));

  if (f.firewall) firewall_words(v, o, *f.firewall);

  for (const auto& q : f.accept_queues) {
    if (!q.state.full()) continue;
    if (v.outcome == check_outcome::reachable) v.outcome = check_outcome::accept_queue_full;
    const auto& s = q.listener;
    // analyse_port said it in fewer words; this says it with the counters.
    std::erase_if(v.advice,
                  [](const std::string& a) { return a.starts_with("The accept queue of "); });
    v.summary.push_back(fmt::format(
        "The accept queue of {} is full ({}/{}): the service is not accepting fast enough; new "
        "connections are dropped.",
        s.pid ? fmt::format("pid {}", *s.pid)
              : fmt::format("the listener on {}", endpoint_text(s.local_address, s.local_port)),
        q.state.queued, q.state.backlog));
    v.advice.push_back(fmt::format(
        "{} on {}: TcpExtListenOverflows rose by {} and ListenDrops by {} in {} ms. Accept "
        "faster (more workers), or raise the backlog (listen(), net.core.somaxconn).",
        s.pid ? owner_words(s) : "The listener", endpoint_text(s.local_address, s.local_port),
        q.state.overflows(), q.state.drops(), q.state.interval.count()));
  }
}

}  // namespace nettrio
