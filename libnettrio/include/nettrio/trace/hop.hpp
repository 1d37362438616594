#pragma once
// What a trace found, hop by hop: plain values, shared by the tracer, the interpreter and
// the reporters.

#include <nettrio/address.hpp>
#include <nettrio/packet/icmp.hpp>
#include <nettrio/probe/probe.hpp>

#include <optional>
#include <string>
#include <vector>

namespace nettrio {

enum class trace_method : std::uint8_t { udp, icmp, tcp };
[[nodiscard]] std::string_view to_string(trace_method m) noexcept;

/// One probe at one TTL: a responder and its time, or `*`.
struct hop_probe {
  std::optional<ip_address> from;  // empty: no reply ("*")
  std::optional<double> rtt_ms;
  std::string flag;                      // "!N", "!H", ... or empty
  bool from_destination = false;         // the target itself answered
  std::vector<packet::mpls_label> mpls;  // RFC 4950 label stack, when the router sent one
  int reply_ttl = -1;                    // TTL (hop limit) the answer arrived with; -1 when unknown
  bool after_pause = false;              // the answer to a confirmation re-probe sent after a pause
  int sent_ttl = 0;  // the TTL the answered probe carried (0: this hop's own TTL)
};

struct hop {
  int ttl = 0;
  std::vector<hop_probe> probes;   // in send order
  std::vector<std::string> notes;  // filled by interpret()

  [[nodiscard]] bool silent() const noexcept;  // every probe is "*"
  [[nodiscard]] std::size_t answered() const noexcept;
  [[nodiscard]] std::vector<ip_address> responders() const;  // distinct, in order seen
  [[nodiscard]] std::optional<double> best_rtt() const noexcept;
  [[nodiscard]] bool reached_destination() const noexcept;
  [[nodiscard]] std::string unreachable_flag() const;  // first flag on the hop, if any
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

struct verdict {
  std::string kind;  // stable values: see docs/json.md
  std::optional<int> hop;
  std::string text;
};

struct trace_result {
  std::string target;
  ip_address address;
  trace_method method = trace_method::udp;
  int max_hops = 30;
  int first_ttl = 1;
  std::size_t packet_size = 60;
  bool reached = false;
  bool interrupted = false;  // stopped (Ctrl-C) before the trace was complete
  /// A silent ending was re-probed after a pause that refills routers' ICMP rate limits.
  bool confirmed = false;
  /// Other methods the destination answered during that confirmation (a silent destination
  /// that filters only the method traced).
  std::vector<trace_method> answers_to;
  std::vector<hop> hops;         // first_ttl .. last reported TTL
  std::vector<hop_stats> stats;  // report mode only
  std::uint64_t rounds = 1;
  verdict result;
};

}  // namespace nettrio
