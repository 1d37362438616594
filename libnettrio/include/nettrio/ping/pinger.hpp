#pragma once
// ping as a policy over the probe engine: it varies the target. One pinger drives any number
// of targets on one socket per family, paced by a total rate and a per-target interval, and
// streams every probe's outcome to the caller before returning per-target summaries.

#include <nettrio/ping/stats.hpp>
#include <nettrio/ping/targets.hpp>
#include <nettrio/probe/probe.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace nettrio {

class network;
class event_loop;

struct ping_options {
  std::uint64_t count = 0;  // probes per target; 0 = until the deadline or interrupted
  std::chrono::nanoseconds interval = std::chrono::seconds(1);  // per target (-i)
  std::chrono::nanoseconds timeout = std::chrono::seconds(10);  // reply wait (-W)
  std::optional<std::chrono::nanoseconds> deadline;             // whole run (-w)
  std::size_t payload_size = 56;                                // -s
  int ttl = 64;                                                 // -t: 1 to 255
  double rate = 1000;  // total probes per second across targets; 0 = unlimited (--rate)
  std::optional<std::uint16_t> tcp_port;  // --tcp PORT: connect time instead of ICMP
  // Keep a record of every reply in ping_summary::replies (--json lists them). Off, memory
  // stays flat however long the run: a reply only updates the counters and RTT statistics.
  bool record_replies = true;
  // Once every probe is out, wait out each one's timeout (fping), instead of lingering only
  // twice the slowest reply seen (iputils, the default).
  bool wait_every_timeout = false;
  /// fping without -c: a target that answered gets no more probes (`count` is its tries,
  /// retries for silence only).
  bool stop_at_first_answer = false;
  /// iputils -l: this many probes per target leave at once at the start, then one per
  /// interval.
  std::uint32_t preload = 1;
  /// iputils -p: the echo payload past its first 16 bytes repeats these (empty: none).
  std::vector<std::uint8_t> fill_pattern{};
  /// iputils -A, adaptive pacing (per target). The interval starts at `interval` and then
  /// follows the replies: iputils' smoothed round trip (ewma, 1/8 gain) rounded to whole
  /// milliseconds, never below `adaptive_floor`. A probe leaves when the interval has
  /// passed since the last one (a token bucket holding at most `preload` intervals); at an
  /// interval of 0 it leaves as soon as fewer than `preload` probes are unanswered (a reply
  /// or an ICMP error answers), else 10 ms after the last one. So no more than `preload`
  /// unanswered probes are in the network on a fast path. `rate` still spaces targets.
  bool adaptive = false;
  /// -A: the least adapted interval (iputils: 2 ms, MINUSERINTERVAL, for users other than
  /// root; 0 for root).
  std::chrono::milliseconds adaptive_floor{0};
};

/// What is wrong with the options, in words for the user; empty when they are fine.
[[nodiscard]] std::string validate(const ping_options& o);

/// The floor for a user other than root of a privileged install (raw sockets by setuid or
/// file capability), as iputils has it: at least 2 ms between probes to one target
/// (MIN_USER_INTERVAL_MS), and a bounded total rate, fping's 1 ms for "mere mortals".
/// Faster needs root.
inline constexpr std::chrono::milliseconds min_user_interval{2};
inline constexpr double max_user_rate = 1000;  // probes per second across targets

/// What in the options goes below that floor, in iputils' words; empty when nothing does.
[[nodiscard]] std::string check_user_floor(const ping_options& o);

struct ping_reply_record {
  std::uint16_t seq = 0;
  ip_address from;
  int ttl = -1;
  double rtt_ms = 0;
};

struct ping_summary {
  target dest;
  std::uint64_t transmitted = 0;
  std::uint64_t received = 0;
  std::uint64_t duplicates = 0;
  std::uint64_t corrupted = 0;
  std::uint64_t errors = 0;       // ICMP errors (unreachable, time exceeded) about our probes
  std::uint64_t tcp_refused = 0;  // --tcp: answered with RST (host up, port closed)
  std::optional<rtt_summary> rtt;
  std::vector<ping_reply_record> replies;
  [[nodiscard]] double loss() const noexcept { return loss_percent(transmitted, received); }
  [[nodiscard]] bool alive() const noexcept { return received > 0; }
};

/// One probe's outcome, as it happens.
struct ping_event {
  std::size_t target_index = 0;
  probe_result result;
  /// How many probes the target had sent when this outcome came (iputils' ntransmitted at
  /// the reply: its `pipe` is the most of ntransmitted - icmp_seq + 1).
  std::uint64_t transmitted = 0;
};

struct ping_run {
  std::vector<ping_summary> targets;
  std::chrono::nanoseconds elapsed{};
  std::uint64_t rejected = 0;  // replies that failed matching (foreign or forged)
};

/// One ping run over any number of targets, on the caller's event loop (see
/// probe/session.hpp): start() sends, every probe's outcome goes to `on_event` as it
/// happens, and `on_done` runs once when every probe is answered or timed out, at the
/// deadline, or after stop(). result() is the run's summary from then on.
class ping_session {
 public:
  using event_handler = std::function<void(const ping_event&)>;
  using done_handler = std::function<void()>;

  /// `targets` and `net` must outlive the session; the session must outlive its done call.
  ping_session(event_loop& loop, network& net, ping_options opts, std::vector<target> targets,
               event_handler on_event);
  ~ping_session();
  ping_session(const ping_session&) = delete;
  ping_session& operator=(const ping_session&) = delete;

  void start(done_handler on_done);
  /// Called just before each probe leaves, with its target and sequence (iputils -O looks
  /// there whether the probe before it was answered). Set before start().
  void before_send(std::function<void(std::size_t target, std::uint16_t sequence)> hook);
  /// Ends the run early (Ctrl-C): what was sent is summarised, nothing more goes out.
  void stop();
  [[nodiscard]] bool done() const noexcept;
  [[nodiscard]] const ping_run& result() const noexcept;
  /// result(), moved out (once done): a sweep's summary is large, and a copy doubles it.
  [[nodiscard]] ping_run take_result() noexcept;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

/// The convenience: a ping_session on a loop of its own, run to its end (to stop it early,
/// run a ping_session on your own loop).
class pinger {
 public:
  using event_handler = ping_session::event_handler;

  pinger(network& net, ping_options opts);
  /// Runs to completion: every probe answered or timed out, or the deadline.
  ping_run run(const std::vector<target>& targets, const event_handler& on_event);

 private:
  network& net_;
  ping_options opts_;
};

}  // namespace nettrio
