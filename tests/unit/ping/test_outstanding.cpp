#include <nettrio/ping/outstanding.hpp>
#include <nettrio/ping/pinger.hpp>

#include <catch2/catch.hpp>

#include "support/fake_network.hpp"
#include "support/ping_run.hpp"

#include <vector>

using namespace nettrio;
using namespace nettrio::test;
using namespace std::chrono_literals;

namespace {

// A session of one target with a watch beside it, on a virtual clock: the sequences the
// watch said had no answer yet, each with the time it said so.
struct said {
  std::uint64_t seq;
  std::chrono::milliseconds at;
  bool operator==(const said&) const = default;
};

std::vector<said> watch_run(fake_network& net, const ping_options& o) {
  event_loop loop(event_loop::manual_time, virtual_start);
  std::vector<target> targets{{"192.0.2.1", addr("192.0.2.1")}};
  std::optional<outstanding_watch> watch;
  ping_session s(loop, net, o, targets, [&](const ping_event& e) { watch->note(e); });
  std::vector<said> out;
  watch.emplace(loop, s, o, [&](std::uint64_t seq) {
    out.push_back(
        {seq, std::chrono::duration_cast<std::chrono::milliseconds>(loop.now() - virtual_start)});
  });
  watch->start();
  s.start([&] { loop.stop(); });
  loop.run();
  return out;
}

ping_options every(std::chrono::milliseconds interval, std::uint64_t count) {
  ping_options o;
  o.count = count;
  o.interval = interval;
  o.rate = 0;
  o.timeout = 1s;
  return o;
}

}  // namespace

TEST_CASE("ping -O: a lost probe is named just before the next one leaves", "[ping]") {
  // Probe 2's arrival is lost; replies take 10 ms; a probe every 100 ms, 5 of them.
  fake_network net({host{.address = addr("192.0.2.1"), .rtt = 10ms, .loss = {.nth = {2}}}});
  CHECK(watch_run(net, every(100ms, 5)) == std::vector<said>{{2, 200ms}});
}

TEST_CASE("ping -O: replies slower than the interval are each named, the last one never",
          "[ping]") {
  // 150 ms replies, a probe every 100 ms: each is unanswered when the next leaves; after
  // the last probe there is no next one to look before.
  fake_network net({host{.address = addr("192.0.2.1"), .rtt = 150ms}});
  CHECK(watch_run(net, every(100ms, 4)) == std::vector<said>{{1, 100ms}, {2, 200ms}, {3, 300ms}});
}

TEST_CASE("ping -O with -A: each probe looks at the one before as it leaves", "[ping]") {
  // Adaptive: one in flight at a time, the next leaves with the reply (or its timeout):
  // probe 2 lost, so probe 3 names it when it leaves.
  fake_network net({host{.address = addr("192.0.2.1"), .rtt = 10ms, .loss = {.nth = {2}}}});
  auto o = every(0ms, 4);
  o.adaptive = true;
  const auto got = watch_run(net, o);
  REQUIRE(got.size() == 1);
  CHECK(got[0].seq == 2);
}
