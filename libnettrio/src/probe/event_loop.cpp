#include <nettrio/probe/event_loop.hpp>

#include "loop_impl.hpp"

#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>

#include <optional>

namespace nettrio {

struct event_loop::timer::state {
  std::optional<boost::asio::steady_timer> t;  // real-time loops
  std::function<void()> fn;                    // manual loops
  bool active = true;
};

void event_loop::timer::cancel() noexcept {
  if (!state_) return;
  state_->active = false;
  state_->fn = nullptr;  // what it captured goes now, not when the time would have come
  if (state_->t) state_->t->cancel();
}

bool event_loop::timer::active() const noexcept {
  return state_ && state_->active;
}

struct event_loop::signal_watch::state : std::enable_shared_from_this<state> {
  explicit state(boost::asio::io_context& io) : set(io) {}
  boost::asio::signal_set set;
  std::function<void(int)> fn;
  // The pending wait holds the state, so a cancelled wait completes (or is destroyed with
  // the io_context) without touching freed memory.
  void arm() {
    set.async_wait([self = shared_from_this()](const boost::system::error_code& ec, int signo) {
      if (ec || !self->fn) return;  // cancelled: the watch is gone
      self->fn(signo);
      if (self->fn) self->arm();
    });
  }
};

event_loop::signal_watch::signal_watch(signal_watch&&) noexcept = default;
event_loop::signal_watch& event_loop::signal_watch::operator=(signal_watch&&) noexcept = default;
event_loop::signal_watch::~signal_watch() {
  if (!state_) return;
  boost::system::error_code ignored;
  state_->fn = nullptr;
  state_->set.clear(ignored);  // the previous disposition (default) is back
  state_->set.cancel(ignored);
}

event_loop::event_loop() : impl_(std::make_unique<detail::loop_impl>()) {}

event_loop::event_loop(manual_time_t, time_point start)
    : impl_(std::make_unique<detail::loop_impl>()) {
  impl_->manual = true;
  impl_->now = impl_->start = start;
  impl_->wall_start = std::chrono::system_clock::now();
}

event_loop::~event_loop() = default;

void event_loop::post(std::function<void()> fn) {
  if (impl_->manual) {
    impl_->posted.push_back(std::move(fn));
    return;
  }
  boost::asio::post(impl_->io, std::move(fn));
}

event_loop::timer event_loop::schedule(duration after, std::function<void()> fn) {
  timer h;
  h.state_ = std::make_shared<timer::state>();
  if (impl_->manual) {
    h.state_->fn = std::move(fn);
    impl_->timers.push(
        {impl_->now + std::max(after, duration::zero()), impl_->next_order++, h.state_});
    return h;
  }
  auto& t = h.state_->t.emplace(impl_->io);
  t.expires_after(after);
  t.async_wait([s = h.state_, fn = std::move(fn)](const boost::system::error_code& ec) {
    if (ec || !s->active) return;
    s->active = false;
    fn();
  });
  return h;
}

event_loop::signal_watch event_loop::watch_signals(std::initializer_list<int> signals,
                                                   std::function<void(int)> fn) {
  signal_watch w;
  if (impl_->manual) return w;
  w.state_ = std::make_shared<signal_watch::state>(impl_->io);
  for (const int s : signals) w.state_->set.add(s);
  w.state_->fn = std::move(fn);
  w.state_->arm();
  return w;
}

void event_loop::run() {
  if (!impl_->manual) {
    impl_->io.restart();
    impl_->io.run();
    return;
  }
  auto& m = *impl_;
  m.stopped = false;
  while (!m.stopped) {
    if (!m.posted.empty()) {
      auto fn = std::move(m.posted.front());
      m.posted.pop_front();
      fn();
      continue;
    }
    if (m.timers.empty()) break;
    auto next = m.timers.top();
    m.timers.pop();
    auto s = std::static_pointer_cast<timer::state>(next.state);
    if (!s->active) continue;
    m.now = std::max(m.now, next.when);
    s->active = false;
    auto fn = std::move(s->fn);
    if (fn) fn();
  }
}

void event_loop::stop() noexcept {
  if (impl_->manual) {
    impl_->stopped = true;
    return;
  }
  impl_->io.stop();
}

bool event_loop::stopped() const noexcept {
  return impl_->manual ? impl_->stopped : impl_->io.stopped();
}

event_loop::time_point event_loop::now() const noexcept {
  return impl_->manual ? impl_->now : clock::now();
}

event_loop::wall_time_point event_loop::wall_now() const noexcept {
  if (!impl_->manual) return std::chrono::system_clock::now();
  return impl_->wall_start +
         std::chrono::duration_cast<std::chrono::system_clock::duration>(impl_->now - impl_->start);
}

bool event_loop::is_manual() const noexcept {
  return impl_->manual;
}

}  // namespace nettrio
