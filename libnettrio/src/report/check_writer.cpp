// The check writer for a format, and the check report's words.

#include "report/check_writers.hpp"

#include <nettrio/report/icmp.hpp>
#include <nettrio/report/ports.hpp>
#include <nettrio/report/trace.hpp>

#include <fmt/format.h>

#include <chrono>

namespace nettrio::report {

std::string_view to_string(step_status s) noexcept {
  switch (s) {
    case step_status::ok:
      return "ok";
    case step_status::warn:
      return "warn";
    case step_status::fail:
      return "fail";
    case step_status::skip:
      return "skip";
  }
  return "?";
}

std::string_view to_string(tcp_state s) noexcept {
  switch (s) {
    case tcp_state::open:
      return "open";
    case tcp_state::refused:
      return "refused";
    case tcp_state::filtered:
      return "filtered";
    case tcp_state::error:
      return "error";
  }
  return "?";
}

std::string_view to_string(check_step_kind k) noexcept {
  switch (k) {
    case check_step_kind::dns:
      return "dns";
    case check_step_kind::resolve:
      return "resolve";
    case check_step_kind::ping:
      return "ping";
    case check_step_kind::tcp:
      return "tcp";
    case check_step_kind::trace:
      return "trace";
    case check_step_kind::ports:
      return "ports";
    case check_step_kind::mtu:
      return "mtu";
  }
  return "?";
}

std::string_view to_string(diagnosis_kind k) noexcept {
  switch (k) {
    case diagnosis_kind::ok:
      return "ok";
    case diagnosis_kind::loopback_only:
      return "loopback_only";
    case diagnosis_kind::port_refused:
      return "port_refused";
    case diagnosis_kind::port_filtered:
      return "port_filtered";
    case diagnosis_kind::host_unreachable:
      return "host_unreachable";
    case diagnosis_kind::icmp_filtered:
      return "icmp_filtered";
    case diagnosis_kind::path_broken:
      return "path_broken";
    case diagnosis_kind::host_silent:
      return "host_silent";
    case diagnosis_kind::packet_loss:
      return "packet_loss";
    case diagnosis_kind::high_latency:
      return "high_latency";
    case diagnosis_kind::inconclusive:
      return "inconclusive";
    case diagnosis_kind::dns_failure:
      return "dns_failure";
    case diagnosis_kind::dns_slow:
      return "dns_slow";
    case diagnosis_kind::dns_mismatch:
      return "dns_mismatch";
    case diagnosis_kind::pmtu_black_hole:
      return "pmtu_black_hole";
  }
  return "?";
}

namespace {

std::string_view method_words(probe_protocol m) noexcept {
  switch (m) {
    case probe_protocol::icmp_echo:
      return "ICMP echo";
    case probe_protocol::tcp:
      return "TCP";
    default:
      return "UDP";
  }
}

// Why a connect failed: the send's error as the system words it, or the ICMP error in
// iputils' words; empty when neither is known.
std::string connect_error_text(const connect_error& e) {
  if (const auto* ec = std::get_if<std::error_code>(&e)) return ec->message();
  if (const auto* icmp = std::get_if<icmp_reason>(&e)) return icmp_error_text(*icmp);
  return {};
}

struct summary_words {
  // "127.0.0.53 timeout (500 ms), 127.0.0.1 NOERROR 198.51.100.20 (1 ms); /etc/hosts first:
  // 198.51.100.99"
  std::string operator()(const dns_details& d) const {
    const auto& r = d.report;
    std::string s;
    for (const auto& srv : r.servers) {
      s += fmt::format("{}{} {}", s.empty() ? "" : ", ", srv.server.to_string(),
                       to_string(srv.rcode));
      for (const auto& a : srv.answers) s += " " + a.to_string();
      s += fmt::format(" ({} ms)",
                       std::chrono::duration_cast<std::chrono::milliseconds>(srv.time).count());
    }
    if (r.servers.empty()) s = "no server in /etc/resolv.conf";
    if (!r.hosts_answers.empty()) {
      s += fmt::format("; /etc/hosts{}:", r.hosts_first ? " first" : "");
      for (const auto& a : r.hosts_answers) s += " " + a.to_string();
    }
    return s;
  }
  std::string operator()(const resolve_details& d) const {
    return fmt::format("{} -> {}{}", d.target, d.address.to_string(),
                       d.local ? " (this host)" : "");
  }
  std::string operator()(const ping_details& d) const {
    if (d.received == 0)
      return fmt::format("no reply to {} ICMP echo requests{}", d.transmitted,
                         d.errors ? fmt::format(" ({} ICMP errors)", d.errors) : "");
    return fmt::format("{}/{} replies, {:g}% loss, avg {:.3f} ms", d.received, d.transmitted,
                       d.loss_percent, d.rtt_avg_ms.value_or(0));
  }
  std::string operator()(const ping_skipped& d) const {
    return fmt::format("cannot ping: {}", d.reason);
  }
  std::string operator()(const tcp_details& d) const {
    switch (d.state) {
      case tcp_state::open:
        return fmt::format("port {} open (connected in {:.3f} ms)", d.port, d.rtt_ms.value_or(0));
      case tcp_state::refused:
        return fmt::format("port {} refused: the host answered with a reset", d.port);
      case tcp_state::filtered:
        return fmt::format("port {} filtered: no answer in {:g} s", d.port,
                           std::chrono::duration<double>(d.timeout).count());
      case tcp_state::error:
        break;
    }
    return fmt::format("port {}: {}", d.port, connect_error_text(d.error));
  }
  std::string operator()(const trace_details& d) const {
    if (!d.retraced_from) return verdict_text(d.trace);
    // The destination dropped the first method; the second trace, with one it answers, is
    // the one shown.
    return fmt::format("{} drops {} probes; traced with {}: {}", d.target,
                       method_words(*d.retraced_from),
                       d.trace.method == probe_protocol::icmp_echo ? "ICMP echo (-I)"
                       : d.trace.method == probe_protocol::tcp     ? "TCP SYN (-T)"
                                                                   : "UDP",
                       verdict_text(d.trace));
  }
  std::string operator()(const mtu_details& d) const {
    if (d.trace.result.kind == verdict_kind::pmtu_black_hole) return verdict_text(d.trace);
    if (!d.trace.path_mtu)
      return "path MTU not found: small probes were lost too (loss or rate limits)";
    return fmt::format("path MTU {} bytes: large packets pass or get 'fragmentation needed'",
                       *d.trace.path_mtu);
  }
  std::string operator()(const trace_skipped&) const {
    return "not needed: ping answered without loss";
  }
  std::string operator()(const ports_details& d) const {
    if (d.verdict.summary.empty()) return std::string(nettrio::to_string(d.verdict.outcome));
    // One line per protocol, then what apply_findings added (the firewall's rule, ...).
    std::string s;
    for (const auto& line : port_finding_lines(d.verdict.summary))
      s += (s.empty() ? "" : " ") + line;
    return s;
  }
  std::string operator()(const ports_skipped& d) const {
    switch (d.reason) {
      case ports_skip_reason::table_unreadable:
        return fmt::format("cannot read the socket table: {}", d.error);
      case ports_skip_reason::no_port:
        return "no port given";
      case ports_skip_reason::remote_target:
        break;
    }
    return "the target is another host (run `nettrio ports --check PORT` there)";
  }
};

}  // namespace

std::string step_summary(const check_step& s) {
  return std::visit(summary_words{}, s.details);
}

int exit_status(const check_report& r) noexcept {
  return r.result.problem ? 1 : 0;
}

std::unique_ptr<check_writer> make_check_writer(output_format format, std::ostream& out,
                                                std::ostream& err, check_writer_options opts) {
  switch (format) {
    case output_format::json:
      return detail::make_check_json_writer(out, err, opts);
    case output_format::text:
    case output_format::net_tools:
    case output_format::traceroute:  // not a check format: nettrio's text
    case output_format::iputils:     // ping's and fping's own: the text shape elsewhere
    case output_format::fping:
    case output_format::dot:  // trace only
      break;
  }
  return detail::make_check_text_writer(out, err, opts);
}

}  // namespace nettrio::report
