#pragma once
// Runs a tracer over a fake network with a watchdog, so that a tracer that never finishes
// fails its test instead of hanging the suite.

#include <nettrio/trace/tracer.hpp>

#include "support/fake_network.hpp"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace nettrio::test {

struct trace_run {
  trace_result result;
  std::vector<int> hops_seen;  // TTLs handed to the live hop callback, in order
  std::vector<std::uint64_t> rounds_seen;
  std::chrono::steady_clock::duration elapsed{};
  bool hung = false;  // the watchdog had to stop it
};

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
                                         std::chrono::seconds limit = std::chrono::seconds(5)) {
  trace_run out;
  tracer t(net, o);
  std::mutex m;
  std::condition_variable cv;
  bool done = false;
  std::thread watchdog([&] {
    std::unique_lock lock(m);
    if (!cv.wait_for(lock, limit, [&] { return done; })) {
      out.hung = true;
      t.request_stop();
    }
  });
  const auto t0 = std::chrono::steady_clock::now();
  out.result = t.run(
      dst.to_string(), dst, [&](const hop& h) { out.hops_seen.push_back(h.ttl); },
      [&](std::uint64_t r) { out.rounds_seen.push_back(r); });
  out.elapsed = std::chrono::steady_clock::now() - t0;
  {
    std::lock_guard lock(m);
    done = true;
  }
  cv.notify_one();
  watchdog.join();
  return out;
}

}  // namespace nettrio::test
