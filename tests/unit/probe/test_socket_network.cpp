// The parts of socket_network that need no privilege and no network: the random echo
// identifier and the BPF filter of raw ICMP sockets, run by the kernel on a socketpair.
#include <nettrio/probe/socket_network.hpp>

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
