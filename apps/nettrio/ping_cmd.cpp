// nettrio ping: options with iputils' letters, translated to ping_options, then the run,
// streamed to a writer of libnettrio's report layer (iputils' text shape for one host,
// fping's for many, or JSON).

#include "common.hpp"

#include <nettrio/ping/pinger.hpp>
#include <nettrio/probe/event_loop.hpp>
#include <nettrio/probe/privileges.hpp>
#include <nettrio/probe/socket_network.hpp>
#include <nettrio/report/ping.hpp>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <unistd.h>

#include <csignal>
#include <fstream>
#include <iostream>
#include <memory>

namespace nettrio::cli {

namespace {

std::chrono::nanoseconds seconds_to_ns(double s) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::duration<double>(s));
}

}  // namespace

int ping_main(const invocation& inv) {
  common_options common;
  std::uint64_t count = 0;
  std::string interval_s, timeout_s, deadline_s, file;
  int size = 56, ttl = 64;
  double rate = 1000;
  std::string tcp_text;
  std::string pmtudisc;
  bool quiet = false, numeric = false, v4 = false, v6 = false, alive_only = false,
       unreach_only = false, adaptive = false;
  std::vector<std::string> specs;

  po::options_description desc("Options");
  desc.add_options()(
      "count,c", po::value(&count)->value_name("N"),
      "stop after N probes per target (single target: until interrupted; several: 1)")(
      "interval,i", po::value(&interval_s)->value_name("SEC"),
      "seconds between probes to one target (default 1; fractional allowed)")(
      "timeout,W", po::value(&timeout_s)->value_name("SEC"),
      "seconds to wait for each reply (default 10; several targets: 0.5)")(
      "deadline,w", po::value(&deadline_s)->value_name("SEC"),
      "stop after SEC seconds whatever happens")("size,s", po::value(&size)->value_name("BYTES"),
                                                 "payload bytes per probe (default 56)")(
      "ttl,t", po::value(&ttl)->value_name("N"), "IP time to live / hop limit (default 64)")(
      "pmtudisc,M", po::value(&pmtudisc)->value_name("HINT"),
      "path MTU discovery, as iputils: do (Don't Fragment, keep to the learnt path MTU), "
      "probe (Don't Fragment, past it), want (the kernel's default), dont (never DF)")(
      "quiet,q", po::bool_switch(&quiet), "only the summary")(
      "numeric,n", po::bool_switch(&numeric),
      "numeric output only (nettrio never does reverse lookups in ping)")(
      "adaptive,A", po::bool_switch(&adaptive),
      "adaptive pacing, as iputils -A: the interval follows each target's round trip, so "
      "about one probe per target is unanswered at a time (at least 2 ms apart unless root)")(
      "rate", po::value(&rate)->value_name("PPS"),
      "total probes per second across targets (default 1000; 0 = unlimited)")(
      "tcp", po::value(&tcp_text)->value_name("PORT"),
      "measure TCP connect time to PORT instead of ICMP (no privilege needed)")(
      "file,f", po::value(&file)->value_name("FILE"),
      "read targets from FILE, one per line ('-' for stdin)")(
      "alive,a", po::bool_switch(&alive_only), "several targets: list only those that answered")(
      "unreachable,u", po::bool_switch(&unreach_only),
      "several targets: list only those that did not")("ipv4,4", po::bool_switch(&v4), "IPv4 only")(
      "ipv6,6", po::bool_switch(&v6), "IPv6 only");
  po::options_description hidden;
  hidden.add_options()("target", po::value(&specs)->multitoken());
  add_common_options(desc, common);
  po::positional_options_description pos;
  pos.add("target", -1);
  auto vm = parse(inv, desc, hidden, pos);
  if (common.help) {
    drop_privileges();  // no socket to open
    print_help(inv, "[options] TARGET... | -f FILE",
               "Send ICMP echo requests (type 8/0, 128/129 on IPv6) and report replies, loss\nand "
               "round-trip times. Many targets and CIDR ranges are probed at once.",
               desc,
               "Exit status: 0 every target answered, 1 some did not (with -w and -c: fewer "
               "than\n-c replies), 2 usage or runtime error.");
    return exit_ok;
  }
  setup_logging(common);

  // Command-line text to values; every rule on the values is validate()'s (the library's).
  ping_options opts;
  if (vm.count("count") && count == 0) throw usage_error("count (-c) must be at least 1");
  if (v4 && v6) throw usage_error("-4 and -6 exclude each other");
  if (size < 0) throw usage_error(fmt::format("packet size (-s) {} is negative", size));
  if (vm.count("tcp")) opts.tcp_port = parse_port("--tcp", tcp_text);
  if (vm.count("interval")) opts.interval = seconds_to_ns(parse_seconds("--interval", interval_s));
  if (vm.count("timeout")) opts.timeout = seconds_to_ns(parse_seconds("--timeout", timeout_s));
  if (vm.count("deadline")) opts.deadline = seconds_to_ns(parse_seconds("--deadline", deadline_s));
  opts.payload_size = static_cast<std::size_t>(size);
  opts.ttl = ttl;
  opts.rate = rate;
  opts.adaptive = adaptive;
  if (adaptive && !user_is_root()) opts.adaptive_floor = min_user_interval;
  const auto writer = report::make_ping_writer(
      common.json ? report::output_format::json : report::output_format::text, std::cout, std::cerr,
      {.quiet = quiet,
       .alive_only = alive_only,
       .unreachable_only = unreach_only,
       .progress = ::isatty(STDERR_FILENO) == 1});
  opts.record_replies = writer->needs_replies();  // a long run stays flat unless listed
  if (auto err = validate(opts); !err.empty()) throw usage_error(err);
  // iputils: "cannot flood; minimal interval allowed for user is 2ms", exit 2, no usage hint.
  if (privileged_by_install())
    if (auto err = check_user_floor(opts); !err.empty()) throw std::runtime_error(err);

  if (specs.empty() && file.empty())
    throw usage_error("no target given: name a host, an address or a CIDR range");

  // Sockets first, as iputils does: CAP_NET_RAW is raised only inside socket()
  // (socket_with_net_raw) and gone for good before the target file, stdin or a name is
  // read. The targets' families are not known yet: both, unless -4 or -6 says.
  socket_options so;
  if (vm.count("pmtudisc")) {
    const auto hint = parse_pmtudisc(pmtudisc);
    if (!hint)
      throw usage_error(
          fmt::format("invalid -M argument: {}; use do, want, dont or probe", pmtudisc));
    so.dont_fragment = hint->dont_fragment;
    so.respect_path_mtu = hint->respect_path_mtu;
  }
  so.icmp = !opts.tcp_port;
  so.tcp = opts.tcp_port.has_value();
  socket_report rep;
  auto net = open_ping_network(so, !v6, !v4, rep);
  drop_privileges();
  spdlog::debug("sockets: icmp4={} icmp6={}", rep.icmp4, rep.icmp6);

  if (!file.empty()) {
    try {
      std::vector<std::string> more;
      if (file == "-") {
        more = read_specs(std::cin);
      } else {
        std::ifstream in(file);
        if (!in) throw usage_error(fmt::format("cannot read target file '{}'", file));
        more = read_specs(in);
      }
      specs.insert(specs.end(), more.begin(), more.end());
    } catch (const input_error& e) {
      throw usage_error(fmt::format("target file '{}': {}", file, e.what()));
    }
  }
  if (specs.empty()) throw usage_error("no target given: name a host, an address or a CIDR range");

  std::optional<ip_family> family;
  if (v4) family = ip_family::v4;
  if (v6) family = ip_family::v6;
  report::ping_report result;
  auto& targets = result.targets;
  try {
    targets = resolve_specs(specs, family);  // counted before anything is expanded
  } catch (const input_error& e) {
    throw usage_error(e.what());
  }
  if (so.icmp)
    for (const auto& t : targets)
      if ((t.address.is_v4() ? rep.icmp4 : rep.icmp6).empty())
        throw std::runtime_error(fmt::format("cannot ping {}: no ICMP{} socket could be opened",
                                             t.address.to_string(), t.address.is_v4() ? "" : "v6"));

  result.many = targets.size() > 1 || specs.size() > 1 || specs[0].find('/') != std::string::npos;
  opts.count = count;
  if (result.many) {  // fping's defaults: one probe each, half a second to answer
    if (!vm.count("count")) opts.count = 1;
    if (!vm.count("timeout")) opts.timeout = std::chrono::milliseconds(500);
  }
  result.options = opts;

  event_loop loop;
  ping_session session(loop, *net, opts, targets, [&](const ping_event& ev) { writer->event(ev); });
  // Ctrl-C ends the run with its summary, as iputils does.
  const auto sigint = loop.watch_signals({SIGINT}, [&](int) { session.stop(); });
  writer->start(result);
  session.start([&] { loop.stop(); });
  loop.run();
  result.run = session.take_result();
  writer->finish(result);
  spdlog::debug("{} replies rejected by matching", result.run.rejected);
  return report::exit_status(result);
}

}  // namespace nettrio::cli
