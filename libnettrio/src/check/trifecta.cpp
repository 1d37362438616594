#include <nettrio/check/trifecta.hpp>

#include "../sockaddr.hpp"

#include <ifaddrs.h>
#include <netinet/in.h>

#include <algorithm>

namespace nettrio {

bool trace_needed(const trifecta_facts& f) noexcept {
  if (!f.ping_ran) return false;
  if (f.ping_received == 0 || f.ping_received < f.ping_sent) return true;
  return f.ping_avg_ms && *f.ping_avg_ms > slow_rtt_ms;
}

diagnosis diagnose(const trifecta_facts& f) {
  bool open = false, refused = false, filtered = false;
  for (const auto& p : f.ports) {
    if (p.state == tcp_state::open)
      open = true;
    else if (p.state == tcp_state::refused)
      refused = true;
    else
      filtered = true;
  }
  const bool ping_ok = f.ping_ran && f.ping_received > 0;
  const bool ping_failed = f.ping_ran && f.ping_received == 0;

  // A local listener bound where the client cannot reach it explains a refusal best.
  if (loopback_only_refusal(f)) return {diagnosis_kind::loopback_only, true};
  if (refused) return {diagnosis_kind::port_refused, true};
  if (filtered) {
    if (open || ping_ok) return {diagnosis_kind::port_filtered, true};
    return {diagnosis_kind::host_unreachable, true};
  }
  // Up on TCP: ICMP alone is filtered, nothing wrong with the service.
  if (open && ping_failed) return {diagnosis_kind::icmp_filtered, false};
  if (ping_failed) {
    const auto& t = f.trace;
    if (t && t->reached) return {diagnosis_kind::icmp_filtered, true};
    if (t && (t->result.kind == verdict_kind::filtered_after_hop ||
              t->result.kind == verdict_kind::unreachable))
      return {diagnosis_kind::path_broken, true};
    if (t && t->result.kind == verdict_kind::destination_silent)
      return {diagnosis_kind::host_silent, true};
    return {diagnosis_kind::host_unreachable, true};
  }
  if (ping_ok && f.ping_received < f.ping_sent) return {diagnosis_kind::packet_loss, true};
  if (ping_ok && f.ping_avg_ms && *f.ping_avg_ms > slow_rtt_ms)
    return {diagnosis_kind::high_latency, true};
  if (!f.ping_ran && !open) return {diagnosis_kind::inconclusive, true};
  return {diagnosis_kind::ok, false};
}

const port_fact* loopback_only_refusal(const trifecta_facts& f) noexcept {
  for (const auto& p : f.ports)
    if (p.state == tcp_state::refused && p.local &&
        p.local->outcome == check_outcome::loopback_only && !f.address.is_loopback())
      return &p;
  return nullptr;
}

bool is_local_address(const ip_address& a) {
  if (a.is_loopback()) return true;
  ifaddrs* list = nullptr;
  if (::getifaddrs(&list) != 0) return false;
  bool found = false;
  for (auto* i = list; i && !found; i = i->ifa_next) {
    if (!i->ifa_addr) continue;
    found = detail::from_sockaddr(i->ifa_addr) == a;
  }
  ::freeifaddrs(list);
  return found;
}

}  // namespace nettrio
