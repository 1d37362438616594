// nettrio trace: traceroute's letters and output shape, mtr's report, and a verdict.

#include "common.hpp"

#include <nettrio/ping/targets.hpp>
#include <nettrio/probe/event_loop.hpp>
#include <nettrio/probe/privileges.hpp>
#include <nettrio/probe/socket_network.hpp>
#include <nettrio/report/trace.hpp>
#include <nettrio/text/parse.hpp>
#include <nettrio/trace/reverse_dns.hpp>
#include <nettrio/trace/trace_job.hpp>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <optional>

#include <unistd.h>

namespace nettrio::cli {

int trace_main(const invocation& inv) {
  common_options common;
  int max_hops = 30, queries = -1, first_ttl = 1;
  std::string port_s;
  std::string wait_s;
  std::string target_spec;
  bool icmp = false, tcp = false, numeric = false, v4 = false, v6 = false, paris = false,
       report = false;
  std::uint64_t rounds = 0;
  std::string interval_s;
  int packet_len = -1;
  bool dont_fragment = false;
  bool mtu = false;
  bool mda = false;
  int confidence = 95;
  std::string format_s;

  po::options_description desc("Options");
  desc.add_options()("icmp,I", po::bool_switch(&icmp), "probe with ICMP echo (as Windows tracert)")(
      "tcp,T", po::bool_switch(&tcp), "probe with TCP SYN (connect), port 80 unless -p")(
      "max-hops,m", po::value(&max_hops)->value_name("N"), "largest TTL to probe (default 30)")(
      "queries,q", po::value(&queries)->value_name("N"),
      "probes per hop (default 3; report mode 1)")(
      "first,f", po::value(&first_ttl)->value_name("N"), "first TTL (default 1)")(
      "wait,w", po::value(&wait_s)->value_name("SEC"),
      "longest wait for a reply (default 5); shorter waits adapt to RTTs seen")(
      "port,p", po::value(&port_s)->value_name("PORT"),
      "UDP: base destination port (default 33434, +1 per probe); TCP: port (default 80)")(
      "numeric,n", po::bool_switch(&numeric), "no reverse DNS")(
      "dont-fragment,F", po::bool_switch(&dont_fragment),
      "set Don't Fragment: a probe larger than a link's MTU gets !F (as traceroute -F); "
      "without it, routers fragment large probes")(
      "mtu", po::bool_switch(&mtu),
      "path MTU per hop (as tracepath) from 'fragmentation needed' / 'packet too big', and "
      "PMTU black holes (large packets dropped with no signal); UDP or -I")(
      "paris", po::bool_switch(&paris),
      "keep the flow constant so load balancers keep one path (UDP, ICMP)")(
      "report,r", po::bool_switch(&report),
      "mtr-style report: rounds, then per-hop loss and RTT statistics (default 10 rounds)")(
      "count,c", po::value(&rounds)->value_name("ROUNDS"), "report mode with ROUNDS rounds")(
      "interval,i", po::value(&interval_s)->value_name("SEC"),
      "report mode: seconds between rounds (default 1)")(
      "mda", po::bool_switch(&mda),
      "find every load-balanced (ECMP) path: every interface at each TTL and the links between "
      "them (Multipath Detection Algorithm; a flow is a UDP port, a -T source port or an -I "
      "checksum); with -c N, the loss of each path")(
      "confidence", po::value(&confidence)->value_name("95|99"),
      "--mda: the chance that no interface at a TTL is missed (default 95)")(
      "format", po::value(&format_s)->value_name("FMT"),
      "output: text (default), json (as --json) or dot (Graphviz; with --mda, every path)")(
      "ipv4,4", po::bool_switch(&v4), "IPv4 only")("ipv6,6", po::bool_switch(&v6), "IPv6 only");
  bool nat = false;
  desc.add_options()("nat", po::bool_switch(&nat),
                     "say what NAT detection found, or why this method cannot tell (NATs "
                     "are noted at their hop either way)");
  po::options_description hidden;
  hidden.add_options()("target", po::value(&target_spec))("packetlen", po::value(&packet_len));
  add_common_options(desc, common);
  po::positional_options_description pos;
  pos.add("target", 1).add("packetlen", 1);
  auto vm = parse(inv, desc, hidden, pos);
  if (common.help) {
    drop_privileges();  // no socket to open
    print_help(
        inv, "[options] HOST [PACKETLEN]",
        "Show the path to HOST hop by hop (UDP by default, -I ICMP, -T TCP), then read it: "
        "reached,\n"
        "unreachable at a hop (!N !H !P !X), a firewall after a hop, a silent destination,\n"
        "silent or busy routers, load balancing, asymmetric return paths.",
        desc,
        "Exit status: 0 the destination was reached, 1 it was not, 2 usage or runtime error.\n"
        "Verdict kinds (JSON verdict.kind): reached, unreachable, filtered_after_hop,\n"
        "destination_silent, method_filtered, no_response, incomplete, pmtu_black_hole (--mtu),\n"
        "path_loss (--mda).\n"
        "See man nettrio-trace.");
    return exit_ok;
  }
  setup_logging(common);

  // The values as the user typed them; validate() judges them.
  trace_job_options job;
  trace_options& o = job.trace;
  if (icmp && tcp) throw usage_error("-I and -T exclude each other");
  if (v4 && v6) throw usage_error("-4 and -6 exclude each other");
  o.method = icmp ? probe_protocol::icmp_echo : tcp ? probe_protocol::tcp : probe_protocol::udp;
  o.max_hops = max_hops;
  o.first_ttl = first_ttl;
  if (vm.count("port")) {
    const auto p = nettrio::parse_port(port_s);
    if (p.result == port_parse::status::malformed)
      throw usage_error(fmt::format("the argument ('{}') for option '--port' is invalid", port_s));
    if (p.result == port_parse::status::out_of_range)
      throw usage_error(fmt::format("port (-p) {} is out of range; use 1 to 65535", port_s));
    o.port = p.port;
  }
  if (vm.count("wait")) {
    const double w = parse_seconds("--wait", wait_s);
    // Out of range: a value validate() refuses with the same words.
    o.max_wait = w <= 0 || w > 60 ? std::chrono::milliseconds(0)
                                  : std::chrono::milliseconds(static_cast<long>(w * 1000));
    o.min_wait = std::min(o.min_wait, o.max_wait);
  }
  job.report = report;
  if (vm.count("count")) job.rounds = rounds;
  if (queries >= 0) job.probes_per_hop = queries;
  if (vm.count("interval")) {
    const double s = parse_seconds("--interval", interval_s);
    o.round_interval = s < 0 ? std::chrono::milliseconds(-1)
                             : std::chrono::milliseconds(static_cast<long>(s * 1000));
  }
  o.paris = paris;
  if (packet_len >= 0) o.packet_size = static_cast<std::size_t>(packet_len);
  auto format = common.json ? report::output_format::json : report::output_format::text;
  if (vm.count("format")) {
    const auto f = report::parse_output_format(format_s);
    if (!f || (*f != report::output_format::text && *f != report::output_format::json &&
               *f != report::output_format::dot))
      throw usage_error(
          fmt::format("format (--format) '{}' is not offered; use text, json or dot", format_s));
    if (common.json && *f != report::output_format::json)
      throw usage_error("--json and --format " + format_s + " exclude each other");
    format = *f;
  }
  job.dont_fragment = dont_fragment;
  job.mtu = mtu;
  job.mda = mda;
  if (vm.count("confidence")) job.confidence = confidence;
  job.nat = nat;
  if (auto err = validate(job); !err.empty()) throw usage_error(err);
  if (target_spec.empty()) throw usage_error("no target given: name a host or an address");
  if (target_spec.find('/') != std::string::npos)
    throw usage_error("trace takes one host, not a range");

  std::optional<ip_family> family;
  if (v4) family = ip_family::v4;
  if (v6) family = ip_family::v6;
  target t;
  try {
    t = resolve_spec(target_spec, family).front();
  } catch (const input_error& e) {
    throw usage_error(e.what());
  }

  socket_report rep;
  // CAP_NET_RAW is raised only inside socket() (socket_with_net_raw), then gone for good.
  auto net = make_socket_network(socket_options_of(job, t.address), &rep);
  drop_privileges();

  // Names resolve on the tracer's loop (c-ares), while the trace goes on; -n: none asked.
  event_loop loop;
  reverse_dns dns(loop);

  auto writer = report::make_trace_writer(
      format, std::cout, std::cerr,
      report::trace_writer_options{.report_mode = report_mode(job),
                                   .numeric = numeric,
                                   .names = &dns,
                                   .progress = ::isatty(STDERR_FILENO) != 0,
                                   .nat = nat});
  // --mtu: the session holds the hops until their path MTU is known (a few probes after the
  // trace). Ctrl-C: the hops shown so far stay and the verdict says the trace was
  // interrupted (with --mtu: the held hops are shown then, with what was measured).
  const std::uint64_t total_rounds = trace_options_of(job).rounds;
  trace_job_session session(
      loop, *net, job, t.name, t.address, [&](const hop& h) { writer->hop(h); },
      [&](std::uint64_t round) { writer->round(round, total_rounds); });
  const auto& head = session.result();
  writer->start(report::trace_header{.target = head.target,
                                     .address = head.address,
                                     .method = head.method,
                                     .max_hops = head.max_hops,
                                     .packet_size = head.packet_size,
                                     .rounds = head.rounds});
  run_trace_session(loop, session, *writer);
  writer->finish(session.result());
  std::cout.flush();
  if (!mda) spdlog::debug("sockets: icmp4={} icmp6={}", rep.icmp4, rep.icmp6);
  return report::exit_status(session.result()) == 0 ? exit_ok : exit_negative;
}

}  // namespace nettrio::cli
