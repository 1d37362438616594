#include <nettrio/probe/event_loop.hpp>

#include "loop_impl.hpp"

#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>

namespace nettrio {

struct event_loop::timer::state {
  explicit state(boost::asio::io_context& io) : t(io) {}
  boost::asio::steady_timer t;
  bool active = true;
};

void event_loop::timer::cancel() noexcept {
  if (!state_) return;
  state_->active = false;
  state_->t.cancel();
}

bool event_loop::timer::active() const noexcept {
  return state_ && state_->active;
}

event_loop::event_loop() : impl_(std::make_unique<detail::loop_impl>()) {}
event_loop::~event_loop() = default;

void event_loop::post(std::function<void()> fn) {
  boost::asio::post(impl_->io, std::move(fn));
}

event_loop::timer event_loop::schedule(duration after, std::function<void()> fn) {
  timer h;
  h.state_ = std::make_shared<timer::state>(impl_->io);
  h.state_->t.expires_after(after);
  h.state_->t.async_wait([s = h.state_, fn = std::move(fn)](const boost::system::error_code& ec) {
    if (ec || !s->active) return;
    s->active = false;
    fn();
  });
  return h;
}

void event_loop::run() {
  impl_->io.restart();
  impl_->io.run();
}

void event_loop::stop() noexcept {
  impl_->io.stop();
}
bool event_loop::stopped() const noexcept {
  return impl_->io.stopped();
}

}  // namespace nettrio
