// The answer of `ports --check` in words: ports/check.cpp and ports/port_findings.cpp say
// what they found as typed findings (port_finding: a kind and its parameters); the kind
// picks the sentence here, the parameters fill it in. The text and JSON writers, and
// `nettrio check`'s ports step, show these sentences (sanitised: they quote process names).

#include <nettrio/report/ports.hpp>

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

namespace nettrio::report {

namespace {

std::string_view proto_upper(transport t) noexcept {
  return t == transport::udp ? "UDP" : "TCP";
}

std::string_view family_words(ip_family f) noexcept {
  return f == ip_family::v4 ? "IPv4" : "IPv6";
}

// "198.19.0.2", "198.19.0.2 and 2001:db8::2", "a, b and c".
std::string join(const std::vector<ip_address>& v) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i > 0) out += i + 1 == v.size() ? " and " : ", ";
    out += v[i].to_string();
  }
  return out;
}

// "pid 123 (nginx)", "pid 123" (no name), or `unseen` when the owner is not visible.
std::string owner_words(const socket_record& s, std::string_view unseen) {
  if (!s.pid) return std::string(unseen);
  return s.process.empty() ? fmt::format("pid {}", *s.pid)
                           : fmt::format("pid {} ({})", *s.pid, s.process);
}

// "docker container 4f2c9d1b0e8a (network namespace NAME)", "network namespace NAME", ...
std::string namespace_words(const port_finding& f) {
  std::string where;
  if (f.container)
    where = fmt::format("{} container {}", to_string(f.container->runtime),
                        f.container->id.substr(0, 12));
  if (!f.netns_name.empty())
    where += where.empty() ? fmt::format("network namespace {}", f.netns_name)
                           : fmt::format(" (network namespace {})", f.netns_name);
  if (where.empty()) where = fmt::format("network namespace {}", f.netns);
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

std::string_view drops_or_rejects(firewall_action a) noexcept {
  return a == firewall_action::drop ? "drops" : "rejects";
}

std::string_view nft_proto(transport t) noexcept {
  return t == transport::tcp ? "tcp" : "udp";
}

std::string endpoint(const socket_record& s) {
  return endpoint_text(s.local_address, s.local_port);
}

}  // namespace

std::string binding_meaning(const check_binding& b) {
  const auto& r = b.socket;
  switch (b.scope) {
    case binding_scope::wildcard:
      if (r.family() == ip_family::v4)
        return "all IPv4 addresses: reachable from other hosts if the firewall allows";
      if (r.v6only == false)
        return "all IPv6 and IPv4 addresses (dual stack): reachable from other hosts if the "
               "firewall allows";
      if (r.v6only == true)
        return "all IPv6 addresses, IPv6 only: IPv4 clients are not served by this socket";
      return "all IPv6 addresses (and IPv4, unless the socket is IPv6-only): reachable from "
             "other hosts if the firewall allows";
    case binding_scope::loopback:
      return "loopback only: only this host can connect";
    case binding_scope::specific:
      return "this address only: other hosts can reach it here, not on the host's other "
             "addresses";
  }
  return {};
}

std::string binding_owner(const check_binding& b) {
  return owner_words(b.socket, "owner not visible");
}

std::string port_finding_text(const port_finding& f) {
  const auto label = fmt::format("{} port {}", proto_upper(f.proto), f.port);
  const bool tcp = f.proto == transport::tcp;
  const std::string_view verb = tcp ? "is listening" : "is bound";
  switch (f.kind) {
    case port_finding_kind::nothing_bound:
      if (tcp)
        return fmt::format(
            "Nothing listens on {}: a client gets \"connection refused\", which is expected. "
            "Start the service, or check which port it is configured to use.",
            label);
      return fmt::format(
          "Nothing is bound to {}: datagrams to it are answered with ICMP port unreachable "
          "(\"connection refused\"). Start the service, or check which port it is configured to "
          "use.",
          label);
    case port_finding_kind::loopback_only:
      return fmt::format(
          "{} {} on loopback only: remote clients will be refused. Bind the service to 0.0.0.0 "
          "(or [::]) or to the host's address.",
          label, verb);
    case port_finding_kind::all_addresses: {
      const std::string_view which = f.ipv4 && f.ipv6 ? "all addresses (IPv4 and IPv6)"
                                     : f.ipv4         ? "all IPv4 addresses"
                                                      : "all IPv6 addresses";
      return fmt::format(
          "{} {} on {}: reachable from other hosts if the firewall allows{}.", label, verb, which,
          f.through_v6 ? " (IPv4 through the IPv6 socket, unless it is IPv6-only)" : "");
    }
    case port_finding_kind::all_ipv4:
    case port_finding_kind::all_ipv6: {
      const bool v4 = f.kind == port_finding_kind::all_ipv4;
      const std::string_view mine = v4 ? "IPv4" : "IPv6", other = v4 ? "IPv6" : "IPv4";
      return fmt::format(
          "{} {} on all {} addresses{}: reachable from other hosts over {} if the firewall "
          "allows; {}",
          label, verb, mine, v4 ? "" : ", IPv6 only", mine,
          f.addresses.empty() ? fmt::format("{} clients are refused.", other)
                              : fmt::format("over {} only on {}.", other, join(f.addresses)));
    }
    case port_finding_kind::specific_addresses:
      return fmt::format(
          "{} {} on {} only: other hosts can connect to {}; the host's other addresses refuse "
          "connections.",
          label, verb, join(f.addresses),
          f.addresses.size() == 1 ? "that address" : "those addresses");
    case port_finding_kind::other_namespace:
      return fmt::format("But {} listens on {} {} in another network namespace: {}.",
                         owner_words(f.socket, "a process not visible to this user"),
                         proto_upper(f.socket.proto), endpoint(f.socket), namespace_words(f));
    case port_finding_kind::firewall_blocks:
      return fmt::format("But the host firewall {} new {} connections to port {} over {}: {}{}{}.",
                         drops_or_rejects(f.action), proto_upper(f.proto), f.port,
                         family_words(f.family), rule_place(f.rule),
                         f.rule.rule.empty() || f.rule.policy ? "" : ": " + f.rule.rule,
                         counted(f.rule));
    case port_finding_kind::accept_queue_full:
      return fmt::format(
          "The accept queue of {} is full ({}/{}): the service is not accepting fast enough; new "
          "connections are dropped.",
          f.socket.pid ? fmt::format("pid {}", *f.socket.pid)
                       : fmt::format("the listener on {}", endpoint(f.socket)),
          f.queue.queued, f.queue.backlog);
    case port_finding_kind::accept_queue_waiting:
      return fmt::format(
          "The accept queue of {} is full ({} connections waiting, limit {}): {} is not "
          "accepting connections fast enough, so new clients time out.",
          endpoint(f.socket), f.socket.recv_q, f.socket.backlog.value_or(0),
          owner_words(f.socket, "its process"));
    case port_finding_kind::publish_port:
      return fmt::format(
          "Clients of this host cannot reach it: publish the port (docker run -p {0}:{0}, podman "
          "run -p {0}:{0}, a hostPort or a Service in Kubernetes), or run the service in the "
          "host's network namespace.",
          f.port);
    case port_finding_kind::reach_namespace:
      return "Clients of this host cannot reach it: connect to that namespace's own address, or "
             "forward the port into it.";
    case port_finding_kind::namespaces_need_root:
      return "Other network namespaces (containers) were not searched: that needs root.";
    case port_finding_kind::namespaces_unseen:
      return fmt::format(
          "{} network namespace{} could not be searched (entering one needs root: "
          "CAP_SYS_ADMIN).",
          f.count, f.count == 1 ? "" : "s");
    case port_finding_kind::allow_in_chain:
      return fmt::format("Allow the port in that chain: nft add rule {} {} {} {} dport {} accept",
                         f.rule.family, f.rule.table, f.rule.chain, nft_proto(f.proto), f.port);
    case port_finding_kind::allow_before_rule:
      return fmt::format(
          "Allow the port before that rule (nft insert rule {} {} {} {} dport {} accept), or "
          "delete it (nft delete rule {} {} {} handle {}).",
          f.rule.family, f.rule.table, f.rule.chain, nft_proto(f.proto), f.port, f.rule.family,
          f.rule.table, f.rule.chain, f.rule.handle);
    case port_finding_kind::conditional_rule:
      return fmt::format(
          "A firewall rule {} some {} clients of {} port {} (by source, interface or rate): "
          "{}{}.",
          drops_or_rejects(f.action), family_words(f.family), proto_upper(f.proto), f.port,
          rule_place(f.rule), f.rule.rule.empty() ? "" : ": " + f.rule.rule);
    case port_finding_kind::firewall_unread:
      return fmt::format("The host firewall was not checked: {}.", f.text);
    case port_finding_kind::legacy_iptables: {
      std::string names;
      for (const auto& t : f.names) names += (names.empty() ? "" : ", ") + t;
      return fmt::format(
          "Legacy iptables tables exist ({}), which nettrio cannot read: see them with "
          "iptables-legacy -L -n -v (ip6tables-legacy for IPv6).",
          names);
    }
    case port_finding_kind::accept_queue_counters:
      return fmt::format(
          "{} on {}: TcpExtListenOverflows rose by {} and ListenDrops by {} in {} ms. Accept "
          "faster (more workers), or raise the backlog (listen(), net.core.somaxconn).",
          owner_words(f.socket, "The listener"), endpoint(f.socket), f.queue.overflows(),
          f.queue.drops(), f.queue.interval.count());
    case port_finding_kind::owner_hidden:
      return "An owner is not visible to this user: processes of other users cannot be "
             "inspected; root sees all owners.";
  }
  return {};
}

std::vector<std::string> port_finding_lines(const std::vector<port_finding>& findings) {
  std::vector<std::string> out;
  out.reserve(findings.size());
  for (const auto& f : findings) out.push_back(port_finding_text(f));
  return out;
}

}  // namespace nettrio::report
