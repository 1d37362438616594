#include <nettrio/check/check.hpp>
#include <nettrio/report/check.hpp>

#include <catch2/catch.hpp>

using namespace nettrio;

namespace {
dns_report slow_report() {
  dns_report r;
  r.name = "web.lab.test";
  r.nsswitch = {"files", "dns"};
  r.hosts_first = true;
  dns_server_result dead;
  dead.server = *ip_address::parse("127.0.0.53");
  dead.rcode = dns_rcode::timeout;
  dead.time = std::chrono::milliseconds(2000);
  dns_server_result good;
  good.server = *ip_address::parse("127.0.0.1");
  good.rcode = dns_rcode::noerror;
  good.time = std::chrono::microseconds(300);
  good.answers = {*ip_address::parse("198.51.100.20")};
  r.servers = {dead, good};
  r.findings = diagnose_dns(r);
  return r;
}
}  // namespace

TEST_CASE("check: the dns step's line and status", "[check][dns]") {
  check_plan plan;
  plan.target = "web.lab.test";
  plan.address = *ip_address::parse("198.51.100.20");
  std::vector<check_step> seen;
  check_session s(plan, [&](const check_step& st) { seen.push_back(st); });
  s.dns(slow_report());
  s.resolved();
  REQUIRE(seen.size() == 2);
  CHECK(seen[0].kind == check_step_kind::dns);
  CHECK(seen[0].status == step_status::warn);
  CHECK(report::to_string(seen[0].kind) == "dns");
  CHECK(report::step_summary(seen[0]) ==
        "127.0.0.53 timeout (2000 ms), 127.0.0.1 NOERROR 198.51.100.20 (0 ms)");
  CHECK(seen[1].kind == check_step_kind::resolve);
}

TEST_CASE("check: a name that does not resolve ends with dns_failure", "[check][dns]") {
  check_plan plan;
  plan.target = "nothing.lab.test";
  check_session s(plan, {});
  auto r = slow_report();
  r.name = "nothing.lab.test";
  r.servers[1].rcode = dns_rcode::nxdomain;
  r.servers[1].answers.clear();
  r.findings = diagnose_dns(r);
  s.dns(r);
  const auto rep = s.unresolved();
  CHECK(rep.steps.size() == 1);
  CHECK(rep.steps[0].status == step_status::fail);
  CHECK(rep.result.kind == diagnosis_kind::dns_failure);
  CHECK(rep.result.problem);
  CHECK(report::exit_status(rep) == 1);
  CHECK(report::diagnosis_text(rep.facts, rep.result) ==
        "nothing.lab.test does not resolve: no DNS server gives an address: 127.0.0.53 says "
        "timeout, 127.0.0.1 says NXDOMAIN.");
}
