// The decoders of probe/decode.hpp on byte fixtures: what a raw ICMP socket, an ICMP
// datagram socket, an error queue and a raw TCP socket return, as socket_network and its
// TCP sockets decode them (the same functions the fuzz target runs).

#include <nettrio/probe/decode.hpp>

#include <nettrio/packet/checksum.hpp>
#include <nettrio/packet/icmp.hpp>
#include <nettrio/packet/ipv4.hpp>

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <linux/errqueue.h>
#include <netinet/in.h>

#include <cstring>

#include "support/bytes.hpp"

using namespace nettrio;
using namespace nettrio::packet;
using nettrio::test::bytes;
using nettrio::test::join;

namespace {

// The outer IPv4 header a raw IPv4 socket hands over: from 198.51.100.1 to us, TTL 61.
std::vector<std::byte> outer_v4(std::size_t icmp_len) {
  auto h = bytes({0x45, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 61, 1, 0x00, 0x00,  //
                  198,  51,   100,  1,    192,  0,    2,    10});
  store_be16(h, 2, static_cast<std::uint16_t>(20 + icmp_len));
  store_be16(h, 10, internet_checksum(h));
  return h;
}

// The probe as the router saw it: 192.0.2.10 -> 203.0.113.10, TTL 1, IP ID 0x1c46.
std::vector<std::byte> quoted_v4(std::uint8_t protocol) {
  auto h = bytes({0x45, 0x00, 0x00, 0x3c, 0x1c, 0x46, 0x40, 0x00, 0x01, protocol,
                  0x00, 0x00, 0xc0, 0x00, 0x02, 0x0a, 0xcb, 0x00, 0x71, 0x0a});
  store_be16(h, 10, internet_checksum(h));
  return h;
}

std::vector<std::byte> icmp(std::uint8_t type, std::uint8_t code, std::vector<std::byte> rest) {
  auto m = join({bytes({type, code, 0, 0}), std::move(rest)});
  store_be16(m, 2, internet_checksum(m));
  return m;
}

std::vector<std::byte> v4_datagram(const std::vector<std::byte>& icmp_msg) {
  return join({outer_v4(icmp_msg.size()), icmp_msg});
}

const raw_icmp_context ctx4{ip_family::v4, 0x4e54, true, 40001, true};

}  // namespace

TEST_CASE("decode_raw_icmp: echo replies with our identifier only", "[decode]") {
  const auto ours = v4_datagram(icmp(icmp4::echo_reply, 0, bytes({0x4e, 0x54, 0, 7, 1, 2, 3})));
  const auto r = decode_raw_icmp(ctx4, ours, -1);
  REQUIRE(r);
  CHECK(r->what == reply::kind::echo_reply);
  CHECK(r->icmp_id == 0x4e54);
  CHECK(r->sequence == 7);
  CHECK(r->reply_ttl == 61);  // from the outer IPv4 header
  CHECK(r->checksum_ok);
  CHECK(r->payload == bytes({1, 2, 3}));
  const auto theirs = v4_datagram(icmp(icmp4::echo_reply, 0, bytes({0x12, 0x34, 0, 7, 1, 2, 3})));
  CHECK_FALSE(decode_raw_icmp(ctx4, theirs, -1));
  // A damaged echo reply of ours is reported (the engine calls it corrupt).
  auto bad = ours;
  bad.back() ^= std::byte{0xff};
  const auto c = decode_raw_icmp(ctx4, bad, -1);
  REQUIRE(c);
  CHECK_FALSE(c->checksum_ok);
}

TEST_CASE("decode_raw_icmp: an echo reply keeps its header's options (ping -R)", "[decode]") {
  const auto msg = icmp(icmp4::echo_reply, 0, bytes({0x4e, 0x54, 0, 1, 9}));
  // IHL 8: 12 bytes of options, a record route with 2 addresses, then end-of-list.
  const auto opts = bytes({7, 11, 12, 192, 0, 2, 1, 198, 51, 100, 1, 0});
  auto h = outer_v4(msg.size());
  h[0] = std::byte{0x48};
  h.insert(h.end(), opts.begin(), opts.end());
  store_be16(h, 2, static_cast<std::uint16_t>(h.size() + msg.size()));
  const auto r = decode_raw_icmp(ctx4, join({h, msg}), -1);
  REQUIRE(r);
  CHECK(r->what == reply::kind::echo_reply);
  CHECK(r->ip_options == opts);
  CHECK(r->payload == bytes({9}));
  // Without options: none.
  CHECK(decode_raw_icmp(ctx4, v4_datagram(msg), -1)->ip_options.empty());
}

TEST_CASE("decode_raw_icmp: errors name the probe they quote", "[decode]") {
  SECTION("time exceeded quoting an echo request: id, sequence, TTL, IP ID, data") {
    const auto msg = icmp(icmp4::time_exceeded, 0,
                          join({bytes({0, 0, 0, 0}), quoted_v4(ip_proto_icmp),
                                bytes({8, 0, 0xaa, 0xbb, 0x4e, 0x54, 0, 9, 0xde, 0xad})}));
    const auto r = decode_raw_icmp(ctx4, v4_datagram(msg), -1);
    REQUIRE(r);
    CHECK(r->what == reply::kind::icmp_error);
    CHECK(r->protocol == probe_protocol::icmp_echo);
    CHECK(r->icmp_id == 0x4e54);
    CHECK(r->sequence == 9);
    CHECK(r->quoted_ttl == 1);
    CHECK(r->quoted_ip_id == 0x1c46);
    CHECK(r->quoted_payload == bytes({0xde, 0xad}));
    CHECK(r->probe_destination.to_string() == "203.0.113.10");
    // A socket with IPv4 options (ping -R) leaves the identification to the kernel: the
    // quoted one is not ours to check.
    auto kernel_id = ctx4;
    kernel_id.writes_ip_id = false;
    const auto k = decode_raw_icmp(kernel_id, v4_datagram(msg), -1);
    REQUIRE(k);
    CHECK(k->sequence == 9);
    CHECK_FALSE(k->quoted_ip_id);
  }
  SECTION("port unreachable quoting our UDP probe, and another source port") {
    const auto udp = [](std::uint16_t sport) {
      auto u = bytes({0, 0, 0x82, 0x9b, 0, 0x28, 0, 0, 0x12, 0x34});
      store_be16(u, 0, sport);
      return u;
    };
    const auto ours = icmp(icmp4::dest_unreachable, 3,
                           join({bytes({0, 0, 0, 0}), quoted_v4(ip_proto_udp), udp(40001)}));
    const auto r = decode_raw_icmp(ctx4, v4_datagram(ours), -1);
    REQUIRE(r);
    CHECK(r->protocol == probe_protocol::udp);
    CHECK(r->dst_port == 33435);
    CHECK(r->sequence == 0x1234);
    const auto other = icmp(icmp4::dest_unreachable, 3,
                            join({bytes({0, 0, 0, 0}), quoted_v4(ip_proto_udp), udp(40002)}));
    CHECK_FALSE(decode_raw_icmp(ctx4, v4_datagram(other), -1));
    // Unprivileged UDP is answered through the error queue, not here.
    const raw_icmp_context no_udp{ip_family::v4, 0x4e54, false, 40001, true};
    CHECK_FALSE(decode_raw_icmp(no_udp, v4_datagram(ours), -1));
  }
  SECTION("an error about a TCP probe gives its ports for the socket to match") {
    const auto msg = icmp(icmp4::dest_unreachable, 1,
                          join({bytes({0, 0, 0, 0}), quoted_v4(ip_proto_tcp),
                                bytes({0xc7, 0x38, 0x00, 0x50, 1, 2, 3, 4})}));
    const auto r = decode_raw_icmp(ctx4, v4_datagram(msg), -1);
    REQUIRE(r);
    CHECK(r->protocol == probe_protocol::tcp);
    CHECK(r->src_port == 51000);
    CHECK(r->dst_port == 80);
  }
  SECTION("an error with a bad checksum names nothing") {
    auto msg = icmp(icmp4::time_exceeded, 0,
                    join({bytes({0, 0, 0, 0}), quoted_v4(ip_proto_icmp),
                          bytes({8, 0, 0xaa, 0xbb, 0x4e, 0x54, 0, 9})}));
    msg[2] ^= std::byte{1};
    CHECK_FALSE(decode_raw_icmp(ctx4, v4_datagram(msg), -1));
  }
}

TEST_CASE("decode_raw_icmp: IPv6 takes the hop limit from the caller", "[decode]") {
  const raw_icmp_context ctx6{ip_family::v6, 0x4e54, true, 40001, true};
  const auto msg = bytes({icmp6::echo_reply, 0, 0, 0, 0x4e, 0x54, 0, 3, 9});
  const auto r = decode_raw_icmp(ctx6, msg, 55);
  REQUIRE(r);
  CHECK(r->reply_ttl == 55);
  CHECK(r->sequence == 3);
}

TEST_CASE("decode_raw_icmp never reads past a short datagram", "[decode]") {
  const auto msg = icmp(icmp4::time_exceeded, 0,
                        join({bytes({0, 0, 0, 0}), quoted_v4(ip_proto_icmp),
                              bytes({8, 0, 0xaa, 0xbb, 0x4e, 0x54, 0, 9})}));
  const auto full = v4_datagram(msg);
  for (std::size_t n = 0; n < full.size(); ++n) {
    std::vector<std::byte> cut(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(n));
    (void)decode_raw_icmp(ctx4, cut, -1);
    (void)decode_raw_icmp(raw_icmp_context{ip_family::v6, 0x4e54, true, 40001, true}, cut, -1);
  }
  SUCCEED("no read past the end (ASan)");
}

namespace {

template <typename T>
std::vector<std::byte> raw_bytes(const T& v) {
  std::vector<std::byte> out(sizeof v);
  std::memcpy(out.data(), &v, sizeof v);
  return out;
}

std::vector<std::byte> sockaddr_v4(const char* addr, std::uint16_t port) {
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  sa.sin_port = htons(port);
  REQUIRE(::inet_pton(AF_INET, addr, &sa.sin_addr) == 1);
  return raw_bytes(sa);
}

std::vector<std::byte> sockaddr_v6(const char* addr, std::uint16_t port) {
  sockaddr_in6 sa{};
  sa.sin6_family = AF_INET6;
  sa.sin6_port = htons(port);
  REQUIRE(::inet_pton(AF_INET6, addr, &sa.sin6_addr) == 1);
  return raw_bytes(sa);
}

// The IP_RECVERR control data as the kernel lays it out: sock_extended_err, then the
// offender's sockaddr (SO_EE_OFFENDER).
std::vector<std::byte> recverr(std::uint8_t origin, std::uint8_t type, std::uint8_t code,
                               const std::vector<std::byte>& offender,
                               std::uint32_t err = EHOSTUNREACH, std::uint32_t info = 0) {
  sock_extended_err ee{};
  ee.ee_errno = err;
  ee.ee_info = info;
  ee.ee_origin = origin;
  ee.ee_type = type;
  ee.ee_code = code;
  return join({raw_bytes(ee), offender});
}

// The start of an echo probe as the error queue hands it back: ICMP header and data.
const auto echo_sent = bytes({8, 0, 0xaa, 0xbb, 0x4e, 0x54, 0, 9, 0xde, 0xad, 0xbe, 0xef});

const errqueue_context eq_echo4{ip_family::v4, probe_protocol::icmp_echo, 0x4e54, 0, false};
const errqueue_context eq_udp4{ip_family::v4, probe_protocol::udp, 0, 40001, false};

}  // namespace

TEST_CASE("decode_dgram_icmp: echo replies of a ping socket", "[decode]") {
  const auto ours = bytes({icmp4::echo_reply, 0, 0, 0, 0x12, 0x34, 0, 7, 1, 2, 3});
  const auto r = decode_dgram_icmp(ip_family::v4, 0x4e54, ours, 60);
  REQUIRE(r);
  CHECK(r->what == reply::kind::echo_reply);
  CHECK(r->icmp_id == 0x4e54);  // the socket's: the kernel rewrites the identifier
  CHECK(r->sequence == 7);
  CHECK(r->reply_ttl == 60);
  CHECK(r->payload == bytes({1, 2, 3}));
  CHECK_FALSE(decode_dgram_icmp(ip_family::v4, 0x4e54,
                                bytes({icmp4::echo_request, 0, 0, 0, 0, 0, 0, 7}), 60));
  CHECK_FALSE(decode_dgram_icmp(ip_family::v6, 0x4e54, ours, 60));  // type 0 is not ICMPv6's
  CHECK_FALSE(decode_dgram_icmp(ip_family::v4, 0x4e54, bytes({icmp4::echo_reply, 0, 0}), 60));
}

TEST_CASE("decode_errqueue: an ICMP error about an echo probe", "[decode]") {
  const auto ee =
      recverr(SO_EE_ORIGIN_ICMP, icmp4::time_exceeded, 0, sockaddr_v4("198.51.100.1", 0));
  const auto name = sockaddr_v4("203.0.113.10", 0);
  const auto r = decode_errqueue(eq_echo4, {ee, name, echo_sent});
  REQUIRE(r);
  CHECK(r->what == reply::kind::icmp_error);
  CHECK(r->from.to_string() == "198.51.100.1");
  CHECK(r->probe_destination.to_string() == "203.0.113.10");
  CHECK(r->icmp_type == icmp4::time_exceeded);
  CHECK(r->icmp_code == 0);
  CHECK(r->protocol == probe_protocol::icmp_echo);
  CHECK(r->icmp_id == 0x4e54);
  CHECK(r->sequence == 9);
  CHECK(r->quoted_payload == bytes({0xde, 0xad, 0xbe, 0xef}));
  CHECK_FALSE(r->quoted_ip_id);

  SECTION("quoted data past the first 128 bytes of the error may be padding: cut there") {
    auto big = echo_sent;
    big.resize(300, std::byte{0x77});
    const auto b = decode_errqueue(eq_echo4, {ee, name, big});
    REQUIRE(b);
    CHECK(b->quoted_payload.size() == 128 - 20 - 8);
  }
  SECTION("no offender, an offender cut short, or another origin: nothing") {
    auto cut = ee;
    cut.resize(sizeof(sock_extended_err) + 4);
    CHECK_FALSE(decode_errqueue(eq_echo4, {cut, name, echo_sent}));
    CHECK_FALSE(
        decode_errqueue(eq_echo4, {recverr(SO_EE_ORIGIN_ICMP, 11, 0, {}), name, echo_sent}));
    CHECK_FALSE(decode_errqueue(
        eq_echo4,
        {recverr(SO_EE_ORIGIN_TXSTATUS, 0, 0, sockaddr_v4("198.51.100.1", 0)), name, echo_sent}));
  }
  SECTION("short control data, no destination, or a short quote: nothing") {
    CHECK_FALSE(decode_errqueue(eq_echo4, {bytes({1, 2, 3}), name, echo_sent}));
    CHECK_FALSE(decode_errqueue(eq_echo4, {ee, {}, echo_sent}));
    CHECK_FALSE(decode_errqueue(eq_echo4, {ee, bytes({2, 0, 0, 0}), echo_sent}));
    CHECK_FALSE(decode_errqueue(eq_echo4, {ee, name, bytes({8, 0, 0, 0})}));
  }
}

TEST_CASE("decode_errqueue: UDP errors carry the sequence in the quoted payload", "[decode]") {
  const auto ee =
      recverr(SO_EE_ORIGIN_ICMP, icmp4::dest_unreachable, 3, sockaddr_v4("203.0.113.10", 0));
  const auto name = sockaddr_v4("203.0.113.10", 33435);
  const auto r = decode_errqueue(eq_udp4, {ee, name, bytes({0x12, 0x34, 0, 0})});
  REQUIRE(r);
  CHECK(r->what == reply::kind::icmp_error);
  CHECK(r->protocol == probe_protocol::udp);
  CHECK(r->src_port == 40001);
  CHECK(r->dst_port == 33435);
  CHECK(r->sequence == 0x1234);
  CHECK(r->icmp_code == 3);
  // A router that quoted only the 8-byte UDP header gives no sequence.
  CHECK_FALSE(decode_errqueue(eq_udp4, {ee, name, bytes({0x12})}));
  // With a raw ICMP socket reading these answers in full, the queue's copy is not used.
  auto via_raw = eq_udp4;
  via_raw.udp_via_raw = true;
  CHECK_FALSE(decode_errqueue(via_raw, {ee, name, bytes({0x12, 0x34})}));
}

TEST_CASE("decode_errqueue: a raw socket's errors name the destination only", "[decode]") {
  // traceroute -P: the raw socket's error queue; nothing in the quote names the probe, so
  // the reply is the raw method's, about the destination, from the router that sent it.
  const errqueue_context raw4{ip_family::v4, probe_protocol::raw, 0, 0, false};
  const auto te =
      recverr(SO_EE_ORIGIN_ICMP, icmp4::time_exceeded, 0, sockaddr_v4("198.51.100.1", 0));
  const auto r = decode_errqueue(raw4, {te, sockaddr_v4("203.0.113.10", 0), bytes({0x40, 0x41})});
  REQUIRE(r);
  CHECK(r->what == reply::kind::icmp_error);
  CHECK(r->protocol == probe_protocol::raw);
  CHECK(r->from.to_string() == "198.51.100.1");
  CHECK(r->probe_destination.to_string() == "203.0.113.10");
  CHECK(r->icmp_type == icmp4::time_exceeded);
  // IPv6: the destination's parameter problem (unrecognised next header, code 1).
  const errqueue_context raw6{ip_family::v6, probe_protocol::raw, 0, 0, false};
  const auto pp = recverr(SO_EE_ORIGIN_ICMP6, 4, 1, sockaddr_v6("2001:db8:2::10", 0));
  const auto r6 = decode_errqueue(raw6, {pp, sockaddr_v6("2001:db8:2::10", 0), {}});
  REQUIRE(r6);
  CHECK(r6->protocol == probe_protocol::raw);
  CHECK(r6->icmp_type == 4);
  CHECK(r6->icmp_code == 1);
  // Without the destination's name it is nobody's.
  CHECK_FALSE(decode_errqueue(raw4, {te, {}, {}}));
}

TEST_CASE("decode_errqueue: local errors and IPv6", "[decode]") {
  SECTION("the local stack refused the probe: a local error from the destination") {
    const auto ee = recverr(SO_EE_ORIGIN_LOCAL, 0, 0, {});
    const auto name = sockaddr_v4("203.0.113.10", 33435);
    const auto r = decode_errqueue(eq_udp4, {ee, name, bytes({0, 5})});
    REQUIRE(r);
    CHECK(r->what == reply::kind::local_error);
    CHECK(r->from.to_string() == "203.0.113.10");
    CHECK(r->sequence == 5);
    // A TCP socket's connect() reports those itself.
    const errqueue_context tcp{ip_family::v4, probe_protocol::tcp, 0, 0, false};
    CHECK_FALSE(decode_errqueue(tcp, {ee, name, {}}));
  }
  SECTION("ICMPv6 time exceeded from an IPv6 offender") {
    const errqueue_context eq6{ip_family::v6, probe_protocol::icmp_echo, 0x4e54, 0, false};
    const auto ee =
        recverr(SO_EE_ORIGIN_ICMP6, icmp6::time_exceeded, 0, sockaddr_v6("2001:db8:1::1", 0));
    auto sent = echo_sent;
    sent[0] = std::byte{icmp6::echo_request};
    const auto r = decode_errqueue(eq6, {ee, sockaddr_v6("2001:db8:2::10", 0), sent});
    REQUIRE(r);
    CHECK(r->from.to_string() == "2001:db8:1::1");
    CHECK(r->probe_destination.to_string() == "2001:db8:2::10");
    CHECK(r->icmp_type == icmp6::time_exceeded);
    CHECK(r->sequence == 9);
    // An IPv6 offender cut to a sockaddr_in's size is not taken.
    auto cut = ee;
    cut.resize(sizeof(sock_extended_err) + sizeof(sockaddr_in));
    CHECK_FALSE(decode_errqueue(eq6, {cut, sockaddr_v6("2001:db8:2::10", 0), sent}));
  }
  SECTION("TCP: the error the kernel accepted, without the socket's name") {
    const errqueue_context tcp{ip_family::v4, probe_protocol::tcp, 0, 0, false};
    const auto ee =
        recverr(SO_EE_ORIGIN_ICMP, icmp4::dest_unreachable, 1, sockaddr_v4("198.51.100.1", 0));
    const auto r = decode_errqueue(tcp, {ee, {}, {}});
    REQUIRE(r);
    CHECK(r->what == reply::kind::icmp_error);
    CHECK(r->protocol == probe_protocol::tcp);
    CHECK(r->from.to_string() == "198.51.100.1");
    CHECK(r->icmp_code == 1);
  }
}

TEST_CASE("decode_errqueue never reads past short bytes", "[decode]") {
  const auto ee =
      recverr(SO_EE_ORIGIN_ICMP, icmp4::time_exceeded, 0, sockaddr_v4("198.51.100.1", 0));
  const auto name = sockaddr_v4("203.0.113.10", 0);
  for (std::size_t n = 0; n <= ee.size(); ++n)
    for (std::size_t m = 0; m <= name.size(); m += 2)
      for (std::size_t k = 0; k <= echo_sent.size(); k += 3) {
        const std::vector<std::byte> e(ee.begin(), ee.begin() + static_cast<std::ptrdiff_t>(n));
        const std::vector<std::byte> a(name.begin(), name.begin() + static_cast<std::ptrdiff_t>(m));
        const std::vector<std::byte> d(echo_sent.begin(),
                                       echo_sent.begin() + static_cast<std::ptrdiff_t>(k));
        (void)decode_errqueue(eq_echo4, {e, a, d});
        (void)decode_errqueue(eq_udp4, {e, a, d});
      }
  SUCCEED("no read past the end (ASan)");
}

TEST_CASE("decode: the MTU of 'fragmentation needed', 'packet too big' and EMSGSIZE",
          "[decode][pmtu]") {
  SECTION("raw IPv4: type 3 code 4 names the next-hop MTU in bytes 6-7 (RFC 1191)") {
    const auto udp = bytes({0x9c, 0x41, 0x82, 0x9b, 0x05, 0x64, 0, 0, 0x12, 0x34});
    const auto msg = icmp(icmp4::dest_unreachable, 4,
                          join({bytes({0, 0, 0x05, 0x78}), quoted_v4(ip_proto_udp), udp}));
    const auto r = decode_raw_icmp(ctx4, v4_datagram(msg), -1);
    REQUIRE(r);
    CHECK(r->what == reply::kind::icmp_error);
    CHECK(r->icmp_code == 4);
    CHECK(r->mtu == 1400);
    CHECK(r->sequence == 0x1234);
    // Another unreachable with the same bytes there says nothing about an MTU.
    const auto other = icmp(icmp4::dest_unreachable, 1,
                            join({bytes({0, 0, 0x05, 0x78}), quoted_v4(ip_proto_udp), udp}));
    const auto o = decode_raw_icmp(ctx4, v4_datagram(other), -1);
    REQUIRE(o);
    CHECK(o->mtu == 0);
  }
  SECTION("raw IPv6: type 2 names it in bytes 4-7 (RFC 4443 3.2)") {
    const raw_icmp_context ctx6{ip_family::v6, 0x4e54, true, 40001, true};
    // The quoted IPv6 header: UDP, hop limit 3, 2001:db8:1::10 -> 2001:db8:2::10.
    auto ip6 = bytes({0x60, 0, 0, 0, 0, 0x10, ip_proto_udp, 3});
    for (const auto* a : {"2001:db8:1::10", "2001:db8:2::10"}) {
      in6_addr x{};
      REQUIRE(::inet_pton(AF_INET6, a, &x) == 1);
      const auto* p = reinterpret_cast<const std::byte*>(&x);
      ip6.insert(ip6.end(), p, p + 16);
    }
    const auto msg = join({bytes({icmp6::packet_too_big, 0, 0, 0, 0, 0, 0x05, 0x00}), ip6,
                           bytes({0x9c, 0x41, 0x82, 0x9b, 0, 0x10, 0, 0, 0x00, 0x07})});
    const auto r = decode_raw_icmp(ctx6, msg, 60);
    REQUIRE(r);
    CHECK(r->icmp_type == icmp6::packet_too_big);
    CHECK(r->mtu == 1280);
    CHECK(r->quoted_ttl == 3);
    CHECK(r->sequence == 7);
  }
  SECTION("error queue: ee_info of an ICMP 'too big', and of a local EMSGSIZE") {
    const auto name = sockaddr_v4("203.0.113.10", 33435);
    const auto icmp_ee = recverr(SO_EE_ORIGIN_ICMP, icmp4::dest_unreachable, 4,
                                 sockaddr_v4("198.51.100.1", 0), EMSGSIZE, 1400);
    const auto r = decode_errqueue(eq_udp4, {icmp_ee, name, bytes({0x12, 0x34})});
    REQUIRE(r);
    CHECK(r->what == reply::kind::icmp_error);
    CHECK(r->mtu == 1400);
    const auto local = recverr(SO_EE_ORIGIN_LOCAL, 0, 0, {}, EMSGSIZE, 1500);
    const auto l = decode_errqueue(eq_udp4, {local, name, bytes({0, 5})});
    REQUIRE(l);
    CHECK(l->what == reply::kind::local_error);
    CHECK(l->mtu == 1500);
    // Another local error (no route) has no MTU, whatever ee_info holds.
    const auto noroute = recverr(SO_EE_ORIGIN_LOCAL, 0, 0, {}, ENETUNREACH, 1500);
    const auto n = decode_errqueue(eq_udp4, {noroute, name, bytes({0, 5})});
    REQUIRE(n);
    CHECK(n->mtu == 0);
    const errqueue_context eq6{ip_family::v6, probe_protocol::udp, 0, 40001, false};
    const auto too_big6 = recverr(SO_EE_ORIGIN_ICMP6, icmp6::packet_too_big, 0,
                                  sockaddr_v6("2001:db8:1::1", 0), EMSGSIZE, 1280);
    const auto v6 =
        decode_errqueue(eq6, {too_big6, sockaddr_v6("2001:db8:2::10", 33435), bytes({0, 9})});
    REQUIRE(v6);
    CHECK(v6->mtu == 1280);
    CHECK(is_too_big(ip_family::v6, icmp6::packet_too_big, 0));
    CHECK_FALSE(is_too_big(ip_family::v4, icmp6::packet_too_big, 0));
  }
}

namespace {

// A TCP segment from 203.0.113.10:443 to our probe's port 40001: 20 bytes, `flags` at 13.
std::vector<std::byte> tcp_segment(std::uint8_t flags, std::uint16_t sport = 443,
                                   std::uint16_t dport = 40001) {
  auto s = bytes({0,    0,    0, 0, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x50, flags,  //
                  0xff, 0xff, 0, 0, 0,    0});
  store_be16(s, 0, sport);
  store_be16(s, 2, dport);
  return s;
}

// The IPv4 header a raw IPv4 TCP socket hands over with it: 203.0.113.10 -> 192.0.2.10.
std::vector<std::byte> tcp_v4(const std::vector<std::byte>& seg, std::uint8_t protocol = 6) {
  auto h = bytes({0x45, 0x00, 0x00, 0x00, 0x00, 0x01, 0x40, 0x00, 60, protocol, 0x00, 0x00,  //
                  203,  0,    113,  10,   192,  0,    2,    10});
  store_be16(h, 2, static_cast<std::uint16_t>(20 + seg.size()));
  store_be16(h, 10, internet_checksum(h));
  return join({h, seg});
}

constexpr std::uint8_t syn = 0x02, rst = 0x04, ack = 0x10, fin = 0x01;

ip_address ip(const char* text) {
  return *ip_address::parse(text);
}

}  // namespace

TEST_CASE("decode_raw_tcp: a SYN-ACK names the probe it answers", "[decode]") {
  const auto a = decode_raw_tcp(ip_family::v4, tcp_v4(tcp_segment(syn | ack)));
  REQUIRE(a);
  CHECK(a->src_port == 443);
  CHECK(a->dst_port == 40001);
  CHECK(a->flags == (syn | ack));
  const auto dest = ip("203.0.113.10");
  CHECK(answers_tcp_probe(*a, dest, dest, 40001, 443));
  // The IPv6 socket gets the segment alone.
  const auto b = decode_raw_tcp(ip_family::v6, tcp_segment(syn | ack | 0x08));
  REQUIRE(b);
  CHECK(b->src_port == 443);
  CHECK(b->dst_port == 40001);
  const auto dest6 = ip("2001:db8::10");
  CHECK(answers_tcp_probe(*b, dest6, dest6, 40001, 443));
}

TEST_CASE("decode_raw_tcp: a reset, with or without ACK", "[decode]") {
  for (const std::uint8_t flags : {rst, std::uint8_t(rst | ack)}) {
    const auto a = decode_raw_tcp(ip_family::v4, tcp_v4(tcp_segment(flags, 80, 51000)));
    REQUIRE(a);
    CHECK(a->src_port == 80);
    CHECK(a->dst_port == 51000);
    CHECK(a->flags == flags);
    CHECK(decode_raw_tcp(ip_family::v6, tcp_segment(flags, 80, 51000)) == a);
  }
}

TEST_CASE("decode_raw_tcp: neither a SYN-ACK nor a reset is no answer", "[decode]") {
  for (const std::uint8_t flags :
       {std::uint8_t(0), syn, ack, fin, std::uint8_t(fin | ack), std::uint8_t(0x08 | ack)}) {
    CHECK_FALSE(decode_raw_tcp(ip_family::v4, tcp_v4(tcp_segment(flags))));
    CHECK_FALSE(decode_raw_tcp(ip_family::v6, tcp_segment(flags)));
  }
}

TEST_CASE("decode_raw_tcp: answers_tcp_probe wants the sender and both ports", "[decode]") {
  const auto a = *decode_raw_tcp(ip_family::v4, tcp_v4(tcp_segment(syn | ack)));
  const auto dest = ip("203.0.113.10");
  CHECK_FALSE(answers_tcp_probe(a, dest, dest, 443, 40001));  // ports swapped
  CHECK_FALSE(answers_tcp_probe(a, dest, dest, 40002, 443));  // another probe's port
  CHECK_FALSE(answers_tcp_probe(a, dest, dest, 40001, 444));  // another destination port
  CHECK_FALSE(answers_tcp_probe(a, ip("203.0.113.11"), dest, 40001, 443));  // another sender
  CHECK_FALSE(answers_tcp_probe(a, dest, ip("203.0.113.11"), 40001, 443));
  CHECK_FALSE(answers_tcp_probe(a, ip("2001:db8::10"), ip("2001:db8::10"), 40001, 8443));
}

TEST_CASE("decode_raw_tcp: short and malformed datagrams", "[decode]") {
  const auto full = tcp_v4(tcp_segment(syn | ack));
  // IPv4: the header and 14 bytes of segment, up to the flags; the filter's 128-byte cut
  // leaves the total length longer than the bytes, which is fine.
  for (std::size_t n = 0; n < full.size(); ++n) {
    const std::vector<std::byte> cut(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(n));
    CHECK(decode_raw_tcp(ip_family::v4, cut).has_value() == (n >= 20 + 14));
  }
  const auto seg = tcp_segment(rst);
  for (std::size_t n = 0; n < seg.size(); ++n) {
    const std::vector<std::byte> cut(seg.begin(), seg.begin() + static_cast<std::ptrdiff_t>(n));
    CHECK(decode_raw_tcp(ip_family::v6, cut).has_value() == (n >= 14));
  }
  // IHL under 5, IHL past the bytes, not version 4, not TCP.
  auto bad = full;
  bad[0] = std::byte{0x44};
  CHECK_FALSE(decode_raw_tcp(ip_family::v4, bad));
  bad[0] = std::byte{0x4f};  // 60 bytes of header in 40
  CHECK_FALSE(decode_raw_tcp(ip_family::v4, bad));
  bad[0] = std::byte{0x65};
  CHECK_FALSE(decode_raw_tcp(ip_family::v4, bad));
  CHECK_FALSE(decode_raw_tcp(ip_family::v4, tcp_v4(tcp_segment(syn | ack), 17)));
  // IPv4 options: the segment starts past them.
  auto with_options =
      join({bytes({0x46}), std::vector<std::byte>(full.begin() + 1, full.begin() + 20),
            bytes({1, 1, 1, 0}), std::vector<std::byte>(full.begin() + 20, full.end())});
  const auto o = decode_raw_tcp(ip_family::v4, with_options);
  REQUIRE(o);
  CHECK((o->src_port == 443 && o->dst_port == 40001 && o->flags == (syn | ack)));
  // An IPv6 socket's bytes are never read as an IPv4 header.
  // An IPv6 socket's bytes have no IP header: these would put the flags in the IPv4
  // source address (0 here).
  CHECK_FALSE(decode_raw_tcp(ip_family::v6, full));
}
