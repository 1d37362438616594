#include <nettrio/ports/tcp_info.hpp>

#include <catch2/catch.hpp>

#include <linux/inet_diag.h>
#include <linux/tcp.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cstddef>
#include <cstring>
#include <vector>

using namespace nettrio;

namespace {

// struct tcp_info as the kernel lays it out (include/uapi/linux/tcp.h); the fixtures below
// are written at these offsets, so the build's header must agree.
static_assert(offsetof(tcp_info, tcpi_retransmits) == 2);
static_assert(offsetof(tcp_info, tcpi_unacked) == 24);
static_assert(offsetof(tcp_info, tcpi_lost) == 32);
static_assert(offsetof(tcp_info, tcpi_rtt) == 68);
static_assert(offsetof(tcp_info, tcpi_rttvar) == 72);
static_assert(offsetof(tcp_info, tcpi_snd_ssthresh) == 76);
static_assert(offsetof(tcp_info, tcpi_snd_cwnd) == 80);
static_assert(offsetof(tcp_info, tcpi_total_retrans) == 100);
static_assert(offsetof(tcp_info, tcpi_delivery_rate) == 160);

void put32(std::vector<std::byte>& b, std::size_t off, std::uint32_t v) {
  for (int i = 0; i < 4; ++i)
    b[off + static_cast<std::size_t>(i)] = std::byte((v >> (8 * i)) & 0xff);
}
void put64(std::vector<std::byte>& b, std::size_t off, std::uint64_t v) {
  for (int i = 0; i < 8; ++i)
    b[off + static_cast<std::size_t>(i)] = std::byte((v >> (8 * i)) & 0xff);
}

// An established connection: 2 retransmissions now, 7 in all, rtt 12.5 ms +- 3.25 ms,
// cwnd 10, ssthresh 7, 3 unacked, 1 lost; `size` bytes of it (104: a 2.6-era kernel).
std::vector<std::byte> info_fixture(std::size_t size) {
  std::vector<std::byte> b(176);
  b[0] = std::byte{1};  // TCP_ESTABLISHED
  b[2] = std::byte{2};
  put32(b, 24, 3);
  put32(b, 32, 1);
  put32(b, 68, 12500);
  put32(b, 72, 3250);
  put32(b, 76, 7);
  put32(b, 80, 10);
  put32(b, 100, 7);
  put64(b, 160, 1250000);
  b.resize(size);
  return b;
}

std::vector<std::byte> diag_payload(const std::vector<std::byte>& info, bool with_other_attr) {
  inet_diag_msg m{};
  m.idiag_family = AF_INET;
  m.idiag_state = 1;
  m.id.idiag_sport = htons(8080);
  m.id.idiag_dport = htons(40000);
  std::vector<std::byte> out(sizeof m);
  std::memcpy(out.data(), &m, sizeof m);
  auto attr = [&](std::uint16_t type, const std::vector<std::byte>& body) {
    const std::uint16_t len = static_cast<std::uint16_t>(4 + body.size());
    std::byte hdr[4];
    std::memcpy(hdr, &len, 2);
    std::memcpy(hdr + 2, &type, 2);
    out.insert(out.end(), hdr, hdr + 4);
    out.insert(out.end(), body.begin(), body.end());
    while (out.size() % 4) out.push_back(std::byte{0});
  };
  if (with_other_attr) attr(INET_DIAG_SHUTDOWN, {std::byte{0}});
  attr(INET_DIAG_INFO, info);
  return out;
}

}  // namespace

TEST_CASE("tcp_info: the fields ss -ti shows, from the attribute's bytes", "[ports][tcp_info]") {
  SECTION("a current kernel's struct") {
    const auto s = detail::parse_tcp_info(info_fixture(176));
    REQUIRE(s);
    CHECK(s->rtt == std::chrono::microseconds(12500));
    CHECK(s->rttvar == std::chrono::microseconds(3250));
    CHECK(s->retransmits == 2);
    CHECK(s->total_retrans == 7);
    CHECK(s->cwnd == 10);
    CHECK(s->ssthresh == 7);
    CHECK_FALSE(s->ssthresh_infinite());
    CHECK(s->unacked == 3);
    CHECK(s->lost == 1);
    CHECK(s->delivery_rate == 1250000u);
  }
  SECTION("an old kernel's shorter struct: no delivery rate") {
    const auto s = detail::parse_tcp_info(info_fixture(104));
    REQUIRE(s);
    CHECK(s->total_retrans == 7);
    CHECK_FALSE(s->delivery_rate);
  }
  SECTION("too short for total_retrans: nothing") {
    CHECK_FALSE(detail::parse_tcp_info(info_fixture(103)));
    CHECK_FALSE(detail::parse_tcp_info({}));
  }
  SECTION("a longer struct from a newer kernel reads the same") {
    auto b = info_fixture(176);
    b.resize(400, std::byte{0xee});
    const auto s = detail::parse_tcp_info(b);
    REQUIRE(s);
    CHECK(s->delivery_rate == 1250000u);
  }
  SECTION("slow start's infinite ssthresh") {
    auto b = info_fixture(176);
    put32(b, 76, 0x7fffffff);
    CHECK(detail::parse_tcp_info(b)->ssthresh_infinite());
  }
}

TEST_CASE("tcp_info: found among a sock_diag message's attributes", "[ports][tcp_info]") {
  CHECK(detail::find_tcp_info(diag_payload(info_fixture(176), true))->cwnd == 10);
  CHECK(detail::find_tcp_info(diag_payload(info_fixture(176), false))->lost == 1);
  SECTION("no INET_DIAG_INFO: nothing") {
    inet_diag_msg m{};
    std::vector<std::byte> bare(sizeof m);
    CHECK_FALSE(detail::find_tcp_info(bare));
  }
  SECTION("an attribute longer than the message is not read") {
    auto p = diag_payload(info_fixture(176), false);
    p.resize(p.size() - 8);
    CHECK_FALSE(detail::find_tcp_info(p));
  }
}
