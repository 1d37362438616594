// nettrio under the name `netstat`: net-tools netstat 2.10 as Debian 12 ships it. The same
// options (parsed by getopt_long with netstat's own option string and long options, so
// bad input gets glibc's and netstat's own words), the same tables byte for byte
// (report/ports_net_tools.hpp), the same stdout/stderr split and exit codes. The sockets
// come from the library's socket table (sock_diag, /proc/net as fallback); UNIX sockets,
// routes and interfaces from their /proc files, as netstat reads them. nettrio's own notes
// appear only with NETTRIO_HINTS=1, on stderr.

#include "common.hpp"

#include <nettrio/ports/interfaces.hpp>
#include <nettrio/ports/multicast_groups.hpp>
#include <nettrio/ports/proc_stats.hpp>
#include <nettrio/ports/proc_timers.hpp>
#include <nettrio/ports/routes.hpp>
#include <nettrio/ports/socket_programs.hpp>
#include <nettrio/ports/socket_table.hpp>
#include <nettrio/ports/unix_sockets.hpp>
#include <nettrio/report/ports_net_tools.hpp>

#include <fmt/format.h>

#include <getopt.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

namespace nettrio::cli {

namespace {

constexpr int e_opterr = 3;  // netstat's E_OPTERR; E_USAGE and E_VERSION are 0

constexpr std::string_view usage_text =
    "usage: netstat [-vWeenNcCF] [<Af>] -r         netstat {-V|--version|-h|--help}\n"
    "       netstat [-vWnNcaeol] [<Socket> ...]\n"
    "       netstat { [-vWeenNac] -i | [-cnNe] -M | -s [-6tuw] }\n\n"
    "        -r, --route              display routing table\n"
    "        -i, --interfaces         display interface table\n"
    "        -g, --groups             display multicast group memberships\n"
    "        -s, --statistics         display networking statistics (like SNMP)\n"
    "        -M, --masquerade         display masqueraded connections\n\n"
    "        -v, --verbose            be verbose\n"
    "        -W, --wide               don't truncate IP addresses\n"
    "        -n, --numeric            don't resolve names\n"
    "        --numeric-hosts          don't resolve host names\n"
    "        --numeric-ports          don't resolve port names\n"
    "        --numeric-users          don't resolve user names\n"
    "        -N, --symbolic           resolve hardware names\n"
    "        -e, --extend             display other/more information\n"
    "        -p, --programs           display PID/Program name for sockets\n"
    "        -o, --timers             display timers\n"
    "        -c, --continuous         continuous listing\n\n"
    "        -l, --listening          display listening server sockets\n"
    "        -a, --all                display all sockets (default: connected)\n"
    "        -F, --fib                display Forwarding Information Base (default)\n"
    "        -C, --cache              display routing cache instead of FIB\n"
    "        -Z, --context            display SELinux security context for sockets\n\n"
    "  <Socket>={-t|--tcp} {-u|--udp} {-U|--udplite} {-S|--sctp} {-w|--raw}\n"
    "           {-x|--unix} --ax25 --ipx --netrom\n"
    "  <AF>=Use '-6|-4' or '-A <af>' or '--<af>'; default: inet\n"
    "  List of possible address families (which support routing):\n";
// print_aflist(1) writes to stderr whatever stream the usage went to.
constexpr std::string_view aflist_text =
    "    inet (DARPA Internet) inet6 (IPv6) ax25 (AMPR AX.25) \n"
    "    netrom (AMPR NET/ROM) rose (AMPR ROSE) ipx (Novell IPX) \n"
    "    ddp (Appletalk DDP) x25 (CCITT X.25) \n";

constexpr std::string_view version_text =
    "net-tools 2.10\n"
    "Fred Baumgarten, Alan Cox, Bernd Eckenfels, Phil Blundell, Tuan Hoang, Brian Micek and "
    "others\n"
    "+NEW_ADDRT +RTF_IRTT +RTF_REJECT +FW_MASQUERADE +I18N +SELINUX\n"
    "AF: (inet) +UNIX +INET +INET6 +IPX +AX25 +NETROM +X25 +ATALK +ECONET +ROSE -BLUETOOTH\n"
    "HW:  +ETHER +ARC +SLIP +PPP +TUNNEL -TR +AX25 +NETROM +X25 +FR +ROSE +ASH +SIT +FDDI "
    "+HIPPI +HDLC/LAPB +EUI64 \n";

[[noreturn]] void usage(int rc) {
  std::cout.flush();
  std::fwrite(usage_text.data(), 1, usage_text.size(), rc ? stderr : stdout);
  std::fflush(stdout);
  std::fwrite(aflist_text.data(), 1, aflist_text.size(), stderr);
  std::exit(rc);
}

// netstat's flags after its getopt loop.
struct flags {
  report::net_tools_options o;
  int tcp = 0, sctp = 0, udp = 0, udplite = 0, raw = 0, unx = 0;
  int inet = 0, inet6 = 0, ax25 = 0, ipx = 0, netrom = 0, x25 = 0, rose = 0, ddp = 0, econet = 0,
      bluetooth = 0;
  int route = 0, interfaces = 0, masquerade = 0, statistics = 0, continuous = 0, groups = 0;
  int l2cap = 0, rfcomm = 0;
  bool verbose = false, noprot = false, cache = false, fib = false;
  std::string afname;
};

// aftrans_opt (lib/af.c): a comma list of family names; false (after the message) when one
// is unknown.
bool aftrans(flags& f, std::string_view arg) {
  struct entry {
    std::string_view alias, name;
    int flags::*flag;
  };
  static const entry table[] = {
      {"ax25", "ax25", &flags::ax25},
      {"ip", "inet", &flags::inet},
      {"ip6", "inet6", &flags::inet6},
      {"ipx", "ipx", &flags::ipx},
      {"rose", "rose", &flags::rose},
      {"appletalk", "ddp", &flags::ddp},
      {"netrom", "netrom", &flags::netrom},
      {"inet", "inet", &flags::inet},
      {"inet6", "inet6", &flags::inet6},
      {"ddp", "ddp", &flags::ddp},
      {"unix", "unix", &flags::unx},
      {"tcpip", "inet", &flags::inet},
      {"econet", "ec", &flags::econet},
      {"x25", "x25", &flags::x25},
      {"bluetooth", "bluetooth", &flags::bluetooth},
  };
  while (true) {
    const auto comma = arg.find(',');
    const auto word = arg.substr(0, comma);
    const entry* hit = nullptr;
    for (const auto& e : table)
      if (e.alias == word) {
        hit = &e;
        break;
      }
    if (!hit) {
      std::cout.flush();
      std::cerr << fmt::format("Unknown address family `{}'.\n", word);
      return false;
    }
    ++(f.*(hit->flag));
    if (!f.afname.empty()) f.afname += ',';
    f.afname += hit->name;
    if (comma == std::string_view::npos) break;
    arg.remove_prefix(comma + 1);
  }
  return true;
}

flags parse_flags(const invocation& inv) {
  static const option longopts[] = {{"ax25", 0, nullptr, 1},
                                    {"x25", 0, nullptr, 1},
                                    {"ip", 0, nullptr, 1},
                                    {"ipx", 0, nullptr, 1},
                                    {"appletalk", 0, nullptr, 1},
                                    {"netrom", 0, nullptr, 1},
                                    {"inet", 0, nullptr, 1},
                                    {"inet6", 0, nullptr, 1},
                                    {"ddp", 0, nullptr, 1},
                                    {"rose", 0, nullptr, 1},
                                    {"unix", 0, nullptr, 1},
                                    {"bluetooth", 0, nullptr, 1},
                                    {"tcpip", 0, nullptr, 1},
                                    {"version", 0, nullptr, 'V'},
                                    {"interfaces", 0, nullptr, 'i'},
                                    {"help", 0, nullptr, 'h'},
                                    {"route", 0, nullptr, 'r'},
                                    {"masquerade", 0, nullptr, 'M'},
                                    {"protocol", 1, nullptr, 'A'},
                                    {"tcp", 0, nullptr, 't'},
                                    {"sctp", 0, nullptr, 'S'},
                                    {"udp", 0, nullptr, 'u'},
                                    {"udplite", 0, nullptr, 'U'},
                                    {"raw", 0, nullptr, 'w'},
                                    {"unix", 0, nullptr, 'x'},
                                    {"l2cap", 0, nullptr, '2'},
                                    {"rfcomm", 0, nullptr, 'f'},
                                    {"listening", 0, nullptr, 'l'},
                                    {"all", 0, nullptr, 'a'},
                                    {"timers", 0, nullptr, 'o'},
                                    {"continuous", 0, nullptr, 'c'},
                                    {"extend", 0, nullptr, 'e'},
                                    {"programs", 0, nullptr, 'p'},
                                    {"verbose", 0, nullptr, 'v'},
                                    {"statistics", 0, nullptr, 's'},
                                    {"wide", 0, nullptr, 'W'},
                                    {"numeric", 0, nullptr, 'n'},
                                    {"numeric-hosts", 0, nullptr, '!'},
                                    {"numeric-ports", 0, nullptr, '@'},
                                    {"numeric-users", 0, nullptr, '#'},
                                    {"symbolic", 0, nullptr, 'N'},
                                    {"cache", 0, nullptr, 'C'},
                                    {"fib", 0, nullptr, 'F'},
                                    {"groups", 0, nullptr, 'g'},
                                    {"context", 0, nullptr, 'Z'},
                                    {nullptr, 0, nullptr, 0}};
  std::vector<std::string> store;
  store.reserve(inv.args.size() + 1);
  store.push_back(inv.prog);
  for (const auto& a : inv.args) store.push_back(a);
  std::vector<char*> argv;
  for (auto& s : store) argv.push_back(s.data());
  argv.push_back(nullptr);
  const int argc = static_cast<int>(store.size());

  flags f;
  optind = 0;  // glibc: a full re-initialisation
  opterr = 1;
  int lop = 0, c = 0;
  while ((c = ::getopt_long(argc, argv.data(), "A:CFMacdeghilnNoprsStuUvVWw2fx64?Z", longopts,
                            &lop)) != -1) {
    switch (c) {
      case 1:
        if (lop < 0 || lop >= 12) {  // AFTRANS_CNT is 12: --tcpip, the 13th, misses it
          std::cout.flush();
          std::cerr << "netstat.c: Internal Error `longopts 1 range'.\n";
          break;
        }
        if (!aftrans(f, longopts[lop].name)) std::exit(1);
        break;
      case 'A':
        if (!aftrans(f, optarg)) std::exit(1);
        break;
      case 'M':
        ++f.masquerade;
        break;
      case 'a':
        f.o.all = true;
        break;
      case 'l':
        f.o.listening = true;
        break;
      case 'c':
        ++f.continuous;
        break;
      case 'd':
        break;
      case 'g':
        ++f.groups;
        break;
      case 'e':
        ++f.o.extend;
        break;
      case 'p':
        f.o.programs = true;
        break;
      case 'i':
        ++f.interfaces;
        break;
      case 'W':
        f.o.wide = true;
        break;
      case 'n':
        f.o.numeric_hosts = f.o.numeric_ports = f.o.numeric_users = true;
        break;
      case '!':
        f.o.numeric_hosts = true;
        break;
      case '@':
        f.o.numeric_ports = true;
        break;
      case '#':
        f.o.numeric_users = true;
        break;
      case 'N':
        f.o.symbolic = true;
        break;
      case 'C':
        f.cache = true;
        break;
      case 'F':
        f.fib = true;
        break;
      case 'o':
        f.o.timers = true;
        break;
      case '6':
        if (!aftrans(f, "inet6")) std::exit(1);
        break;
      case '4':
        if (!aftrans(f, "inet")) std::exit(1);
        break;
      case 'V':
        std::cout << version_text << std::flush;
        std::exit(0);
      case 'v':
        f.verbose = true;
        break;
      case 'r':
        ++f.route;
        break;
      case 't':
        ++f.tcp;
        break;
      case 'S':
        ++f.sctp;
        break;
      case 'u':
        ++f.udp;
        break;
      case 'U':
        ++f.udplite;
        break;
      case 'w':
        ++f.raw;
        break;
      case '2':
        ++f.l2cap;
        break;
      case 'f':
        ++f.rfcomm;
        break;
      case 'x':
        if (!aftrans(f, "unix")) std::exit(1);
        break;
      case 'Z':
        std::cout.flush();
        std::cerr << "SELinux is not enabled on this machine.\n";
        std::exit(1);
      case '?':
        usage(e_opterr);
      case 'h':
        usage(0);
      case 's':
        ++f.statistics;
        break;
      default:
        break;
    }
  }
  if (f.interfaces + f.route + f.masquerade + f.statistics > 1) usage(e_opterr);
  if ((f.inet || f.inet6 || f.statistics) && !(f.tcp || f.sctp || f.udp || f.udplite || f.raw)) {
    f.noprot = true;
    f.tcp = f.sctp = f.udp = f.udplite = f.raw = 1;
  }
  if ((f.tcp || f.sctp || f.udp || f.udplite || f.raw || f.groups) && !(f.inet || f.inet6))
    f.inet = f.inet6 = 1;
  return f;
}

bool exists(const char* path) {
  struct stat st {};
  return ::stat(path, &st) == 0;
}

void hint(const std::string& text) {
  const char* env = std::getenv("NETTRIO_HINTS");
  if (env && std::string_view(env) == "1") std::cerr << "nettrio: " << text << "\n";
}

// The "-p" walk and its note on stderr (prg_cache_load).
report::net_tools_programs load_programs(bool wanted, bool& loaded) {
  if (!wanted || loaded) return {};
  loaded = true;
  auto p = read_socket_programs();
  std::cout.flush();
  if (p.proc_unreadable || (p.denied && p.names.empty()))
    std::cerr << fmt::format(
        "(No info could be read for \"-p\": geteuid()={} but you should be root.)\n", ::geteuid());
  else if (p.denied)
    std::cerr << "(Not all processes could be identified, non-owned process info\n"
                 " will not be shown, you would have to be root to see it all.)\n";
  return std::move(p.names);
}

int show_sockets(flags& f, report::net_tools_names& names) {
  const int flag_arg = f.tcp + f.sctp + f.udplite + f.udp + f.raw + f.unx + f.ipx + f.ax25 +
                       f.netrom + f.groups + f.x25 + f.rose + f.l2cap + f.rfcomm;
  bool loaded = false;
  report::net_tools_programs programs;
  auto& out = std::cout;
  const bool inet_table = !flag_arg || f.tcp || f.sctp || f.udp || f.udplite || f.raw;
  if (inet_table) {
    programs = load_programs(f.o.programs, loaded);
    report::write_net_tools_inet_header(out, f.o);
  }
  const bool v4 = !flag_arg || f.inet, v6 = !flag_arg || f.inet6;
  auto table = [&](transport proto) {
    socket_query q;
    q.tcp = proto == transport::tcp;
    q.udp = proto == transport::udp;
    q.raw = proto == transport::raw;
    q.ipv4 = v4;
    q.ipv6 = v6;
    q.states = all_states;
    if (!q.ipv4 && !q.ipv6) return;
    std::vector<socket_record> records;
    std::vector<std::string> timers;
    if (f.o.timers) {
      // -o: the timers are in /proc/net only; read the table there, as netstat does.
      auto read = read_proc_net_timed(proto, q.ipv4, q.ipv6);
      records = std::move(read.records);
      timers = std::move(read.timers);
    } else {
      auto source = make_socket_source(source_kind::automatic);
      records = list_sockets(*source, q);
    }
    report::write_net_tools_inet_rows(out, records, f.o, names, programs,
                                      f.o.timers ? &timers : nullptr);
  };
  if (!flag_arg || f.tcp) table(transport::tcp);
  if (f.sctp && flag_arg) {
    // No SCTP in the socket table; netstat says so when the kernel has none either.
    if (!exists("/proc/net/sctp/eps") && !f.noprot) {
      out.flush();
      std::cerr << "netstat: no support for `AF INET (sctp)' on this system.\n";
      return 1;
    }
    if (exists("/proc/net/sctp/eps")) hint("SCTP associations are not shown by nettrio");
  }
  if (!flag_arg || f.udp) table(transport::udp);
  if ((!flag_arg || f.udplite) && exists("/proc/net/udplite"))
    hint("UDP-Lite sockets are not shown by nettrio");
  if (!flag_arg || f.raw) table(transport::raw);
  if (f.groups) {
    out.flush();
    report::write_net_tools_groups(
        out, f.inet ? read_multicast_groups(ip_family::v4) : std::vector<multicast_membership>{},
        f.inet6 ? read_multicast_groups(ip_family::v6) : std::vector<multicast_membership>{}, f.o,
        names);
  }
  if (!flag_arg || f.unx) {
    programs = loaded ? std::move(programs) : load_programs(f.o.programs, loaded);
    out.flush();
    report::write_net_tools_unix(out, read_unix_sockets(), f.o, programs);
  }
  // The families nettrio does not read, as netstat reports them on a kernel without them.
  struct other {
    int flags::*flag;
    const char* proc;
    const char* name;
  };
  static const other others[] = {{&flags::ipx, "/proc/net/ipx/socket", "AF IPX"},
                                 {&flags::ax25, "/proc/net/ax25", "AF AX25"},
                                 {&flags::x25, "/proc/net/x25", "AF X25"},
                                 {&flags::netrom, "/proc/net/nr", "AF NETROM"},
                                 {&flags::rose, "/proc/net/rose", "AF ROSE"}};
  for (const auto& o : others) {
    if (!flag_arg || !(f.*(o.flag))) continue;
    out.flush();
    if (!exists(o.proc)) {
      std::cerr << fmt::format("netstat: no support for `{}' on this system.\n", o.name);
      return 1;
    }
    hint(fmt::format("{} sockets are not shown by nettrio", o.name));
  }
  return 0;
}

int show_routes(flags& f, report::net_tools_names& names) {
  const std::string af = f.afname.empty() ? "inet" : f.afname;
  if (af == "inet6") {
    if (f.cache) {
      std::cout.flush();
      std::cerr << "netstat: nettrio does not show the IPv6 routing cache (-C -6) under this "
                   "name\n";
      return 1;
    }
    std::vector<ipv6_route> routes6;
    try {
      routes6 = read_ipv6_routes();
    } catch (const std::exception&) {
      std::cout.flush();
      std::cerr << "/proc/net/ipv6_route: No such file or directory\n";
      std::cout << "INET6 (IPv6) not configured in this system.\n";
      return 1;
    }
    report::write_net_tools_routes6(std::cout, routes6, f.o, names);
    return 0;
  }
  if (af != "inet") {
    std::cout.flush();
    std::cerr << fmt::format(
        "netstat: nettrio shows only the IPv4 and IPv6 routing tables under this name "
        "(asked: {})\n",
        af);
    return 1;
  }
  std::vector<ipv4_route> routes;
  try {
    routes = read_ipv4_routes();
  } catch (const std::exception&) {
    std::cout.flush();
    std::perror("/proc/net/route");
    std::cout << "INET (IPv4) not configured in this system.\n";
    return 1;
  }
  if (f.fib || !f.cache) report::write_net_tools_routes(std::cout, routes, f.o, names);
  if (f.cache) report::write_net_tools_route_cache(std::cout, f.o);
  return 0;
}

int show_interfaces(flags& f) {
  const auto list = read_interfaces();
  if (f.o.extend >= 2) {  // -ie: ifconfig's blocks
    std::vector<interface_details> details;
    details.reserve(list.size());
    for (const auto& c : list) details.push_back(read_interface_details(c.name));
    report::write_net_tools_interfaces_long(std::cout, list, details, f.o);
    return 0;
  }
  report::write_net_tools_interfaces(std::cout, list, f.o);
  return 0;
}

int show_statistics(flags& f) {
  const std::string af = f.afname.empty() ? "inet" : f.afname;
  const report::net_tools_stats_flags which{
      .raw = f.raw != 0, .tcp = f.tcp != 0, .udp = f.udp != 0, .sctp = f.sctp != 0};
  const auto stats = read_proc_stats();
  if (af == "inet") {
    if (!stats.snmp_present) {
      std::cout.flush();
      std::cerr << "cannot open /proc/net/snmp: No such file or directory\n";
      return 0;
    }
    report::write_net_tools_statistics(std::cout, stats, which);
    return 0;
  }
  if (af == "inet6") {
    if (!stats.snmp6_present) {
      std::cout.flush();
      std::cerr << "cannot open /proc/net/snmp6: No such file or directory\n";
      return 0;
    }
    report::write_net_tools_statistics6(std::cout, stats, which);
    return 0;
  }
  std::cout << fmt::format("netstat: No statistics support for specified address family: {}\n", af);
  return 1;
}

}  // namespace

int classic_netstat_main(const invocation& inv) {
  std::ios::sync_with_stdio(true);
  auto f = parse_flags(inv);
  auto names = report::make_system_names();
  try {
    if (f.masquerade) {
      std::cerr << "netstat: no support for `ip_masquerade' on this system.\n";
      return 1;
    }
    for (;;) {
      int rc = 0;
      if (f.statistics) return show_statistics(f);
      if (f.route)
        rc = show_routes(f, *names);
      else if (f.interfaces)
        rc = show_interfaces(f);
      else
        rc = show_sockets(f, *names);
      std::cout.flush();
      if (rc || !f.continuous) return rc;
      ::sleep(1);
    }
  } catch (const std::exception& e) {
    std::cout.flush();
    std::cerr << fmt::format("netstat: {}\n", e.what());
    return 1;
  }
}

}  // namespace nettrio::cli
