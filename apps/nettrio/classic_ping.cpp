// `ping` under its classic name: iputils ping 20221126's options (parsed by getopt with
// iputils' own option string, so bundling, permutation and the error for an unknown letter
// are getopt's, as iputils has them), iputils' messages and exit codes, and its output
// through libnettrio's iputils writer (report::output_format::iputils). nettrio's own hint
// for a silent host appears only with NETTRIO_HINTS=1, on stderr. See docs/cli.md for the
// letters that are refused and why.

#include "common.hpp"

#include <nettrio/packet/ipv4_options.hpp>
#include <nettrio/ping/outstanding.hpp>
#include <nettrio/ping/pinger.hpp>
#include <nettrio/probe/event_loop.hpp>
#include <nettrio/probe/privileges.hpp>
#include <nettrio/probe/socket_network.hpp>
#include <nettrio/report/ping.hpp>

#include <fmt/format.h>

#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <climits>
#include <cmath>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <vector>

#ifndef NETTRIO_VERSION
#define NETTRIO_VERSION "0.0.0"
#endif

namespace nettrio::cli {

namespace {

constexpr const char* iputils_usage =
    "\nUsage\n"
    "  ping [options] <destination>\n\n"
    "Options:\n"
    "  <destination>      dns name or ip address\n"
    "  -a                 use audible ping\n"
    "  -A                 use adaptive ping\n"
    "  -B                 sticky source address\n"
    "  -c <count>         stop after <count> replies\n"
    "  -C                 call connect() syscall on socket creation\n"
    "  -D                 print timestamps\n"
    "  -d                 use SO_DEBUG socket option\n"
    "  -e <identifier>    define identifier for ping session, default is random for\n"
    "                     SOCK_RAW and kernel defined for SOCK_DGRAM\n"
    "                     Imply using SOCK_RAW (for IPv4 only for identifier 0)\n"
    "  -f                 flood ping\n"
    "  -h                 print help and exit\n"
    "  -I <interface>     either interface name or address\n"
    "  -i <interval>      seconds between sending each packet\n"
    "  -L                 suppress loopback of multicast packets\n"
    "  -l <preload>       send <preload> number of packages while waiting replies\n"
    "  -m <mark>          tag the packets going out\n"
    "  -M <pmtud opt>     define mtu discovery, can be one of <do|dont|want>\n"
    "  -n                 no dns name resolution\n"
    "  -O                 report outstanding replies\n"
    "  -p <pattern>       contents of padding byte\n"
    "  -q                 quiet output\n"
    "  -Q <tclass>        use quality of service <tclass> bits\n"
    "  -s <size>          use <size> as number of data bytes to be sent\n"
    "  -S <size>          use <size> as SO_SNDBUF socket option value\n"
    "  -t <ttl>           define time to live\n"
    "  -U                 print user-to-user latency\n"
    "  -v                 verbose output\n"
    "  -V                 print version and exit\n"
    "  -w <deadline>      reply wait <deadline> in seconds\n"
    "  -W <timeout>       time to wait for response\n\n"
    "IPv4 options:\n"
    "  -4                 use IPv4\n"
    "  -b                 allow pinging broadcast\n"
    "  -R                 record route\n"
    "  -T <timestamp>     define timestamp, can be one of <tsonly|tsandaddr|tsprespec>\n\n"
    "IPv6 options:\n"
    "  -6                 use IPv6\n"
    "  -F <flowlabel>     define flow label, default is random\n"
    "  -N <nodeinfo opt>  use icmp6 node info query, try <help> as argument\n\n"
    "For more details see ping(8).\n";

// A message in iputils' words and its exit code (error(3) style: "ping: MESSAGE").
struct classic_exit {
  int code;
};

[[noreturn]] void fail(int code, const std::string& message) {
  std::cerr << "ping: " << message << "\n";
  throw classic_exit{code};
}

// iputils' strtol_or_err: "invalid argument: 'X'" or "...: out of range: A <= value <= B",
// exit 1.
long long number_or_err(const char* text, long long lo, long long hi) {
  errno = 0;
  char* end = nullptr;
  const long long v = std::strtoll(text, &end, 10);
  if (errno == ERANGE || v < lo || v > hi) {
    if (end != text && *end == '\0')
      fail(1, fmt::format("invalid argument: '{}': out of range: {} <= value <= {}", text, lo, hi));
  }
  if (end == text || *end != '\0' || errno) fail(1, fmt::format("invalid argument: '{}'", text));
  return v;
}

// iputils' ping_strtod: garbage is warned about (and becomes fatal one day), not refused.
double seconds_or_err(const char* text, const char* what) {
  if (text == nullptr || *text == '\0') fail(2, fmt::format("bad {}: {}", what, text));
  errno = 0;
  char* end = nullptr;
  const double v = std::strtod(text, &end);
  if (errno || end == text || (end && *end)) {
    std::cerr << "ping: option argument contains garbage: " << (end ? end : "") << "\n"
              << "ping: this will become fatal error in the future\n";
  }
  const auto cls = std::fpclassify(v);
  if (cls != FP_NORMAL && cls != FP_ZERO) fail(2, fmt::format("bad {}: {}", what, text));
  return v;
}

// iputils' strtoul_or_err for -e and -m: unsigned, decimal, octal or hex (base 0).
unsigned long long unsigned_or_err(const char* text, unsigned long long hi) {
  errno = 0;
  char* end = nullptr;
  const unsigned long long v = std::strtoull(text, &end, 0);
  if (end == text || *end != '\0' || errno || text[0] == '-') {
    if (errno == ERANGE && end != text && *end == '\0')
      fail(1, fmt::format("invalid argument: '{}': out of range: 0 <= value <= {}", text, hi));
    fail(1, fmt::format("invalid argument: '{}'", text));
  }
  if (v > hi)
    fail(1, fmt::format("invalid argument: '{}': out of range: 0 <= value <= {}", text, hi));
  return v;
}

// iputils' parsetos (-Q): decimal, or hex after "0x".
std::uint8_t tos_or_err(const char* text) {
  const bool hex = text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
  char* end = nullptr;
  const long v = std::strtol(hex ? text + 2 : text, &end, hex ? 16 : 10);
  if (*end != '\0') fail(2, fmt::format("bad TOS value: {}", text));
  if (v > 255 || v < INT_MIN)
    fail(2, fmt::format("the decimal value of TOS bits must be in range 0-255: {}",
                        static_cast<int>(v)));
  return static_cast<std::uint8_t>(v);
}

// iputils' fill (-p): hex digits only, read two at a time, at most 16 bytes.
std::vector<std::uint8_t> pattern_or_err(const char* text) {
  for (const char* c = text; *c; ++c)
    if (!std::isxdigit(static_cast<unsigned char>(*c)))
      fail(2, fmt::format("patterns must be specified as hex digits: {}", c));
  std::vector<std::uint8_t> out;
  const std::string_view t(text);
  for (std::size_t at = 0; at < t.size() && out.size() < 16; at += 2)
    out.push_back(static_cast<std::uint8_t>(std::stoul(
        std::string(t.substr(at, std::min<std::size_t>(2, t.size() - at))), nullptr, 16)));
  return out;
}

std::chrono::nanoseconds to_ns(double s) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::duration<double>(s));
}

// getnameinfo as iputils' pr_addr calls it: a name, or the address text when none is found.
std::string reverse_name(const ip_address& a) {
  sockaddr_storage ss{};
  socklen_t len = 0;
  const auto text = a.to_string();
  addrinfo hints{};
  hints.ai_flags = AI_NUMERICHOST;
  addrinfo* res = nullptr;
  if (::getaddrinfo(text.c_str(), nullptr, &hints, &res) != 0 || res == nullptr) return {};
  std::memcpy(&ss, res->ai_addr, res->ai_addrlen);
  len = res->ai_addrlen;
  ::freeaddrinfo(res);
  char host[NI_MAXHOST] = "";
  if (::getnameinfo(reinterpret_cast<sockaddr*>(&ss), len, host, sizeof host, nullptr, 0, 0) != 0)
    return {};
  return host;
}

int run(const invocation& inv) {
  std::vector<std::string> store;
  store.push_back(inv.prog);
  for (const auto& a : inv.args) store.push_back(a);
  std::vector<char*> argv;
  for (auto& s : store) argv.push_back(s.data());
  argv.push_back(nullptr);
  const int argc = static_cast<int>(store.size());

  report::ping_writer_options wo;
  ping_options opts;
  std::optional<std::uint64_t> count;
  std::optional<long long> deadline;
  std::optional<double> interval, timeout;
  bool v4 = false, v6 = false;
  std::optional<bool> dont_fragment;
  bool respect_path_mtu = false;
  egress_options egress;
  bool outstanding = false;               // -O
  bool record_route = false;              // -R
  std::optional<std::uint8_t> timestamp;  // -T: the timestamp option's flag

  ::optind = 1;
  ::opterr = 1;
  int ch = 0;
  while ((ch = ::getopt(argc, argv.data(),
                        "h?4bRT:6F:N:aABc:CdDe:fi:I:l:Lm:M:nOp:qQ:rs:S:t:UvVw:W:")) != -1) {
    switch (ch) {
      case '4':
        if (v6) fail(2, "only one -4 or -6 option may be specified");
        v4 = true;
        break;
      case '6':
        if (v4) fail(2, "only one -4 or -6 option may be specified");
        v6 = true;
        break;
      case 'a':
        wo.audible = true;
        break;
      case 'B':  // sticky source: nettrio never changes the source of a run
      case 'd':  // SO_DEBUG: no visible effect
      case 'U':  // user-to-user latency: nettrio's times are already taken in user space
      case 'v':
        if (ch == 'v') wo.verbose = true;
        break;
      case 'c':
        count = static_cast<std::uint64_t>(number_or_err(::optarg, 1, LLONG_MAX));
        break;
      case 'D':
        wo.timestamps = true;
        break;
      case 'f':
        wo.flood = true;
        wo.numeric = true;
        break;
      case 'i':
        interval = seconds_or_err(::optarg, "timing interval");
        if (*interval < 0) fail(2, fmt::format("bad timing interval: {}", ::optarg));
        break;
      case 'M':
        if (const auto hint = parse_pmtudisc(::optarg)) {
          dont_fragment = hint->dont_fragment;
          respect_path_mtu = hint->respect_path_mtu;
        } else {
          fail(2, fmt::format("invalid -M argument: {}", ::optarg));
        }
        break;
      case 'n':
        wo.numeric = true;
        break;
      case 'q':
        wo.quiet = true;
        break;
      case 's':
        opts.payload_size = static_cast<std::size_t>(number_or_err(::optarg, 0, INT_MAX));
        break;
      case 't':
        opts.ttl = static_cast<std::uint8_t>(number_or_err(::optarg, 0, 255));
        break;
      case 'V':
        std::cout << "ping from nettrio " NETTRIO_VERSION " (iputils 20221126 compatible)\n";
        throw classic_exit{0};
      case 'w':
        deadline = number_or_err(::optarg, 0, INT_MAX);
        break;
      case 'W':
        timeout = seconds_or_err(::optarg, "linger time");
        break;
      case 'b':
        egress.broadcast = true;
        break;
      case 'e':
        egress.echo_identifier = static_cast<std::uint16_t>(unsigned_or_err(::optarg, 0xffff));
        break;
      case 'I': {
        // iputils: an IPv6 address (with %DEVICE), an IPv4 address, or else a device name.
        std::string arg = ::optarg;
        if (arg.find(':') != std::string::npos) {
          if (const auto pct = arg.find('%'); pct != std::string::npos) {
            egress.device = arg.substr(pct + 1);
            arg.resize(pct);
          }
          egress.source = ip_address::parse(arg);
          if (!egress.source || !egress.source->is_v6())
            fail(2, fmt::format("invalid source address: {}", ::optarg));
        } else if (auto a = ip_address::parse(arg); a && a->is_v4()) {
          egress.source = a;
        } else {
          egress.device = arg;
        }
        break;
      }
      case 'l':
        opts.preload = static_cast<std::uint32_t>(number_or_err(::optarg, 1, 65536));
        if (opts.preload > 3 && !user_is_root())
          fail(2, fmt::format("cannot set preload to value greater than 3: {}", opts.preload));
        break;
      case 'm':
        egress.mark = static_cast<std::uint32_t>(unsigned_or_err(::optarg, UINT_MAX));
        break;
      case 'p':
        opts.fill_pattern = pattern_or_err(::optarg);
        if (!wo.quiet) report::write_iputils_pattern(std::cout, opts.fill_pattern);
        break;
      case 'Q':
        if (const auto tos = tos_or_err(::optarg); tos != 0) egress.tos = tos;
        break;
      case 'r':
        egress.dont_route = true;
        break;
      case 'S':
        egress.send_buffer = static_cast<int>(number_or_err(::optarg, 1, INT_MAX));
        break;
      case 'O':
        outstanding = true;
        break;
      case 'A':
        opts.adaptive = true;
        break;
      case 'R':
        if (timestamp) fail(2, "only one of -T or -R may be used");
        record_route = true;
        break;
      case 'T':
        if (record_route) fail(2, "only one of -T or -R may be used");
        if (std::strcmp(::optarg, "tsonly") == 0)
          timestamp = packet::ipopt::ts_only;
        else if (std::strcmp(::optarg, "tsandaddr") == 0)
          timestamp = packet::ipopt::ts_and_address;
        else if (std::strcmp(::optarg, "tsprespec") == 0)
          timestamp = packet::ipopt::ts_prespecified;
        else
          fail(2, fmt::format("invalid timestamp type: {}", ::optarg));
        break;
      case 'C':
      case 'F':
      case 'L':
      case 'N':
        fail(2, fmt::format("option -{} is not supported by nettrio's ping (see docs/cli.md)",
                            static_cast<char>(ch)));
      default:  // 'h', '?', and getopt's complaint already printed
        std::cerr << iputils_usage;
        throw classic_exit{2};
    }
  }
  const int rest = argc - ::optind;
  if (rest == 0) fail(1, "usage error: Destination address required");
  if (rest > 1 && record_route) {  // iputils: no source route with -R
    std::cerr << iputils_usage;
    throw classic_exit{2};
  }
  if (rest > 1)  // iputils: more names are a source route (or -T tsprespec's); not supported
    fail(2, "more than one destination (an IPv4 source route) is not supported by nettrio's ping");
  const std::string target_text = argv[static_cast<std::size_t>(::optind)];

  if (count) opts.count = *count;
  if (deadline) opts.deadline = std::chrono::seconds(*deadline);
  if (interval)
    opts.interval = to_ns(*interval);
  else if (wo.flood)
    opts.interval = std::chrono::nanoseconds(0);
  if (timeout) opts.timeout = to_ns(*timeout);
  if (opts.adaptive) {
    // iputils: the adapted interval never goes below 2 ms (MINUSERINTERVAL) for a user
    // other than root; root's follows the round trip down to 0, so no total rate either.
    if (user_is_root())
      opts.rate = 0;
    else
      opts.adaptive_floor = min_user_interval;
  }
  if (auto err = validate(opts); !err.empty()) fail(2, err);
  if (privileged_by_install())
    if (auto err = check_user_floor(opts); !err.empty()) fail(2, err);

  // Sockets first, as iputils opens them before it resolves anything.
  socket_options so;
  so.dont_fragment = dont_fragment;
  so.respect_path_mtu = respect_path_mtu;
  so.egress = egress;
  // -R / -T: the option on every IPv4 probe (IPv6 ignores both, as iputils).
  if (record_route) so.ipv4_options = packet::record_route_option();
  if (timestamp) so.ipv4_options = packet::timestamp_option(*timestamp);
  socket_report rep;
  std::unique_ptr<network> net;
  try {
    // A source address (-I ADDR) names the family; as iputils, a bind that fails is fatal.
    const bool want4 = !v6 && (!egress.source || egress.source->is_v4());
    const bool want6 = !v4 && (!egress.source || egress.source->is_v6());
    net = open_ping_network(so, want4, want6, rep);
  } catch (const std::system_error& e) {
    drop_privileges();
    fail(2, e.what());
  }
  drop_privileges();

  // iputils resolves with getaddrinfo (AI_CANONNAME) and takes the first answer; the PING
  // line and the statistics name the canonical name (IPv4) or the target as given (IPv6).
  addrinfo hints{};
  hints.ai_family = v4 ? AF_INET : v6 ? AF_INET6 : AF_UNSPEC;
  hints.ai_socktype = SOCK_DGRAM;
  hints.ai_protocol = IPPROTO_UDP;
  hints.ai_flags = AI_CANONNAME;
  addrinfo* res = nullptr;
  if (const int rc = ::getaddrinfo(target_text.c_str(), nullptr, &hints, &res); rc != 0)
    fail(2, fmt::format("{}: {}", target_text, ::gai_strerror(rc)));
  std::optional<ip_address> address;
  std::string canon;
  for (auto* ai = res; ai != nullptr && !address; ai = ai->ai_next) {
    char text[NI_MAXHOST] = "";
    if (::getnameinfo(ai->ai_addr, ai->ai_addrlen, text, sizeof text, nullptr, 0, NI_NUMERICHOST) ==
        0) {
      std::string t = text;
      if (const auto pct = t.find('%'); pct != std::string::npos) t.resize(pct);
      address = ip_address::parse(t);
      if (ai->ai_canonname) canon = ai->ai_canonname;
    }
  }
  if (res) ::freeaddrinfo(res);
  if (!address) fail(2, fmt::format("{}: Name or service not known", target_text));
  if ((address->is_v4() ? rep.icmp4 : rep.icmp6).empty())
    fail(2, fmt::format("socket: {}", std::strerror(EAFNOSUPPORT)));
  for (const auto& w : rep.warnings) std::cerr << "ping: " << w << "\n";
  // As iputils, without a source given: the route to the destination (a UDP socket
  // connected to it, nothing sent) names the source, and refuses a broadcast address
  // unless -b.
  std::optional<ip_address> source = egress.source;
  if (!source) {
    auto first = egress;
    first.broadcast = false;
    auto route = probe_route(*address, first);
    if (route.error == std::errc::permission_denied) {
      if (!egress.broadcast) fail(2, report::iputils_broadcast_text(false));
      std::cerr << report::iputils_broadcast_text(true) << "\n";
      route = probe_route(*address, egress);
    }
    if (route.error) fail(2, fmt::format("connect: {}", route.error.message()));
    source = route.source;
  }
  if ((!egress.device.empty() || egress.source) && source)
    wo.from = fmt::format("{} {}", source->to_string(), egress.device);

  report::ping_report result;
  result.targets = {target{target_text, *address}};
  const bool literal = ip_address::parse(target_text).has_value();
  wo.display_name = (address->is_v4() && !literal && !canon.empty()) ? canon : target_text;
  if (!wo.numeric) wo.name_of = reverse_name;
  if (!so.ipv4_options.empty()) wo.ip_options_length = packet::max_ipv4_options;
  result.options = opts;
  const auto writer =
      report::make_ping_writer(report::output_format::iputils, std::cout, std::cerr, wo);
  opts.record_replies = false;

  event_loop loop;
  std::optional<outstanding_watch> watch;  // -O
  ping_session session(loop, *net, opts, result.targets, [&](const ping_event& ev) {
    if (watch) watch->note(ev);
    writer->event(ev);
  });
  if (outstanding) {
    watch.emplace(loop, session, opts,
                  [&](std::uint64_t seq) { report::write_iputils_no_answer(std::cout, wo, seq); });
    watch->start();
  }
  const auto sigint = loop.watch_signals({SIGINT}, [&](int) { session.stop(); });
  writer->start(result);
  session.start([&] { loop.stop(); });
  loop.run();
  result.run = session.take_result();
  writer->finish(result);
  if (const char* h = std::getenv("NETTRIO_HINTS"); h && std::string_view(h) == "1") {
    std::ostringstream sink;  // the text writer's hint alone, on stderr
    auto text = report::make_ping_writer(report::output_format::text, sink, std::cerr, {});
    text->start(result);
    text->finish(result);
  }
  return report::exit_status(result);
}

}  // namespace

int classic_ping_main(const invocation& inv) {
  try {
    return run(inv);
  } catch (const classic_exit& e) {
    std::cout.flush();
    return e.code;
  } catch (const std::exception& e) {
    std::cerr << "ping: " << e.what() << "\n";
    return 2;
  }
}

}  // namespace nettrio::cli
