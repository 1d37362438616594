// interpret() over hand-built trace results, table-driven: each row is a path as the tracer
// would hand it over, and the verdict (kind, hop, sentence) and notes it must read from it.

#include <nettrio/report/trace.hpp>
#include <nettrio/trace/verdict.hpp>

#include <catch2/catch.hpp>

#include "support/constants.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace nettrio;
using Catch::Matchers::Contains;

namespace {

const auto& dst = test::dst4;

ip_address a(const char* s) {
  return *ip_address::parse(s);
}

// One probe: "*" for no reply, else the responder; a flag, or an answer from the destination.
struct probe_spec {
  const char* from = "*";
  double rtt_ms = 1.0;
  std::optional<hop_flag> flag{};
  bool after_pause = false;
};

using hop_spec = std::vector<probe_spec>;

trace_result hand_trace(const std::vector<hop_spec>& hops) {
  trace_result r;
  r.target = "example";
  r.address = dst;
  int ttl = 0;
  for (const auto& spec : hops) {
    hop h;
    h.ttl = ++ttl;
    for (const auto& ps : spec) {
      hop_probe p;
      if (std::string(ps.from) != "*") {
        p.from = a(ps.from);
        p.rtt_ms = ps.rtt_ms;
        p.from_destination = *p.from == dst;
      }
      p.flag = ps.flag;
      p.after_pause = ps.after_pause;
      h.probes.push_back(p);
    }
    if (h.reached_destination()) r.reached = true;
    r.hops.push_back(h);
  }
  return r;
}

const hop_spec star{{"*"}, {"*"}, {"*"}};
hop_spec router(const char* addr) {
  return {{addr}, {addr}, {addr}};
}
hop_spec flagged(const char* addr, hop_flag f) {
  return {{addr, 1.0, f}, {addr, 1.0, f}, {addr, 1.0, f}};
}

}  // namespace

TEST_CASE("interpret: verdicts over hand-built traces", "[trace]") {
  struct row {
    const char* name;
    std::vector<hop_spec> hops;
    verdict_kind kind;
    std::optional<int> hop;
    std::string text;  // the whole sentence
    bool confirmed = false;
    bool interrupted = false;
    std::vector<probe_protocol> answers_to{};
  };
  using r = unreachable_reason;
  const std::vector<row> rows{
      {"reached",
       {router("10.0.1.1"), router("10.0.2.1"), router("203.0.113.10")},
       verdict_kind::reached,
       3,
       "reached 203.0.113.10 at hop 3"},
      {"!N at hop 2",
       {router("10.0.1.1"), flagged("10.0.2.1", {r::network, 0})},
       verdict_kind::unreachable,
       2,
       "unreachable at hop 2 (!N, from 10.0.2.1): network unreachable: it has no route to the "
       "destination's network"},
      {"!X from the destination itself",
       {router("10.0.1.1"), flagged("203.0.113.10", {r::prohibited, 13})},
       verdict_kind::unreachable,
       2,
       "unreachable at hop 2 (!X, from 203.0.113.10): communication administratively "
       "prohibited: a filter there rejects the traffic"},
      {"!E: the local stack refused",
       {{{"*", 0, hop_flag{r::local_error, 0}}}},
       verdict_kind::unreachable,
       1,
       "unreachable at hop 1 (!E): the local stack refused to send (no route from this host)"},
      {"an unknown code",
       {flagged("10.0.1.1", {r::other, 11})},
       verdict_kind::unreachable,
       1,
       "unreachable at hop 1 (!11, from 10.0.1.1): unreachable (!11)"},
      {"fig. 7: silence after hop 2",
       {router("10.0.1.1"), router("10.0.2.1"), star, star},
       verdict_kind::filtered_after_hop,
       2,
       "no reply after hop 2 (10.0.2.1): a firewall or filter past it drops the probes or their "
       "replies; contact whoever runs the network of hop 3"},
      {"fig. 7, confirmed",
       {router("10.0.1.1"), star, star},
       verdict_kind::filtered_after_hop,
       1,
       "no reply after hop 1 (10.0.1.1): a firewall or filter past it drops the probes or their "
       "replies; contact whoever runs the network of hop 2; confirmed by re-probing after a "
       "pause that refills routers' ICMP rate limits",
       true},
      {"fig. 7, confirmed, but a router rate-limits",
       {router("10.0.1.1"), {{"*"}, {"*"}, {"*"}, {"10.0.2.1", 1.0, {}, true}}, star},
       verdict_kind::filtered_after_hop,
       2,
       "no reply after hop 2 (10.0.2.1): a firewall or filter past it drops the probes or their "
       "replies; contact whoever runs the network of hop 3; but routers on this path rate-limit "
       "ICMP (hop 2 answered only after a pause), so the silence may be rate limiting too: run "
       "the trace again in a few seconds to be sure",
       true},
      {"fig. 8: silence after the destination's /24",
       {router("10.0.1.1"), router("203.0.113.1"), star},
       verdict_kind::destination_silent,
       2,
       "the path reaches hop 2 (203.0.113.1), which looks local to 203.0.113.10 (same /24), and "
       "then goes silent: most likely the destination itself does not answer probes and may "
       "well be up (try nettrio ping --tcp PORT); without knowing its subnetting this is a "
       "guess, not a certainty"},
      {"the destination answers another method",
       {router("10.0.1.1"), router("203.0.113.1"), star},
       verdict_kind::method_filtered,
       2,
       "the path reaches hop 2 (203.0.113.1), next to 203.0.113.10, which then drops UDP probes "
       "but answers ICMP echo (-I) and TCP SYN to port 80 (-T): it (or a filter in front of it) "
       "filters UDP; trace again with -I",
       false,
       false,
       {probe_protocol::icmp_echo, probe_protocol::tcp}},
      {"nothing answers",
       {star, star},
       verdict_kind::no_response,
       std::nullopt,
       "nothing answered, not even the first hop: probes or their ICMP replies are filtered "
       "close to this host (local firewall or the first router), or the network is down"},
      {"the last hop answers, not the destination",
       {router("10.0.1.1"), router("10.0.2.1")},
       verdict_kind::incomplete,
       2,
       "not reached within 30 hops; the path is longer, or loops (raise -m)"},
      {"interrupted",
       {router("10.0.1.1"), star},
       verdict_kind::incomplete,
       2,
       "interrupted after hop 2, before the trace was complete",
       false,
       true},
      {"interrupted at once",
       {},
       verdict_kind::incomplete,
       std::nullopt,
       "interrupted before any hop was complete",
       false,
       true},
  };
  for (const auto& c : rows) {
    INFO(c.name);
    auto t = hand_trace(c.hops);
    t.confirmed = c.confirmed;
    t.interrupted = c.interrupted;
    t.answers_to = c.answers_to;
    interpret(t);
    CHECK(t.result.kind == c.kind);
    CHECK(t.result.hop == c.hop);
    CHECK(report::verdict_text(t) == c.text);
    CHECK(report::exit_status(t) == (c.kind == verdict_kind::reached ? 0 : 1));
  }
}

TEST_CASE("interpret: notes over hand-built traces", "[trace]") {
  struct row {
    const char* name;
    std::vector<hop_spec> hops;
    int ttl;  // the hop with the note
    hop_note_kind kind;
    std::string text;
  };
  const std::vector<row> rows{
      {"fig. 6: a silent router with answers after it",
       {router("10.0.1.1"), star, router("203.0.113.10")},
       2,
       hop_note_kind::no_time_exceeded,
       "no reply at this hop, yet later hops answer: this router does not send time-exceeded (or "
       "filters it); not a fault"},
      {"fig. 5: a star while the path beyond carries every probe",
       {router("10.0.1.1"), {{"10.0.2.1"}, {"*"}, {"10.0.2.1"}}, router("203.0.113.10")},
       2,
       hop_note_kind::replies_rate_limited,
       "1 of 3 probes unanswered while the path beyond carries probes: most likely this router "
       "rate-limits its ICMP replies (Linux: about 6 at once, then 1 per second); not loss on "
       "the path, not a fault"},
      {"UDP stars at the destination",
       {router("10.0.1.1"), {{"203.0.113.10"}, {"*"}, {"*"}}},
       2,
       hop_note_kind::destination_rate_limited,
       "2 of 3 probes unanswered at the destination: UDP probes are answered by ICMP port "
       "unreachable, which hosts rate-limit (Linux: about 6 at once, then 1 per second), so "
       "this is most likely not loss; -I or -T measures it"},
      {"a re-probe after the pause answered",
       {router("10.0.1.1"),
        {{"*"}, {"*"}, {"*"}, {"10.0.2.1", 1.0, {}, true}},
        router("203.0.113.10")},
       2,
       hop_note_kind::answered_after_pause,
       "3 of 4 probes unanswered, but it answered when re-probed after a pause: this router "
       "rate-limits its ICMP messages (earlier probes, an earlier trace or other traffic had "
       "used up its allowance); not a fault"},
      {"fig. 9: two routers for one hop",
       {router("10.0.1.1"), {{"10.0.2.1"}, {"10.0.2.2"}, {"10.0.2.1"}}, router("203.0.113.10")},
       2,
       hop_note_kind::load_balancing,
       "2 routers answered for this hop (10.0.2.1, 10.0.2.2): load balancing (ECMP) or a route "
       "change; --paris keeps one path"},
      {"fig. 3: a later hop with a lower RTT",
       {{{"10.0.1.1", 9.0}}, {{"10.0.2.1", 3.0}}, {{"203.0.113.10", 9.5}}},
       2,
       hop_note_kind::lower_rtt,
       "lower RTT than an earlier hop (3.000 ms < 9.000 ms): replies take other return paths "
       "(asymmetric routing); per-hop RTT is not a per-link cost"},
  };
  for (const auto& c : rows) {
    INFO(c.name);
    auto t = hand_trace(c.hops);
    interpret(t);
    const auto& h = t.hops.at(static_cast<std::size_t>(c.ttl - 1));
    REQUIRE(h.notes.size() == 1);
    CHECK(h.notes[0].kind == c.kind);
    CHECK(report::note_text(h.notes[0]) == c.text);
    for (const auto& other : t.hops)
      if (other.ttl != c.ttl) CHECK(other.notes.empty());
  }
}

TEST_CASE("interpret: asymmetric return from the reply TTL", "[trace]") {
  auto t = hand_trace({router("10.0.1.1"), router("10.0.2.1"), router("203.0.113.10")});
  for (auto& p : t.hops[0].probes) p.reply_ttl = 64;  // 1 hop back
  for (auto& p : t.hops[1].probes) p.reply_ttl = 61;  // 4 hops back, 2 more than out
  interpret(t);
  CHECK(t.hops[0].notes.empty());
  REQUIRE(t.hops[1].notes.size() == 1);
  CHECK(t.hops[1].notes[0].kind == hop_note_kind::asymmetric_return);
  CHECK(t.hops[1].notes[0].return_hops == 4);
  CHECK(t.hops[1].notes[0].extra_hops == 2);
  CHECK(report::note_text(t.hops[1].notes[0]) ==
        "answers from this hop come back over 4 hops, 2 more than the way out (reply TTL): "
        "asymmetric routing from here on; RTTs from this hop on include that other way back");
}

TEST_CASE("classify_unreachable reads ICMP codes as traceroute does", "[trace]") {
  using r = unreachable_reason;
  struct row {
    ip_family family;
    std::uint8_t type, code;
    std::optional<r> reason;
    const char* flag;
  };
  for (const auto& c : {
           row{ip_family::v4, 3, 0, r::network, "!N"},
           row{ip_family::v4, 3, 1, r::host, "!H"},
           row{ip_family::v4, 3, 2, r::protocol, "!P"},
           row{ip_family::v4, 3, 3, std::nullopt, ""},  // port unreachable: the destination
           row{ip_family::v4, 3, 4, r::fragmentation_needed, "!F"},
           row{ip_family::v4, 3, 5, r::source_route_failed, "!S"},
           row{ip_family::v4, 3, 6, r::network_unknown, "!U"},
           row{ip_family::v4, 3, 7, r::host_unknown, "!W"},
           row{ip_family::v4, 3, 9, r::prohibited, "!X"},
           row{ip_family::v4, 3, 13, r::prohibited, "!X"},
           row{ip_family::v4, 3, 14, r::precedence_violation, "!V"},
           row{ip_family::v4, 3, 15, r::precedence_cutoff, "!C"},
           row{ip_family::v4, 3, 11, r::other, "!11"},
           row{ip_family::v4, 11, 0, std::nullopt, ""},  // time exceeded
           row{ip_family::v6, 1, 0, r::network, "!N"},
           row{ip_family::v6, 1, 1, r::prohibited, "!X"},
           row{ip_family::v6, 1, 2, r::precedence_violation, "!V"},
           row{ip_family::v6, 1, 3, r::host, "!H"},
           row{ip_family::v6, 1, 4, std::nullopt, ""},
           row{ip_family::v6, 1, 6, r::prohibited, "!X"},
           row{ip_family::v6, 1, 9, r::other, "!9"},
           row{ip_family::v6, 2, 0, r::fragmentation_needed, "!F"},  // packet too big
       }) {
    INFO(int(c.type) << "/" << int(c.code) << (c.family == ip_family::v4 ? " v4" : " v6"));
    const auto f = classify_unreachable(c.family, c.type, c.code);
    REQUIRE(f.has_value() == c.reason.has_value());
    if (!f) continue;
    CHECK(f->reason == *c.reason);
    CHECK(report::flag_text(*f) == c.flag);
  }
  CHECK(report::flag_text(hop_flag{unreachable_reason::local_error}) == "!E");
}
