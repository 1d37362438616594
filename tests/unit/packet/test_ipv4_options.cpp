#include <nettrio/packet/ipv4_options.hpp>

#include <catch2/catch.hpp>

#include "support/bytes.hpp"

using namespace nettrio;
using namespace nettrio::packet;
using nettrio::test::bytes;

namespace {

ip_address a4(const char* text) {
  return *ip_address::parse(text);
}

}  // namespace

TEST_CASE("record_route_option is iputils' -R: NOP, RR of 39 bytes, pointer 4", "[packet]") {
  const auto o = record_route_option();
  REQUIRE(o.size() == 40);
  CHECK(o[0] == std::byte{1});
  CHECK(o[1] == std::byte{7});
  CHECK(o[2] == std::byte{39});
  CHECK(o[3] == std::byte{4});
  for (std::size_t i = 4; i < o.size(); ++i) CHECK(o[i] == std::byte{0});
}

TEST_CASE("timestamp_option is iputils' -T: sizes and flags per type", "[packet]") {
  CHECK(timestamp_option(ipopt::ts_only) == [] {
    auto v = std::vector<std::byte>(40);
    v[0] = std::byte{68}, v[1] = std::byte{40}, v[2] = std::byte{5}, v[3] = std::byte{0};
    return v;
  }());
  const auto ta = timestamp_option(ipopt::ts_and_address);
  REQUIRE(ta.size() == 36);
  CHECK(ta[1] == std::byte{36});
  CHECK(ta[3] == std::byte{1});
  const auto pre = timestamp_option(ipopt::ts_prespecified, {a4("192.0.2.1"), a4("192.0.2.2")});
  CHECK(pre == bytes({68, 20, 5, 3, 192, 0, 2, 1, 0, 0, 0, 0, 192, 0, 2, 2, 0, 0, 0, 0}));
  CHECK(timestamp_option(ipopt::ts_prespecified) == bytes({68, 4, 5, 3}));
}

TEST_CASE("parse_ipv4_options walks NOPs and options, stops at the end or a bad length",
          "[packet]") {
  // A reply's options as the kernel echoes iputils' -R on loopback: RR with 4 addresses
  // (pointer 20), then end-of-list padding.
  auto area = bytes({7, 39, 20, 127, 0, 0, 1, 127, 0, 0, 1, 127, 0, 0, 1, 127, 0, 0, 1});
  area.resize(40);
  const auto opts = parse_ipv4_options(area);
  REQUIRE(opts.size() == 1);
  CHECK(opts[0].type == ipopt::record_route);
  CHECK(opts[0].bytes.size() == 39);
  const auto rr = parse_route(opts[0]);
  REQUIRE(rr);
  CHECK(rr->length == 39);
  CHECK(rr->pointer == 20);
  CHECK(rr->addresses == std::vector<ip_address>(4, a4("127.0.0.1")));

  const auto nops = parse_ipv4_options(bytes({1, 1, 0, 7, 3, 4}));
  REQUIRE(nops.size() == 2);  // the end-of-list stops it
  CHECK(nops[1].type == ipopt::nop);
  CHECK(parse_ipv4_options(bytes({7, 1, 4})).empty());        // length below 2
  CHECK(parse_ipv4_options(bytes({7, 9, 4, 1, 2})).empty());  // longer than the area
  CHECK(parse_ipv4_options(bytes({7})).empty());              // no length byte
  CHECK(parse_ipv4_options({}).empty());
}

TEST_CASE("parse_route reads as far as the pointer, never past the option", "[packet]") {
  // Pointer 4: nothing recorded yet.
  CHECK(parse_route({7, bytes({7, 11, 4, 0, 0, 0, 0, 0, 0, 0, 0})})->addresses.empty());
  // A full option: the pointer past the length counts as the length.
  const auto full = parse_route({7, bytes({7, 11, 12, 192, 0, 2, 1, 198, 51, 100, 1})});
  CHECK(full->addresses == std::vector<ip_address>{a4("192.0.2.1"), a4("198.51.100.1")});
  // A pointer not at an address boundary: the partial address is kept, zero-filled.
  const auto odd = parse_route({7, bytes({7, 9, 10, 192, 0, 2, 1, 10, 20})});
  CHECK(odd->addresses == std::vector<ip_address>{a4("192.0.2.1"), a4("10.20.0.0")});
  CHECK_FALSE(parse_route({68, bytes({68, 4, 5, 0})}));
  CHECK_FALSE(parse_route({7, bytes({7, 2})}));
}

TEST_CASE("parse_timestamp reads stamps, address pairs and the overflow count", "[packet]") {
  const auto only =
      parse_timestamp({68, bytes({68, 16, 13, 0x20, 0, 0, 0, 10, 0, 0, 0, 20, 0, 0, 0, 0})});
  REQUIRE(only);
  CHECK(only->overflow == 2);
  CHECK(only->flag == 0);
  REQUIRE(only->entries.size() == 2);
  CHECK(only->entries[0].stamp == 10);
  CHECK(only->entries[1].stamp == 20);
  CHECK_FALSE(only->entries[0].address);
  const auto pairs = parse_timestamp({68, bytes({68, 12, 13, 1, 192, 0, 2, 1, 0x80, 0, 0, 1})});
  REQUIRE(pairs);
  REQUIRE(pairs->entries.size() == 1);
  CHECK(pairs->entries[0].address == a4("192.0.2.1"));
  CHECK(pairs->entries[0].stamp == 0x80000001U);
  CHECK(parse_timestamp({68, bytes({68, 4, 5, 3})})->entries.empty());
  CHECK_FALSE(parse_timestamp({7, bytes({7, 3, 4})}));
}
