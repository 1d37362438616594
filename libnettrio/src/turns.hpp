#pragma once
// Whose turn it is, for schedulers of many targets (ping_session's pacing, the exporter's
// probes): a min-heap of (due time, order, id), the order breaking ties first come, first
// served.

#include <nettrio/probe/event_loop.hpp>

#include <cstdint>
#include <functional>
#include <queue>
#include <vector>

namespace nettrio::detail {

template <typename Id>
struct turn {
  event_loop::clock::time_point due;
  std::uint64_t order;
  Id id;
  friend bool operator>(const turn& a, const turn& b) {
    return a.due != b.due ? a.due > b.due : a.order > b.order;
  }
};

template <typename Id>
using turn_queue = std::priority_queue<turn<Id>, std::vector<turn<Id>>, std::greater<>>;

}  // namespace nettrio::detail
