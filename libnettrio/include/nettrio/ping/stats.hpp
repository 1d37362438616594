#pragma once
// Round-trip statistics as iputils ping reports them.

#include <chrono>
#include <cstdint>
#include <optional>

namespace nettrio {

struct rtt_summary {
  double min_ms = 0, avg_ms = 0, max_ms = 0;
  double mdev_ms = 0;  // iputils: sqrt(mean(rtt^2) - mean(rtt)^2)
};

class rtt_accumulator {
 public:
  void add(std::chrono::nanoseconds rtt) noexcept;
  [[nodiscard]] std::uint64_t count() const noexcept { return n_; }
  [[nodiscard]] std::optional<rtt_summary> summary() const noexcept;

 private:
  std::uint64_t n_ = 0;
  double sum_ = 0, sum2_ = 0;  // milliseconds
  double min_ = 0, max_ = 0;
};

/// Loss as iputils computes it: (transmitted - received) / transmitted, in percent.
[[nodiscard]] double loss_percent(std::uint64_t transmitted, std::uint64_t received) noexcept;

}  // namespace nettrio
