#include <nettrio/check/trifecta.hpp>

#include <nettrio/report/trace.hpp>

#include "../sockaddr.hpp"

#include <fmt/format.h>

#include <ifaddrs.h>
#include <netinet/in.h>

#include <algorithm>

namespace nettrio {

bool trace_needed(const trifecta_facts& f) noexcept {
  if (!f.ping_ran) return false;
  if (f.ping_received == 0 || f.ping_received < f.ping_sent) return true;
  return f.ping_avg_ms && *f.ping_avg_ms > slow_rtt_ms;
}

namespace {

std::string last_hop_text(const trace_result& t) {
  for (auto it = t.hops.rbegin(); it != t.hops.rend(); ++it) {
    auto who = it->responders();
    if (!who.empty()) return fmt::format("hop {} ({})", it->ttl, who.front().to_string());
  }
  return {};
}

// What the trace adds to a diagnosis about an unresponsive host.
std::string path_words(const trifecta_facts& f) {
  if (!f.trace) return {};
  const auto& v = f.trace->result;
  if (v.kind == verdict_kind::filtered_after_hop)
    return fmt::format(" The path breaks after hop {}: the last responding hop is {}.",
                       v.hop.value_or(0), last_hop_text(*f.trace));
  if (v.kind == verdict_kind::unreachable)
    return fmt::format(" The path breaks at hop {}: {}.", v.hop.value_or(0),
                       report::verdict_text(*f.trace));
  if (v.kind == verdict_kind::destination_silent)
    return fmt::format(" The trace reaches {}, next to the destination, then goes silent.",
                       last_hop_text(*f.trace));
  if (v.kind == verdict_kind::no_response) return " Not even the first hop answers the trace.";
  if (v.kind == verdict_kind::reached) return " The trace (UDP probes) does reach the host.";
  return {};
}

std::string ports_list(const std::vector<const port_fact*>& v) {
  std::string s;
  for (const auto* p : v) s += (s.empty() ? "" : ", ") + std::to_string(p->port);
  return s;
}

}  // namespace

diagnosis diagnose(const trifecta_facts& f) {
  std::vector<const port_fact*> open, refused, filtered;
  for (const auto& p : f.ports) {
    if (p.state == tcp_state::open)
      open.push_back(&p);
    else if (p.state == tcp_state::refused)
      refused.push_back(&p);
    else
      filtered.push_back(&p);
  }
  const bool ping_ok = f.ping_ran && f.ping_received > 0;
  const bool ping_failed = f.ping_ran && f.ping_received == 0;
  const auto addr = f.address.to_string();

  // A local listener bound where the client cannot reach it explains a refusal best.
  for (const auto* p : refused) {
    if (p->local && p->local->outcome == check_outcome::loopback_only && !f.address.is_loopback())
      return {
          diagnosis_kind::loopback_only, true,
          fmt::format(
              "port {} is refused on {}: the service listens on loopback only, so only this host "
              "can connect, and not through {}.",
              p->port, addr, addr),
          fmt::format("bind the service to 0.0.0.0 (or {}) instead of 127.0.0.1; `nettrio ports "
                      "--check {}` "
                      "shows the binding and its owner",
                      addr, p->port)};
  }
  if (!refused.empty())
    return {diagnosis_kind::port_refused, true,
            fmt::format("{} is up (it answers) but refuses port {}: nothing listens there{}.", addr,
                        ports_list(refused), f.local ? " on this host" : ""),
            f.local
                ? fmt::format(
                      "start the service, or check the port it is configured for; `nettrio ports "
                      "--check {}` shows what listens",
                      refused.front()->port)
                : fmt::format("on {}, start the service or check its port: run `nettrio ports "
                              "--check {}` there",
                              addr, refused.front()->port)};
  if (!filtered.empty()) {
    if (!open.empty() || ping_ok)
      return {diagnosis_kind::port_filtered, true,
              fmt::format("{} is up ({}) but port {} gets no answer at all: a firewall drops it "
                          "(security group, "
                          "network ACL or the host's own firewall).",
                          addr, ping_ok ? "it answers ping" : "another port answers",
                          ports_list(filtered)),
              fmt::format("allow TCP {} inbound on the receiver's security group and host firewall",
                          ports_list(filtered))};
    return {diagnosis_kind::host_unreachable, true,
            fmt::format(
                "no ICMP reply and no TCP answer on port {}: {} is down, or everything to it is "
                "filtered.{}",
                ports_list(filtered), addr, path_words(f)),
            f.trace && (f.trace->result.kind == verdict_kind::filtered_after_hop ||
                        f.trace->result.kind == verdict_kind::unreachable)
                ? fmt::format("contact whoever runs the network after {}", last_hop_text(*f.trace))
                : "check that the host is running and that its security group allows the traffic"};
  }
  if (!open.empty() && ping_failed)
    return {
        diagnosis_kind::icmp_filtered, false,
        fmt::format(
            "{} is up: TCP port {} answers, but ICMP echo gets no reply, so ICMP is filtered (a "
            "security group or firewall).",
            addr, ports_list(open)),
        "nothing to fix for the service; to make ping work, allow inbound ICMP on the receiver and "
        "outbound ICMP on the sender"};
  if (ping_failed) {
    const auto& t = f.trace;
    if (t && t->reached)
      return {
          diagnosis_kind::icmp_filtered, true,
          fmt::format(
              "{} does not answer ping, yet the trace reaches it: ICMP echo is filtered on the way "
              "or at the host.",
              addr),
          "allow inbound ICMP echo on the receiver (security group / firewall), or check with "
          "--port"};
    if (t && (t->result.kind == verdict_kind::filtered_after_hop ||
              t->result.kind == verdict_kind::unreachable))
      return {diagnosis_kind::path_broken, true,
              fmt::format("{} does not answer.{}", addr, path_words(f)),
              fmt::format(
                  "contact whoever runs the network after {}; or try --port to test a TCP service",
                  last_hop_text(*t))};
    if (t && t->result.kind == verdict_kind::destination_silent)
      return {
          diagnosis_kind::host_silent, true,
          fmt::format("{} does not answer ping.{} It may be up with ICMP filtered.", addr,
                      path_words(f)),
          fmt::format("check a port it serves: `nettrio check {}:22` or `--port 443`", f.target)};
    return {diagnosis_kind::host_unreachable, true,
            fmt::format("{} does not answer ping.{}", addr, path_words(f)),
            "check that the host is up and that ICMP is allowed; try --port to test a TCP service"};
  }
  if (ping_ok && f.ping_received < f.ping_sent)
    return {diagnosis_kind::packet_loss, true,
            fmt::format("{} answers, but {} of {} pings were lost.{}", addr,
                        f.ping_sent - f.ping_received, f.ping_sent, path_words(f)),
            "look at the trace for where loss starts and carries on to later hops"};
  if (ping_ok && f.ping_avg_ms && *f.ping_avg_ms > slow_rtt_ms)
    return {diagnosis_kind::high_latency, true,
            fmt::format("{} answers, but slowly: {:.1f} ms on average.", addr, *f.ping_avg_ms),
            "look at the trace for the hop where RTT jumps and stays high"};
  if (!f.ping_ran && open.empty())
    return {diagnosis_kind::inconclusive, true,
            fmt::format("ping could not run ({}) and no port was given.", f.ping_skipped),
            "give a port to test (`--port 22`), or run with CAP_NET_RAW"};
  std::string text = fmt::format("{} is reachable", addr);
  if (ping_ok) text += fmt::format(": ping answers ({:.3f} ms average)", f.ping_avg_ms.value_or(0));
  if (!open.empty())
    text += fmt::format("{}TCP port {} is open", ping_ok ? " and " : ": ", ports_list(open));
  text += ".";
  for (const auto* p : open)
    if (p->local && p->local->outcome == check_outcome::loopback_only)
      text += fmt::format(" Note: port {} listens on loopback only; other hosts cannot connect.",
                          p->port);
  return {diagnosis_kind::ok, false, text, "nothing to do"};
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
