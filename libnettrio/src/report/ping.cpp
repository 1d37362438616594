// ping's report: the exit status it means, the hint every format shares, and the factory
// that registers one writer per format.

#include "report/ping_writers.hpp"

#include <nettrio/text/sanitize.hpp>

#include <fmt/format.h>

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

std::unique_ptr<ping_writer> make_ping_writer(output_format format, std::ostream& out,
                                              std::ostream& err,
                                              const ping_writer_options& options) {
  switch (format) {
    case output_format::text:
      return detail::make_ping_text_writer(out, err, options);
    case output_format::json:
      return detail::make_ping_json_writer(out, err, options);
  }
  return detail::make_ping_text_writer(out, err, options);
}

namespace detail {

void write_no_reply_hint(std::ostream& err, const ping_report& r) {
  std::vector<const ping_summary*> silent;
  for (const auto& s : r.run.targets)
    if (!s.alive()) silent.push_back(&s);
  if (silent.empty()) return;
  const auto who = silent.size() == 1 ? sanitize(silent[0]->dest.name)
                                      : fmt::format("{} targets", silent.size());
  if (r.options.tcp_port) {
    err << fmt::format(
        "hint: no TCP answer from {}: a firewall drops the SYNs, or the host is down.\n", who);
    return;
  }
  err << fmt::format(
      "hint: no reply from {}. ICMP may be filtered rather than the host down: on a cloud host "
      "the\n"
      "hint: receiver's security group must allow inbound ICMP and the sender's outbound ICMP.\n"
      "hint: try a TCP port the host serves: 'nettrio ping --tcp 22 {}' or '--tcp 443'.\n",
      who, silent.size() == 1 ? sanitize(silent[0]->dest.name) : "HOST");
}

}  // namespace detail

}  // namespace nettrio::report
