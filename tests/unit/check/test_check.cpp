// run_check over the fake network: the steps in order, their statuses and details, the trace
// run when ping fails, and the diagnosis; validate(check_plan).

#include <nettrio/check/check.hpp>
#include <nettrio/report/check.hpp>

#include <catch2/catch.hpp>

#include "support/fake_network.hpp"
#include "support/trace_run.hpp"

using namespace nettrio;
using namespace nettrio::test;
using namespace std::chrono_literals;
using Catch::Matchers::Contains;

namespace {

const auto dst = *ip_address::parse("198.51.100.7");

check_plan quick_plan(std::vector<std::uint16_t> ports) {
  check_plan p;
  p.target = "server";
  p.address = dst;
  p.ports = std::move(ports);
  p.ping_interval = 10ms;
  p.ping_timeout = 100ms;
  p.connect_timeout = 200ms;
  p.trace = quick_trace();
  p.trace.max_hops = 6;
  return p;
}

struct world {
  fake_network icmp, tcp, udp;
  explicit world(const host& h) : icmp({h}), tcp({h}), udp({h}) {}
  check_networks nets() { return {.icmp = &icmp, .tcp = &tcp, .trace = &udp}; }
};

std::vector<std::string> kinds(const check_report& r) {
  std::vector<std::string> out;
  for (const auto& s : r.steps)
    out.push_back(std::string(report::to_string(s.kind)) + ":" +
                  std::string(report::to_string(s.status)));
  return out;
}

}  // namespace

TEST_CASE("run_check: ICMP filtered while the port answers is not a problem", "[check]") {
  world w(host{.address = dst, .path = chain(2), .mode = host_mode::blocks_echo});
  std::vector<check_step_kind> streamed;
  const auto r = run_check(quick_plan({22}), w.nets(), {},
                           [&](const check_step& s) { streamed.push_back(s.kind); });
  CHECK(kinds(r) ==
        std::vector<std::string>{"resolve:ok", "ping:fail", "tcp:ok", "trace:ok", "ports:skip"});
  CHECK(streamed.size() == r.steps.size());
  CHECK(report::step_summary(r.steps[0]) == "server -> 198.51.100.7");
  CHECK_THAT(report::step_summary(r.steps[1]), Contains("no reply to 3 ICMP echo requests"));
  const auto& tcp = std::get<tcp_details>(r.steps[2].details);
  CHECK(tcp.port == 22);
  CHECK(tcp.state == tcp_state::open);
  const auto& trace = std::get<trace_details>(r.steps[3].details);
  CHECK(trace.trace.reached);
  CHECK(r.result.kind == diagnosis_kind::icmp_filtered);
  CHECK_FALSE(r.result.problem);
  CHECK(report::exit_status(r) == 0);
}

TEST_CASE("run_check: all good, no trace needed", "[check]") {
  world w(host{.address = dst, .path = chain(2)});
  const auto r = run_check(quick_plan({}), w.nets(), {}, {});
  CHECK(kinds(r) == std::vector<std::string>{"resolve:ok", "ping:ok", "trace:skip", "ports:skip"});
  CHECK(w.udp.sent().empty());
  CHECK(r.result.kind == diagnosis_kind::ok);
}

TEST_CASE("run_check: a silent host with a silent port is traced and unreachable", "[check]") {
  world w(host{.address = dst, .path = chain(2), .mode = host_mode::silent});
  const auto r = run_check(quick_plan({5432}), w.nets(), {}, {});
  CHECK(kinds(r) == std::vector<std::string>{"resolve:ok", "ping:fail", "tcp:fail", "trace:fail",
                                             "ports:skip"});
  CHECK(report::step_summary(r.steps[2]) == "port 5432 filtered: no answer in 0.2 s");
  CHECK(r.result.kind == diagnosis_kind::host_unreachable);
  CHECK(report::exit_status(r) == 1);
}

TEST_CASE("run_check: no ICMP socket: ping is skipped with the reason", "[check]") {
  world w(host{.address = dst, .path = chain(1)});
  auto nets = w.nets();
  nets.icmp = nullptr;
  nets.icmp_error = "cannot open ICMP socket: Operation not permitted";
  const auto r = run_check(quick_plan({}), nets, {}, {});
  CHECK(r.steps[1].status == step_status::skip);
  CHECK(report::step_summary(r.steps[1]) ==
        "cannot ping: cannot open ICMP socket: Operation not permitted");
  CHECK(r.result.kind == diagnosis_kind::inconclusive);
}

TEST_CASE("run_check: the MTU step after ping and TCP answered", "[check][pmtu]") {
  for (const bool signal : {true, false}) {
    INFO(signal);
    auto path = chain(2);
    path[0].mtu = 1400;
    path[0].sends_too_big = signal;
    const host h{.address = dst, .path = path};
    world w(h);
    fake_network mtu({h});
    auto nets = w.nets();
    nets.mtu = &mtu;
    const auto r = run_check(quick_plan({22}), nets, {}, {});
    CHECK(kinds(r) == std::vector<std::string>{"resolve:ok", "ping:ok", "tcp:ok", "trace:skip",
                                               signal ? "mtu:ok" : "mtu:fail", "ports:skip"});
    const auto& m = std::get<mtu_details>(r.steps[4].details);
    CHECK(m.trace.path_mtu == 1400u);
    if (signal) {
      CHECK(report::step_summary(r.steps[4]) ==
            "path MTU 1400 bytes: large packets pass or get 'fragmentation needed'");
      CHECK(r.result.kind == diagnosis_kind::ok);
      CHECK(report::exit_status(r) == 0);
    } else {
      CHECK_THAT(report::step_summary(r.steps[4]),
                 Contains("packets over 1400 bytes are dropped after hop 1 without an ICMP "
                          "'fragmentation needed'"));
      CHECK(r.result.kind == diagnosis_kind::pmtu_black_hole);
      CHECK(report::exit_status(r) == 1);
      CHECK_THAT(report::next_step_text(r.facts, r.result), Contains("to 1400"));
    }
  }
  SECTION("no MTU step when a port does not answer") {
    world w(host{.address = dst, .path = chain(2), .mode = host_mode::refuses_tcp});
    fake_network mtu({host{.address = dst, .path = chain(2)}});
    auto nets = w.nets();
    nets.mtu = &mtu;
    const auto r = run_check(quick_plan({22}), nets, {}, {});
    CHECK(mtu.sent().empty());
  }
}

TEST_CASE("validate(check_plan) and validate(trace_options) refuse what cannot run", "[check]") {
  CHECK(validate(quick_plan({22})).empty());
  auto p = quick_plan({0});
  CHECK_THAT(validate(p), Contains("port 0"));
  p = quick_plan({});
  p.trace.paris = true;
  p.trace.method = probe_protocol::tcp;
  CHECK_THAT(validate(p), Contains("--paris"));
  CHECK_THROWS_AS(check_session(p, {}), std::invalid_argument);
}
