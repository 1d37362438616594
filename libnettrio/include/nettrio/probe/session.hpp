#pragma once
// What every probing session (ping_session, trace_session) shares: the caller's event loop,
// an engine of its own over a network, a random payload cookie, and one way to end. A
// session starts when asked, streams its results to callbacks from inside the loop, and
// calls its done handler exactly once: when its work is over, or soon after stop(). It
// never stops the loop: any number of sessions share one loop, each on its own network,
// and the caller decides when the loop ends.
//
// stop() is called from inside the loop (a signal watch, a timer, another session's
// callback); from another thread, post it to a real-time loop. Nothing polls.

#include <nettrio/probe/engine.hpp>
#include <nettrio/probe/event_loop.hpp>

#include <functional>

namespace nettrio {

class network;

class session_core {
 public:
  using done_handler = std::function<void()>;

  /// `opts.payload_cookie` 0 draws a random cookie (the usual case).
  session_core(event_loop& loop, network& net, engine_options opts = {});
  ~session_core();
  session_core(const session_core&) = delete;
  session_core& operator=(const session_core&) = delete;

  [[nodiscard]] event_loop& loop() noexcept { return loop_; }
  [[nodiscard]] engine& eng() noexcept { return engine_; }

  /// Starts the engine: probe results go to `on_result`; `on_done` is kept for finish().
  void begin(engine::result_handler on_result, done_handler on_done);
  /// Ends the session once. From the loop, soon after (so a session may finish from inside
  /// its own callbacks): the engine stops receiving, then the done handler runs. Results
  /// that still arrive in between are the session's to ignore (finished() is true).
  void finish();
  [[nodiscard]] bool finished() const noexcept { return finished_; }
  [[nodiscard]] event_loop::time_point started_at() const noexcept { return started_at_; }

 private:
  event_loop& loop_;
  engine engine_;
  done_handler on_done_;
  event_loop::time_point started_at_{};
  bool finished_ = false;
  std::shared_ptr<char> life_ = std::make_shared<char>();
};

/// A random payload cookie, never 0.
[[nodiscard]] std::uint64_t random_cookie();

}  // namespace nettrio
