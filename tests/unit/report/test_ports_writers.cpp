#include <nettrio/report/ports.hpp>

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

using namespace nettrio;
using namespace nettrio::report;

namespace {

ip_address addr(const char* text) {
  return *ip_address::parse(text);
}

socket_record record(transport proto, const char* local, std::uint16_t lport, const char* remote,
                     std::uint16_t rport, socket_state state) {
  socket_record r;
  r.proto = proto;
  r.local_address = addr(local);
  r.local_port = lport;
  r.remote_address = addr(remote);
  r.remote_port = rport;
  r.state = state;
  r.inode = 1000 + lport;
  return r;
}

// The process name a hostile local user can set (PR_SET_NAME): an escape sequence, a
// newline that would forge a row, a byte that is not UTF-8.
const std::string hostile = "\x1b[8m\nfake\xff";
const std::string hostile_shown = "\\x1b[8m\\x0afake\\xff";
const std::string hostile_json = "\\u001b[8m\\nfake\xef\xbf\xbd";

struct written {
  std::string out, err;
};
written table(output_format f, const ports_report& r) {
  std::ostringstream out, err;
  make_ports_writer(f, out, err)->table(r);
  return {out.str(), err.str()};
}
written check(output_format f, const port_check_report& r) {
  std::ostringstream out, err;
  make_ports_writer(f, out, err)->check(r);
  return {out.str(), err.str()};
}

std::vector<socket_record> sample() {
  auto listener = record(transport::tcp, "0.0.0.0", 8080, "0.0.0.0", 0, socket_state::listen);
  listener.recv_q = 3;
  listener.backlog = 128;
  auto dual = record(transport::tcp, "::", 443, "::", 0, socket_state::listen);
  dual.v6only = false;
  auto conn =
      record(transport::tcp, "2001:db8::2", 40000, "2001:db8::1", 22, socket_state::established);
  conn.send_q = 1234567;
  auto udp = record(transport::udp, "198.51.100.2", 53, "0.0.0.0", 0, socket_state::close);
  return {listener, dual, conn, udp};
}

}  // namespace

TEST_CASE("ports text: netstat's columns, ss's addresses, widths fitted", "[report][ports]") {
  const auto r = make_ports_report(sample(), false, owner_stats{});
  const auto w = table(output_format::text, r);
  CHECK(w.out ==
        "Proto Recv-Q  Send-Q Local Address:Port  Peer Address:Port State\n"
        "tcp        3       0 0.0.0.0:8080        0.0.0.0:*         LISTEN\n"
        "tcp6       0       0 *:443               *:*               LISTEN\n"
        "tcp6       0 1234567 [2001:db8::2]:40000 [2001:db8::1]:22  ESTAB\n"
        "udp        0       0 198.51.100.2:53     0.0.0.0:*         UNCONN\n");
  CHECK(w.err.empty());
  CHECK(exit_status(r) == 0);

  SECTION("empty: the header alone") {
    CHECK(table(output_format::text, ports_report{}).out ==
          "Proto Recv-Q Send-Q Local Address:Port Peer Address:Port State\n");
  }
}

TEST_CASE("ports text -p: owners, hidden ones, hostile names", "[report][ports]") {
  auto records = sample();
  records.resize(2);
  records[0].pid = 4242;
  records[0].process = hostile;
  owner_stats stats;
  stats.wanted = 2;
  stats.found = 1;
  stats.processes_denied = 1;
  const auto r = make_ports_report(records, true, stats);
  CHECK(r.hidden_owners);
  const auto w = table(output_format::text, r);
  CHECK(w.out ==
        "Proto Recv-Q Send-Q Local Address:Port Peer Address:Port State  PID/Program\n"
        "tcp        3      0 0.0.0.0:8080       0.0.0.0:*         LISTEN 4242/" +
            hostile_shown +
            "\n"
            "tcp6       0      0 *:443              *:*               LISTEN -\n");
  CHECK(w.err ==
        "note: some owners are hidden (shown as '-'): processes of other users cannot be "
        "inspected; root sees all owners\n");

  SECTION("without -p, no note whatever the owner walk saw") {
    CHECK_FALSE(make_ports_report(records, false, stats).hidden_owners);
  }
}

TEST_CASE("ports JSON: one array on one line, sorted keys, raw process names", "[report][ports]") {
  auto records = sample();
  records.resize(2);
  records[0].pid = 4242;
  records[0].process = hostile;
  const auto w = table(output_format::json, make_ports_report(records, true, owner_stats{}));
  CHECK(w.out == R"([{"backlog":128,"family":"ipv4","inode":9080,"local_address":"0.0.0.0",)"
                 R"("local_port":8080,"pid":4242,"process":")" +
                     hostile_json +
                     R"(","proto":"tcp","recv_q":3,"remote_address":"0.0.0.0","remote_port":0,)"
                     R"("send_q":0,"state":"LISTEN","uid":0,"v6only":null},)"
                     R"({"backlog":null,"family":"ipv6","inode":1443,"local_address":"::",)"
                     R"("local_port":443,"pid":null,"process":null,"proto":"tcp","recv_q":0,)"
                     R"("remote_address":"::","remote_port":0,"send_q":0,"state":"LISTEN","uid":0,)"
                     R"("v6only":false}])"
                     "\n");
  CHECK(w.err.empty());
  CHECK(table(output_format::json, ports_report{}).out == "[]\n");
}

namespace {

check_verdict hand_verdict() {
  check_verdict v;
  v.port = 8080;
  v.outcome = check_outcome::reachable;
  check_binding b;
  b.socket = record(transport::tcp, "0.0.0.0", 8080, "0.0.0.0", 0, socket_state::listen);
  b.socket.pid = 7;
  b.socket.process = hostile;
  b.scope = binding_scope::wildcard;
  b.serves_ipv4 = true;
  check_binding lo;
  lo.socket = record(transport::tcp, "::1", 8080, "::", 0, socket_state::listen);
  lo.scope = binding_scope::loopback;
  lo.serves_ipv6 = true;
  v.bindings = {b, lo};
  port_finding elsewhere{.kind = port_finding_kind::other_namespace, .port = 8080};
  elsewhere.socket = record(transport::tcp, "0.0.0.0", 8080, "0.0.0.0", 0, socket_state::listen);
  elsewhere.socket.pid = 9;
  elsewhere.socket.process = "a\ab";  // \a: BEL, 0x07
  elsewhere.netns_name = "ns1";
  v.summary = {{.kind = port_finding_kind::all_ipv4, .port = 8080}, elsewhere};
  return v;
}

}  // namespace

TEST_CASE("ports --check text: the verdict, one row per binding, the advice", "[report][ports]") {
  owner_stats stats;
  stats.wanted = 2;
  stats.found = 1;  // a caller other than root: the second owner is hidden
  const auto r = make_port_check_report(hand_verdict(), stats);
  CHECK(r.hidden_owners);
  REQUIRE(r.verdict.advice.size() == 1);
  const auto w = check(output_format::text, r);
  CHECK(w.out ==
        "TCP port 8080 is listening on all IPv4 addresses: reachable from other hosts over "
        "IPv4 if the firewall allows; IPv6 clients are refused.\n"
        "But pid 9 (a\\x07b) listens on TCP 0.0.0.0:8080 in another network namespace: "
        "network namespace ns1.\n"
        "  tcp  0.0.0.0:8080  pid 7 (" +
            hostile_shown +
            ")  all IPv4 addresses: reachable from other hosts if the firewall allows\n"
            "  tcp  [::1]:8080    owner not visible            loopback only: only this host can "
            "connect\n"
            "An owner is not visible to this user: processes of other users cannot be "
            "inspected; root sees all owners.\n");
  CHECK(w.err.empty());
  CHECK(exit_status(r) == 0);

  SECTION("loopback only and nothing listening exit 1") {
    auto v = hand_verdict();
    v.outcome = check_outcome::loopback_only;
    CHECK(exit_status(make_port_check_report(v, owner_stats{.as_root = true})) == 1);
    v.outcome = check_outcome::not_listening;
    CHECK(exit_status(make_port_check_report(v, owner_stats{.as_root = true})) == 1);
  }
  SECTION("root sees every owner: no advice added") {
    CHECK(make_port_check_report(hand_verdict(), owner_stats{.as_root = true})
              .verdict.advice.empty());
  }
}

TEST_CASE("ports --check JSON: one line, sorted keys, prose sanitised, process raw",
          "[report][ports]") {
  auto v = hand_verdict();
  v.bindings.resize(1);
  v.advice = {{.kind = port_finding_kind::firewall_unread, .port = 8080, .text = "\x1b[2J"}};
  const auto w =
      check(output_format::json, make_port_check_report(v, owner_stats{.as_root = true}));
  CHECK(w.out ==
        R"({"accept_queue":[],"advice":["The host firewall was not checked: \\x1b[2J."],)"
        R"("bindings":[{"backlog":null,"family":"ipv4",)"
        R"("inode":9080,"local_address":"0.0.0.0","local_port":8080,)"
        R"j("meaning":"all IPv4 addresses: reachable from other hosts if the firewall allows",)j"
        R"j("owner":"pid 7 (\\x1b[8m\\x0afake\\xff)","pid":7,)j"
        R"("process":")" +
            hostile_json +
            R"(","proto":"tcp","recv_q":0,"remote_address":"0.0.0.0","remote_port":0,)"
            R"("scope":"wildcard","send_q":0,"serves_ipv4":true,"serves_ipv6":false,)"
            R"("state":"LISTEN","uid":0,"v6only":null}],"firewall":[],"firewall_error":null,)"
            R"("legacy_iptables":[],"listening":true,"namespaces":[],"outcome":"reachable",)"
            R"("port":8080,"protocols":["tcp"],)"
            R"("verdict":"TCP port 8080 is listening on all IPv4 addresses: reachable from other )"
            R"(hosts over IPv4 if the firewall allows; IPv6 clients are refused. But pid 9 )"
            R"((a\\x07b) listens on TCP 0.0.0.0:8080 in another network namespace: network )"
            R"(namespace ns1."})"
            "\n");
  CHECK(w.err.empty());
}
