// ping's report: the exit status it means, and the factory that registers one writer per
// format.

#include "report/ping_writers.hpp"

namespace nettrio::report {

int exit_status(const ping_report& r) noexcept {
  const auto& o = r.options;
  for (const auto& s : r.run.targets) {
    // iputils: with -w and -c, success is `count` replies, not just one.
    const bool ok = (o.deadline && o.count) ? s.received >= o.count : s.alive();
    if (!ok) return 1;
  }
  return 0;
}

int fping_exit_status(const ping_report& r) noexcept {
  for (const auto& s : r.run.targets)
    if (!s.alive()) return 1;
  return 0;
}

std::unique_ptr<ping_writer> make_ping_writer(output_format format, std::ostream& out,
                                              std::ostream& err,
                                              const ping_writer_options& options) {
  switch (format) {
    case output_format::text:
      return detail::make_ping_text_writer(out, err, options);
    case output_format::json:
      return detail::make_ping_json_writer(out, err, options);
    case output_format::iputils:
      return detail::make_ping_iputils_writer(out, err, options);
    case output_format::fping:
      return detail::make_ping_fping_writer(out, err, options);
    case output_format::dot:  // trace only
    case output_format::net_tools:
    case output_format::traceroute:  // not a ping format: nettrio's text
      break;
  }
  return detail::make_ping_text_writer(out, err, options);
}

}  // namespace nettrio::report
