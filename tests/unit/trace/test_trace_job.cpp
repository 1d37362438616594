// A trace as the user asks for it (trace_job.hpp): the rules on a combination of options, in
// the command line's words and order, what the options combine to, and the trace followed
// by the path MTU step on one loop, over the fake network on virtual time.

#include <nettrio/probe/event_loop.hpp>
#include <nettrio/trace/trace_job.hpp>

#include "support/constants.hpp"
#include "support/fake_network.hpp"
#include "support/trace_run.hpp"

#include <catch2/catch.hpp>

#include <functional>
#include <vector>

using namespace nettrio;
using namespace nettrio::test;
using namespace std::chrono_literals;

namespace {

std::string with(const std::function<void(trace_job_options&)>& change) {
  trace_job_options o;
  change(o);
  return validate(o);
}

struct job_run {
  trace_result result;
  std::vector<hop> hops_seen;  // as handed to the hop callback, in order
  bool hung = false;
};

trace_job_options quick_job(probe_protocol m = probe_protocol::udp) {
  trace_job_options o;
  o.trace = quick_trace(m);
  o.trace.max_wait = 300ms;  // the MTU step's shortest wait is 250 ms
  return o;
}

job_run run_job(fake_network& net, const trace_job_options& o, const ip_address& dst,
                std::function<void(event_loop&, trace_job_session&)> meanwhile = {}) {
  job_run out;
  event_loop loop(event_loop::manual_time);
  trace_job_session s(loop, net, o, dst.to_string(), dst,
                      [&](const hop& h) { out.hops_seen.push_back(h); });
  if (meanwhile) meanwhile(loop, s);
  out.hung = run_session_to_end(loop, s, 600s);
  out.result = s.result();
  return out;
}

}  // namespace

TEST_CASE("trace job: the rules on a combination, in the command line's words",
          "[trace][trace_job]") {
  CHECK(validate(trace_job_options{}).empty());
  CHECK(with([](auto& o) { o.mda = true; }).empty());
  CHECK(with([](auto& o) {
          o.mda = true;
          o.rounds = 5;
          o.confidence = 99;
        }).empty());
  CHECK(with([](auto& o) { o.mtu = true; }).empty());
  CHECK(with([](auto& o) { o.report = true; }).empty());
  CHECK(with([](auto& o) { o.nat = true; }).empty());

  CHECK(with([](auto& o) { o.confidence = 99; }) ==
        "--confidence applies to --mda; add --mda or drop it");
  CHECK(with([](auto& o) {
          o.mda = true;
          o.report = true;
        }) == "--mda -c N gives per-path statistics; -r does not apply");
  CHECK(with([](auto& o) {
          o.mda = true;
          o.probes_per_hop = 3;
        }) == "--mda decides how many probes each TTL needs; drop -q");
  CHECK(with([](auto& o) {
          o.mda = true;
          o.mtu = true;
        }) == "--mda and --mtu exclude each other; run them one after the other");
  CHECK(with([](auto& o) {
          o.mda = true;
          o.nat = true;
        }) == "--mda does not look for NATs; drop --nat or --mda");
  CHECK(with([](auto& o) {
          o.mda = true;
          o.confidence = 90;
        }) == "confidence (--confidence) 90 is not offered; use 95 or 99");
  CHECK(with([](auto& o) {
          o.mda = true;
          o.trace.method = probe_protocol::raw;
        }) == "--mda needs a flow identifier in the probe: UDP (the default), -I or -T");
  CHECK(with([](auto& o) {
          o.mtu = true;
          o.report = true;
        }) == "--mtu and report mode (-r, -c) exclude each other");
  CHECK(with([](auto& o) {
          o.mtu = true;
          o.rounds = 3;
        }) == "--mtu and report mode (-r, -c) exclude each other");
  CHECK(with([](auto& o) {
          o.mtu = true;
          o.trace.method = probe_protocol::tcp;
        }) == "--mtu needs probes of a chosen size: use UDP (the default) or -I, not -T");
  CHECK(with([](auto& o) {
          o.trace.paris = true;
          o.trace.method = probe_protocol::tcp;
        }) == "--paris works with UDP and ICMP probes, not -T");
  CHECK(with([](auto& o) { o.rounds = 0; }) == "rounds (-c) must be at least 1");
  CHECK(with([](auto& o) { o.probes_per_hop = 11; }) ==
        "probes per hop (-q) 11 is out of range; use 1 to 10");

  // The first complaint is the one the command line has always given first.
  CHECK(with([](auto& o) {
          o.confidence = 90;
          o.report = true;
          o.mtu = true;
        }) == "--confidence applies to --mda; add --mda or drop it");
  CHECK(with([](auto& o) {
          o.mda = true;
          o.report = true;
          o.probes_per_hop = 2;
          o.mtu = true;
          o.nat = true;
        }) == "--mda -c N gives per-path statistics; -r does not apply");
  CHECK(with([](auto& o) {
          o.mda = true;
          o.probes_per_hop = 2;
          o.mtu = true;
        }) == "--mda decides how many probes each TTL needs; drop -q");
  CHECK(with([](auto& o) {
          o.mda = true;
          o.mtu = true;
          o.nat = true;
        }) == "--mda and --mtu exclude each other; run them one after the other");
  CHECK(with([](auto& o) {
          o.mda = true;
          o.nat = true;
          o.confidence = 90;
        }) == "--mda does not look for NATs; drop --nat or --mda");
  CHECK(with([](auto& o) {
          o.mtu = true;
          o.report = true;
          o.trace.max_hops = 0;
        }) == "max hops (-m) 0 is out of range; use 1 to 255");
  CHECK(with([](auto& o) {
          o.mtu = true;
          o.report = true;
          o.trace.method = probe_protocol::tcp;
        }) == "--mtu needs probes of a chosen size: use UDP (the default) or -I, not -T");
}

TEST_CASE("trace job: what the options combine to", "[trace][trace_job]") {
  SECTION("a plain trace: 3 probes per hop, one round") {
    const auto t = trace_options_of(trace_job_options{});
    CHECK(t.probes_per_hop == 3);
    CHECK(t.rounds == 1);
    CHECK_FALSE(report_mode(trace_job_options{}));
  }
  SECTION("report mode: one probe per hop, 10 rounds, or -c N") {
    trace_job_options o;
    o.report = true;
    CHECK(report_mode(o));
    CHECK(trace_options_of(o).probes_per_hop == 1);
    CHECK(trace_options_of(o).rounds == 10);
    o.report = false;
    o.rounds = 4;
    o.probes_per_hop = 2;
    CHECK(report_mode(o));
    CHECK(trace_options_of(o).probes_per_hop == 2);
    CHECK(trace_options_of(o).rounds == 4);
  }
  SECTION("mda: one probe at a time, -c N per-path rounds, 95 % unless asked") {
    trace_job_options o;
    o.mda = true;
    CHECK_FALSE(report_mode(o));
    CHECK(mda_options_of(o).trace.rounds == 1);
    CHECK(mda_options_of(o).trace.probes_per_hop == 1);
    CHECK(mda_options_of(o).confidence == 95);
    o.rounds = 7;
    o.confidence = 99;
    CHECK_FALSE(report_mode(o));
    CHECK(mda_options_of(o).trace.rounds == 7);
    CHECK(mda_options_of(o).confidence == 99);
  }
  SECTION("the MTU step: the trace's port and longest wait, a small probe of at most 576") {
    trace_job_options o;
    o.mtu = true;
    o.trace.method = probe_protocol::icmp_echo;
    o.trace.max_wait = 2s;
    o.trace.packet_size = 1400;
    auto m = pmtu_options_of(o);
    CHECK(m.method == probe_protocol::icmp_echo);
    CHECK(m.port == 33434);
    CHECK(m.max_wait == 2s);
    CHECK(m.small_size == 576);
    o.trace.port = 4000;
    o.trace.packet_size = 100;
    m = pmtu_options_of(o);
    CHECK(m.port == 4000);
    CHECK(m.small_size == 100);
  }
  SECTION("sockets: the method's, Don't Fragment with -F or --mtu and never else") {
    trace_job_options o;
    auto so = socket_options_of(o, dst6);
    CHECK(so.ipv6);
    CHECK_FALSE(so.ipv4);
    CHECK(so.udp);
    CHECK_FALSE(so.icmp);
    CHECK_FALSE(so.tcp);
    CHECK(so.dont_fragment == false);
    o.trace.method = probe_protocol::tcp;
    o.mtu = true;
    so = socket_options_of(o, dst4);
    CHECK(so.ipv4);
    CHECK(so.tcp);
    CHECK_FALSE(so.udp);
    CHECK(so.dont_fragment == true);
    o.mtu = false;
    o.dont_fragment = true;
    CHECK(socket_options_of(o, dst4).dont_fragment == true);
  }
}

TEST_CASE("trace job: TCP says the size that goes out, a SYN with Linux's options",
          "[trace][trace_job]") {
  fake_network net({host{.address = dst4, .path = chain(2), .rtt = 2ms}});
  event_loop loop(event_loop::manual_time);
  auto o = quick_job(probe_protocol::tcp);
  o.trace.packet_size = 1000;
  trace_job_session s(loop, net, o, "t", dst4, {});
  CHECK(s.result().packet_size == 60);
  trace_job_session s6(loop, net, o, "t", dst6, {});
  CHECK(s6.result().packet_size == 80);
  o.mda = true;
  trace_job_session m(loop, net, o, "t", dst4, {});
  CHECK(m.result().packet_size == 60);
  CHECK(m.result().mda);
}

TEST_CASE("trace job: wrong options throw validate()'s words", "[trace][trace_job]") {
  fake_network net({host{.address = dst4, .path = chain(2), .rtt = 2ms}});
  event_loop loop(event_loop::manual_time);
  auto o = quick_job();
  o.mda = true;
  o.mtu = true;
  CHECK_THROWS_WITH(trace_job_session(loop, net, o, "t", dst4, {}),
                    "--mda and --mtu exclude each other; run them one after the other");
}

TEST_CASE("trace job: without --mtu, hops go out as the trace shows them", "[trace][trace_job]") {
  fake_network net({host{.address = dst4, .path = chain(3), .rtt = 2ms}});
  const auto run = run_job(net, quick_job(), dst4);
  REQUIRE_FALSE(run.hung);
  REQUIRE(run.hops_seen.size() == 4);
  for (const auto& h : run.hops_seen) CHECK_FALSE(h.pmtu);
  CHECK(run.result.result.kind == verdict_kind::reached);
  CHECK_FALSE(run.result.path_mtu);
}

TEST_CASE("trace job: --mtu measures after the trace and merges it in", "[trace][trace_job]") {
  auto path = chain(3);
  path[1].mtu = 1400;
  path[1].sends_too_big = true;
  fake_network net({host{.address = dst4, .path = path, .rtt = 2ms}});
  auto o = quick_job();
  o.mtu = true;
  const auto run = run_job(net, o, dst4);
  REQUIRE_FALSE(run.hung);
  // The hops were held until their MTU was known, then went out in order, with it.
  REQUIRE(run.hops_seen.size() == 4);
  std::vector<std::optional<std::uint32_t>> shown;
  for (const auto& h : run.hops_seen) shown.push_back(h.pmtu);
  CHECK(shown == std::vector<std::optional<std::uint32_t>>{1500u, 1500u, 1400u, 1400u});
  CHECK(run.result.path_mtu == 1400u);
  CHECK(run.result.hops.at(2).pmtu == 1400u);
}

TEST_CASE("trace job: --mtu stopped during the trace shows the held hops, measures nothing",
          "[trace][trace_job]") {
  // A silent path: the trace takes long enough to be stopped in the middle.
  auto path = chain(6);
  path[4].sends_time_exceeded = false;
  fake_network net({host{.address = dst4, .path = path, .rtt = 2ms}});
  auto o = quick_job();
  o.mtu = true;
  std::optional<event_loop::timer> ctrl_c;
  const auto run = run_job(net, o, dst4, [&](event_loop& loop, trace_job_session& s) {
    ctrl_c.emplace(loop.schedule(5ms, [&s] { s.stop(); }));
  });
  REQUIRE_FALSE(run.hung);
  CHECK(run.result.interrupted);
  CHECK_FALSE(run.result.path_mtu);
  CHECK(run.hops_seen.size() == run.result.hops.size());
  for (const auto& h : run.hops_seen) CHECK_FALSE(h.pmtu);
}

TEST_CASE("trace job: --mda runs the multipath trace", "[trace][trace_job]") {
  fake_network net({host{.address = dst4, .path = chain(2), .rtt = 2ms}});
  auto o = quick_job();
  o.mda = true;
  const auto run = run_job(net, o, dst4);
  REQUIRE_FALSE(run.hung);
  CHECK(run.result.mda);
  CHECK(run.result.result.kind == verdict_kind::reached);
  CHECK_FALSE(run.hops_seen.empty());
}
