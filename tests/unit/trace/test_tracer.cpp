#include <nettrio/packet/bytes.hpp>
#include <nettrio/packet/icmp.hpp>
#include <nettrio/report/trace.hpp>
#include <nettrio/trace/tracer.hpp>
#include <nettrio/trace/verdict.hpp>

#include <catch2/catch.hpp>

#include "support/constants.hpp"
#include "support/fake_network.hpp"
#include "support/trace_run.hpp"

#include <algorithm>
#include <set>

using namespace nettrio;
using namespace nettrio::test;
using namespace std::chrono_literals;
using Catch::Matchers::Contains;

namespace {

// Three routers, the destination at hop 4.
fake_network clean_path(const ip_address& dst) {
  return fake_network({host{.address = dst, .path = chain(3, dst.family()), .rtt = 2ms}});
}

std::vector<std::uint16_t> ports_in_send_order(const fake_network& net) {
  std::vector<std::uint16_t> out;
  for (const auto& s : net.sent()) out.push_back(s.p.dst_port);
  return out;
}

}  // namespace

TEST_CASE("tracer walks a clean path and stops at the destination", "[trace]") {
  for (const auto& dst : {dst4, dst6}) {
    INFO(dst.to_string());
    auto net = clean_path(dst);
    auto o = quick_trace();
    o.max_hops = 30;
    const auto run = run_trace(net, o, dst);
    REQUIRE_FALSE(run.hung);
    const auto& r = run.result;

    CHECK(r.reached);
    CHECK(r.result.kind == verdict_kind::reached);
    CHECK(r.result.hop == 4);
    // Never a hop past the destination, though probes went beyond it in parallel.
    REQUIRE(r.hops.size() == 4);
    CHECK(run.hops_seen == std::vector<int>{1, 2, 3, 4});
    const auto routers = chain(3, dst.family());
    for (std::size_t i = 0; i < 3; ++i) {
      const auto& h = r.hops[i];
      CHECK(h.ttl == static_cast<int>(i) + 1);
      REQUIRE(h.probes.size() == 3);
      CHECK(h.responders() == routers[i].responders);
      CHECK_FALSE(h.reached_destination());
      for (const auto& p : h.probes) {
        REQUIRE(p.rtt_ms);
        CHECK(*p.rtt_ms == Approx(1.0));
        CHECK_FALSE(p.flag);
      }
      CHECK(h.notes.empty());
    }
    const auto& last = r.hops[3];
    CHECK(last.reached_destination());
    CHECK(last.responders() == std::vector<ip_address>{dst});
    CHECK(last.answered() == 3);
    for (const auto& p : last.probes) CHECK(*p.rtt_ms == Approx(2.0));
    // Each TTL up to the destination got exactly its three probes.
    for (int ttl = 1; ttl <= 4; ++ttl) {
      const auto n = std::count_if(net.sent().begin(), net.sent().end(),
                                   [&](const sent_probe& s) { return s.p.ttl == ttl; });
      CHECK(n == 3);
    }
    // Virtual time: the trace ends with the last answer, the destination's at 5 ms (hop 1
    // at 1 ms, then TTLs 2-4 together); nothing waits past it.
    CHECK(run.elapsed == 5ms);
  }
}

TEST_CASE("classic UDP: destination port from 33434, one up per probe", "[trace]") {
  auto net = clean_path(dst4);
  SECTION("default base port") {
    const auto run = run_trace(net, quick_trace(), dst4);
    REQUIRE_FALSE(run.hung);
    const auto ports = ports_in_send_order(net);
    REQUIRE(ports.size() >= 12);
    for (std::size_t i = 0; i < ports.size(); ++i) CHECK(ports[i] == 33434 + i);
    for (const auto& s : net.sent()) {
      CHECK(s.p.protocol == probe_protocol::udp);
      CHECK(s.p.destination == dst4);
    }
    // One socket, so one source port for every probe; the replies quote it back.
    CHECK(net.udp_source_port(ip_family::v4) == fake_network::udp_port);
    CHECK(run.result.reached);
  }
  SECTION("-p moves the base") {
    auto o = quick_trace();
    o.port = 40000;
    const auto run = run_trace(net, o, dst4);
    REQUIRE_FALSE(run.hung);
    const auto ports = ports_in_send_order(net);
    REQUIRE_FALSE(ports.empty());
    for (std::size_t i = 0; i < ports.size(); ++i) CHECK(ports[i] == 40000 + i);
  }
}

TEST_CASE("trace --paris keeps the destination port and matches by sequence", "[trace]") {
  auto net = clean_path(dst4);
  auto o = quick_trace();
  o.paris = true;
  const auto run = run_trace(net, o, dst4);
  REQUIRE_FALSE(run.hung);
  CHECK(run.result.reached);
  CHECK(run.result.hops.size() == 4);
  std::set<std::uint16_t> seqs;
  for (const auto& s : net.sent()) {
    CHECK(s.p.dst_port == 33434);
    seqs.insert(s.p.sequence);
  }
  CHECK(seqs.size() == net.sent().size());  // every probe still tells itself apart
  for (const auto& h : run.result.hops) CHECK(h.answered() == 3);
}

TEST_CASE("trace -I --paris keeps the ICMP checksum of every probe the same", "[trace]") {
  // A per-flow load balancer may hash the ICMP checksum with type and code (Paris
  // traceroute's model): with a changing sequence, each probe would be its own flow.
  for (const auto& dst : {dst4, dst6}) {
    INFO(dst.to_string());
    auto net = clean_path(dst);
    auto o = quick_trace(probe_protocol::icmp_echo);
    o.paris = true;
    const auto run = run_trace(net, o, dst);
    REQUIRE_FALSE(run.hung);
    CHECK(run.result.reached);
    std::set<std::uint16_t> sums, seqs;
    for (const auto& s : net.sent()) {
      const auto msg = packet::make_echo_request(ip_family::v4, fake_network::echo_id, s.p.sequence,
                                                 s.p.payload);
      sums.insert(packet::load_be16(msg, 2));
      seqs.insert(s.p.sequence);
    }
    CHECK(net.sent().size() >= 12);
    CHECK(seqs.size() == net.sent().size());
    CHECK(sums.size() == 1);
    for (const auto& h : run.result.hops) CHECK(h.answered() == 3);
  }
}

TEST_CASE("ICMP and TCP traces", "[trace]") {
  SECTION("-I: echo requests with rising TTL, the destination answers with echo replies") {
    for (const auto& dst : {dst4, dst6}) {
      INFO(dst.to_string());
      auto net = clean_path(dst);
      const auto run = run_trace(net, quick_trace(probe_protocol::icmp_echo), dst);
      REQUIRE_FALSE(run.hung);
      CHECK(run.result.reached);
      CHECK(run.result.method == probe_protocol::icmp_echo);
      REQUIRE(run.result.hops.size() == 4);
      CHECK(run.result.hops[0].responders() == chain(1, dst.family())[0].responders);
      CHECK(run.result.hops[3].responders() == std::vector<ip_address>{dst});
      std::set<std::uint16_t> seqs;
      for (const auto& s : net.sent()) {
        CHECK(s.p.protocol == probe_protocol::icmp_echo);
        seqs.insert(s.p.sequence);
      }
      CHECK(seqs.size() == net.sent().size());
    }
  }
  SECTION("-T: SYNs to port 80, or -p") {
    auto net = clean_path(dst6);
    auto o = quick_trace(probe_protocol::tcp);
    const auto run = run_trace(net, o, dst6);
    REQUIRE_FALSE(run.hung);
    CHECK(run.result.reached);
    REQUIRE(run.result.hops.size() == 4);
    for (const auto& s : net.sent()) {
      CHECK(s.p.protocol == probe_protocol::tcp);
      CHECK(s.p.dst_port == 80);
    }
    auto net2 = clean_path(dst6);
    o.port = 443;
    REQUIRE_FALSE(run_trace(net2, o, dst6).hung);
    for (const auto& s : net2.sent()) CHECK(s.p.dst_port == 443);
  }
}

TEST_CASE("raw probes (traceroute -P): one at a time, the destination's answer ends it",
          "[trace]") {
  for (const auto& dst : {dst4, dst6}) {
    INFO(dst.to_string());
    auto net = clean_path(dst);
    auto o = quick_trace(probe_protocol::raw);
    o.packet_size = dst.is_v4() ? 60 : 80;
    const auto run = run_trace(net, o, dst);
    REQUIRE_FALSE(run.hung);
    const auto& r = run.result;
    REQUIRE(r.hops.size() == 4);
    for (int i = 0; i < 3; ++i) {
      const auto& h = r.hops[static_cast<std::size_t>(i)];
      REQUIRE(h.probes.size() == 3);
      for (const auto& p : h.probes) CHECK(p.from == chain(3, dst.family())[i].responders[0]);
    }
    // The destination does not know the protocol: IPv4 "protocol unreachable" (!P), IPv6
    // "parameter problem" (traceroute's !<4-1>), on every probe of its hop.
    for (const auto& p : r.hops[3].probes) {
      CHECK(p.from == dst);
      REQUIRE(p.flag);
      if (dst.is_v4()) {
        CHECK(p.flag->reason == unreachable_reason::protocol);
      } else {
        CHECK(p.flag->reason == unreachable_reason::other);
        CHECK(p.flag->icmp_type == 4);
        CHECK(p.flag->code == 1);
      }
    }
    // 40 bytes of traceroute's pattern after the IP header, and each probe sent only once
    // the one before was answered (nothing in them tells two apart).
    const auto& sent = net.sent();
    REQUIRE(sent.size() == 12);
    CHECK(sent[0].p.payload_size == 40);
    REQUIRE(sent[0].p.payload.size() == 40);
    CHECK(sent[0].p.payload[0] == std::byte{0x40});
    CHECK(sent[0].p.payload[39] == std::byte{0x40 + 39});
    for (std::size_t i = 1; i < sent.size(); ++i)
      CHECK(sent[i].sent_steady >= sent[i - 1].sent_steady + 1ms);
  }
}

TEST_CASE("trace -f starts the trace at a later TTL", "[trace]") {
  auto net = clean_path(dst4);
  auto o = quick_trace();
  o.first_ttl = 3;
  const auto run = run_trace(net, o, dst4);
  REQUIRE_FALSE(run.hung);
  REQUIRE(run.result.hops.size() == 2);
  CHECK(run.result.hops[0].ttl == 3);
  CHECK(run.result.hops[1].ttl == 4);
  CHECK(run.result.reached);
  for (const auto& s : net.sent()) CHECK(s.p.ttl >= 3);
}

TEST_CASE("report mode gives per-hop statistics over rounds", "[trace]") {
  auto net = clean_path(dst4);
  auto o = quick_trace();
  o.rounds = 4;
  o.probes_per_hop = 1;
  const auto run = run_trace(net, o, dst4);
  REQUIRE_FALSE(run.hung);
  const auto& r = run.result;
  CHECK(run.rounds_seen == std::vector<std::uint64_t>{1, 2, 3, 4});
  CHECK(r.rounds == 4);
  REQUIRE(r.hops.size() == 4);
  REQUIRE(r.stats.size() == 4);
  for (std::size_t i = 0; i < 4; ++i) {
    const auto& st = r.stats[i];
    INFO("hop " << st.ttl);
    CHECK(st.ttl == static_cast<int>(i) + 1);
    CHECK(st.sent == 4);
    CHECK(st.received == 4);
    CHECK(st.loss_percent == Approx(0.0));
    REQUIRE(st.avg_ms);
    const double rtt = i == 3 ? 2.0 : 1.0;
    CHECK(*st.avg_ms == Approx(rtt));
    CHECK(*st.best_ms == Approx(rtt));
    CHECK(*st.worst_ms == Approx(rtt));
    CHECK(*st.last_ms == Approx(rtt));
    CHECK(*st.stdev_ms == Approx(0.0).margin(1e-6));
    CHECK(r.hops[i].probes.size() == 4);
  }
  // Once the first round has found the destination, later rounds send nothing past it:
  // only the first round's lookahead went beyond TTL 4.
  const auto past = std::count_if(net.sent().begin(), net.sent().end(),
                                  [](const sent_probe& s) { return s.p.ttl > 4; });
  CHECK(past <= o.lookahead);
}

TEST_CASE("report mode, destination silent: rows stop one after the last answer", "[trace]") {
  // fig. 8 in report mode: hops 1-3 answer, the destination (hop 4) never does. mtr's
  // reading: one silent row after the last answer, not '???' down to -m.
  fake_network net({host{.address = dst4, .path = chain(3), .mode = host_mode::silent}});
  auto o = quick_trace();
  o.rounds = 3;
  o.probes_per_hop = 1;
  const auto run = run_trace(net, o, dst4);
  REQUIRE_FALSE(run.hung);
  const auto& r = run.result;
  CHECK_FALSE(r.reached);
  REQUIRE(r.hops.size() == 4);
  CHECK(r.hops[3].silent());
  CHECK(r.stats.size() == 4);
}

TEST_CASE("report mode: loss at a hop is counted per hop", "[trace]") {
  // The middle router loses every other reply.
  auto path = chain(3);
  path[1].loss.every = 2;
  fake_network lossy({host{.address = dst4, .path = path, .rtt = 2ms}});
  auto o = quick_trace();
  o.rounds = 6;
  o.probes_per_hop = 1;
  const auto run = run_trace(lossy, o, dst4);
  REQUIRE_FALSE(run.hung);
  REQUIRE(run.result.stats.size() == 4);
  CHECK(run.result.stats[1].sent == 6);
  CHECK(run.result.stats[1].received == 3);
  CHECK(run.result.stats[1].loss_percent == Approx(50.0));
  CHECK(run.result.stats[0].loss_percent == Approx(0.0));
  CHECK(run.result.stats[2].loss_percent == Approx(0.0));
  CHECK(run.result.stats[3].loss_percent == Approx(0.0));
  CHECK(run.result.reached);
}

TEST_CASE("the tracer causes no stars of its own on rate-limiting Linux routers", "[trace]") {
  // Each router and the destination send at most 6 ICMP errors (icmp_ratelimit burst):
  // probes must reach each node only for its own hop, and few past the destination.
  auto path = chain(8);
  for (auto& r : path) r.icmp_burst = 6;
  fake_network net({host{.address = dst4, .path = path, .rtt = 2ms, .icmp_burst = 6}});
  auto o = quick_trace();
  o.max_hops = 30;
  const auto run = run_trace(net, o, dst4);
  REQUIRE_FALSE(run.hung);
  CHECK(run.result.reached);
  REQUIRE(run.result.hops.size() == 9);
  for (const auto& h : run.result.hops) {
    INFO("hop " << h.ttl);
    CHECK(h.answered() == 3);
  }
}

TEST_CASE("forged and foreign ICMP never makes a hop", "[trace]") {
  for (const auto method : {probe_protocol::udp, probe_protocol::icmp_echo}) {
    INFO(to_string(method));
    SECTION(std::string("forgeries beside genuine answers: ") + std::string(to_string(method))) {
      fake_network net(
          {host{.address = dst4,
                .path = chain(3),
                .rtt = 2ms,
                .extras = {forgery::wrong_quoted_destination, forgery::wrong_source_port,
                           forgery::wrong_identifier, forgery::wrong_sequence}}});
      const auto run = run_trace(net, quick_trace(method), dst4);
      REQUIRE_FALSE(run.hung);
      CHECK(run.result.reached);
      REQUIRE(run.result.hops.size() == 4);
      for (const auto& h : run.result.hops) {
        CHECK(h.answered() == 3);
        CHECK(h.responders().size() == 1);
      }
    }
    SECTION(std::string("only forgeries: ") + std::string(to_string(method))) {
      fake_network net({host{.address = dst4,
                             .path = chain(3),
                             .extras = {forgery::wrong_quoted_destination, forgery::wrong_sequence,
                                        forgery::unprobed_source},
                             .genuine = false}});
      auto o = quick_trace(method);
      o.max_hops = 5;
      o.max_wait = 60ms;  // nothing ever answers: every probe waits the maximum
      const auto run = run_trace(net, o, dst4);
      REQUIRE_FALSE(run.hung);
      CHECK_FALSE(run.result.reached);
      for (const auto& h : run.result.hops) CHECK(h.silent());
      CHECK(run.result.result.kind == verdict_kind::no_response);
    }
  }
}

TEST_CASE("waits adapt: silent hops do not cost the maximum wait", "[trace]") {
  auto path = chain(5);
  path[1].sends_time_exceeded = false;
  path[2].sends_time_exceeded = false;
  fake_network net({host{.address = dst4, .path = path, .rtt = 2ms}});
  auto o = quick_trace();
  o.max_wait = 3000ms;
  o.min_wait = 40ms;
  const auto run = run_trace(net, o, dst4);
  REQUIRE_FALSE(run.hung);
  CHECK(run.result.reached);
  CHECK(run.result.hops.size() == 6);
  CHECK(run.result.hops[1].silent());
  CHECK(run.result.hops[2].silent());
  // RTTs of a few ms: the wait drops to min_wait; 3 s per silent probe would be 3 s at
  // least (the probes are in flight together). Virtual time: 142 ms with the re-probe of
  // the two silent hops after its 10 ms pause.
  CHECK(run.elapsed < 200ms);
}

TEST_CASE("a probe the local stack refuses ends the trace with !E instead of hanging", "[trace]") {
  fake_network net({host{.address = dst4,
                         .path = chain(3),
                         .send_error = std::make_error_code(std::errc::network_unreachable)}});
  const auto run = run_trace(net, quick_trace(), dst4, 3s);
  REQUIRE_FALSE(run.hung);
  const auto& r = run.result;
  CHECK_FALSE(r.reached);
  REQUIRE(r.hops.size() == 1);
  REQUIRE(r.hops[0].unreachable_flag());
  CHECK(report::flag_text(*r.hops[0].unreachable_flag()) == "!E");
  CHECK(r.result.kind == verdict_kind::unreachable);
  CHECK_THAT(report::verdict_text(r), Contains("!E"));
}

TEST_CASE("validate(trace_options) says what is wrong in the user's terms", "[trace]") {
  const auto with = [](auto change) {
    trace_options o;
    change(o);
    return validate(o);
  };
  CHECK(validate(trace_options{}).empty());
  CHECK_THAT(with([](trace_options& o) { o.max_hops = 0; }), Contains("-m"));
  CHECK_THAT(with([](trace_options& o) { o.max_hops = 300; }), Contains("-m") && Contains("255"));
  CHECK(with([](trace_options& o) { o.max_hops = 255; }).empty());
  CHECK_THAT(with([](trace_options& o) { o.probes_per_hop = 0; }), Contains("-q"));
  CHECK_THAT(with([](trace_options& o) { o.first_ttl = 31; }), Contains("-f"));
  CHECK_THAT(with([](trace_options& o) { o.port = 0; }), Contains("-p"));
  CHECK_THAT(with([](trace_options& o) { o.max_wait = 0ms; }), Contains("-w"));
  CHECK_THAT(with([](trace_options& o) { o.rounds = 0; }), Contains("-c"));
  CHECK_THAT(with([](trace_options& o) { o.max_wait = 61s; }), Contains("-w"));
  CHECK_THAT(with([](trace_options& o) { o.round_interval = -1ms; }), Contains("-i"));
  SECTION("--paris with TCP is an error, not a silent no-op") {
    const auto err = with([](trace_options& o) {
      o.paris = true;
      o.method = probe_protocol::tcp;
    });
    CHECK_THAT(err, Contains("--paris"));
    CHECK(with([](trace_options& o) {
            o.paris = true;
            o.method = probe_protocol::icmp_echo;
          }).empty());
    trace_options o;
    o.paris = true;
    o.method = probe_protocol::tcp;
    fake_network net;
    CHECK_THROWS_AS(tracer(net, o), std::invalid_argument);
  }
}
