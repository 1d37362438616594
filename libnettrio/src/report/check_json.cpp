// `nettrio check --json`: one document at the end (docs/json.md, check).

#include "report/check_writers.hpp"
#include "report/json_line.hpp"

#include <nettrio/report/ports.hpp>
#include <nettrio/report/trace.hpp>
#include <nettrio/text/sanitize.hpp>

#include <chrono>

namespace nettrio::report::detail {

namespace {

using nlohmann::json;

json opt_num(const std::optional<double>& v) {
  return v ? json(*v) : json(nullptr);
}

struct details_json {
  json operator()(const ping_skipped&) const { return json::object(); }
  json operator()(const trace_skipped&) const { return json::object(); }
  json operator()(const ports_skipped&) const { return json::object(); }
  json operator()(const dns_details& d) const {
    const auto& r = d.report;
    auto addrs = [](const std::vector<ip_address>& v) {
      auto a = json::array();
      for (const auto& x : v) a.push_back(x.to_string());
      return a;
    };
    auto servers = json::array();
    for (const auto& s : r.servers)
      servers.push_back({{"server", s.server.to_string()},
                         {"rcode", to_string(s.rcode)},
                         {"time_ms", std::chrono::duration<double, std::milli>(s.time).count()},
                         {"answers", addrs(s.answers)},
                         {"error", s.error.empty() ? json(nullptr) : json(s.error)}});
    auto findings = json::array();
    for (const auto& f : r.findings)
      findings.push_back({{"kind", to_string(f.kind)}, {"servers", addrs(f.servers)}});
    return {{"name", r.name},
            {"nsswitch", r.nsswitch},
            {"hosts_first", r.hosts_first},
            {"hosts_answers", addrs(r.hosts_answers)},
            {"servers", std::move(servers)},
            {"findings", std::move(findings)}};
  }
  json operator()(const resolve_details& d) const {
    return {{"address", d.address.to_string()}, {"local", d.local}};
  }
  json operator()(const ping_details& d) const {
    return {{"transmitted", d.transmitted},
            {"received", d.received},
            {"loss_percent", d.loss_percent},
            {"rtt_avg_ms", opt_num(d.rtt_avg_ms)}};
  }
  json operator()(const tcp_details& d) const {
    return {{"port", d.port}, {"state", to_string(d.state)}, {"rtt_ms", opt_num(d.rtt_ms)}};
  }
  json operator()(const trace_details& d) const {
    const auto& v = d.trace.result;
    return {{"verdict",
             {{"kind", to_string(v.kind)},
              {"hop", v.hop ? json(*v.hop) : json(nullptr)},
              {"text", sanitize(verdict_text(d.trace))}}},
            {"method", method_name(d.trace.method)},
            {"hops", d.trace.hops.size()}};
  }
  json operator()(const mtu_details& d) const {
    const auto& v = d.trace.result;
    json j{{"verdict",
            {{"kind", to_string(v.kind)},
             {"hop", v.hop ? json(*v.hop) : json(nullptr)},
             {"text", sanitize(verdict_text(d.trace))}}},
           {"path_mtu", d.trace.path_mtu ? json(*d.trace.path_mtu) : json(nullptr)}};
    auto& hops = j["pmtu"] = json::array();
    for (const auto& h : d.trace.hops) hops.push_back(h.pmtu ? json(*h.pmtu) : json(nullptr));
    return j;
  }
  json operator()(const ports_details& d) const {
    const auto& v = d.verdict;
    json j{{"port", v.port}, {"outcome", nettrio::to_string(v.outcome)}};
    auto& b = j["bindings"] = json::array();
    for (const auto& x : v.bindings)
      b.push_back({{"address", x.socket.local_address.to_string()},
                   {"scope", nettrio::to_string(x.scope)},
                   {"owner", sanitize(report::binding_owner(x))}});
    return j;
  }
};

class check_json_writer final : public check_writer {
 public:
  explicit check_json_writer(std::ostream& out) : out_(out) {}
  void start(const check_plan&) override {}
  void step(const check_step&) override {}
  void finish(const check_report& r) override {
    auto steps = json::array();
    // Summaries quote outside text: sanitised for JSON's prose as for the terminal.
    for (const auto& s : r.steps)
      steps.push_back({{"step", to_string(s.kind)},
                       {"status", to_string(s.status)},
                       {"summary", sanitize(step_summary(s))},
                       {"details", std::visit(details_json{}, s.details)}});
    json j{{"target", r.target},
           {"address", r.result.kind == diagnosis_kind::dns_failure ? json(nullptr)
                                                                    : json(r.address.to_string())},
           {"local", r.local},
           {"ports", r.ports},
           {"steps", std::move(steps)},
           {"diagnosis",
            {{"kind", to_string(r.result.kind)},
             {"problem", r.result.problem},
             {"text", sanitize(diagnosis_text(r.facts, r.result))},
             {"next_step", sanitize(next_step_text(r.facts, r.result))}}}};
    // The raw target may hold any bytes: invalid UTF-8 becomes U+FFFD, never an exception.
    write_json_line(out_, j);
  }

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<check_writer> make_check_json_writer(std::ostream& out, std::ostream&,
                                                     const check_writer_options&) {
  return std::make_unique<check_json_writer>(out);
}

}  // namespace nettrio::report::detail
