// The /proc sources netstat reads besides the socket table: UNIX sockets, IPv4 routes,
// interface counters, protocol counters, timers, and netstat -p's program names.

#include <nettrio/ports/interfaces.hpp>
#include <nettrio/ports/multicast_groups.hpp>
#include <nettrio/ports/proc_stats.hpp>
#include <nettrio/ports/proc_timers.hpp>
#include <nettrio/ports/routes.hpp>
#include <nettrio/ports/socket_programs.hpp>
#include <nettrio/ports/unix_sockets.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace nettrio;

TEST_CASE("/proc/net/unix: records, listeners, abstract and unnamed, malformed lines",
          "[ports][net_tools]") {
  const std::string text =
      "Num       RefCount Protocol Flags    Type St Inode Path\n"
      "000000002fc14ae9: 00000002 00000000 00010000 0001 01 20113 /run/dbus/system_bus_socket\n"
      "00000000f3a65bcc: 00000003 00000000 00000000 0001 03   546\n"
      "0000000011111111: 00000002 00000000 00000000 0002 01 30000 @/tmp/.X11-unix/X0\n"
      "garbage\n";
  std::size_t malformed = 0;
  const auto v = parse_proc_net_unix(text, malformed);
  REQUIRE(v.size() == 3);
  CHECK(malformed == 1);
  CHECK(v[0].refcnt == 2);
  CHECK(v[0].flags == unix_flag_acceptcon);
  CHECK(v[0].type == 1);
  CHECK(v[0].state == 1);
  CHECK(v[0].inode == 20113);
  CHECK(v[0].path == "/run/dbus/system_bus_socket");
  CHECK(v[1].state == 3);
  CHECK(v[1].inode == 546);
  CHECK(v[1].path.empty());
  CHECK(v[2].type == 2);
  CHECK(v[2].path == "@/tmp/.X11-unix/X0");
}

TEST_CASE("/proc/net/route: columns by header name, network-order hex", "[ports][net_tools]") {
  const std::string text =
      "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT"
      "          \n"
      "eth0\t00000000\t010200C0\t0003\t0\t0\t100\t00000000\t0\t0\t0          \n"
      "eth0\t000200C0\t00000000\t0001\t0\t5\t0\t00FFFFFF\t1400\t0\t0          \n";
  const auto v = parse_proc_net_route(text);
  REQUIRE(v.size() == 2);
  CHECK(v[0].iface == "eth0");
  CHECK(v[0].destination == 0);
  CHECK(v[0].gateway == 0x010200C0u);  // 192.0.2.1 in network order on little-endian
  CHECK(v[0].flags == 3);
  CHECK(v[0].metric == 100);
  CHECK(v[1].destination == 0x000200C0u);
  CHECK(v[1].mask == 0x00FFFFFFu);
  CHECK(v[1].use == 5);
  CHECK(v[1].mtu == 1400);
}

TEST_CASE("/proc/net/dev: counters per interface; names ordered as net-tools does",
          "[ports][net_tools]") {
  const std::string text =
      "Inter-|   Receive                                                |  Transmit\n"
      " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets "
      "errs drop fifo colls carrier compressed\n"
      "    lo: 251242019 1905102    0    0    0     0          0         0 251242019 1905102"
      "    0    0    0     0       0          0\n"
      "  eth0: 100 7 1 2 3 4 0 0 200 9 5 6 8 0 0 0\n";
  const auto v = parse_proc_net_dev(text);
  REQUIRE(v.size() == 2);
  CHECK(v[0].name == "lo");
  CHECK(v[0].rx_packets == 1905102);
  CHECK(v[1].name == "eth0");
  CHECK(v[1].rx_errors == 1);
  CHECK(v[1].rx_dropped == 2);
  CHECK(v[1].rx_fifo == 3);
  CHECK(v[1].rx_frame == 4);
  CHECK(v[1].tx_packets == 9);
  CHECK(v[1].tx_errors == 5);
  CHECK(v[1].tx_dropped == 6);
  CHECK(v[1].tx_fifo == 8);
  CHECK(interface_name_less("eth2", "eth10"));
  CHECK_FALSE(interface_name_less("eth10", "eth2"));
  CHECK(interface_name_less("eth0", "lo"));
  CHECK(interface_name_less("eth", "eth0"));
}

TEST_CASE("/proc/net/if_inet6: one interface's addresses, prefix and scope, in order",
          "[ports][net_tools]") {
  const std::string text =
      "20010db8000000000000000000000001 02 40 00 80     vqa\n"
      "00000000000000000000000000000001 01 80 10 80       lo\n"
      "fe80000000000000f8d9c5fffee8deb2 02 40 20 80     vqa\n"
      "short 02 40 20 80 vqa\n";
  const auto v = parse_if_inet6(text, "vqa");
  REQUIRE(v.size() == 2);
  CHECK(v[0].address == *ip_address::parse("2001:db8::1"));
  CHECK(v[0].prefix_len == 64);
  CHECK(v[0].scope == 0);
  CHECK(v[1].address == *ip_address::parse("fe80::f8d9:c5ff:fee8:deb2"));
  CHECK(v[1].scope == 0x20);
  CHECK(parse_if_inet6(text, "lo").size() == 1);
  CHECK(parse_if_inet6(text, "eth0").empty());
}

TEST_CASE("/proc/net/snmp pairs and snmp6 name-value lines", "[ports][net_tools]") {
  const std::string snmp =
      "Ip: Forwarding DefaultTTL InReceives\n"
      "Ip: 2 64 1409409\n"
      "Tcp: RtoAlgorithm MaxConn ActiveOpens\n"
      "Tcp: 1 -1 355\n";
  bool malformed = false;
  const auto g = parse_snmp_pairs(snmp, malformed);
  CHECK_FALSE(malformed);
  REQUIRE(g.size() == 2);
  CHECK(g[0].title == "Ip");
  CHECK(g[0].counters ==
        std::vector<stat_counter>{{"Forwarding", 2}, {"DefaultTTL", 64}, {"InReceives", 1409409}});
  CHECK(g[1].counters[1].value == ~std::uint64_t{0});  // -1 wraps, as strtoull does
  const auto v = parse_name_values("Ip6InReceives                   \t12\nIcmp6InMsgs 3\n");
  CHECK(v == std::vector<stat_counter>{{"Ip6InReceives", 12}, {"Icmp6InMsgs", 3}});
}

TEST_CASE("/proc/net/tcp timers in netstat -o's words", "[ports][net_tools]") {
  const std::string text =
      "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  "
      "timeout inode\n"
      "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        "
      "0 12345 1 0000000000000000 100 0 0 10 0\n"
      "   1: 0100007F:1F90 0100007F:D431 01 00000000:00000000 02:0000A0D5 00000000     0        "
      "0 12346 1 0000000000000000 20 4 30 10 -1\n"
      "   2: 0100007F:1F90 0100007F:D432 06 00000000:00000000 03:00001770 00000000     0        "
      "0 0 3 0000000000000000\n";
  timed_sockets out;
  parse_proc_net_timed(text, transport::tcp, ip_family::v4, out);
  REQUIRE(out.records.size() == 3);
  REQUIRE(out.timers.size() == 3);
  CHECK(out.timers[0] == "off (0.00/0/0)");
  CHECK(out.timers[1] == "keepalive (411.73/0/0)");
  CHECK(out.timers[2] == "timewait (60.00/0/0)");
  CHECK(out.records[1].state == socket_state::established);
}

TEST_CASE("netstat -p names: argv[0]'s basename when absolute, cut to 19", "[ports][net_tools]") {
  using namespace std::string_literals;
  CHECK(net_tools_program_name("42", "/usr/sbin/sshd\0-D\0"s) == "42/sshd");
  CHECK(net_tools_program_name("42", "sshd: root@pts/0\0"s) == "42/sshd: root@pts/0");
  CHECK(net_tools_program_name("1234567", "/usr/bin/a-very-long-daemon-name\0"s) ==
        "1234567/a-very-long");
  CHECK(net_tools_program_name("7", "") == "7/");
}

TEST_CASE("/proc/net/ipv6_route: addresses, prefix lengths, hex counters", "[ports][net_tools]") {
  const std::string text =
      "fd000000000000000000000000000000 40 00000000000000000000000000000000 00 "
      "00000000000000000000000000000000 00000100 00000001 00000000 00000001     eth0\n"
      "00000000000000000000000000000000 00 00000000000000000000000000000000 00 "
      "fd000000000000000000000000000001 00000400 00000003 00000000 00000003     eth0\n"
      "short line\n";
  const auto v = parse_proc_net_ipv6_route(text);
  REQUIRE(v.size() == 2);
  CHECK(v[0].destination[0] == 0xfd);
  CHECK(v[0].prefix_len == 64);
  CHECK(v[0].metric == 256);
  CHECK(v[0].iface == "eth0");
  CHECK(v[1].next_hop[15] == 1);
  CHECK(v[1].flags == 3);
  CHECK(v[1].refcnt == 3);
}

TEST_CASE("/proc/net/igmp and igmp6: memberships per device", "[ports][net_tools]") {
  const auto v4 = parse_proc_net_igmp(
      "Idx\tDevice    : Count Querier\tGroup    Users Timer\tReporter\n"
      "1\tlo        :     1      V3\n"
      "\t\t\t\t010000E0     1 0:00000000\t\t0\n"
      "4\teth0      :     2      V3\n"
      "\t\t\t\tFB0000E0     1 0:00000000\t\t0\n"
      "\t\t\t\t010000E0     3 0:00000000\t\t0\n");
  REQUIRE(v4.size() == 3);
  CHECK(v4[0].device == "lo");
  CHECK(v4[0].group.to_string() == "224.0.0.1");
  CHECK(v4[1].device == "eth0");
  CHECK(v4[1].group.to_string() == "224.0.0.251");
  CHECK(v4[2].refcnt == 3);
  const auto v6 = parse_proc_net_igmp6(
      "1    lo              ff020000000000000000000000000001     1 0000000C 0\n"
      "2    eth0            ff0200000000000000000001ff000001     2 00000004 0\n");
  REQUIRE(v6.size() == 2);
  CHECK(v6[0].group.to_string() == "ff02::1");
  CHECK(v6[1].device == "eth0");
  CHECK(v6[1].group.to_string() == "ff02::1:ff00:1");
  CHECK(v6[1].refcnt == 2);
}
