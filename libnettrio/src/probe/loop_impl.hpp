#pragma once
// Private: the Asio side of event_loop, for the socket network only, and the virtual-time
// queues of a manual loop.

#include <utility>  // Boost 1.74 + GCC 12: before any Asio header

#include <nettrio/probe/event_loop.hpp>

#include <boost/asio/io_context.hpp>

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <queue>
#include <vector>

namespace nettrio::detail {

struct manual_timer {
  event_loop::time_point when;
  std::uint64_t order = 0;
  std::shared_ptr<void> state;  // event_loop::timer::state
};

struct later_first {
  bool operator()(const manual_timer& a, const manual_timer& b) const noexcept {
    return a.when != b.when ? a.when > b.when : a.order > b.order;
  }
};

struct loop_impl {
  boost::asio::io_context io{1};

  // Manual (virtual) time only.
  bool manual = false;
  bool stopped = false;
  event_loop::time_point now{};
  event_loop::time_point start{};
  event_loop::wall_time_point wall_start{};
  std::deque<std::function<void()>> posted;
  std::priority_queue<manual_timer, std::vector<manual_timer>, later_first> timers;
  std::uint64_t next_order = 0;
};

}  // namespace nettrio::detail
