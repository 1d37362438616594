// The article's readings (figures 4 to 9), each as a scenario on the fake network traced by
// the real tracer, plus interpret() on hand-made results where exact numbers matter.

#include <nettrio/report/trace.hpp>
#include <nettrio/trace/tracer.hpp>
#include <nettrio/trace/verdict.hpp>

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

trace_result trace(std::vector<router> path, host_mode mode = host_mode::answers,
                   trace_options o = quick_trace(), const ip_address& dst = dst4) {
  fake_network net({host{.address = dst, .path = std::move(path), .mode = mode, .rtt = 2ms}});
  auto run = run_trace(net, o, dst);
  REQUIRE_FALSE(run.hung);
  return run.result;
}

bool has_note(const hop& h, const std::string& words) {
  return std::any_of(h.notes.begin(), h.notes.end(), [&](const hop_note& n) {
    return report::note_text(n).find(words) != std::string::npos;
  });
}

std::size_t notes_with(const trace_result& r, const std::string& words) {
  return static_cast<std::size_t>(std::count_if(r.hops.begin(), r.hops.end(),
                                                [&](const hop& h) { return has_note(h, words); }));
}

}  // namespace

TEST_CASE("reached: the destination answered", "[trace]") {
  const auto r = trace(chain(3));
  CHECK(r.reached);
  CHECK(report::to_string(r.result.kind) == "reached");
  CHECK(r.result.hop == 4);
  CHECK_THAT(report::verdict_text(r), Contains("203.0.113.10") && Contains("hop 4"));
  for (const auto& h : r.hops) CHECK(h.notes.empty());
}

TEST_CASE("fig. 4: unreachable at hop K with its flag", "[trace]") {
  struct row {
    ip_family family;
    std::uint8_t code;
    const char* flag;
  };
  for (const auto& c :
       {row{ip_family::v4, 0, "!N"}, row{ip_family::v4, 1, "!H"}, row{ip_family::v4, 2, "!P"},
        row{ip_family::v4, 13, "!X"}, row{ip_family::v6, 0, "!N"}, row{ip_family::v6, 3, "!H"},
        row{ip_family::v6, 1, "!X"}}) {
    INFO(c.flag << (c.family == ip_family::v4 ? " v4" : " v6"));
    auto path = chain(4, c.family);
    path[2].unreachable = c.code;
    const auto& dst = c.family == ip_family::v4 ? dst4 : dst6;
    const auto r = trace(path, host_mode::answers, quick_trace(), dst);
    CHECK_FALSE(r.reached);
    CHECK(r.result.kind == verdict_kind::unreachable);
    CHECK(r.result.hop == 3);
    CHECK_THAT(report::verdict_text(r),
               Contains(c.flag) && Contains(path[2].responders[0].to_string()));
    REQUIRE(r.hops.size() == 3);  // the path ends there
    REQUIRE(r.hops[2].unreachable_flag());
    CHECK(report::flag_text(*r.hops[2].unreachable_flag()) == c.flag);
    for (const auto& p : r.hops[2].probes) CHECK((p.flag && report::flag_text(*p.flag) == c.flag));
  }
}

TEST_CASE("fig. 5: single stars are the router's replies missing, not a fault", "[trace]") {
  auto path = chain(3);
  path[1].loss.nth = {2};  // the second probe to hop 2 gets no reply
  const auto r = trace(path);
  CHECK(r.reached);
  CHECK(r.result.kind == verdict_kind::reached);
  REQUIRE(r.hops.size() == 4);
  CHECK(r.hops[1].answered() == 2);
  CHECK(r.hops[1].probes.size() == 3);
  CHECK_FALSE(r.hops[1].probes[1].from);  // the `*` is where it was lost
  CHECK(has_note(r.hops[1], "1 of 3 probes unanswered"));
  CHECK(has_note(r.hops[1], "not a fault"));
  // Later hops answered every probe: the path carried them, the router's reply is missing.
  CHECK(has_note(r.hops[1], "rate-limits its ICMP replies"));
  CHECK(notes_with(r, "unanswered") == 1);
}

TEST_CASE("fig. 6: * * * then answers: a router that does not send time-exceeded", "[trace]") {
  auto path = chain(4);
  path[1].sends_time_exceeded = false;
  const auto r = trace(path);
  CHECK(r.reached);
  CHECK(r.result.kind == verdict_kind::reached);
  REQUIRE(r.hops.size() == 5);
  CHECK(r.hops[1].silent());
  CHECK(has_note(r.hops[1], "does not send time-exceeded"));
  CHECK(notes_with(r, "time-exceeded") == 1);
}

TEST_CASE("fig. 7: silence from hop K+1 on is a filter after hop K", "[trace]") {
  auto path = chain(6);
  path[3].sends_time_exceeded = false;  // hop 4: the firewall drops everything
  path[3].forwards = false;
  auto o = quick_trace();
  o.max_hops = 12;
  const auto r = trace(path, host_mode::answers, o);
  CHECK_FALSE(r.reached);
  CHECK(r.result.kind == verdict_kind::filtered_after_hop);
  CHECK(r.result.hop == 3);
  CHECK_THAT(report::verdict_text(r), Contains("10.0.3.1") && Contains("hop 4"));
  REQUIRE(r.hops.size() == 12);
  for (std::size_t i = 3; i < r.hops.size(); ++i) CHECK(r.hops[i].silent());
  // Trailing silence is not the fig. 6 "router without time-exceeded".
  CHECK(notes_with(r, "does not send time-exceeded") == 0);
}

TEST_CASE("fig. 8: silence after a responder local to the destination", "[trace]") {
  for (const auto& dst : {dst4, dst6}) {
    INFO(dst.to_string());
    auto path = chain(3, dst.family());
    path[2].responders = {addr(dst.is_v4() ? "203.0.113.1" : "2001:db8:2::1")};
    auto o = quick_trace();
    o.max_hops = 8;
    const auto r = trace(path, host_mode::silent, o, dst);
    CHECK_FALSE(r.reached);
    CHECK(r.result.kind == verdict_kind::destination_silent);
    CHECK(r.result.hop == 3);
    // Honest about what it cannot know.
    CHECK_THAT(report::verdict_text(r),
               Contains("does not answer probes") && Contains("not a certainty"));
    CHECK(r.hops.size() == 8);
  }
  SECTION("the same silence after a router elsewhere is a filter, not a silent host") {
    auto o = quick_trace();
    o.max_hops = 8;
    const auto r = trace(chain(3), host_mode::silent, o);
    CHECK(r.result.kind == verdict_kind::filtered_after_hop);
  }
}

TEST_CASE("fig. 9: two responders on one hop is load balancing", "[trace]") {
  auto path = chain(3);
  path[1].responders = {addr("10.0.2.1"), addr("10.0.2.2")};
  SECTION("classic UDP: the changing port spreads probes over both paths") {
    const auto r = trace(path);
    CHECK(r.reached);
    REQUIRE(r.hops.size() == 4);
    CHECK(r.hops[1].responders().size() == 2);
    CHECK(has_note(r.hops[1], "load balancing"));
    CHECK(has_note(r.hops[1], "--paris"));
    CHECK(notes_with(r, "load balancing") == 1);
  }
  SECTION("--paris: one flow, one responder, no note") {
    auto o = quick_trace();
    o.paris = true;
    const auto r = trace(path, host_mode::answers, o);
    CHECK(r.reached);
    REQUIRE(r.hops.size() == 4);
    CHECK(r.hops[1].responders().size() == 1);
    CHECK(notes_with(r, "load balancing") == 0);
  }
}

TEST_CASE("a later hop with a lower RTT: asymmetric return paths", "[trace]") {
  auto path = chain(4);
  path[1].rtt = 9ms;
  path[2].rtt = 3ms;  // faster than hop 2: its replies come back another way
  path[3].rtt = 9ms;
  const auto r = trace(path);
  CHECK(r.reached);
  REQUIRE(r.hops.size() == 5);
  CHECK(has_note(r.hops[2], "asymmetric"));
  CHECK(notes_with(r, "asymmetric") == 2);  // hop 3 (3 ms) and the destination (2 ms)
  CHECK_FALSE(has_note(r.hops[1], "asymmetric"));
  CHECK_FALSE(has_note(r.hops[3], "asymmetric"));
}

TEST_CASE("report mode: loss that does not carry on is ICMP rate limiting", "[trace]") {
  auto o = quick_trace();
  o.rounds = 6;
  o.probes_per_hop = 1;
  SECTION("loss at hop 2 only") {
    auto path = chain(3);
    path[1].loss.every = 2;
    const auto r = trace(path, host_mode::answers, o);
    CHECK(r.reached);
    REQUIRE(r.stats.size() == 4);
    CHECK(r.stats[1].loss_percent == Approx(50.0));
    CHECK(has_note(r.hops[1], "rate-limits ICMP"));
    CHECK(has_note(r.hops[1], "50% loss"));
    CHECK(notes_with(r, "rate-limits") == 1);
  }
  SECTION("loss from hop 2 to the end is loss on the path") {
    auto path = chain(3);
    path[1].loss.every = 2;
    path[2].loss.every = 2;
    fake_network net({host{.address = dst4, .path = path, .rtt = 2ms, .loss = {.every = 3}}});
    const auto run = run_trace(net, o, dst4);
    REQUIRE_FALSE(run.hung);
    const auto& r = run.result;
    REQUIRE(r.stats.size() == 4);
    CHECK(r.stats[3].loss_percent > 0);
    CHECK(notes_with(r, "rate-limits") == 0);
    CHECK(has_note(r.hops[1], "unanswered"));
  }
}

TEST_CASE("no_response and incomplete", "[trace]") {
  SECTION("nothing answers at all") {
    auto path = chain(3);
    for (auto& h : path) h.sends_time_exceeded = false;
    auto o = quick_trace();
    o.max_hops = 5;
    o.max_wait = 60ms;  // no RTT is ever seen: every probe waits the maximum
    const auto r = trace(path, host_mode::silent, o);
    CHECK(r.result.kind == verdict_kind::no_response);
    CHECK_FALSE(r.result.hop);
    CHECK(r.hops.size() == 5);
  }
  SECTION("the path is longer than -m") {
    auto o = quick_trace();
    o.max_hops = 5;
    const auto r = trace(chain(8), host_mode::answers, o);
    CHECK_FALSE(r.reached);
    CHECK(r.result.kind == verdict_kind::incomplete);
    CHECK(r.result.hop == 5);
    CHECK_THAT(report::verdict_text(r), Contains("-m"));
  }
}

TEST_CASE("looks_local compares the /24 or /64", "[trace]") {
  CHECK(looks_local(addr("203.0.113.1"), addr("203.0.113.10")));
  CHECK_FALSE(looks_local(addr("203.0.112.1"), addr("203.0.113.10")));
  CHECK(looks_local(addr("2001:db8:2::1"), addr("2001:db8:2::10")));
  CHECK(looks_local(addr("2001:db8:2::1"), addr("2001:db8:2:0:ffff::10")));
  CHECK_FALSE(looks_local(addr("2001:db8:3::1"), addr("2001:db8:2::10")));
  CHECK_FALSE(looks_local(addr("203.0.113.1"), addr("::ffff:203.0.113.10")));
}

TEST_CASE("interpret() ignores RTT differences below a millisecond", "[trace]") {
  // Sub-millisecond jitter on a LAN is not asymmetric routing.
  trace_result r;
  r.address = dst4;
  for (int ttl = 1; ttl <= 3; ++ttl) {
    hop h;
    h.ttl = ttl;
    const double ms = ttl == 2 ? 1.5 : 1.0;
    hop_probe p;
    p.from = addr(("10.0." + std::to_string(ttl) + ".1").c_str());
    p.rtt_ms = ms;
    h.probes.push_back(p);
    r.hops.push_back(h);
  }
  r.hops.back().probes.back().from_destination = true;
  r.hops.back().probes.back().from = dst4;
  r.reached = true;
  interpret(r);
  CHECK(r.result.kind == verdict_kind::reached);
  for (const auto& h : r.hops) CHECK(h.notes.empty());
}

TEST_CASE("an unreachable that got through a limiter is filed at its router's hop", "[trace]") {
  // Router 2 has no route; its first answers are lost (a drained limiter), so the first !N
  // comes back on a probe sent with a higher TTL. The TTL left in its quote places it.
  auto path = chain(3);
  path[1].unreachable = 0;          // !N
  path[1].loss.nth = {1, 2, 3, 4};  // the first four probes that reach it get nothing
  const auto r = trace(path);
  CHECK(r.result.kind == verdict_kind::unreachable);
  CHECK(r.result.hop == 2);
  REQUIRE(r.hops.size() == 2);
  REQUIRE(r.hops[1].unreachable_flag());
  CHECK(report::flag_text(*r.hops[1].unreachable_flag()) == "!N");
  CHECK(r.hops[1].responders() == std::vector<ip_address>{path[1].responders[0]});
}

TEST_CASE("a destination whose port unreachables are limited is placed at its hop", "[trace]") {
  // The destination (hop 4) answers only from its fourth arrival on: the answers come from
  // probes sent with TTL 5 and more, whose quotes say they arrived with TTL 1 and more left.
  fake_network net({host{
      .address = dst4, .path = chain(3), .rtt = 2ms, .loss = loss_pattern{.nth = {1, 2, 3}}}});
  auto run = run_trace(net, quick_trace(), dst4);
  REQUIRE_FALSE(run.hung);
  const auto& r = run.result;
  CHECK(r.result.kind == verdict_kind::reached);
  CHECK(r.result.hop == 4);
  CHECK(r.hops.size() == 4);
}

TEST_CASE("a drained router in the middle is re-probed and not called silent", "[trace]") {
  // Router 2's first three time-exceeded are lost (used up by an earlier trace); the
  // re-probe after the pause gets through.
  auto path = chain(4);
  path[1].loss.nth = {1, 2, 3};
  const auto r = trace(path);
  CHECK(r.result.kind == verdict_kind::reached);
  REQUIRE(r.hops.size() == 5);
  CHECK(r.hops[1].answered() == 1);
  CHECK(has_note(r.hops[1], "answered when re-probed after a pause"));
  CHECK(notes_with(r, "does not send time-exceeded") == 0);
}

TEST_CASE("a silent ending is re-probed once before the verdict", "[trace]") {
  // fig. 7: silence after hop 3. The confirmation sends one more probe to the next three
  // TTLs and the last one, after the pause, and says so in the verdict.
  auto path = chain(6);
  path[3].sends_time_exceeded = false;
  path[3].forwards = false;
  fake_network net({host{.address = dst4, .path = path, .rtt = 2ms}});
  auto o = quick_trace();
  auto run = run_trace(net, o, dst4);
  REQUIRE_FALSE(run.hung);
  const auto& r = run.result;
  CHECK(r.result.kind == verdict_kind::filtered_after_hop);
  CHECK(r.result.hop == 3);
  CHECK(r.confirmed);
  CHECK_THAT(report::verdict_text(r), Contains("confirmed by re-probing after a pause"));
  std::vector<int> extra;  // TTLs probed more than probes_per_hop times
  for (int ttl = 4; ttl <= o.max_hops; ++ttl) {
    const auto n = std::count_if(net.sent().begin(), net.sent().end(),
                                 [&](const sent_probe& sp) { return sp.p.ttl == ttl; });
    if (n > o.probes_per_hop) extra.push_back(ttl);
  }
  CHECK(extra == std::vector<int>{4, 5, 6, 10});
  // Silent hops were held back until the confirmation, then shown in order.
  CHECK(run.hops_seen.size() == static_cast<std::size_t>(o.max_hops));
}

TEST_CASE("a destination that drops only the method traced: method_filtered, and which works",
          "[trace]") {
  // The last router answers from the destination's /24; the destination drops ICMP echo
  // but answers UDP and TCP. An ICMP trace must say so instead of "does not answer".
  auto path = chain(3);
  path[2].responders = {addr("203.0.113.1")};
  const auto r = trace(path, host_mode::blocks_echo, quick_trace(probe_protocol::icmp_echo));
  CHECK_FALSE(r.reached);
  CHECK(r.result.kind == verdict_kind::method_filtered);
  CHECK(r.result.hop == 3);
  CHECK(r.answers_to == std::vector<probe_protocol>{probe_protocol::tcp, probe_protocol::udp});
  CHECK_THAT(report::verdict_text(r), Contains("filters ICMP echo; trace again with -T"));
}
