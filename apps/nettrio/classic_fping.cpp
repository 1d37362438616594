// `fping` under its classic name: fping 5.1's options (getopt_long with fping's letters and
// long names), its units (milliseconds), its messages and exit codes (0 every target alive,
// 1 some unreachable or bad usage, 2 an address that does not resolve), and its lines on
// its streams through libnettrio's fping writer (report::output_format::fping). See
// docs/cli.md for the letters that are refused and why.

#include "common.hpp"

#include <nettrio/ping/pinger.hpp>
#include <nettrio/probe/event_loop.hpp>
#include <nettrio/probe/privileges.hpp>
#include <nettrio/probe/socket_network.hpp>
#include <nettrio/report/ping.hpp>

#include <fmt/format.h>

#include <getopt.h>
#include <netdb.h>
#include <sys/socket.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>

#ifndef NETTRIO_VERSION
#define NETTRIO_VERSION "0.0.0"
#endif

namespace nettrio::cli {

namespace {

struct fping_exit {
  int code;
};

[[noreturn]] void bad_usage() {
  std::cerr << "see 'fping -h' for usage information\n";
  throw fping_exit{1};
}

unsigned to_uint(const char* text) {
  unsigned v = 0;
  if (std::sscanf(text, "%u", &v) != 1) bad_usage();
  return v;
}

double to_float(const char* text) {
  float v = 0;
  if (std::sscanf(text, "%f", &v) != 1 || v < 0) bad_usage();
  return static_cast<double>(v);
}

std::chrono::nanoseconds ms(double v) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
      std::chrono::duration<double, std::milli>(v));
}

// fping -g: "START END" or "ADDR/PREFIX" (IPv4 only; network and broadcast left out below
// /31, as fping does).
std::vector<std::string> generate(const std::vector<std::string>& args) {
  std::vector<std::string> out;
  auto v4 = [](const std::string& t) -> std::uint32_t {
    const auto a = ip_address::parse(t);
    if (!a || !a->is_v4()) {
      std::cerr << fmt::format("fping: -g works only with IPv4 addresses\n");
      throw fping_exit{1};
    }
    const auto text = a->to_string();
    unsigned b[4] = {};
    std::sscanf(text.c_str(), "%u.%u.%u.%u", &b[0], &b[1], &b[2], &b[3]);
    return (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3];
  };
  auto text = [](std::uint32_t v) {
    return fmt::format("{}.{}.{}.{}", v >> 24, (v >> 16) & 255, (v >> 8) & 255, v & 255);
  };
  std::uint32_t lo = 0, hi = 0;
  if (args.size() == 1 && args[0].find('/') != std::string::npos) {
    const auto slash = args[0].find('/');
    const int prefix = std::atoi(args[0].c_str() + slash + 1);
    if (prefix < 1 || prefix > 32) {
      std::cerr << fmt::format("fping: netmask must be between 1 and 32 (is: {})\n",
                               args[0].substr(slash + 1));
      throw fping_exit{1};
    }
    const auto base = v4(args[0].substr(0, slash));
    const std::uint32_t mask = prefix == 32 ? 0xffffffffU : ~((1U << (32 - prefix)) - 1);
    lo = base & mask;
    hi = lo | ~mask;
    if (prefix < 31) {
      ++lo;
      --hi;
    }
  } else if (args.size() == 2) {
    lo = v4(args[0]);
    hi = v4(args[1]);
  } else {
    bad_usage();
  }
  if (hi >= lo && hi - lo >= 131072) {
    std::cerr << "fping: -g parameter generates too many addresses\n";
    throw fping_exit{1};
  }
  for (std::uint64_t a = lo; a <= hi; ++a) out.push_back(text(static_cast<std::uint32_t>(a)));
  return out;
}

int run(const invocation& inv) {
  std::vector<std::string> store;
  store.push_back(inv.prog);
  for (const auto& a : inv.args) store.push_back(a);
  std::vector<char*> argv;
  for (auto& s : store) argv.push_back(s.data());
  argv.push_back(nullptr);
  const int argc = static_cast<int>(store.size());

  static const option longopts[] = {{"ipv4", no_argument, nullptr, '4'},
                                    {"ipv6", no_argument, nullptr, '6'},
                                    {"alive", no_argument, nullptr, 'a'},
                                    {"addr", no_argument, nullptr, 'A'},
                                    {"size", required_argument, nullptr, 'b'},
                                    {"backoff", required_argument, nullptr, 'B'},
                                    {"count", required_argument, nullptr, 'c'},
                                    {"vcount", required_argument, nullptr, 'C'},
                                    {"rdns", no_argument, nullptr, 'd'},
                                    {"timestamp", no_argument, nullptr, 'D'},
                                    {"elapsed", no_argument, nullptr, 'e'},
                                    {"file", required_argument, nullptr, 'f'},
                                    {"generate", no_argument, nullptr, 'g'},
                                    {"help", no_argument, nullptr, 'h'},
                                    {"ttl", required_argument, nullptr, 'H'},
                                    {"interval", required_argument, nullptr, 'i'},
                                    {"iface", required_argument, nullptr, 'I'},
                                    {"loop", no_argument, nullptr, 'l'},
                                    {"all", no_argument, nullptr, 'm'},
                                    {"dontfrag", no_argument, nullptr, 'M'},
                                    {"name", no_argument, nullptr, 'n'},
                                    {"netdata", no_argument, nullptr, 'N'},
                                    {"outage", no_argument, nullptr, 'o'},
                                    {"tos", required_argument, nullptr, 'O'},
                                    {"period", required_argument, nullptr, 'p'},
                                    {"quiet", no_argument, nullptr, 'q'},
                                    {"squiet", required_argument, nullptr, 'Q'},
                                    {"retry", required_argument, nullptr, 'r'},
                                    {"random", no_argument, nullptr, 'R'},
                                    {"stats", no_argument, nullptr, 's'},
                                    {"src", required_argument, nullptr, 'S'},
                                    {"timeout", required_argument, nullptr, 't'},
                                    {"unreach", no_argument, nullptr, 'u'},
                                    {"version", no_argument, nullptr, 'v'},
                                    {"reachable", required_argument, nullptr, 'x'},
                                    {nullptr, 0, nullptr, 0}};

  report::ping_writer_options wo;
  ping_options opts;
  unsigned count = 0, retry = 3;
  bool count_flag = false, generate_flag = false, v4 = false, v6 = false;
  std::optional<double> timeout_ms;
  double perhost_ms = 1000, interval_ms = 10;
  ::optind = 1;
  ::opterr = 0;
  int c = 0;
  while ((c = ::getopt_long(argc, argv.data(),
                            ":46aAb:B:c:C:dDef:ghH:i:I:lmMnNoO:p:qQ:r:RsS:t:uvx:", longopts,
                            nullptr)) != -1) {
    switch (c) {
      case '4':
      case '6':
        if ((c == '4' && v6) || (c == '6' && v4)) {
          std::cerr << "fping: can't specify both -4 and -6\n";
          throw fping_exit{1};
        }
        (c == '4' ? v4 : v6) = true;
        break;
      case 'a':
        wo.alive_only = true;
        break;
      case 'u':
        wo.unreachable_only = true;
        break;
      case 'b':
        opts.payload_size = to_uint(::optarg);
        break;
      case 'B':  // the backoff of retries: nettrio retries at a fixed timeout
        if (std::atof(::optarg) == 0) bad_usage();
        break;
      case 'c':
      case 'C':
        count = static_cast<unsigned>(std::atoi(::optarg));
        if (count == 0) bad_usage();
        count_flag = true;
        if (c == 'C') wo.fping = report::ping_writer_options::fping_mode::matrix;
        break;
      case 'e':
        wo.elapsed = true;
        break;
      case 'g':
        generate_flag = true;
        break;
      case 'h':
        std::cout << "Usage: fping [options] [targets...]\n"
                     "(nettrio's fping: the options of fping 5.1 that docs/cli.md lists)\n";
        throw fping_exit{0};
      case 'H':
        opts.ttl = static_cast<std::uint8_t>(std::clamp(std::atoi(::optarg), 0, 255));
        if (opts.ttl == 0) bad_usage();
        break;
      case 'i':
        interval_ms = to_float(::optarg);
        break;
      case 'p':
        perhost_ms = to_float(::optarg);
        break;
      case 'q':
        wo.quiet = true;
        break;
      case 'r':
        retry = to_uint(::optarg);
        break;
      case 's':
        wo.statistics = true;
        break;
      case 't':
        timeout_ms = to_float(::optarg);
        break;
      case 'v':
        std::cout << "fping: Version 5.1 (nettrio " NETTRIO_VERSION ")\n";
        throw fping_exit{0};
      case ':':
        std::cerr << fmt::format("fping: option requires an argument -- '{}'\n",
                                 static_cast<char>(::optopt));
        bad_usage();
      case '?':
        std::cerr << fmt::format("fping: invalid option -- '{}'\n", static_cast<char>(::optopt));
        bad_usage();
      default:
        std::cerr << fmt::format(
            "fping: option -{} is not supported by nettrio's fping (see docs/cli.md)\n",
            static_cast<char>(c));
        throw fping_exit{1};
    }
  }
  if (wo.alive_only && wo.unreachable_only) {
    std::cerr << "fping: specify only one of a, u\n";
    throw fping_exit{1};
  }
  std::vector<std::string> names(argv.begin() + ::optind, argv.end() - 1);
  if (generate_flag) names = generate(names);
  if (names.empty() && !generate_flag) {  // fping: no target given, the targets from stdin
    std::string line;
    while (std::getline(std::cin, line)) {
      std::istringstream words(line);
      std::string word;
      if (words >> word && word[0] != '#') names.push_back(word);
    }
    if (names.empty()) throw fping_exit{1};
  }
  if (names.empty()) bad_usage();

  if (count_flag) {
    if (wo.fping == report::ping_writer_options::fping_mode::alive)
      wo.fping = report::ping_writer_options::fping_mode::count;
    opts.count = count;
    opts.interval = ms(perhost_ms);
    // fping: in count mode the timeout defaults to the period (at most 10 s).
    opts.timeout = timeout_ms ? ms(*timeout_ms) : ms(std::min(perhost_ms, 10000.0));
    wo.alive_only = wo.unreachable_only = false;
  } else {
    opts.count = retry + 1;  // a retry after each timeout, until an answer
    opts.stop_at_first_answer = true;
    opts.timeout = ms(timeout_ms.value_or(500));
    opts.interval = opts.timeout;
  }
  opts.wait_every_timeout = true;
  opts.rate = interval_ms > 0 ? 1000.0 / interval_ms : 0;
  if (auto err = validate(opts); !err.empty()) {
    std::cerr << "fping: " << err << "\n";
    throw fping_exit{1};
  }
  if (privileged_by_install())
    if (auto err = check_user_floor(opts); !err.empty()) {
      std::cerr << "fping: these options are too risky for mere mortals.\n";
      throw fping_exit{1};
    }

  socket_options so;
  socket_report rep;
  std::unique_ptr<network> net;
  so.ipv4 = !v6;
  so.ipv6 = !v4;
  try {
    net = make_socket_network(so, &rep);
  } catch (const std::system_error&) {
    try {
      so.ipv6 = false;
      so.ipv4 = true;
      net = make_socket_network(so, &rep);
    } catch (const std::system_error& e) {
      drop_privileges();
      std::cerr << "fping: " << e.what() << "\n";
      throw fping_exit{4};
    }
  }
  drop_privileges();

  report::ping_report result;
  bool unresolved = false;
  for (const auto& n : names) {
    addrinfo hints{};
    hints.ai_family = v4 ? AF_INET : v6 ? AF_INET6 : AF_UNSPEC;
    hints.ai_socktype = SOCK_DGRAM;
    hints.ai_protocol = IPPROTO_UDP;
    addrinfo* res = nullptr;
    if (const int rc = ::getaddrinfo(n.c_str(), nullptr, &hints, &res); rc != 0) {
      std::cerr << fmt::format("{}: {}\n", n, ::gai_strerror(rc));
      unresolved = true;
      continue;
    }
    char text[NI_MAXHOST] = "";
    std::optional<ip_address> a;
    if (::getnameinfo(res->ai_addr, res->ai_addrlen, text, sizeof text, nullptr, 0,
                      NI_NUMERICHOST) == 0)
      a = ip_address::parse(std::string(text).substr(0, std::string(text).find('%')));
    ::freeaddrinfo(res);
    if (!a || (a->is_v4() ? rep.icmp4 : rep.icmp6).empty()) {
      std::cerr << fmt::format("{}: Address family for hostname not supported\n", n);
      unresolved = true;
      continue;
    }
    result.targets.push_back(target{n, *a});
  }
  if (result.targets.empty()) throw fping_exit{unresolved ? 2 : 1};
  result.many = true;
  result.options = opts;
  const auto writer =
      report::make_ping_writer(report::output_format::fping, std::cout, std::cerr, wo);
  opts.record_replies = false;

  event_loop loop;
  std::vector<bool> answered(result.targets.size(), false);
  std::size_t n_answered = 0;
  std::unique_ptr<ping_session> session;
  session =
      std::make_unique<ping_session>(loop, *net, opts, result.targets, [&](const ping_event& ev) {
        writer->event(ev);
        if (!count_flag && ev.result.status == probe_status::reply && !answered[ev.target_index]) {
          answered[ev.target_index] = true;
          // Without -c, fping stops probing a target once it answers; all answered: done.
          if (++n_answered == answered.size()) session->stop();
        }
      });
  const auto sigint = loop.watch_signals({SIGINT}, [&](int) { session->stop(); });
  writer->start(result);
  session->start([&] { loop.stop(); });
  loop.run();
  result.run = session->result();
  writer->finish(result);
  if (unresolved) return 2;
  return report::fping_exit_status(result);
}

}  // namespace

int classic_fping_main(const invocation& inv) {
  try {
    return run(inv);
  } catch (const fping_exit& e) {
    std::cout.flush();
    return e.code;
  } catch (const std::exception& e) {
    std::cerr << "fping: " << e.what() << "\n";
    return 4;
  }
}

}  // namespace nettrio::cli
