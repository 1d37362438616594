#include <nettrio/packet/checksum.hpp>

#include <catch2/catch.hpp>

#include <vector>

using namespace nettrio::packet;

namespace {
std::vector<std::byte> bytes(std::initializer_list<int> v) {
  std::vector<std::byte> out;
  for (int x : v) out.push_back(static_cast<std::byte>(x));
  return out;
}
}  // namespace

TEST_CASE("internet checksum follows RFC 1071", "[packet]") {
  SECTION("the RFC 1071 section 3 example sums to 0xddf2, checksum 0x220d") {
    auto b = bytes({0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7});
    CHECK(checksum_fold(checksum_add(b)) == static_cast<std::uint16_t>(~0xddf2 & 0xffff));
  }
  SECTION("an odd trailing byte is padded with zero") {
    auto odd = bytes({0x12, 0x34, 0x56});
    auto even = bytes({0x12, 0x34, 0x56, 0x00});
    CHECK(internet_checksum(odd) == internet_checksum(even));
  }
  SECTION("a buffer carrying its own checksum verifies to zero") {
    auto b = bytes({0x08, 0x00, 0x00, 0x00, 0x12, 0x34, 0x00, 0x01, 0xde, 0xad});
    const auto c = internet_checksum(b);
    store_be16(b, 2, c);
    CHECK(internet_checksum(b) == 0);
  }
}
