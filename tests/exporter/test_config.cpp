#include <nettrio/exporter/config.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace nettrio;
using namespace nettrio::exporter;
using namespace std::chrono_literals;

namespace {

// The error a text gets, as the front end prints it.
std::string error_of(const std::string& yaml) {
  try {
    (void)parse_config(yaml, "cfg.yml");
  } catch (const config_error& e) {
    return e.what();
  }
  return "(accepted)";
}

}  // namespace

TEST_CASE("config: the issue's example is read with its defaults", "[exporter][config]") {
  const auto cfg = parse_config(R"(interval: 1s            # between probes to one target
targets:
  - hosts: [db1.example.internal, 198.18.2.2, 198.18.3.0/28]
    probes: [icmp, tcp:5432, trace]
    labels: {site: fra1}
)",
                                "cfg.yml");
  REQUIRE(cfg.groups.size() == 1);
  const auto& g = cfg.groups[0];
  CHECK(g.hosts == std::vector<std::string>{"db1.example.internal", "198.18.2.2", "198.18.3.0/28"});
  REQUIRE(g.probes.size() == 3);
  CHECK(g.probes[0] == probe_spec{probe_kind::icmp, 0});
  CHECK(g.probes[1] == probe_spec{probe_kind::tcp, 5432});
  CHECK(g.probes[2] == probe_spec{probe_kind::trace, 0});
  CHECK(g.labels.at("site") == "fra1");
  CHECK(g.interval == 1s);
  CHECK(g.timeout == 1s);
  CHECK(g.size == 56);
  CHECK(g.trace_interval == 60s);
  CHECK(g.trace_method_used == probe_protocol::udp);
  CHECK(g.line == 3);
  CHECK(cfg.resolve_interval == 300s);
}

TEST_CASE("config: a group overrides the top level", "[exporter][config]") {
  const auto cfg = parse_config(R"(interval: 2s
size: 100
trace_method: icmp
resolve_interval: 30s
trace_concurrency: 2
targets:
  - hosts: [198.18.0.1]
    probes: [icmp]
  - hosts: [198.18.0.2]
    probes: [trace]
    interval: 250ms
    timeout: 700ms
    size: 20
    trace_interval: 10s
    trace_method: tcp
)",
                                "cfg.yml");
  REQUIRE(cfg.groups.size() == 2);
  CHECK(cfg.groups[0].interval == 2s);
  CHECK(cfg.groups[0].timeout == 2s);
  CHECK(cfg.groups[0].size == 100);
  CHECK(cfg.groups[0].trace_method_used == probe_protocol::icmp_echo);
  CHECK(cfg.groups[1].interval == 250ms);
  CHECK(cfg.groups[1].timeout == 700ms);
  CHECK(cfg.groups[1].size == 20);
  CHECK(cfg.groups[1].trace_interval == 10s);
  CHECK(cfg.groups[1].trace_method_used == probe_protocol::tcp);
  CHECK(cfg.resolve_interval == 30s);
  CHECK(cfg.trace_concurrency == 2);
}

TEST_CASE("config: each problem is one line naming file and line", "[exporter][config]") {
  CHECK(error_of("targets:\n  - hosts: [198.18.0.1]\n    probes: [icmp]\n    colour: red\n") ==
        "cfg.yml:4: unknown key 'colour' in a target group");
  CHECK(error_of("intervall: 1s\ntargets: []\n") == "cfg.yml:1: unknown key 'intervall'");
  CHECK(error_of("targets:\n  - hosts: [198.18.0.0/33]\n    probes: [icmp]\n")
            .starts_with("cfg.yml:2: bad CIDR"));
  CHECK(error_of("targets:\n  - hosts: [198.18.0.1]\n    probes: [icmp, tcp:70000]\n") ==
        "cfg.yml:3: probe 'tcp:70000': the port must be from 1 to 65535");
  CHECK(error_of("targets:\n  - hosts: [198.18.0.1]\n    probes: [tcp:0]\n") ==
        "cfg.yml:3: probe 'tcp:0': the port must be from 1 to 65535");
  CHECK(error_of("targets:\n  - hosts: [198.18.0.1]\n    probes: [icmp]\n"
                 "  - hosts:\n      - 198.18.0.2\n      - 198.18.0.1\n    probes: [icmp]\n") ==
        "cfg.yml:6: duplicate target '198.18.0.1'");
  CHECK(error_of("targets:\n  - hosts: [db.example.internal, DB.example.internal]\n"
                 "    probes: [icmp]\n") == "cfg.yml:2: duplicate target 'DB.example.internal'");
  CHECK(error_of("targets:\n  - hosts: [198.18.0.0/30, 198.18.0.2]\n    probes: [icmp]\n") ==
        "cfg.yml:2: duplicate target: 198.18.0.2 is already listed");
  CHECK(error_of("interval: fast\ntargets: []\n") ==
        "cfg.yml:1: interval: 'fast' is not a duration like 500ms, 1s or 5m");
  CHECK(error_of("interval: 1ms\ntargets: []\n") ==
        "cfg.yml:1: interval: 1ms is below the minimum of 10ms");
  CHECK(error_of("targets:\n  - hosts: [198.18.0.1]\n    probes: [udp]\n") ==
        "cfg.yml:3: unknown probe 'udp' (icmp, tcp:PORT or trace)");
  CHECK(
      error_of("targets:\n  - hosts: [198.18.0.1]\n    probes: [icmp]\n    labels: {host: x}\n") ==
      "cfg.yml:4: label 'host' is set by the exporter itself");
  CHECK(error_of("targets:\n  - hosts: [198.18.0.1]\n    probes: [icmp]\n    labels: {9a: x}\n") ==
        "cfg.yml:4: '9a' is not a valid Prometheus label name");
  CHECK(error_of("targets:\n  - hosts: [198.18.0.1]\n") ==
        "cfg.yml:2: target group without 'probes'");
  CHECK(error_of("interval: 1s\n") == "cfg.yml:1: no 'targets' list");
  CHECK(error_of("targets: [\n").starts_with("cfg.yml:"));
  CHECK(error_of("targets:\n  - hosts: [198.18.0.1]\n    probes: [icmp, icmp]\n") ==
        "cfg.yml:3: probe 'icmp' is listed twice");
}

TEST_CASE("config: durations", "[exporter][config]") {
  CHECK(parse_duration("1s") == 1000ms);
  CHECK(parse_duration("250ms") == 250ms);
  CHECK(parse_duration("1.5s") == 1500ms);
  CHECK(parse_duration("2m") == 120s);
  CHECK(parse_duration("1h") == 3600s);
  CHECK_FALSE(parse_duration("1"));
  CHECK_FALSE(parse_duration("s"));
  CHECK_FALSE(parse_duration("-1s"));
  CHECK_FALSE(parse_duration("1d"));
}

TEST_CASE("config: an unreadable file names itself", "[exporter][config]") {
  try {
    (void)load_config("/nonexistent/nettrio.yml");
    FAIL("accepted");
  } catch (const config_error& e) {
    CHECK(std::string(e.what()) == "/nonexistent/nettrio.yml: cannot read the file");
  }
}
