// `nettrio check` as text: a header, one marked line per step as it ends, the diagnosis.
// Summaries quote outside text (the target, process names, hop names): sanitised.

#include "report/check_writers.hpp"

#include <nettrio/text/sanitize.hpp>

#include <fmt/format.h>

namespace nettrio::report::detail {

namespace {

class check_text_writer final : public check_writer {
 public:
  check_text_writer(std::ostream& out, const check_writer_options& opts) : out_(out), opts_(opts) {}

  void start(const check_plan& plan) override {
    // A name the dns step found unresolvable has no address (the plan's is unspecified).
    const bool unresolved =
        plan.address.is_unspecified() && plan.target != plan.address.to_string();
    out_ << fmt::format("check {} ({})\n", sanitize(plan.target),
                        unresolved ? std::string("no address") : plan.address.to_string());
  }

  void step(const check_step& s) override {
    const char* mark = s.status == step_status::ok     ? " OK "
                       : s.status == step_status::warn ? "WARN"
                       : s.status == step_status::fail ? "FAIL"
                                                       : " -- ";
    const char* col = s.status == step_status::ok     ? "\033[32m"
                      : s.status == step_status::warn ? "\033[33m"
                      : s.status == step_status::fail ? "\033[31m"
                                                      : "\033[2m";
    out_ << fmt::format("[{}{}{}] {:<8} {}\n", opts_.color ? col : "", mark,
                        opts_.color ? "\033[0m" : "", to_string(s.kind), sanitize(step_summary(s)));
    out_.flush();
  }

  void finish(const check_report& r) override {
    out_ << fmt::format("\ndiagnosis: {}\nnext step: {}\n",
                        sanitize(diagnosis_text(r.facts, r.result)),
                        sanitize(next_step_text(r.facts, r.result)));
    out_.flush();
  }

 private:
  std::ostream& out_;
  check_writer_options opts_;
};

}  // namespace

std::unique_ptr<check_writer> make_check_text_writer(std::ostream& out, std::ostream&,
                                                     const check_writer_options& opts) {
  return std::make_unique<check_text_writer>(out, opts);
}

}  // namespace nettrio::report::detail
