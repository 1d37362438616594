// net-tools netstat 2.10's text (ports_net_tools.hpp): every format string below is
// netstat's own, cited by the function it comes from.

#include <nettrio/report/ports_net_tools.hpp>

#include "report/ports_writers.hpp"

#include <nettrio/text/sanitize.hpp>

#include <fmt/format.h>

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <ostream>
#include <sstream>

namespace nettrio::report {

namespace {

// tcp_state[] of netstat.c.
std::string_view tcp_state_name(socket_state s) noexcept {
  switch (s) {
    case socket_state::established:
      return "ESTABLISHED";
    case socket_state::syn_sent:
      return "SYN_SENT";
    case socket_state::syn_recv:
      return "SYN_RECV";
    case socket_state::fin_wait1:
      return "FIN_WAIT1";
    case socket_state::fin_wait2:
      return "FIN_WAIT2";
    case socket_state::time_wait:
      return "TIME_WAIT";
    case socket_state::close:
      return "CLOSE";
    case socket_state::close_wait:
      return "CLOSE_WAIT";
    case socket_state::last_ack:
      return "LAST_ACK";
    case socket_state::listen:
      return "LISTEN";
    case socket_state::closing:
      return "CLOSING";
  }
  return "";
}

// inet_ntop, with fix_v4_address (lib/inet6.c): a v4-mapped address shows as IPv4.
std::string numeric_host(const ip_address& a) {
  if (a.is_v4()) return a.to_string();
  char buf[INET6_ADDRSTRLEN]{};
  ::inet_ntop(AF_INET6, a.bytes().data(), buf, sizeof buf);
  std::string s(buf);
  const auto& b = a.bytes();
  const bool mapped = std::all_of(b.begin(), b.begin() + 10, [](auto x) { return x == 0; }) &&
                      b[10] == 0xff && b[11] == 0xff;
  if (mapped) {
    const auto dot = s.find('.');
    if (dot != std::string::npos) {
      const auto colon = s.rfind(':', dot);
      if (colon != std::string::npos) s.erase(0, colon + 1);
    }
  }
  return s;
}

bool is_null(const ip_address& a) noexcept {
  const auto& b = a.bytes();
  const std::size_t n = a.is_v4() ? 4 : 16;
  return std::all_of(b.begin(), b.begin() + static_cast<std::ptrdiff_t>(n),
                     [](auto x) { return x == 0; });
}

std::string_view proto_name(const socket_record& r) noexcept {
  const bool v6 = r.family() == ip_family::v6;
  switch (r.proto) {
    case transport::tcp:
      return v6 ? "tcp6" : "tcp";
    case transport::udp:
      return v6 ? "udp6" : "udp";
    case transport::raw:
      return v6 ? "raw6" : "raw";
  }
  return "";
}

// addr_do_one (netstat.c): "ADDR:PORT", the address cut so the whole fits 22 characters
// unless -W.
std::string endpoint(const ip_address& a, std::uint16_t port, std::string_view proto,
                     const net_tools_options& o, net_tools_names& names) {
  const std::string saddr = o.numeric_hosts ? numeric_host(a) : names.host(a);
  const std::string sport = port == 0         ? std::string("*")
                            : o.numeric_ports ? std::to_string(port)
                                              : names.service(port, proto);
  constexpr std::size_t short_len = 22;
  if (!o.wide && saddr.size() + sport.size() > short_len) {
    const std::size_t port_len = std::min(sport.size(), short_len - 4);
    const std::size_t addr_len = short_len - port_len;
    return saddr.substr(0, addr_len) + ":" + sport.substr(0, port_len);
  }
  return saddr + ":" + sport;
}

const std::string& program_of(const net_tools_programs& programs, std::uint64_t inode) {
  static const std::string dash = "-";
  const auto it = programs.find(inode);
  return it == programs.end() ? dash : it->second;
}

void state_title(std::string& line, const net_tools_options& o) {
  if (o.all)
    line += "(servers and established)";
  else if (o.listening)
    line += "(only servers)";
  else
    line += "(w/o servers)";
}

class system_names final : public net_tools_names {
 public:
  std::string host(const ip_address& a) override {
    if (auto it = hosts_.find(a); it != hosts_.end()) return it->second;
    std::string name;
    if (a.is_v4()) {
      // INET_rresolve: 0.0.0.0 as such; a host when the first octet is set (its netmask
      // test on the network-order word), else a network name.
      const auto& b = a.bytes();
      if (is_null(a)) {
        name = "0.0.0.0";
      } else if (b[0] != 0) {
        sockaddr_in sin{};
        sin.sin_family = AF_INET;
        std::memcpy(&sin.sin_addr, b.data(), 4);
        char buf[NI_MAXHOST]{};
        if (::getnameinfo(reinterpret_cast<const sockaddr*>(&sin), sizeof sin, buf, sizeof buf,
                          nullptr, 0, NI_NAMEREQD) == 0)
          name = buf;
      } else {
        name = route_network(a.to_v4_uint() == 0 ? 0 : htonl(a.to_v4_uint()));
      }
      if (name.empty()) name = a.to_string();
    } else if (is_null(a)) {
      name = "[::]";
    } else {
      sockaddr_in6 sin6{};
      sin6.sin6_family = AF_INET6;
      std::memcpy(&sin6.sin6_addr, a.bytes().data(), 16);
      char buf[NI_MAXHOST]{};
      if (::getnameinfo(reinterpret_cast<const sockaddr*>(&sin6), sizeof sin6, buf, sizeof buf,
                        nullptr, 0, 0) == 0)
        name = buf;
      else
        name = numeric_host(a);
      // fix_v4_address on whatever came back.
      const auto& b = a.bytes();
      const bool mapped = std::all_of(b.begin(), b.begin() + 10, [](auto x) { return x == 0; }) &&
                          b[10] == 0xff && b[11] == 0xff;
      if (mapped) {
        const auto dot = name.find('.');
        if (dot != std::string::npos) {
          const auto colon = name.rfind(':', dot);
          if (colon != std::string::npos) name.erase(0, colon + 1);
        }
      }
    }
    hosts_.emplace(a, name);
    return name;
  }

  std::string service(std::uint16_t port, std::string_view proto) override {
    const auto key = std::make_pair(port, std::string(proto));
    if (auto it = services_.find(key); it != services_.end()) return it->second;
    std::string name = std::to_string(port);
    if (const servent* se = ::getservbyport(htons(port), key.second.c_str())) name = se->s_name;
    services_.emplace(key, name);
    return name;
  }

  std::string user(std::uint32_t uid) override {
    if (auto it = users_.find(uid); it != users_.end()) return it->second;
    std::string name = std::to_string(uid);
    if (const passwd* pw = ::getpwuid(uid)) name = pw->pw_name;
    users_.emplace(uid, name);
    return name;
  }

  std::string route_host(std::uint32_t network_order) override {
    sockaddr_in sin{};
    sin.sin_family = AF_INET;
    sin.sin_addr.s_addr = network_order;
    char buf[NI_MAXHOST]{};
    if (::getnameinfo(reinterpret_cast<const sockaddr*>(&sin), sizeof sin, buf, sizeof buf, nullptr,
                      0, NI_NAMEREQD) == 0)
      return buf;
    return dotted(network_order);
  }

  std::string route_network(std::uint32_t network_order) override {
    if (const netent* np = ::getnetbyaddr(ntohl(network_order), AF_INET)) return np->n_name;
    return dotted(network_order);
  }

 private:
  static std::string dotted(std::uint32_t network_order) {
    in_addr in{};
    in.s_addr = network_order;
    char buf[INET_ADDRSTRLEN]{};
    ::inet_ntop(AF_INET, &in, buf, sizeof buf);
    return buf;
  }
  std::unordered_map<ip_address, std::string> hosts_;
  std::map<std::pair<std::uint16_t, std::string>, std::string> services_;
  std::unordered_map<std::uint32_t, std::string> users_;
};

std::string dotted(std::uint32_t network_order) {
  in_addr in{};
  in.s_addr = network_order;
  char buf[INET_ADDRSTRLEN]{};
  ::inet_ntop(AF_INET, &in, buf, sizeof buf);
  return buf;
}

}  // namespace

std::unique_ptr<net_tools_names> make_system_names() {
  return std::make_unique<system_names>();
}

bool net_tools_shows(const socket_record& r, const net_tools_options& o) noexcept {
  if (o.all) return true;
  if (r.proto == transport::tcp) return o.listening ? r.remote_port == 0 : r.remote_port != 0;
  // udp_do_one, raw_do_one: by whether the remote address is set.
  const bool remote = !is_null(r.remote_address);
  return o.listening ? !remote : remote;
}

void write_net_tools_inet_header(std::ostream& out, const net_tools_options& o) {
  std::string line = "Active Internet connections ";
  state_title(line, o);
  line += "\nProto Recv-Q Send-Q Local Address           Foreign Address         State      ";
  if (o.extend > 1) line += " User       Inode     ";
  if (o.programs) line += fmt::format(" {:<20}", "PID/Program name");
  if (o.timers) line += " Timer";
  line += '\n';
  out << line;
}

void write_net_tools_inet_rows(std::ostream& out, const std::vector<socket_record>& records,
                               const net_tools_options& o, net_tools_names& names,
                               const net_tools_programs& programs,
                               const std::vector<std::string>* timers) {
  fmt::memory_buffer buf;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const auto& r = records[i];
    if (!net_tools_shows(r, o)) continue;
    const std::string_view proto = r.proto == transport::tcp   ? "tcp"
                                   : r.proto == transport::udp ? "udp"
                                                               : "raw";
    const auto local = endpoint(r.local_address, r.local_port, proto, o, names);
    const auto remote = endpoint(r.remote_address, r.remote_port, proto, o, names);
    switch (r.proto) {
      case transport::tcp:  // "%-4s  %6ld %6ld %-*s %-*s %-11s"
        fmt::format_to(std::back_inserter(buf), "{:<4}  {:>6} {:>6} {:<23} {:<23} {:<11}",
                       proto_name(r), r.recv_q, r.send_q, local, remote, tcp_state_name(r.state));
        break;
      case transport::udp: {  // "%-5s %6ld %6ld %-23s %-23s %-11s"
        const std::string_view state = r.state == socket_state::established ? "ESTABLISHED"
                                       : r.state == socket_state::close     ? ""
                                                                            : "UNKNOWN";
        fmt::format_to(std::back_inserter(buf), "{:<5} {:>6} {:>6} {:<23} {:<23} {:<11}",
                       proto_name(r), r.recv_q, r.send_q, local, remote, state);
        break;
      }
      case transport::raw:  // "%-4s  %6ld %6ld %-23s %-23s %-11d"
        fmt::format_to(std::back_inserter(buf), "{:<4}  {:>6} {:>6} {:<23} {:<23} {:<11}",
                       proto_name(r), r.recv_q, r.send_q, local, remote,
                       static_cast<unsigned>(r.state));
        break;
    }
    // finish_this_one
    if (o.extend > 1) {
      const auto user = o.numeric_users ? std::to_string(r.uid) : names.user(r.uid);
      fmt::format_to(std::back_inserter(buf), " {:<10} {:<10}", user, r.inode);
    }
    if (o.programs)
      fmt::format_to(std::back_inserter(buf), " {:<20}", program_of(programs, r.inode));
    if (o.timers) {
      const std::string none = "off (0.00/0/0)";
      const auto& t = timers && i < timers->size() ? (*timers)[i] : none;
      fmt::format_to(std::back_inserter(buf), " {}", t);
    }
    buf.push_back('\n');
  }
  out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
}

void write_net_tools_groups(std::ostream& out, const std::vector<multicast_membership>& v4,
                            const std::vector<multicast_membership>& v6, const net_tools_options& o,
                            net_tools_names& names) {
  fmt::memory_buffer buf;
  buf.append(
      std::string_view("IPv6/IPv4 Group Memberships\n"
                       "Interface       RefCnt Group\n"
                       "--------------- ------ ---------------------\n"));
  for (const auto* list : {&v4, &v6})
    for (const auto& m : *list)  // "%-15s %-6d %s\n"
      fmt::format_to(std::back_inserter(buf), "{:<15} {:<6} {}\n", m.device, m.refcnt,
                     o.numeric_hosts ? numeric_host(m.group) : names.host(m.group));
  out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
}

void write_net_tools_unix(std::ostream& out, const std::vector<unix_socket_record>& sockets,
                          const net_tools_options& o, const net_tools_programs& programs) {
  std::string head = "Active UNIX domain sockets ";
  state_title(head, o);
  head += "\nProto RefCnt Flags       Type       State         I-Node  ";
  if (o.programs) head += fmt::format(" {:<20}", "PID/Program name");
  head += " Path\n";
  fmt::memory_buffer buf;
  buf.append(head);
  for (const auto& s : sockets) {
    const bool listener = s.state == unix_state_unconnected && (s.flags & unix_flag_acceptcon) != 0;
    if (!o.all && listener != o.listening) continue;
    const std::string_view proto = s.protocol == 0 ? "unix" : "??";
    std::string_view type;
    switch (s.type) {
      case SOCK_STREAM:
        type = "STREAM";
        break;
      case SOCK_DGRAM:
        type = "DGRAM";
        break;
      case SOCK_RAW:
        type = "RAW";
        break;
      case SOCK_RDM:
        type = "RDM";
        break;
      case SOCK_SEQPACKET:
        type = "SEQPACKET";
        break;
      default:
        type = "UNKNOWN";
    }
    std::string_view state;
    switch (s.state) {
      case 0:
        state = "FREE";
        break;
      case 1:
        state = (s.flags & unix_flag_acceptcon) ? "LISTENING" : "";
        break;
      case 2:
        state = "CONNECTING";
        break;
      case 3:
        state = "CONNECTED";
        break;
      case 4:
        state = "DISCONNECTING";
        break;
      default:
        state = "UNKNOWN";
    }
    std::string flags = "[ ";
    if (s.flags & unix_flag_acceptcon) flags += "ACC ";
    if (s.flags & unix_flag_waitdata) flags += "W ";
    if (s.flags & unix_flag_nospace) flags += "N ";
    flags += "]";
    // "%-5s %-6ld %-11s %-10s %-13s " "%-8lu" [" %-20s"] " %s\n"
    fmt::format_to(std::back_inserter(buf), "{:<5} {:<6} {:<11} {:<10} {:<13} {:<8}", proto,
                   s.refcnt, flags, type, state, s.inode);
    if (o.programs)
      fmt::format_to(std::back_inserter(buf), " {:<20}", program_of(programs, s.inode));
    fmt::format_to(std::back_inserter(buf), " {}\n", s.path);
  }
  out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
}

void write_net_tools_routes(std::ostream& out, const std::vector<ipv4_route>& routes,
                            const net_tools_options& o, net_tools_names& names) {
  // route_info swaps 1 and 2: plain -r is the MSS layout, -re the Metric one.
  const int ext = o.extend == 2 ? 1 : o.extend == 1 ? 2 : o.extend;
  const bool numeric = o.numeric_hosts || o.symbolic;  // FLAG_NUM_HOST | FLAG_SYM
  fmt::memory_buffer buf;
  buf.append(std::string_view("Kernel IP routing table\n"));
  if (ext == 1)
    buf.append(std::string_view(
        "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n"));
  if (ext == 2)
    buf.append(std::string_view(
        "Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n"));
  if (ext >= 3)
    buf.append(
        std::string_view("Destination     Gateway         Genmask         Flags Metric "
                         "Ref    Use Iface    MSS   Window irtt\n"));
  constexpr std::uint32_t up = 0x1, gateway = 0x2, host = 0x4, reinstate = 0x8, dynamic = 0x10,
                          modified = 0x20, mtu = 0x40, window = 0x80, irtt = 0x100, reject = 0x200,
                          notcached = 0x400, deflt = 0x10000, allonlink = 0x20000,
                          addrconf = 0x40000, nonexthop = 0x200000, expires = 0x400000,
                          cache = 0x1000000, flow = 0x2000000, policy = 0x4000000,
                          local = 0x80000000;
  for (const auto& r : routes) {
    if (!(r.flags & up)) continue;
    // INET_sprintmask(numeric | 0x8000 | (RTF_HOST ? 0x4000 : 0), mask)
    std::string net;
    if (numeric)
      net = dotted(r.destination);
    else if (r.destination == 0)
      net = r.mask == 0 ? "default" : "0.0.0.0";
    else if ((r.destination & ~r.mask) != 0 || (r.flags & host))
      net = names.route_host(r.destination);
    else
      net = names.route_network(r.destination);
    std::string gate;  // sprint(numeric | 0x4000): netmask 0xffffff00
    if (numeric || r.gateway == 0)
      gate = dotted(r.gateway);
    else
      gate = names.route_host(r.gateway);
    std::string mask = dotted(r.mask);
    net.resize(std::min<std::size_t>(net.size(), 15));
    gate.resize(std::min<std::size_t>(gate.size(), 15));
    mask.resize(std::min<std::size_t>(mask.size(), 15));
    std::string flags;
    if (r.flags & up) flags += 'U';
    if (r.flags & gateway) flags += 'G';
    if (r.flags & reject) flags = "!";
    const std::pair<std::uint32_t, char> more[] = {
        {host, 'H'},      {reinstate, 'R'}, {dynamic, 'D'},   {modified, 'M'}, {deflt, 'd'},
        {allonlink, 'a'}, {addrconf, 'c'},  {nonexthop, 'o'}, {expires, 'e'},  {cache, 'c'},
        {flow, 'f'},      {policy, 'p'},    {local, 'l'},     {mtu, 'u'},      {window, 'w'},
        {irtt, 'i'},      {notcached, 'n'}};
    for (const auto& [bit, c] : more)
      if (r.flags & bit) flags += c;
    const bool rej = (r.flags & reject) != 0;
    if (ext == 1) {
      if (rej)
        fmt::format_to(std::back_inserter(buf),
                       "{:<15} -               {:<15} {:<5} {:<6} -  {:>7} -\n", net, mask, flags,
                       r.metric, r.use);
      else
        fmt::format_to(std::back_inserter(buf), "{:<15} {:<15} {:<15} {:<5} {:<6} {:<2} {:>7} {}\n",
                       net, gate, mask, flags, r.metric, r.refcnt, r.use, r.iface);
    } else if (ext == 2) {
      if (rej)
        fmt::format_to(std::back_inserter(buf),
                       "{:<15} -               {:<15} {:<5}     - -          - -\n", net, mask,
                       flags);
      else
        fmt::format_to(std::back_inserter(buf), "{:<15} {:<15} {:<15} {:<5} {:>5} {:<5} {:>6} {}\n",
                       net, gate, mask, flags, r.mtu, r.window, r.irtt, r.iface);
    } else {
      if (rej)
        fmt::format_to(
            std::back_inserter(buf),
            "{:<15} -               {:<15} {:<5} {:<6} -  {:>7} -        -     -      -\n", net,
            mask, flags, r.metric, r.use);
      else
        fmt::format_to(std::back_inserter(buf),
                       "{:<15} {:<15} {:<15} {:<5} {:<6} {:<3} {:>6} {:<6.6}   {:<5} {:<6} {}\n",
                       net, gate, mask, flags, r.metric, r.refcnt, r.use, r.iface, r.mtu, r.window,
                       r.irtt);
    }
  }
  out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
}

void write_net_tools_routes6(std::ostream& out, const std::vector<ipv6_route>& routes,
                             const net_tools_options& o, net_tools_names& names) {
  const bool numeric = o.numeric_hosts || o.symbolic;
  fmt::memory_buffer buf;
  buf.append(
      std::string_view("Kernel IPv6 routing table\n"
                       "Destination                    Next Hop                   "
                       "Flag Met Ref  Use If\n"));
  constexpr std::uint32_t up = 0x1, gateway = 0x2, host = 0x4, modified = 0x20, reject = 0x200,
                          deflt = 0x10000, allonlink = 0x20000, addrconf = 0x40000,
                          nonexthop = 0x200000, expires = 0x400000, cache = 0x1000000,
                          flow = 0x2000000;
  auto shown = [&](const std::array<std::uint8_t, 16>& bytes) {
    const auto a = ip_address::v6_bytes(bytes.data());
    return numeric ? numeric_host(a) : names.host(a);
  };
  for (const auto& r : routes) {
    if (r.flags & cache) continue;
    const std::string dst = fmt::format("{}/{}", shown(r.destination), r.prefix_len);
    const std::string hop = shown(r.next_hop);
    std::string flags;
    const std::pair<std::uint32_t, char> order[] = {
        {up, 'U'},      {reject, '!'},   {gateway, 'G'},   {host, 'H'},
        {deflt, 'D'},   {addrconf, 'A'}, {cache, 'C'},     {allonlink, 'a'},
        {expires, 'e'}, {modified, 'm'}, {nonexthop, 'n'}, {flow, 'f'}};
    for (const auto& [bit, c] : order)
      if (r.flags & bit) flags += c;
    // "%-30s %-26s %-4s %-3d %-1d %6d %s\n", the counters read as int
    fmt::format_to(std::back_inserter(buf), "{:<30} {:<26} {:<4} {:<3} {:<1} {:>6} {}\n", dst, hop,
                   flags, static_cast<std::int32_t>(r.metric), static_cast<std::int32_t>(r.refcnt),
                   static_cast<std::int32_t>(r.use), r.iface);
  }
  out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
}

void write_net_tools_route_cache(std::ostream& out, const net_tools_options& o) {
  const int ext = o.extend == 2 ? 1 : o.extend == 1 ? 2 : o.extend;
  out << "Kernel IP routing cache\n";
  if (ext == 1)
    out << "Source          Destination     Gateway         Flags Metric Ref    Use Iface\n";
  if (ext == 2)
    out << "Source          Destination     Gateway         Flags   MSS Window  irtt Iface\n";
  if (ext >= 3)
    out << "Source          Destination     Gateway         Flags Metric Ref    Use Iface    "
           "MSS   Window irtt  TOS HHRef HHUptod     SpecDst\n";
}

void write_net_tools_interfaces(std::ostream& out, const std::vector<interface_counters>& list,
                                const net_tools_options& o) {
  fmt::memory_buffer buf;
  buf.append(std::string_view("Kernel Interface table\n"));
  buf.append(
      std::string_view("Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK "
                       "TX-ERR TX-DRP TX-OVR Flg\n"));
  // IFF_* values of <net/if.h>.
  constexpr std::uint32_t f_up = 0x1, f_broadcast = 0x2, f_debug = 0x4, f_loopback = 0x8,
                          f_pointopoint = 0x10, f_notrailers = 0x20, f_running = 0x40,
                          f_noarp = 0x80, f_promisc = 0x100, f_allmulti = 0x200, f_master = 0x400,
                          f_slave = 0x800, f_multicast = 0x1000, f_dynamic = 0x8000;
  for (const auto& c : list) {
    if (!(c.flags & f_up) && !o.all) continue;
    // ife_print_short: "%-15.15s " "%5d " "%8llu %6lu %6lu %-6lu " "%8llu %6lu %6lu %6lu "
    if (c.statistics)
      fmt::format_to(std::back_inserter(buf),
                     "{:<15.15} {:>5} {:>8} {:>6} {:>6} {:<6} {:>8} {:>6} {:>6} {:>6} ", c.name,
                     c.mtu, c.rx_packets, c.rx_errors + c.rx_frame, c.rx_dropped, c.rx_fifo,
                     c.tx_packets, c.tx_errors, c.tx_dropped, c.tx_fifo);
    else
      fmt::format_to(std::back_inserter(buf), "{:<15.15} {:>5} {:<56}", c.name, c.mtu,
                     "     - no statistics available -");
    std::string flags;
    if (c.flags == 0) flags = "[NO FLAGS]";
    const std::pair<std::uint32_t, char> order[] = {
        {f_allmulti, 'A'},  {f_broadcast, 'B'},   {f_debug, 'D'},   {f_loopback, 'L'},
        {f_multicast, 'M'}, {f_dynamic, 'd'},     {f_promisc, 'P'}, {f_notrailers, 'N'},
        {f_noarp, 'O'},     {f_pointopoint, 'P'}, {f_slave, 's'},   {f_master, 'm'},
        {f_running, 'R'},   {f_up, 'U'}};
    for (const auto& [bit, ch] : order)
      if (c.flags & bit) flags += ch;
    buf.append(flags);
    buf.push_back('\n');
  }
  out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
}

namespace {

// net-tools' byte counts in ife_print_long: "BYTES (N.D UNIT)", binary units above 1024.
std::string short_bytes(std::uint64_t bytes) {
  std::uint64_t tenths = bytes * 10;
  std::string_view unit = "B";
  if (bytes > 1152921504606846976ULL)  // above 1 EiB net-tools divides by 2^60 / 10
    return fmt::format("{} ({}.{} EiB)", bytes, bytes / 115292150460684697ULL / 10,
                       bytes / 115292150460684697ULL % 10);
  constexpr std::pair<std::uint64_t, std::string_view> units[] = {{1125899906842624ULL, "PiB"},
                                                                  {1099511627776ULL, "TiB"},
                                                                  {1073741824ULL, "GiB"},
                                                                  {1048576ULL, "MiB"},
                                                                  {1024ULL, "KiB"}};
  for (const auto& [size, name] : units)
    if (bytes > size) {
      tenths /= size;
      unit = name;
      break;
    }
  return fmt::format("{} ({}.{} {})", bytes, tenths / 10, tenths % 10, unit);
}

}  // namespace

void write_net_tools_interfaces_long(std::ostream& out, const std::vector<interface_counters>& list,
                                     const std::vector<interface_details>& details,
                                     const net_tools_options& o) {
  fmt::memory_buffer buf;
  auto put = [&](std::string_view text) { buf.append(text); };
  put("Kernel Interface table\n");
  constexpr std::uint32_t f_up = 0x1, f_broadcast = 0x2, f_pointopoint = 0x10;
  // ife_print_long's order of flag names (IFF_* of <net/if.h>).
  constexpr std::pair<std::uint32_t, std::string_view> names[] = {
      {0x1, "UP"},           {0x2, "BROADCAST"},   {0x4, "DEBUG"},    {0x8, "LOOPBACK"},
      {0x10, "POINTOPOINT"}, {0x20, "NOTRAILERS"}, {0x40, "RUNNING"}, {0x80, "NOARP"},
      {0x100, "PROMISC"},    {0x200, "ALLMULTI"},  {0x800, "SLAVE"},  {0x400, "MASTER"},
      {0x1000, "MULTICAST"}, {0x8000, "DYNAMIC"}};
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto& c = list[i];
    if (!(c.flags & f_up) && !o.all) continue;
    const interface_details none;
    const auto& d = i < details.size() ? details[i] : none;
    // ife_print_long: "flags=%d<" with the flags as a short, each name and a comma, the
    // last comma turned into '>', or (no name) the last character dropped: "flags=0<".
    std::string flags = fmt::format("{}<", static_cast<std::int16_t>(c.flags));
    if (c.flags == 0) flags += '>';
    for (const auto& [bit, name] : names)
      if (c.flags & bit) {
        flags += name;
        flags += ',';
      }
    if (flags.back() == ',')
      flags.back() = '>';
    else
      flags.pop_back();
    fmt::format_to(std::back_inserter(buf), "{}: flags={}  mtu {}\n", sanitize(c.name), flags,
                   c.mtu);
    if (d.inet) {
      fmt::format_to(std::back_inserter(buf), "        inet {}  netmask {}", d.inet->to_string(),
                     d.netmask ? d.netmask->to_string() : "0.0.0.0");
      if (c.flags & f_broadcast)
        fmt::format_to(std::back_inserter(buf), "  broadcast {}",
                       d.broadcast ? d.broadcast->to_string() : "0.0.0.0");
      if (c.flags & f_pointopoint)
        fmt::format_to(std::back_inserter(buf), "  destination {}",
                       d.destination ? d.destination->to_string() : "0.0.0.0");
      put("\n");
    }
    for (const auto& a : d.inet6) {
      // ife_print_long's scope names: compat (taken off the scope), global when nothing
      // else is left, link, site, host; "<" alone is dropped.
      std::string scope = "<";
      unsigned rest = a.scope;
      if (rest & 0x80) {
        scope += "compat,";
        rest -= 0x80;
      }
      if (rest == 0) scope += "global,";
      if (rest & 0x20) scope += "link,";
      if (rest & 0x40) scope += "site,";
      if (rest & 0x10) scope += "host,";
      if (scope.back() == ',')
        scope.back() = '>';
      else
        scope.pop_back();
      fmt::format_to(std::back_inserter(buf), "        inet6 {}  prefixlen {}  scopeid 0x{:x}{}\n",
                     a.address.to_string(), a.prefix_len, a.scope, scope);
    }
    // net-tools' hardware types: Ethernet and loopback by name, the rest as UNSPEC.
    constexpr int arphrd_ether = 1, arphrd_loopback = 772;
    std::string hw;
    std::string_view title;
    if (d.hw_type == arphrd_ether && d.hw_address.size() >= 6) {
      const auto& b = d.hw_address;
      hw = fmt::format("ether {:02x}:{:02x}:{:02x}:{:02x}:{:02x}:{:02x}", b[0], b[1], b[2], b[3],
                       b[4], b[5]);
      title = "Ethernet";
    } else if (d.hw_type == arphrd_loopback) {
      hw = "loop";
      title = "Local Loopback";
    } else {
      hw = "unspec ";
      for (std::size_t k = 0; k < 16; ++k)
        hw += fmt::format("{}{:02X}", k ? "-" : "", k < d.hw_address.size() ? d.hw_address[k] : 0);
      title = "UNSPEC";
    }
    fmt::format_to(std::back_inserter(buf), "        {}", hw);
    if (d.tx_queue_len != -1)
      fmt::format_to(std::back_inserter(buf), "  txqueuelen {}", d.tx_queue_len);
    fmt::format_to(std::back_inserter(buf), "  ({})\n", title);
    constexpr std::uint32_t f_portsel = 0x2000, f_automedia = 0x4000;
    if (c.flags & f_portsel) {
      // if_port_text[map.port][0]; past its end net-tools reads its NULL (glibc: "(null)").
      constexpr std::string_view ports[] = {"unknown",  "10base2",   "10baseT",  "AUI",
                                            "100baseT", "100baseTX", "100baseFX"};
      fmt::format_to(std::back_inserter(buf), "        media {}",
                     d.map.port < std::size(ports) ? ports[d.map.port] : "(null)");
      if (c.flags & f_automedia) put("autoselect");
      put("\n");
    }
    if (c.statistics) {  // none for an alias label
      fmt::format_to(std::back_inserter(buf), "        RX packets {}  bytes {}\n", c.rx_packets,
                     short_bytes(c.rx_bytes));
      fmt::format_to(std::back_inserter(buf),
                     "        RX errors {}  dropped {}  overruns {}  frame {}\n", c.rx_errors,
                     c.rx_dropped, c.rx_fifo, c.rx_frame);
      fmt::format_to(std::back_inserter(buf), "        TX packets {}  bytes {}\n", c.tx_packets,
                     short_bytes(c.tx_bytes));
      fmt::format_to(std::back_inserter(buf),
                     "        TX errors {}  dropped {} overruns {}  carrier {}  collisions {}\n",
                     c.tx_errors, c.tx_dropped, c.tx_fifo, c.tx_carrier, c.tx_collisions);
    }
    // The device line, for interfaces with an IRQ, memory, DMA or an I/O port (net-tools
    // shows a base address from 0x100 up only).
    const auto& m = d.map;
    if (m.irq || m.mem_start || m.dma || m.base_addr >= 0x100) {
      put("        device ");
      if (m.irq) fmt::format_to(std::back_inserter(buf), "interrupt {}  ", m.irq);
      if (m.base_addr >= 0x100)
        fmt::format_to(std::back_inserter(buf), "base 0x{:x}  ", m.base_addr);
      if (m.mem_start)
        fmt::format_to(std::back_inserter(buf), "memory 0x{:x}-{:x}  ", m.mem_start, m.mem_end);
      if (m.dma) fmt::format_to(std::back_inserter(buf), "  dma 0x{:x}", m.dma);
      put("\n");
    }
    put("\n");
  }
  out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
}

namespace detail {

namespace {

// The ports table through the ports_writer interface: netstat -a -n's Internet table of
// whatever the query selected; the check as nettrio's text.
class net_tools_writer final : public ports_writer {
 public:
  net_tools_writer(std::ostream& out, std::ostream& err)
      : out_(out), text_(make_ports_text_writer(out, err)) {}
  void table(const ports_report& r) override {
    net_tools_options o;
    o.all = true;
    o.programs = r.processes;
    o.numeric_hosts = o.numeric_ports = o.numeric_users = true;
    net_tools_programs programs;
    if (r.processes)
      for (const auto& s : r.sockets)
        if (s.pid) programs.emplace(s.inode, fmt::format("{}/{}", *s.pid, s.process).substr(0, 19));
    auto names = make_system_names();
    write_net_tools_inet_header(out_, o);
    write_net_tools_inet_rows(out_, r.sockets, o, *names, programs);
  }
  void check(const port_check_report& r) override { text_->check(r); }

 private:
  std::ostream& out_;
  std::unique_ptr<ports_writer> text_;
};

}  // namespace

std::unique_ptr<ports_writer> make_ports_net_tools_writer(std::ostream& out, std::ostream& err) {
  return std::make_unique<net_tools_writer>(out, err);
}

}  // namespace detail

}  // namespace nettrio::report
