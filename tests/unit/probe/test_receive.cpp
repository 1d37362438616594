// receive() (recvmsg with checked control messages) on loopback UDP sockets, which need no
// privilege: the kernel's own timestamp and TTL, and an error-queue message that
// decode_errqueue turns into the port unreachable it is. Loopback only.
#include "probe/receive.hpp"

#include <nettrio/packet/icmp.hpp>
#include <nettrio/probe/decode.hpp>

#include "sockaddr.hpp"
#include "unique_fd.hpp"

#include <catch2/catch.hpp>

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

#include <memory>

using namespace nettrio;
using nettrio::detail::datagram;
using nettrio::detail::unique_fd;

namespace {

const auto loopback = ip_address::v4(0x7f000001);

unique_fd udp_socket_on_loopback() {
  unique_fd fd(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
  REQUIRE(fd.valid());
  socklen_t len = 0;
  auto any = detail::to_sockaddr(loopback, 0, len);
  REQUIRE(::bind(fd.get(), reinterpret_cast<sockaddr*>(&any), len) == 0);
  const int on = 1;
  REQUIRE(::setsockopt(fd.get(), SOL_SOCKET, SO_TIMESTAMPNS, &on, sizeof on) == 0);
  REQUIRE(::setsockopt(fd.get(), SOL_IP, IP_RECVTTL, &on, sizeof on) == 0);
  REQUIRE(::setsockopt(fd.get(), SOL_IP, IP_RECVERR, &on, sizeof on) == 0);
  return fd;
}

std::uint16_t port_of(int fd) {
  sockaddr_storage me{};
  socklen_t len = sizeof me;
  REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr*>(&me), &len) == 0);
  std::uint16_t port = 0;
  (void)detail::from_sockaddr(&me, &port);
  return port;
}

void send_to(int fd, std::uint16_t port, std::vector<std::byte> data, int ttl) {
  REQUIRE(::setsockopt(fd, SOL_IP, IP_TTL, &ttl, sizeof ttl) == 0);
  socklen_t len = 0;
  auto to = detail::to_sockaddr(loopback, port, len);
  REQUIRE(::sendto(fd, data.data(), data.size(), 0, reinterpret_cast<sockaddr*>(&to), len) ==
          static_cast<ssize_t>(data.size()));
}

bool wait_for(int fd, short events) {
  pollfd p{fd, events, 0};
  return ::poll(&p, 1, 2000) == 1;
}

}  // namespace

TEST_CASE("receive: data with the kernel's timestamp and TTL", "[socket]") {
  auto a = udp_socket_on_loopback();
  auto b = udp_socket_on_loopback();
  const auto before = wall_clock::now();
  send_to(a.get(), port_of(b.get()), {std::byte{0x12}, std::byte{0x34}}, 17);
  REQUIRE(wait_for(b.get(), POLLIN));
  auto d = std::make_unique<datagram>();
  REQUIRE(detail::receive(b.get(), *d, 0));
  CHECK(d->len == 2);
  CHECK(d->ttl == 17);
  CHECK(d->stamp >= before - std::chrono::seconds(1));  // SO_TIMESTAMPNS, not 0
  CHECK(d->recverr.empty());
  std::uint16_t port = 0;
  CHECK(detail::from_sockaddr(&d->from, &port) == loopback);
  CHECK(port == port_of(a.get()));
  CHECK_FALSE(detail::receive(b.get(), *d, 0));  // EAGAIN: nothing more
}

TEST_CASE("receive + decode_errqueue: a port unreachable from the error queue", "[socket]") {
  auto a = udp_socket_on_loopback();
  std::uint16_t closed = 0;
  {
    auto gone = udp_socket_on_loopback();  // a port that nobody listens on once closed
    closed = port_of(gone.get());
  }
  send_to(a.get(), closed, {std::byte{0xab}, std::byte{0xcd}, std::byte{0}}, 64);
  REQUIRE(wait_for(a.get(), POLLERR));
  auto d = std::make_unique<datagram>();
  REQUIRE(detail::receive(a.get(), *d, MSG_ERRQUEUE));
  CHECK_FALSE(d->recverr.empty());
  const errqueue_context ctx{ip_family::v4, probe_protocol::udp, 0, port_of(a.get()), false};
  const auto r = decode_errqueue(ctx, d->as_queued_error());
  REQUIRE(r);
  CHECK(r->what == reply::kind::icmp_error);
  CHECK(r->from == loopback);
  CHECK(r->probe_destination == loopback);
  CHECK(r->icmp_type == packet::icmp4::dest_unreachable);
  CHECK(r->icmp_code == 3);
  CHECK(r->dst_port == closed);
  CHECK(r->src_port == port_of(a.get()));
  CHECK(r->sequence == 0xabcd);
}
