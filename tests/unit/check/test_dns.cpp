#include <nettrio/check/dns.hpp>
#include <nettrio/probe/event_loop.hpp>

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace nettrio;

namespace {
ip_address addr(const char* s) {
  return *ip_address::parse(s);
}
dns_server_result answer(const char* server, dns_rcode rc, std::vector<ip_address> a = {}) {
  dns_server_result r;
  r.server = addr(server);
  r.rcode = rc;
  r.answers = std::move(a);
  return r;
}
dns_report facts(std::vector<dns_server_result> servers) {
  dns_report r;
  r.name = "web.lab.test";
  r.nsswitch = {"files", "dns"};
  r.hosts_first = true;
  r.servers = std::move(servers);
  return r;
}
std::vector<dns_finding_kind> kinds(const dns_report& r) {
  std::vector<dns_finding_kind> out;
  for (const auto& f : diagnose_dns(r)) out.push_back(f.kind);
  return out;
}
}  // namespace

TEST_CASE("dns: resolv.conf", "[check][dns]") {
  const auto rc = detail::parse_resolv_conf(
      "# generated\n"
      "nameserver 198.51.100.53\n"
      "nameserver 2001:db8::53   # comment\n"
      "nameserver fe80::1%eth0\n"
      "nameserver not-an-address\n"
      "domain one.test\n"
      "search lab.test example.test\n"
      "options ndots:2 timeout:1 attempts:9 rotate\n");
  REQUIRE(rc.nameservers.size() == 3);
  CHECK(rc.nameservers[0] == addr("198.51.100.53"));
  CHECK(rc.nameservers[1] == addr("2001:db8::53"));
  CHECK(rc.nameservers[2] == addr("fe80::1"));
  CHECK(rc.search == std::vector<std::string>{"lab.test", "example.test"});
  CHECK(rc.timeout == std::chrono::seconds(1));
  CHECK(rc.attempts == 5);
  CHECK(rc.rotate);
  const auto empty = detail::parse_resolv_conf("");
  CHECK(empty.nameservers.empty());
  CHECK(empty.timeout == std::chrono::seconds(5));
}

TEST_CASE("dns: nsswitch order and /etc/hosts", "[check][dns]") {
  CHECK(detail::parse_nsswitch_hosts("passwd: files\nhosts:  files mdns4_minimal "
                                     "[NOTFOUND=return] dns myhostname\n") ==
        std::vector<std::string>{"files", "mdns4_minimal", "dns", "myhostname"});
  CHECK(detail::parse_nsswitch_hosts("hosts: dns files\n") ==
        std::vector<std::string>{"dns", "files"});
  CHECK(detail::parse_nsswitch_hosts("") == std::vector<std::string>{"files", "dns"});
  const char* hosts =
      "127.0.0.1 localhost\n"
      "198.51.100.7  Web.Lab.Test web  # the old address\n"
      "2001:db8::7 web.lab.test\n"
      "# 203.0.113.1 web.lab.test\n";
  CHECK(detail::hosts_lookup(hosts, "web.lab.test") ==
        std::vector<ip_address>{addr("198.51.100.7"), addr("2001:db8::7")});
  CHECK(detail::hosts_lookup(hosts, "web") == std::vector<ip_address>{addr("198.51.100.7")});
  CHECK(detail::hosts_lookup(hosts, "other.lab.test").empty());
}

TEST_CASE("dns: what the answers mean", "[check][dns]") {
  const auto good = addr("198.51.100.10");
  SECTION("every server agrees: nothing to say") {
    const auto r = facts({answer("192.0.2.53", dns_rcode::noerror, {good}),
                          answer("192.0.2.54", dns_rcode::noerror, {good})});
    CHECK(kinds(r).empty());
    CHECK(r.resolved() == std::vector<ip_address>{good});
  }
  SECTION("NXDOMAIN everywhere, nothing in /etc/hosts: dns_failure") {
    const auto r = facts({answer("192.0.2.53", dns_rcode::nxdomain)});
    CHECK(kinds(r) == std::vector{dns_finding_kind::dns_failure});
    CHECK(r.resolved().empty());
  }
  SECTION("no server answers: dns_failure, not dns_slow") {
    CHECK(kinds(facts({answer("192.0.2.53", dns_rcode::timeout),
                       answer("192.0.2.54", dns_rcode::timeout)})) ==
          std::vector{dns_finding_kind::dns_failure});
  }
  SECTION("no servers at all") {
    CHECK(kinds(facts({})) == std::vector{dns_finding_kind::dns_failure});
  }
  SECTION("the first server is dead: dns_slow, naming it") {
    const auto r = facts({answer("192.0.2.99", dns_rcode::timeout),
                          answer("192.0.2.53", dns_rcode::noerror, {good})});
    const auto f = diagnose_dns(r);
    REQUIRE(f.size() == 1);
    CHECK(f[0].kind == dns_finding_kind::dns_slow);
    CHECK(f[0].servers == std::vector<ip_address>{addr("192.0.2.99")});
  }
  SECTION("servers disagree: dns_mismatch") {
    const auto f = diagnose_dns(facts({answer("192.0.2.53", dns_rcode::noerror, {good}),
                                       answer("192.0.2.54", dns_rcode::nxdomain)}));
    REQUIRE(f.size() == 1);
    CHECK(f[0].kind == dns_finding_kind::dns_mismatch);
    CHECK(f[0].servers == std::vector<ip_address>{addr("192.0.2.54")});
  }
  SECTION("the same addresses in another order agree") {
    const auto other = addr("198.51.100.11");
    CHECK(kinds(facts({answer("192.0.2.53", dns_rcode::noerror, {good, other}),
                       answer("192.0.2.54", dns_rcode::noerror, {other, good})}))
              .empty());
  }
  SECTION("/etc/hosts answers first and differs from DNS: dns_mismatch; it resolves") {
    auto r = facts({answer("192.0.2.53", dns_rcode::noerror, {good})});
    r.hosts_answers = {addr("198.51.100.99")};
    CHECK(kinds(r) == std::vector{dns_finding_kind::dns_mismatch});
    CHECK(r.answered_by_hosts());
    CHECK(r.resolved() == std::vector<ip_address>{addr("198.51.100.99")});
  }
  SECTION("/etc/hosts has it and DNS does not: it resolves, from the file") {
    auto r = facts({answer("192.0.2.53", dns_rcode::nxdomain)});
    r.hosts_answers = {good};
    CHECK(kinds(r) == std::vector{dns_finding_kind::dns_mismatch});
  }
  SECTION("nsswitch without dns: servers do not count") {
    auto r = facts({answer("192.0.2.53", dns_rcode::noerror, {good})});
    r.nsswitch = {"files"};
    CHECK(kinds(r) == std::vector{dns_finding_kind::dns_failure});
  }
  SECTION("SERVFAIL and REFUSED are failures, not disagreement") {
    CHECK(kinds(facts({answer("192.0.2.53", dns_rcode::servfail),
                       answer("192.0.2.54", dns_rcode::refused)})) ==
          std::vector{dns_finding_kind::dns_failure});
  }
}

TEST_CASE("dns: options and loops", "[check][dns]") {
  CHECK(validate(dns_options{}) == "no name to look up");
  CHECK(validate(dns_options{.name = "a.test", .ipv4 = false, .ipv6 = false}) ==
        "neither IPv4 (A) nor IPv6 (AAAA) asked for");
  CHECK(validate(dns_options{.name = "a.test"}).empty());
  event_loop manual(event_loop::manual_time);
  CHECK_THROWS_AS(dns_check(manual, dns_options{.name = "a.test"}, [](dns_report) {}),
                  std::invalid_argument);
}

TEST_CASE("dns: a resolv.conf without servers ends at once, on the loop", "[check][dns]") {
  dns_options o{.name = "a.test",
                .resolv_conf_path = "/dev/null",
                .hosts_path = "/dev/null",
                .nsswitch_path = "/dev/null"};
  const auto r = run_dns_check(o);
  CHECK(r.name == "a.test");
  CHECK(r.servers.empty());
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].kind == dns_finding_kind::dns_failure);
}
