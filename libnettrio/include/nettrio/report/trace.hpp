#pragma once
// The trace report: trace_result (trace/hop.hpp) is the typed model; this is what words it
// (flags, notes, verdicts, exit status) and the writers that print it, one per format, as the
// hops come in. The strings documented in docs/json.md exist only here and in the writers.

#include <nettrio/report/format.hpp>
#include <nettrio/trace/hop.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace nettrio {
class reverse_dns;
}

namespace nettrio::report {

/// "udp", "icmp", "tcp": the method as docs/json.md and the report header spell it.
[[nodiscard]] std::string_view method_name(probe_protocol p) noexcept;
/// "reached", "filtered_after_hop", ... (docs/json.md, verdict.kind).
[[nodiscard]] std::string_view to_string(verdict_kind k) noexcept;
/// traceroute's flag: "!N", "!H", ..., "!E", "!<code>".
[[nodiscard]] std::string flag_text(const hop_flag& f);
/// The note as one sentence.
[[nodiscard]] std::string note_text(const hop_note& n);
/// The verdict of `r` (r.result) as one sentence.
[[nodiscard]] std::string verdict_text(const trace_result& r);
/// NAT detection in one sentence: where quotes showed a rewrite, none seen, or why the
/// method cannot tell (trace --nat).
[[nodiscard]] std::string nat_summary_text(const trace_result& r);

/// Exit status of `nettrio trace`: 0 the destination was reached, 1 it was not.
[[nodiscard]] int exit_status(const trace_result& r) noexcept;

/// What a writer knows before the first hop.
struct trace_header {
  std::string target;  // as typed (any bytes: writers sanitise it)
  ip_address address;
  probe_protocol method = probe_protocol::udp;
  int max_hops = 30;
  std::size_t packet_size = 60;
  std::uint64_t rounds = 1;  // > 1: report mode (mtr)
};

struct trace_writer_options {
  bool report_mode = false;  // per-hop statistics over rounds (mtr --report) instead of hops
  bool numeric = false;      // no names
  /// Reverse lookups: the writer requests the responders' names and shows those ready; null
  /// for numbers only. Its loop is the tracer's: names arrive while the trace goes on.
  reverse_dns* names = nullptr;
  /// How long a hop waits for its names once complete (as traceroute waits for its
  /// resolver), on the loop: probing never waits for names, and a name that has not come
  /// by then is left as the address.
  std::chrono::milliseconds name_wait{2000};
  bool progress = false;    // report mode: "round N/M" on the error stream
  bool extensions = false;  // traceroute format: show ICMP extensions (MPLS), as its -e
  /// --nat: say what NAT detection found, or why this method cannot tell (text: a line after
  /// the verdict; JSON: quotes_compared even when 0).
  bool nat = false;
  /// traceroute format, its --back: " '-N'" after an address whose answer came back over N
  /// hops (guessed from its TTL) when N is not the hop's own.
  bool backward = false;
};

/// Streams one trace: start(), hop() per hop as the tracer completes it (in TTL order),
/// round() after each round in report mode, settle() once the trace is over, finish() with
/// the whole result. hop(), round() and settle() are called inside the loop of
/// `trace_writer_options::names` (the tracer's) and return at once; finish() outside it.
class trace_writer {
 public:
  virtual ~trace_writer() = default;
  virtual void start(const trace_header& h) = 0;
  virtual void hop(const nettrio::hop& h) = 0;
  virtual void round(std::uint64_t done, std::uint64_t total) = 0;
  /// Calls `then` (inside the loop) once the writer has the names it waits for, each hop's
  /// at most name_wait after the hop: the loop should run until then. At once without
  /// names. Without it, finish() writes with the names ready.
  virtual void settle(std::function<void()> then) { then(); }
  virtual void finish(const trace_result& r) = 0;
};

/// The writer for `format`. Output goes to `out`, progress to `err`.
[[nodiscard]] std::unique_ptr<trace_writer> make_trace_writer(output_format format,
                                                              std::ostream& out, std::ostream& err,
                                                              trace_writer_options opts);

/// traceroute's first line, without its newline (traceroute ends it when the first hop
/// starts, so an error while it sets up its probe sockets follows it on the same line).
[[nodiscard]] std::string traceroute_header_text(const trace_header& h);

}  // namespace nettrio::report
