#include <nettrio/packet/tcp.hpp>
#include <nettrio/packet/udp.hpp>

#include <catch2/catch.hpp>

#include "support/bytes.hpp"

using namespace nettrio::packet;
using nettrio::test::bytes;

TEST_CASE("UDP header decodes and encodes to the same bytes", "[packet]") {
  // Source port 40001, destination 33434 (traceroute's base), length 40, checksum 0xbeef.
  const auto wire = bytes({0x9c, 0x41, 0x82, 0x9a, 0x00, 0x28, 0xbe, 0xef});
  const auto h = udp_header::parse(wire);
  REQUIRE(h);
  CHECK(h->source_port == 40001);
  CHECK(h->destination_port == 33434);
  CHECK(h->length == 40);
  CHECK(h->checksum == 0xbeef);

  std::vector<std::byte> out(udp_header::size);
  h->encode(out);
  CHECK(out == wire);

  for (std::size_t n = 0; n < udp_header::size; ++n)
    CHECK_FALSE(udp_header::parse(std::span(wire).first(n)));
}

TEST_CASE("TCP header decodes and encodes to the same bytes", "[packet]") {
  // A SYN to port 80 from 51000: seq 0x01020304, no ack, data offset 10 words (options
  // follow), window 64240, checksum 0x1234, urgent 0.
  const auto wire = bytes({0xc7, 0x38, 0x00, 0x50, 0x01, 0x02, 0x03, 0x04, 0x00, 0x00,
                           0x00, 0x00, 0xa0, 0x02, 0xfa, 0xf0, 0x12, 0x34, 0x00, 0x00});
  const auto h = tcp_header::parse(wire);
  REQUIRE(h);
  CHECK(h->source_port == 51000);
  CHECK(h->destination_port == 80);
  CHECK(h->sequence == 0x01020304);
  CHECK(h->acknowledgment == 0);
  CHECK(h->data_offset == 10);
  CHECK(h->flags == 0x02);  // SYN
  CHECK(h->window == 64240);
  CHECK(h->checksum == 0x1234);
  CHECK(h->urgent == 0);

  std::vector<std::byte> out(tcp_header::size);
  h->encode(out);
  CHECK(out == wire);

  SECTION("a header built in code encodes as the RFC lays it out") {
    tcp_header syn_ack;
    syn_ack.source_port = 80;
    syn_ack.destination_port = 51000;
    syn_ack.sequence = 0xdeadbeef;
    syn_ack.acknowledgment = 0x01020305;
    syn_ack.flags = 0x12;
    syn_ack.window = 0xffff;
    std::vector<std::byte> b(tcp_header::size);
    syn_ack.encode(b);
    CHECK(b == bytes({0x00, 0x50, 0xc7, 0x38, 0xde, 0xad, 0xbe, 0xef, 0x01, 0x02,
                      0x03, 0x05, 0x50, 0x12, 0xff, 0xff, 0x00, 0x00, 0x00, 0x00}));
  }
  SECTION("fewer than 20 bytes is not a TCP header") {
    for (std::size_t n = 0; n < tcp_header::size; ++n)
      CHECK_FALSE(tcp_header::parse(std::span(wire).first(n)));
  }
}
