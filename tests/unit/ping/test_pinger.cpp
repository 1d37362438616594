#include <nettrio/ping/pinger.hpp>
#include <nettrio/report/icmp.hpp>

#include <catch2/catch.hpp>

#include "support/fake_network.hpp"
#include "support/ping_run.hpp"

#include <algorithm>

using namespace nettrio;
using namespace nettrio::test;
using namespace std::chrono_literals;

namespace {

// Fast options: a few ms between probes, short waits.
ping_options quick(std::uint64_t count) {
  ping_options o;
  o.count = count;
  o.interval = 5ms;
  o.timeout = 60ms;
  return o;
}

target named(const char* text) {
  return target{text, addr(text)};
}

std::vector<std::uint16_t> seqs(const ping_summary& s) {
  std::vector<std::uint16_t> out;
  for (const auto& r : s.replies) out.push_back(r.seq);
  std::sort(out.begin(), out.end());
  return out;
}

struct collected {
  std::vector<ping_event> events;
  std::function<void(const ping_event&)> handler() {
    return [this](const ping_event& e) { events.push_back(e); };
  }
};

}  // namespace

TEST_CASE("pinger sends count probes and counts every reply", "[ping]") {
  for (const char* dst : {"192.0.2.1", "2001:db8::1"}) {
    INFO(dst);
    fake_network net({host{.address = addr(dst), .rtt = 2ms, .reply_ttl = 61}});
    collected c;
    const auto before = virtual_start;
    const auto run = run_ping(net, quick(5), {named(dst)}, c.handler());

    REQUIRE(run.targets.size() == 1);
    const auto& s = run.targets[0];
    CHECK(s.dest.name == dst);
    CHECK(s.transmitted == 5);
    CHECK(s.received == 5);
    CHECK(s.loss() == Approx(0.0));
    CHECK(s.alive());
    CHECK(s.duplicates == 0);
    CHECK(s.errors == 0);
    CHECK(seqs(s) == std::vector<std::uint16_t>{1, 2, 3, 4, 5});  // icmp_seq starts at 1
    for (const auto& r : s.replies) {
      CHECK(r.from == addr(dst));
      CHECK(r.ttl == 61);
      CHECK(r.rtt_ms == Approx(2.0));
    }
    REQUIRE(s.rtt);
    CHECK(s.rtt->min_ms == Approx(2.0));
    CHECK(s.rtt->max_ms == Approx(2.0));
    CHECK(s.rtt->mdev_ms == Approx(0.0).margin(1e-9));
    CHECK(c.events.size() == 5);
    CHECK(run.rejected == 0);

    // What went on the wire: 5 echo requests, TTL 64, 56 data bytes, an interval apart.
    const auto& sent = net.sent();
    REQUIRE(sent.size() == 5);
    for (const auto& p : sent) {
      CHECK(p.p.protocol == probe_protocol::icmp_echo);
      CHECK(p.p.ttl == 64);
      CHECK(p.p.payload.size() == 56);
    }
    // Paced on an absolute schedule from its start: probe k leaves k intervals in.
    for (std::size_t k = 0; k < sent.size(); ++k)
      CHECK(sent[k].sent_steady - before == static_cast<int>(k) * 5ms);
    // Done when the last reply is in: no linger past it.
    CHECK(run.elapsed == 4 * 5ms + 2ms);
  }
}

TEST_CASE("pinger loss matches an every-nth drop exactly", "[ping]") {
  fake_network net({host{.address = addr("192.0.2.1"), .rtt = 1ms, .loss = {.every = 3}}});
  const auto run = run_ping(net, quick(9), {named("192.0.2.1")}, [](const ping_event&) {});
  const auto& s = run.targets[0];
  CHECK(s.transmitted == 9);
  CHECK(s.received == 6);
  CHECK(s.loss() == Approx(100.0 / 3));
  CHECK(seqs(s) == std::vector<std::uint16_t>{1, 2, 4, 5, 7, 8});
}

TEST_CASE("pinger counts duplicates apart from replies", "[ping]") {
  fake_network net(
      {host{.address = addr("192.0.2.1"), .rtt = 1ms, .extras = {forgery::duplicate}}});
  collected c;
  const auto run = run_ping(net, quick(4), {named("192.0.2.1")}, c.handler());
  const auto& s = run.targets[0];
  CHECK(s.received == 4);
  CHECK(s.loss() == Approx(0.0));
  // Like iputils, the run ends with the last reply, so its copy may come too late to see.
  CHECK(s.duplicates >= 3);
  CHECK(s.duplicates <= 4);
  CHECK(s.replies.size() == 4);  // a DUP! is not a second reply record
  const auto dup_events = std::count_if(c.events.begin(), c.events.end(),
                                        [](const ping_event& e) { return e.result.duplicate; });
  CHECK(static_cast<std::uint64_t>(dup_events) == s.duplicates);
}

TEST_CASE("pinger counts corrupt replies apart and never as received", "[ping]") {
  fake_network net({host{.address = addr("192.0.2.1"),
                         .rtt = 1ms,
                         .extras = {forgery::corrupt_payload},
                         .genuine = false}});
  const auto run = run_ping(net, quick(3), {named("192.0.2.1")}, [](const ping_event&) {});
  const auto& s = run.targets[0];
  CHECK(s.received == 0);
  CHECK(s.corrupted == 3);
  CHECK(s.loss() == Approx(100.0));
  CHECK_FALSE(s.alive());
}

TEST_CASE("pinger never counts forged or foreign replies", "[ping]") {
  fake_network net({host{.address = addr("192.0.2.1"),
                         .rtt = 1ms,
                         .extras = {forgery::wrong_identifier, forgery::wrong_sequence,
                                    forgery::unprobed_source, forgery::spoofed_source}}});
  const auto run = run_ping(net, quick(3), {named("192.0.2.1")}, [](const ping_event&) {});
  const auto& s = run.targets[0];
  CHECK(s.received == 3);
  CHECK(s.duplicates == 0);
  CHECK(s.corrupted == 0);
  CHECK(run.rejected == 3 * 4);
}

TEST_CASE(
    "a time exceeded quoting our identifier and sequence with other data is no error and "
    "makes no DUP",
    "[ping]") {
  // A local user who sends echoes with our identifier (once: the pid) and TTL 1 gets the
  // first router to quote them; before the genuine reply, that looked like ours.
  for (const char* dst : {"192.0.2.1", "2001:db8::1"}) {
    INFO(dst);
    fake_network net(
        {host{.address = addr(dst),
              .rtt = 2ms,
              .extras = {forgery::time_exceeded_foreign_quote, forgery::foreign_payload}}});
    collected c;
    const auto run = run_ping(net, quick(3), {named(dst)}, c.handler());
    const auto& s = run.targets[0];
    CHECK(s.received == 3);
    CHECK(s.errors == 0);
    CHECK(s.duplicates == 0);
    CHECK(s.corrupted == 0);  // someone else's echo data is rejected, not "corrupted"
    CHECK(run.rejected == 3 * 2);
    for (const auto& e : c.events) CHECK(e.result.status == probe_status::reply);
  }
}

TEST_CASE("pinger reports ICMP errors about its probes as errors, not replies", "[ping]") {
  auto path = chain(2);
  path[1].unreachable = 1;  // 10.0.2.1: Destination Host Unreachable
  fake_network net({host{.address = addr("192.0.2.1"), .path = path}});
  collected c;
  const auto run = run_ping(net, quick(3), {named("192.0.2.1")}, c.handler());
  const auto& s = run.targets[0];
  CHECK(s.transmitted == 3);
  CHECK(s.received == 0);
  CHECK(s.errors == 3);
  CHECK(s.loss() == Approx(100.0));
  CHECK_FALSE(s.alive());
  CHECK_FALSE(s.rtt);
  REQUIRE(c.events.size() == 3);
  for (const auto& e : c.events) {
    CHECK(e.result.status == probe_status::unreachable);
    CHECK(e.result.from == addr("10.0.2.1"));
    CHECK(report::icmp_error_text(ip_family::v4, e.result.icmp_type, e.result.icmp_code) ==
          "Destination Host Unreachable");
  }
}

TEST_CASE("pinger -t: time exceeded on the way is an error from that router", "[ping]") {
  fake_network net({host{.address = addr("192.0.2.1"), .path = chain(3)}});
  auto o = quick(2);
  o.ttl = 2;
  collected c;
  const auto run = run_ping(net, o, {named("192.0.2.1")}, c.handler());
  CHECK(run.targets[0].received == 0);
  CHECK(run.targets[0].errors == 2);
  REQUIRE(c.events.size() == 2);
  for (const auto& e : c.events) {
    CHECK(e.result.status == probe_status::time_exceeded);
    CHECK(e.result.from == addr("10.0.2.1"));
    CHECK(report::icmp_error_text(ip_family::v4, e.result.icmp_type, e.result.icmp_code) ==
          "Time to live exceeded");
  }
  for (const auto& s : net.sent()) CHECK(s.p.ttl == 2);
}

TEST_CASE("pinger handles several targets at once, alive and dead", "[ping]") {
  fake_network net({
      host{.address = addr("198.18.0.1"), .rtt = 1ms},
      host{.address = addr("198.18.0.2"), .mode = host_mode::silent},
      host{.address = addr("198.18.0.3"), .rtt = 3ms, .loss = {.every = 2}},
      host{.address = addr("198.18.0.5"), .mode = host_mode::blocks_echo},
      // 198.18.0.4: nothing there at all
  });
  const std::vector<target> targets = {named("198.18.0.1"), named("198.18.0.2"),
                                       named("198.18.0.3"), named("198.18.0.4"),
                                       named("198.18.0.5")};
  collected c;
  const auto run = run_ping(net, quick(4), targets, c.handler());
  REQUIRE(run.targets.size() == 5);
  for (std::size_t i = 0; i < targets.size(); ++i) {
    INFO(targets[i].name);
    CHECK(run.targets[i].dest.name == targets[i].name);  // order as given
    CHECK(run.targets[i].transmitted == 4);
    CHECK(net.sent_to(targets[i].address).size() == 4);
  }
  CHECK(run.targets[0].received == 4);
  CHECK(run.targets[1].received == 0);
  CHECK(run.targets[2].received == 2);
  CHECK(run.targets[2].loss() == Approx(50.0));
  CHECK(run.targets[3].received == 0);
  CHECK(run.targets[4].received == 0);
  std::vector<bool> alive;
  for (const auto& s : run.targets) alive.push_back(s.alive());
  CHECK(alive == std::vector<bool>{true, false, true, false, false});
  // Each event names the target it is about; only the live ones produced replies.
  std::vector<int> replies(targets.size());
  for (const auto& e : c.events) {
    CHECK(e.result.sent.destination == targets[e.target_index].address);
    if (e.result.status == probe_status::reply) ++replies[e.target_index];
  }
  CHECK(replies == std::vector<int>{4, 0, 2, 0, 0});
}

TEST_CASE("pinger sweep of a /24 at unlimited rate finds exactly the live hosts", "[ping]") {
  std::vector<host> hosts;
  std::vector<target> targets;
  std::vector<std::string> live;
  for (const auto& a : expand_cidr("198.18.7.0/24")) {
    targets.push_back({a.to_string(), a});
    if (a.bytes()[3] % 7 == 3) {  // 36 live hosts scattered over the range
      hosts.push_back(host{.address = a, .rtt = 1ms});
      live.push_back(a.to_string());
    }
  }
  fake_network net(hosts);
  auto o = quick(1);
  o.rate = 0;
  const auto run = run_ping(net, o, targets, [](const ping_event&) {});
  std::vector<std::string> alive;
  for (const auto& s : run.targets) {
    CHECK(s.transmitted == 1);
    if (s.alive()) alive.push_back(s.dest.name);
  }
  CHECK(alive == live);
  CHECK(net.sent().size() == 254);
  CHECK(run.elapsed == 60ms);  // all at once, then one reply timeout for the silent ones
}

TEST_CASE("pinger paces probes by the total rate across targets", "[ping]") {
  std::vector<host> hosts;
  std::vector<target> targets;
  for (int i = 1; i <= 8; ++i) {
    const auto text = "198.18.1." + std::to_string(i);
    hosts.push_back(host{.address = addr(text.c_str()), .rtt = 1ms});
    targets.push_back({text, addr(text.c_str())});
  }
  fake_network net(hosts);
  auto o = quick(1);
  o.rate = 200;  // one probe every 5 ms
  const auto before = virtual_start;
  const auto run = run_ping(net, o, targets, [](const ping_event&) {});
  const auto& sent = net.sent();
  REQUIRE(sent.size() == 8);
  for (std::size_t i = 0; i < sent.size(); ++i)
    CHECK(sent[i].sent_steady - before == static_cast<int>(i) * 5ms);
  for (const auto& s : run.targets) CHECK(s.received == 1);
}

TEST_CASE("pinger --tcp reaches hosts that drop ICMP", "[ping]") {
  fake_network net({host{.address = addr("192.0.2.1"), .mode = host_mode::blocks_echo},
                    host{.address = addr("192.0.2.2"), .mode = host_mode::refuses_tcp}});
  SECTION("ICMP: no answer") {
    const auto run = run_ping(net, quick(2), {named("192.0.2.1")}, [](const ping_event&) {});
    CHECK(run.targets[0].received == 0);
  }
  SECTION("TCP to a listening port: answered, open") {
    auto o = quick(2);
    o.tcp_port = 22;
    const auto run =
        run_ping(net, o, {named("192.0.2.1"), named("192.0.2.2")}, [](const ping_event&) {});
    CHECK(run.targets[0].received == 2);
    CHECK(run.targets[0].tcp_refused == 0);
    // A RST still proves the host is up.
    CHECK(run.targets[1].received == 2);
    CHECK(run.targets[1].tcp_refused == 2);
    for (const auto& s : net.sent()) {
      CHECK(s.p.protocol == probe_protocol::tcp);
      CHECK(s.p.dst_port == 22);
    }
  }
}

TEST_CASE("pinger with a deadline and no count stops at the deadline", "[ping]") {
  fake_network net({host{.address = addr("192.0.2.1"), .rtt = 1ms}});
  auto o = quick(0);
  o.interval = 10ms;
  o.deadline = 55ms;
  const auto run = run_ping(net, o, {named("192.0.2.1")}, [](const ping_event&) {});
  const auto& s = run.targets[0];
  CHECK(s.transmitted == 6);  // at 0, 10, ..., 50 ms
  CHECK(s.received == 6);
  CHECK(run.elapsed == 55ms);  // it stops at the deadline (count 0 is endless)
}

TEST_CASE("pinger sends nothing at the deadline itself, as iputils (-w 10 -i 1: 10 probes)",
          "[ping]") {
  fake_network net;  // silent: nothing answers, so -c never ends it
  auto o = quick(3);
  o.interval = 10ms;
  o.deadline = 50ms;
  const auto run = run_ping(net, o, {named("192.0.2.1")}, [](const ping_event&) {});
  CHECK(run.targets[0].transmitted == 5);  // at 0, 10, ..., 40 ms; none at 50
  CHECK(run.elapsed == 50ms);
}

TEST_CASE("pinger -l preload: the first N at once, then one per interval", "[ping]") {
  fake_network net({host{.address = addr("192.0.2.1"), .rtt = 1ms}});
  auto o = quick(5);
  o.interval = 10ms;
  o.preload = 3;
  const auto run = run_ping(net, o, {named("192.0.2.1")}, [](const ping_event&) {});
  CHECK(run.targets[0].transmitted == 5);
  CHECK(run.targets[0].received == 5);
  const auto& sent = net.sent();
  REQUIRE(sent.size() == 5);
  // Together: only the total rate (1000/s: 1 ms) spaces them, well inside the interval.
  CHECK(sent[1].sent_at - sent[0].sent_at <= 1ms);
  CHECK(sent[2].sent_at - sent[0].sent_at <= 2ms);
  CHECK(sent[3].sent_at - sent[0].sent_at == 10ms);
  CHECK(sent[4].sent_at - sent[0].sent_at == 20ms);
}

TEST_CASE("pinger stop_at_first_answer: retries only for silence (fping without -c)", "[ping]") {
  fake_network net({host{.address = addr("192.0.2.1"), .rtt = 1ms}});
  auto o = quick(3);
  o.stop_at_first_answer = true;
  const auto run =
      run_ping(net, o, {named("192.0.2.1"), named("192.0.2.9")}, [](const ping_event&) {});
  CHECK(run.targets[0].transmitted == 1);
  CHECK(run.targets[0].received == 1);
  CHECK(run.targets[1].transmitted == 3);  // silent: every try
}

TEST_CASE("pinger stops when asked from the event callback", "[ping]") {
  fake_network net({host{.address = addr("192.0.2.1"), .rtt = 1ms}});
  int events = 0;
  const auto run =
      run_ping(net, quick(0), {named("192.0.2.1")}, [&](ping_session& s, const ping_event&) {
        if (++events == 3) s.stop();
      });
  CHECK(run.targets[0].received == 3);
  CHECK(run.targets[0].transmitted == 3);  // nothing more went out
  CHECK(run.elapsed == 2 * 5ms + 1ms);     // stopped at the third reply (count 0 is endless)
}

TEST_CASE("pinger reports probes the local stack refuses and still finishes", "[ping]") {
  fake_network net({host{.address = addr("192.0.2.1"),
                         .send_error = std::make_error_code(std::errc::network_unreachable)}});
  collected c;
  const auto run = run_ping(net, quick(3), {named("192.0.2.1")}, c.handler());
  CHECK(run.targets[0].transmitted == 3);
  CHECK(run.targets[0].received == 0);
  REQUIRE(c.events.size() == 3);
  for (const auto& e : c.events) {
    CHECK(e.result.status == probe_status::send_failed);
    CHECK(e.result.error == std::errc::network_unreachable);
  }
  CHECK(run.elapsed == 2 * 5ms);  // no reply wait for a probe never sent
}

// -A, adaptive pacing (iputils' pinger/update_interval), on the session's virtual clock.
namespace {

ping_options adaptive(std::uint64_t count, std::chrono::milliseconds floor = 0ms) {
  ping_options o;
  o.count = count;
  o.adaptive = true;
  o.adaptive_floor = floor;
  o.rate = 0;  // root: no total rate either
  o.timeout = 1s;
  return o;
}

std::vector<std::chrono::microseconds> send_offsets(const fake_network& net) {
  std::vector<std::chrono::microseconds> out;
  for (const auto& s : net.sent())
    out.push_back(
        std::chrono::duration_cast<std::chrono::microseconds>(s.sent_steady - virtual_start));
  return out;
}

}  // namespace

TEST_CASE("pinger -A: the interval becomes the smoothed round trip in whole ms", "[ping]") {
  fake_network net({host{.address = addr("192.0.2.1"), .rtt = 30ms}});
  collected c;
  const auto run = run_ping(net, adaptive(5), {named("192.0.2.1")}, c.handler());
  CHECK(run.targets[0].transmitted == 5);
  CHECK(run.targets[0].received == 5);
  // The first leaves at once; its reply (30 ms) sets the interval to 30 ms, and each
  // probe leaves as the one before is answered: one in flight at a time.
  using us = std::chrono::microseconds;
  CHECK(send_offsets(net) == std::vector<us>{0ms, 30ms, 60ms, 90ms, 120ms});
  // Each reply finds its own probe the newest sent (iputils' pipe: 1).
  for (const auto& e : c.events) CHECK(e.transmitted == e.result.sent.sequence);
  CHECK(run.elapsed == 150ms);  // the last reply ends it
}

TEST_CASE("pinger -A: at an interval of 0 the next probe leaves with the reply", "[ping]") {
  fake_network net({host{.address = addr("192.0.2.1"), .rtt = 100us}});
  const auto run = run_ping(net, adaptive(4), {named("192.0.2.1")}, [](const ping_event&) {});
  CHECK(run.targets[0].received == 4);
  using us = std::chrono::microseconds;
  CHECK(send_offsets(net) == std::vector<us>{0us, 100us, 200us, 300us});
}

TEST_CASE("pinger -A: a user's floor keeps 2 ms between probes", "[ping]") {
  fake_network net({host{.address = addr("192.0.2.1"), .rtt = 100us}});
  const auto run =
      run_ping(net, adaptive(4, min_user_interval), {named("192.0.2.1")}, [](const ping_event&) {});
  CHECK(run.targets[0].received == 4);
  using us = std::chrono::microseconds;
  CHECK(send_offsets(net) == std::vector<us>{0ms, 2ms, 4ms, 6ms});
}

TEST_CASE("pinger -A: a lost probe holds the next for 10 ms at an interval of 0", "[ping]") {
  // Every third arrival gets no answer: probe 3 is lost, so probe 4 waits the 10 ms
  // iputils gives an unanswered probe (MININTERVAL), then the pace resumes.
  fake_network net({host{.address = addr("192.0.2.1"), .rtt = 100us, .loss = {.every = 3}}});
  auto o = adaptive(5);
  o.timeout = 50ms;
  const auto run = run_ping(net, o, {named("192.0.2.1")}, [](const ping_event&) {});
  CHECK(run.targets[0].transmitted == 5);
  CHECK(run.targets[0].received == 4);
  using us = std::chrono::microseconds;
  CHECK(send_offsets(net) == std::vector<us>{0us, 100us, 200us, 10200us, 10300us});
}

TEST_CASE("pinger -A with -l: up to preload probes unanswered at once", "[ping]") {
  fake_network net({host{.address = addr("192.0.2.1"), .rtt = 5ms}});
  auto o = adaptive(6);
  o.preload = 3;
  collected c;
  const auto run = run_ping(net, o, {named("192.0.2.1")}, c.handler());
  CHECK(run.targets[0].received == 6);
  using us = std::chrono::microseconds;
  // Three at once (the bucket starts with preload - 1 intervals), then one per adapted
  // interval (5 ms) as the replies come: three stay in flight.
  CHECK(send_offsets(net) == std::vector<us>{0ms, 0ms, 0ms, 5ms, 10ms, 15ms});
  std::uint64_t most = 0;  // iputils' pipe: ntransmitted - icmp_seq + 1 at each reply
  for (const auto& e : c.events)
    most = std::max<std::uint64_t>(most, e.transmitted + 1 - e.result.sent.sequence);
  CHECK(most == 3);
}

TEST_CASE("pinger -A: without replies the interval stays as given", "[ping]") {
  fake_network net({host{.address = addr("192.0.2.1"), .mode = host_mode::silent}});
  auto o = adaptive(3);
  o.interval = 200ms;
  o.timeout = 100ms;
  const auto run = run_ping(net, o, {named("192.0.2.1")}, [](const ping_event&) {});
  CHECK(run.targets[0].transmitted == 3);
  CHECK(run.targets[0].received == 0);
  using us = std::chrono::microseconds;
  CHECK(send_offsets(net) == std::vector<us>{0ms, 200ms, 400ms});
}
