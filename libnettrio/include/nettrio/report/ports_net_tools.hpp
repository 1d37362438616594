#pragma once
// net-tools netstat 2.10's text, for nettrio run under the name `netstat`: the Internet
// socket table, UNIX domain sockets, the IPv4 routing table and the interface table, with
// netstat's header lines, column widths, state names and address forms byte for byte
// (netstat.c, lib/inet.c, lib/inet6.c, lib/inet_gr.c, lib/interface.c of net-tools 2.10).
// Names are looked up through net_tools_names so tests can pin them down.

#include <nettrio/ports/interfaces.hpp>
#include <nettrio/ports/multicast_groups.hpp>
#include <nettrio/ports/proc_stats.hpp>
#include <nettrio/ports/routes.hpp>
#include <nettrio/ports/socket_table.hpp>
#include <nettrio/ports/unix_sockets.hpp>

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace nettrio::report {

/// netstat's flags, as its getopt loop leaves them.
struct net_tools_options {
  bool all = false;        // -a
  bool listening = false;  // -l
  int extend = 1;          // 1 + the number of -e (netstat's flag_exp)
  bool programs = false;   // -p
  bool timers = false;     // -o
  bool wide = false;       // -W
  bool numeric_hosts = false, numeric_ports = false, numeric_users = false;  // -n
  bool symbolic = false;  // -N: no effect but making routes numeric, as in netstat
};

/// The lookups netstat makes without -n. Every result is the text netstat shows.
class net_tools_names {
 public:
  virtual ~net_tools_names() = default;
  /// A socket address without -n: "[::]" for ::, otherwise the host name, or the number.
  virtual std::string host(const ip_address& a) = 0;
  /// A port without -n: the /etc/services name for `proto` ("tcp", "udp", "raw"), or the
  /// number.
  virtual std::string service(std::uint16_t port, std::string_view proto) = 0;
  /// A uid without -n: the user name, or the number.
  virtual std::string user(std::uint32_t uid) = 0;
  /// A route destination or gateway without -n: the host name (host) or /etc/networks name
  /// (network), or the dotted number.
  virtual std::string route_host(std::uint32_t network_order) = 0;
  virtual std::string route_network(std::uint32_t network_order) = 0;
};

/// The system's resolver, /etc/services, /etc/networks and the password database, each
/// answer cached.
[[nodiscard]] std::unique_ptr<net_tools_names> make_system_names();

/// Which owner each socket inode has, as netstat shows it: "PID/argv0-basename", at most 19
/// characters. Inodes not in the map show "-".
using net_tools_programs = std::unordered_map<std::uint64_t, std::string>;

/// True when netstat would show this socket under these flags (its own rule, which is not a
/// state set: TCP rows by remote port, UDP and raw rows by remote address).
[[nodiscard]] bool net_tools_shows(const socket_record& r, const net_tools_options& o) noexcept;

/// "Active Internet connections (...)" and the column header line.
void write_net_tools_inet_header(std::ostream& out, const net_tools_options& o);
/// One row per record netstat would show, in the order given. With -o, `timers` holds the
/// Timer column text of each record (same index); missing ones show "off (0.00/0/0)".
void write_net_tools_inet_rows(std::ostream& out, const std::vector<socket_record>& records,
                               const net_tools_options& o, net_tools_names& names,
                               const net_tools_programs& programs,
                               const std::vector<std::string>* timers = nullptr);

/// "IPv6/IPv4 Group Memberships" (netstat -g): its header, then the IPv4 and the IPv6
/// memberships.
void write_net_tools_groups(std::ostream& out, const std::vector<multicast_membership>& v4,
                            const std::vector<multicast_membership>& v6, const net_tools_options& o,
                            net_tools_names& names);

/// "Active UNIX domain sockets (...)", its header and one row per socket netstat shows.
void write_net_tools_unix(std::ostream& out, const std::vector<unix_socket_record>& sockets,
                          const net_tools_options& o, const net_tools_programs& programs);

/// "Kernel IP routing table" (netstat -r; -e and -ee layouts), routes that are up.
void write_net_tools_routes(std::ostream& out, const std::vector<ipv4_route>& routes,
                            const net_tools_options& o, net_tools_names& names);

/// "Kernel IPv6 routing table" (netstat -r -6, rprint_fib6): every route but cached ones.
void write_net_tools_routes6(std::ostream& out, const std::vector<ipv6_route>& routes,
                             const net_tools_options& o, net_tools_names& names);

/// "Kernel IP routing cache" (netstat -rC) and its column header; no rows, as the kernel's
/// /proc/net/rt_cache has had none since Linux 3.6.
void write_net_tools_route_cache(std::ostream& out, const net_tools_options& o);

/// "Kernel Interface table" (netstat -ie): ifconfig's blocks (net-tools' ife_print_long),
/// one per interface that is up, or all with -a; `details` in the order of `list`.
void write_net_tools_interfaces_long(std::ostream& out, const std::vector<interface_counters>& list,
                                     const std::vector<interface_details>& details,
                                     const net_tools_options& o);

/// "Kernel Interface table" (netstat -i): interfaces that are up, or all with -a.
void write_net_tools_interfaces(std::ostream& out, const std::vector<interface_counters>& list,
                                const net_tools_options& o);

/// Which groups netstat -s shows: its f_raw (Ip, Icmp; Ip6, Icmp6), f_tcp (Tcp, TcpExt),
/// f_udp (Udp; Udp6), f_sctp (Sctp). Groups no table knows (IcmpMsg, IpExt, UdpLite, ...)
/// are always shown, their non-zero counters as "Name: value".
struct net_tools_stats_flags {
  bool raw = true, tcp = true, udp = true, sctp = true;
};

/// netstat -s (parsesnmp of statistics.c): /proc/net/snmp, then /proc/net/netstat, then
/// /proc/net/sctp/snmp, in the kernel's order, with netstat's wording.
void write_net_tools_statistics(std::ostream& out, const proc_stats& stats,
                                const net_tools_stats_flags& flags);
/// netstat -s -6 (parsesnmp6): /proc/net/snmp6, then the Tcp group of /proc/net/snmp.
void write_net_tools_statistics6(std::ostream& out, const proc_stats& stats,
                                 const net_tools_stats_flags& flags);

}  // namespace nettrio::report
