// The exporter over the unit tests' fake network on a virtual-time loop: schedules, counters,
// reloads and traces asserted exactly, with nothing sent anywhere.

#include <nettrio/exporter/exporter.hpp>
#include <nettrio/probe/event_loop.hpp>

#include <catch2/catch.hpp>

#include "support/fake_network.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

using namespace nettrio;
namespace ex = nettrio::exporter;
using ex::exporter_config;
using ex::parse_config;
using namespace nettrio::test;
using namespace std::chrono_literals;

namespace {

// A socket set for the exporter over a fake network of the lab's hosts. A set that starts
// again (a pooled trace set, the next trace) gets a fresh fake over the hosts as they are
// then, so a test can change a path between traces. The first set opened, the ICMP/TCP
// one, is the one the test inspects.
struct fake_lab;

class fresh_fake final : public network {
 public:
  explicit fresh_fake(fake_lab& lab);
  void start(event_loop& loop, reply_handler on_reply) override;
  void stop() noexcept override { cur_->stop(); }
  std::error_code send(const probe& p, wall_time& sent_at) override {
    return cur_->send(p, sent_at);
  }
  void cancel(std::uint64_t token) noexcept override { cur_->cancel(token); }
  [[nodiscard]] local_identity identity(ip_family f) const noexcept override {
    return cur_->identity(f);
  }

 private:
  fake_lab& lab_;
  std::unique_ptr<fake_network> cur_;
  std::vector<std::unique_ptr<fake_network>> old_;  // replies may still be on their way
  bool started_ = false;
};

struct fake_lab {
  std::vector<host> hosts;
  fake_network* first = nullptr;
  std::vector<socket_options> opened;

  ex::exporter::network_factory factory() {
    return [this](const socket_options& so) -> std::unique_ptr<network> {
      opened.push_back(so);
      return std::make_unique<fresh_fake>(*this);
    };
  }
};

fresh_fake::fresh_fake(fake_lab& lab) : lab_(lab), cur_(std::make_unique<fake_network>(lab.hosts)) {
  if (lab_.first == nullptr) lab_.first = cur_.get();
}

void fresh_fake::start(event_loop& loop, reply_handler on_reply) {
  if (started_) {
    old_.push_back(std::move(cur_));
    cur_ = std::make_unique<fake_network>(lab_.hosts);
  }
  started_ = true;
  cur_->start(loop, std::move(on_reply));
}

void run_for(event_loop& loop, event_loop::duration d) {
  auto t = loop.schedule(d, [&] { loop.stop(); });
  loop.run();
}

// The value of the sample of `name` whose labels include all of `want`.
std::optional<double> value(const std::vector<report::metric_family>& fams, std::string_view name,
                            const std::map<std::string, std::string>& want) {
  for (const auto& f : fams) {
    if (f.name != name) continue;
    for (const auto& s : f.samples) {
      const bool match = std::ranges::all_of(want, [&](const auto& kv) {
        return std::ranges::find(s.labels, std::pair{kv.first, kv.second}) != s.labels.end();
      });
      if (match) return s.histogram ? static_cast<double>(s.histogram->count) : s.value;
    }
  }
  return std::nullopt;
}

std::size_t samples(const std::vector<report::metric_family>& fams, std::string_view name) {
  for (const auto& f : fams)
    if (f.name == name) return f.samples.size();
  return 0;
}

exporter_config config(const std::string& yaml) {
  return parse_config(yaml, "test.yml");
}

}  // namespace

TEST_CASE("exporter: every target on its own schedule, one probe per interval",
          "[exporter][schedule]") {
  event_loop loop(event_loop::manual_time);
  fake_lab lab;
  for (const char* a : {"198.18.0.1", "198.18.0.2", "198.18.0.3"})
    lab.hosts.push_back(host{addr(a), chain(2)});
  ex::exporter prober(
      loop,
      config("interval: 1s\ntargets:\n  - hosts: [198.18.0.1, 198.18.0.2, 198.18.0.3]\n"
             "    probes: [icmp]\n    labels: {site: lab}\n"),
      lab.factory());
  prober.start();
  const auto t0 = loop.now();
  run_for(loop, 10s + 500ms);
  const auto m = prober.metrics();
  std::set<std::int64_t> phases;
  for (const char* a : {"198.18.0.1", "198.18.0.2", "198.18.0.3"}) {
    const auto sent = lab.first->sent_to(addr(a));
    // A random phase in [0, 1 s), then exactly 1 s apart: 10 or 11 probes in 10.5 s.
    REQUIRE(sent.size() >= 10);
    REQUIRE(sent.size() <= 11);
    const auto phase = sent.front().sent_steady - t0;
    CHECK(phase >= 0s);
    CHECK(phase < 1s);
    phases.insert(std::chrono::duration_cast<std::chrono::microseconds>(phase).count());
    for (std::size_t i = 1; i < sent.size(); ++i)
      CHECK(sent[i].sent_steady - sent[i - 1].sent_steady == 1s);
    CHECK(value(m, "smokeping_requests_total", {{"host", a}, {"site", "lab"}}) ==
          static_cast<double>(sent.size()));
    CHECK(value(m, "smokeping_response_duration_seconds", {{"ip", a}}) ==
          static_cast<double>(sent.size()));
    CHECK(value(m, "smokeping_response_ttl", {{"ip", a}}) == 57);
  }
  // Jitter: the phases differ. Sends due within a millisecond of each other leave in one
  // batch, so two of the three share a phase in about 0.6 % of runs; all three only without
  // jitter (or, with it, about once in 250,000 runs).
  CHECK(phases.size() >= 2);
  CHECK(value(m, "nettrio_exporter_probes_late_total", {}) == 0);
  CHECK(value(m, "nettrio_exporter_targets", {{"probe", "icmp"}}) == 3);
}

TEST_CASE("exporter: loss is requests without a response", "[exporter][icmp]") {
  event_loop loop(event_loop::manual_time);
  fake_lab lab;
  host lossy{addr("198.18.0.9"), chain(1)};
  lossy.loss.every = 4;  // 25 %
  lab.hosts.push_back(lossy);
  ex::exporter prober(loop,
                      config("interval: 100ms\ntimeout: 500ms\ntargets:\n  - hosts: [198.18.0.9]\n"
                             "    probes: [icmp]\n"),
                      lab.factory());
  prober.start();
  run_for(loop, 40s + 1s);  // 400 probes; the last ones' timeouts pass too
  const auto m = prober.metrics();
  const auto req = *value(m, "smokeping_requests_total", {{"host", "198.18.0.9"}});
  const auto got = *value(m, "smokeping_response_duration_seconds", {{"host", "198.18.0.9"}});
  CHECK(req >= 400);
  CHECK(1 - got / req == Approx(0.25).margin(0.01));
}

TEST_CASE("exporter: a reload keeps the counters of the targets it keeps", "[exporter][reload]") {
  event_loop loop(event_loop::manual_time);
  fake_lab lab;
  for (const char* a : {"198.18.0.1", "198.18.0.2", "198.18.0.3"})
    lab.hosts.push_back(host{addr(a), chain(1)});
  ex::exporter prober(loop,
                      config("targets:\n  - hosts: [198.18.0.1, 198.18.0.2]\n    probes: [icmp]\n"),
                      lab.factory());
  prober.start();
  run_for(loop, 5s);
  const auto before =
      *value(prober.metrics(), "smokeping_requests_total", {{"host", "198.18.0.1"}});
  CHECK(before >= 4);
  prober.apply(
      config("targets:\n  - hosts: [198.18.0.1, 198.18.0.3]\n    probes: [icmp]\n"
             "    labels: {site: new}\n"));
  run_for(loop, 5s);
  const auto m = prober.metrics();
  const auto after = *value(m, "smokeping_requests_total", {{"host", "198.18.0.1"}});
  CHECK(after >= before + 4);  // went on: no reset
  CHECK(value(m, "smokeping_requests_total", {{"host", "198.18.0.1"}, {"site", "new"}}));
  CHECK(value(m, "smokeping_requests_total", {{"host", "198.18.0.3"}}) >= 4);
  CHECK_FALSE(value(m, "smokeping_requests_total", {{"host", "198.18.0.2"}}));
  CHECK(samples(m, "smokeping_requests_total") == 2);
  // The removed target gets nothing more.
  const auto to_removed = lab.first->sent_to(addr("198.18.0.2")).size();
  run_for(loop, 3s);
  CHECK(lab.first->sent_to(addr("198.18.0.2")).size() == to_removed);

  prober.reload_failed("test.yml:3: probe 'tcp:70000': the port must be from 1 to 65535");
  const auto failed = prober.metrics();
  CHECK(value(failed, "nettrio_exporter_config_last_reload_successful", {}) == 0);
  CHECK(value(failed, "nettrio_exporter_config_reload_failures_total", {}) == 1);
  CHECK(value(failed, "nettrio_exporter_config_error_info",
              {{"error", "test.yml:3: probe 'tcp:70000': the port must be from 1 to 65535"}}) == 1);
}

TEST_CASE("exporter: TCP connects by outcome", "[exporter][tcp]") {
  event_loop loop(event_loop::manual_time);
  fake_lab lab;
  lab.hosts.push_back(host{addr("198.18.0.1"), chain(1)});
  host closed{addr("198.18.0.2"), chain(1)};
  closed.mode = host_mode::refuses_tcp;
  lab.hosts.push_back(closed);
  host silent{addr("198.18.0.3"), chain(1)};
  silent.mode = host_mode::silent;
  lab.hosts.push_back(silent);
  ex::exporter prober(
      loop,
      config("interval: 1s\ntimeout: 500ms\ntargets:\n"
             "  - hosts: [198.18.0.1, 198.18.0.2, 198.18.0.3]\n    probes: [tcp:443]\n"),
      lab.factory());
  prober.start();
  run_for(loop, 5s + 600ms);
  const auto m = prober.metrics();
  const auto count = [&](const char* host_addr, const char* outcome) {
    return value(m, "nettrio_tcp_connect_total",
                 {{"host", host_addr}, {"port", "443"}, {"outcome", outcome}})
        .value_or(-1);
  };
  CHECK(count("198.18.0.1", "open") >= 5);
  CHECK(count("198.18.0.1", "refused") == 0);
  CHECK(count("198.18.0.2", "refused") >= 5);
  CHECK(count("198.18.0.3", "timeout") >= 5);
  CHECK(value(m, "nettrio_tcp_up", {{"host", "198.18.0.1"}}) == 1);
  CHECK(value(m, "nettrio_tcp_up", {{"host", "198.18.0.2"}}) == 0);
  CHECK(value(m, "nettrio_tcp_connect_duration_seconds", {{"host", "198.18.0.1"}}) ==
        count("198.18.0.1", "open"));
  REQUIRE_FALSE(lab.opened.empty());
  CHECK(lab.opened.front().tcp);
  CHECK(lab.opened.front().icmp);
}

TEST_CASE("exporter: a periodic trace shows hops, the verdict and path changes",
          "[exporter][trace]") {
  event_loop loop(event_loop::manual_time);
  fake_lab lab;
  host walled{addr("198.18.0.5"), chain(4)};
  walled.path[2].forwards = false;  // router 3 drops what goes past it
  lab.hosts.push_back(walled);
  ex::exporter prober(loop,
                      config("trace_interval: 10s\ntargets:\n  - hosts: [198.18.0.5]\n"
                             "    probes: [trace]\n"),
                      lab.factory());
  prober.start();
  run_for(loop, 25s);
  const auto m = prober.metrics();
  CHECK(value(m, "nettrio_traces_total", {{"host", "198.18.0.5"}}) >= 2);
  CHECK(value(m, "nettrio_trace_verdict_info",
              {{"host", "198.18.0.5"}, {"kind", "filtered_after_hop"}, {"hop", "3"}}) == 1);
  for (const char* ttl : {"1", "2", "3"})
    CHECK(value(m, "nettrio_hop_loss_ratio", {{"host", "198.18.0.5"}, {"ttl", ttl}}) == 0);
  CHECK(value(m, "nettrio_hop_loss_ratio",
              {{"ttl", "3"}, {"address", lab.hosts[0].path[2].responders.front().to_string()}}));
  CHECK(value(m, "nettrio_hop_loss_ratio", {{"host", "198.18.0.5"}, {"ttl", "4"}}) == 1);
  CHECK(value(m, "nettrio_trace_path_changes_total", {{"host", "198.18.0.5"}}) == 0);
  CHECK(value(m, "nettrio_exporter_traces_running", {}) <= 1);
}

TEST_CASE("exporter: a changed path is counted", "[exporter][trace]") {
  event_loop loop(event_loop::manual_time);
  fake_lab lab;
  lab.hosts.push_back(host{addr("198.18.0.5"), chain(3)});
  ex::exporter prober(loop,
                      config("trace_interval: 10s\ntargets:\n  - hosts: [198.18.0.5]\n"
                             "    probes: [trace]\n"),
                      lab.factory());
  prober.start();
  run_for(loop, 12s);
  CHECK(value(prober.metrics(), "nettrio_trace_verdict_info",
              {{"kind", "reached"}, {"hop", "4"}}) == 1);
  // Hop 2 answers from elsewhere from now on (new traces open fresh fakes over lab.hosts).
  lab.hosts[0].path[1].responders = {addr("198.51.100.2")};
  run_for(loop, 10s);
  const auto m = prober.metrics();
  INFO(report::write_prometheus(m));
  CHECK(value(m, "nettrio_trace_path_changes_total", {{"host", "198.18.0.5"}}) == 1);
  CHECK(value(m, "nettrio_hop_loss_ratio", {{"ttl", "2"}, {"address", "198.51.100.2"}}) == 0);
}

TEST_CASE("exporter: a scrape in steps writes what the families say", "[exporter][scrape]") {
  event_loop loop(event_loop::manual_time);
  fake_lab lab;
  std::string hosts;
  for (int i = 1; i <= 150; ++i) {
    const auto a = "198.18.1." + std::to_string(i);
    lab.hosts.push_back(host{addr(a.c_str()), chain(1)});
    hosts += (i > 1 ? ", " : "") + a;
  }
  ex::exporter prober(loop,
                      config("targets:\n  - hosts: [" + hosts +
                             "]\n    probes: [icmp, tcp:22]\n    labels: {site: a}\n"),
                      lab.factory());
  prober.start();
  run_for(loop, 3s + 500ms);
  std::string scraped;
  prober.scrape([&](std::string body) {
    scraped = std::move(body);
    loop.stop();
  });
  loop.run();
  const auto direct = report::write_prometheus(prober.metrics());
  // The series, in order, without their values (which move on as probes go).
  const auto keys = [](const std::string& text) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos < text.size()) {
      const auto end = text.find('\n', pos);
      const auto line = text.substr(pos, end - pos);
      out.push_back(line.starts_with("#") ? line : line.substr(0, line.rfind(' ')));
      pos = end + 1;
    }
    return out;
  };
  CHECK(keys(scraped) == keys(direct));
  CHECK(scraped.find("smokeping_requests_total{host=\"198.18.1.150\"") != std::string::npos);
}
