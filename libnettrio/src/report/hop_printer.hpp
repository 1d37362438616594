#pragma once
// Private: the live hop lines of the text writers (nettrio's text, traceroute's), printed in
// TTL order, each once the names of its responders have come or name_wait has passed since
// the hop was complete. No thread: the names arrive on the tracer's loop (reverse_dns), so
// probing goes on while they resolve. Without names, a line goes out at once.

#include <nettrio/report/trace.hpp>

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <ostream>
#include <string>

namespace nettrio::report::detail {

class hop_printer {
 public:
  using line_fn = std::function<std::string(const nettrio::hop&)>;

  /// Where a line's newline goes: after it (nettrio's text), or before it, as traceroute
  /// prints ("\n%2u "), so a run killed by Ctrl-C leaves its last line open.
  enum class newline : std::uint8_t { after, before };

  /// `line` words one hop (no newline), with the names ready when it is called.
  hop_printer(std::ostream& out, const trace_writer_options& opts, line_fn line,
              newline where = newline::after);
  hop_printer(const hop_printer&) = delete;
  hop_printer& operator=(const hop_printer&) = delete;

  /// Requests the names of the hop's responders; its line follows when they have come.
  void add(const nettrio::hop& h);
  /// Calls `then` once every line added has been printed (at once when none waits).
  void settle(std::function<void()> then);
  /// Prints what still waits, with the names ready now.
  void flush();

 private:
  struct item {
    std::uint64_t id = 0;
    nettrio::hop h;
    bool ready = false;
  };
  void mark_ready(std::uint64_t id);
  void print_ready();
  void print(const nettrio::hop& h);

  std::ostream& out_;
  const trace_writer_options& opts_;
  line_fn line_;
  newline newline_;
  std::deque<item> waiting_;
  std::uint64_t next_id_ = 0;
  std::function<void()> settled_;
  std::shared_ptr<int> alive_ = std::make_shared<int>(0);  // for the name callbacks
};

}  // namespace nettrio::report::detail
