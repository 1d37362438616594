#pragma once
// Reading a whole /proc text file, for the pure parsers of unix_sockets, routes and
// interfaces.

#include <string>
#include <string_view>
#include <vector>

namespace nettrio::detail {

/// The whole file. Throws std::system_error naming the path when it cannot be read.
[[nodiscard]] std::string read_proc_text(const std::string& path);

/// Splits a line on spaces and tabs.
[[nodiscard]] std::vector<std::string_view> split_fields(std::string_view line);

/// Calls f(line) for each line of `text` (without its '\n').
template <class F>
void for_each_line(std::string_view text, F&& f) {
  while (!text.empty()) {
    const auto nl = text.find('\n');
    f(text.substr(0, nl));
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
  }
}

}  // namespace nettrio::detail
