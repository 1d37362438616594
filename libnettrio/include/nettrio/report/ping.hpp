#pragma once
// ping's report: what a run was asked to do and what came back, the exit status it means,
// and the writers that render it. Writers stream: a ping prints each reply as it arrives,
// so a writer is told when the run starts, of every probe's outcome, and when it ends.
// Each format is one file in libnettrio/src/report/ (ping_text.cpp, ping_json.cpp, ...)
// registered in make_ping_writer.

#include <nettrio/ping/pinger.hpp>
#include <nettrio/report/format.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace nettrio::report {

/// One ping run. `targets`, `options` and `many` are known before the run (a writer's
/// start() reads them); `run` is filled when it ends (finish()).
struct ping_report {
  std::vector<target> targets;  // in the order given, ranges expanded
  ping_options options;         // as run: count, deadline, payload size, --tcp port
  bool many = false;            // several targets or a range: fping's shape, not iputils'
  ping_run run;
};

/// The exit status the report means (docs/cli.md): 0 when every target answered (with a
/// deadline and a count, when every target got `count` replies, as iputils' -w with -c),
/// 1 otherwise.
[[nodiscard]] int exit_status(const ping_report& r) noexcept;

/// fping's exit status for the report: 0 when every target answered at least once, 1 when
/// one did not (fping 5.1; a name it could not resolve is its front end's 2).
[[nodiscard]] int fping_exit_status(const ping_report& r) noexcept;

/// What the text shapes leave out or add; formats without such choices ignore them.
struct ping_writer_options {
  bool quiet = false;             // -q: the summary only
  bool alive_only = false;        // -a, several targets: list only those that answered
  bool unreachable_only = false;  // -u, several targets: list only those that did not
  bool progress = false;          // several targets: a live count on stderr (a terminal)
  /// The clock that paces the live count (one update per 100 ms at most); a test gives its
  /// own. Empty: std::chrono::steady_clock::now.
  std::function<std::chrono::steady_clock::time_point()> now{};

  // The classic formats (output_format::iputils, output_format::fping) only:
  bool numeric = false;     // -n: addresses only; otherwise names through name_of
  bool audible = false;     // iputils -a: a bell (BEL) with every reply
  bool flood = false;       // iputils -f: a dot per probe, taken back by its reply
  bool timestamps = false;  // iputils -D: [SECONDS.MICROS] before every line
  bool verbose = false;     // iputils -v
  /// The name the PING line and the statistics show (iputils: the canonical name of the
  /// target, or the address as typed); empty: the target's name.
  std::string display_name{};
  /// Reverse lookup for the classic formats (iputils prints "NAME (ADDR)" unless -n; fping
  /// -n/-d); empty or returning "" means the address alone. Given by the front end: the
  /// library does no lookups of its own here.
  std::function<std::string(const ip_address&)> name_of{};
  /// iputils -I: what the PING line names after "from" (the source address and the device,
  /// "192.0.2.1 eth0" or "192.0.2.1 "); empty: no "from" part.
  std::string from{};
  /// iputils -R/-T: the bytes of IPv4 options every probe carries (40), counted in the
  /// PING line's packet size ("56(124) bytes"); the replies' options are printed (RR:, TS:).
  std::size_t ip_options_length = 0;
  // fping: -c N (a line per reply, the summary on stderr), -C N (a line per reply, the
  // values per target on stderr), neither (one "is alive" line per target); -e, -s.
  enum class fping_mode : std::uint8_t { alive, count, matrix } fping = fping_mode::alive;
  bool elapsed = false;              // fping -e: the round trip after "is alive"
  bool statistics = false;           // fping -s: the cumulative statistics on stderr at the end
  bool fping_quiet_summary = false;  // fping -q with -c/-C: no per-reply lines, summary kept
};

/// Renders a ping run as it happens: start(), then event() for every probe outcome, then
/// finish(). The report passed to start() must stay alive, at the same address, until
/// finish() has returned; finish() gets it with `run` filled in.
class ping_writer {
 public:
  virtual ~ping_writer() = default;
  /// Whether the format lists every reply, so the run must keep them
  /// (ping_options::record_replies). Without, memory stays flat however long the run.
  [[nodiscard]] virtual bool needs_replies() const noexcept { return false; }
  virtual void start(const ping_report& r) = 0;
  virtual void event(const ping_event& ev) = 0;
  virtual void finish(const ping_report& r) = 0;
};

/// The writer for `format`: results to `out` (stdout), hints and progress to `err`
/// (stderr). Both streams must outlive the writer.
[[nodiscard]] std::unique_ptr<ping_writer> make_ping_writer(
    output_format format, std::ostream& out, std::ostream& err,
    const ping_writer_options& options = {});

/// iputils -p: "PATTERN: 0x..." (the fill bytes), which iputils prints before anything else.
void write_iputils_pattern(std::ostream& out, const std::vector<std::uint8_t>& pattern);

/// iputils -O: "no answer yet for icmp_seq=N" (after -D's "[SECONDS.MICROS] "), which
/// iputils prints when probe N+1 is about to leave and N has had no reply.
void write_iputils_no_answer(std::ostream& out, const ping_writer_options& o, std::uint64_t seq);

/// What iputils says on stderr when the destination is a broadcast address: the refusal
/// without -b (then exit 2) or, with -b, its warning.
[[nodiscard]] std::string iputils_broadcast_text(bool allowed);

}  // namespace nettrio::report
