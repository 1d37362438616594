// nettrio ports: the socket table with netstat/ss letters, and --check PORT, the answer to
// "why is my server refusing connections?". Options are translated to a socket_query or
// check_options, the table read, and the report handed to a writer of libnettrio's report
// layer (the table in one piece: a busy host has tens of thousands of sockets and the table
// must beat ss).

#include "common.hpp"

#include <nettrio/ports/accept_queue.hpp>
#include <nettrio/ports/check.hpp>
#include <nettrio/ports/firewall.hpp>
#include <nettrio/ports/netns.hpp>
#include <nettrio/ports/owners.hpp>
#include <nettrio/ports/port_findings.hpp>
#include <nettrio/ports/socket_table.hpp>
#include <nettrio/ports/tcp_info.hpp>
#include <nettrio/probe/privileges.hpp>
#include <nettrio/report/ports.hpp>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <cerrno>
#include <chrono>
#include <iostream>
#include <map>
#include <system_error>
#include <thread>
#include <tuple>

namespace nettrio::cli {

namespace {

report::output_format format_of(const common_options& common) {
  return common.json ? report::output_format::json : report::output_format::text;
}

// The writers write to std::cout; a failed write (a full disk, a closed pipe) is an error,
// not a silent success.
void check_written() {
  std::cout.flush();
  if (!std::cout)
    throw std::system_error(errno != 0 ? errno : EIO, std::generic_category(),
                            "cannot write output");
}

// Root reads the table and every owner with its own capabilities (other users' /proc/PID/fd
// need them), then gives them all up before anything is written: output runs with none.
void drop_after_reading() {
  if (!user_is_root()) return;  // main() dropped already
  drop_privileges();
  spdlog::debug("privileges dropped after reading the socket table: no capabilities left");
}

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
                        std::chrono::steady_clock::time_point started) {
  port_findings f;
  f.firewall = read_firewall(
      {.port = opts.port, .tcp = opts.tcp, .udp = opts.udp, .ipv4 = opts.ipv4, .ipv6 = opts.ipv6});
  if (v.outcome == check_outcome::not_listening) {
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
  if (!listeners.empty() && before) {
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

int run_check(const check_options& opts, source_kind kind, const common_options& common) {
  if (auto err = validate(opts); !err.empty()) throw usage_error(err);
  const auto started = std::chrono::steady_clock::now();
  const auto before = counters_now();
  auto source = make_socket_source(kind);
  auto records = list_sockets(*source, check_query(opts));
  owner_stats stats;
  resolve_owners(records, stats);
  auto verdict = analyse_port(opts, records);
  auto findings = find_more(opts, verdict, before, started);
  drop_after_reading();
  apply_findings(verdict, opts, findings);
  auto answer = report::make_port_check_report(std::move(verdict), stats);
  answer.findings = std::move(findings);
  report::make_ports_writer(format_of(common), std::cout, std::cerr)->check(answer);
  check_written();
  return report::exit_status(answer);
}

}  // namespace

int ports_main(const invocation& inv) {
  common_options common;
  bool listening = false, all = false, tcp = false, udp = false, raw = false, v4 = false,
       v6 = false, numeric = false, processes = false, all_netns = false, info = false;
  std::string port_text, check_text, source_text = "auto";
  std::vector<std::string> states;

  po::options_description desc("Options");
  desc.add_options()("listening,l", po::bool_switch(&listening),
                     "only listening sockets: TCP LISTEN, bound UDP and raw")(
      "all,a", po::bool_switch(&all), "sockets in every state (default: connected ones)")(
      "tcp,t", po::bool_switch(&tcp), "TCP sockets")("udp,u", po::bool_switch(&udp), "UDP sockets")(
      "raw,w", po::bool_switch(&raw), "raw sockets (default: TCP, UDP and raw)")(
      "ipv4,4", po::bool_switch(&v4), "IPv4 only")("ipv6,6", po::bool_switch(&v6), "IPv6 only")(
      "numeric,n", po::bool_switch(&numeric),
      "numeric addresses and ports (nettrio never resolves names)")(
      "processes,p", po::bool_switch(&processes),
      "show the owning pid/program (root sees every owner)")(
      "port", po::value(&port_text)->value_name("N"),
      "only sockets whose local or remote port is N")(
      "state", po::value(&states)->value_name("STATE"),
      "only sockets in STATE (repeatable): established, syn-sent, syn-recv, fin-wait-1, "
      "fin-wait-2, time-wait, close (unconn), close-wait, last-ack, listen, closing, or the "
      "groups listening, connected, synchronized, all")(
      "all-netns", po::bool_switch(&all_netns),
      "sockets of every network namespace on the host (containers, ip netns), each labelled "
      "(root only)")("info,i", po::bool_switch(&info),
                     "TCP connection health as ss -ti: rtt, retransmissions, cwnd, ssthresh, "
                     "delivery rate, unacked, lost")(
      "check", po::value(&check_text)->value_name("PORT"),
      "is anything listening on PORT, on which addresses, owned by whom? (TCP; -u for UDP, -t -u "
      "for both)");
  add_common_options(desc, common);
  po::options_description hidden("Hidden");
  std::vector<std::string> stray;
  hidden.add_options()("source", po::value(&source_text), "auto, netlink or proc (for tests)")(
      "stray", po::value(&stray));
  po::options_description everything;
  everything.add(desc).add(hidden);
  po::positional_options_description positional;
  positional.add("stray", -1);
  auto vm = parse(inv, everything, positional);
  if (common.help) {
    print_help(inv, "[options] | --check PORT [-t|-u]",
               "List sockets like ss/netstat (netlink sock_diag, /proc/net as fallback), or\n"
               "answer \"why is my server refusing connections?\" with --check PORT.",
               desc,
               "Examples: ports -ltn   ports -ltunp   ports -ti   ports -ltn --all-netns\n"
               "          ports --check 8080   ports --check 53 -u\n"
               "Exit status: 0 success; with --check, 0 when something listens on a non-loopback\n"
               "address and nothing stops clients; 1 when nothing does, only loopback, the host\n"
               "firewall blocks it, it listens in another namespace only, or its accept queue\n"
               "is full; 2 usage or runtime error.");
    return exit_ok;
  }
  setup_logging(common);
  // main() dropped every privilege before dispatch, before logging was set up; a root user
  // keeps their own capabilities to read every socket's owner, and drops them right after
  // (drop_after_reading). Checked again and said here.
  if (!user_is_root()) {
    if (!holds_no_privileges())
      throw std::system_error(std::make_error_code(std::errc::operation_not_permitted),
                              "privileges are still held after dropping them");
    spdlog::debug("privileges dropped: no capabilities left");
  }
  (void)numeric;
  if (!stray.empty())
    throw usage_error(fmt::format(
        "unexpected argument '{}': ports takes options only (a port goes with --port or --check)",
        stray.front()));

  source_kind kind = source_kind::automatic;
  if (source_text == "netlink")
    kind = source_kind::netlink;
  else if (source_text == "proc")
    kind = source_kind::proc;
  else if (source_text != "auto")
    throw usage_error(
        fmt::format("unknown --source '{}' (use auto, netlink or proc)", source_text));

  if (vm.count("check")) {
    if (raw) throw usage_error("--check works on TCP and UDP ports (-t, -u), not raw sockets (-w)");
    if (vm.count("port")) throw usage_error("--check takes the port itself; drop --port");
    if (vm.count("state") || all)
      throw usage_error("--check looks at listening sockets; drop --state and -a");
    if (all_netns || info)
      throw usage_error("--check looks at other namespaces by itself; drop --all-netns and -i");
    check_options opts;
    opts.port = parse_port("--check", check_text);
    opts.tcp = tcp || !udp;
    opts.udp = udp;
    opts.ipv4 = !v6;
    opts.ipv6 = !v4;
    return run_check(opts, kind, common);
  }

  socket_query q;
  if (tcp || udp || raw) {
    q.tcp = tcp;
    q.udp = udp;
    q.raw = raw;
  }
  q.ipv4 = !v6;  // -4 with -6 leaves no family: validate() says so
  q.ipv6 = !v4;
  if (!states.empty()) {
    if (listening || all) throw usage_error("--state replaces -l and -a; give one of them");
    q.states = 0;
    for (const auto& s : states) {
      auto m = parse_state(s);
      if (!m)
        throw usage_error(fmt::format(
            "unknown --state '{}' (use established, syn-sent, syn-recv, fin-wait-1, fin-wait-2, "
            "time-wait, close, close-wait, last-ack, listen, closing, listening, connected, all)",
            s));
      q.states |= *m;
    }
  } else if (all) {
    q.states = all_states;
  } else if (listening) {
    q.states = listening_states;
  }
  if (vm.count("port")) q.port = parse_port("--port", port_text);
  if (auto err = validate(q); !err.empty()) throw usage_error(err);

  if (all_netns && info) throw usage_error("-i reads this namespace only; drop --all-netns or -i");
  if (all_netns && !user_is_root())
    throw usage_error(
        "--all-netns needs root: entering other network namespaces needs CAP_SYS_ADMIN");

  std::vector<socket_record> records;
  std::vector<std::uint64_t> netns;
  netns_scan scan;
  std::vector<netns_failure> netns_failures;
  std::vector<std::optional<tcp_info_summary>> infos;
  std::string source_name = "every namespace";
  if (all_netns) {
    scan = find_network_namespaces();
    auto all_sockets = list_sockets_all_netns(scan, q);
    for (auto& s : all_sockets.sockets) {
      netns.push_back(s.netns);
      records.push_back(std::move(s.socket));
    }
    netns_failures = std::move(all_sockets.failures);
  } else {
    auto source = make_socket_source(kind);
    records = list_sockets(*source, q);
    source_name = source->name();
  }
  if (info) {
    // tcp_info comes from a dump of its own, matched to the table's rows by inode and
    // endpoints (a socket that came or went in between has none).
    using key = std::tuple<std::uint64_t, std::uint16_t, std::uint16_t, std::string, std::string>;
    auto key_of = [](const socket_record& r) {
      return key{r.inode, r.local_port, r.remote_port, r.local_address.to_string(),
                 r.remote_address.to_string()};
    };
    std::map<key, tcp_info_summary> by_key;
    tcp_info_reader reader;
    for (auto& r : list_tcp_info(reader, q))
      if (r.info) by_key.emplace(key_of(r.socket), *r.info);
    for (const auto& r : records) {
      std::optional<tcp_info_summary> found;
      if (r.proto == transport::tcp)
        if (auto it = by_key.find(key_of(r)); it != by_key.end()) found = it->second;
      infos.push_back(found);
    }
  }
  owner_stats stats;
  if (processes) resolve_owners(records, stats);
  drop_after_reading();
  spdlog::debug("{} sockets from {}; owners: {}/{} found, {} processes read, {} denied, {} fds",
                records.size(), source_name, stats.found, stats.wanted, stats.processes_scanned,
                stats.processes_denied, stats.descriptors_read);

  auto table = report::make_ports_report(std::move(records), processes, stats);
  table.netns = std::move(netns);
  table.namespaces = std::move(scan);
  table.netns_failures = std::move(netns_failures);
  table.info = std::move(infos);
  report::make_ports_writer(format_of(common), std::cout, std::cerr)->table(table);
  check_written();
  return report::exit_status(table);
}

}  // namespace nettrio::cli
