#include <nettrio/ports/accept_queue.hpp>

#include <catch2/catch.hpp>

using namespace nettrio;

namespace {
// /proc/net/netstat as Linux 6.x prints it, cut down to the first fields (the parser reads
// names and values by position, so a shorter line pair is the same format).
constexpr const char* netstat_text =
    "TcpExt: SyncookiesSent SyncookiesRecv SyncookiesFailed EmbryonicRsts PruneCalled "
    "ListenOverflows ListenDrops TCPHPHits\n"
    "TcpExt: 0 0 0 2 0 129 131 4242\n"
    "IpExt: InNoRoutes InTruncatedPkts\n"
    "IpExt: 0 0\n";

socket_record listener(std::uint32_t queued, std::optional<std::uint32_t> backlog) {
  socket_record r;
  r.proto = transport::tcp;
  r.state = socket_state::listen;
  r.local_port = 8080;
  r.recv_q = queued;
  r.backlog = backlog;
  return r;
}
}  // namespace

TEST_CASE("accept queue: TcpExt counters from /proc/net/netstat", "[ports][accept_queue]") {
  const auto c = detail::parse_netstat(netstat_text);
  REQUIRE(c);
  CHECK(c->overflows == 129);
  CHECK(c->drops == 131);
  SECTION("missing or malformed") {
    CHECK_FALSE(detail::parse_netstat(""));
    CHECK_FALSE(detail::parse_netstat("TcpExt: ListenOverflows ListenDrops\n"));
    CHECK_FALSE(detail::parse_netstat("TcpExt: ListenOverflows ListenDrops\nTcpExt: 1\n"));
    CHECK_FALSE(detail::parse_netstat("TcpExt: ListenOverflows ListenDrops\nTcpExt: 1 x\n"));
    CHECK_FALSE(detail::parse_netstat("TcpExt: A B\nTcpExt: 1 2\n"));
  }
}

TEST_CASE("accept queue: full when the kernel would drop the next handshake",
          "[ports][accept_queue]") {
  const listen_counters calm{10, 10}, rising{14, 14};
  const std::chrono::milliseconds ms(500);
  SECTION("129/128: full (sk_acceptq_is_full)") {
    const auto s = assess_accept_queue(listener(129, 128), calm, calm, ms);
    REQUIRE(s);
    CHECK(s->full());
    CHECK(s->queued == 129);
    CHECK(s->backlog == 128);
  }
  SECTION("at the limit with overflows rising: full") {
    const auto s = assess_accept_queue(listener(4, 4), calm, rising, ms);
    REQUIRE(s);
    CHECK(s->full());
    CHECK(s->overflows() == 4);
    CHECK(s->drops() == 4);
  }
  SECTION("at the limit, no overflow in the interval: not (yet) full") {
    CHECK_FALSE(assess_accept_queue(listener(4, 4), calm, calm, ms)->full());
  }
  SECTION("room left: not full, whatever the counters (another listener may overflow)") {
    CHECK_FALSE(assess_accept_queue(listener(1, 128), calm, rising, ms)->full());
  }
  SECTION("counters that went back (namespace recreated) count as no change") {
    CHECK(assess_accept_queue(listener(0, 8), rising, calm, ms)->overflows() == 0);
  }
  SECTION("no backlog known (from /proc/net) or not a TCP listener: nothing to say") {
    CHECK_FALSE(assess_accept_queue(listener(3, std::nullopt), calm, calm, ms));
    auto udp = listener(3, 8);
    udp.proto = transport::udp;
    CHECK_FALSE(assess_accept_queue(udp, calm, calm, ms));
  }
}
