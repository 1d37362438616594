#pragma once
// The ping writers, one file per format, and what they share. A new format is one new file
// defining its factory here, plus one case in make_ping_writer (ping_writer.cpp).

#include <nettrio/report/ping.hpp>

#include <memory>
#include <ostream>

namespace nettrio::report::detail {

/// nettrio's text: iputils ping's shape for one target, fping's for several (ping_text.cpp).
[[nodiscard]] std::unique_ptr<ping_writer> make_ping_text_writer(std::ostream& out,
                                                                 std::ostream& err,
                                                                 const ping_writer_options& o);
/// One JSON document per target, at the end (ping_json.cpp, docs/json.md).
[[nodiscard]] std::unique_ptr<ping_writer> make_ping_json_writer(std::ostream& out,
                                                                 std::ostream& err,
                                                                 const ping_writer_options& o);

/// The hint on stderr for targets that never answered (ping_text.cpp; the JSON writer gives
/// it too, for a single target): ICMP may be filtered rather than the
/// host down (or, with --tcp, the SYNs dropped). Nothing when every target answered.
void write_no_reply_hint(std::ostream& err, const ping_report& r);

}  // namespace nettrio::report::detail
