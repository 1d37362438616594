#pragma once
// The ports writers, one file per format, and what they share. A new format is one new file
// defining its factory here, plus one case in make_ports_writer (ports_writer.cpp).

#include <nettrio/report/ports.hpp>

#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace nettrio::report::detail {

/// nettrio's text: netstat's columns with ss's addresses; the check in plain words
/// (ports_text.cpp).
[[nodiscard]] std::unique_ptr<ports_writer> make_ports_text_writer(std::ostream& out,
                                                                   std::ostream& err);
/// One JSON document (ports_json.cpp, docs/json.md).
[[nodiscard]] std::unique_ptr<ports_writer> make_ports_json_writer(std::ostream& out,
                                                                   std::ostream& err);

/// net-tools netstat's Internet table (-a -n) of the report; the check as text
/// (ports_net_tools.cpp).
[[nodiscard]] std::unique_ptr<ports_writer> make_ports_net_tools_writer(std::ostream& out,
                                                                        std::ostream& err);

/// The note on stderr when owners were asked for and some are hidden from this user
/// (ports_text.cpp; every format gives it).
void write_hidden_owners_note(std::ostream& err, const ports_report& r);

/// The note on stderr when --all-netns could not read some namespaces (ports_text.cpp).
void write_netns_note(std::ostream& err, const ports_report& r);

/// A binding's owner and meaning as text and JSON show them: in words (ports_words.cpp),
/// sanitised, since the owner quotes a process name any user sets. The socket records (and
/// their `process`) stay raw.
struct shown_binding {
  std::string owner;
  std::string meaning;
};
[[nodiscard]] shown_binding shown(const check_binding& b);

/// The findings (a verdict's summary or advice) in words (ports_words.cpp), sanitised as
/// shown in text and JSON.
[[nodiscard]] std::vector<std::string> shown_lines(const std::vector<port_finding>& findings);

}  // namespace nettrio::report::detail
