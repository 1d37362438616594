// The ports reports: how they are made from what was read, the exit status they mean, the
// prose as every format shows it, and the factory that registers one writer per format.

#include "report/ports_writers.hpp"

#include <nettrio/text/sanitize.hpp>

#include <algorithm>

namespace nettrio::report {

ports_report make_ports_report(std::vector<socket_record> sockets, bool processes,
                               const owner_stats& owners) {
  ports_report r;
  r.sockets = std::move(sockets);
  r.processes = processes;
  r.hidden_owners = processes && owners.hidden_owners();
  return r;
}

port_check_report make_port_check_report(check_verdict verdict, const owner_stats& owners) {
  const bool hidden =
      owners.hidden_owners() && std::any_of(verdict.bindings.begin(), verdict.bindings.end(),
                                            [](const auto& b) { return !b.socket.pid; });
  if (hidden)
    verdict.advice.push_back({.kind = port_finding_kind::owner_hidden, .port = verdict.port});
  port_check_report r;
  r.verdict = std::move(verdict);
  r.hidden_owners = hidden;
  return r;
}

int exit_status(const ports_report&) noexcept {
  return 0;
}

int exit_status(const port_check_report& r) noexcept {
  return r.verdict.outcome == check_outcome::reachable ? 0 : 1;
}

std::unique_ptr<ports_writer> make_ports_writer(output_format format, std::ostream& out,
                                                std::ostream& err) {
  switch (format) {
    case output_format::text:
    case output_format::iputils:  // ping's and fping's own: the text shape elsewhere
    case output_format::fping:
    case output_format::dot:  // trace only
      return detail::make_ports_text_writer(out, err);
    case output_format::json:
      return detail::make_ports_json_writer(out, err);
    case output_format::net_tools:
      return detail::make_ports_net_tools_writer(out, err);
    case output_format::traceroute:  // not a ports format: nettrio's text
      break;
  }
  return detail::make_ports_text_writer(out, err);
}

namespace detail {

shown_binding shown(const check_binding& b) {
  return {sanitize(binding_owner(b)), sanitize(binding_meaning(b))};
}

std::vector<std::string> shown_lines(const std::vector<port_finding>& findings) {
  auto lines = port_finding_lines(findings);
  for (auto& l : lines) l = sanitize(l);
  return lines;
}

}  // namespace detail

}  // namespace nettrio::report
