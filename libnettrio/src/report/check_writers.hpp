#pragma once
// The check writers, one file per format. A new format is one new file defining its factory
// here, plus one case in make_check_writer (check_writer.cpp).

#include <nettrio/report/check.hpp>

namespace nettrio::report::detail {

// nettrio's text: "[ OK ] step summary" lines, then the diagnosis and the next step.
std::unique_ptr<check_writer> make_check_text_writer(std::ostream& out, std::ostream& err,
                                                     const check_writer_options& opts);
// One JSON document at the end (docs/json.md, check).
std::unique_ptr<check_writer> make_check_json_writer(std::ostream& out, std::ostream& err,
                                                     const check_writer_options& opts);

}  // namespace nettrio::report::detail
