#include <nettrio/ports/firewall.hpp>

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <stdexcept>

using namespace nettrio;

namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(NETTRIO_FIXTURES) + "/firewall/" + name);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// mixed.*: `nft -j list ruleset` and `nft -a list ruleset` of mixed.source.nft loaded with
// nft -f, plus two rules added with iptables (nft backend) in table ip filter.
// policy.*: the same for policy.source.nft (an ip6 prerouting chain, a policy-drop chain).
struct ruleset_fixture {
  std::string json, text;
};
const ruleset_fixture& mixed() {
  static const ruleset_fixture f{fixture("mixed.json"), fixture("mixed.nft")};
  return f;
}
const ruleset_fixture& policy() {
  static const ruleset_fixture f{fixture("policy.json"), fixture("policy.nft")};
  return f;
}

firewall_path decide(const ruleset_fixture& f, ip_family fam, transport t, std::uint16_t port) {
  return detail::decide_firewall(f.json, f.text, fam, t, port);
}

// A one-chain inet ruleset: "type filter hook input priority 0; policy POLICY" + rules.
std::string one_chain(const std::string& rules, const std::string& policy = "accept",
                      const std::string& more_chains = "") {
  return R"({"nftables": [{"table": {"family": "inet", "name": "t", "handle": 1}},
    {"chain": {"family": "inet", "table": "t", "name": "in", "handle": 1, "type": "filter",
               "hook": "input", "prio": 0, "policy": ")" +
         policy + R"("}})" + more_chains + rules + "]}";
}
std::string rule(int handle, const std::string& exprs, const std::string& chain = "in") {
  return R"(, {"rule": {"family": "inet", "table": "t", "chain": ")" + chain + R"(", "handle": )" +
         std::to_string(handle) + R"(, "expr": [)" + exprs + "]}}";
}
const std::string tcp_dport_8080 =
    R"({"match": {"op": "==", "left": {"payload": {"protocol": "tcp", "field": "dport"}}, "right": 8080}})";

}  // namespace

TEST_CASE("firewall: which rule drops, rejects or accepts (nft -f ruleset)", "[ports][firewall]") {
  SECTION("tcp dport 8080 counter drop") {
    const auto p = decide(mixed(), ip_family::v4, transport::tcp, 8080);
    CHECK(p.blocked());
    CHECK(p.verdict == firewall_action::drop);
    const auto* r = p.blocking_rule();
    REQUIRE(r);
    CHECK(r->family == "inet");
    CHECK(r->table == "filter");
    CHECK(r->chain == "input");
    CHECK(r->handle == 5);
    CHECK(r->rule == "tcp dport 8080 counter packets 0 bytes 0 drop");
    CHECK(r->packets == 0u);
    CHECK(r->bytes == 0u);
    CHECK_FALSE(r->conditional);
    CHECK_FALSE(r->policy);
    CHECK(p.rules.size() == 1);  // ct state and iif lo rules do not match a new remote SYN
  }
  SECTION("a set and a range: reject, over IPv6 too (inet)") {
    for (const int port : {8081, 9000, 9005, 9010}) {
      const auto p =
          decide(mixed(), ip_family::v6, transport::tcp, static_cast<std::uint16_t>(port));
      CHECK(p.verdict == firewall_action::reject);
      CHECK(p.blocking_rule()->handle == 7);
    }
    CHECK_FALSE(decide(mixed(), ip_family::v6, transport::tcp, 9011).blocked());
  }
  SECTION("accept with a counter: not blocked, the rule is told") {
    const auto p = decide(mixed(), ip_family::v4, transport::udp, 5353);
    CHECK_FALSE(p.blocked());
    REQUIRE(p.rules.size() == 1);
    CHECK(p.rules[0].action == firewall_action::accept);
    CHECK(p.rules[0].handle == 8);
    CHECK(p.rules[0].rule == "udp dport 5353 counter packets 0 bytes 0 accept");
  }
  SECTION("the same port over another protocol is not that rule's") {
    CHECK(decide(mixed(), ip_family::v4, transport::udp, 8080).rules.empty());
    CHECK_FALSE(decide(mixed(), ip_family::v4, transport::tcp, 5353).blocked());
  }
  SECTION("a rule for some sources only: conditional, the walk goes on") {
    const auto p = decide(mixed(), ip_family::v4, transport::tcp, 8082);
    CHECK_FALSE(p.blocked());
    REQUIRE(p.rules.size() == 1);
    CHECK(p.rules[0].conditional);
    CHECK(p.rules[0].action == firewall_action::drop);
    CHECK(p.rules[0].handle == 9);
    // ip saddr cannot match an IPv6 packet at all.
    CHECK(decide(mixed(), ip_family::v6, transport::tcp, 8082).rules.empty());
  }
  SECTION("jump to a chain that accepts") {
    const auto p = decide(mixed(), ip_family::v4, transport::tcp, 22);
    CHECK_FALSE(p.blocked());
    REQUIRE(p.rules.size() == 1);
    CHECK(p.rules[0].chain == "ssh");
    CHECK(p.rules[0].handle == 11);
  }
  SECTION("no rule for the port, policy accept") {
    const auto p = decide(mixed(), ip_family::v4, transport::tcp, 7777);
    CHECK_FALSE(p.blocked());
    CHECK(p.rules.empty());
    CHECK(p.blocking_rule() == nullptr);
  }
}

TEST_CASE("firewall: iptables on the nft backend", "[ports][firewall]") {
  SECTION("-p tcp --dport 8090 -j REJECT (an xt target)") {
    const auto p = decide(mixed(), ip_family::v4, transport::tcp, 8090);
    CHECK(p.verdict == firewall_action::reject);
    const auto* r = p.blocking_rule();
    REQUIRE(r);
    CHECK(r->family == "ip");
    CHECK(r->table == "filter");
    CHECK(r->chain == "INPUT");
    CHECK(r->handle == 2);
    CHECK(r->rule == "tcp dport 8090 counter packets 0 bytes 0 reject");
    // table ip filter is IPv4 only.
    CHECK_FALSE(decide(mixed(), ip_family::v6, transport::tcp, 8090).blocked());
  }
  SECTION("-m comment does not make a rule conditional") {
    const auto p = decide(mixed(), ip_family::v4, transport::udp, 8091);
    CHECK(p.verdict == firewall_action::drop);
    CHECK(p.blocking_rule()->handle == 3);
  }
}

TEST_CASE("firewall: hooks, priorities, policies and goto", "[ports][firewall]") {
  SECTION("prerouting at priority raw drops before any input chain (IPv6 table)") {
    const auto p = decide(policy(), ip_family::v6, transport::tcp, 7000);
    CHECK(p.verdict == firewall_action::drop);
    CHECK(p.blocking_rule()->table == "early");
    CHECK(p.blocking_rule()->chain == "pre");
  }
  SECTION("over IPv4 the ip6 table is not on the path: the input policy drops") {
    const auto p = decide(policy(), ip_family::v4, transport::tcp, 7000);
    CHECK(p.verdict == firewall_action::drop);
    const auto* r = p.blocking_rule();
    REQUIRE(r);
    CHECK(r->policy);
    CHECK(r->handle == 0);
    CHECK(r->rule == "policy drop");
    CHECK(r->chain == "input");
    CHECK(r->table == "policy_drop");
  }
  SECTION("accepted before the policy") {
    const auto p = decide(policy(), ip_family::v4, transport::tcp, 7001);
    CHECK_FALSE(p.blocked());
    CHECK(p.rules.at(0).handle == 3);
  }
  SECTION("goto a chain that rejects") {
    const auto p = decide(policy(), ip_family::v6, transport::udp, 7002);
    CHECK(p.verdict == firewall_action::reject);
    CHECK(p.blocking_rule()->chain == "udp_in");
    CHECK(p.blocking_rule()->rule == "counter packets 0 bytes 0 reject");
  }
}

TEST_CASE("firewall: the packet is a new connection from a remote client", "[ports][firewall]") {
  const std::string ct_new =
      R"({"match": {"op": "in", "left": {"ct": {"key": "state"}}, "right": "new"}})";
  const std::string ct_est = R"({"match": {"op": "in", "left": {"ct": {"key": "state"}},
                                  "right": ["established", "related"]}})";
  const std::string iif_lo =
      R"({"match": {"op": "==", "left": {"meta": {"key": "iif"}}, "right": "lo"}})";
  const std::string not_lo =
      R"({"match": {"op": "!=", "left": {"meta": {"key": "iifname"}}, "right": "lo"}})";
  const std::string eth0 =
      R"({"match": {"op": "==", "left": {"meta": {"key": "iifname"}}, "right": "eth0"}})";
  const std::string drop = R"({"drop": null})", accept = R"({"accept": null})";
  auto verdict = [](const std::string& json, std::uint16_t port = 8080) {
    return detail::decide_firewall(json, "", ip_family::v4, transport::tcp, port);
  };
  CHECK(verdict(one_chain(rule(2, ct_new + "," + tcp_dport_8080 + "," + drop))).blocked());
  CHECK_FALSE(verdict(one_chain(rule(2, ct_est + "," + drop))).blocked());
  CHECK_FALSE(verdict(one_chain(rule(2, iif_lo + "," + drop))).blocked());
  CHECK(verdict(one_chain(rule(2, not_lo + "," + tcp_dport_8080 + "," + drop))).blocked());
  SECTION("an interface name is unknown: conditional") {
    const auto p = verdict(one_chain(rule(2, eth0 + "," + drop)));
    CHECK_FALSE(p.blocked());
    REQUIRE(p.rules.size() == 1);
    CHECK(p.rules[0].conditional);
  }
  SECTION("policy drop after a conditional accept") {
    const auto p = verdict(one_chain(rule(2, eth0 + "," + accept), "drop"));
    CHECK(p.blocked());
    REQUIRE(p.rules.size() == 2);
    CHECK(p.rules[0].conditional);
    CHECK(p.rules[1].policy);
  }
  SECTION("tcp dport != 22 drop, meta l4proto sets, th dport") {
    const std::string not22 =
        R"({"match": {"op": "!=", "left": {"payload": {"protocol": "tcp", "field": "dport"}}, "right": 22}})";
    CHECK(verdict(one_chain(rule(2, not22 + "," + drop))).blocked());
    CHECK_FALSE(verdict(one_chain(rule(2, not22 + "," + drop)), 22).blocked());
    const std::string l4 =
        R"({"match": {"op": "==", "left": {"meta": {"key": "l4proto"}}, "right": {"set": ["tcp", "udp"]}}})";
    const std::string th =
        R"({"match": {"op": "==", "left": {"payload": {"protocol": "th", "field": "dport"}}, "right": {"range": [8000, 8999]}}})";
    CHECK(verdict(one_chain(rule(2, l4 + "," + th + "," + drop))).blocked());
    CHECK_FALSE(verdict(one_chain(rule(2, l4 + "," + th + "," + drop)), 9000).blocked());
  }
  SECTION("a verdict map") {
    const std::string vmap =
        R"({"vmap": {"key": {"payload": {"protocol": "tcp", "field": "dport"}},
                      "data": {"set": [[22, {"accept": null}], [8080, {"drop": null}]]}}})";
    CHECK(verdict(one_chain(rule(2, vmap))).blocked());
    CHECK_FALSE(verdict(one_chain(rule(2, vmap)), 22).blocked());
    CHECK(verdict(one_chain(rule(2, vmap)), 23).rules.empty());
  }
  SECTION("a named set or a rate limit cannot be told: conditional") {
    const std::string named =
        R"({"match": {"op": "==", "left": {"payload": {"protocol": "tcp", "field": "dport"}}, "right": "@blocked"}})";
    const std::string limit = R"({"limit": {"rate": 10, "per": "second"}})";
    CHECK(verdict(one_chain(rule(2, named + "," + drop))).rules.at(0).conditional);
    CHECK(verdict(one_chain(rule(2, limit + "," + drop))).rules.at(0).conditional);
  }
  SECTION("jump loops are cut, not followed forever") {
    const std::string chain_b =
        R"(, {"chain": {"family": "inet", "table": "t", "name": "b", "handle": 2}})";
    const std::string json = one_chain(
        rule(2, R"({"jump": {"target": "b"}})") + rule(3, R"({"jump": {"target": "in"}})", "b"),
        "accept", chain_b);
    CHECK_FALSE(verdict(json).blocked());
  }
  SECTION("return ends the chain: the policy decides") {
    CHECK(verdict(one_chain(rule(2, R"({"return": null})") + rule(3, accept), "drop")).blocked());
  }
}

TEST_CASE("firewall: input that is not a ruleset", "[ports][firewall]") {
  CHECK_THROWS_AS(detail::decide_firewall("", "", ip_family::v4, transport::tcp, 1),
                  std::invalid_argument);
  CHECK_THROWS_AS(detail::decide_firewall("[1,2]", "", ip_family::v4, transport::tcp, 1),
                  std::invalid_argument);
  CHECK_FALSE(detail::decide_firewall(R"({"nftables": []})", "", ip_family::v4, transport::tcp, 1)
                  .blocked());
  // Odd items are skipped, not trusted.
  CHECK_FALSE(detail::decide_firewall(R"({"nftables": [1, {"chain": 2}, {"rule": {"expr": 3}}]})",
                                      "", ip_family::v4, transport::tcp, 1)
                  .blocked());
}

TEST_CASE("firewall: legacy iptables tables", "[ports][firewall]") {
  CHECK(detail::legacy_table_names("filter\nnat\n", "ip") ==
        std::vector<std::string>{"ip:filter", "ip:nat"});
  CHECK(detail::legacy_table_names("", "ip6").empty());
}
