// The trace writer for a format, and the helpers the trace writers share.

#include "report/trace_writers.hpp"

#include <nettrio/text/sanitize.hpp>

#include <fmt/format.h>

namespace nettrio::report {

std::unique_ptr<trace_writer> make_trace_writer(output_format format, std::ostream& out,
                                                std::ostream& err, trace_writer_options opts) {
  if (opts.numeric) opts.names = nullptr;
  switch (format) {
    case output_format::json:
      return detail::make_trace_json_writer(out, err, opts);
    case output_format::traceroute:
      return detail::make_trace_traceroute_writer(out, err, opts);
    case output_format::dot:
      return detail::make_trace_dot_writer(out, err, opts);
    case output_format::text:
    case output_format::net_tools:
    case output_format::iputils:  // ping's and fping's own: the text shape elsewhere
    case output_format::fping:
      break;
  }
  return opts.report_mode ? detail::make_trace_mtr_writer(out, err, opts)
                          : detail::make_trace_text_writer(out, err, opts);
}

namespace detail {

std::optional<std::string> trace_name(const ip_address& a, const trace_writer_options& opts) {
  if (!opts.names) return std::nullopt;
  return opts.names->ready(a);
}

// reverse_dns hands out valid host names only (is_hostname); sanitize() is a second guard.
std::string trace_label(const ip_address& a, const trace_writer_options& opts) {
  if (auto name = trace_name(a, opts))
    return fmt::format("{} ({})", sanitize(*name), a.to_string());
  return a.to_string();
}

void request_names(const hop& h, const trace_writer_options& opts) {
  if (!opts.names) return;
  for (const auto& a : h.responders()) opts.names->request(a);
}

void settle_names(const trace_writer_options& opts, std::function<void()> then) {
  if (!opts.names) {
    then();
    return;
  }
  opts.names->when_idle(opts.name_wait, std::move(then));
}

void write_verdict_text(std::ostream& out, const trace_result& r) {
  if (r.mda) write_mda_text(out, r);
  out << "\n" << fmt::format("verdict: {}\n", sanitize(verdict_text(r)));
  if (r.path_mtu) out << fmt::format("path MTU: {} bytes\n", *r.path_mtu);
  for (const auto& h : r.hops)
    for (const auto& n : h.notes)
      out << fmt::format("  hop {}: {}\n", h.ttl, sanitize(note_text(n)));
  out.flush();
}

void write_nat_text(std::ostream& out, const trace_result& r) {
  out << fmt::format("NAT: {}\n", sanitize(nat_summary_text(r)));
  out.flush();
}

}  // namespace detail

}  // namespace nettrio::report
