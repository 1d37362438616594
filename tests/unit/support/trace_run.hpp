#pragma once
// Runs a trace_session over a fake network on a manual (virtual-time) loop, with a watchdog
// on the same clock, so that a tracer that never finishes fails its test instead of
// hanging the suite, and durations are asserted exactly.

#include <nettrio/probe/event_loop.hpp>
#include <nettrio/trace/tracer.hpp>

#include "support/fake_network.hpp"

#include <chrono>
#include <stdexcept>
#include <vector>

namespace nettrio::test {

struct trace_run {
  trace_result result;
  std::vector<int> hops_seen;  // TTLs handed to the live hop callback, in order
  std::vector<std::uint64_t> rounds_seen;
  std::chrono::steady_clock::duration elapsed{};
  bool hung = false;  // the watchdog had to stop it
};

/// Runs `session` (a trace_session, mda_session or pmtu_session) on `loop` to its end, with
/// a watchdog on the loop's own clock that stops it at `limit`; true when it had to (or the
/// loop ran dry before the session ended).
template <class Session>
[[nodiscard]] bool run_session_to_end(event_loop& loop, Session& session,
                                      std::chrono::steady_clock::duration limit) {
  bool done = false, hung = false;
  auto watchdog = loop.schedule(limit, [&] {
    hung = true;
    session.stop();
  });
  session.start([&] {
    done = true;
    watchdog.cancel();
    loop.stop();
  });
  loop.run();
  return hung || !done;
}

/// Small waits so that a whole scenario takes milliseconds, not seconds.
[[nodiscard]] inline trace_options quick_trace(probe_protocol m = probe_protocol::udp) {
  using namespace std::chrono_literals;
  trace_options o;
  o.method = m;
  o.max_hops = 10;
  o.max_wait = 150ms;
  o.min_wait = 30ms;
  o.round_interval = 5ms;
  // The fake network's limiters do not refill with time (icmp_burst): a short pause keeps
  // the confirmation and re-probe paths exercised without waiting seconds.
  o.confirm_pause = 20ms;
  o.reprobe_pause = 10ms;
  return o;
}

[[nodiscard]] inline trace_run run_trace(fake_network& net, const trace_options& o,
                                         const ip_address& dst,
                                         std::chrono::seconds limit = std::chrono::seconds(60)) {
  trace_run out;
  // Virtual time: the scenario's pauses and waits take no real time, and the watchdog is a
  // timer on the same clock (a tracer that never ends is stopped at `limit`).
  event_loop loop(event_loop::manual_time);
  const auto t0 = loop.now();
  trace_session t(
      loop, net, o, dst.to_string(), dst, [&](const hop& h) { out.hops_seen.push_back(h.ttl); },
      [&](std::uint64_t r) { out.rounds_seen.push_back(r); });
  out.hung = run_session_to_end(loop, t, limit);
  out.elapsed = loop.now() - t0;
  out.result = t.result();
  return out;
}

/// One host on a fresh fake network, traced to the end (a hung tracer fails the test).
[[nodiscard]] inline trace_result trace_host(host h, const trace_options& o) {
  const auto dst = h.address;
  fake_network net({std::move(h)});
  auto run = run_trace(net, o, dst);
  if (run.hung) throw std::runtime_error("trace_host: the tracer did not finish");
  return run.result;
}

}  // namespace nettrio::test
