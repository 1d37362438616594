// The trace writers over hand-built results: the exact lines and documents, names shown when
// ready, and text from outside (the target as typed) never acting on a terminal nor
// breaking JSON.

#include <nettrio/report/trace.hpp>
#include <nettrio/trace/pmtu.hpp>
#include <nettrio/trace/reverse_dns.hpp>
#include <nettrio/trace/verdict.hpp>

#include "support/names.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

using namespace nettrio;
using namespace std::chrono_literals;

namespace {

ip_address a(const char* s) {
  return *ip_address::parse(s);
}

hop make_hop(int ttl, std::vector<hop_probe> probes) {
  hop h;
  h.ttl = ttl;
  h.probes = std::move(probes);
  return h;
}

hop_probe answer(const char* from, double rtt, int reply_ttl = -1) {
  hop_probe p;
  p.from = a(from);
  p.rtt_ms = rtt;
  p.reply_ttl = reply_ttl;
  return p;
}

// 10.0.1.1, a silent router, then !N from 10.0.3.1.
trace_result unreachable_trace(std::string target = "example") {
  trace_result r;
  r.target = std::move(target);
  r.address = a("203.0.113.10");
  auto flagged = answer("10.0.3.1", 3.5, 253);
  flagged.flag = hop_flag{unreachable_reason::network, 0};
  r.hops.push_back(make_hop(1, {answer("10.0.1.1", 1.25, 64), answer("10.0.1.1", 0.5, 64)}));
  r.hops.push_back(make_hop(2, {hop_probe{}, hop_probe{}}));
  r.hops.push_back(make_hop(3, {flagged, hop_probe{}}));
  interpret(r);
  return r;
}

// Hop k answered once by froms[k-1] in k ms; the destination not reached.
trace_result answered_by(const std::vector<const char*>& froms) {
  trace_result r;
  r.target = "example";
  r.address = a("203.0.113.10");
  for (std::size_t i = 0; i < froms.size(); ++i)
    r.hops.push_back(
        make_hop(static_cast<int>(i + 1), {answer(froms[i], static_cast<double>(i + 1))}));
  interpret(r);
  return r;
}

report::trace_header header_of(const trace_result& r) {
  return {.target = r.target,
          .address = r.address,
          .method = r.method,
          .max_hops = 30,
          .packet_size = r.packet_size,
          .rounds = r.rounds};
}

std::string write(report::output_format f, const trace_result& r, report::trace_writer_options o,
                  std::string* err = nullptr) {
  std::ostringstream out, errs;
  auto w = report::make_trace_writer(f, out, errs, o);
  w->start(header_of(r));
  for (const auto& h : r.hops) w->hop(h);
  for (std::uint64_t i = 1; i <= r.rounds && r.rounds > 1; ++i) w->round(i, r.rounds);
  w->finish(r);
  if (err) *err = errs.str();
  return out.str();
}

}  // namespace

TEST_CASE("trace text: traceroute's lines, then the verdict and the notes", "[report]") {
  const auto r = unreachable_trace();
  CHECK(write(report::output_format::text, r, {.numeric = true}) ==
        "traceroute to example (203.0.113.10), 30 hops max, 60 byte packets\n"
        " 1  10.0.1.1  1.250 ms  0.500 ms\n"
        " 2  * *\n"
        " 3  10.0.3.1  3.500 ms !N *\n"
        "\n"
        "verdict: unreachable at hop 3 (!N, from 10.0.3.1): network unreachable: it has no "
        "route to the destination's network\n"
        "  hop 2: no reply at this hop, yet later hops answer: this router does not send "
        "time-exceeded (or filters it); not a fault\n"
        "  hop 3: 1 of 2 probes unanswered: a busy router or dropped packets; not a fault by "
        "itself\n");
}

TEST_CASE("trace text: MPLS labels and names when ready", "[report]") {
  event_loop loop(event_loop::manual_time);
  reverse_dns dns(loop, test::answering([](const ip_address& x) -> std::optional<std::string> {
                    if (x == *ip_address::parse("10.0.1.1")) return "r1.example.net";
                    if (x == *ip_address::parse("10.0.2.1"))
                      return "evil\x1b[2J.example";  // not a host name
                    return std::nullopt;
                  }));
  trace_result r;
  r.target = "example";
  r.address = a("203.0.113.10");
  auto labelled = answer("10.0.2.1", 2.0);
  labelled.mpls = {packet::mpls_label{.label = 16, .exp = 0, .bottom_of_stack = true, .ttl = 1}};
  r.hops.push_back(make_hop(1, {answer("10.0.1.1", 1.0)}));
  r.hops.push_back(make_hop(2, {labelled}));
  r.hops.push_back(make_hop(3, {answer("203.0.113.10", 3.0)}));
  r.hops.back().probes.back().from_destination = true;
  r.reached = true;
  interpret(r);
  const auto text = write(report::output_format::text, r, {.names = &dns, .name_wait = 2000ms});
  CHECK(text ==
        "traceroute to example (203.0.113.10), 30 hops max, 60 byte packets\n"
        " 1  r1.example.net (10.0.1.1)  1.000 ms\n"
        " 2  10.0.2.1  2.000 ms <MPLS:L=16,E=0,S=1,T=1>\n"
        " 3  203.0.113.10  3.000 ms\n"
        "\n"
        "verdict: reached 203.0.113.10 at hop 3\n");
  CHECK(report::exit_status(r) == 0);
}

TEST_CASE("trace text: hop lines wait for their names on the loop, in order, bounded", "[report]") {
  // Hop 1's name comes after 300 ms; hop 2's responder never answers; hop 3's at once. No
  // thread: the lines go out from the loop, as the names come or name_wait passes.
  event_loop loop(event_loop::manual_time);
  std::vector<event_loop::timer> later;
  reverse_dns dns(loop, {.lookup = [&](const ip_address& x,
                                       std::function<void(std::optional<std::string>)> done) {
                    if (x == a("10.0.1.1"))
                      later.push_back(loop.schedule(300ms, [done] { done("r1.example.net"); }));
                    else if (x == a("10.0.3.1"))
                      done("r3.example.net");
                  }});
  const auto r = answered_by({"10.0.1.1", "10.0.2.1", "10.0.3.1"});
  std::ostringstream out, err;
  auto w = report::make_trace_writer(report::output_format::text, out, err,
                                     {.names = &dns, .name_wait = 2000ms});
  w->start(header_of(r));
  const auto t0 = loop.now();
  std::vector<std::pair<event_loop::duration, std::size_t>> seen;  // when, lines so far
  auto lines = [&] {
    const auto text = out.str();
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  };
  for (std::size_t i = 0; i < r.hops.size(); ++i)
    later.push_back(loop.schedule(100ms * static_cast<int>(i), [&, i] { w->hop(r.hops[i]); }));
  for (auto t : {250ms, 350ms, 2050ms})
    later.push_back(loop.schedule(t, [&, t] { seen.emplace_back(t, lines()); }));
  std::optional<event_loop::duration> settled;
  later.push_back(loop.schedule(250ms, [&] {
    w->settle([&] {
      settled = loop.now() - t0;
      loop.stop();
    });
  }));
  loop.run();
  // The header, then: nothing at 250 ms; hop 1 at 300 ms; hops 2 and 3 at 2100 ms.
  CHECK(seen == std::vector<std::pair<event_loop::duration, std::size_t>>{
                    {250ms, 1}, {350ms, 2}, {2050ms, 2}});
  CHECK(settled == 2100ms);
  w->finish(r);
  CHECK(out.str().find(" 1  r1.example.net (10.0.1.1)  1.000 ms\n"
                       " 2  10.0.2.1  2.000 ms\n"
                       " 3  r3.example.net (10.0.3.1)  3.000 ms\n") != std::string::npos);
}

TEST_CASE("trace JSON: the names get the bounded wait at the end, on the loop", "[report]") {
  event_loop loop(event_loop::manual_time);
  std::vector<event_loop::timer> later;
  const bool silent = GENERATE(false, true);
  reverse_dns dns(loop, {.lookup = [&](const ip_address& x,
                                       std::function<void(std::optional<std::string>)> done) {
                    if (x == a("10.0.1.1"))
                      later.push_back(loop.schedule(500ms, [done] { done("r1.example.net"); }));
                    else if (!silent)
                      later.push_back(loop.schedule(800ms, [done] { done(std::nullopt); }));
                  }});
  const auto r = answered_by({"10.0.1.1", "10.0.2.1"});
  std::ostringstream out, err;
  auto w = report::make_trace_writer(report::output_format::json, out, err,
                                     {.names = &dns, .name_wait = 2000ms});
  w->start(header_of(r));
  const auto t0 = loop.now();
  for (const auto& h : r.hops) w->hop(h);
  std::optional<event_loop::duration> settled;
  w->settle([&] {
    settled = loop.now() - t0;
    loop.stop();
  });
  loop.run();
  CHECK(settled == (silent ? 2000ms : 800ms));  // the limit, or the last answer
  CHECK(out.str().empty());                     // one document, at the end
  w->finish(r);
  const auto j = nlohmann::json::parse(out.str());
  CHECK(j["hops"][0]["probes"][0]["host"] == "r1.example.net");
  CHECK_FALSE(j["hops"][1]["probes"][0].contains("host"));
}

TEST_CASE("trace text: a hostile target is made visible, not obeyed", "[report]") {
  const auto r = unreachable_trace("evil\x1b[2J\nname");
  const auto text = write(report::output_format::text, r, {.numeric = true});
  CHECK(text.rfind("traceroute to evil\\x1b[2J\\x0aname (203.0.113.10), 30 hops max", 0) == 0);
  CHECK(text.find('\x1b') == std::string::npos);
}

TEST_CASE("trace report mode: mtr's table, progress on the error stream", "[report]") {
  trace_result r;
  r.target = "example";
  r.address = a("203.0.113.10");
  r.rounds = 2;
  r.hops.push_back(make_hop(1, {answer("10.0.1.1", 1.0), answer("10.0.1.2", 3.0)}));
  r.hops.push_back(make_hop(2, {hop_probe{}, hop_probe{}}));
  hop_stats s1;
  s1.ttl = 1;
  s1.responders = {a("10.0.1.1"), a("10.0.1.2")};
  s1.sent = 2;
  s1.received = 2;
  s1.last_ms = 3.0;
  s1.avg_ms = 2.0;
  s1.best_ms = 1.0;
  s1.worst_ms = 3.0;
  s1.stdev_ms = 1.4142;
  hop_stats s2;
  s2.ttl = 2;
  s2.sent = 2;
  s2.loss_percent = 100;
  r.stats = {s1, s2};
  interpret(r);
  std::string err;
  const auto text = write(report::output_format::text, r,
                          {.report_mode = true, .numeric = true, .progress = true}, &err);
  CHECK(text ==
        "report to example (203.0.113.10), 2 rounds, udp probes, 30 hops max\n"
        " Hop  Host                      Loss%   Snt     Last      Avg     Best     Wrst    StDev\n"
        "   1  10.0.1.1                   0.0%     2    3.000    2.000    1.000    3.000    1.414\n"
        "      10.0.1.2\n"
        "   2  ???                      100.0%     2        -        -        -        -        -\n"
        "\n"
        "verdict: no reply after hop 1 (10.0.1.1, 10.0.1.2): a firewall or filter past it drops "
        "the probes or their replies; contact whoever runs the network of hop 2\n"
        "  hop 1: 2 routers answered for this hop (10.0.1.1, 10.0.1.2): load balancing (ECMP) or "
        "a route change; --paris keeps one path\n");
  CHECK(err == "\rround 1/2\rround 2/2\n");
}

TEST_CASE("trace JSON: one sorted document, invalid UTF-8 replaced", "[report]") {
  const auto r = unreachable_trace("bad\xff");
  const auto line = write(report::output_format::json, r, {.numeric = true});
  REQUIRE(line.back() == '\n');
  CHECK(line.find('\n') == line.size() - 1);
  const auto j = nlohmann::json::parse(line);
  CHECK(j["target"] == "bad\xEF\xBF\xBD");
  CHECK(j["method"] == "udp");
  CHECK(j["verdict"]["kind"] == "unreachable");
  CHECK(j["verdict"]["hop"] == 3);
  CHECK(j["hops"][2]["probes"][0]["flag"] == "!N");
  CHECK(j["hops"][2]["probes"][1]["flag"].is_null());
  CHECK(j["hops"][2]["notes"][0] ==
        "1 of 2 probes unanswered: a busy router or dropped packets; not a fault by itself");
  CHECK(line ==
        "{\"address\":\"203.0.113.10\",\"answers_to\":[],\"confirmed\":false,\"first_ttl\":1,"
        "\"hops\":[{\"notes\":[],\"probes\":[{\"flag\":null,\"from\":\"10.0.1.1\",\"reply_ttl\":"
        "64,\"rtt_ms\":1.25},{\"flag\":null,\"from\":\"10.0.1.1\",\"reply_ttl\":64,\"rtt_ms\":"
        "0.5}],\"ttl\":1},{\"notes\":[\"no reply at this hop, yet later hops answer: this router "
        "does not send time-exceeded (or filters it); not a "
        "fault\"],\"probes\":[{\"flag\":null,\"from\":null,\"rtt_ms\":"
        "null},{\"flag\":null,\"from\":null,\"rtt_ms\":null}],\"ttl\":2},{\"notes\":[\"1 of 2 "
        "probes unanswered: a busy router or dropped packets; not a fault by itself\"],"
        "\"probes\":[{\"flag\":\"!N\",\"from\":\"10.0.3.1\",\"reply_ttl\":253,\"rtt_ms\":3.5},"
        "{\"flag\":null,\"from\":null,\"rtt_ms\":null}],\"ttl\":3}],\"max_hops\":30,\"method\":"
        "\"udp\",\"packet_size\":60,\"reached\":false,\"rounds\":1,\"target\":\"bad\xEF\xBF\xBD\","
        "\"verdict\":{\"hop\":3,\"kind\":\"unreachable\",\"text\":\"unreachable at hop 3 (!N, "
        "from 10.0.3.1): network unreachable: it has no route to the destination's network\"}}\n");
}

TEST_CASE("trace words: every verdict kind and method has its documented name", "[report]") {
  CHECK(report::to_string(verdict_kind::reached) == "reached");
  CHECK(report::to_string(verdict_kind::unreachable) == "unreachable");
  CHECK(report::to_string(verdict_kind::filtered_after_hop) == "filtered_after_hop");
  CHECK(report::to_string(verdict_kind::destination_silent) == "destination_silent");
  CHECK(report::to_string(verdict_kind::method_filtered) == "method_filtered");
  CHECK(report::to_string(verdict_kind::no_response) == "no_response");
  CHECK(report::to_string(verdict_kind::incomplete) == "incomplete");
  CHECK(report::method_name(probe_protocol::udp) == "udp");
  CHECK(report::method_name(probe_protocol::icmp_echo) == "icmp");
  CHECK(report::method_name(probe_protocol::tcp) == "tcp");
}

TEST_CASE("trace --mtu: pmtu per hop, the path MTU and the black hole, in text and JSON",
          "[report][pmtu]") {
  trace_result r;
  r.target = "example";
  r.address = a("203.0.113.10");
  r.hops.push_back(make_hop(1, {answer("10.0.1.1", 1.25)}));
  r.hops.push_back(make_hop(2, {answer("10.0.2.1", 2.5)}));
  auto dst = answer("203.0.113.10", 3.0);
  dst.from_destination = true;
  r.hops.push_back(make_hop(3, {dst}));
  r.reached = true;
  interpret(r);
  pmtu_result p;
  p.local_mtu = 1500;
  p.path_mtu = 1400;
  p.black_hole_after = 2;
  p.smallest_dropped = 1401;
  apply_pmtu(r, p);
  CHECK(r.result.kind == verdict_kind::pmtu_black_hole);
  CHECK(report::to_string(r.result.kind) == "pmtu_black_hole");
  const auto text = write(report::output_format::text, r, {.numeric = true});
  CHECK(text.find(" 1  10.0.1.1  1.250 ms  pmtu 1500\n 2  10.0.2.1  2.500 ms  pmtu 1500\n"
                  " 3  203.0.113.10  3.000 ms  pmtu 1400\n") != std::string::npos);
  CHECK(text.find("\nverdict: packets over 1400 bytes are dropped after hop 2 without an ICMP "
                  "'fragmentation needed': the path MTU is lower than the interfaces say and "
                  "the signal is filtered. ") != std::string::npos);
  CHECK(text.find("\npath MTU: 1400 bytes\n") != std::string::npos);
  const auto j = nlohmann::json::parse(write(report::output_format::json, r, {.numeric = true}));
  CHECK(j["path_mtu"] == 1400);
  CHECK(j["hops"][0]["pmtu"] == 1500);
  CHECK(j["hops"][2]["pmtu"] == 1400);
  CHECK(j["verdict"]["kind"] == "pmtu_black_hole");
  CHECK(j["verdict"]["hop"] == 2);
  CHECK(j["verdict"]["mtu"] == 1400);
  CHECK(report::exit_status(r) == 1);

  // Without --mtu: no pmtu, no path_mtu, no verdict.mtu.
  const auto plain = nlohmann::json::parse(
      write(report::output_format::json, unreachable_trace(), {.numeric = true}));
  CHECK_FALSE(plain.contains("path_mtu"));
  CHECK_FALSE(plain["hops"][0].contains("pmtu"));
  CHECK_FALSE(plain["verdict"].contains("mtu"));
}

TEST_CASE("every output format's name parses back to that format", "[report]") {
  using report::output_format;
  for (const auto f : {output_format::text, output_format::json, output_format::traceroute,
                       output_format::net_tools, output_format::iputils, output_format::fping,
                       output_format::dot}) {
    CAPTURE(report::to_string(f));
    CHECK(report::parse_output_format(report::to_string(f)) == f);
  }
  CHECK_FALSE(report::parse_output_format("csv"));
  CHECK_FALSE(report::parse_output_format(""));
}
