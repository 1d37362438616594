#pragma once
// A single-threaded event loop (Boost.Asio io_context underneath, kept out of this header so
// that everything including it compiles fast). Sessions (ping, trace) schedule their pacing
// on it; networks deliver replies through it; a program runs any number of sessions on one
// loop.
//
// Time comes from the loop: `now()` (steady, for pacing and timeouts) and `wall_now()`
// (CLOCK_REALTIME, the clock of kernel timestamps). A loop made with `manual_time` runs on
// virtual time instead: when nothing is ready it jumps to the next timer, so unit tests over
// a fake network run a 30-second scenario in microseconds and assert durations exactly,
// never against the wall clock. A manual loop has no sockets and no signals.

#include <chrono>
#include <functional>
#include <initializer_list>
#include <memory>

namespace nettrio {

namespace detail {
struct loop_impl;
}

class event_loop {
 public:
  using clock = std::chrono::steady_clock;
  using time_point = clock::time_point;
  using duration = clock::duration;
  using wall_time_point = std::chrono::system_clock::time_point;

  /// A timer that can be cancelled; destroying the handle does not cancel it.
  class timer {
   public:
    timer() = default;
    void cancel() noexcept;
    [[nodiscard]] bool active() const noexcept;

   private:
    friend class event_loop;
    struct state;
    std::shared_ptr<state> state_;
  };

  /// Watches signals while it lives (and the loop runs); destroying it restores the
  /// previous handling. The handler runs inside the loop, so it may touch sessions.
  class signal_watch {
   public:
    signal_watch() = default;
    signal_watch(signal_watch&&) noexcept;
    signal_watch& operator=(signal_watch&&) noexcept;
    ~signal_watch();

   private:
    friend class event_loop;
    struct state;
    std::shared_ptr<state> state_;
  };

  struct manual_time_t {
    explicit manual_time_t() = default;
  };
  static constexpr manual_time_t manual_time{};

  /// Real time: Asio underneath, sockets and signals work.
  event_loop();
  /// Virtual time starting at `start` (wall_now() starts at the real wall clock's now).
  explicit event_loop(manual_time_t, time_point start = time_point{} + std::chrono::hours(1));
  ~event_loop();
  event_loop(const event_loop&) = delete;
  event_loop& operator=(const event_loop&) = delete;

  /// Runs `fn` inside the loop soon. Thread-safe on a real-time loop.
  void post(std::function<void()> fn);
  timer schedule(duration after, std::function<void()> fn);
  /// Calls `fn(signo)` inside the loop whenever one of `signals` arrives (real-time loops;
  /// a manual loop never sees one). While the watch lives, run() does not end on its own:
  /// stop the loop when the work is done.
  [[nodiscard]] signal_watch watch_signals(std::initializer_list<int> signals,
                                           std::function<void(int)> fn);

  /// Runs until stop() or until nothing is left to do.
  void run();
  void stop() noexcept;
  [[nodiscard]] bool stopped() const noexcept;

  [[nodiscard]] time_point now() const noexcept;
  [[nodiscard]] wall_time_point wall_now() const noexcept;
  [[nodiscard]] bool is_manual() const noexcept;

  [[nodiscard]] detail::loop_impl& impl() noexcept { return *impl_; }

 private:
  std::unique_ptr<detail::loop_impl> impl_;
};

}  // namespace nettrio
