#include <nettrio/check/check.hpp>

#include <nettrio/ports/port_findings.hpp>
#include <nettrio/ports/run.hpp>
#include <nettrio/trace/pmtu.hpp>

#include <nettrio/ping/pinger.hpp>
#include <nettrio/ports/owners.hpp>
#include <nettrio/ports/socket_table.hpp>
#include <nettrio/probe/network.hpp>
#include <nettrio/trace/verdict.hpp>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <stdexcept>
#include <system_error>

namespace nettrio {

using namespace std::chrono_literals;

std::string validate(const check_plan& p) {
  if (std::find(p.ports.begin(), p.ports.end(), std::uint16_t{0}) != p.ports.end())
    return "port 0 is out of range; use 1 to 65535";
  if (p.ping_count < 1) return "the ping count must be at least 1";
  if (p.ping_interval < 0ms) return "the ping interval must not be negative";
  if (p.ping_timeout <= 0ms || p.connect_timeout <= 0ms) return "timeouts must be positive";
  return validate(p.trace);
}

local_ports read_local_ports(const std::vector<std::uint16_t>& ports) {
  local_ports out;
  try {
    // As ports --check, with the host firewall's rule for the port (root only; as another
    // user the advice says it was not read), without its look into other namespaces and
    // accept queues.
    for (auto port : ports)
      out.verdicts.push_back(run_port_check({.port = port}, source_kind::automatic,
                                            {.other_namespaces = false, .accept_queues = false})
                                 .verdict);
  } catch (const std::system_error& e) {
    out.error = e.what();
  }
  return out;
}

check_session::check_session(check_plan plan, check_step_handler on_step)
    : plan_(std::move(plan)), on_step_(std::move(on_step)) {
  if (auto err = validate(plan_); !err.empty()) throw std::invalid_argument(err);
  report_.target = plan_.target;
  report_.address = plan_.address;
  report_.local = plan_.local;
  report_.ports = plan_.ports;
}

void check_session::step(check_step s) {
  report_.steps.push_back(std::move(s));
  if (on_step_) on_step_(report_.steps.back());
}

namespace {
step_status dns_status(const dns_report& r) {
  if (r.findings.empty()) return step_status::ok;
  return std::any_of(r.findings.begin(), r.findings.end(),
                     [](const dns_finding& f) { return f.kind == dns_finding_kind::dns_failure; })
             ? step_status::fail
             : step_status::warn;
}
}  // namespace

void check_session::dns(dns_report r) {
  dns_ = r;
  step({check_step_kind::dns, dns_status(r), dns_details{std::move(r)}});
}

check_report check_session::unresolved() {
  report_.facts.target = plan_.target;
  report_.facts.dns = dns_;
  report_.result = {diagnosis_kind::dns_failure, true};
  return report_;
}

void check_session::resolved() {
  if (resolved_) return;
  resolved_ = true;
  // 1. Resolve (done by the caller: the step says what it found).
  step({check_step_kind::resolve, step_status::ok,
        resolve_details{plan_.target, plan_.address, plan_.local}});
}

check_report run_check(const check_plan& plan, const check_networks& nets, const local_ports& table,
                       const check_step_handler& on_step) {
  check_session s(plan, on_step);
  return s.run(nets, table);
}

check_report check_session::run(const check_networks& nets, const local_ports& table) {
  resolved();
  const auto& plan = plan_;
  const target t{plan.target, plan.address};
  const auto step = [&](check_step_kind kind, step_status status, check_step_details details) {
    this->step({kind, status, std::move(details)});
  };

  trifecta_facts facts;
  facts.target = plan.target;
  facts.address = plan.address;
  facts.local = plan.local;
  facts.ping_skipped = nets.icmp_error;

  // 2. Ping: a few probes, short timeouts.
  if (nets.icmp) {
    ping_options po;
    po.count = plan.ping_count;
    po.interval = plan.ping_interval;
    po.timeout = plan.ping_timeout;
    auto run = pinger(*nets.icmp, po).run({t}, [](const ping_event&) {});
    const auto& s = run.targets.front();
    facts.ping_ran = true;
    facts.ping_sent = s.transmitted;
    facts.ping_received = s.received;
    facts.ping_errors = s.errors;
    if (s.rtt) facts.ping_avg_ms = s.rtt->avg_ms;
    const ping_details d{s.transmitted, s.received, s.errors, s.loss(), facts.ping_avg_ms};
    step(check_step_kind::ping,
         s.received == 0                                             ? step_status::fail
         : s.received < s.transmitted || s.rtt->avg_ms > slow_rtt_ms ? step_status::warn
                                                                     : step_status::ok,
         d);
  } else {
    step(check_step_kind::ping, step_status::skip, ping_skipped{facts.ping_skipped});
  }

  // 3. TCP connect to each port asked.
  for (auto port : plan.ports) {
    if (!nets.tcp) throw std::invalid_argument("check: ports given without a TCP network");
    ping_options po;
    po.count = 1;
    po.timeout = plan.connect_timeout;
    po.tcp_port = port;
    port_fact pf;
    pf.port = port;
    (void)pinger(*nets.tcp, po).run({t}, [&](const ping_event& ev) {
      const auto& r = ev.result;
      if (r.status == probe_status::reply) {
        pf.state = r.tcp_open ? tcp_state::open : tcp_state::refused;
        if (r.rtt) pf.rtt_ms = std::chrono::duration<double, std::milli>(*r.rtt).count();
      } else if (r.status == probe_status::send_failed) {
        pf.state = tcp_state::error;
        pf.error = r.error;
      } else if (r.status == probe_status::unreachable) {
        pf.state = tcp_state::error;
        pf.error = icmp_reason{plan.address.family(), r.icmp_type, r.icmp_code};
      }
    });
    step(check_step_kind::tcp, pf.state == tcp_state::open ? step_status::ok : step_status::fail,
         tcp_details{port, pf.state, pf.rtt_ms, pf.error, plan.connect_timeout});
    facts.ports.push_back(std::move(pf));
  }

  // 4. Trace when ping failed, lost or was slow, when a port is silent and ping got nothing
  // back, or when asked.
  const bool port_silent =
      std::any_of(facts.ports.begin(), facts.ports.end(), [](const port_fact& p) {
        return p.state == tcp_state::filtered || p.state == tcp_state::error;
      });
  if (nets.trace &&
      (plan.force_trace || trace_needed(facts) || (port_silent && facts.ping_received == 0))) {
    auto tr = tracer(*nets.trace, plan.trace).run(plan.target, plan.address, [](const hop&) {});
    std::optional<probe_protocol> retraced_from;
    if (tr.result.kind == verdict_kind::method_filtered && !tr.answers_to.empty()) {
      // The destination drops the probes traced but answered another method: trace with that
      // one, as the verdict tells a user to.
      const auto m = tr.answers_to.front();
      std::unique_ptr<network> made;
      network* alt = m == probe_protocol::icmp_echo ? nets.icmp
                     : m == probe_protocol::tcp     ? nets.tcp
                                                    : nullptr;
      if (!alt && m == probe_protocol::tcp && nets.open_tcp) {
        try {
          made = nets.open_tcp();
          alt = made.get();
        } catch (const std::system_error& e) {
          spdlog::debug("check: no TCP network for the trace: {}", e.what());
        }
      }
      if (alt) {
        auto again = plan.trace;
        again.method = m;
        again.paris = again.paris && m != probe_protocol::tcp;
        auto tr2 = tracer(*alt, again).run(plan.target, plan.address, [](const hop&) {});
        if (tr2.reached) {
          retraced_from = tr.method;
          tr = std::move(tr2);
        }
      }
    }
    const auto status = tr.reached ? step_status::ok : step_status::fail;
    step(check_step_kind::trace, status, trace_details{plan.target, tr, retraced_from});
    facts.trace = std::move(tr);
  } else {
    step(check_step_kind::trace, step_status::skip, trace_skipped{});
  }

  // 4b. The path MTU, once ping and every port answered (the path works for small packets):
  // large ones may still vanish (a PMTU black hole), which is what hangs big transfers.
  const bool ports_ok = std::all_of(facts.ports.begin(), facts.ports.end(),
                                    [](const port_fact& p) { return p.state == tcp_state::open; });
  if (nets.mtu && facts.ping_received > 0 && ports_ok && !plan.local) {
    auto o = plan.trace;
    o.method = probe_protocol::icmp_echo;  // ping answered: echo reaches it
    o.paris = false;
    auto tr = tracer(*nets.mtu, o).run(plan.target, plan.address, [](const hop&) {});
    if (tr.reached) {
      pmtu_options mo;
      mo.method = probe_protocol::icmp_echo;
      mo.small_size = o.packet_size;
      mo.max_wait = o.max_wait;
      mo.min_wait = std::min(mo.min_wait, o.max_wait);
      mo.refill_pause = o.reprobe_pause;
      apply_pmtu(tr, measure_pmtu(*nets.mtu, mo, tr));
      const auto status = tr.result.kind == verdict_kind::pmtu_black_hole ? step_status::fail
                          : tr.path_mtu                                   ? step_status::ok
                                                                          : step_status::warn;
      step(check_step_kind::mtu, status, mtu_details{tr});
      facts.mtu = std::move(tr);
    }
  }

  // 5. On this host: who listens on the ports, and where (read by the caller, as the user).
  if (plan.local && !plan.ports.empty()) {
    if (!table.error.empty())
      step(check_step_kind::ports, step_status::skip,
           ports_skipped{ports_skip_reason::table_unreadable, table.error});
    for (std::size_t i = 0; i < table.verdicts.size() && i < facts.ports.size(); ++i) {
      const auto& v = table.verdicts[i];
      step(check_step_kind::ports,
           v.outcome == check_outcome::reachable       ? step_status::ok
           : v.outcome == check_outcome::loopback_only ? step_status::warn
                                                       : step_status::fail,
           ports_details{v});
      facts.ports[i].local = v;
    }
  } else {
    step(check_step_kind::ports, step_status::skip,
         ports_skipped{plan.local ? ports_skip_reason::no_port : ports_skip_reason::remote_target});
  }

  facts.dns = dns_;
  report_.result = diagnose(facts);
  // A path that works says more than DNS; once it does, DNS trouble is the finding.
  if (report_.result.kind == diagnosis_kind::ok && facts.mtu &&
      facts.mtu->result.kind == verdict_kind::pmtu_black_hole)
    report_.result = {diagnosis_kind::pmtu_black_hole, true};
  if (dns_ && report_.result.kind == diagnosis_kind::ok) {
    // A wrong answer before a slow one.
    for (const auto kind : {dns_finding_kind::dns_mismatch, dns_finding_kind::dns_slow}) {
      if (std::any_of(dns_->findings.begin(), dns_->findings.end(),
                      [&](const dns_finding& f) { return f.kind == kind; })) {
        report_.result = {kind == dns_finding_kind::dns_slow ? diagnosis_kind::dns_slow
                                                             : diagnosis_kind::dns_mismatch,
                          true};
        break;
      }
    }
  }
  report_.facts = std::move(facts);
  return report_;
}

}  // namespace nettrio
