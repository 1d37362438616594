// Test-only driver for the diagnosis modules of issue 15 (ports/firewall, ports/netns,
// ports/accept_queue, ports/tcp_info, check/dns) until the front ends wire them: one
// subcommand per module, plain "key=value" lines the lab scripts grep.
//
//   nettrio_diag firewall PORT [tcp|udp]
//   nettrio_diag netns [PORT]
//   nettrio_diag accept-queue PORT [INTERVAL_MS]
//   nettrio_diag tcp-info PORT
//   nettrio_diag dns NAME [TIMEOUT_MS]

#include <nettrio/check/dns.hpp>
#include <nettrio/ports/accept_queue.hpp>
#include <nettrio/ports/firewall.hpp>
#include <nettrio/ports/netns.hpp>
#include <nettrio/ports/owners.hpp>
#include <nettrio/ports/sock_diag.hpp>
#include <nettrio/ports/tcp_info.hpp>

#include <fmt/core.h>

#include <chrono>
#include <cstdlib>
#include <exception>
#include <string>
#include <thread>

using namespace nettrio;

namespace {

std::uint16_t port_arg(const char* s) {
  const long v = std::strtol(s, nullptr, 10);
  if (v < 1 || v > 65535) throw std::invalid_argument(fmt::format("port {} out of range", s));
  return static_cast<std::uint16_t>(v);
}

int firewall(int argc, char** argv) {
  firewall_query q{.port = port_arg(argv[2])};
  if (argc > 3 && std::string(argv[3]) == "udp") {
    q.tcp = false;
    q.udp = true;
  }
  const auto r = read_firewall(q);
  for (const auto& t : r.legacy_tables) fmt::print("legacy={}\n", t);
  if (!r.read) {
    fmt::print("error={}\n", r.error);
    return 2;
  }
  for (const auto& p : r.paths) {
    fmt::print("path {} {} {} verdict={}\n", p.family == ip_family::v4 ? "ipv4" : "ipv6",
               to_string(p.proto), p.port, to_string(p.verdict));
    for (const auto& rule : p.rules)
      fmt::print(
          "  rule family={} table={} chain={} handle={} action={} conditional={} "
          "policy={} packets={} text=[{}]\n",
          rule.family, rule.table, rule.chain, rule.handle, to_string(rule.action),
          rule.conditional, rule.policy, rule.packets ? std::to_string(*rule.packets) : "-",
          rule.rule);
  }
  return r.blocked() ? 1 : 0;
}

int netns(int argc, char** argv) {
  const auto scan = find_network_namespaces();
  fmt::print("as_root={} denied={}\n", scan.as_root, scan.processes_denied);
  for (const auto& ns : scan.namespaces)
    fmt::print("netns {} current={} name={} container={} pid={} process={}\n", ns.inode, ns.current,
               ns.name.empty() ? "-" : ns.name,
               ns.container
                   ? fmt::format("{}:{}", to_string(ns.container->runtime), ns.container->id)
                   : "-",
               ns.pid ? std::to_string(*ns.pid) : "-", ns.process.empty() ? "-" : ns.process);
  socket_query q{.raw = false, .states = listening_states};
  if (argc > 2) q.port = port_arg(argv[2]);
  auto all = list_sockets_all_netns(scan, q);
  std::vector<socket_record> records;
  for (const auto& s : all.sockets) records.push_back(s.socket);
  owner_stats stats;
  resolve_owners(records, stats);
  for (std::size_t i = 0; i < records.size(); ++i) {
    const auto& r = records[i];
    const auto* ns = find_namespace(scan, all.sockets[i].netns);
    fmt::print("socket netns={} name={} container={} {} {} pid={} process={}\n",
               all.sockets[i].netns, ns && !ns->name.empty() ? ns->name : "-",
               ns && ns->container ? std::string(to_string(ns->container->runtime)) : "-",
               to_string(r.proto), endpoint_text(r.local_address, r.local_port),
               r.pid ? std::to_string(*r.pid) : "-", r.process.empty() ? "-" : r.process);
  }
  for (const auto& f : all.failures) fmt::print("failure netns={} {}\n", f.netns, f.what);
  return 0;
}

int accept_queue(int argc, char** argv) {
  const auto port = port_arg(argv[2]);
  const std::chrono::milliseconds interval(argc > 3 ? std::atoi(argv[3]) : 200);
  socket_query q{
      .udp = false, .raw = false, .states = state_bit(socket_state::listen), .port = port};
  auto source = make_socket_source(source_kind::netlink);
  const auto before = read_listen_counters();
  std::this_thread::sleep_for(interval);
  const auto after = read_listen_counters();
  const auto listeners = list_sockets(*source, q);
  int rc = 0;
  for (const auto& l : listeners) {
    const auto s = assess_accept_queue(l, before, after, interval);
    if (!s) continue;
    fmt::print("listener {} queued={} backlog={} overflows={} drops={} full={}\n",
               endpoint_text(l.local_address, l.local_port), s->queued, s->backlog, s->overflows(),
               s->drops(), s->full());
    if (s->full()) rc = 1;
  }
  return rc;
}

int tcp_info(int, char** argv) {
  tcp_info_reader reader;
  socket_query q{.udp = false, .raw = false, .states = all_states, .port = port_arg(argv[2])};
  for (const auto& r : list_tcp_info(reader, q)) {
    fmt::print("socket {} {} {}", to_string(r.socket.state),
               endpoint_text(r.socket.local_address, r.socket.local_port),
               endpoint_text(r.socket.remote_address, r.socket.remote_port));
    if (r.info)
      fmt::print(
          " rtt_us={} rttvar_us={} retrans={} total_retrans={} cwnd={} ssthresh={} "
          "unacked={} lost={} delivery_rate={}",
          r.info->rtt.count(), r.info->rttvar.count(), r.info->retransmits, r.info->total_retrans,
          r.info->cwnd, r.info->ssthresh, r.info->unacked, r.info->lost,
          r.info->delivery_rate ? std::to_string(*r.info->delivery_rate) : "-");
    fmt::print("\n");
  }
  return 0;
}

int dns(int argc, char** argv) {
  dns_options o{.name = argv[2]};
  if (argc > 3) o.timeout = std::chrono::milliseconds(std::atoi(argv[3]));
  const auto start = std::chrono::steady_clock::now();
  const auto r = run_dns_check(o);
  const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - start);
  fmt::print("name={} hosts_first={} took_ms={}\n", r.name, r.hosts_first, took.count());
  for (const auto& a : r.hosts_answers) fmt::print("hosts {}\n", a.to_string());
  for (const auto& s : r.servers) {
    fmt::print("server {} rcode={} time_ms={}", s.server.to_string(), to_string(s.rcode),
               std::chrono::duration_cast<std::chrono::milliseconds>(s.time).count());
    for (const auto& a : s.answers) fmt::print(" {}", a.to_string());
    fmt::print("\n");
  }
  for (const auto& f : r.findings) {
    fmt::print("finding {}", to_string(f.kind));
    for (const auto& s : f.servers) fmt::print(" {}", s.to_string());
    fmt::print("\n");
  }
  return r.findings.empty() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) try {
  const std::string what = argc > 1 ? argv[1] : "";
  if (what == "netns") return netns(argc, argv);
  if (argc < 3) {
    fmt::print(stderr, "usage: nettrio_diag firewall|netns|accept-queue|tcp-info|dns ARG\n");
    return 2;
  }
  if (what == "firewall") return firewall(argc, argv);
  if (what == "accept-queue") return accept_queue(argc, argv);
  if (what == "tcp-info") return tcp_info(argc, argv);
  if (what == "dns") return dns(argc, argv);
  fmt::print(stderr, "nettrio_diag: unknown subcommand {}\n", what);
  return 2;
} catch (const std::exception& e) {
  fmt::print(stderr, "nettrio_diag: {}\n", e.what());
  return 2;
}
