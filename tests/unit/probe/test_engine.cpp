#include <nettrio/probe/engine.hpp>

#include <catch2/catch.hpp>

#include <nettrio/packet/bytes.hpp>
#include <nettrio/packet/icmp.hpp>

#include "support/constants.hpp"
#include "support/fake_network.hpp"

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <thread>

using namespace nettrio;
using namespace nettrio::test;
using namespace std::chrono_literals;

namespace {

// One engine over a fake network, with a manual loop the test runs in slices of virtual time.
struct harness {
  explicit harness(std::vector<host> hosts) : net(std::move(hosts)) {
    eng.start([this](const probe_result& r) { results.push_back(r); });
  }

  void run_for(std::chrono::milliseconds d) {
    auto t = loop.schedule(d, [this] { loop.stop(); });
    loop.run();
  }

  std::uint64_t echo(const ip_address& to, std::uint16_t seq,
                     std::chrono::milliseconds timeout = 200ms) {
    probe p;
    p.destination = to;
    p.sequence = seq;
    return eng.send(std::move(p), 56, timeout);
  }

  std::uint64_t echo_ttl(const ip_address& to, std::uint8_t ttl, std::uint16_t seq,
                         std::chrono::milliseconds timeout = 200ms) {
    probe p;
    p.destination = to;
    p.ttl = ttl;
    p.sequence = seq;
    return eng.send(std::move(p), 56, timeout);
  }

  std::uint64_t udp(const ip_address& to, std::uint8_t ttl, std::uint16_t seq,
                    std::chrono::milliseconds timeout = 200ms) {
    probe p;
    p.protocol = probe_protocol::udp;
    p.destination = to;
    p.ttl = ttl;
    p.sequence = seq;
    p.dst_port = static_cast<std::uint16_t>(33434 + seq);
    return eng.send(std::move(p), 32, timeout);
  }

  fake_network net;
  event_loop loop{event_loop::manual_time};  // virtual time: run_for() slices are exact
  engine eng{net, loop, engine_options{.payload_cookie = 0x6e657474726f}};
  std::vector<probe_result> results;
};

host answering(ip_address a, std::vector<router> path = {}) {
  return host{.address = a, .path = std::move(path), .rtt = 2ms};
}

}  // namespace

TEST_CASE("an echo reply with our identifier and sequence from the pinged address counts",
          "[engine]") {
  for (const auto& dst : {dst4, dst6}) {
    INFO(dst.to_string());
    harness h({answering(dst)});
    const auto token = h.echo(dst, 1);
    CHECK(h.eng.in_flight() == 1);
    h.run_for(40ms);
    REQUIRE(h.results.size() == 1);
    const auto& r = h.results[0];
    CHECK(r.sent.token == token);
    CHECK(r.status == probe_status::reply);
    CHECK(r.from == dst);
    REQUIRE(r.rtt);
    CHECK(*r.rtt == 2ms);  // received - sent, from the reply's own timestamp
    CHECK(r.reply_ttl == 57);
    CHECK_FALSE(r.duplicate);
    CHECK_FALSE(r.corrupt);
    CHECK(h.eng.in_flight() == 0);
    CHECK(h.eng.rejected() == 0);
    // The engine filled the payload the reply had to carry back, and kept only its size
    // (it makes the bytes again from the cookie to check an answer).
    CHECK(r.sent.payload.empty());
    CHECK(r.sent.payload_size == 56);
    REQUIRE(h.net.sent().size() == 1);
    CHECK(h.net.sent()[0].p.payload.size() == 56);
    CHECK(h.net.sent()[0].p.sequence == 1);
  }
}

TEST_CASE("replies that are not about our probe are rejected, never counted", "[engine]") {
  struct forged {
    const char* what;
    forgery kind;
    bool udp;
  };
  const std::vector<forged> cases = {
      {"echo with another process's identifier", forgery::wrong_identifier, false},
      {"echo with a sequence never sent", forgery::wrong_sequence, false},
      {"echo reply from an address never pinged", forgery::unprobed_source, false},
      {"echo reply naming our probe from another address", forgery::spoofed_source, false},
      {"time exceeded quoting another destination", forgery::wrong_quoted_destination, true},
      {"time exceeded quoting another UDP source port", forgery::wrong_source_port, true},
      {"time exceeded quoting another UDP destination port", forgery::wrong_destination_port, true},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    SECTION(std::string("only the forgery comes back: ") + c.what) {
      auto hs = answering(dst4, chain(1));
      hs.extras = {c.kind};
      hs.genuine = false;
      harness h({hs});
      if (c.udp)
        h.udp(dst4, 1, 7, 30ms);
      else
        h.echo(dst4, 7, 30ms);
      h.run_for(80ms);
      CHECK(h.net.delivered() == 1);
      CHECK(h.eng.rejected() == 1);
      REQUIRE(h.results.size() == 1);
      CHECK(h.results[0].status == probe_status::timeout);
      CHECK_FALSE(h.results[0].from);
    }
    SECTION(std::string("the forgery first, then the genuine answer: ") + c.what) {
      auto hs = answering(dst4, chain(1));
      hs.extras = {c.kind};
      harness h({hs});
      if (c.udp)
        h.udp(dst4, 1, 7);
      else
        h.echo(dst4, 7);
      h.run_for(40ms);
      CHECK(h.net.delivered() == 2);
      CHECK(h.eng.rejected() == 1);
      REQUIRE(h.results.size() == 1);
      CHECK(h.results[0].status == (c.udp ? probe_status::time_exceeded : probe_status::reply));
      CHECK(h.results[0].from == (c.udp ? addr("10.0.1.1") : dst4));
    }
  }
}

TEST_CASE("a second answer to an answered probe is a duplicate", "[engine]") {
  auto hs = answering(dst4);
  hs.extras = {forgery::duplicate};
  harness h({hs});
  h.echo(dst4, 1);
  h.echo(dst4, 2);
  h.run_for(40ms);
  REQUIRE(h.results.size() == 4);
  const auto dups = std::count_if(h.results.begin(), h.results.end(),
                                  [](const probe_result& r) { return r.duplicate; });
  CHECK(dups == 2);
  for (const auto& r : h.results) {
    CHECK(r.status == probe_status::reply);
    CHECK_FALSE(r.corrupt);
  }
  // The first answer to each sequence is the genuine one, the copy comes after it.
  CHECK_FALSE(h.results[0].duplicate);
  CHECK(h.eng.in_flight() == 0);
  CHECK(h.eng.rejected() == 0);
}

TEST_CASE("a corrupt echo reply is reported as corrupt and leaves the probe open", "[engine]") {
  for (const auto kind : {forgery::corrupt_payload, forgery::bad_checksum}) {
    INFO((kind == forgery::corrupt_payload ? "altered payload" : "bad checksum"));
    SECTION("then a good reply still counts") {
      auto hs = answering(dst4);
      hs.extras = {kind};
      harness h({hs});
      h.echo(dst4, 1);
      h.run_for(40ms);
      REQUIRE(h.results.size() == 2);
      CHECK(h.results[0].corrupt);
      CHECK(h.results[0].status == probe_status::reply);
      CHECK_FALSE(h.results[1].corrupt);
      CHECK_FALSE(h.results[1].duplicate);
      CHECK(h.results[1].status == probe_status::reply);
      CHECK(h.eng.in_flight() == 0);
    }
    SECTION("without a good reply the probe times out") {
      auto hs = answering(dst4);
      hs.extras = {kind};
      hs.genuine = false;
      harness h({hs});
      h.echo(dst4, 1, 30ms);
      h.run_for(80ms);
      REQUIRE(h.results.size() == 2);
      CHECK(h.results[0].corrupt);
      CHECK(h.results[1].status == probe_status::timeout);
      CHECK_FALSE(h.results[1].corrupt);
    }
  }
}

TEST_CASE("an echo reply with a good checksum over data that is not ours is rejected, not corrupt",
          "[engine]") {
  // Another process's echo that shares our identifier and sequence, or a forgery: its data
  // does not start with our cookie. It is no answer of ours at all, so never "corrupted".
  SECTION("alone: rejected, and the probe times out") {
    auto hs = answering(dst4);
    hs.extras = {forgery::foreign_payload};
    hs.genuine = false;
    harness h({hs});
    h.echo(dst4, 1, 30ms);
    h.run_for(80ms);
    CHECK(h.eng.rejected() == 1);
    REQUIRE(h.results.size() == 1);
    CHECK(h.results[0].status == probe_status::timeout);
    CHECK_FALSE(h.results[0].corrupt);
  }
  SECTION("before the genuine reply: one clean reply") {
    auto hs = answering(dst4);
    hs.extras = {forgery::foreign_payload};
    harness h({hs});
    h.echo(dst4, 1);
    h.run_for(40ms);
    CHECK(h.eng.rejected() == 1);
    REQUIRE(h.results.size() == 1);
    CHECK(h.results[0].status == probe_status::reply);
    CHECK_FALSE(h.results[0].corrupt);
    CHECK_FALSE(h.results[0].duplicate);
  }
}

TEST_CASE("an ICMP error about an echo probe counts only if its quote is true to the probe",
          "[engine]") {
  struct forged {
    const char* what;
    forgery kind;
  };
  const std::vector<forged> cases = {
      {"quoted data without our cookie", forgery::wrong_quoted_cookie},
      {"another quoted IPv4 identification", forgery::wrong_quoted_ip_id},
      {"a quoted TTL above the one sent", forgery::quoted_ttl_above_sent},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    SECTION(std::string("only the forgery: the probe times out: ") + c.what) {
      auto hs = answering(dst4, chain(1));
      hs.extras = {c.kind};
      hs.genuine = false;
      harness h({hs});
      h.echo_ttl(dst4, 1, 7, 30ms);
      h.run_for(80ms);
      CHECK(h.net.delivered() == 1);
      CHECK(h.eng.rejected() == 1);
      REQUIRE(h.results.size() == 1);
      CHECK(h.results[0].status == probe_status::timeout);
    }
    SECTION(std::string("the forgery, then the genuine error: counted once, no DUP: ") + c.what) {
      auto hs = answering(dst4, chain(1));
      hs.extras = {c.kind};
      harness h({hs});
      h.echo_ttl(dst4, 1, 7);
      h.run_for(40ms);
      CHECK(h.eng.rejected() == 1);
      REQUIRE(h.results.size() == 1);
      CHECK(h.results[0].status == probe_status::time_exceeded);
      CHECK(h.results[0].from == addr("10.0.1.1"));
      CHECK_FALSE(h.results[0].duplicate);
    }
  }
  SECTION(
      "the time exceeded a forger makes with our identifier and sequence does not end a "
      "ping's probe, so the genuine reply is no DUP") {
    // The forger's own echo (our identifier, our sequence, its data) expired at a router,
    // which quoted it; then our real reply arrives.
    auto hs = answering(dst4, chain(1));
    harness h({hs});
    h.echo(dst4, 3);
    auto forged = h.net.time_exceeded_for(h.net.sent().back(), addr("10.0.1.1"), 500us);
    for (auto& b : forged.quoted_payload) b = ~b;
    forged.quoted_ip_id.reset();  // the forger sent it from a ping socket: no IPv4 id to check
    h.net.inject(forged, 500us);
    h.run_for(40ms);
    CHECK(h.eng.rejected() == 1);
    REQUIRE(h.results.size() == 1);
    CHECK(h.results[0].status == probe_status::reply);
    CHECK_FALSE(h.results[0].duplicate);
  }
  SECTION("a quoted TTL above the one sent is rejected for UDP probes too") {
    auto hs = answering(dst4, chain(1));
    hs.extras = {forgery::quoted_ttl_above_sent};
    hs.genuine = false;
    harness h({hs});
    h.udp(dst4, 1, 7, 30ms);
    h.run_for(80ms);
    CHECK(h.eng.rejected() == 1);
    REQUIRE(h.results.size() == 1);
    CHECK(h.results[0].status == probe_status::timeout);
  }
  SECTION("a quote is checked as far as it goes: short and empty quotes of ours count") {
    for (const std::size_t keep : {std::size_t{0}, std::size_t{4}, std::size_t{12}}) {
      INFO(keep);
      harness h({answering(dst4, chain(1))});
      h.echo_ttl(dst4, 1, 9, 30ms);
      auto genuine = h.net.time_exceeded_for(h.net.sent().back(), addr("10.0.1.1"), 500us);
      genuine.quoted_payload.resize(keep);
      genuine.quoted_ip_id.reset();
      // Both the scripted answer and this shorter copy come back; one counts, one is a DUP.
      h.net.inject(genuine, 200us);
      h.run_for(40ms);
      CHECK(h.eng.rejected() == 0);
      REQUIRE(h.results.size() == 2);
      CHECK(h.results[0].status == probe_status::time_exceeded);
      CHECK_FALSE(h.results[0].duplicate);
    }
  }
}

TEST_CASE("echo probes carry a per-probe IPv4 identification, never 0", "[engine]") {
  harness h({answering(dst4)});
  for (std::uint16_t seq = 1; seq <= 64; ++seq) h.echo(dst4, seq, 1ms);
  std::set<std::uint16_t> ids;
  for (const auto& s : h.net.sent()) {
    CHECK(s.p.ip_id != 0);
    ids.insert(s.p.ip_id);
  }
  CHECK(ids.size() >= 60);  // random per probe: a few collisions at most
}

TEST_CASE("constant_checksum keeps an echo probe's ICMP checksum the same for every sequence",
          "[engine]") {
  for (const std::size_t size :
       {std::size_t{0}, std::size_t{2}, std::size_t{7}, std::size_t{32}, std::size_t{56}}) {
    INFO(size);
    harness h({answering(dst4)});
    std::set<std::uint16_t> sums, sums_classic;
    for (const int n : {0, 1, 2, 255, 256, 4660, 65534, 65535}) {
      const auto seq = static_cast<std::uint16_t>(n);
      probe p;
      p.destination = dst4;
      p.sequence = seq;
      p.constant_checksum = true;
      h.eng.send(p, size, 1ms);
      const auto& sent = h.net.sent().back().p;
      CHECK(sent.payload.size() == std::max<std::size_t>(size, 2));  // room for the word
      const auto msg = packet::make_echo_request(ip_family::v4, 0x1234, seq, sent.payload);
      sums.insert(packet::load_be16(msg, 2));
      p.constant_checksum = false;
      h.eng.send(p, size, 1ms);
      const auto classic =
          packet::make_echo_request(ip_family::v4, 0x1234, seq, h.net.sent().back().p.payload);
      sums_classic.insert(packet::load_be16(classic, 2));
    }
    CHECK(sums.size() == 1);
    CHECK(sums_classic.size() > 1);  // what an ECMP router hashing the checksum spreads
  }
  SECTION("the replies still verify") {
    harness h({answering(dst4)});
    for (std::uint16_t seq = 1; seq <= 3; ++seq) {
      probe p;
      p.destination = dst4;
      p.sequence = seq;
      p.constant_checksum = true;
      h.eng.send(p, 32, 200ms);
    }
    h.run_for(40ms);
    REQUIRE(h.results.size() == 3);
    for (const auto& r : h.results) {
      CHECK(r.status == probe_status::reply);
      CHECK_FALSE(r.corrupt);
    }
  }
}

TEST_CASE("silent probes time out after their wait, not before", "[engine]") {
  harness h({host{.address = dst4, .mode = host_mode::silent}});
  const auto token = h.echo(dst4, 1, 40ms);
  h.run_for(15ms);
  CHECK(h.results.empty());
  CHECK(h.eng.in_flight() == 1);
  h.run_for(80ms);
  REQUIRE(h.results.size() == 1);
  CHECK(h.results[0].status == probe_status::timeout);
  CHECK_FALSE(h.results[0].from);
  CHECK_FALSE(h.results[0].rtt);
  CHECK(h.eng.in_flight() == 0);
  // The network is told to let go of the probe.
  CHECK(h.net.cancelled() == std::vector<std::uint64_t>{token});
}

TEST_CASE("an answer arriving after the timeout is not counted", "[engine]") {
  harness h({host{.address = dst4, .rtt = 40ms}});
  h.echo(dst4, 1, 10ms);
  h.run_for(80ms);
  REQUIRE(h.results.size() == 1);
  CHECK(h.results[0].status == probe_status::timeout);
  CHECK(h.net.delivered() == 1);
  CHECK(h.eng.rejected() == 1);
}

TEST_CASE("extend() changes the wait of a probe in flight", "[engine]") {
  harness h({host{.address = dst4, .mode = host_mode::silent}});
  SECTION("shorter: a 5 s wait cut to 20 ms ends early") {
    const auto token = h.echo(dst4, 1, 5000ms);
    CHECK(h.eng.extend(token, 20ms));
    h.run_for(100ms);
    REQUIRE(h.results.size() == 1);
    CHECK(h.results[0].status == probe_status::timeout);
  }
  SECTION("longer: a 20 ms wait raised to 300 ms keeps the probe open") {
    const auto token = h.echo(dst4, 1, 20ms);
    CHECK(h.eng.extend(token, 300ms));
    h.run_for(80ms);
    CHECK(h.results.empty());
    CHECK(h.eng.in_flight() == 1);
  }
  SECTION("a probe already gone cannot be extended") {
    CHECK_FALSE(h.eng.extend(12345, 20ms));
    const auto token = h.echo(dst4, 1, 10ms);
    h.run_for(40ms);
    CHECK_FALSE(h.eng.extend(token, 20ms));
  }
}

TEST_CASE("UDP probes: routers answer time exceeded, the destination port unreachable",
          "[engine]") {
  auto path = chain(2);
  harness h({answering(dst4, path)});
  h.udp(dst4, 1, 100);
  h.udp(dst4, 2, 101);
  h.udp(dst4, 3, 102);
  h.run_for(40ms);
  REQUIRE(h.results.size() == 3);
  std::sort(h.results.begin(), h.results.end(),
            [](const auto& a, const auto& b) { return a.sent.ttl < b.sent.ttl; });
  CHECK(h.results[0].status == probe_status::time_exceeded);
  CHECK(h.results[0].from == addr("10.0.1.1"));
  CHECK(h.results[1].status == probe_status::time_exceeded);
  CHECK(h.results[1].from == addr("10.0.2.1"));
  CHECK(h.results[2].status == probe_status::reply);  // port unreachable from the target
  CHECK(h.results[2].from == dst4);
  CHECK(h.eng.rejected() == 0);
  // The sequence rides in the first two payload bytes, as the engine documents.
  for (const auto& s : h.net.sent()) {
    REQUIRE(s.p.payload.size() == 32);
    CHECK(((std::to_integer<int>(s.p.payload[0]) << 8) | std::to_integer<int>(s.p.payload[1])) ==
          s.p.sequence);
  }
}

TEST_CASE("an unreachable from a router is reported with its code", "[engine]") {
  auto path = chain(2);
  path[1].unreachable = 1;  // host unreachable (!H)
  harness h({answering(dst4, path)});
  h.udp(dst4, 5, 1);
  h.echo(dst4, 2);
  h.run_for(40ms);
  REQUIRE(h.results.size() == 2);
  for (const auto& r : h.results) {
    CHECK(r.status == probe_status::unreachable);
    CHECK(r.from == addr("10.0.2.1"));
    CHECK(r.icmp_type == 3);
    CHECK(r.icmp_code == 1);
  }
}

TEST_CASE("TCP answers are tied to their probe by the socket", "[engine]") {
  for (const auto mode : {host_mode::answers, host_mode::refuses_tcp}) {
    harness h({host{.address = dst4, .mode = mode, .rtt = 2ms}});
    probe p;
    p.protocol = probe_protocol::tcp;
    p.destination = dst4;
    p.dst_port = 443;
    h.eng.send(std::move(p), 0, 100ms);
    h.run_for(30ms);
    REQUIRE(h.results.size() == 1);
    CHECK(h.results[0].status == probe_status::reply);
    CHECK(h.results[0].tcp_open == (mode == host_mode::answers));
  }
}

TEST_CASE("a probe the local stack refuses is reported as send_failed", "[engine]") {
  harness h(
      {host{.address = dst4, .send_error = std::make_error_code(std::errc::network_unreachable)}});
  h.echo(dst4, 1);
  h.run_for(20ms);
  REQUIRE(h.results.size() == 1);
  CHECK(h.results[0].status == probe_status::send_failed);
  CHECK(h.results[0].error == std::errc::network_unreachable);
  CHECK(h.eng.in_flight() == 0);
}

TEST_CASE("matching holds under random hostile reply sequences", "[engine]") {
  // A property test over seeded random sequences: echo probes whose sequences wrap past
  // 65535, each answered by a random mix of the genuine reply, its duplicates, replies with
  // another identifier, a sequence never sent, another source, foreign data, and errors
  // quoting another destination, in random order. Whatever the mix:
  //  - every probe ends exactly once (an answer or a timeout), duplicates and corrupt
  //    reports aside;
  //  - an answer only ever names a probe that was sent, from the address it went to;
  //  - a probe whose genuine reply was withheld is never answered;
  //  - every forged or foreign reply is rejected or reported, never counted.
  for (std::uint32_t seed = 1; seed <= 12; ++seed) {
    INFO("seed " << seed);
    std::mt19937 rng(seed);
    auto hs = answering(dst4);
    hs.genuine = false;  // the test sends every answer itself
    harness h({hs});
    const int n = 24;
    std::map<std::uint64_t, std::uint16_t> sequence_of;  // token -> sequence
    const auto first = static_cast<std::uint16_t>(65530 + seed % 4);
    for (int i = 0; i < n; ++i) {
      const auto seq = static_cast<std::uint16_t>(first + i);  // wraps past 65535
      sequence_of[h.echo(dst4, seq, 60ms)] = seq;
    }
    const auto& sent = h.net.sent();
    REQUIRE(sent.size() == static_cast<std::size_t>(n));
    std::set<std::uint16_t> withheld;
    std::uniform_int_distribution<int> coin(0, 5), delay_us(100, 20000);
    for (const auto& s : sent) {
      const auto genuine = h.net.echo_reply_for(s, 1ms);
      auto later = [&](reply r) {
        h.net.inject(std::move(r), std::chrono::microseconds(delay_us(rng)));
      };
      if (coin(rng) == 0)
        withheld.insert(s.p.sequence);
      else
        for (int k = 0, dups = coin(rng) % 3 + 1; k < dups; ++k) later(genuine);
      for (int k = 0, junk = coin(rng); k < junk; ++k) {
        auto f = genuine;
        switch (coin(rng)) {
          case 0:
            f.icmp_id = static_cast<std::uint16_t>(f.icmp_id ^ 0x8000);  // another process
            break;
          case 1:
            f.sequence = static_cast<std::uint16_t>(first + n + 100);  // never sent
            break;
          case 2:
            f.from = addr("198.51.100.99");  // not the pinged address
            break;
          case 3:
            if (!f.payload.empty()) f.payload[0] ^= std::byte{0xff};  // foreign data
            break;
          default:
            f = h.net.error_for(s, addr("198.51.100.1"), 11, 0, 1ms);
            f.probe_destination = addr("198.51.100.98");  // quotes another destination
            break;
        }
        later(std::move(f));
      }
    }
    h.run_for(150ms);

    std::map<std::uint64_t, int> endings;  // non-duplicate, non-corrupt results per token
    for (const auto& r : h.results) {
      REQUIRE(sequence_of.contains(r.sent.token));
      CHECK(r.sent.sequence == sequence_of[r.sent.token]);
      if (r.duplicate || r.corrupt) continue;
      ++endings[r.sent.token];
      if (r.status == probe_status::reply) {
        CHECK(r.from == dst4);
        CHECK_FALSE(withheld.contains(r.sent.sequence));
      } else {
        CHECK(r.status == probe_status::timeout);
        CHECK(withheld.contains(r.sent.sequence));
      }
    }
    CHECK(endings.size() == static_cast<std::size_t>(n));
    for (const auto& [token, count] : endings) CHECK(count == 1);
    CHECK(h.eng.in_flight() == 0);
  }
}

TEST_CASE("a TCP probe's ICMP error counts once its socket confirms it", "[engine]") {
  // The host is silent: only what the test injects answers the probe.
  harness h({host{.address = dst4, .path = chain(2), .mode = host_mode::silent}});
  probe p;
  p.protocol = probe_protocol::tcp;
  p.destination = dst4;
  p.dst_port = 443;
  p.ttl = 5;
  h.eng.send(std::move(p), 0, 60ms);
  REQUIRE(h.net.sent().size() == 1);
  const auto& sent = h.net.sent()[0];
  const auto router = addr("198.51.100.1");
  // What a raw ICMP socket read: the quote (TTL, MPLS), but anyone can quote our ports.
  auto copy = h.net.unreachable_for(sent, router, 1, 1ms);
  copy.socket_confirmed = false;
  copy.quoted_ttl = 2;
  copy.mpls = {packet::mpls_label{.label = 16, .bottom_of_stack = true, .ttl = 1}};
  // What the socket's error queue said: the kernel checked the quoted SYN sequence.
  auto confirmed = h.net.unreachable_for(sent, router, 1, 2ms);
  confirmed.quoted_ttl = 0;  // the error queue gives no quote

  SECTION("a held copy stands for the confirmed error, with its quote") {
    h.net.inject(copy, 1000us);
    h.net.inject(confirmed, 3000us);
    h.run_for(20ms);
    REQUIRE(h.results.size() == 1);
    const auto& r = h.results[0];
    CHECK(r.status == probe_status::unreachable);
    CHECK(r.from == router);
    CHECK(r.icmp_code == 1);
    CHECK(r.quoted_ttl == 2);
    CHECK(r.mpls.size() == 1);
    REQUIRE(r.rtt);
    CHECK(*r.rtt == 1ms);  // the raw copy's kernel time
    CHECK(h.eng.rejected() == 0);
  }
  SECTION("an unconfirmed copy alone is no answer: the probe times out") {
    h.net.inject(copy, 1000us);
    h.run_for(90ms);
    REQUIRE(h.results.size() == 1);
    CHECK(h.results[0].status == probe_status::timeout);
  }
  SECTION("a confirmed error that no copy matches is taken as the socket says it") {
    auto other = copy;
    other.from = addr("198.51.100.2");
    h.net.inject(other, 1000us);
    h.net.inject(confirmed, 3000us);
    h.run_for(20ms);
    REQUIRE(h.results.size() == 1);
    const auto& r = h.results[0];
    CHECK(r.status == probe_status::unreachable);
    CHECK(r.from == router);
    CHECK_FALSE(r.quoted_ttl);
    CHECK(r.mpls.empty());
  }
  SECTION("a confirmed copy quoting a TTL above the one sent is not ours") {
    copy.quoted_ttl = 6;
    h.net.inject(copy, 1000us);
    h.net.inject(confirmed, 3000us);
    h.run_for(90ms);
    REQUIRE(h.results.size() == 1);
    CHECK(h.results[0].status == probe_status::timeout);
    CHECK(h.eng.rejected() == 1);
  }
}

TEST_CASE("a sweep: thousands in flight, answered and silent, retired out of order",
          "[engine][sweep]") {
  // The in-flight tables (a ring by token, an open-addressed flow table) see probes leave
  // in any order: answers come after different RTTs, two batches time out at different
  // times, and every key is used again once its duplicate window is over.
  std::vector<host> hosts;
  std::vector<ip_address> targets;
  for (std::uint32_t i = 0; i < 3000; ++i) {
    const auto a = ip_address::v4(0xc6120000U + i);  // 198.18.0.0 + i
    targets.push_back(a);
    // Every third one is nowhere: its probe vanishes. The even ones (300 ms to answer) are
    // still being looked up while the odd silent ones leave at 50 ms.
    const auto rtt = std::chrono::milliseconds(1 + (i * 7) % (i % 2 == 0 ? 280 : 40));
    if (i % 3 != 2) hosts.push_back(host{.address = a, .rtt = rtt});
  }
  harness h(std::move(hosts));
  auto sweep = [&](std::uint16_t seq) {
    std::vector<probe> first, second;
    for (std::size_t i = 0; i < targets.size(); ++i) {
      probe p;
      p.destination = targets[i];
      p.sequence = seq;
      (i % 2 == 0 ? first : second).push_back(p);
    }
    h.eng.send_batch(first, 56, 300ms);
    h.eng.send_batch(second, 56, 50ms);  // these time out long before the first batch
  };
  for (const std::uint16_t seq : {std::uint16_t{1}, std::uint16_t{1}, std::uint16_t{2}}) {
    INFO("sequence " << seq);
    h.results.clear();
    sweep(seq);
    CHECK(h.eng.in_flight() == targets.size());
    h.run_for(400ms);
    CHECK(h.eng.in_flight() == 0);
    REQUIRE(h.results.size() == targets.size());
    std::set<std::uint64_t> tokens;
    std::size_t replies = 0;
    for (const auto& r : h.results) {
      tokens.insert(r.sent.token);
      CHECK_FALSE(r.duplicate);
      const auto i = r.sent.destination.to_v4_uint() - 0xc6120000U;
      if (i % 3 == 2) {
        CHECK(r.status == probe_status::timeout);
      } else {
        CHECK(r.status == probe_status::reply);
        CHECK(r.from == r.sent.destination);
        ++replies;
      }
    }
    CHECK(tokens.size() == targets.size());
    CHECK(replies == 2000);
    CHECK(h.eng.rejected() == 0);
    h.run_for(11s);  // every duplicate window over: the same keys are free again
  }
}
