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
                     [](const hop_probe& p) { return p.from_destination && !p.flag; });
}

std::optional<hop_flag> hop::unreachable_flag() const noexcept {
  for (const auto& p : probes)
    if (p.flag) return p.flag;
  return std::nullopt;
}

std::optional<int> hop::return_hops() const noexcept {
  // The largest reply TTL is the shortest way back any answer took.
  int best = -1;
  for (const auto& p : probes)
    if (p.from && p.reply_ttl > 0) best = std::max(best, p.reply_ttl);
  if (best <= 0) return std::nullopt;
  return hops_back(best);
}

std::optional<hop_flag> classify_unreachable(ip_family family, std::uint8_t type,
                                             std::uint8_t code) noexcept {
  // traceroute(8): !H host, !N network, !P protocol, !S source route failed, !F fragmentation
  // needed, !X communication administratively prohibited, !V host precedence violation,
  // !C precedence cutoff, !U/!W unknown network/host, !<num> anything else.
  using r = unreachable_reason;
  const auto flag = [&](r reason) { return std::optional<hop_flag>(hop_flag{reason, code}); };
  if (family == ip_family::v4) {
    if (type != packet::icmp4::dest_unreachable) return std::nullopt;
    switch (code) {
      case 0:
        return flag(r::network);
      case 1:
        return flag(r::host);
      case 2:
        return flag(r::protocol);
      case 3:
        return std::nullopt;  // port unreachable: the destination answered
      case 4:
        return flag(r::fragmentation_needed);
      case 5:
        return flag(r::source_route_failed);
      case 6:
        return flag(r::network_unknown);
      case 7:
        return flag(r::host_unknown);
      case 9:
      case 10:
      case 13:
        return flag(r::prohibited);
      case 14:
        return flag(r::precedence_violation);
      case 15:
        return flag(r::precedence_cutoff);
      default:
        return flag(r::other);
    }
  }
  if (type == packet::icmp6::packet_too_big) return flag(r::fragmentation_needed);
  if (type != packet::icmp6::dest_unreachable) return std::nullopt;
  switch (code) {
    case 0:
      return flag(r::network);  // no route to destination
    case 1:
      return flag(r::prohibited);  // administratively prohibited
    case 2:
      return flag(r::precedence_violation);  // beyond scope of source address
    case 3:
      return flag(r::host);  // address unreachable
    case 4:
      return std::nullopt;  // port unreachable
    case 5:
    case 6:
      return flag(r::prohibited);  // source address failed policy / reject route
    default:
      return flag(r::other);
  }
}

int hops_back(int reply_ttl) noexcept {
  const int initial = reply_ttl <= 64 ? 64 : reply_ttl <= 128 ? 128 : 255;
  return initial - reply_ttl + 1;
}

}  // namespace nettrio
