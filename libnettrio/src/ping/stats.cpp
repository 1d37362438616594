#include <nettrio/ping/stats.hpp>

#include <algorithm>
#include <cmath>

namespace nettrio {

void rtt_accumulator::add(std::chrono::nanoseconds rtt) noexcept {
  const double ms = std::chrono::duration<double, std::milli>(rtt).count();
  min_ = n_ == 0 ? ms : std::min(min_, ms);
  max_ = n_ == 0 ? ms : std::max(max_, ms);
  sum_ += ms;
  sum2_ += ms * ms;
  ++n_;
}

std::optional<rtt_summary> rtt_accumulator::summary() const noexcept {
  if (n_ == 0) return std::nullopt;
  const double n = static_cast<double>(n_);
  const double avg = sum_ / n;
  // iputils ping: tmdev = sqrt(tsum2/n - (tsum/n)^2), the population standard deviation.
  const double var = std::max(0.0, sum2_ / n - avg * avg);
  return rtt_summary{min_, avg, max_, std::sqrt(var)};
}

double loss_percent(std::uint64_t transmitted, std::uint64_t received) noexcept {
  if (transmitted == 0) return 0;
  const auto lost = transmitted > received ? transmitted - received : 0;
  return 100.0 * static_cast<double>(lost) / static_cast<double>(transmitted);
}

}  // namespace nettrio
