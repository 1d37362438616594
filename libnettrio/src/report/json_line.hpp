#pragma once
// One JSON style for every subcommand (docs/json.md): one compact document per line, keys
// in sorted order, invalid UTF-8 from outside text (names from files, process names)
// replaced by U+FFFD so a line is always valid JSON. Every JSON document nettrio writes
// is built in report/; the one other reader of JSON is ports/firewall.cpp, which parses
// libnftables' ruleset (input, not output).

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>

namespace nettrio::report::detail {

/// The document as one line, without the newline.
[[nodiscard]] std::string json_line(const nlohmann::json& j);

/// Writes the document as one line followed by a newline, and flushes (output is live).
void write_json_line(std::ostream& out, const nlohmann::json& j);

}  // namespace nettrio::report::detail
