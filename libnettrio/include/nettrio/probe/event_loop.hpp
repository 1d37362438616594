#pragma once
// A single-threaded event loop (Boost.Asio io_context underneath, kept out of this header so
// that everything including it compiles fast). Pinger and tracer schedule their pacing on
// it; networks deliver replies through it.

#include <chrono>
#include <functional>
#include <memory>

namespace nettrio {

namespace detail {
struct loop_impl;
}

class event_loop {
 public:
  using duration = std::chrono::steady_clock::duration;

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

  event_loop();
  ~event_loop();
  event_loop(const event_loop&) = delete;
  event_loop& operator=(const event_loop&) = delete;

  void post(std::function<void()> fn);
  timer schedule(duration after, std::function<void()> fn);
  /// Runs until stop() or until nothing is left to do.
  void run();
  void stop() noexcept;
  [[nodiscard]] bool stopped() const noexcept;

  [[nodiscard]] detail::loop_impl& impl() noexcept { return *impl_; }

 private:
  std::unique_ptr<detail::loop_impl> impl_;
};

}  // namespace nettrio
