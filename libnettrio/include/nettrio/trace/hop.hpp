#pragma once
// What a trace found, hop by hop: plain typed values, shared by the tracer, the interpreter
// and the report writers. Flags, notes and verdicts are enums with their parameters; their
// words ("!N", "filtered_after_hop", the note sentences) live in report/ only.

#include <nettrio/address.hpp>
#include <nettrio/packet/icmp.hpp>
#include <nettrio/probe/probe.hpp>
#include <nettrio/trace/mda_result.hpp>

#include <optional>
#include <string>
#include <vector>

namespace nettrio {

/// Why a probe was refused on the way (traceroute's "!" flags).
enum class unreachable_reason : std::uint8_t {
  network,               // !N: no route to the destination's network
  host,                  // !H: cannot deliver to the host
  protocol,              // !P: protocol unreachable
  fragmentation_needed,  // !F (IPv6: packet too big)
  source_route_failed,   // !S
  network_unknown,       // !U
  host_unknown,          // !W
  prohibited,            // !X: communication administratively prohibited
  precedence_violation,  // !V (IPv6: beyond scope of source address)
  precedence_cutoff,     // !C
  local_error,           // !E: the local stack refused to send
  other,                 // !<code>
};

struct hop_flag {
  unreachable_reason reason = unreachable_reason::other;
  std::uint8_t code = 0;  // the ICMP code (shown for `other`)
  /// fragmentation_needed: the next-hop MTU the router named (0: it named none).
  std::uint32_t mtu = 0;
  /// `other`: the ICMP type of an error that is not a destination unreachable (an IPv6
  /// parameter problem answering a raw probe), which traceroute shows as "!<type-code>";
  /// 0 for an unreachable.
  std::uint8_t icmp_type = 0;
  friend bool operator==(const hop_flag&, const hop_flag&) = default;
};

/// The flag for an ICMP error that ended a probe (destination unreachable, IPv6 packet too
/// big), as traceroute(8) reads the code; nullopt for the destination's port unreachable and
/// for errors that are not unreachables.
[[nodiscard]] std::optional<hop_flag> classify_unreachable(ip_family family, std::uint8_t type,
                                                           std::uint8_t code) noexcept;

/// One probe at one TTL: a responder and its time, or `*`.
struct hop_probe {
  std::optional<ip_address> from;  // empty: no reply ("*")
  std::optional<double> rtt_ms;
  std::optional<hop_flag> flag;          // unreachable (!N, !H, ...), or none
  bool from_destination = false;         // the target itself answered
  std::vector<packet::mpls_label> mpls;  // RFC 4950 label stack, when the router sent one
  int reply_ttl = -1;                    // TTL (hop limit) the answer arrived with; -1 when unknown
  bool after_pause = false;              // the answer to a confirmation re-probe sent after a pause
  int sent_ttl = 0;  // the TTL the answered probe carried (0: this hop's own TTL)
  /// trace_options::step_mtu: the probe was sent again at this packet size (IP header
  /// included) because its first send was too large for the path (0: it was not).
  std::uint32_t resized = 0;
  // NAT detection: what the answer's quote shows rewritten, and the quoted source address.
  quote_changes quote{};
  std::optional<ip_address> quoted_source{};
};

/// What interpret() reads in a hop; the parameters a note needs are typed fields.
enum class hop_note_kind : std::uint8_t {
  /// `unanswered` of `probes` lost, but a re-probe after a refill pause was answered.
  answered_after_pause,
  /// Silent, while later hops answer: no time-exceeded from this router (fig. 6).
  no_time_exceeded,
  /// Report mode: `loss_percent` here that later hops do not show.
  loss_not_carried_on,
  /// `unanswered` of `probes` lost while the path beyond carries every probe.
  replies_rate_limited,
  /// `unanswered` of `probes` UDP probes unanswered at the destination (port unreachable).
  destination_rate_limited,
  /// `unanswered` of `probes` lost, nothing more known.
  partial_loss,
  /// Several `responders` for this hop (ECMP or a route change).
  load_balancing,
  /// Answers come back over `return_hops`, `extra_hops` more (or fewer) than the way out.
  asymmetric_return,
  /// `rtt_ms` lower than the `earlier_rtt_ms` of an earlier hop.
  lower_rtt,
  /// The first hop past a NAT: quotes from here on show the probes rewritten (`rewritten`),
  /// quotes from `previous_hop` (0: none, the NAT is on this host's way out) did not.
  nat,
};

struct hop_note {
  hop_note_kind kind = hop_note_kind::partial_loss;
  std::size_t unanswered = 0;
  std::size_t probes = 0;
  double loss_percent = 0;
  std::vector<ip_address> responders{};
  int return_hops = 0;
  int extra_hops = 0;  // return hops minus forward hops; negative: fewer
  double rtt_ms = 0;
  double earlier_rtt_ms = 0;
  quote_changes rewritten{};  // nat
  int previous_hop = 0;       // nat
};

struct hop {
  int ttl = 0;
  std::vector<hop_probe> probes;  // in send order
  std::vector<hop_note> notes;    // filled by interpret()
  /// trace --mtu: the largest packet (IP header included) that reaches this hop with Don't
  /// Fragment (trace/pmtu.hpp); nullopt when not measured.
  std::optional<std::uint32_t> pmtu{};
  /// The first hop past a NAT: its quotes show the probe rewritten, the previous hop's that
  /// were compared did not (trace/nat.hpp).
  bool nat = false;

  [[nodiscard]] bool silent() const noexcept;  // every probe is "*"
  [[nodiscard]] std::size_t answered() const noexcept;
  [[nodiscard]] std::vector<ip_address> responders() const;  // distinct, in order seen
  [[nodiscard]] std::optional<double> best_rtt() const noexcept;
  [[nodiscard]] bool reached_destination() const noexcept;
  [[nodiscard]] std::optional<hop_flag> unreachable_flag() const noexcept;  // the first one
  /// How many hops the answers took back, from their TTL (the sender's initial TTL taken as
  /// the next of 64, 128, 255, as tracepath does); nullopt when no answer carried a TTL.
  [[nodiscard]] std::optional<int> return_hops() const noexcept;
};

/// Per-hop statistics over rounds (report mode, like mtr --report).
struct hop_stats {
  int ttl = 0;
  std::vector<ip_address> responders;
  std::uint64_t sent = 0;
  std::uint64_t received = 0;
  double loss_percent = 0;
  std::optional<double> last_ms, avg_ms, best_ms, worst_ms, stdev_ms;
};

/// How many hops an answer that arrived with `reply_ttl` took back: the sender's initial
/// TTL taken as the next of 64, 128, 255 (what hosts and routers use), as tracepath does.
[[nodiscard]] int hops_back(int reply_ttl) noexcept;

/// How the trace reads as a whole (docs/json.md, verdict.kind).
enum class verdict_kind : std::uint8_t {
  reached,
  unreachable,         // a router refused the probes (flag)
  filtered_after_hop,  // silence after `hop` (fig. 7)
  destination_silent,  // silence after a hop local to the destination (fig. 8)
  method_filtered,     // the destination answers other methods (answers_to), not this one
  no_response,         // nothing answered at all
  incomplete,          // interrupted, or not reached within max_hops
  /// trace --mtu: packets over `mtu` bytes vanish after `hop` and no "fragmentation needed"
  /// comes back (a PMTU black hole), while smaller ones pass.
  pmtu_black_hole,
  path_loss,  // trace --mda: the flows through one interface at `hop` die after it
};

/// The verdict with what its sentence needs; report/ words it (report::verdict_text).
struct verdict {
  verdict_kind kind = verdict_kind::incomplete;
  std::optional<int> hop;
  std::vector<ip_address> responders{};  // who answered at `hop` (the last answering one)
  std::optional<hop_flag> flag{};        // unreachable: the flag at `hop`
  /// unreachable: the router at `hop` answered only after a refill pause at first.
  bool flag_after_pause = false;
  /// The first hop that answered only after a refill pause (routers rate-limit ICMP).
  std::optional<int> rate_limited_hop{};
  /// pmtu_black_hole: the largest packet that passes (the path MTU found by searching).
  std::optional<std::uint32_t> mtu{};
};

struct trace_result {
  std::string target;
  ip_address address;
  probe_protocol method = probe_protocol::udp;
  int max_hops = 30;
  int first_ttl = 1;
  std::size_t packet_size = 60;
  bool reached = false;
  bool interrupted = false;  // stopped (Ctrl-C) before the trace was complete
  /// A silent ending was re-probed after a pause that refills routers' ICMP rate limits.
  bool confirmed = false;
  /// Other methods the destination answered during that confirmation (a silent destination
  /// that filters only the method traced).
  std::vector<probe_protocol> answers_to;
  std::vector<hop> hops;         // first_ttl .. last reported TTL
  std::vector<hop_stats> stats;  // report mode only
  std::uint64_t rounds = 1;
  /// trace --mtu: the path MTU to the destination (or to the last hop measured); nullopt
  /// when not measured or not found.
  std::optional<std::uint32_t> path_mtu{};
  verdict result;
  /// Answers whose quote the method could compare with what was sent (NAT detection); 0:
  /// this method, or this socket, cannot tell a NAT (docs/architecture.md, "NAT").
  std::size_t quotes_compared = 0;
  /// trace --mda: every interface, the links and the paths (nullopt for a plain trace).
  std::optional<mda_result> mda;
};

}  // namespace nettrio
