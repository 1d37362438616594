#pragma once
// Fleet mode: continuous ICMP, TCP and trace probing of many targets on one event loop, kept
// as Prometheus metrics.
//
// How it scales: ICMP echo and TCP connect probes of every target go through ONE probe
// engine over ONE socket set (one ICMP socket per family, one connect per TCP probe), so a
// thousand targets cost one receive path, not a thousand. The exporter drives the engine
// itself rather than through ping_session: each target (host x probe) has its own timer at
// its own interval, started at a random phase inside the first interval (the jitter that
// keeps probes of many targets from leaving in bursts), and targets come and go on reload
// without touching the others' sequence numbers or counters. A ping_session, by contrast,
// holds a fixed target list and one pacing for all of it.
//
// Traces run as trace_sessions, each on a socket set borrowed from a small pool (at most
// `trace_concurrency` at once, queued beyond that), every `trace_interval` per target.
//
// Names are resolved on the loop through c-ares (the hosts file, then resolv.conf's
// servers, as getaddrinfo would), and again when their answer's TTL runs out: at least a
// second apart, at most `resolve_interval` (a hosts-file answer has no TTL: then that).
// A target keeps its counters when its name moves to another address; the `ip` label
// says where its probes go now.

#include <nettrio/exporter/config.hpp>
#include <nettrio/probe/socket_network.hpp>
#include <nettrio/report/prometheus.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace nettrio {
class event_loop;
class network;
}  // namespace nettrio

namespace nettrio::exporter {

/// A blackbox-style one-off measurement (/probe).
struct probe_request {
  std::string target;           // name or address
  std::string module = "icmp";  // "icmp" or "tcp_PORT"
  std::uint64_t count = 1;      // packets
  std::chrono::milliseconds interval{100};
  std::chrono::milliseconds timeout{1000};  // per packet
};

/// Checks a request; words for the user when it is wrong, empty when fine.
[[nodiscard]] std::string validate(const probe_request& r);

class exporter {
 public:
  /// Opens a socket set: make_socket_network by default; unit tests put a fake network on
  /// a virtual-time loop here. Throws std::system_error when it cannot.
  using network_factory = std::function<std::unique_ptr<network>(const socket_options&)>;

  /// Nothing is sent before start().
  explicit exporter(event_loop& loop, exporter_config cfg, network_factory open = {});
  ~exporter();
  exporter(const exporter&) = delete;
  exporter& operator=(const exporter&) = delete;

  /// Opens the probe sockets (throws std::system_error naming the fix when it cannot),
  /// resolves names and starts every target's schedule.
  void start();
  /// Cancels every schedule and in-flight trace; nothing more goes out.
  void stop();

  /// A reload: targets (host x probe) in both configurations keep their state and counters
  /// (their interval, size and labels follow the new file); the others come or go.
  void apply(exporter_config cfg);
  /// A reload that failed: the old configuration stays, the error shows in the metrics.
  void reload_failed(const std::string& error);

  /// Everything /metrics shows, at this moment.
  [[nodiscard]] std::vector<report::metric_family> metrics() const;
  /// The same, one family at a time: a scrape of many targets writes each family out
  /// before the next is built.
  void collect(const std::function<void(report::metric_family&&)>& sink) const;
  /// /metrics: the text format, written a few dozen targets per turn of the loop so that
  /// probes due meanwhile leave on time; `done` gets it from inside the loop. `size_hint`
  /// reserves room (the last scrape's size).
  void scrape(std::function<void(std::string)> done, std::size_t size_hint = 0);

  /// One measurement for /probe: `done` gets the families (probe_success, ...), from inside
  /// the loop, once the packets are answered or timed out.
  void probe(const probe_request& r, std::function<void(std::vector<report::metric_family>)> done);

  [[nodiscard]] std::size_t target_count() const noexcept;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

/// smokeping_prober's default histogram buckets: 50 us doubling 20 times.
[[nodiscard]] std::vector<double> smokeping_buckets();

}  // namespace nettrio::exporter
