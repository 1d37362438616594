#pragma once
// The probe engine: one owner of in-flight probes for ping and trace alike. It stamps each
// probe with an identity, sends it through the network, matches replies back strictly
// (identity, address, checksum, payload), times out the silent ones, and streams one
// probe_result per probe (plus duplicates) to its client.

#include <nettrio/probe/event_loop.hpp>
#include <nettrio/probe/network.hpp>
#include <nettrio/probe/probe.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

namespace nettrio {

struct engine_options {
  /// Echo payload pattern seed; replies must carry our bytes back to count.
  std::uint64_t payload_cookie = 0;
  /// How long an answered probe is remembered to report duplicates.
  std::chrono::milliseconds duplicate_window{10000};
  /// Echo payload fill (ping -p): the bytes from the 16th on repeat it, as iputils fills
  /// what follows its timestamp; the first 16 stay the cookie's. Empty: the cookie's all
  /// through.
  std::vector<std::uint8_t> fill_pattern{};
};

class engine {
 public:
  using result_handler = std::function<void(const probe_result&)>;

  engine(network& net, event_loop& loop, engine_options opts = {});
  ~engine();
  engine(const engine&) = delete;
  engine& operator=(const engine&) = delete;

  /// Starts receiving; results go to `on_result` from inside the loop.
  void start(result_handler on_result);
  void stop() noexcept;

  /// Sends a probe now and waits `timeout` for its answer. The caller picks sequence (echo)
  /// or destination port (UDP/TCP); the engine assigns the token and, for echo probes, the
  /// payload (`payload_size` bytes of a pattern replies must carry back). Returns the token.
  std::uint64_t send(probe p, std::size_t payload_size, std::chrono::nanoseconds timeout);

  /// send() for many probes at once; results arrive as for send().
  void send_batch(std::vector<probe>& probes, std::size_t payload_size,
                  std::chrono::nanoseconds timeout);

  /// Makes room for `probes` in flight at once (a sweep), so the in-flight tables are sized
  /// once instead of growing (and holding old and new) as the probes go out.
  void reserve(std::size_t probes);

  /// Reads at once the answers the network has queued (results go out as usual), so a
  /// caller about to send knows of every answer that has come (ping -A, as iputils, which
  /// reads all before it sends).
  void poll();

  /// Changes the timeout of a probe still in flight (adaptive waits); false when gone.
  bool extend(std::uint64_t token, std::chrono::nanoseconds timeout_from_send);

  [[nodiscard]] std::size_t in_flight() const noexcept;
  [[nodiscard]] event_loop& loop() noexcept;
  /// Replies that looked like ours but failed a check (forged, foreign, corrupt).
  [[nodiscard]] std::uint64_t rejected() const noexcept;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace nettrio
