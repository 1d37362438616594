#include <nettrio/ports/check.hpp>
#include <nettrio/report/ports.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace nettrio;

namespace {

socket_record listener(const char* address, std::uint16_t port, transport proto = transport::tcp) {
  socket_record r;
  r.proto = proto;
  r.local_address = *ip_address::parse(address);
  r.local_port = port;
  r.remote_address = r.local_address.is_v4() ? ip_address::v4(0) : *ip_address::parse("::");
  r.state = proto == transport::tcp ? socket_state::listen : socket_state::close;
  r.inode = 1;
  return r;
}

bool contains(const std::string& text, const char* part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("ports --check: nothing listening", "[ports]") {
  const auto v = analyse_port({.port = 8080}, std::vector<socket_record>{});
  CHECK(v.outcome == check_outcome::not_listening);
  CHECK_FALSE(v.listening());
  REQUIRE(v.summary.size() == 1);
  CHECK(contains(report::port_finding_text(v.summary[0]), "Nothing listens on TCP port 8080"));
  CHECK(contains(report::port_finding_text(v.summary[0]), "connection refused"));
  CHECK(
      contains(report::port_finding_text(v.summary[0]), "Start the service, or check which port"));

  SECTION("sockets on other ports, other protocols or not listening do not count") {
    auto other = listener("0.0.0.0", 8081);
    auto udp = listener("0.0.0.0", 8080, transport::udp);
    auto client = listener("10.0.0.1", 8080);
    client.state = socket_state::established;
    const std::vector<socket_record> recs{other, udp, client};
    CHECK(analyse_port({.port = 8080}, recs).outcome == check_outcome::not_listening);
  }
  SECTION("UDP words") {
    const auto u = analyse_port({.port = 53, .tcp = false, .udp = true}, {});
    CHECK(contains(report::port_finding_text(u.summary[0]), "Nothing is bound to UDP port 53"));
    CHECK(contains(report::port_finding_text(u.summary[0]), "port unreachable"));
  }
}

TEST_CASE("ports --check: loopback only", "[ports]") {
  for (const char* a : {"127.0.0.1", "127.0.0.53", "::1", "::ffff:127.0.0.1"}) {
    INFO(a);
    auto r = listener(a, 8081);
    r.pid = 42;
    r.process = "nginx";
    const std::vector<socket_record> recs{r};
    const auto v = analyse_port({.port = 8081}, recs);
    CHECK(v.outcome == check_outcome::loopback_only);
    REQUIRE(v.bindings.size() == 1);
    CHECK(v.bindings[0].scope == binding_scope::loopback);
    CHECK(report::binding_owner(v.bindings[0]) == "pid 42 (nginx)");
    CHECK(contains(report::port_finding_text(v.summary[0]), "loopback only"));
    CHECK(contains(report::port_finding_text(v.summary[0]), "remote clients will be refused"));
    CHECK(contains(report::port_finding_text(v.summary[0]), "0.0.0.0"));
  }
}

TEST_CASE("ports --check: wildcard, dual stack, IPv6 only, specific address", "[ports]") {
  SECTION("0.0.0.0 alone: all IPv4 addresses") {
    const std::vector<socket_record> recs{listener("0.0.0.0", 8080)};
    const auto v = analyse_port({.port = 8080}, recs);
    CHECK(v.outcome == check_outcome::reachable);
    CHECK(v.bindings[0].scope == binding_scope::wildcard);
    CHECK(report::binding_owner(v.bindings[0]) == "owner not visible");
    CHECK(contains(report::port_finding_text(v.summary[0]), "all IPv4 addresses"));
    CHECK(contains(report::port_finding_text(v.summary[0]), "if the firewall allows"));
    CHECK(contains(report::port_finding_text(v.summary[0]), "IPv6 clients are refused"));
  }
  SECTION("0.0.0.0 and [::] v6only: all addresses") {
    auto six = listener("::", 8080);
    six.v6only = true;
    const std::vector<socket_record> recs{listener("0.0.0.0", 8080), six};
    const auto v = analyse_port({.port = 8080}, recs);
    CHECK(v.outcome == check_outcome::reachable);
    CHECK(contains(report::port_finding_text(v.summary[0]), "all addresses (IPv4 and IPv6)"));
  }
  SECTION("[::] dual stack") {
    auto six = listener("::", 8443);
    six.v6only = false;
    const std::vector<socket_record> recs{six};
    const auto v = analyse_port({.port = 8443}, recs);
    CHECK(v.bindings[0].serves_ipv4);
    CHECK(v.bindings[0].serves_ipv6);
    CHECK(contains(report::binding_meaning(v.bindings[0]), "dual stack"));
    CHECK(contains(report::port_finding_text(v.summary[0]), "all addresses (IPv4 and IPv6)"));
  }
  SECTION("[::] IPv6 only") {
    auto six = listener("::", 8083);
    six.v6only = true;
    const std::vector<socket_record> recs{six};
    const auto v = analyse_port({.port = 8083}, recs);
    CHECK(v.outcome == check_outcome::reachable);
    CHECK_FALSE(v.bindings[0].serves_ipv4);
    CHECK(contains(report::port_finding_text(v.summary[0]), "IPv6 only"));
    CHECK(contains(report::port_finding_text(v.summary[0]), "IPv4 clients are refused"));
    SECTION("asked about IPv4 only (-4), it does not count") {
      CHECK(analyse_port({.port = 8083, .ipv6 = false}, recs).outcome ==
            check_outcome::not_listening);
    }
  }
  SECTION("[::] from /proc: IPV6_V6ONLY unknown, Linux's default assumed and said") {
    const std::vector<socket_record> recs{listener("::", 8080)};
    const auto v = analyse_port({.port = 8080}, recs);
    CHECK(v.bindings[0].serves_ipv4);
    CHECK(contains(report::port_finding_text(v.summary[0]), "unless it is IPv6-only"));
  }
  SECTION("a specific address") {
    const std::vector<socket_record> recs{listener("198.19.0.2", 8082),
                                          listener("127.0.0.1", 8082)};
    const auto v = analyse_port({.port = 8082}, recs);
    CHECK(v.outcome == check_outcome::reachable);
    CHECK(v.bindings[0].scope == binding_scope::specific);
    CHECK(contains(report::port_finding_text(v.summary[0]), "on 198.19.0.2 only"));
    CHECK(contains(report::port_finding_text(v.summary[0]), "other addresses refuse"));
  }
  SECTION("a specific IPv6 address") {
    const std::vector<socket_record> recs{listener("2001:db8::2", 8085)};
    const auto v = analyse_port({.port = 8085}, recs);
    CHECK(v.bindings[0].scope == binding_scope::specific);
    CHECK(contains(report::port_finding_text(v.summary[0]), "2001:db8::2 only"));
  }
}

TEST_CASE("ports --check: TCP and UDP together, connected UDP ignored", "[ports]") {
  auto connected = listener("0.0.0.0", 5353, transport::udp);
  connected.state = socket_state::established;
  const std::vector<socket_record> recs{listener("127.0.0.1", 5353, transport::udp), connected,
                                        listener("0.0.0.0", 5353)};
  const auto v = analyse_port({.port = 5353, .tcp = true, .udp = true}, recs);
  CHECK(v.outcome == check_outcome::reachable);
  REQUIRE(v.summary.size() == 2);
  CHECK(
      contains(report::port_finding_text(v.summary[0]), "TCP port 5353 is listening on all IPv4"));
  CHECK(
      contains(report::port_finding_text(v.summary[1]), "UDP port 5353 is bound on loopback only"));
  CHECK(v.bindings.size() == 2);
}

TEST_CASE("ports --check: a full accept queue is pointed out", "[ports]") {
  auto r = listener("0.0.0.0", 80);
  r.backlog = 128;
  r.recv_q = 129;
  r.pid = 7;
  r.process = "httpd";
  const std::vector<socket_record> recs{r};
  const auto v = analyse_port({.port = 80}, recs);
  REQUIRE(v.advice.size() == 1);
  CHECK(contains(report::port_finding_text(v.advice[0]), "accept queue of 0.0.0.0:80 is full"));
  CHECK(contains(report::port_finding_text(v.advice[0]), "pid 7 (httpd)"));
}

TEST_CASE("ports --check options", "[ports]") {
  CHECK(validate(check_options{.port = 80}).empty());
  CHECK_FALSE(validate(check_options{.port = 0}).empty());
  CHECK_FALSE(validate(check_options{.port = 80, .tcp = false}).empty());
  // The command line's words, for a library caller too (tests/ports/cli.sh).
  CHECK(validate(check_options{.port = 0}) == "--check 0 is out of range; use 1 to 65535");
  CHECK(validate(check_options{.port = 80, .ipv4 = false, .ipv6 = false}) ==
        "-4 and -6 exclude each other; give one or neither");
  const auto q = check_query({.port = 53, .tcp = false, .udp = true, .ipv6 = false});
  CHECK_FALSE(q.tcp);
  CHECK(q.udp);
  CHECK(q.ipv6);  // a [::] socket may serve the IPv4 clients asked about
  CHECK(q.states == listening_states);
  CHECK(q.port == 53);
}
