// net-tools netstat 2.10's text, byte for byte (report/ports_net_tools.hpp). The expected
// lines were written by the genuine netstat on the same sockets.

#include <nettrio/report/ports_net_tools.hpp>

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

using namespace nettrio;
using namespace nettrio::report;

namespace {

socket_record rec(transport proto, const char* local, std::uint16_t lport, const char* remote,
                  std::uint16_t rport, socket_state state, std::uint64_t inode = 0) {
  socket_record r;
  r.proto = proto;
  r.local_address = *ip_address::parse(local);
  r.local_port = lport;
  r.remote_address = *ip_address::parse(remote);
  r.remote_port = rport;
  r.state = state;
  r.inode = inode;
  return r;
}

// Fixed answers, so the non-numeric forms can be pinned down.
class fixed_names final : public net_tools_names {
 public:
  std::string host(const ip_address& a) override {
    if (a.is_unspecified()) return a.is_v4() ? "0.0.0.0" : "[::]";
    if (a.is_loopback()) return a.is_v4() ? "localhost" : "ip6-localhost";
    return a.to_string();
  }
  std::string service(std::uint16_t port, std::string_view) override {
    return port == 22 ? "ssh" : std::to_string(port);
  }
  std::string user(std::uint32_t uid) override { return uid == 0 ? "root" : std::to_string(uid); }
  std::string route_host(std::uint32_t) override { return "gw.example"; }
  std::string route_network(std::uint32_t) override { return "link-net"; }
};

net_tools_options numeric() {
  net_tools_options o;
  o.numeric_hosts = o.numeric_ports = o.numeric_users = true;
  return o;
}

std::string inet(const std::vector<socket_record>& v, const net_tools_options& o,
                 const net_tools_programs& programs = {}) {
  std::ostringstream out;
  fixed_names names;
  write_net_tools_inet_header(out, o);
  write_net_tools_inet_rows(out, v, o, names, programs);
  return out.str();
}

}  // namespace

TEST_CASE("netstat -tln: header lines, widths, state names", "[report][net_tools]") {
  auto o = numeric();
  o.listening = true;
  const std::vector<socket_record> v{
      rec(transport::tcp, "0.0.0.0", 22, "0.0.0.0", 0, socket_state::listen),
      rec(transport::tcp, "127.0.0.1", 8080, "127.0.0.1", 40000, socket_state::established),
      rec(transport::tcp, "::", 8443, "::", 0, socket_state::listen),
      rec(transport::udp, "0.0.0.0", 5353, "0.0.0.0", 0, socket_state::close),
      rec(transport::udp, "::ffff:127.0.0.1", 53, "::", 0, socket_state::close),
  };
  CHECK(inet(v, o) ==
        "Active Internet connections (only servers)\n"
        "Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n"
        "tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN     \n"
        "tcp6       0      0 :::8443                 :::*                    LISTEN     \n"
        "udp        0      0 0.0.0.0:5353            0.0.0.0:*                          \n"
        "udp6       0      0 127.0.0.1:53            :::*                               \n");
  o.listening = false;
  CHECK(inet(v, o) ==
        "Active Internet connections (w/o servers)\n"
        "Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n"
        "tcp        0      0 127.0.0.1:8080          127.0.0.1:40000         ESTABLISHED\n");
  o.all = true;
  CHECK(inet(v, o).starts_with("Active Internet connections (servers and established)\n"));
}

TEST_CASE("netstat -W and truncation at 22 characters", "[report][net_tools]") {
  auto o = numeric();
  o.all = true;
  const std::vector<socket_record> v{rec(transport::tcp, "2001:db8:1234:5678::abcd", 8443,
                                         "2001:db8:1234:5678::1", 51000, socket_state::time_wait)};
  CHECK(inet(v, o) ==
        "Active Internet connections (servers and established)\n"
        "Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n"
        "tcp6       0      0 2001:db8:1234:5678:8443 2001:db8:1234:567:51000 TIME_WAIT  \n");
  o.wide = true;
  CHECK(inet(v, o) ==
        "Active Internet connections (servers and established)\n"
        "Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n"
        "tcp6       0      0 2001:db8:1234:5678::abcd:8443 2001:db8:1234:5678::1:51000 "
        "TIME_WAIT  \n");
}

TEST_CASE("netstat -tulpen: User, Inode, PID/Program name; names without -n",
          "[report][net_tools]") {
  net_tools_options o;
  o.listening = true;
  o.extend = 2;
  o.programs = true;
  o.numeric_hosts = o.numeric_ports = true;
  const std::vector<socket_record> v{
      rec(transport::tcp, "0.0.0.0", 22, "0.0.0.0", 0, socket_state::listen, 1150),
      rec(transport::tcp, "127.0.0.1", 631, "0.0.0.0", 0, socket_state::listen, 4556951)};
  const net_tools_programs programs{{4556951, "3476/cupsd"}};
  CHECK(inet(v, o, programs) ==
        "Active Internet connections (only servers)\n"
        "Proto Recv-Q Send-Q Local Address           Foreign Address         State       User  "
        "     Inode      PID/Program name    \n"
        "tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      root  "
        "     1150       -                   \n"
        "tcp        0      0 127.0.0.1:631           0.0.0.0:*               LISTEN      root  "
        "     4556951    3476/cupsd          \n");
  net_tools_options named;
  named.listening = true;
  CHECK(inet(v, named) ==
        "Active Internet connections (only servers)\n"
        "Proto Recv-Q Send-Q Local Address           Foreign Address         State      \n"
        "tcp        0      0 0.0.0.0:ssh             0.0.0.0:*               LISTEN     \n"
        "tcp        0      0 localhost:631           0.0.0.0:*               LISTEN     \n");
}

TEST_CASE("netstat -x: the UNIX domain socket table", "[report][net_tools]") {
  std::vector<unix_socket_record> v(2);
  v[0] = {.refcnt = 2,
          .protocol = 0,
          .flags = unix_flag_acceptcon,
          .type = 1,
          .state = 1,
          .inode = 20113,
          .path = "/run/dbus/system_bus_socket"};
  v[1] = {.refcnt = 3, .protocol = 0, .flags = 0, .type = 1, .state = 3, .inode = 547, .path = ""};
  net_tools_options o;
  std::ostringstream out;
  write_net_tools_unix(out, v, o, {});
  CHECK(out.str() ==
        "Active UNIX domain sockets (w/o servers)\n"
        "Proto RefCnt Flags       Type       State         I-Node   Path\n"
        "unix  3      [ ]         STREAM     CONNECTED     547      \n");
  o.all = true;
  o.programs = true;
  std::ostringstream all;
  write_net_tools_unix(all, v, o, {{20113, "1/systemd"}});
  CHECK(all.str() ==
        "Active UNIX domain sockets (servers and established)\n"
        "Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path\n"
        "unix  2      [ ACC ]     STREAM     LISTENING     20113    1/systemd            "
        "/run/dbus/system_bus_socket\n"
        "unix  3      [ ]         STREAM     CONNECTED     547      -                    \n");
}

TEST_CASE("netstat -r, -rn, -rne: the kernel IP routing table", "[report][net_tools]") {
  const std::vector<ipv4_route> routes{
      {.iface = "eth0", .destination = 0, .gateway = 0x010200C0u, .flags = 3, .mask = 0},
      {.iface = "eth0", .destination = 0x000200C0u, .gateway = 0, .flags = 1, .mask = 0x00FFFFFFu},
      {.iface = "eth1", .destination = 0x000300C0u, .flags = 0, .mask = 0x00FFFFFFu}};
  fixed_names names;
  auto o = numeric();
  std::ostringstream rn;
  write_net_tools_routes(rn, routes, o, names);
  CHECK(rn.str() ==
        "Kernel IP routing table\n"
        "Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n"
        "0.0.0.0         192.0.2.1       0.0.0.0         UG        0 0          0 eth0\n"
        "192.0.2.0       0.0.0.0         255.255.255.0   U         0 0          0 eth0\n");
  net_tools_options named;
  std::ostringstream r;
  write_net_tools_routes(r, routes, named, names);
  CHECK(r.str() ==
        "Kernel IP routing table\n"
        "Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n"
        "default         gw.example      0.0.0.0         UG        0 0          0 eth0\n"
        "link-net        0.0.0.0         255.255.255.0   U         0 0          0 eth0\n");
  o.extend = 2;
  std::ostringstream rne;
  write_net_tools_routes(rne, routes, o, names);
  CHECK(rne.str() ==
        "Kernel IP routing table\n"
        "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n"
        "0.0.0.0         192.0.2.1       0.0.0.0         UG    0      0        0 eth0\n"
        "192.0.2.0       0.0.0.0         255.255.255.0   U     0      0        0 eth0\n");
}

TEST_CASE("netstat -rn -6 and -r -6: the kernel IPv6 routing table", "[report][net_tools]") {
  const auto routes = parse_proc_net_ipv6_route(
      "fd000000000000000000000000000000 40 00000000000000000000000000000000 00 "
      "00000000000000000000000000000000 00000100 00000001 00000000 00000001     eth0\n"
      "00000000000000000000000000000000 00 00000000000000000000000000000000 00 "
      "fd000000000000000000000000000001 00000400 00000003 00000000 00000003     eth0\n"
      "00000000000000000000000000000001 80 00000000000000000000000000000000 00 "
      "00000000000000000000000000000000 00000000 00000004 00000000 80200001       lo\n"
      "fd000000000000000000000000000009 80 00000000000000000000000000000000 00 "
      "00000000000000000000000000000000 00000000 00000001 00000000 01000001     eth0\n");
  fixed_names names;
  std::ostringstream rn;
  write_net_tools_routes6(rn, routes, numeric(), names);
  CHECK(rn.str() ==
        "Kernel IPv6 routing table\n"
        "Destination                    Next Hop                   Flag Met Ref  Use If\n"
        "fd00::/64                      ::                         U    256 1      0 eth0\n"
        "::/0                           fd00::1                    UG   1024 3      0 eth0\n"
        "::1/128                        ::                         Un   0   4      0 lo\n");
  std::ostringstream r;
  write_net_tools_routes6(r, routes, {}, names);
  CHECK(r.str() ==
        "Kernel IPv6 routing table\n"
        "Destination                    Next Hop                   Flag Met Ref  Use If\n"
        "fd00::/64                      [::]                       U    256 1      0 eth0\n"
        "[::]/0                         fd00::1                    UG   1024 3      0 eth0\n"
        "ip6-localhost/128              [::]                       Un   0   4      0 lo\n");
}

TEST_CASE("netstat -i: the kernel interface table", "[report][net_tools]") {
  std::vector<interface_counters> v(3);
  v[0].name = "eth0";
  v[0].mtu = 1400;
  v[0].rx_packets = 1579;
  v[0].tx_packets = 1136;
  v[0].flags = 0x1043;  // UP BROADCAST RUNNING MULTICAST
  v[1].name = "lo";
  v[1].mtu = 65536;
  v[1].rx_packets = v[1].tx_packets = 1143678;
  v[1].flags = 0x49;  // UP LOOPBACK RUNNING
  v[2].name = "down0";
  v[2].mtu = 1500;
  std::ostringstream out;
  write_net_tools_interfaces(out, v, {});
  CHECK(out.str() ==
        "Kernel Interface table\n"
        "Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg\n"
        "eth0             1400     1579      0      0 0          1136      0      0      0 BMRU\n"
        "lo              65536  1143678      0      0 0       1143678      0      0      0 LRU\n");
}

TEST_CASE("netstat -ie: ifconfig's blocks, binary byte units, scopes, hardware types",
          "[report][net_tools]") {
  std::vector<interface_counters> v(3);
  v[0].name = "lo";
  v[0].mtu = 65536;
  v[0].flags = 0x49;  // UP LOOPBACK RUNNING
  v[1].name = "vqa";
  v[1].mtu = 1500;
  v[1].flags = 0x1043;  // UP BROADCAST RUNNING MULTICAST
  v[1].rx_packets = 131;
  v[1].rx_bytes = 9914;
  v[1].tx_packets = 671;
  v[1].tx_bytes = 53334;
  v[2].name = "down0";
  std::vector<interface_details> d(3);
  d[0].inet = ip_address::parse("127.0.0.1");
  d[0].netmask = ip_address::parse("255.0.0.0");
  d[0].inet6 = {{*ip_address::parse("::1"), 128, 0x10}};
  d[0].hw_type = 772;
  d[0].tx_queue_len = 1000;
  d[1].inet = ip_address::parse("192.0.2.1");
  d[1].netmask = ip_address::parse("255.255.255.0");
  d[1].broadcast = ip_address::parse("0.0.0.0");
  d[1].inet6 = {{*ip_address::parse("2001:db8::1"), 64, 0},
                {*ip_address::parse("fe80::f8d9:c5ff:fee8:deb2"), 64, 0x20}};
  d[1].hw_type = 1;
  d[1].hw_address = {0xfa, 0xd9, 0xc5, 0xe8, 0xde, 0xb2};
  d[1].tx_queue_len = 1000;
  std::ostringstream out;
  write_net_tools_interfaces_long(out, v, d, {});
  CHECK(out.str() ==
        "Kernel Interface table\n"
        "lo: flags=73<UP,LOOPBACK,RUNNING>  mtu 65536\n"
        "        inet 127.0.0.1  netmask 255.0.0.0\n"
        "        inet6 ::1  prefixlen 128  scopeid 0x10<host>\n"
        "        loop  txqueuelen 1000  (Local Loopback)\n"
        "        RX packets 0  bytes 0 (0.0 B)\n"
        "        RX errors 0  dropped 0  overruns 0  frame 0\n"
        "        TX packets 0  bytes 0 (0.0 B)\n"
        "        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0\n"
        "\n"
        "vqa: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1500\n"
        "        inet 192.0.2.1  netmask 255.255.255.0  broadcast 0.0.0.0\n"
        "        inet6 2001:db8::1  prefixlen 64  scopeid 0x0<global>\n"
        "        inet6 fe80::f8d9:c5ff:fee8:deb2  prefixlen 64  scopeid 0x20<link>\n"
        "        ether fa:d9:c5:e8:de:b2  txqueuelen 1000  (Ethernet)\n"
        "        RX packets 131  bytes 9914 (9.6 KiB)\n"
        "        RX errors 0  dropped 0  overruns 0  frame 0\n"
        "        TX packets 671  bytes 53334 (52.0 KiB)\n"
        "        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0\n"
        "\n");
}

TEST_CASE("netstat -ie: no flag names, odd scopes, the media and device lines, EiB",
          "[report][net_tools]") {
  std::vector<interface_counters> v(3);
  v[0].name = "eth1";  // no flags at all, shown with -a
  v[0].mtu = 1500;
  v[0].rx_bytes = 2000000000000000000ULL;
  v[0].tx_bytes = 1152921504606846977ULL;
  v[1].name = "eth2";  // flags without a name of their own (PORTSEL, AUTOMEDIA) and DYNAMIC
  v[1].mtu = 1500;
  v[1].flags = 0x2000 | 0x4000 | 0x8000 | 0x1;
  v[2].name = "eth3";
  v[2].flags = 0x2000;
  std::vector<interface_details> d(3);
  d[0].hw_type = 1;
  d[0].hw_address = {0, 0x11, 0x22, 0x33, 0x44, 0x55};
  d[0].map = {.mem_start = 0xfe000000,
              .mem_end = 0xfe020000,
              .base_addr = 0xe000,
              .irq = 16,
              .dma = 3,
              .port = 0};
  d[0].inet6 = {{*ip_address::parse("2001:db8::5"), 96, 0x80},
                {*ip_address::parse("fec0::1"), 64, 0x40},
                {*ip_address::parse("ff02::1"), 64, 0x5}};
  d[1].map = {.base_addr = 0xff, .irq = 0, .port = 2};
  d[2].map = {.port = 9};
  net_tools_options o;
  o.all = true;
  std::ostringstream out;
  write_net_tools_interfaces_long(out, v, d, o);
  const std::string unspec =
      "        unspec 00-00-00-00-00-00-00-00-00-00-00-00-00-00-00-00  (UNSPEC)\n";
  const std::string zero =
      "        RX packets 0  bytes 0 (0.0 B)\n"
      "        RX errors 0  dropped 0  overruns 0  frame 0\n"
      "        TX packets 0  bytes 0 (0.0 B)\n"
      "        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0\n";
  CHECK(out.str() ==
        "Kernel Interface table\n"
        "eth1: flags=0<  mtu 1500\n"
        "        inet6 2001:db8::5  prefixlen 96  scopeid 0x80<compat,global>\n"
        "        inet6 fec0::1  prefixlen 64  scopeid 0x40<site>\n"
        "        inet6 ff02::1  prefixlen 64  scopeid 0x5\n"
        "        ether 00:11:22:33:44:55  (Ethernet)\n"
        "        RX packets 0  bytes 2000000000000000000 (1.7 EiB)\n"
        "        RX errors 0  dropped 0  overruns 0  frame 0\n"
        "        TX packets 0  bytes 1152921504606846977 (1.0 EiB)\n"
        "        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0\n"
        "        device interrupt 16  base 0xe000  memory 0xfe000000-fe020000    dma 0x3\n"
        "\n"
        "eth2: flags=-8191<UP,DYNAMIC>  mtu 1500\n" +
            unspec + "        media 10baseTautoselect\n" + zero +
            "\n"
            "eth3: flags=8192  mtu 0\n" +
            unspec + "        media (null)\n" + zero + "\n");
}

TEST_CASE("netstat -i, -ie: an alias label has no statistics", "[report][net_tools]") {
  std::vector<interface_counters> v(1);
  v[0].name = "eth0:1";
  v[0].mtu = 1500;
  v[0].flags = 0x1043;  // UP BROADCAST RUNNING MULTICAST
  v[0].statistics = false;
  std::ostringstream short_list, long_list;
  write_net_tools_interfaces(short_list, v, {});
  CHECK(short_list.str() ==
        "Kernel Interface table\n"
        "Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg\n"
        "eth0:1           1500      - no statistics available -                        BMRU\n");
  std::vector<interface_details> d(1);
  d[0].inet = ip_address::parse("192.0.2.9");
  d[0].netmask = ip_address::parse("255.255.255.0");
  d[0].broadcast = ip_address::parse("192.0.2.255");
  d[0].hw_type = 1;
  d[0].hw_address = {2, 0, 0, 0, 0, 1};
  d[0].tx_queue_len = 1000;
  write_net_tools_interfaces_long(long_list, v, d, {});
  CHECK(long_list.str() ==
        "Kernel Interface table\n"
        "eth0:1: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1500\n"
        "        inet 192.0.2.9  netmask 255.255.255.0  broadcast 192.0.2.255\n"
        "        ether 02:00:00:00:00:01  txqueuelen 1000  (Ethernet)\n"
        "\n");
}

TEST_CASE("netstat -s: netstat's words, its missed lookups, unknown groups",
          "[report][net_tools]") {
  proc_stats s;
  bool bad = false;
  s.snmp_present = true;
  s.snmp = parse_snmp_pairs(
      "Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams "
      "InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes\n"
      "Ip: 2 64 1409409 0 0 0 0 0 1409409 705918 0 0\n"
      "Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InEchos InEchoReps OutMsgs\n"
      "Icmp: 1405821 0 0 169 702826 702826 1405819\n"
      "IcmpMsg: InType0 InType3\n"
      "IcmpMsg: 702826 169\n",
      bad);
  std::ostringstream out;
  write_net_tools_statistics(out, s, {});
  CHECK(out.str() ==
        "Ip:\n"
        "    Forwarding: 2\n"
        "    1409409 total packets received\n"
        "    0 forwarded\n"
        "    0 incoming packets discarded\n"
        "    1409409 incoming packets delivered\n"
        "    705918 requests sent out\n"
        "Icmp:\n"
        "    1405821 ICMP messages received\n"
        "    0 input ICMP message failed\n"
        "    ICMP input histogram:\n"
        "        destination unreachable: 169\n"
        "        echo requests: 702826\n"
        "        echo replies: 702826\n"
        "    1405819 ICMP messages sent\n"
        "IcmpMsg:\n"
        "    InType0: 702826\n"
        "    InType3: 169\n");
}
