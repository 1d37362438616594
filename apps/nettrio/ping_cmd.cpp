// nettrio ping: options with iputils' letters, then the iputils output shape for one host
// and fping's for many.

#include "common.hpp"

#include <nettrio/ping/pinger.hpp>
#include <nettrio/probe/privileges.hpp>
#include <nettrio/probe/socket_network.hpp>
#include <nettrio/text/sanitize.hpp>

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <csignal>
#include <fstream>
#include <iostream>
#include <memory>
#include <unordered_set>

namespace nettrio::cli {

namespace {

pinger* g_pinger = nullptr;
extern "C" void on_sigint(int) {
  if (g_pinger) g_pinger->request_stop();
}

std::chrono::nanoseconds seconds_to_ns(double s) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::duration<double>(s));
}

std::string fmt_ms(double ms) {
  return fmt::format("{:.3f}", ms);
}

nlohmann::json to_json(const ping_summary& s, std::optional<std::uint16_t> tcp_port) {
  nlohmann::json j;
  j["target"] = s.dest.name;
  j["address"] = s.dest.address.to_string();
  j["method"] = tcp_port ? "tcp" : "icmp";
  if (tcp_port) {
    j["port"] = *tcp_port;
    j["refused"] = s.tcp_refused;  // answers that were RST: host up, port closed
  }
  j["transmitted"] = s.transmitted;
  j["received"] = s.received;
  j["duplicates"] = s.duplicates;
  j["corrupted"] = s.corrupted;
  j["errors"] = s.errors;
  j["loss_percent"] = s.loss();
  j["alive"] = s.alive();
  if (s.rtt)
    j["rtt_ms"] = {{"min", s.rtt->min_ms},
                   {"avg", s.rtt->avg_ms},
                   {"max", s.rtt->max_ms},
                   {"mdev", s.rtt->mdev_ms}};
  else
    j["rtt_ms"] = nullptr;
  auto& replies = j["replies"] = nlohmann::json::array();
  for (const auto& r : s.replies) {
    nlohmann::json jr{{"seq", r.seq}, {"from", r.from.to_string()}, {"rtt_ms", r.rtt_ms}};
    jr["ttl"] = r.ttl >= 0 ? nlohmann::json(r.ttl) : nlohmann::json(nullptr);
    replies.push_back(std::move(jr));
  }
  return j;
}

void print_no_reply_hint(const std::vector<const ping_summary*>& silent, bool tcp) {
  if (silent.empty()) return;
  if (tcp) {
    std::cerr << fmt::format(
        "hint: no TCP answer from {}: a firewall drops the SYNs, or the host is down.\n",
        silent.size() == 1 ? sanitize(silent[0]->dest.name)
                           : fmt::format("{} targets", silent.size()));
    return;
  }
  const auto who = silent.size() == 1 ? sanitize(silent[0]->dest.name)
                                      : fmt::format("{} targets", silent.size());
  std::cerr << fmt::format(
      "hint: no reply from {}. ICMP may be filtered rather than the host down: on a cloud host "
      "the\n"
      "hint: receiver's security group must allow inbound ICMP and the sender's outbound ICMP.\n"
      "hint: try a TCP port the host serves: 'nettrio ping --tcp 22 {}' or '--tcp 443'.\n",
      who, silent.size() == 1 ? sanitize(silent[0]->dest.name) : "HOST");
}

}  // namespace

namespace {

// Opens the sockets for both families when both may be needed. A host without IPv6 (or,
// unprivileged, without one of them) still pings the family it has: the missing one is
// reported when a target needs it. The first error is the one shown when none opens.
std::unique_ptr<network> open_sockets(socket_options so, bool ipv4, bool ipv6, socket_report& rep) {
  so.ipv4 = ipv4;
  so.ipv6 = ipv6;
  try {
    return make_socket_network(so, &rep);
  } catch (const std::system_error&) {
    if (!(ipv4 && ipv6)) throw;
    for (const bool v4_only : {true, false}) {
      so.ipv4 = v4_only;
      so.ipv6 = !v4_only;
      rep = {};
      try {
        return make_socket_network(so, &rep);
      } catch (const std::system_error&) {
      }
    }
    throw;
  }
}

}  // namespace

int ping_main(const invocation& inv) {
  common_options common;
  std::uint64_t count = 0;
  std::string interval_s, timeout_s, deadline_s, file;
  int size = 56, ttl = 64;
  double rate = 1000;
  int tcp_port = -1;
  bool quiet = false, numeric = false, v4 = false, v6 = false, alive_only = false,
       unreach_only = false;
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
      "quiet,q", po::bool_switch(&quiet), "only the summary")(
      "numeric,n", po::bool_switch(&numeric),
      "numeric output only (nettrio never does reverse lookups in ping)")(
      "rate", po::value(&rate)->value_name("PPS"),
      "total probes per second across targets (default 1000; 0 = unlimited)")(
      "tcp", po::value(&tcp_port)->value_name("PORT"),
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

  ping_options opts;
  if (vm.count("count") && count == 0) throw usage_error("count (-c) must be at least 1");
  if (v4 && v6) throw usage_error("-4 and -6 exclude each other");
  if (size < 0) throw usage_error(fmt::format("packet size (-s) {} is negative", size));
  if (ttl < 1 || ttl > 255)
    throw usage_error(fmt::format("TTL (-t) {} is out of range; use 1 to 255", ttl));
  if (vm.count("tcp") && (tcp_port < 1 || tcp_port > 65535))
    throw usage_error(fmt::format("--tcp port {} is out of range; use 1 to 65535", tcp_port));
  if (vm.count("interval")) opts.interval = seconds_to_ns(parse_seconds("--interval", interval_s));
  if (vm.count("timeout")) opts.timeout = seconds_to_ns(parse_seconds("--timeout", timeout_s));
  if (vm.count("deadline")) opts.deadline = seconds_to_ns(parse_seconds("--deadline", deadline_s));
  opts.payload_size = static_cast<std::size_t>(size);
  opts.ttl = static_cast<std::uint8_t>(ttl);
  opts.rate = rate;
  if (tcp_port > 0) opts.tcp_port = static_cast<std::uint16_t>(tcp_port);
  opts.record_replies = common.json;  // only JSON lists replies; a long run stays flat
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
  so.icmp = !opts.tcp_port;
  so.tcp = opts.tcp_port.has_value();
  socket_report rep;
  auto net = open_sockets(so, !v6, !v4, rep);
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
  std::vector<target> targets;
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

  const bool multi =
      targets.size() > 1 || specs.size() > 1 || specs[0].find('/') != std::string::npos;
  opts.count = count;
  if (multi) {  // fping's defaults: one probe each, half a second to answer
    if (!vm.count("count")) opts.count = 1;
    if (!vm.count("timeout")) opts.timeout = std::chrono::milliseconds(500);
  }

  pinger p(*net, opts);
  g_pinger = &p;
  std::signal(SIGINT, on_sigint);

  const bool tty_progress = multi && !common.json && ::isatty(STDERR_FILENO);
  const auto& t0 = targets.front();
  if (!multi && !common.json) {
    if (opts.tcp_port)
      std::cout << fmt::format("PING {} ({}) TCP port {}\n", sanitize(t0.name),
                               t0.address.to_string(), *opts.tcp_port);
    else
      std::cout << fmt::format("PING {} ({}) {}({}) bytes of data.\n", sanitize(t0.name),
                               t0.address.to_string(), opts.payload_size,
                               opts.payload_size + 8 + (t0.address.is_v4() ? 20 : 40));
    std::cout.flush();
  }

  std::size_t answered_targets = 0, events = 0;
  std::vector<bool> announced(targets.size(), false);
  auto last_progress = std::chrono::steady_clock::now();
  auto run = p.run(targets, [&](const ping_event& ev) {
    const auto& r = ev.result;
    const auto& t = targets[ev.target_index];
    ++events;
    if (common.json) return;
    if (tty_progress &&
        std::chrono::steady_clock::now() - last_progress > std::chrono::milliseconds(100)) {
      last_progress = std::chrono::steady_clock::now();
      std::cerr << fmt::format("\r{} probes done, {} targets alive   ", events, answered_targets);
    }
    if (multi) {
      if (r.status == probe_status::reply && !r.duplicate && !r.corrupt &&
          !announced[ev.target_index]) {
        announced[ev.target_index] = true;
        ++answered_targets;
        if (alive_only && !quiet) std::cout << sanitize(t.name) << "\n";
      }
      if (quiet || alive_only || unreach_only) return;
      // A corrupted reply is no success: fping's "NAME : [SEQ], TIME ms" would read as one.
      if (r.status == probe_status::reply && r.corrupt)
        std::cout << fmt::format("{} : [{}], corrupted reply (BAD CHECKSUM OR DATA!)\n",
                                 sanitize(t.name), r.sent.sequence - 1);
      else if (r.status == probe_status::reply && r.rtt)
        std::cout << fmt::format("{} : [{}], {} ms{}\n", sanitize(t.name), r.sent.sequence - 1,
                                 fmt_ms(std::chrono::duration<double, std::milli>(*r.rtt).count()),
                                 r.duplicate ? " (DUP!)" : "");
      return;
    }
    if (quiet) return;
    const double ms = r.rtt ? std::chrono::duration<double, std::milli>(*r.rtt).count() : 0;
    const auto from = r.from ? r.from->to_string() : t.address.to_string();
    if (r.sent.protocol == probe_protocol::tcp) {
      if (r.status == probe_status::reply)
        std::cout << fmt::format("tcp {}:{}: seq={} {} time={} ms\n", from, r.sent.dst_port,
                                 r.sent.sequence, r.tcp_open ? "open" : "refused", fmt_ms(ms));
      else if (r.status == probe_status::timeout)
        std::cout << fmt::format("tcp {}:{}: seq={} filtered (no answer)\n", t.address.to_string(),
                                 r.sent.dst_port, r.sent.sequence);
      else if (r.status == probe_status::unreachable || r.status == probe_status::time_exceeded)
        std::cout << fmt::format("From {} tcp_seq={} {}\n", from, r.sent.sequence,
                                 icmp_error_text(t.address.family(), r.icmp_type, r.icmp_code));
    } else if (r.status == probe_status::reply) {
      std::cout << fmt::format("{} bytes from {}: icmp_seq={} ttl={} time={} ms{}{}\n",
                               r.sent.payload_size + 8, from, r.sent.sequence, r.reply_ttl,
                               fmt_ms(ms), r.duplicate ? " (DUP!)" : "",
                               r.corrupt ? " (BAD CHECKSUM OR DATA!)" : "");
    } else if (r.status == probe_status::unreachable || r.status == probe_status::time_exceeded) {
      std::cout << fmt::format("From {} icmp_seq={} {}\n", from, r.sent.sequence,
                               icmp_error_text(t.address.family(), r.icmp_type, r.icmp_code));
    } else if (r.status == probe_status::send_failed) {
      std::cout << fmt::format("ping: sendmsg: {}\n", r.error.message());
    }
    std::cout.flush();
  });
  g_pinger = nullptr;
  std::signal(SIGINT, SIG_DFL);
  if (tty_progress) std::cerr << "\r" << std::string(60, ' ') << "\r";

  const auto elapsed_ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(run.elapsed).count();
  bool all_ok = true;
  std::vector<const ping_summary*> silent;
  for (const auto& s : run.targets) {
    const bool ok = (opts.deadline && opts.count) ? s.received >= opts.count : s.alive();
    all_ok = all_ok && ok;
    if (!s.alive()) silent.push_back(&s);
  }

  if (common.json) {
    // Names from a target file may hold any bytes: invalid UTF-8 becomes U+FFFD.
    for (const auto& s : run.targets)
      std::cout << to_json(s, opts.tcp_port)
                       .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                << "\n";
  } else if (!multi) {
    const auto& s = run.targets.front();
    std::cout << fmt::format("\n--- {} ping statistics ---\n", sanitize(s.dest.name));
    std::string extra;
    if (s.duplicates) extra += fmt::format(", +{} duplicates", s.duplicates);
    if (s.corrupted) extra += fmt::format(", +{} corrupted", s.corrupted);
    if (s.errors) extra += fmt::format(", +{} errors", s.errors);
    std::cout << fmt::format(
        "{} packets transmitted, {} received{}, {:g}% packet loss, time {}ms\n", s.transmitted,
        s.received, extra, s.loss(), elapsed_ms);
    if (s.rtt)
      std::cout << fmt::format("rtt min/avg/max/mdev = {}/{}/{}/{} ms\n", fmt_ms(s.rtt->min_ms),
                               fmt_ms(s.rtt->avg_ms), fmt_ms(s.rtt->max_ms),
                               fmt_ms(s.rtt->mdev_ms));
    if (opts.tcp_port && s.tcp_refused)
      std::cout << fmt::format(
          "{} of {} answers were refused: the host is up but nothing listens on port {}\n",
          s.tcp_refused, s.received, *opts.tcp_port);
  } else if (alive_only) {
    // printed live
  } else if (unreach_only) {
    for (const auto* s : silent) std::cout << sanitize(s->dest.name) << "\n";
  } else {
    for (const auto& s : run.targets) {
      std::cout << fmt::format("{} : xmt/rcv/%loss = {}/{}/{:g}%", sanitize(s.dest.name),
                               s.transmitted, s.received, s.loss());
      if (s.rtt)
        std::cout << fmt::format(", min/avg/max = {}/{}/{}", fmt_ms(s.rtt->min_ms),
                                 fmt_ms(s.rtt->avg_ms), fmt_ms(s.rtt->max_ms));
      std::cout << "\n";
    }
  }
  std::cout.flush();
  if (!common.json && !(multi && (alive_only || unreach_only)))
    print_no_reply_hint(silent, opts.tcp_port.has_value());
  else if (common.json && !silent.empty() && !multi)
    print_no_reply_hint(silent, opts.tcp_port.has_value());
  spdlog::debug("{} replies rejected by matching", run.rejected);
  return all_ok ? exit_ok : exit_negative;
}

}  // namespace nettrio::cli
