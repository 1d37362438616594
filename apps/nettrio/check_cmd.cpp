// nettrio check: options to a plan, the sockets opened while privileges allow, then the
// library runs the steps (libnettrio/check) and a writer prints them (libnettrio/report).

#include "common.hpp"

#include <nettrio/check/check.hpp>
#include <nettrio/check/dns.hpp>
#include <nettrio/ping/targets.hpp>
#include <nettrio/probe/privileges.hpp>
#include <nettrio/probe/socket_network.hpp>
#include <nettrio/report/check.hpp>
#include <nettrio/text/parse.hpp>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>

namespace nettrio::cli {

namespace {

using namespace std::chrono_literals;

// TARGET[:PORT], [V6]:PORT or a bare IPv6 address.
std::pair<std::string, std::optional<std::uint16_t>> split_target(const std::string& spec) {
  auto r = split_host_port(spec);
  switch (r.error) {
    case host_port::problem::none:
      break;
    case host_port::problem::bad_port:
      throw usage_error(fmt::format("bad port in '{}': use HOST:PORT with PORT 1 to 65535", spec));
    case host_port::problem::missing_bracket:
      throw usage_error(fmt::format("bad target '{}': missing ']'", spec));
    case host_port::problem::expected_port:
      throw usage_error(fmt::format("bad target '{}': expected [ADDRESS]:PORT", spec));
  }
  return {std::move(r.host), r.port};
}

}  // namespace

int check_main(const invocation& inv) {
  common_options common;
  std::string spec = "localhost";
  std::vector<std::string> ports;
  bool force_trace = false, v4 = false, v6 = false;

  po::options_description desc("Options");
  desc.add_options()("port,p", po::value(&ports)->value_name("PORT")->composing(),
                     "TCP port to test (repeatable); also TARGET:PORT")(
      "trace", po::bool_switch(&force_trace), "always trace, even when ping answers")(
      "ipv4,4", po::bool_switch(&v4), "IPv4 only")("ipv6,6", po::bool_switch(&v6), "IPv6 only");
  po::options_description hidden;
  hidden.add_options()("target", po::value(&spec));
  add_common_options(desc, common);
  po::positional_options_description pos;
  pos.add("target", 1);
  parse(inv, desc, hidden, pos);
  if (common.help) {
    drop_privileges();  // no socket to open
    print_help(
        inv, "[options] [TARGET[:PORT]] [--port N ...]",
        "The first-response steps in one command: resolve the name, ping it, connect to the\n"
        "TCP ports given, trace the path when ping fails or is lossy or slow, and on this host\n"
        "read the socket table for the ports. Ends with one diagnosis and the next step.\n"
        "Takes under 10 s.",
        desc,
        "Exit status: 0 everything asked works (ICMP filtered while the ports answer counts as\n"
        "working), 1 the diagnosis found a problem, 2 usage or runtime error.");
    return exit_ok;
  }
  setup_logging(common);
  if (v4 && v6) throw usage_error("-4 and -6 exclude each other");

  auto [host, port_in_target] = split_target(spec);
  check_plan plan;
  plan.target = host;
  plan.force_trace = force_trace;
  if (port_in_target) plan.ports.push_back(*port_in_target);
  for (const auto& text : ports) {
    const auto p = nettrio::parse_port(text);
    if (p.result == port_parse::status::malformed)
      throw usage_error(fmt::format("the argument ('{}') for option '--port' is invalid", text));
    if (p.result == port_parse::status::out_of_range)
      throw usage_error(fmt::format("port {} is out of range; use 1 to 65535", text));
    if (std::find(plan.ports.begin(), plan.ports.end(), p.port) == plan.ports.end())
      plan.ports.push_back(p.port);
  }
  if (auto err = validate(plan); !err.empty()) throw usage_error(err);

  // 1. Resolve.
  std::optional<ip_family> family;
  if (v4) family = ip_family::v4;
  if (v6) family = ip_family::v6;
  // 0. DNS, when the target is a name: each server of /etc/resolv.conf asked directly, and
  // /etc/hosts (c-ares on a loop of its own, bounded by its timeout; check/dns.hpp).
  std::optional<dns_report> dns;
  // localhost names are answered locally and never sent to DNS (RFC 6761 6.3).
  const bool localhost_name = host == "localhost" || host.ends_with(".localhost");
  if (!ip_address::parse(host) && !localhost_name) {
    dns_options dopts;
    dopts.name = host;
    dopts.ipv4 = !v6;
    dopts.ipv6 = !v4;
    if (validate(dopts).empty()) dns = run_dns_check(dopts);
  }
  target t;
  bool resolved = true;
  try {
    t = resolve_spec(host, family).front();
  } catch (const input_error& e) {
    // A name that does not resolve is the dns step's finding (exit 1), not a usage error.
    if (!dns) throw usage_error(e.what());
    resolved = false;
  }
  if (resolved) {
    plan.address = t.address;
    plan.local = is_local_address(t.address);
  }

  auto writer = report::make_check_writer(
      common.json ? report::output_format::json : report::output_format::text, std::cout, std::cerr,
      report::check_writer_options{.color = !common.json && ::isatty(STDOUT_FILENO) &&
                                            !std::getenv("NO_COLOR")});
  writer->start(plan);
  check_session session(plan, [&](const check_step& s) { writer->step(s); });
  if (dns) session.dns(*dns);
  if (!resolved) {
    const auto rep = session.unresolved();
    writer->finish(rep);
    return exit_negative;
  }
  session.resolved();

  // Every socket is opened before privileges go (CAP_NET_RAW is raised only inside socket()).
  socket_options so;
  so.ipv4 = t.address.is_v4();
  so.ipv6 = t.address.is_v6();
  std::unique_ptr<network> icmp_net, tcp_net, udp_net, mtu_net;
  check_networks nets;
  try {
    so.icmp = true;
    icmp_net = make_socket_network(so);
  } catch (const std::system_error& e) {
    nets.icmp_error = e.what();
  }
  if (icmp_net) {
    // The MTU step's echo probes carry Don't Fragment (past the kernel's cached path MTU).
    auto mso = so;
    mso.dont_fragment = true;
    try {
      mtu_net = make_socket_network(mso);
    } catch (const std::system_error& e) {
      spdlog::debug("no MTU step: {}", e.what());
    }
  }
  so.icmp = false;
  if (!plan.ports.empty()) {
    so.tcp = true;
    tcp_net = make_socket_network(so);
    so.tcp = false;
  }
  so.udp = true;
  udp_net = make_socket_network(so);
  // The socket table is read as the user, as `ports` does: a user other than root has lost
  // what the install granted before it, so another user's listener shows no owner. Root's
  // capabilities are its own (`ports` run by root sees every owner too) and go after it.
  if (!user_is_root()) drop_privileges();
  local_ports table;
  if (plan.local && !plan.ports.empty()) table = read_local_ports(plan.ports);
  if (user_is_root()) drop_privileges();

  nets.icmp = icmp_net.get();
  nets.tcp = tcp_net.get();
  nets.trace = udp_net.get();
  nets.mtu = mtu_net.get();
  nets.open_tcp = [&] {
    socket_options tso;
    tso.ipv4 = t.address.is_v4();
    tso.ipv6 = t.address.is_v6();
    tso.icmp = false;
    tso.tcp = true;
    return make_socket_network(tso);
  };
  const auto rep = session.run(nets, table);
  writer->finish(rep);
  return report::exit_status(rep) == 0 ? exit_ok : exit_negative;
}

}  // namespace nettrio::cli
