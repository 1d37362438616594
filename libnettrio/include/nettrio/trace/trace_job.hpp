#pragma once
// A trace as a user asks for it: a plain trace (trace_session), followed with `mtu` by the
// path MTU step (pmtu_session) over its hops on the same loop and network, merged into one
// result; or, with `mda`, a multipath trace (mda_session). What the options combine to
// (rounds, probes per hop, the MTU step's options, the sockets) and every rule on the
// combination live here, so a front end maps its options onto trace_job_options, calls
// validate(), runs a trace_job_session and hands what it streams to a writer.

#include <nettrio/probe/socket_network.hpp>
#include <nettrio/trace/mda.hpp>
#include <nettrio/trace/pmtu.hpp>
#include <nettrio/trace/tracer.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace nettrio {

class network;
class event_loop;

struct trace_job_options {
  /// Method, first TTL, max hops, port, waits, interval, --paris, packet size. Its `rounds`
  /// and `probes_per_hop` are not read: they follow from the fields below
  /// (trace_options_of).
  trace_options trace;
  std::optional<int> probes_per_hop;    // -q: default 3, 1 in report mode; not with mda
  bool report = false;                  // -r: report mode, 10 rounds unless `rounds` says
  std::optional<std::uint64_t> rounds;  // -c N: report mode of N rounds; mda: per-path rounds
  bool dont_fragment = false;           // -F (mtu sets Don't Fragment anyway)
  bool mtu = false;                     // --mtu: the path MTU step after the trace
  bool mda = false;                     // --mda: every load-balanced path
  std::optional<int> confidence;        // --confidence: mda only (default 95)
  bool nat = false;                     // --nat: words on NAT detection; not with mda
};

/// Words for the user when the options, or their combination, are wrong; empty when fine.
/// In the order a front end reads them: --confidence without mda; what mda leaves no room
/// for (-r, -q, mtu, --nat); the mda options; the trace options; the MTU step's options;
/// mtu in report mode.
[[nodiscard]] std::string validate(const trace_job_options& o);

/// Rounds of one probe per hop with per-hop statistics (-r, -c), not with mda.
[[nodiscard]] bool report_mode(const trace_job_options& o) noexcept;

/// The trace the job runs (with mda: the trace options of mda_options_of): the asked packet
/// size, before a method that sends a size of its own (TCP) replaces it for the address.
[[nodiscard]] trace_options trace_options_of(const trace_job_options& o);
[[nodiscard]] mda_options mda_options_of(const trace_job_options& o);
/// The MTU step after the trace: the trace's method and port (UDP 33434 by default), its
/// longest wait, and a small probe no larger than the trace's (at most 576 bytes).
[[nodiscard]] pmtu_options pmtu_options_of(const trace_job_options& o);
/// The trace as it goes out to `address`: a method that sends a size of its own has it as
/// packet_size (the method's sent_size; TCP: a connect() SYN, an IP header and a TCP header
/// with Linux's 20 bytes of options, whatever the size asked: 60 bytes over IPv4, 80 over
/// IPv6).
[[nodiscard]] trace_options sized_for(trace_options t, const ip_address& address);
/// The sockets a trace's method needs towards `address`: the family's, the method's (a raw
/// method's protocol number is the caller's to set), nothing else.
[[nodiscard]] socket_options socket_options_of(const trace_options& t, const ip_address& address);
/// The sockets the job needs towards `address`: the method's, Don't Fragment with -F or
/// mtu (past the kernel's cached path MTU, so each "fragmentation needed" is seen again,
/// as tracepath does), never set otherwise (as traceroute without -F).
[[nodiscard]] socket_options socket_options_of(const trace_job_options& o,
                                               const ip_address& address);

/// A trace_job_options run on the caller's loop (see probe/session.hpp). Hops go to
/// `on_hop` in TTL order as the trace shows them; with mtu, they are held until their path
/// MTU is known and then go all at once (or, when stop() ended the trace, at once without
/// the MTU step). Report mode's rounds go to `on_round`. `on_done` runs once when all is
/// over, or soon after stop(). result() is the trace, with the MTU step merged in
/// (apply_pmtu); before start(), the empty trace with what a header shows (target, method,
/// max hops, the packet size that goes out, rounds).
class trace_job_session {
 public:
  using hop_handler = trace_session::hop_handler;
  using round_handler = trace_session::round_handler;
  using done_handler = std::function<void()>;

  /// `net` must outlive the session. Throws std::invalid_argument with validate()'s words
  /// when the options are wrong.
  trace_job_session(event_loop& loop, network& net, const trace_job_options& opts,
                    std::string target_name, ip_address address, hop_handler on_hop,
                    round_handler on_round = {});
  ~trace_job_session();
  trace_job_session(const trace_job_session&) = delete;
  trace_job_session& operator=(const trace_job_session&) = delete;

  void start(done_handler on_done);
  /// Ends the job early (Ctrl-C): during the trace, the trace stops (the hops so far stay,
  /// the verdict says interrupted) and no MTU step follows; during the MTU step, it stops
  /// with what it measured.
  void stop();
  [[nodiscard]] const trace_result& result() const noexcept;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace nettrio
