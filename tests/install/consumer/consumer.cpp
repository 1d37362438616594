// An integrator's first program against the installed library (tests/install/test_consumer.sh):
// a ping of 127.0.0.1 and a UDP trace to it running at the same time on one event loop, each
// session on its own socket network, through the public API only. Exits 0 when the ping got
// a reply and the trace reached 127.0.0.1, 1 when not, 77 when no ICMP socket can be opened
// here (neither CAP_NET_RAW nor net.ipv4.ping_group_range). Loopback only.

#include <nettrio/ping/pinger.hpp>
#include <nettrio/ping/targets.hpp>
#include <nettrio/probe/event_loop.hpp>
#include <nettrio/probe/socket_network.hpp>
#include <nettrio/trace/tracer.hpp>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <exception>
#include <memory>
#include <system_error>

int main() {
  using namespace std::chrono_literals;
  try {
    std::unique_ptr<nettrio::network> ping_net, trace_net;
    try {
      ping_net = nettrio::make_socket_network({.ipv4 = true, .icmp = true});
      trace_net = nettrio::make_socket_network({.ipv4 = true, .icmp = true, .udp = true});
    } catch (const std::system_error& e) {
      std::fprintf(stderr, "SKIPPED: %s\n", e.what());
      return 77;
    }
    const auto targets = nettrio::resolve_spec("127.0.0.1", nettrio::ip_family::v4);

    nettrio::event_loop loop;
    int running = 2;
    auto one_done = [&] {
      if (--running == 0) loop.stop();
    };
    nettrio::ping_session ping(loop, *ping_net, {.count = 2, .interval = 100ms, .timeout = 2s},
                               targets, [](const nettrio::ping_event&) {});
    nettrio::trace_session trace(
        loop, *trace_net, {.max_hops = 3, .confirm_pause = 0ms, .reprobe_pause = 0ms},
        targets.at(0).name, targets.at(0).address, [](const nettrio::hop&) {});
    // Ctrl-C ends both sessions; nothing polls.
    auto signals = loop.watch_signals({SIGINT, SIGTERM}, [&](int) {
      ping.stop();
      trace.stop();
    });
    ping.start(one_done);
    trace.start(one_done);
    loop.run();

    const auto& summary = ping.result().targets.at(0);
    std::printf("ping 127.0.0.1: %llu sent, %llu received\n",
                static_cast<unsigned long long>(summary.transmitted),
                static_cast<unsigned long long>(summary.received));
    const auto& t = trace.result();
    std::printf("trace 127.0.0.1: %s in %zu hop(s)\n", t.reached ? "reached" : "not reached",
                t.hops.size());
    return summary.received > 0 && t.reached ? 0 : 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "nettrio_consumer: %s\n", e.what());
    return 2;
  }
}
