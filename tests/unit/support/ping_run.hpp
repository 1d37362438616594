#pragma once
// Runs a ping_session over a fake network on a manual (virtual-time) loop: a scenario of
// seconds takes microseconds, and durations are asserted exactly, never against the wall
// clock of a busy machine.

#include <nettrio/ping/pinger.hpp>
#include <nettrio/probe/event_loop.hpp>

#include "support/fake_network.hpp"

#include <chrono>
#include <functional>
#include <vector>

namespace nettrio::test {

/// Where a manual loop's time starts (event_loop's default): sends are timed against it.
inline const event_loop::time_point virtual_start =
    event_loop::time_point{} + std::chrono::hours(1);

/// The event callback may stop the session (Ctrl-C from inside the loop).
using ping_probe_handler = std::function<void(ping_session&, const ping_event&)>;

[[nodiscard]] inline ping_run run_ping(fake_network& net, const ping_options& o,
                                       std::vector<target> targets,
                                       const ping_probe_handler& on_event = {}) {
  event_loop loop(event_loop::manual_time, virtual_start);
  ping_session* self = nullptr;
  ping_session s(loop, net, o, std::move(targets), [&](const ping_event& e) {
    if (on_event) on_event(*self, e);
  });
  self = &s;
  bool done = false;
  s.start([&] {
    done = true;
    loop.stop();
  });
  loop.run();
  if (!done) throw std::logic_error("ping_session: the loop ran dry before the session ended");
  return s.result();
}

[[nodiscard]] inline ping_run run_ping(fake_network& net, const ping_options& o,
                                       std::vector<target> targets,
                                       const std::function<void(const ping_event&)>& on_event) {
  return run_ping(net, o, std::move(targets),
                  [&](ping_session&, const ping_event& e) { on_event(e); });
}

}  // namespace nettrio::test
