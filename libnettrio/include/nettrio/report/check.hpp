#pragma once
// The check report (check/check.hpp) in words and its writers, one per format: the steps as
// they end, then the diagnosis. The strings documented in docs/json.md live here only.

#include <nettrio/check/check.hpp>
#include <nettrio/report/format.hpp>

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace nettrio::report {

[[nodiscard]] std::string_view to_string(step_status s) noexcept;      // "ok", "warn", ...
[[nodiscard]] std::string_view to_string(tcp_state s) noexcept;        // "open", ...
[[nodiscard]] std::string_view to_string(check_step_kind k) noexcept;  // "resolve", ...
[[nodiscard]] std::string_view to_string(diagnosis_kind k) noexcept;   // "ok", "port_refused"

/// The step's line in words (the text output's line, JSON's `summary`), unsanitised: it may
/// quote outside text (the target, process names), which writers sanitise.
[[nodiscard]] std::string step_summary(const check_step& s);

/// What the facts mean together, for people (text output, JSON diagnosis.text), and what to
/// do next (diagnosis.next_step); unsanitised (the target and the trace's words).
[[nodiscard]] std::string diagnosis_text(const trifecta_facts& f, const diagnosis& d);
[[nodiscard]] std::string next_step_text(const trifecta_facts& f, const diagnosis& d);

/// Exit status of `nettrio check`: 0 everything asked works, 1 the diagnosis found a problem.
[[nodiscard]] int exit_status(const check_report& r) noexcept;

struct check_writer_options {
  bool color = false;  // text: ANSI colours on the step marks
};

/// Streams one check: start() once the target is resolved, step() as each step ends,
/// finish() with the whole report.
class check_writer {
 public:
  virtual ~check_writer() = default;
  virtual void start(const check_plan& plan) = 0;
  virtual void step(const check_step& s) = 0;
  virtual void finish(const check_report& r) = 0;
};

[[nodiscard]] std::unique_ptr<check_writer> make_check_writer(output_format format,
                                                              std::ostream& out, std::ostream& err,
                                                              check_writer_options opts);

}  // namespace nettrio::report
