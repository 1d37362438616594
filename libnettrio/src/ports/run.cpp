// What `nettrio ports` runs (run.hpp): the table as asked, and --check PORT with what it
// finds beyond the table.

#include <nettrio/ports/accept_queue.hpp>
#include <nettrio/ports/firewall.hpp>
#include <nettrio/ports/run.hpp>
#include <nettrio/probe/privileges.hpp>

#include <spdlog/spdlog.h>

#include <chrono>
#include <map>
#include <system_error>
#include <thread>
#include <tuple>

namespace nettrio {

namespace {

// TcpExt counters of this namespace; nullopt when /proc/net/netstat cannot be read.
std::optional<listen_counters> counters_now() {
  try {
    return read_listen_counters();
  } catch (const std::system_error& e) {
    spdlog::debug("{}", e.what());
    return std::nullopt;
  }
}

// Beyond the socket table (issue 15): the host firewall's rule for the port; when nothing
// listens here, listeners on the port in other network namespaces (root only); and the
// accept queues of the port's TCP listeners, with the TcpExt overflow counters over the
// time the check took (a quarter second more when a queue is at its limit).
port_findings find_more(const check_options& opts, const check_verdict& v,
                        const std::optional<listen_counters>& before,
                        std::chrono::steady_clock::time_point started, port_check_scope scope) {
  port_findings f;
  f.firewall = read_firewall(
      {.port = opts.port, .tcp = opts.tcp, .udp = opts.udp, .ipv4 = opts.ipv4, .ipv6 = opts.ipv6});
  if (scope.other_namespaces && v.outcome == check_outcome::not_listening) {
    if (!user_is_root()) {
      f.namespaces_need_root = true;
    } else {
      const auto scan = find_network_namespaces();
      auto all = list_sockets_all_netns(scan, check_query(opts));
      f.namespaces_searched = true;
      f.namespaces_unseen = all.failures.size();
      f.other_namespaces = other_namespace_listeners(opts, scan, all);
      std::vector<socket_record> owners;
      for (const auto& l : f.other_namespaces) owners.push_back(l.socket);
      owner_stats stats;
      resolve_owners(owners, stats);
      for (std::size_t i = 0; i < owners.size(); ++i) f.other_namespaces[i].socket = owners[i];
    }
  }
  std::vector<const socket_record*> listeners;
  bool at_limit = false;
  for (const auto& b : v.bindings) {
    const auto& s = b.socket;
    if (s.proto != transport::tcp || s.state != socket_state::listen || !s.backlog) continue;
    listeners.push_back(&s);
    at_limit = at_limit || s.recv_q >= *s.backlog;
  }
  if (scope.accept_queues && !listeners.empty() && before) {
    if (at_limit) std::this_thread::sleep_for(std::chrono::milliseconds(250));
    if (const auto after = counters_now()) {
      const auto interval = std::chrono::duration_cast<std::chrono::milliseconds>(
          std::chrono::steady_clock::now() - started);
      for (const auto* s : listeners)
        if (auto st = assess_accept_queue(*s, *before, *after, interval))
          f.accept_queues.push_back({*s, *st});
    }
  }
  return f;
}

// tcp_info comes from a dump of its own, matched to the table's rows by inode and
// endpoints (a socket that came or went in between has none).
std::vector<std::optional<tcp_info_summary>> join_tcp_info(const std::vector<socket_record>& rows,
                                                           const socket_query& q) {
  using key = std::tuple<std::uint64_t, std::uint16_t, std::uint16_t, std::string, std::string>;
  auto key_of = [](const socket_record& r) {
    return key{r.inode, r.local_port, r.remote_port, r.local_address.to_string(),
               r.remote_address.to_string()};
  };
  std::map<key, tcp_info_summary> by_key;
  tcp_info_reader reader;
  for (auto& r : list_tcp_info(reader, q))
    if (r.info) by_key.emplace(key_of(r.socket), *r.info);
  std::vector<std::optional<tcp_info_summary>> infos;
  infos.reserve(rows.size());
  for (const auto& r : rows) {
    std::optional<tcp_info_summary> found;
    if (r.proto == transport::tcp)
      if (auto it = by_key.find(key_of(r)); it != by_key.end()) found = it->second;
    infos.push_back(found);
  }
  return infos;
}

}  // namespace

std::string validate(const ports_switches& s) {
  if (s.check) {
    if (s.raw) return "--check works on TCP and UDP ports (-t, -u), not raw sockets (-w)";
    if (s.port) return "--check takes the port itself; drop --port";
    if (s.state || s.all) return "--check looks at listening sockets; drop --state and -a";
    if (s.all_netns || s.info)
      return "--check looks at other namespaces by itself; drop --all-netns and -i";
    return {};
  }
  if (s.state && (s.listening || s.all)) return "--state replaces -l and -a; give one of them";
  return {};
}

std::string validate(const port_table_options& o, bool as_root) {
  if (auto err = validate(o.query); !err.empty()) return err;
  if (o.all_netns && o.info) return "-i reads this namespace only; drop --all-netns or -i";
  if (o.all_netns && !as_root)
    return "--all-netns needs root: entering other network namespaces needs CAP_SYS_ADMIN";
  return {};
}

port_table read_port_table(const port_table_options& o) {
  port_table t;
  t.source = "every namespace";
  if (o.all_netns) {
    t.namespaces = find_network_namespaces();
    auto all_sockets = list_sockets_all_netns(t.namespaces, o.query);
    for (auto& s : all_sockets.sockets) {
      t.netns.push_back(s.netns);
      t.sockets.push_back(std::move(s.socket));
    }
    t.netns_failures = std::move(all_sockets.failures);
  } else {
    auto source = make_socket_source(o.source);
    t.sockets = list_sockets(*source, o.query);
    t.source = source->name();
  }
  if (o.info) t.info = join_tcp_info(t.sockets, o.query);
  if (o.processes) resolve_owners(t.sockets, t.owners);
  return t;
}

port_check run_port_check(const check_options& o, source_kind source, port_check_scope scope) {
  const auto started = std::chrono::steady_clock::now();
  const auto before = scope.accept_queues ? counters_now() : std::nullopt;
  auto table = make_socket_source(source);
  auto records = list_sockets(*table, check_query(o));
  port_check c;
  resolve_owners(records, c.owners);
  c.verdict = analyse_port(o, records);
  c.findings = find_more(o, c.verdict, before, started, scope);
  apply_findings(c.verdict, o, c.findings);
  return c;
}

}  // namespace nettrio
