#include <nettrio/check/trifecta.hpp>
#include <nettrio/report/check.hpp>

#include <catch2/catch.hpp>

using namespace nettrio;

namespace {

trifecta_facts facts_for(const char* addr) {
  trifecta_facts f;
  f.target = addr;
  f.address = *ip_address::parse(addr);
  return f;
}

void pinged(trifecta_facts& f, std::uint64_t sent, std::uint64_t got, double avg = 1.0) {
  f.ping_ran = true;
  f.ping_sent = sent;
  f.ping_received = got;
  if (got) f.ping_avg_ms = avg;
}

port_fact port(std::uint16_t p, tcp_state s) {
  port_fact pf;
  pf.port = p;
  pf.state = s;
  return pf;
}

trace_result trace_with(verdict_kind kind, int hop_no, bool reached = false) {
  trace_result t;
  t.reached = reached;
  t.result.kind = kind;
  t.result.hop = hop_no;
  for (int k = 1; k <= hop_no; ++k) {
    hop h;
    h.ttl = k;
    hop_probe p;
    p.from = ip_address::v4(0xC6130000u + static_cast<std::uint32_t>(k) * 256 + 1);
    h.probes.push_back(p);
    t.hops.push_back(h);
  }
  return t;
}

}  // namespace

TEST_CASE("check reads ping, TCP and trace together", "[check]") {
  SECTION("all good") {
    auto f = facts_for("198.51.100.7");
    pinged(f, 3, 3);
    f.ports.push_back(port(443, tcp_state::open));
    const auto d = diagnose(f);
    CHECK(report::to_string(d.kind) == "ok");
    CHECK_FALSE(d.problem);
  }
  SECTION("no ICMP but the port connects: ICMP filtered, host up, not a problem for the service") {
    auto f = facts_for("198.51.100.7");
    pinged(f, 3, 0);
    f.ports.push_back(port(22, tcp_state::open));
    const auto d = diagnose(f);
    CHECK(report::to_string(d.kind) == "icmp_filtered");
    CHECK_FALSE(d.problem);
    CHECK_THAT(report::diagnosis_text(f, d), Catch::Contains("is up"));
  }
  SECTION("no ICMP and no TCP: down or filtered, and the trace says where the path stops") {
    auto f = facts_for("198.51.100.7");
    pinged(f, 3, 0);
    f.ports.push_back(port(22, tcp_state::filtered));
    f.trace = trace_with(verdict_kind::filtered_after_hop, 4);
    const auto d = diagnose(f);
    CHECK(report::to_string(d.kind) == "host_unreachable");
    CHECK(d.problem);
    CHECK_THAT(report::diagnosis_text(f, d),
               Catch::Contains("after hop 4") && Catch::Contains("198.19.4.1"));
  }
  SECTION("refused: up, nothing listens") {
    auto f = facts_for("198.51.100.7");
    pinged(f, 3, 3);
    f.ports.push_back(port(8080, tcp_state::refused));
    CHECK(report::to_string(diagnose(f).kind) == "port_refused");
  }
  SECTION("refused through a local address while the listener is on loopback only") {
    auto f = facts_for("198.51.100.7");
    f.local = true;
    pinged(f, 3, 3);
    auto pf = port(8080, tcp_state::refused);
    check_verdict v;
    v.outcome = check_outcome::loopback_only;
    pf.local = v;
    f.ports.push_back(pf);
    const auto d = diagnose(f);
    CHECK(report::to_string(d.kind) == "loopback_only");
    CHECK_THAT(report::next_step_text(f, d), Catch::Contains("0.0.0.0"));
  }
  SECTION("ping answers, port silent: a firewall drops the port") {
    auto f = facts_for("198.51.100.7");
    pinged(f, 3, 3);
    f.ports.push_back(port(5432, tcp_state::filtered));
    CHECK(report::to_string(diagnose(f).kind) == "port_filtered");
  }
  SECTION("the path breaks at hop K: the last responding hop is named") {
    auto f = facts_for("198.51.100.7");
    pinged(f, 3, 0);
    f.trace = trace_with(verdict_kind::filtered_after_hop, 3);
    const auto d = diagnose(f);
    CHECK(report::to_string(d.kind) == "path_broken");
    CHECK_THAT(report::diagnosis_text(f, d), Catch::Contains("hop 3 (198.19.3.1)"));
  }
  SECTION("loss and latency ask for a trace and are problems") {
    auto f = facts_for("198.51.100.7");
    pinged(f, 3, 2);
    CHECK(trace_needed(f));
    CHECK(report::to_string(diagnose(f).kind) == "packet_loss");
    auto slow = facts_for("198.51.100.7");
    pinged(slow, 3, 3, 450.0);
    CHECK(trace_needed(slow));
    CHECK(report::to_string(diagnose(slow).kind) == "high_latency");
    auto fine = facts_for("198.51.100.7");
    pinged(fine, 3, 3, 3.0);
    CHECK_FALSE(trace_needed(fine));
  }
}

TEST_CASE("the diagnosis in words, one row per reading", "[check]") {
  struct row {
    const char* name;
    trifecta_facts f;
    diagnosis_kind kind;
    bool problem;
    std::string text;
    std::string next_step;
  };
  const auto with = [](auto change) {
    auto f = facts_for("198.51.100.7");
    f.target = "server";
    change(f);
    return f;
  };
  const std::vector<row> rows{
      {"ok", with([](auto& f) {
         pinged(f, 3, 3);
         f.ports.push_back(port(443, tcp_state::open));
       }),
       diagnosis_kind::ok, false,
       "198.51.100.7 is reachable: ping answers (1.000 ms average) and TCP port 443 is open.",
       "nothing to do"},
      {"ICMP filtered, the port answers", with([](auto& f) {
         pinged(f, 3, 0);
         f.ports.push_back(port(22, tcp_state::open));
       }),
       diagnosis_kind::icmp_filtered, false,
       "198.51.100.7 is up: TCP port 22 answers, but ICMP echo gets no reply, so ICMP is "
       "filtered (a security group or firewall).",
       "nothing to fix for the service; to make ping work, allow inbound ICMP on the receiver and "
       "outbound ICMP on the sender"},
      {"ICMP filtered, the trace reaches it", with([](auto& f) {
         pinged(f, 3, 0);
         f.trace = trace_with(verdict_kind::reached, 3, true);
       }),
       diagnosis_kind::icmp_filtered, true,
       "198.51.100.7 does not answer ping, yet the trace reaches it: ICMP echo is filtered on the "
       "way or at the host.",
       "allow inbound ICMP echo on the receiver (security group / firewall), or check with "
       "--port"},
      {"refused on another host", with([](auto& f) {
         pinged(f, 3, 3);
         f.ports.push_back(port(8080, tcp_state::refused));
       }),
       diagnosis_kind::port_refused, true,
       "198.51.100.7 is up (it answers) but refuses port 8080: nothing listens there.",
       "on 198.51.100.7, start the service or check its port: run `nettrio ports --check 8080` "
       "there"},
      {"a port filtered", with([](auto& f) {
         pinged(f, 3, 3);
         f.ports.push_back(port(5432, tcp_state::filtered));
       }),
       diagnosis_kind::port_filtered, true,
       "198.51.100.7 is up (it answers ping) but port 5432 gets no answer at all: a firewall drops "
       "it (security group, network ACL or the host's own firewall).",
       "allow TCP 5432 inbound on the receiver's security group and host firewall"},
      {"nothing answers, the trace breaks", with([](auto& f) {
         pinged(f, 3, 0);
         f.ports.push_back(port(22, tcp_state::filtered));
         f.trace = trace_with(verdict_kind::filtered_after_hop, 4);
       }),
       diagnosis_kind::host_unreachable, true,
       "no ICMP reply and no TCP answer on port 22: 198.51.100.7 is down, or everything to it is "
       "filtered. The path breaks after hop 4: the last responding hop is hop 4 (198.19.4.1).",
       "contact whoever runs the network after hop 4 (198.19.4.1)"},
      {"no ping, no trace", with([](auto& f) { pinged(f, 3, 0); }),
       diagnosis_kind::host_unreachable, true, "198.51.100.7 does not answer ping.",
       "check that the host is up and that ICMP is allowed; try --port to test a TCP service"},
      {"the path breaks", with([](auto& f) {
         pinged(f, 3, 0);
         f.trace = trace_with(verdict_kind::filtered_after_hop, 3);
       }),
       diagnosis_kind::path_broken, true,
       "198.51.100.7 does not answer. The path breaks after hop 3: the last responding hop is hop "
       "3 (198.19.3.1).",
       "contact whoever runs the network after hop 3 (198.19.3.1); or try --port to test a TCP "
       "service"},
      {"silent next to the destination", with([](auto& f) {
         pinged(f, 3, 0);
         f.trace = trace_with(verdict_kind::destination_silent, 3);
       }),
       diagnosis_kind::host_silent, true,
       "198.51.100.7 does not answer ping. The trace reaches hop 3 (198.19.3.1), next to the "
       "destination, then goes silent. It may be up with ICMP filtered.",
       "check a port it serves: `nettrio check server:22` or `--port 443`"},
      {"loss", with([](auto& f) { pinged(f, 3, 2); }), diagnosis_kind::packet_loss, true,
       "198.51.100.7 answers, but 1 of 3 pings were lost.",
       "look at the trace for where loss starts and carries on to later hops"},
      {"slow", with([](auto& f) { pinged(f, 3, 3, 450.0); }), diagnosis_kind::high_latency, true,
       "198.51.100.7 answers, but slowly: 450.0 ms on average.",
       "look at the trace for the hop where RTT jumps and stays high"},
      {"no ping, no port", with([](auto& f) { f.ping_skipped = "no socket"; }),
       diagnosis_kind::inconclusive, true, "ping could not run (no socket) and no port was given.",
       "give a port to test (`--port 22`), or run with CAP_NET_RAW"},
  };
  for (const auto& c : rows) {
    INFO(c.name);
    const auto d = diagnose(c.f);
    CHECK(d.kind == c.kind);
    CHECK(d.problem == c.problem);
    CHECK(report::diagnosis_text(c.f, d) == c.text);
    CHECK(report::next_step_text(c.f, d) == c.next_step);
  }
}
