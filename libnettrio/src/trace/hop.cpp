#include <nettrio/trace/hop.hpp>

#include <algorithm>

namespace nettrio {

bool hop::silent() const noexcept {
  return answered() == 0;
}

std::size_t hop::answered() const noexcept {
  return static_cast<std::size_t>(std::count_if(
      probes.begin(), probes.end(), [](const hop_probe& p) { return p.from.has_value(); }));
}

std::vector<ip_address> hop::responders() const {
  std::vector<ip_address> out;
  for (const auto& p : probes)
    if (p.from && std::find(out.begin(), out.end(), *p.from) == out.end()) out.push_back(*p.from);
  return out;
}

std::optional<double> hop::best_rtt() const noexcept {
  std::optional<double> best;
  for (const auto& p : probes)
    if (p.rtt_ms) best = best ? std::min(*best, *p.rtt_ms) : *p.rtt_ms;
  return best;
}

bool hop::reached_destination() const noexcept {
  return std::any_of(probes.begin(), probes.end(),
                     [](const hop_probe& p) { return p.from_destination && p.flag.empty(); });
}

std::string hop::unreachable_flag() const {
  for (const auto& p : probes)
    if (!p.flag.empty()) return p.flag;
  return {};
}

std::optional<int> hop::return_hops() const noexcept {
  // The largest reply TTL is the shortest way back any answer took.
  int best = -1;
  for (const auto& p : probes)
    if (p.from && p.reply_ttl > 0) best = std::max(best, p.reply_ttl);
  if (best <= 0) return std::nullopt;
  return hops_back(best);
}

int hops_back(int reply_ttl) noexcept {
  const int initial = reply_ttl <= 64 ? 64 : reply_ttl <= 128 ? 128 : 255;
  return initial - reply_ttl + 1;
}

}  // namespace nettrio
