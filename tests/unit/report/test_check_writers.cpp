// The check writers over a hand-built report: the exact lines and document, outside text
// (the target, process names) made visible in text and never breaking JSON.

#include <nettrio/report/check.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

using namespace nettrio;

namespace {

check_report hand_report(std::string target) {
  check_report r;
  r.target = std::move(target);
  r.address = *ip_address::parse("198.51.100.7");
  r.ports = {22};
  r.steps.push_back(
      {check_step_kind::resolve, step_status::ok, resolve_details{r.target, r.address, false}});
  r.steps.push_back(
      {check_step_kind::ping, step_status::fail, ping_details{3, 0, 0, 100.0, std::nullopt}});
  r.steps.push_back({check_step_kind::tcp, step_status::ok,
                     tcp_details{22, tcp_state::open, 1.5, {}, std::chrono::seconds(2)}});
  r.steps.push_back({check_step_kind::trace, step_status::skip, trace_skipped{}});
  r.steps.push_back(
      {check_step_kind::ports, step_status::skip, ports_skipped{ports_skip_reason::remote_target}});
  r.facts.target = r.target;
  r.facts.address = r.address;
  r.facts.ping_ran = true;
  r.facts.ping_sent = 3;
  port_fact open;
  open.port = 22;
  open.state = tcp_state::open;
  open.rtt_ms = 1.5;
  r.facts.ports = {open};
  r.result = diagnose(r.facts);
  REQUIRE(r.result.kind == diagnosis_kind::icmp_filtered);
  return r;
}

std::string write(report::output_format f, const check_report& r, bool color = false) {
  std::ostringstream out, err;
  auto w = report::make_check_writer(f, out, err, {.color = color});
  check_plan plan;
  plan.target = r.target;
  plan.address = r.address;
  w->start(plan);
  for (const auto& s : r.steps) w->step(s);
  w->finish(r);
  CHECK(err.str().empty());
  return out.str();
}

}  // namespace

TEST_CASE("check text: one marked line per step, then the diagnosis", "[report]") {
  const auto r = hand_report("host.example");
  CHECK(write(report::output_format::text, r) ==
        "check host.example (198.51.100.7)\n"
        "[ OK ] resolve  host.example -> 198.51.100.7\n"
        "[FAIL] ping     no reply to 3 ICMP echo requests\n"
        "[ OK ] tcp      port 22 open (connected in 1.500 ms)\n"
        "[ -- ] trace    not needed: ping answered without loss\n"
        "[ -- ] ports    the target is another host (run `nettrio ports --check PORT` there)\n"
        "\n"
        "diagnosis: 198.51.100.7 is up: TCP port 22 answers, but ICMP echo gets no reply, so "
        "ICMP is filtered (a security group or firewall).\n"
        "next step: nothing to fix for the service; to make ping work, allow inbound ICMP on the "
        "receiver and outbound ICMP on the sender\n");
  CHECK(report::exit_status(r) == 0);
  SECTION("colours on the marks only") {
    const auto text = write(report::output_format::text, r, true);
    CHECK(text.find("[\033[32m OK \033[0m] resolve  host.example") != std::string::npos);
    CHECK(text.find("[\033[31mFAIL\033[0m] ping") != std::string::npos);
  }
}

TEST_CASE("check text: a hostile target is made visible, not obeyed", "[report]") {
  const auto text = write(report::output_format::text, hand_report("evil\x1b]0;x\a\nforged"));
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(text.find('\a') == std::string::npos);
  CHECK(text.rfind("check evil\\x1b]0;x\\x07\\x0aforged (198.51.100.7)\n", 0) == 0);
}

TEST_CASE("check JSON: one sorted document; invalid UTF-8 replaced, prose sanitised", "[report]") {
  auto r = hand_report("bad\xff");
  r.result.problem = true;
  CHECK(report::exit_status(r) == 1);
  const auto line = write(report::output_format::json, r);
  REQUIRE(line.find('\n') == line.size() - 1);
  const auto j = nlohmann::json::parse(line);
  CHECK(j["target"] == "bad\xEF\xBF\xBD");
  // The summary quotes the target: sanitised like any prose.
  CHECK(j["steps"][0]["summary"] == "bad\\xff -> 198.51.100.7");
  CHECK(line ==
        "{\"address\":\"198.51.100.7\",\"diagnosis\":{\"kind\":\"icmp_filtered\",\"next_step\":"
        "\"nothing to fix for the service; to make ping work, allow inbound ICMP on the receiver "
        "and outbound ICMP on the sender\",\"problem\":true,\"text\":\"198.51.100.7 is up: TCP "
        "port 22 answers, but ICMP echo gets no reply, so ICMP is filtered (a security group or "
        "firewall).\"},\"local\":false,\"ports\":[22],\"steps\":[{\"details\":"
        "{\"address\":\"198.51.100.7\",\"local\":false},\"status\":\"ok\",\"step\":\"resolve\","
        "\"summary\":\"bad\\\\xff -> 198.51.100.7\"},{\"details\":{\"loss_percent\":100.0,"
        "\"received\":0,\"rtt_avg_ms\":null,\"transmitted\":3},\"status\":\"fail\",\"step\":"
        "\"ping\",\"summary\":\"no reply to 3 ICMP echo requests\"},{\"details\":{\"port\":22,"
        "\"rtt_ms\":1.5,\"state\":\"open\"},\"status\":\"ok\",\"step\":\"tcp\",\"summary\":"
        "\"port 22 open (connected in 1.500 ms)\"},{\"details\":{},\"status\":\"skip\",\"step\":"
        "\"trace\",\"summary\":\"not needed: ping answered without loss\"},{\"details\":{},"
        "\"status\":\"skip\",\"step\":\"ports\",\"summary\":\"the target is another host (run "
        "`nettrio ports --check PORT` there)\"}],\"target\":\"bad\xEF\xBF\xBD\"}\n");
}

TEST_CASE("check words: each step's line", "[report]") {
  const auto line = [](check_step_details d) {
    return report::step_summary({check_step_kind::resolve, step_status::ok, std::move(d)});
  };
  const auto ip = *ip_address::parse("127.0.0.1");
  CHECK(line(resolve_details{"localhost", ip, true}) == "localhost -> 127.0.0.1 (this host)");
  CHECK(line(ping_details{3, 0, 2, 100.0, std::nullopt}) ==
        "no reply to 3 ICMP echo requests (2 ICMP errors)");
  CHECK(line(ping_details{3, 2, 0, 100.0 / 3, 0.25}) == "2/3 replies, 33.3333% loss, avg 0.250 ms");
  CHECK(line(ping_skipped{"cannot open ICMP socket"}) == "cannot ping: cannot open ICMP socket");
  CHECK(line(tcp_details{80, tcp_state::refused}) ==
        "port 80 refused: the host answered with a reset");
  CHECK(line(tcp_details{80, tcp_state::filtered, {}, {}, std::chrono::seconds(2)}) ==
        "port 80 filtered: no answer in 2 s");
  CHECK(line(tcp_details{80, tcp_state::error, {}, icmp_reason{ip_family::v4, 3, 1}}) ==
        "port 80: Destination Host Unreachable");
  CHECK(line(tcp_details{80, tcp_state::error, {}, icmp_reason{ip_family::v6, 1, 1}}) ==
        "port 80: Destination unreachable: Administratively prohibited");
  CHECK(line(tcp_details{
            80, tcp_state::error, {}, std::make_error_code(std::errc::network_unreachable)}) ==
        "port 80: Network is unreachable");
  trace_result t;
  t.address = *ip_address::parse("198.51.100.7");
  t.method = probe_protocol::icmp_echo;
  t.reached = true;
  t.result.kind = verdict_kind::reached;
  t.result.hop = 3;
  CHECK(line(trace_details{"server", t}) == "reached 198.51.100.7 at hop 3");
  CHECK(line(trace_details{"server", t, probe_protocol::udp}) ==
        "server drops UDP probes; traced with ICMP echo (-I): reached 198.51.100.7 at hop 3");
  CHECK(line(ports_skipped{ports_skip_reason::table_unreadable, "Permission denied"}) ==
        "cannot read the socket table: Permission denied");
  CHECK(line(ports_skipped{ports_skip_reason::no_port}) == "no port given");
  check_verdict v;
  v.outcome = check_outcome::not_listening;
  CHECK(line(ports_details{v}) == "not_listening");
  v.summary = {{.kind = port_finding_kind::nothing_bound, .port = 8080}};
  CHECK(line(ports_details{v}) ==
        "Nothing listens on TCP port 8080: a client gets \"connection refused\", which is "
        "expected. Start the service, or check which port it is configured to use.");
}

TEST_CASE("check words: every diagnosis kind has its documented name", "[report]") {
  CHECK(report::to_string(diagnosis_kind::ok) == "ok");
  CHECK(report::to_string(diagnosis_kind::loopback_only) == "loopback_only");
  CHECK(report::to_string(diagnosis_kind::port_refused) == "port_refused");
  CHECK(report::to_string(diagnosis_kind::port_filtered) == "port_filtered");
  CHECK(report::to_string(diagnosis_kind::host_unreachable) == "host_unreachable");
  CHECK(report::to_string(diagnosis_kind::icmp_filtered) == "icmp_filtered");
  CHECK(report::to_string(diagnosis_kind::path_broken) == "path_broken");
  CHECK(report::to_string(diagnosis_kind::host_silent) == "host_silent");
  CHECK(report::to_string(diagnosis_kind::packet_loss) == "packet_loss");
  CHECK(report::to_string(diagnosis_kind::high_latency) == "high_latency");
  CHECK(report::to_string(diagnosis_kind::inconclusive) == "inconclusive");
}
