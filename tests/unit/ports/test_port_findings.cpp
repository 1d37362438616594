#include <nettrio/ports/port_findings.hpp>
#include <nettrio/report/ports.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace nettrio;

namespace {

socket_record listener(const char* addr, std::uint16_t port, std::optional<std::int32_t> pid = 7) {
  socket_record r;
  r.proto = transport::tcp;
  r.state = socket_state::listen;
  r.local_address = *ip_address::parse(addr);
  r.local_port = port;
  r.backlog = 128;
  r.pid = pid;
  r.process = "web";
  return r;
}

// The findings as the writers word them (report/ports_words.cpp).
bool says(const std::vector<port_finding>& findings, const std::string& part) {
  const auto lines = report::port_finding_lines(findings);
  return std::any_of(lines.begin(), lines.end(),
                     [&](const std::string& l) { return l.find(part) != std::string::npos; });
}

firewall_report blocked_v4(std::uint16_t port) {
  firewall_report fw;
  fw.read = true;
  firewall_path p{ip_family::v4, transport::tcp, port, {}, firewall_action::drop};
  firewall_rule r;
  r.family = "inet";
  r.table = "filter";
  r.chain = "input";
  r.handle = 5;
  r.action = firewall_action::drop;
  r.rule = "tcp dport 8080 counter packets 3 bytes 180 drop";
  r.packets = 3;
  p.rules.push_back(r);
  fw.paths.push_back(p);
  fw.paths.push_back({ip_family::v6, transport::tcp, port, {}, firewall_action::accept});
  return fw;
}

}  // namespace

TEST_CASE("port findings: the firewall blocks a port that listens", "[ports][port_findings]") {
  const check_options o{.port = 8080};
  const std::vector<socket_record> sockets{listener("0.0.0.0", 8080)};
  auto v = analyse_port(o, sockets);
  REQUIRE(v.outcome == check_outcome::reachable);
  port_findings f;
  f.firewall = blocked_v4(8080);
  apply_findings(v, o, f);
  CHECK(v.outcome == check_outcome::firewall_blocked);
  CHECK(to_string(v.outcome) == "firewall_blocked");
  CHECK(says(v.summary,
             "But the host firewall drops new TCP connections to port 8080 over IPv4: rule inet "
             "filter input handle 5: tcp dport 8080 counter packets 3 bytes 180 drop (3 packets "
             "so far)."));
  CHECK(says(v.advice, "nft insert rule inet filter input tcp dport 8080 accept"));
  CHECK(says(v.advice, "nft delete rule inet filter input handle 5"));
  SECTION("a block on a family the service does not serve changes nothing") {
    auto v6 = analyse_port(o, std::vector<socket_record>{listener("::", 8080)});
    v6.bindings[0].serves_ipv4 = false;
    apply_findings(v6, o, f);
    CHECK(v6.outcome == check_outcome::reachable);
  }
}

TEST_CASE("port findings: the firewall could not be read, legacy tables",
          "[ports][port_findings]") {
  const check_options o{.port = 8080};
  auto v = analyse_port(o, std::vector<socket_record>{listener("0.0.0.0", 8080)});
  port_findings f;
  f.firewall = firewall_report{};
  f.firewall->error = "reading the nftables ruleset needs root (CAP_NET_ADMIN)";
  f.firewall->legacy_tables = {"ip:filter"};
  apply_findings(v, o, f);
  CHECK(v.outcome == check_outcome::reachable);
  CHECK(says(v.advice,
             "The host firewall was not checked: reading the nftables ruleset needs "
             "root (CAP_NET_ADMIN)."));
  CHECK(says(v.advice, "Legacy iptables tables exist (ip:filter)"));
}

TEST_CASE("port findings: only another namespace listens", "[ports][port_findings]") {
  const check_options o{.port = 18080};
  auto v = analyse_port(o, std::vector<socket_record>{});
  REQUIRE(v.outcome == check_outcome::not_listening);
  port_findings f;
  f.namespaces_searched = true;
  f.other_namespaces.push_back(
      {4026532999, "ns1",
       container_ref{container_runtime::docker, "4f2c9d1b0e8a7c6b5a4f3e2d1c0b9a8f"},
       listener("0.0.0.0", 18080, 42)});
  apply_findings(v, o, f);
  CHECK(v.outcome == check_outcome::other_namespace);
  CHECK(says(v.summary,
             "But pid 42 (web) listens on TCP 0.0.0.0:18080 in another network "
             "namespace: docker container 4f2c9d1b0e8a (network namespace ns1)."));
  CHECK(says(v.advice, "publish the port (docker run -p 18080:18080"));
  SECTION("not searched as a user: said so") {
    auto u = analyse_port(o, std::vector<socket_record>{});
    port_findings none;
    none.namespaces_need_root = true;
    apply_findings(u, o, none);
    CHECK(u.outcome == check_outcome::not_listening);
    CHECK(says(u.advice, "were not searched: that needs root"));
  }
}

TEST_CASE("port findings: a full accept queue", "[ports][port_findings]") {
  const check_options o{.port = 8080};
  auto l = listener("0.0.0.0", 8080, 123);
  l.recv_q = 129;
  auto v = analyse_port(o, std::vector<socket_record>{l});
  port_findings f;
  f.accept_queues.push_back(
      {l, *assess_accept_queue(l, {10, 10}, {22, 23}, std::chrono::milliseconds(250))});
  apply_findings(v, o, f);
  CHECK(v.outcome == check_outcome::accept_queue_full);
  CHECK(says(v.summary,
             "The accept queue of pid 123 is full (129/128): the service is not "
             "accepting fast enough; new connections are dropped."));
  CHECK(says(v.advice, "TcpExtListenOverflows rose by 12 and ListenDrops by 13 in 250 ms"));
  // analyse_port's shorter line is replaced, not repeated.
  const auto advice = report::port_finding_lines(v.advice);
  CHECK(std::count_if(advice.begin(), advice.end(), [](const std::string& a) {
          return a.starts_with("The accept queue of ");
        }) == 0);
}

TEST_CASE("port findings: listeners of other namespaces only", "[ports][port_findings]") {
  netns_scan scan;
  scan.namespaces.push_back({1, true, "", std::nullopt, 1, "init", "/proc/1/ns/net"});
  scan.namespaces.push_back({2, false, "box", std::nullopt, 9, "web", "/run/netns/box"});
  all_netns_sockets all;
  all.sockets.push_back({listener("0.0.0.0", 80), 1});
  all.sockets.push_back({listener("0.0.0.0", 80), 2});
  all.sockets.push_back({listener("0.0.0.0", 81), 2});
  const auto got = other_namespace_listeners({.port = 80}, scan, all);
  REQUIRE(got.size() == 1);
  CHECK(got[0].netns == 2);
  CHECK(got[0].name == "box");
}
