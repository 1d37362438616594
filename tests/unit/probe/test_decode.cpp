// decode_raw_icmp on byte fixtures: what a raw ICMP socket returns, as socket_network
// decodes it (the same function the fuzz target runs).

#include <nettrio/probe/decode.hpp>

#include <nettrio/packet/checksum.hpp>
#include <nettrio/packet/icmp.hpp>
#include <nettrio/packet/ipv4.hpp>

#include <catch2/catch.hpp>

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

const raw_icmp_context ctx4{ip_family::v4, 0x4e54, true, 40001};

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
    const raw_icmp_context no_udp{ip_family::v4, 0x4e54, false, 40001};
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
  const raw_icmp_context ctx6{ip_family::v6, 0x4e54, true, 40001};
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
    (void)decode_raw_icmp(raw_icmp_context{ip_family::v6, 0x4e54, true, 40001}, cut, -1);
  }
  SUCCEED("no read past the end (ASan)");
}
