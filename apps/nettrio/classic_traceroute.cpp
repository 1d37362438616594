// `traceroute` and `traceroute6`: nettrio under traceroute 2.1.2's names, with its option
// letters, its messages and exit codes, and its output (report::output_format::traceroute).
// traceroute's syntax (-w MAX,HERE,NEAR, a positional packet length, bundled letters) is
// parsed here by hand, as its own parser reads it.

#include "common.hpp"

#include <nettrio/probe/event_loop.hpp>
#include <nettrio/probe/privileges.hpp>
#include <nettrio/probe/socket_network.hpp>
#include <nettrio/report/trace.hpp>
#include <nettrio/text/sanitize.hpp>
#include <nettrio/trace/reverse_dns.hpp>
#include <nettrio/trace/trace_job.hpp>
#include <nettrio/trace/tracer.hpp>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <netdb.h>
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <optional>

namespace nettrio::cli {

namespace {

constexpr std::string_view usage_text =
    R"( [ -46dFITnreAUDV ] [ -f first_ttl ] [ -g gate,... ] [ -i device ] [ -m max_ttl ] [ -N squeries ] [ -p port ] [ -t tos ] [ -l flow_label ] [ -w MAX,HERE,NEAR ] [ -q nqueries ] [ -s src_addr ] [ -z sendwait ] [ --fwmark=num ] host [ packetlen ]
Options:
  -4                          Use IPv4
  -6                          Use IPv6
  -d  --debug                 Enable socket level debugging
  -F  --dont-fragment         Do not fragment packets
  -f first_ttl  --first=first_ttl
                              Start from the first_ttl hop (instead from 1)
  -g gate,...  --gateway=gate,...
                              Route packets through the specified gateway
                              (maximum 8 for IPv4 and 127 for IPv6)
  -I  --icmp                  Use ICMP ECHO for tracerouting
  -T  --tcp                   Use TCP SYN for tracerouting (default port is 80)
  -i device  --interface=device
                              Specify a network interface to operate with
  -m max_ttl  --max-hops=max_ttl
                              Set the max number of hops (max TTL to be
                              reached). Default is 30
  -N squeries  --sim-queries=squeries
                              Set the number of probes to be tried
                              simultaneously (default is 16)
  -n                          Do not resolve IP addresses to their domain names
  -p port  --port=port        Set the destination port to use. It is either
                              initial udp port value for "default" method
                              (incremented by each probe, default is 33434), or
                              initial seq for "icmp" (incremented as well,
                              default from 1), or some constant destination
                              port for other methods (with default of 80 for
                              "tcp", 53 for "udp", etc.)
  -t tos  --tos=tos           Set the TOS (IPv4 type of service) or TC (IPv6
                              traffic class) value for outgoing packets
  -l flow_label  --flowlabel=flow_label
                              Use specified flow_label for IPv6 packets
  -w MAX,HERE,NEAR  --wait=MAX,HERE,NEAR
                              Wait for a probe no more than HERE (default 3)
                              times longer than a response from the same hop,
                              or no more than NEAR (default 10) times than some
                              next hop, or MAX (default 5.0) seconds (float
                              point values allowed too)
  -q nqueries  --queries=nqueries
                              Set the number of probes per each hop. Default is
                              3
  -r                          Bypass the normal routing and send directly to a
                              host on an attached network
  -s src_addr  --source=src_addr
                              Use source src_addr for outgoing packets
  -z sendwait  --sendwait=sendwait
                              Minimal time interval between probes (default 0).
                              If the value is more than 10, then it specifies a
                              number in milliseconds, else it is a number of
                              seconds (float point values allowed too)
  -e  --extensions            Show ICMP extensions (if present), including MPLS
  -A  --as-path-lookups       Perform AS path lookups in routing registries and
                              print results directly after the corresponding
                              addresses
  -M name  --module=name      Use specified module (either builtin or external)
                              for traceroute operations. Most methods have
                              their shortcuts (`-I' means `-M icmp' etc.)
  -O OPTS,...  --options=OPTS,...
                              Use module-specific option OPTS for the
                              traceroute module. Several OPTS allowed,
                              separated by comma. If OPTS is "help", print info
                              about available options
  --sport=num                 Use source port num for outgoing packets. Implies
                              `-N 1'
  --fwmark=num                Set firewall mark for outgoing packets
  -U  --udp                   Use UDP to particular port for tracerouting
                              (instead of increasing the port per each probe),
                              default port is 53
  -UL                         Use UDPLITE for tracerouting (default dest port
                              is 53)
  -D  --dccp                  Use DCCP Request for tracerouting (default port
                              is 33434)
  -P prot  --protocol=prot    Use raw packet of protocol prot for tracerouting
  --mtu                       Discover MTU along the path being traced. Implies
                              `-F -N 1'
  --back                      Guess the number of hops in the backward path and
                              print if it differs
  -V  --version               Print version info and exit
  --help                      Read this help and exit

Arguments:
+     host          The host to traceroute to
      packetlen     The full packet length (default is the length of an IP
                    header plus 40). Can be ignored or increased to a minimal
                    allowed value
)";

// --help, and no host: on stderr, naming the program as it was run (argv[0]), exit 0.
void print_usage(const std::string& argv0) {
  std::cerr << "Usage:\n  " << argv0 << usage_text;
}

// A refusal in traceroute's words: the message on stderr, exit 2.
struct classic_error {
  std::string message;
  int status = 2;
};

struct option_spec {
  char letter;            // 0: long only
  std::string_view name;  // long name, without "--"
  std::string_view arg;   // the argument's name in "requires an argument" ("" for flags)
};

constexpr option_spec option_table[] = {
    {'4', "", ""},
    {'6', "", ""},
    {'d', "debug", ""},
    {'F', "dont-fragment", ""},
    {'f', "first", "first_ttl"},
    {'g', "gateway", "gate,..."},
    {'I', "icmp", ""},
    {'T', "tcp", ""},
    {'i', "interface", "device"},
    {'m', "max-hops", "max_ttl"},
    {'N', "sim-queries", "squeries"},
    {'n', "", ""},
    {'p', "port", "port"},
    {'t', "tos", "tos"},
    {'l', "flowlabel", "flow_label"},
    {'w', "wait", "MAX,HERE,NEAR"},
    {'q', "queries", "nqueries"},
    {'r', "", ""},
    {'s', "source", "src_addr"},
    {'z', "sendwait", "sendwait"},
    {'e', "extensions", ""},
    {'A', "as-path-lookups", ""},
    {'M', "module", "name"},
    {'O', "options", "OPTS,..."},
    {0, "sport", "num"},
    {0, "fwmark", "num"},
    {'U', "udp", ""},
    {'D', "dccp", ""},
    {'P', "protocol", "prot"},
    {0, "mtu", ""},
    {0, "back", ""},
    {'V', "version", ""},
    {0, "help", ""},
};

const option_spec* find_letter(char c) {
  for (const auto& o : option_table)
    if (o.letter == c) return &o;
  return nullptr;
}
const option_spec* find_long(std::string_view n) {
  for (const auto& o : option_table)
    if (!o.name.empty() && o.name == n) return &o;
  return nullptr;
}

// One option as given: which, how it was spelled ("-w", "--wait"), its argument, and the
// index of the word that named it (traceroute's "argc N").
struct given_option {
  const option_spec* spec;
  std::string spelled;
  std::string value;
  std::size_t argc;
};

std::optional<long> to_long(const std::string& s) {
  if (s.empty()) return std::nullopt;
  char* end = nullptr;
  errno = 0;
  const long v = std::strtol(s.c_str(), &end, 0);
  if (*end != '\0' || errno != 0) return std::nullopt;
  return v;
}
std::optional<double> to_double(const std::string& s) {
  if (s.empty()) return std::nullopt;
  char* end = nullptr;
  errno = 0;
  const double v = std::strtod(s.c_str(), &end);
  if (*end != '\0' || errno != 0) return std::nullopt;
  return v;
}

classic_error bad_value(const given_option& g) {
  return {fmt::format("Cannot handle `{}' option with arg `{}' (argc {})", g.spelled,
                      sanitize(g.value), g.argc)};
}

struct classic_trace_options {
  bool v4 = false, v6 = false, icmp = false, tcp = false, udp_fixed = false, numeric = false,
       dont_fragment = false, extensions = false;
  std::string module = "default";           // -M, and -I -T -U, the last one given
  std::vector<std::string> module_options;  // -O, in order
  egress_options egress;                    // -i -s -t -r --fwmark
  std::string source_text;                  // -s as given
  bool backward = false;                    // --back
  bool mtu = false;                         // --mtu
  std::uint16_t source_port = 0;            // --sport (0: none)
  int first = 1, max_hops = 30, queries = 3;
  std::optional<long> port;
  double wait_max = 5.0, wait_here = 3.0, wait_near = 10.0;
  std::string host;
  ip_address address;
  std::optional<long> packetlen;
  long flow_label = 0;
  std::optional<icmp_socket_kind> icmp_kind;  // -I -O raw|dgram
  std::optional<int> raw_protocol;            // -P, -M raw (its -O protocol=, or -p)
  bool udp_lite = false;                      // -UL, -M udplite
  int udp_lite_coverage = 8;                  // its -O coverage=
};

constexpr std::string_view icmp_module_help =
    R"(  raw                         Use raw sockets way only. Default is try this way
                              first (probably not allowed for unprivileged
                              users), then try dgram
  dgram                       Use dgram sockets way only. May be not
                              implemented by old kernels or restricted by
                              sysadmins
Only one of these may be specified:
    raw | dgram
)";

// The end of the run for -O help: traceroute prints the module's options and exits 0.
struct help_done {};

// -O OPTS,...: the module's own options, read as traceroute reads them: "help" at once (for
// the module chosen so far), the rest once the module is known (check_module_options).
void apply_module_options(const given_option& g, classic_trace_options& o) {
  std::size_t at = 0;
  while (at <= g.value.size()) {
    const auto end = g.value.find(',', at);
    const auto one = g.value.substr(at, end == std::string::npos ? std::string::npos : end - at);
    if (one == "help") {
      if (o.module == "icmp")
        std::cerr << icmp_module_help;
      else if (o.module == "udplite")
        std::cerr << "  coverage=NUM                Set udplite send coverage to NUM (default is\n"
                     "                              (sizeof (struct udphdr)))\n";
      else if (o.module == "raw")
        std::cerr << "  protocol=PROT               Use protocol PROT (default is 253)\n";
      else if (o.module == "default" || o.module == "udp" || o.module == "tcpconn")
        std::cerr << fmt::format("No options for module `{}'\n", sanitize(o.module));
      else
        throw classic_error{fmt::format(
            "traceroute: -O for module `{}' is not supported by nettrio (see docs/cli.md)",
            sanitize(o.module))};
      throw help_done{};
    }
    if (!one.empty()) o.module_options.push_back(one);
    if (end == std::string::npos) break;
    at = end + 1;
  }
}

bool is_numeric_option(char c) {
  return c == 'f' || c == 'm' || c == 'N' || c == 'p' || c == 'q';
}

// Applies one option; throws classic_error for a bad value or a letter nettrio cannot honour.
void apply(const given_option& g, classic_trace_options& o, bool& version) {
  const auto& s = *g.spec;
  const char c = s.letter;
  if (c == 0 && s.name == "back") {
    o.backward = true;
    return;
  }
  if (c == 0 && s.name == "mtu") {  // implies -F and -N 1
    o.mtu = true;
    return;
  }
  // traceroute's set_port: a number or a service name, kept modulo 2^16 as the genuine tool
  // binds it (--sport=70000 binds port 4464 there too, checked with strace).
  if (c == 0 && s.name == "sport") {
    char* end = nullptr;
    const auto v = std::strtoul(g.value.c_str(), &end, 0);
    if (end != g.value.c_str())
      o.source_port = static_cast<std::uint16_t>(v);
    else if (const auto* sv = ::getservbyname(g.value.c_str(), nullptr))
      o.source_port = ntohs(static_cast<std::uint16_t>(sv->s_port));
    else
      throw bad_value(g);
    return;
  }
  if (c == 0 && s.name == "fwmark") {
    const auto v = to_long(g.value);
    if (!v || *v < 0 || *v > 0xffffffffL) throw bad_value(g);
    o.egress.mark = static_cast<std::uint32_t>(*v);
    return;
  }
  if (is_numeric_option(c)) {
    const auto v = to_long(g.value);
    if (!v) throw bad_value(g);
    if (c == 'f') o.first = static_cast<int>(*v);
    if (c == 'm') o.max_hops = static_cast<int>(*v);
    if (c == 'q') o.queries = static_cast<int>(*v);
    if (c == 'p') o.port = *v;
    return;  // -N: nettrio paces its own probes (docs/cli.md)
  }
  switch (c) {
    case '4':  // the last of -4 and -6 counts
      o.v4 = true;
      o.v6 = false;
      return;
    case '6':
      o.v6 = true;
      o.v4 = false;
      return;
    case 'd':  // SO_DEBUG: no visible effect
      return;
    case 'F':
      o.dont_fragment = true;
      return;
    case 'I':
      o.module = "icmp";
      return;
    case 'T':
      o.module = "tcp";
      return;
    case 'U':
      o.module = "udp";
      return;
    case 'M':
      o.module = g.value;
      return;
    case 'O':
      apply_module_options(g, o);
      return;
    case 'P':  // the raw module with its protocol option, as traceroute's set_raw
      o.module = "raw";
      o.module_options.push_back("protocol=" + g.value);
      return;
    case 'i':
      o.egress.device = g.value;
      return;
    case 's':
      o.source_text = g.value;
      // traceroute resolves it at once, in the family chosen so far (-4/-6).
      if (const auto a = ip_address::parse(g.value); a && (o.v4 || o.v6) && a->is_v4() != o.v4)
        throw classic_error{fmt::format("{}: {}\nCannot handle `{}' option with arg `{}' (argc {})",
                                        sanitize(g.value), ::gai_strerror(EAI_ADDRFAMILY),
                                        g.spelled, sanitize(g.value), g.argc)};
      return;
    case 't': {
      const auto v = to_long(g.value);
      if (!v) throw bad_value(g);
      if (*v != 0) o.egress.tos = static_cast<std::uint8_t>(*v & 0xff);
      return;
    }
    case 'l': {  // the IPv6 flow label: not set by nettrio (docs/cli.md); IPv4 ignores it
      const auto v = to_long(g.value);
      if (!v) throw bad_value(g);
      if (*v != 0) o.flow_label = *v;
      return;
    }
    case 'r':
      o.egress.dont_route = true;
      return;
    case 'A':
      throw classic_error{
          "traceroute: -A (AS path lookups) asks whois.radb.net on the internet: not supported "
          "by nettrio (see docs/cli.md)"};
    case 'n':
      o.numeric = true;
      return;
    case 'e':
      o.extensions = true;
      return;
    case 'V':
      version = true;
      return;
    case 'z': {  // the interval between probes: nettrio paces its own (docs/cli.md)
      const auto v = to_double(g.value);
      if (!v) throw bad_value(g);
      return;
    }
    case 'w': {
      // MAX[,HERE[,NEAR]] (also separated by '/'), floats.
      double parts[3] = {o.wait_max, o.wait_here, o.wait_near};
      std::size_t i = 0, at = 0;
      const auto& text = g.value;
      while (true) {
        const auto end = text.find_first_of(",/", at);
        const auto piece = text.substr(at, end == std::string::npos ? std::string::npos : end - at);
        const auto v = to_double(piece);
        if (!v || i >= 3 || *v < 0) throw bad_value(g);
        parts[i++] = *v;
        if (end == std::string::npos) break;
        at = end + 1;
      }
      o.wait_max = parts[0];
      o.wait_here = parts[1];
      o.wait_near = parts[2];
      return;
    }
    default:
      break;
  }
  throw classic_error{fmt::format("{}: option `{}' is not supported by nettrio (see docs/cli.md)",
                                  "traceroute", g.spelled)};
}

// -M (and -I -T -U): the module onto nettrio's methods, and its -O options.
void check_module(classic_trace_options& o) {
  const auto& m = o.module;
  if (m == "icmp") {
    o.icmp = true;
    std::size_t n = 1;
    for (const auto& opt : o.module_options) {
      if ((opt == "raw" || opt == "dgram") && !o.icmp_kind)
        o.icmp_kind = opt == "raw" ? icmp_socket_kind::raw : icmp_socket_kind::datagram;
      else
        throw classic_error{
            fmt::format("`{}' (argc {}): arguments are not allowed", sanitize(opt), n)};
      ++n;
    }
    return;
  }
  if (m == "tcp" || m == "tcpconn") {
    o.tcp = true;  // nettrio's TCP probes are connect()s (traceroute's tcpconn)
    if (m == "tcp" && !o.module_options.empty())
      throw classic_error{
          "traceroute: -O for module `tcp' is not supported by nettrio (see docs/cli.md)"};
    return;
  }
  if (m == "udp") {
    o.udp_fixed = true;
    return;
  }
  if (m == "default") return;  // no options: traceroute ignores -O for it
  if (m == "raw") {
    o.raw_protocol = 253;  // traceroute's default: for experimentation and testing (RFC 3692)
    std::size_t n = 1;
    for (const auto& opt : o.module_options) {
      // CLIF's keyword: "protocol=PROT", abbreviated as far as "p=".
      const auto eq = opt.find('=');
      const auto key = opt.substr(0, eq);
      if (key.empty() || !std::string_view("protocol").starts_with(key))
        throw classic_error{
            fmt::format("`{}' (argc {}): arguments are not allowed", sanitize(opt), n)};
      if (eq == std::string::npos)
        throw classic_error{
            fmt::format("Keyword `protocol' (argc {}) requires an argument: `protocol=PROT'", n)};
      const auto value = opt.substr(eq + 1);
      // strtoul's number (what follows it ignored), else a name from /etc/protocols.
      char* end = nullptr;
      const auto number = std::strtoul(value.c_str(), &end, 0);
      if (end != value.c_str()) {
        o.raw_protocol = static_cast<int>(number);
      } else if (const auto* p = ::getprotobyname(value.c_str())) {
        o.raw_protocol = p->p_proto;
      } else {
        throw classic_error{fmt::format("Cannot handle `protocol' keyword with arg `{}' (argc {})",
                                        sanitize(value), n)};
      }
      ++n;
    }
    return;
  }
  if (m == "udplite") {  // UDP-Lite to one port (53 unless -p), as -U
    o.udp_fixed = o.udp_lite = true;
    std::size_t n = 1;
    for (const auto& opt : o.module_options) {
      const auto eq = opt.find('=');
      const auto key = opt.substr(0, eq);
      if (key.empty() || !std::string_view("coverage").starts_with(key))
        throw classic_error{
            fmt::format("`{}' (argc {}): arguments are not allowed", sanitize(opt), n)};
      if (eq == std::string::npos)
        throw classic_error{
            fmt::format("Keyword `coverage' (argc {}) requires an argument: `coverage=NUM'", n)};
      const auto v = to_long(opt.substr(eq + 1));
      if (!v || *v < 0)
        throw classic_error{fmt::format("Cannot handle `coverage' keyword with arg `{}' (argc {})",
                                        sanitize(opt.substr(eq + 1)), n)};
      o.udp_lite_coverage = *v == 0 ? 8 : static_cast<int>(*v);  // 0: the UDP header
      ++n;
    }
    return;
  }
  if (m == "dccp")
    throw classic_error{fmt::format(
        "traceroute: module `{}' is not supported by nettrio (see docs/cli.md)", sanitize(m))};
  throw classic_error{fmt::format("Unknown traceroute module {}", sanitize(m))};
}

// The host as traceroute resolves it: getaddrinfo, its first answer, gai_strerror's words.
ip_address resolve(const std::string& host, const classic_trace_options& o, std::size_t argc) {
  addrinfo hints{};
  hints.ai_family = o.v4 ? AF_INET : o.v6 ? AF_INET6 : AF_UNSPEC;
  hints.ai_socktype = SOCK_DGRAM;
  addrinfo* res = nullptr;
  const int rc = ::getaddrinfo(host.c_str(), nullptr, &hints, &res);
  std::optional<ip_address> address;
  if (rc == 0) {
    for (auto* p = res; p && !address; p = p->ai_next) {
      if (p->ai_family == AF_INET)
        address = ip_address::v4_bytes(reinterpret_cast<const std::uint8_t*>(
            &reinterpret_cast<const sockaddr_in*>(p->ai_addr)->sin_addr));
      else if (p->ai_family == AF_INET6)
        address = ip_address::v6_bytes(reinterpret_cast<const std::uint8_t*>(
            &reinterpret_cast<const sockaddr_in6*>(p->ai_addr)->sin6_addr));
    }
    ::freeaddrinfo(res);
  }
  if (!address)
    throw classic_error{fmt::format(
        "{}: {}\nCannot handle \"host\" cmdline arg `{}' on position 1 (argc {})", sanitize(host),
        ::gai_strerror(rc != 0 ? rc : EAI_NONAME), sanitize(host), argc)};
  return *address;
}

// Parses argv as traceroute does; returns false when --help or -V printed and ends the run.
bool parse_classic(const invocation& inv, classic_trace_options& o) {
  bool version = false;
  std::vector<std::pair<std::string, std::size_t>> positionals;  // word, argc
  bool options_done = false;                                     // after "--"
  const auto& a = inv.args;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const std::size_t argc = i + 1;
    const auto& w = a[i];
    if (w == "--" && !options_done) {
      options_done = true;
      continue;
    }
    if (w.size() > 1 && w[0] == '-' && !options_done) {
      std::vector<given_option> given;
      if (w.starts_with("--")) {
        const auto eq = w.find('=');
        const auto name = w.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
        const auto* spec = find_long(name);
        if (!spec) throw classic_error{fmt::format("Bad option `{}' (argc {})", sanitize(w), argc)};
        if (spec->name == "help") {
          print_usage(inv.prog);
          return false;
        }
        given_option g{spec, "--" + std::string(spec->name), {}, argc};
        if (!spec->arg.empty()) {
          if (eq != std::string::npos) {
            g.value = w.substr(eq + 1);
          } else if (i + 1 < a.size()) {
            g.value = a[++i];
            g.argc = i + 1;  // a bad value is named by its own word
          } else {
            throw classic_error{fmt::format("Option `{}' (argc {}) requires an argument: `{}={}'",
                                            g.spelled, argc, g.spelled, spec->arg)};
          }
        }
        given.push_back(std::move(g));
      } else {
        // Bundled letters: "-nI", "-q1", "-w 2"; "-UL" is UDPLITE. A letter that takes an
        // argument has it attached only when it comes first: "-q1" and "-nq 1", not "-nq1".
        if (w == "-UL") {  // one word, as traceroute's CLIF_ONEDASH option
          o.module = "udplite";
          continue;
        }
        for (std::size_t k = 1; k < w.size(); ++k) {
          const auto* spec = find_letter(w[k]);
          if (!spec)
            throw classic_error{
                fmt::format("Bad option `-{}' (argc {})", sanitize(w.substr(k, 1)), argc)};
          given_option g{spec, fmt::format("-{}", w[k]), {}, argc};
          if (!spec->arg.empty()) {
            if (k > 1 && k + 1 < w.size()) {
              throw classic_error{fmt::format("Option `{}' (argc {}) requires an argument: `{} {}'",
                                              g.spelled, argc, g.spelled, spec->arg)};
            }
            if (k + 1 < w.size()) {
              g.value = w.substr(k + 1);
            } else if (i + 1 < a.size()) {
              g.value = a[++i];
              g.argc = i + 1;  // a bad value is named by its own word
            } else {
              throw classic_error{fmt::format("Option `{}' (argc {}) requires an argument: `{} {}'",
                                              g.spelled, argc, g.spelled, spec->arg)};
            }
            given.push_back(std::move(g));
            break;
          }
          given.push_back(std::move(g));
        }
      }
      for (const auto& g : given) apply(g, o, version);
      if (version) {
        std::cerr << "Modern traceroute for Linux, version 2.1.2\n"
                     "Copyright (c) 2016  Dmitry Butskoy,   License: GPL v2 or any later\n";
        return false;
      }
      continue;
    }
    positionals.emplace_back(w, argc);
  }
  // As traceroute: every option first (wherever it stands), then the arguments in order.
  if (positionals.empty()) {
    print_usage(inv.prog);
    return false;
  }
  for (std::size_t n = 0; n < positionals.size(); ++n) {
    const auto& [w, argc] = positionals[n];
    if (n == 0) {
      o.host = w;
      o.address = resolve(w, o, argc);
    } else if (n == 1) {
      const auto v = to_long(w);
      if (!v)
        throw classic_error{
            fmt::format("Cannot handle \"packetlen\" cmdline arg `{}' on position 2 (argc {})",
                        sanitize(w), argc)};
      o.packetlen = *v;
    } else {
      throw classic_error{
          fmt::format("Extra arg `{}' (position {}, argc {})", sanitize(w), n + 1, argc)};
    }
  }
  return true;
}

int run_classic(const invocation& inv) {
  classic_trace_options o;
  if (std::string_view(inv.prog).ends_with("6")) o.v6 = true;  // traceroute6
  bool go = false;
  try {
    go = parse_classic(inv, o);
  } catch (const help_done&) {
  }
  if (!go) {
    drop_privileges();
    return 0;
  }
  check_module(o);
  if (o.queries < 1 || o.queries > 10) throw classic_error{"no more than 10 probes per hop"};
  if (o.max_hops > 255) throw classic_error{"max hops cannot be more than 255"};
  if (o.first < 1 || o.first > o.max_hops) throw classic_error{"first hop out of range"};
  if (!o.source_text.empty()) {
    o.egress.source = ip_address::parse(o.source_text);
    if (!o.egress.source) {  // traceroute resolves a name given to -s
      classic_trace_options as_given = o;
      as_given.v4 = as_given.v6 = false;
      o.egress.source = resolve(o.source_text, as_given, 0);
    }
    if (o.egress.source->family() != o.address.family())
      throw classic_error{"IP version mismatch in addresses specified"};
  }
  // traceroute's raw SYNs leave from the port; nettrio's connect()s, one per probe, cannot
  // share one.
  if (o.source_port != 0 && o.tcp)
    throw classic_error{
        "traceroute: --sport with -T is not supported by nettrio (see docs/cli.md)"};
  if (o.flow_label != 0 && o.address.is_v6())
    throw classic_error{
        "traceroute: -l (an IPv6 flow label) is not supported by nettrio (see docs/cli.md)"};

  trace_options t;
  t.method = o.icmp ? probe_protocol::icmp_echo : o.tcp ? probe_protocol::tcp : probe_protocol::udp;
  if (o.raw_protocol) {
    t.method = probe_protocol::raw;
    if (o.port && *o.port != 0) o.raw_protocol = static_cast<int>(*o.port);  // -p: the protocol
  }
  t.max_hops = o.max_hops;
  t.first_ttl = o.first;
  t.probes_per_hop = o.queries;
  if (o.udp_fixed && !o.icmp && !o.tcp) {
    t.paris = true;  // one constant port, as -U
    t.port = 53;
  }
  if (o.port && *o.port > 0 && *o.port <= 65535) t.port = static_cast<std::uint16_t>(*o.port);
  // -w MAX: the longest wait. nettrio's waits adapt as traceroute's HERE and NEAR do (3x and
  // 10x the RTTs seen); with both 0, traceroute waits MAX for every probe, and so does this.
  const auto max_ms = std::clamp(static_cast<long>(o.wait_max * 1000), 1L, 60000L);
  t.max_wait = std::chrono::milliseconds(max_ms);
  t.min_wait = o.wait_here == 0 && o.wait_near == 0 ? t.max_wait : std::min(t.min_wait, t.max_wait);
  const std::size_t header = o.address.is_v4() ? 20 : 40;
  // An empty UDP or ICMP echo probe; a raw one is the IP header alone.
  const std::size_t minimum = header + (t.method == probe_protocol::raw ? 0 : 8);
  if (o.packetlen) {
    if (*o.packetlen > 65000)
      throw classic_error{fmt::format("too big packetlen {} specified", *o.packetlen)};
    t.packet_size =
        std::max<std::size_t>(minimum, static_cast<std::size_t>(std::max(0L, *o.packetlen)));
  } else {
    t.packet_size = o.mtu ? 65000 : header + 40;  // --mtu starts from traceroute's largest
  }
  t.step_mtu = o.mtu;
  t = sized_for(t, o.address);
  if (auto err = validate(t); !err.empty()) throw classic_error{err};

  auto so = socket_options_of(t, o.address);
  if (t.method == probe_protocol::raw) so.raw_protocol = *o.raw_protocol;
  // --sport: the UDP probes' source port (nettrio's UDP probes all leave from one port and are
  // told apart by their sequence, so they need not go one at a time as traceroute's do).
  if (t.method == probe_protocol::udp) so.udp_source_port = o.source_port;
  so.udp_lite = o.udp_lite;
  so.udp_lite_coverage = o.udp_lite_coverage;
  so.dont_fragment = o.dont_fragment || o.mtu;
  so.egress = o.egress;
  if (o.icmp_kind) so.icmp_kind = *o.icmp_kind;
  const report::trace_header head{.target = o.host,
                                  .address = o.address,
                                  .method = t.method,
                                  .max_hops = t.max_hops,
                                  .packet_size = t.packet_size};
  std::unique_ptr<network> net;
  try {
    net = make_socket_network(so);
  } catch (const std::system_error& e) {
    // As traceroute's error(): a blank line and perror's, exit 1. Its UDP methods open a
    // socket per probe, after the header (which has no newline yet).
    drop_privileges();
    if (t.method == probe_protocol::udp) std::cout << report::traceroute_header_text(head);
    std::cout.flush();
    std::string what = e.what();
    // The raw module opens its socket before the header, and says why a user cannot.
    if (t.method == probe_protocol::raw && e.code() == std::errc::operation_not_permitted)
      std::cerr << "You do not have enough privileges to use this traceroute method.";
    if (what.starts_with("SO_BINDTODEVICE") || what.starts_with("SO_MARK"))
      what = fmt::format("setsockopt {}: {}", what.substr(0, what.find(' ')), e.code().message());
    if (what.starts_with("cannot bind UDP source port"))  // --sport taken
      what = fmt::format("bind: {}", e.code().message());
    throw classic_error{"\n" + what, 1};
  }
  drop_privileges();

  event_loop loop;
  reverse_dns dns(loop);  // on the tracer's loop; -n: no lookups
  auto writer = report::make_trace_writer(
      report::output_format::traceroute, std::cout, std::cerr,
      report::trace_writer_options{
          .numeric = o.numeric, .names = &dns, .extensions = o.extensions, .backward = o.backward});
  writer->start(head);
  trace_session session(loop, *net, t, o.host, o.address, [&](const hop& h) { writer->hop(h); });
  const bool interrupted = run_trace_session(loop, session, *writer);
  // Ctrl-C kills traceroute before it ends its last line, even while it waits for names
  // after the trace: the writer leaves the line open for any interrupted run.
  auto traced = session.result();
  traced.interrupted = traced.interrupted || interrupted;
  writer->finish(traced);
  std::cout.flush();
  if (interrupted) {
    // traceroute has no handler: Ctrl-C kills it, and its shell sees a death by SIGINT
    // (status 130), which scripts test. What was traced is out; now die the same way.
    std::cerr.flush();
    std::signal(SIGINT, SIG_DFL);
    sigset_t only;
    sigemptyset(&only);
    sigaddset(&only, SIGINT);
    ::pthread_sigmask(SIG_UNBLOCK, &only, nullptr);
    ::kill(::getpid(), SIGINT);
  }
  // traceroute's own reading stays silent unless asked for (NETTRIO_HINTS=1), on stderr.
  if (const char* h = std::getenv("NETTRIO_HINTS"); h && std::string_view(h) == "1")
    std::cerr << fmt::format("verdict: {}\n", sanitize(report::verdict_text(session.result())));
  return 0;  // as traceroute: 0 whether or not the destination was reached
}

}  // namespace

int classic_traceroute_main(const invocation& inv) {
  try {
    return run_classic(inv);
  } catch (const classic_error& e) {
    std::cerr << e.message << "\n";
    return e.status;
  } catch (const std::exception& e) {
    std::cerr << fmt::format("{}: {}\n", sanitize(inv.prog), sanitize(e.what()));
    return 1;
  }
}

}  // namespace nettrio::cli
