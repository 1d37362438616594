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
    CHECK_THAT(d.text, Catch::Contains("is up"));
  }
  SECTION("no ICMP and no TCP: down or filtered, and the trace says where the path stops") {
    auto f = facts_for("198.51.100.7");
    pinged(f, 3, 0);
    f.ports.push_back(port(22, tcp_state::filtered));
    f.trace = trace_with(verdict_kind::filtered_after_hop, 4);
    const auto d = diagnose(f);
    CHECK(report::to_string(d.kind) == "host_unreachable");
    CHECK(d.problem);
    CHECK_THAT(d.text, Catch::Contains("after hop 4") && Catch::Contains("198.19.4.1"));
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
    CHECK_THAT(d.next_step, Catch::Contains("0.0.0.0"));
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
    CHECK_THAT(d.text, Catch::Contains("hop 3 (198.19.3.1)"));
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
