// The parts of socket_network that need no privilege and no network: the random echo
// identifier and the BPF filter of raw ICMP sockets, run by the kernel on a socketpair; and
// the unprivileged sockets on loopback (UDP, TCP connect).
#include <nettrio/probe/event_loop.hpp>
#include <nettrio/probe/socket_network.hpp>

#include <netinet/in.h>

#include <catch2/catch.hpp>

#include <sys/socket.h>
#include <unistd.h>

#include <cstdint>
#include <set>
#include <vector>

using namespace nettrio;

namespace {

// A datagram socketpair whose receiving end carries the echo filter: what it lets through
// is what a raw ICMP socket would be woken for.
struct filtered_pair {
  filtered_pair(ip_family family, std::uint16_t id) {
    REQUIRE(::socketpair(AF_UNIX, SOCK_DGRAM, 0, fds) == 0);
    REQUIRE(detail::attach_echo_filter(fds[1], family, id));
  }
  ~filtered_pair() {
    ::close(fds[0]);
    ::close(fds[1]);
  }
  filtered_pair(const filtered_pair&) = delete;
  filtered_pair& operator=(const filtered_pair&) = delete;

  bool passes(const std::vector<std::uint8_t>& packet) {
    REQUIRE(::send(fds[0], packet.data(), packet.size(), 0) == static_cast<ssize_t>(packet.size()));
    std::uint8_t buf[256];
    return ::recv(fds[1], buf, sizeof buf, MSG_DONTWAIT) == static_cast<ssize_t>(packet.size());
  }

  int fds[2] = {-1, -1};
};

// An IPv4 header (IHL words, options zero) followed by an ICMP header and 4 data bytes.
std::vector<std::uint8_t> v4_icmp(std::uint8_t type, std::uint16_t id, int ihl = 5) {
  std::vector<std::uint8_t> p(static_cast<std::size_t>(ihl) * 4, 0);
  p[0] = static_cast<std::uint8_t>(0x40 | ihl);
  p[9] = 1;  // ICMP
  const std::vector<std::uint8_t> icmp = {
      type, 0, 0, 0, static_cast<std::uint8_t>(id >> 8), static_cast<std::uint8_t>(id & 0xff), 0, 1,
      1,    2, 3, 4};
  p.insert(p.end(), icmp.begin(), icmp.end());
  return p;
}

// An ICMPv6 message as a raw IPv6 socket sees it (no IP header).
std::vector<std::uint8_t> v6_icmp(std::uint8_t type, std::uint16_t id) {
  return {
      type, 0, 0, 0, static_cast<std::uint8_t>(id >> 8), static_cast<std::uint8_t>(id & 0xff), 0, 1,
      1,    2, 3, 4};
}

}  // namespace

TEST_CASE("the raw socket echo identifier is random per run, not the pid", "[socket]") {
  std::set<std::uint16_t> ids;
  for (int i = 0; i < 16; ++i) ids.insert(detail::random_echo_identifier());
  CHECK(ids.size() >= 12);  // 16 draws from 65536: a collision or two at most
  ids.erase(static_cast<std::uint16_t>(::getpid() & 0xffff));
  CHECK(ids.size() >= 11);
}

TEST_CASE("the raw ICMP socket's BPF filter passes our echo replies and every error", "[socket]") {
  const std::uint16_t ours = 0xbeef;
  SECTION("IPv4: the IP header comes first, of any length") {
    filtered_pair f(ip_family::v4, ours);
    CHECK(f.passes(v4_icmp(0, ours)));
    CHECK_FALSE(f.passes(v4_icmp(0, 0x1234)));  // another process's echo reply
    CHECK_FALSE(f.passes(v4_icmp(0, ours ^ 0x0100)));
    CHECK(f.passes(v4_icmp(0, ours, 6)));  // IP options: the ICMP header moves
    CHECK_FALSE(f.passes(v4_icmp(0, 0x1234, 6)));
    // Errors quote our probe further in: the filter cannot read the identifier there.
    CHECK(f.passes(v4_icmp(11, 0)));      // time exceeded
    CHECK(f.passes(v4_icmp(3, 0x1234)));  // destination unreachable
  }
  SECTION("IPv6: the ICMPv6 header comes first") {
    filtered_pair f(ip_family::v6, ours);
    CHECK(f.passes(v6_icmp(129, ours)));
    CHECK_FALSE(f.passes(v6_icmp(129, 0x1234)));
    CHECK(f.passes(v6_icmp(3, 0)));       // time exceeded
    CHECK(f.passes(v6_icmp(1, 0x1234)));  // destination unreachable
    CHECK(f.passes(v6_icmp(2, 0)));       // packet too big
  }
}

namespace {

// A loopback TCP port that nobody listens on: bound once by the kernel's choice, then freed.
std::uint16_t closed_tcp_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  REQUIRE(fd >= 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
  socklen_t len = sizeof a;
  REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) == 0);
  ::close(fd);
  return ntohs(a.sin_port);
}

}  // namespace

TEST_CASE("socket_network: a UDP network gives its identity and still sends TCP probes",
          "[socket]") {
  // As a UDP trace opens it; a silent destination then gets one TCP probe (method_filtered).
  socket_options so;
  so.icmp = false;
  so.udp = true;
  auto net = make_socket_network(so);
  CHECK(net->identity(ip_family::v4).udp_source_port != 0);
  CHECK(net->udp_source_port(ip_family::v4) == net->identity(ip_family::v4).udp_source_port);
  CHECK(net->identity(ip_family::v6) == local_identity{});  // not opened

  event_loop loop;
  std::vector<reply> got;
  net->start(loop, [&](reply&& r) {
    got.push_back(std::move(r));
    loop.stop();
  });
  probe p;
  p.token = 42;
  p.protocol = probe_protocol::tcp;
  p.destination = ip_address::v4(0x7f000001);
  p.dst_port = closed_tcp_port();
  wall_time sent_at{};
  REQUIRE_FALSE(net->send(p, sent_at));
  auto guard = loop.schedule(std::chrono::seconds(2), [&] { loop.stop(); });
  loop.run();
  net->stop();
  REQUIRE(got.size() == 1);
  CHECK(got[0].what == reply::kind::tcp_refused);  // the socket says: RST
  CHECK(got[0].token == std::optional<std::uint64_t>{42});
  CHECK(got[0].protocol == probe_protocol::tcp);
  CHECK(got[0].dst_port == p.dst_port);
  CHECK(got[0].src_port != 0);
  CHECK(got[0].received >= sent_at);
}
