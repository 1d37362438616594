// nettrio ports: the socket table with netstat/ss letters, and --check PORT, the answer to
// "why is my server refusing connections?". Options are parsed into a port_table_options or
// check_options and validated by the library (ports/run.hpp), which reads the table or runs
// the check; the result goes to a writer of libnettrio's report layer (the table in one
// piece: a busy host has tens of thousands of sockets and the table must beat ss).

#include "common.hpp"

#include <nettrio/ports/check.hpp>
#include <nettrio/ports/run.hpp>
#include <nettrio/ports/socket_table.hpp>
#include <nettrio/probe/privileges.hpp>
#include <nettrio/report/ports.hpp>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <cerrno>
#include <iostream>
#include <system_error>

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

int run_check(const check_options& opts, source_kind kind, const common_options& common) {
  if (auto err = validate(opts); !err.empty()) throw usage_error(err);
  auto checked = run_port_check(opts, kind);
  drop_after_reading();
  auto answer = report::make_port_check_report(std::move(checked.verdict), checked.owners);
  answer.findings = std::move(checked.findings);
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

  if (auto err = validate(ports_switches{.check = vm.count("check") > 0,
                                         .port = vm.count("port") > 0,
                                         .state = !states.empty(),
                                         .listening = listening,
                                         .all = all,
                                         .raw = raw,
                                         .all_netns = all_netns,
                                         .info = info});
      !err.empty())
    throw usage_error(err);
  if (vm.count("check")) {
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
  const port_table_options to{
      .query = q, .source = kind, .all_netns = all_netns, .info = info, .processes = processes};
  if (auto err = validate(to, user_is_root()); !err.empty()) throw usage_error(err);

  auto read = read_port_table(to);
  drop_after_reading();
  const auto& stats = read.owners;
  spdlog::debug("{} sockets from {}; owners: {}/{} found, {} processes read, {} denied, {} fds",
                read.sockets.size(), read.source, stats.found, stats.wanted,
                stats.processes_scanned, stats.processes_denied, stats.descriptors_read);

  auto table = report::make_ports_report(std::move(read.sockets), processes, read.owners);
  table.netns = std::move(read.netns);
  table.namespaces = std::move(read.namespaces);
  table.netns_failures = std::move(read.netns_failures);
  table.info = std::move(read.info);
  report::make_ports_writer(format_of(common), std::cout, std::cerr)->table(table);
  check_written();
  return report::exit_status(table);
}

}  // namespace nettrio::cli
