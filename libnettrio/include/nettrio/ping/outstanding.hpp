#pragma once
// iputils ping -O: "no answer yet for icmp_seq=N", said when probe N is still unanswered
// just before the next probe leaves. A watch sits beside a ping_session of one target on the
// same loop: it sees the session's events (note) and looks on the session's schedule.

#include <nettrio/ping/pinger.hpp>
#include <nettrio/probe/event_loop.hpp>

#include <cstdint>
#include <functional>
#include <vector>

namespace nettrio {

class outstanding_watch {
 public:
  /// Called with the sequence of a probe that has no reply as the next one leaves.
  using handler = std::function<void(std::uint64_t sequence)>;

  /// `session` (one target, run with `opts`) must outlive the watch. With an interval,
  /// probe k+1 leaves at start + k intervals and the look at probe k comes just before it;
  /// with adaptive pacing (no schedule to look on), each probe looks at the one before as
  /// it leaves (ping_session::before_send). With neither (interval 0, flood by replies),
  /// the watch says nothing, as iputils.
  outstanding_watch(event_loop& loop, ping_session& session, const ping_options& opts,
                    handler on_missing);
  // The session's hook and the loop's timer hold `this`.
  outstanding_watch(const outstanding_watch&) = delete;
  outstanding_watch& operator=(const outstanding_watch&) = delete;

  /// Every event of the session, before or after the writer sees it.
  void note(const ping_event& ev);

  /// Arms the schedule: call right before session.start(), so each look precedes its send.
  void start();

 private:
  void look();

  event_loop& loop_;
  ping_options opts_;
  handler on_missing_;
  std::vector<bool> answered_ = std::vector<bool>(65536);  // by sequence, as iputils' bitmap
  event_loop::time_point t0_{};
  event_loop::timer timer_;
  std::uint64_t checked_ = 0;
};

}  // namespace nettrio
