#pragma once
// The trace writers, one file per format, and what they share. A new format is one new file
// defining its factory here, plus one case in make_trace_writer (trace_writer.cpp).

#include <nettrio/report/trace.hpp>
#include <nettrio/trace/reverse_dns.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <ostream>
#include <string>

namespace nettrio::report::detail {

// nettrio's text, live: traceroute's hop lines, then the verdict and the notes.
std::unique_ptr<trace_writer> make_trace_text_writer(std::ostream& out, std::ostream& err,
                                                     const trace_writer_options& opts);
// nettrio's text in report mode: mtr --report's table, then the verdict and the notes.
std::unique_ptr<trace_writer> make_trace_mtr_writer(std::ostream& out, std::ostream& err,
                                                    const trace_writer_options& opts);
// One JSON document at the end (docs/json.md, trace).
std::unique_ptr<trace_writer> make_trace_json_writer(std::ostream& out, std::ostream& err,
                                                     const trace_writer_options& opts);
// traceroute 2.1.2's output exactly (the classic names): header and hop lines, no verdict.
std::unique_ptr<trace_writer> make_trace_traceroute_writer(std::ostream& out, std::ostream& err,
                                                           const trace_writer_options& opts);
// Graphviz (trace --mda): the interfaces and links as a graph, at the end.
std::unique_ptr<trace_writer> make_trace_dot_writer(std::ostream& out, std::ostream& err,
                                                    const trace_writer_options& opts);
/// trace --mda in text: the links between TTLs, the paths with their loss, and the cost.
void write_mda_text(std::ostream& out, const trace_result& r);
/// traceroute's flag for `f` ("!N", "!H", "!X", "!<code>", ...), read from the ICMP code.
[[nodiscard]] std::string traceroute_flag(const hop_flag& f, ip_family family);
/// One hop line as traceroute prints it, without the newline.
[[nodiscard]] std::string traceroute_hop_line(const hop& h, ip_family family,
                                              const trace_writer_options& opts);

/// The responder's name when looked up and ready, or nothing (numeric, no resolver).
[[nodiscard]] std::optional<std::string> trace_name(const ip_address& a,
                                                    const trace_writer_options& opts);
/// "name (address)" when the name is ready, else the address; the name sanitised.
[[nodiscard]] std::string trace_label(const ip_address& a, const trace_writer_options& opts);
/// Asks for the names of the hop's responders (no-op when numeric).
void request_names(const hop& h, const trace_writer_options& opts);
/// Calls `then` once every name requested has come, or name_wait from now (at once when
/// numeric).
void settle_names(const trace_writer_options& opts, std::function<void()> then);
/// "\nverdict: ...\n" and "  hop N: note" lines, sanitised.
void write_verdict_text(std::ostream& out, const trace_result& r);
/// --nat: what NAT detection found, or why it cannot tell (the words: trace_words.cpp).
void write_nat_text(std::ostream& out, const trace_result& r);

}  // namespace nettrio::report::detail
