// The check writer for a format, and the check report's words.

#include "report/check_writers.hpp"

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
  }
  return "?";
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
      break;
  }
  return detail::make_check_text_writer(out, err, opts);
}

}  // namespace nettrio::report
