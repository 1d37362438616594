// ports --check in words (report/ports_words.cpp): each finding kind with its parameters
// gives one exact sentence.

#include <nettrio/report/ports.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

using namespace nettrio;
using namespace nettrio::report;

namespace {

socket_record listener(const char* address, std::uint16_t port, std::optional<std::int32_t> pid,
                       std::string process = {}) {
  socket_record r;
  r.proto = transport::tcp;
  r.state = socket_state::listen;
  r.local_address = *ip_address::parse(address);
  r.local_port = port;
  r.pid = pid;
  r.process = std::move(process);
  return r;
}

firewall_rule rule(bool policy, std::optional<std::uint64_t> packets) {
  firewall_rule r;
  r.family = "inet";
  r.table = "filter";
  r.chain = "input";
  r.handle = policy ? 0 : 5;
  r.policy = policy;
  r.action = firewall_action::drop;
  r.rule = policy ? "policy drop" : "tcp dport 8080 drop";
  r.packets = packets;
  return r;
}

accept_queue_state queue() {
  accept_queue_state q;
  q.queued = 129;
  q.backlog = 128;
  q.before = {10, 10};
  q.after = {22, 23};
  q.interval = std::chrono::milliseconds(250);
  return q;
}

struct row {
  port_finding finding;
  std::string sentence;
};

}  // namespace

TEST_CASE("ports --check words: each finding kind and its parameters give one sentence",
          "[report][ports]") {
  using k = port_finding_kind;
  const auto v4 = *ip_address::parse("198.19.0.2");
  const auto v6 = *ip_address::parse("2001:db8::2");
  port_finding in_container{.kind = k::other_namespace, .port = 18080};
  in_container.socket = listener("0.0.0.0", 18080, 42, "web");
  in_container.netns = 4026532999;
  in_container.netns_name = "ns1";
  in_container.container =
      container_ref{container_runtime::docker, "4f2c9d1b0e8a7c6b5a4f3e2d1c0b9a8f"};
  port_finding bare_netns{.kind = k::other_namespace, .port = 53};
  bare_netns.socket = listener("::", 53, std::nullopt);
  bare_netns.socket.proto = transport::udp;
  bare_netns.netns = 4026532999;
  auto waiting = listener("0.0.0.0", 80, 7, "httpd");
  waiting.recv_q = 129;
  waiting.backlog = 128;
  auto waiting_hidden = waiting;
  waiting_hidden.pid.reset();

  const std::vector<row> rows{
      {{.kind = k::nothing_bound, .port = 8080},
       "Nothing listens on TCP port 8080: a client gets \"connection refused\", which is "
       "expected. Start the service, or check which port it is configured to use."},
      {{.kind = k::nothing_bound, .proto = transport::udp, .port = 53},
       "Nothing is bound to UDP port 53: datagrams to it are answered with ICMP port "
       "unreachable (\"connection refused\"). Start the service, or check which port it is "
       "configured to use."},
      {{.kind = k::loopback_only, .port = 8081},
       "TCP port 8081 is listening on loopback only: remote clients will be refused. Bind the "
       "service to 0.0.0.0 (or [::]) or to the host's address."},
      {{.kind = k::loopback_only, .proto = transport::udp, .port = 5353},
       "UDP port 5353 is bound on loopback only: remote clients will be refused. Bind the "
       "service to 0.0.0.0 (or [::]) or to the host's address."},
      {{.kind = k::all_addresses, .port = 8080, .ipv4 = true, .ipv6 = true},
       "TCP port 8080 is listening on all addresses (IPv4 and IPv6): reachable from other hosts "
       "if the firewall allows."},
      {{.kind = k::all_addresses, .port = 8080, .ipv4 = true, .ipv6 = true, .through_v6 = true},
       "TCP port 8080 is listening on all addresses (IPv4 and IPv6): reachable from other hosts "
       "if the firewall allows (IPv4 through the IPv6 socket, unless it is IPv6-only)."},
      {{.kind = k::all_addresses, .port = 8080, .ipv4 = true},
       "TCP port 8080 is listening on all IPv4 addresses: reachable from other hosts if the "
       "firewall allows."},
      {{.kind = k::all_addresses, .port = 8080, .ipv6 = true},
       "TCP port 8080 is listening on all IPv6 addresses: reachable from other hosts if the "
       "firewall allows."},
      {{.kind = k::all_ipv4, .port = 8080},
       "TCP port 8080 is listening on all IPv4 addresses: reachable from other hosts over IPv4 "
       "if the firewall allows; IPv6 clients are refused."},
      {{.kind = k::all_ipv4, .port = 8080, .addresses = {v6}},
       "TCP port 8080 is listening on all IPv4 addresses: reachable from other hosts over IPv4 "
       "if the firewall allows; over IPv6 only on 2001:db8::2."},
      {{.kind = k::all_ipv6, .port = 8083},
       "TCP port 8083 is listening on all IPv6 addresses, IPv6 only: reachable from other hosts "
       "over IPv6 if the firewall allows; IPv4 clients are refused."},
      {{.kind = k::all_ipv6, .proto = transport::udp, .port = 8083, .addresses = {v4}},
       "UDP port 8083 is bound on all IPv6 addresses, IPv6 only: reachable from other hosts "
       "over IPv6 if the firewall allows; over IPv4 only on 198.19.0.2."},
      {{.kind = k::specific_addresses, .port = 8082, .addresses = {v4}},
       "TCP port 8082 is listening on 198.19.0.2 only: other hosts can connect to that address; "
       "the host's other addresses refuse connections."},
      {{.kind = k::specific_addresses, .port = 8082, .addresses = {v4, v4, v6}},
       "TCP port 8082 is listening on 198.19.0.2, 198.19.0.2 and 2001:db8::2 only: other hosts "
       "can connect to those addresses; the host's other addresses refuse connections."},
      {in_container,
       "But pid 42 (web) listens on TCP 0.0.0.0:18080 in another network namespace: docker "
       "container 4f2c9d1b0e8a (network namespace ns1)."},
      {bare_netns,
       "But a process not visible to this user listens on UDP [::]:53 in another network "
       "namespace: network namespace 4026532999."},
      {{.kind = k::firewall_blocks,
        .port = 8080,
        .rule = rule(false, 3),
        .action = firewall_action::drop},
       "But the host firewall drops new TCP connections to port 8080 over IPv4: rule inet "
       "filter input handle 5: tcp dport 8080 drop (3 packets so far)."},
      {{.kind = k::firewall_blocks,
        .port = 8080,
        .family = ip_family::v6,
        .rule = rule(true, 1),
        .action = firewall_action::reject},
       "But the host firewall rejects new TCP connections to port 8080 over IPv6: the policy of "
       "chain inet filter input (1 packet so far)."},
      {{.kind = k::accept_queue_full, .port = 80, .socket = waiting, .queue = queue()},
       "The accept queue of pid 7 is full (129/128): the service is not accepting fast enough; "
       "new connections are dropped."},
      {{.kind = k::accept_queue_full, .port = 80, .socket = waiting_hidden, .queue = queue()},
       "The accept queue of the listener on 0.0.0.0:80 is full (129/128): the service is not "
       "accepting fast enough; new connections are dropped."},
      {{.kind = k::accept_queue_waiting, .port = 80, .socket = waiting},
       "The accept queue of 0.0.0.0:80 is full (129 connections waiting, limit 128): pid 7 "
       "(httpd) is not accepting connections fast enough, so new clients time out."},
      {{.kind = k::accept_queue_waiting, .port = 80, .socket = waiting_hidden},
       "The accept queue of 0.0.0.0:80 is full (129 connections waiting, limit 128): its "
       "process is not accepting connections fast enough, so new clients time out."},
      {{.kind = k::publish_port, .port = 18080},
       "Clients of this host cannot reach it: publish the port (docker run -p 18080:18080, "
       "podman run -p 18080:18080, a hostPort or a Service in Kubernetes), or run the service "
       "in the host's network namespace."},
      {{.kind = k::reach_namespace, .port = 18080},
       "Clients of this host cannot reach it: connect to that namespace's own address, or "
       "forward the port into it."},
      {{.kind = k::namespaces_need_root, .port = 8080},
       "Other network namespaces (containers) were not searched: that needs root."},
      {{.kind = k::namespaces_unseen, .port = 8080, .count = 1},
       "1 network namespace could not be searched (entering one needs root: CAP_SYS_ADMIN)."},
      {{.kind = k::namespaces_unseen, .port = 8080, .count = 3},
       "3 network namespaces could not be searched (entering one needs root: CAP_SYS_ADMIN)."},
      {{.kind = k::allow_in_chain, .proto = transport::udp, .port = 53, .rule = rule(true, {})},
       "Allow the port in that chain: nft add rule inet filter input udp dport 53 accept"},
      {{.kind = k::allow_before_rule, .port = 8080, .rule = rule(false, {})},
       "Allow the port before that rule (nft insert rule inet filter input tcp dport 8080 "
       "accept), or delete it (nft delete rule inet filter input handle 5)."},
      {{.kind = k::conditional_rule,
        .port = 8080,
        .family = ip_family::v6,
        .rule = rule(false, {}),
        .action = firewall_action::reject},
       "A firewall rule rejects some IPv6 clients of TCP port 8080 (by source, interface or "
       "rate): rule inet filter input handle 5: tcp dport 8080 drop."},
      {{.kind = k::firewall_unread, .port = 8080, .text = "needs root (CAP_NET_ADMIN)"},
       "The host firewall was not checked: needs root (CAP_NET_ADMIN)."},
      {{.kind = k::legacy_iptables, .port = 8080, .names = {"ip:filter", "ip6:nat"}},
       "Legacy iptables tables exist (ip:filter, ip6:nat), which nettrio cannot read: see them "
       "with iptables-legacy -L -n -v (ip6tables-legacy for IPv6)."},
      {{.kind = k::accept_queue_counters, .port = 80, .socket = waiting, .queue = queue()},
       "pid 7 (httpd) on 0.0.0.0:80: TcpExtListenOverflows rose by 12 and ListenDrops by 13 in "
       "250 ms. Accept faster (more workers), or raise the backlog (listen(), "
       "net.core.somaxconn)."},
      {{.kind = k::accept_queue_counters, .port = 80, .socket = waiting_hidden, .queue = queue()},
       "The listener on 0.0.0.0:80: TcpExtListenOverflows rose by 12 and ListenDrops by 13 in "
       "250 ms. Accept faster (more workers), or raise the backlog (listen(), "
       "net.core.somaxconn)."},
      {{.kind = k::owner_hidden, .port = 8080},
       "An owner is not visible to this user: processes of other users cannot be inspected; "
       "root sees all owners."},
  };
  for (const auto& r : rows) {
    INFO("kind " << static_cast<int>(r.finding.kind));
    CHECK(port_finding_text(r.finding) == r.sentence);
  }
  // Every kind has a sentence: the table above covers them all.
  for (int kind = 0; kind <= static_cast<int>(k::owner_hidden); ++kind)
    CHECK(std::any_of(rows.begin(), rows.end(),
                      [&](const row& r) { return static_cast<int>(r.finding.kind) == kind; }));
  CHECK(port_finding_lines({rows[0].finding, rows[2].finding}) ==
        std::vector<std::string>{rows[0].sentence, rows[2].sentence});
}
