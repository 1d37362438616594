#include <nettrio/ports/proc_net.hpp>

#include <catch2/catch.hpp>

#include <fstream>
#include <random>
#include <sstream>
#include <string>

using namespace nettrio;

namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(NETTRIO_FIXTURES) + "/proc_net/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

ip_address addr(const char* text) {
  auto a = ip_address::parse(text);
  REQUIRE(a);
  return *a;
}

}  // namespace

TEST_CASE("/proc/net/tcp: every TCP state and IPv4 byte order", "[ports]") {
  proc_net_stats st;
  const auto recs = parse_proc_net(fixture("tcp"), transport::tcp, ip_family::v4, st);
  REQUIRE(recs.size() == 12);
  CHECK(st.lines == 12);
  CHECK(st.records == 12);
  CHECK(st.malformed == 0);

  SECTION("addresses are network-order words printed as host-order hex; ports host order") {
    CHECK(recs[0].local_address == addr("127.0.0.1"));
    CHECK(recs[0].local_port == 8080);
    CHECK(recs[0].remote_address == addr("0.0.0.0"));
    CHECK(recs[0].remote_port == 0);
    CHECK(recs[2].local_address == addr("192.168.2.2"));
    CHECK(recs[2].remote_address == addr("192.168.2.3"));
    CHECK(recs[2].remote_port == 54321);
    CHECK(recs[3].remote_address == addr("8.8.8.8"));
    CHECK(recs[3].remote_port == 443);
  }
  SECTION("01 ESTABLISHED through 0B CLOSING") {
    using enum socket_state;
    const socket_state expected[] = {listen,   listen,     established, syn_sent,
                                     syn_recv, fin_wait1,  fin_wait2,   time_wait,
                                     close,    close_wait, last_ack,    closing};
    for (std::size_t i = 0; i < recs.size(); ++i) {
      INFO("line " << i);
      CHECK(recs[i].state == expected[i]);
      CHECK(recs[i].proto == transport::tcp);
      CHECK(recs[i].family() == ip_family::v4);
    }
    CHECK(to_string(recs[2].state) == "ESTAB");
    CHECK(to_string(recs[7].state) == "TIME-WAIT");
    CHECK(to_string(recs[8].state) == "UNCONN");
    CHECK(to_string(recs[11].state) == "CLOSING");
  }
  SECTION("queues (tx:rx), uid and inode") {
    CHECK(recs[1].recv_q == 3);  // a listener's accept queue
    CHECK(recs[2].send_q == 16);
    CHECK(recs[2].recv_q == 32);
    CHECK(recs[0].uid == 1000);
    CHECK(recs[0].inode == 10001);
    CHECK(recs[7].inode == 0);  // TIME-WAIT has no socket inode
    CHECK_FALSE(recs[0].v6only);
    CHECK_FALSE(recs[0].backlog);
    CHECK_FALSE(recs[0].pid);
  }
}

TEST_CASE("/proc/net/tcp6: four byte-swapped words", "[ports]") {
  proc_net_stats st;
  const auto recs = parse_proc_net(fixture("tcp6"), transport::tcp, ip_family::v6, st);
  REQUIRE(recs.size() == 5);
  CHECK(st.malformed == 0);
  CHECK(recs[0].local_address == addr("::1"));
  CHECK(recs[0].local_port == 8083);
  CHECK(recs[1].local_address == addr("::"));
  CHECK(recs[1].local_port == 443);
  CHECK(recs[2].local_address == addr("2001:db8::2"));
  CHECK(recs[2].remote_address == addr("2001:db8:1:2:3:4:5:6"));
  CHECK(recs[2].remote_port == 54321);
  CHECK(recs[2].send_q == 7);
  CHECK(recs[2].recv_q == 9);
  CHECK(recs[3].local_address == addr("::ffff:127.0.0.1"));
  CHECK(recs[3].family() == ip_family::v6);
  CHECK(recs[4].state == socket_state::time_wait);
}

TEST_CASE("/proc/net/udp, udp6, raw, raw6", "[ports]") {
  proc_net_stats st;
  SECTION("UDP 07 is UNCONN, 01 is ESTAB") {
    const auto recs = parse_proc_net(fixture("udp"), transport::udp, ip_family::v4, st);
    REQUIRE(recs.size() == 2);
    CHECK(recs[0].state == socket_state::close);
    CHECK(to_string(recs[0].state) == "UNCONN");
    CHECK(recs[0].local_port == 5353);
    CHECK(recs[1].state == socket_state::established);
    CHECK(to_string(recs[1].state) == "ESTAB");
    CHECK(recs[1].local_port == 53);
    CHECK(recs[1].remote_port == 50000);
    CHECK(recs[1].recv_q == 512);
    CHECK(recs[1].uid == 101);
  }
  SECTION("udp6") {
    const auto recs = parse_proc_net(fixture("udp6"), transport::udp, ip_family::v6, st);
    REQUIRE(recs.size() == 1);
    CHECK(recs[0].local_address == addr("::"));
    CHECK(recs[0].inode == 30003);
  }
  SECTION("raw sockets: the port column is the IP protocol") {
    auto recs = parse_proc_net(fixture("raw"), transport::raw, ip_family::v4, st);
    REQUIRE(recs.size() == 1);
    CHECK(recs[0].proto == transport::raw);
    CHECK(recs[0].local_port == 1);  // ICMP
    recs = parse_proc_net(fixture("raw6"), transport::raw, ip_family::v6, st);
    REQUIRE(recs.size() == 1);
    CHECK(recs[0].local_port == 58);  // ICMPv6
  }
  CHECK(st.malformed == 0);
}

TEST_CASE("/proc/net: malformed and truncated lines are skipped and counted", "[ports]") {
  proc_net_stats st;
  const auto recs = parse_proc_net(fixture("malformed"), transport::tcp, ip_family::v4, st);
  REQUIRE(recs.size() == 2);
  CHECK(recs[0].inode == 50001);
  CHECK(recs[1].inode == 50002);
  CHECK(st.records == 2);
  CHECK(st.malformed == 12);
  CHECK(st.lines == 14);

  SECTION("an IPv4 file read as IPv6 is all malformed, not misread") {
    proc_net_stats st6;
    CHECK(parse_proc_net(fixture("tcp"), transport::tcp, ip_family::v6, st6).empty());
    CHECK(st6.malformed == 12);
  }
  SECTION("every truncation of a valid file parses without crashing") {
    const auto text = fixture("tcp6");
    for (std::size_t n = 0; n <= text.size(); ++n) {
      proc_net_stats s;
      const auto r =
          parse_proc_net(std::string_view(text).substr(0, n), transport::tcp, ip_family::v6, s);
      CHECK(r.size() + s.malformed == s.lines);
    }
  }
  SECTION("random bytes never crash") {
    std::mt19937 rng(42);
    std::uniform_int_distribution<int> byte(0, 255);
    const std::string alphabet = "0123456789ABCDEF: \n";
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    for (int round = 0; round < 200; ++round) {
      std::string junk;
      for (int i = 0; i < 400; ++i)
        junk.push_back(round % 2 ? static_cast<char>(byte(rng)) : alphabet[pick(rng)]);
      proc_net_stats s;
      (void)parse_proc_net(junk, transport::udp, round % 3 ? ip_family::v4 : ip_family::v6, s);
    }
    SUCCEED();
  }
  SECTION("empty input and a header alone") {
    proc_net_stats s;
    CHECK(parse_proc_net("", transport::tcp, ip_family::v4, s).empty());
    CHECK(parse_proc_net(fixture("tcp").substr(0, 60), transport::tcp, ip_family::v4, s).empty());
    CHECK(s.malformed == 0);
  }
}

TEST_CASE("proc_net_source reads a proc root and applies the query", "[ports]") {
  proc_net_source src(std::string(NETTRIO_FIXTURES) + "/proc_net/root");
  socket_query q;
  q.states = listening_states;
  auto recs = list_sockets(src, q);
  // tcp: 2 listeners and 1 CLOSE (ss -l shows those too); tcp6: 2; udp: 1 unconnected;
  // udp6: 1; raw: 1; raw6: 1.
  CHECK(recs.size() == 9);
  CHECK(recs.front().proto == transport::tcp);
  CHECK(recs.back().proto == transport::raw);
  q.port = 22;
  q.states = all_states;
  recs = list_sockets(src, q);
  REQUIRE(recs.size() == 3);  // 0.0.0.0:22, 192.168.2.2:22 (tcp), [2001:db8::2]:22
  q.ipv6 = false;
  CHECK(list_sockets(src, q).size() == 2);
}
