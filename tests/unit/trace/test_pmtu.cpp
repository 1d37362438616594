// trace --mtu over the fake network on virtual time: "fragmentation needed" and "packet too
// big" answers, a local MTU, PMTU black holes found by searching sizes, and the rate
// limiters that must not be read as one.

#include <nettrio/report/trace.hpp>
#include <nettrio/trace/pmtu.hpp>
#include <nettrio/trace/tracer.hpp>

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include "support/constants.hpp"
#include "support/fake_network.hpp"
#include "support/trace_run.hpp"

#include <algorithm>

using namespace nettrio;
using namespace nettrio::test;
using namespace std::chrono_literals;
using Catch::Matchers::Contains;

namespace {

struct mtu_run {
  trace_result trace;  // with the measurement applied
  pmtu_result pmtu;
  std::chrono::steady_clock::duration elapsed{};  // of the measurement, virtual time
  bool hung = false;
};

pmtu_options quick_pmtu(probe_protocol m = probe_protocol::udp) {
  pmtu_options o;
  o.method = m;
  o.start_size = 1500;
  o.min_wait = 30ms;
  o.max_wait = 150ms;
  return o;
}

// The trace, then the measurement on the same network, as `nettrio trace --mtu` runs them.
mtu_run run_mtu(fake_network& net, const ip_address& dst, pmtu_options po = quick_pmtu(),
                probe_protocol m = probe_protocol::udp) {
  mtu_run out;
  const auto traced = run_trace(net, quick_trace(m), dst);
  REQUIRE_FALSE(traced.hung);
  event_loop loop(event_loop::manual_time);
  const auto t0 = loop.now();
  po.method = m;
  pmtu_session s(loop, net, po, traced.result);
  out.hung = run_session_to_end(loop, s, 120s);
  out.elapsed = loop.now() - t0;
  out.pmtu = s.result();
  out.trace = traced.result;
  apply_pmtu(out.trace, out.pmtu);
  return out;
}

// Three routers; the link after router 2 has MTU `mtu`.
fake_network narrow_link(const ip_address& dst, std::uint32_t mtu, bool signal) {
  auto path = chain(3, dst.family());
  path[1].mtu = mtu;
  path[1].sends_too_big = signal;
  return fake_network({host{.address = dst, .path = path, .rtt = 2ms}});
}

std::vector<std::optional<std::uint32_t>> pmtus(const trace_result& r) {
  std::vector<std::optional<std::uint32_t>> out;
  for (const auto& h : r.hops) out.push_back(h.pmtu);
  return out;
}

using mtus = std::vector<std::optional<std::uint32_t>>;

}  // namespace

TEST_CASE("pmtu: 'fragmentation needed' and 'packet too big' lower the MTU at their hop",
          "[trace][pmtu]") {
  for (const auto m : {probe_protocol::udp, probe_protocol::icmp_echo}) {
    for (const auto& dst : {dst4, dst6}) {
      INFO(dst.to_string() << " " << to_string(m));
      auto net = narrow_link(dst, 1400, true);
      const auto run = run_mtu(net, dst, quick_pmtu(), m);
      REQUIRE_FALSE(run.hung);
      CHECK(run.pmtu.path_mtu == 1400u);
      REQUIRE(run.pmtu.changes.size() == 1);
      CHECK(run.pmtu.changes[0].ttl == 2);  // placed by the quoted TTL
      CHECK(run.pmtu.changes[0].from == chain(3, dst.family())[1].responders[0]);
      CHECK(run.pmtu.changes[0].mtu == 1400);
      CHECK_FALSE(run.pmtu.black_hole_after);
      // Router 2 got the 1500-byte probe; the MTU drops from hop 3 on.
      CHECK(pmtus(run.trace) == mtus{1500u, 1500u, 1400u, 1400u});
      CHECK(run.trace.path_mtu == 1400u);
      CHECK(run.trace.result.kind == verdict_kind::reached);
      CHECK(report::exit_status(run.trace) == 0);
      // Two sizes, two probes: no search when the path says what it wants.
      CHECK(run.pmtu.probes_sent == 2);
    }
  }
}

TEST_CASE("pmtu: a clean path keeps the local MTU", "[trace][pmtu]") {
  fake_network net({host{.address = dst4, .path = chain(3), .rtt = 2ms}});
  const auto run = run_mtu(net, dst4);
  REQUIRE_FALSE(run.hung);
  CHECK(run.pmtu.path_mtu == 1500u);
  CHECK(run.pmtu.changes.empty());
  CHECK(pmtus(run.trace) == mtus{1500u, 1500u, 1500u, 1500u});
  CHECK(run.pmtu.probes_sent == 1);
}

TEST_CASE("pmtu: a local EMSGSIZE names the local MTU", "[trace][pmtu]") {
  // The interface says 1500, the route (or a tunnel) 1420: the stack refuses larger probes.
  auto path = chain(3);
  path[1].mtu = 1400;
  fake_network net({host{.address = dst4, .path = path, .rtt = 2ms, .local_mtu = 1420}});
  auto po = quick_pmtu();
  po.start_size = 9000;
  const auto run = run_mtu(net, dst4, po);
  REQUIRE_FALSE(run.hung);
  CHECK(run.pmtu.local_mtu == 1420);
  CHECK(run.pmtu.path_mtu == 1400u);
  CHECK(pmtus(run.trace) == mtus{1420u, 1420u, 1400u, 1400u});
  // The first size comes from the network when not given.
  po.start_size.reset();
  const auto asked = run_mtu(net, dst4, po);
  CHECK(asked.pmtu.local_mtu == 1420);
  CHECK(asked.pmtu.path_mtu == 1400u);
}

TEST_CASE("pmtu: a black hole is found by searching sizes, and placed", "[trace][pmtu]") {
  for (const auto m : {probe_protocol::udp, probe_protocol::icmp_echo}) {
    for (const auto& dst : {dst4, dst6}) {
      INFO(dst.to_string() << " " << to_string(m));
      for (const std::uint32_t mtu : {1400u, 1280u, 1499u}) {
        INFO(mtu);
        auto net = narrow_link(dst, mtu, false);
        const auto run = run_mtu(net, dst, quick_pmtu(), m);
        REQUIRE_FALSE(run.hung);
        CHECK(run.pmtu.path_mtu == mtu);  // exact, not a plateau
        CHECK(run.pmtu.smallest_dropped == mtu + 1);
        CHECK(run.pmtu.black_hole_after == 2);
        CHECK(run.pmtu.changes.empty());
        CHECK(pmtus(run.trace) == mtus{1500u, 1500u, mtu, mtu});
        CHECK(run.trace.result.kind == verdict_kind::pmtu_black_hole);
        CHECK(run.trace.result.hop == 2);
        CHECK(run.trace.result.mtu == mtu);
        CHECK(report::exit_status(run.trace) == 1);
        CHECK_THAT(report::verdict_text(run.trace),
                   Contains(fmt::format("packets over {} bytes are dropped after hop 2 without "
                                        "an ICMP 'fragmentation needed': the path MTU is lower "
                                        "than the interfaces say and the signal is filtered",
                                        mtu)));
        // A binary search: about log2(1500 - 60) sizes, each silence checked by a small probe.
        CHECK(run.pmtu.probes_sent < 60);
      }
    }
  }
}

TEST_CASE("pmtu: a black hole right after the first hop, and before the destination",
          "[trace][pmtu]") {
  for (const int at : {1, 3}) {
    INFO(at);
    auto path = chain(3);
    path[static_cast<std::size_t>(at - 1)].mtu = 1400;
    path[static_cast<std::size_t>(at - 1)].sends_too_big = false;
    fake_network net({host{.address = dst4, .path = path, .rtt = 2ms}});
    const auto run = run_mtu(net, dst4);
    REQUIRE_FALSE(run.hung);
    CHECK(run.pmtu.path_mtu == 1400u);
    CHECK(run.pmtu.black_hole_after == at);
  }
}

TEST_CASE("pmtu: a signal after a black hole and a black hole after a signal", "[trace][pmtu]") {
  auto path = chain(4);
  path[0].mtu = 1450;  // says so
  path[2].mtu = 1380;  // silent
  path[2].sends_too_big = false;
  fake_network net({host{.address = dst4, .path = path, .rtt = 2ms}});
  const auto run = run_mtu(net, dst4);
  REQUIRE_FALSE(run.hung);
  CHECK(run.pmtu.path_mtu == 1380u);
  CHECK(run.pmtu.black_hole_after == 3);
  CHECK(pmtus(run.trace) == mtus{1500u, 1450u, 1450u, 1380u, 1380u});
}

TEST_CASE("pmtu: a drained limiter is not a black hole", "[trace][pmtu]") {
  SECTION("the destination stops answering: no MTU rather than a wrong one") {
    // The trace takes its 3 port unreachables; the destination has nothing left after.
    fake_network net({host{.address = dst4, .path = chain(3), .rtt = 2ms, .icmp_burst = 3}});
    const auto run = run_mtu(net, dst4);
    REQUIRE_FALSE(run.hung);
    CHECK_FALSE(run.pmtu.path_mtu);
    CHECK_FALSE(run.pmtu.black_hole_after);
    CHECK(run.trace.result.kind != verdict_kind::pmtu_black_hole);
    CHECK_FALSE(run.trace.path_mtu);
  }
  SECTION("a lost answer to the large probe is re-sent after a refill pause") {
    // A dry run counts the trace's probes that reach the destination; the next arrival, the
    // first large probe, then gets no answer.
    fake_network dry({host{.address = dst4, .path = chain(3), .rtt = 2ms}});
    (void)run_trace(dry, quick_trace(), dst4);
    int arrivals = 0;
    for (const auto& p : dry.sent_to(dst4)) arrivals += p.p.ttl > 3 ? 1 : 0;
    fake_network net({host{.address = dst4,
                           .path = chain(3),
                           .rtt = 2ms,
                           .loss = loss_pattern{.nth = {arrivals + 1}}}});
    const auto run = run_mtu(net, dst4);
    REQUIRE_FALSE(run.hung);
    CHECK(run.pmtu.path_mtu == 1500u);
    CHECK_FALSE(run.pmtu.black_hole_after);
    CHECK(run.trace.result.kind == verdict_kind::reached);
    CHECK(run.elapsed >= quick_pmtu().refill_pause);
    CHECK(run.pmtu.probes_sent == 3);  // large (lost), small, large again
  }
}

TEST_CASE("pmtu: nothing to measure, and options", "[trace][pmtu]") {
  auto path = chain(3);
  for (auto& r : path) r.sends_time_exceeded = false;
  fake_network dark({host{.address = dst4, .path = path, .mode = host_mode::silent}});
  const auto run = run_mtu(dark, dst4);
  REQUIRE_FALSE(run.hung);
  CHECK_FALSE(run.pmtu.path_mtu);
  CHECK(run.pmtu.probes_sent == 0);

  CHECK(validate(pmtu_options{.method = probe_protocol::tcp}) != "");
  CHECK(validate(pmtu_options{.method = probe_protocol::udp}).empty());
  CHECK(validate(pmtu_options{.method = probe_protocol::icmp_echo}).empty());
}

TEST_CASE("pmtu: UDP searches a confirmed black hole with echo, or with UDP when echo is dropped",
          "[trace][pmtu]") {
  for (const bool echo_ok : {true, false}) {
    INFO(echo_ok);
    auto path = chain(3);
    path[1].mtu = 1400;
    path[1].sends_too_big = false;
    fake_network net({host{.address = dst4,
                           .path = path,
                           .mode = echo_ok ? host_mode::answers : host_mode::blocks_echo,
                           .rtt = 2ms}});
    const auto run = run_mtu(net, dst4);
    REQUIRE_FALSE(run.hung);
    CHECK(run.pmtu.path_mtu == 1400u);
    CHECK(run.pmtu.black_hole_after == 2);
    std::size_t echo = 0;
    for (const auto& s : net.sent()) echo += s.p.protocol == probe_protocol::icmp_echo ? 1 : 0;
    if (echo_ok)
      CHECK(echo > 10);  // the search and the location
    else
      CHECK(echo == 1);  // the one that found echo dropped
  }
}

TEST_CASE("step_mtu (traceroute --mtu): one probe at a time, sent again at the size named",
          "[trace][pmtu]") {
  for (const auto m : {probe_protocol::udp, probe_protocol::icmp_echo}) {
    for (const auto& dst : {dst4, dst6}) {
      INFO(dst.to_string() << " " << to_string(m));
      auto path = chain(3, dst.family());
      path[1].mtu = 1400;  // router 2 names 1400 for what it forwards
      fake_network net({host{.address = dst, .path = path, .rtt = 2ms, .local_mtu = 1500}});
      auto o = quick_trace(m);
      o.step_mtu = true;
      o.packet_size = 65000;
      const auto run = run_trace(net, o, dst);
      REQUIRE_FALSE(run.hung);
      const auto& r = run.result;
      REQUIRE(r.hops.size() == 4);
      CHECK(r.reached);
      // The first probe of hop 1 was too large for the local MTU, the first of hop 3 for
      // the link after router 2: each went again at the size named, and only they say so.
      std::vector<std::vector<std::uint32_t>> resized;
      for (const auto& h : r.hops) {
        resized.emplace_back();
        for (const auto& p : h.probes) {
          resized.back().push_back(p.resized);
          CHECK(p.from);
          CHECK_FALSE(p.flag);
        }
      }
      using sizes = std::vector<std::vector<std::uint32_t>>;
      CHECK(resized == sizes{{1500, 0, 0}, {0, 0, 0}, {1400, 0, 0}, {0, 0, 0}});
      // One at a time, in TTL order: 65000 (refused), then 1500 until router 2's answer,
      // then 1400. Each probe leaves after the one before was answered.
      const std::size_t headers = (dst.is_v4() ? 20 : 40) + 8;
      std::vector<std::pair<int, std::size_t>> sent;
      for (const auto& s : net.sent()) sent.emplace_back(s.p.ttl, s.p.payload_size + headers);
      using ttl_size = std::vector<std::pair<int, std::size_t>>;
      CHECK(sent == ttl_size{{1, 65000},
                             {1, 1500},
                             {1, 1500},
                             {1, 1500},
                             {2, 1500},
                             {2, 1500},
                             {2, 1500},
                             {3, 1500},
                             {3, 1400},
                             {3, 1400},
                             {3, 1400},
                             {4, 1400},
                             {4, 1400},
                             {4, 1400}});
      const auto& all = net.sent();
      for (std::size_t i = 2; i < all.size(); ++i)
        CHECK(all[i].sent_steady >= all[i - 1].sent_steady + 1ms);  // the answer came first
    }
  }
}
