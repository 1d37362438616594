#include <nettrio/packet/checksum.hpp>
#include <nettrio/packet/ipv4.hpp>
#include <nettrio/packet/ipv6.hpp>

#include <catch2/catch.hpp>

#include "support/bytes.hpp"

using namespace nettrio;
using namespace nettrio::packet;
using nettrio::test::bytes;

namespace {

// A classic traceroute probe as captured: UDP from 192.0.2.10 to 203.0.113.10, TTL 1,
// 60 bytes, DF set, id 0x1c46; the header checksum 0x5f56 is correct.
const auto v4_probe = bytes({0x45, 0x00, 0x00, 0x3c, 0x1c, 0x46, 0x40, 0x00, 0x01, 0x11,
                             0x5f, 0x56, 0xc0, 0x00, 0x02, 0x0a, 0xcb, 0x00, 0x71, 0x0a});

// IPv6: traffic class 0xb8, flow label 0x12345, 32 payload bytes of UDP, hop limit 1,
// 2001:db8::10 -> 2001:db8:2::10.
const auto v6_probe =
    bytes({0x6b, 0x81, 0x23, 0x45, 0x00, 0x20, 0x11, 0x01,  //
           0x20, 0x01, 0x0d, 0xb8, 0,    0,    0,    0,    0, 0, 0, 0, 0, 0, 0, 0x10,
           0x20, 0x01, 0x0d, 0xb8, 0,    2,    0,    0,    0, 0, 0, 0, 0, 0, 0, 0x10});

}  // namespace

TEST_CASE("IPv4 header decodes every field of a captured probe", "[packet]") {
  const auto h = ipv4_header::parse(v4_probe);
  REQUIRE(h);
  CHECK(h->header_length == 20);
  CHECK(h->tos == 0);
  CHECK(h->total_length == 60);
  CHECK(h->identification == 0x1c46);
  CHECK(h->ttl == 1);
  CHECK(h->protocol == ip_proto_udp);
  CHECK(h->checksum == 0x5f56);
  CHECK(h->source == *ip_address::parse("192.0.2.10"));
  CHECK(h->destination == *ip_address::parse("203.0.113.10"));
  CHECK(h->source.to_string() == "192.0.2.10");
  // The fixture's checksum is the real one: the header sums to zero (RFC 1071).
  CHECK(internet_checksum(v4_probe) == 0);
}

TEST_CASE("IPv4 header parsing rejects what is not a whole IPv4 header", "[packet]") {
  SECTION("every length shorter than 20 bytes") {
    for (std::size_t n = 0; n < 20; ++n) {
      const std::vector<std::byte> cut(v4_probe.begin(), v4_probe.begin() + static_cast<long>(n));
      CHECK_FALSE(ipv4_header::parse(cut));
    }
  }
  SECTION("version 6 in the first nibble") {
    auto b = v4_probe;
    b[0] = std::byte{0x65};
    CHECK_FALSE(ipv4_header::parse(b));
  }
  SECTION("IHL below 5 words") {
    auto b = v4_probe;
    b[0] = std::byte{0x44};
    CHECK_FALSE(ipv4_header::parse(b));
  }
  SECTION("IHL pointing past the bytes at hand") {
    auto b = v4_probe;
    b[0] = std::byte{0x46};  // 24 bytes claimed, 20 present
    CHECK_FALSE(ipv4_header::parse(b));
  }
  SECTION("a total length larger than the bytes is accepted: ICMP quotes are truncated") {
    auto b = v4_probe;
    store_be16(b, 2, 1500);
    const auto h = ipv4_header::parse(b);
    REQUIRE(h);
    CHECK(h->total_length == 1500);
  }
}

TEST_CASE("IPv4 header with options reports its real length", "[packet]") {
  auto b = v4_probe;
  b[0] = std::byte{0x46};  // IHL 6: one word of options
  b.insert(b.end(), {std::byte{0x01}, std::byte{0x01}, std::byte{0x01}, std::byte{0x00}});  // NOPs
  const auto h = ipv4_header::parse(b);
  REQUIRE(h);
  CHECK(h->header_length == 24);
  CHECK(h->destination.to_string() == "203.0.113.10");
}

TEST_CASE("IPv6 header decodes every field of a captured probe", "[packet]") {
  const auto h = ipv6_header::parse(v6_probe);
  REQUIRE(h);
  CHECK(h->traffic_class == 0xb8);
  CHECK(h->flow_label == 0x12345);
  CHECK(h->payload_length == 32);
  CHECK(h->next_header == ip_proto_udp);
  CHECK(h->hop_limit == 1);
  CHECK(h->source.to_string() == "2001:db8::10");
  CHECK(h->destination.to_string() == "2001:db8:2::10");
  CHECK(h->source.is_v6());
}

TEST_CASE("IPv6 header parsing rejects short or non-IPv6 bytes", "[packet]") {
  for (std::size_t n = 0; n < ipv6_header::size; ++n) {
    const std::vector<std::byte> cut(v6_probe.begin(), v6_probe.begin() + static_cast<long>(n));
    CHECK_FALSE(ipv6_header::parse(cut));
  }
  auto b = v6_probe;
  b[0] = std::byte{0x45};
  CHECK_FALSE(ipv6_header::parse(b));
}

TEST_CASE("IPv4 header encodes what it parses", "[packet]") {
  SECTION("round trip of a captured probe, checksum included") {
    const auto h = ipv4_header::parse(v4_probe);
    REQUIRE(h);
    CHECK(h->flags_fragment == ipv4_header::dont_fragment);
    std::vector<std::byte> out(20);
    h->encode(out);
    CHECK(out == v4_probe);
  }
  SECTION("fill_checksum computes the captured checksum") {
    auto h = *ipv4_header::parse(v4_probe);
    h.checksum = 0;
    std::vector<std::byte> out(20);
    h.encode(out);
    CHECK(load_be16(out, 10) == 0);
    ipv4_header::fill_checksum(out);
    CHECK(load_be16(out, 10) == 0x5f56);
    CHECK(out == v4_probe);
    CHECK(internet_checksum(out) == 0);
  }
  SECTION("a header built from fields parses back to them") {
    ipv4_header h;
    h.total_length = 84;
    h.identification = 0xbeef;
    h.flags_fragment = ipv4_header::dont_fragment;
    h.ttl = 7;
    h.protocol = ip_proto_icmp;
    h.destination = *ip_address::parse("198.51.100.9");  // source 0: the kernel's choice
    std::vector<std::byte> out(20);
    h.encode(out);
    ipv4_header::fill_checksum(out);
    const auto back = ipv4_header::parse(out);
    REQUIRE(back);
    CHECK(back->header_length == 20);
    CHECK(back->total_length == 84);
    CHECK(back->identification == 0xbeef);
    CHECK(back->flags_fragment == 0x4000);
    CHECK(back->ttl == 7);
    CHECK(back->protocol == ip_proto_icmp);
    CHECK(back->source == ip_address::v4(0));
    CHECK(back->destination == *ip_address::parse("198.51.100.9"));
    CHECK(internet_checksum(out) == 0);
  }
  SECTION("options are not written: IHL 5 whatever header_length says") {
    ipv4_header h;
    h.header_length = 24;
    std::vector<std::byte> out(20);
    h.encode(out);
    CHECK(load_u8(out, 0) == 0x45);
  }
}
