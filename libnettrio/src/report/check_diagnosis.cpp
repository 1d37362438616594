// The check's diagnosis in words: what the facts mean together and the next step. The kind
// (check/trifecta.cpp, diagnose) picks the sentence; the facts fill it in.

#include <nettrio/report/check.hpp>
#include <nettrio/report/trace.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

namespace nettrio::report {

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
  switch (v.kind) {
    case verdict_kind::filtered_after_hop:
      return fmt::format(" The path breaks after hop {}: the last responding hop is {}.",
                         v.hop.value_or(0), last_hop_text(*f.trace));
    case verdict_kind::unreachable:
      return fmt::format(" The path breaks at hop {}: {}.", v.hop.value_or(0),
                         verdict_text(*f.trace));
    case verdict_kind::destination_silent:
      return fmt::format(" The trace reaches {}, next to the destination, then goes silent.",
                         last_hop_text(*f.trace));
    case verdict_kind::no_response:
      return " Not even the first hop answers the trace.";
    case verdict_kind::reached:
      return " The trace (UDP probes) does reach the host.";
    default:
      return {};
  }
}

// The ports in one state, as "22, 443".
std::string ports_in(const trifecta_facts& f, bool (*in)(tcp_state)) {
  std::string s;
  for (const auto& p : f.ports)
    if (in(p.state)) s += (s.empty() ? "" : ", ") + std::to_string(p.port);
  return s;
}
bool is_open(tcp_state s) {
  return s == tcp_state::open;
}
bool is_refused(tcp_state s) {
  return s == tcp_state::refused;
}
bool is_silent(tcp_state s) {
  return s == tcp_state::filtered || s == tcp_state::error;
}

std::uint16_t first_port(const trifecta_facts& f, bool (*in)(tcp_state)) {
  for (const auto& p : f.ports)
    if (in(p.state)) return p.port;
  return 0;
}

bool ping_ok(const trifecta_facts& f) {
  return f.ping_ran && f.ping_received > 0;
}

struct words {
  std::string text;
  std::string next_step;
};

std::string server_list(const std::vector<ip_address>& v) {
  std::string s;
  for (const auto& a : v) s += (s.empty() ? "" : ", ") + a.to_string();
  return s;
}

// The dns step's findings in words (check/dns.hpp: diagnose_dns).
words dns_words(const trifecta_facts& f, const diagnosis& d) {
  const dns_report empty;
  const auto& r = f.dns ? *f.dns : empty;
  const auto finding = [&](dns_finding_kind k) -> const dns_finding* {
    for (const auto& x : r.findings)
      if (x.kind == k) return &x;
    return nullptr;
  };
  if (d.kind == diagnosis_kind::dns_failure) {
    std::string why;
    const auto all = [&](dns_rcode c) {
      return !r.servers.empty() && std::all_of(r.servers.begin(), r.servers.end(),
                                               [&](const auto& s) { return s.rcode == c; });
    };
    if (r.servers.empty())
      why = "/etc/resolv.conf lists no DNS server, and /etc/hosts does not have it";
    else if (all(dns_rcode::nxdomain))
      why = "every DNS server says NXDOMAIN (no such name)";
    else if (all(dns_rcode::timeout))
      why = fmt::format("no DNS server answers ({})", [&] {
        std::vector<ip_address> v;
        for (const auto& s : r.servers) v.push_back(s.server);
        return server_list(v);
      }());
    else {
      for (const auto& s : r.servers)
        why += fmt::format("{}{} says {}", why.empty() ? "no DNS server gives an address: " : ", ",
                           s.server.to_string(), to_string(s.rcode));
    }
    return {fmt::format("{} does not resolve: {}.", f.target, why),
            "check the name's spelling and its DNS zone, or the servers in /etc/resolv.conf"};
  }
  if (d.kind == diagnosis_kind::dns_slow) {
    const auto* x = finding(dns_finding_kind::dns_slow);
    const auto dead = x ? server_list(x->servers) : std::string();
    return {
        fmt::format("{} is reachable, but DNS is slow: {} in /etc/resolv.conf does not "
                    "answer, so lookups wait for it ({} s each try) before the next server.",
                    f.address.to_string(), dead,
                    std::chrono::duration_cast<std::chrono::seconds>(r.resolver_timeout).count()),
        fmt::format("remove or fix {} in /etc/resolv.conf", dead)};
  }
  const auto* x = finding(dns_finding_kind::dns_mismatch);
  std::string detail = r.answered_by_hosts()
                           ? fmt::format("/etc/hosts says {}", server_list(r.hosts_answers))
                           : std::string();
  for (const auto& s : r.servers)
    if (s.rcode == dns_rcode::noerror || s.rcode == dns_rcode::nxdomain)
      detail +=
          fmt::format("{}{} says {}", detail.empty() ? "" : ", ", s.server.to_string(),
                      s.answers.empty() ? std::string(to_string(s.rcode)) : server_list(s.answers));
  (void)x;
  return {fmt::format("{} is reachable, but the answers for {} disagree: {}.",
                      f.address.to_string(), f.target, detail),
          "find which answer is right, then fix /etc/hosts or the server with the stale zone"};
}

words word(const trifecta_facts& f, const diagnosis& d) {
  const auto addr = f.address.to_string();
  switch (d.kind) {
    case diagnosis_kind::loopback_only: {
      const auto* p = loopback_only_refusal(f);
      const auto port = p ? p->port : first_port(f, is_refused);
      return {fmt::format("port {} is refused on {}: the service listens on loopback only, so "
                          "only this host can connect, and not through {}.",
                          port, addr, addr),
              fmt::format("bind the service to 0.0.0.0 (or {}) instead of 127.0.0.1; `nettrio "
                          "ports --check {}` shows the binding and its owner",
                          addr, port)};
    }
    case diagnosis_kind::port_refused:
      return {fmt::format("{} is up (it answers) but refuses port {}: nothing listens there{}.",
                          addr, ports_in(f, is_refused), f.local ? " on this host" : ""),
              f.local ? fmt::format("start the service, or check the port it is configured for; "
                                    "`nettrio ports --check {}` shows what listens",
                                    first_port(f, is_refused))
                      : fmt::format("on {}, start the service or check its port: run `nettrio "
                                    "ports --check {}` there",
                                    addr, first_port(f, is_refused))};
    case diagnosis_kind::port_filtered:
      return {fmt::format("{} is up ({}) but port {} gets no answer at all: a firewall drops it "
                          "(security group, network ACL or the host's own firewall).",
                          addr, ping_ok(f) ? "it answers ping" : "another port answers",
                          ports_in(f, is_silent)),
              fmt::format("allow TCP {} inbound on the receiver's security group and host firewall",
                          ports_in(f, is_silent))};
    case diagnosis_kind::host_unreachable:
      if (!ports_in(f, is_silent).empty())
        return {
            fmt::format("no ICMP reply and no TCP answer on port {}: {} is down, or "
                        "everything to it is filtered.{}",
                        ports_in(f, is_silent), addr, path_words(f)),
            f.trace && (f.trace->result.kind == verdict_kind::filtered_after_hop ||
                        f.trace->result.kind == verdict_kind::unreachable)
                ? fmt::format("contact whoever runs the network after {}", last_hop_text(*f.trace))
                : "check that the host is running and that its security group allows the "
                  "traffic"};
      return {fmt::format("{} does not answer ping.{}", addr, path_words(f)),
              "check that the host is up and that ICMP is allowed; try --port to test a TCP "
              "service"};
    case diagnosis_kind::icmp_filtered:
      // Up on TCP (not a problem for the service), or a trace that reaches it.
      if (!ports_in(f, is_open).empty())
        return {fmt::format("{} is up: TCP port {} answers, but ICMP echo gets no reply, so ICMP "
                            "is filtered (a security group or firewall).",
                            addr, ports_in(f, is_open)),
                "nothing to fix for the service; to make ping work, allow inbound ICMP on the "
                "receiver and outbound ICMP on the sender"};
      return {fmt::format("{} does not answer ping, yet the trace reaches it: ICMP echo is "
                          "filtered on the way or at the host.",
                          addr),
              "allow inbound ICMP echo on the receiver (security group / firewall), or check "
              "with --port"};
    case diagnosis_kind::path_broken:
      return {fmt::format("{} does not answer.{}", addr, path_words(f)),
              fmt::format("contact whoever runs the network after {}; or try --port to test a "
                          "TCP service",
                          f.trace ? last_hop_text(*f.trace) : std::string())};
    case diagnosis_kind::host_silent:
      return {
          fmt::format("{} does not answer ping.{} It may be up with ICMP filtered.", addr,
                      path_words(f)),
          fmt::format("check a port it serves: `nettrio check {}:22` or `--port 443`", f.target)};
    case diagnosis_kind::packet_loss:
      return {fmt::format("{} answers, but {} of {} pings were lost.{}", addr,
                          f.ping_sent - f.ping_received, f.ping_sent, path_words(f)),
              "look at the trace for where loss starts and carries on to later hops"};
    case diagnosis_kind::high_latency:
      return {fmt::format("{} answers, but slowly: {:.1f} ms on average.", addr,
                          f.ping_avg_ms.value_or(0)),
              "look at the trace for the hop where RTT jumps and stays high"};
    case diagnosis_kind::inconclusive:
      return {fmt::format("ping could not run ({}) and no port was given.", f.ping_skipped),
              "give a port to test (`--port 22`), or run with CAP_NET_RAW"};
    case diagnosis_kind::dns_failure:
    case diagnosis_kind::dns_slow:
    case diagnosis_kind::dns_mismatch:
      return dns_words(f, d);
    case diagnosis_kind::pmtu_black_hole: {
      const auto& v = f.mtu->result;
      return {
          fmt::format("{} is reachable with small packets, but {}.", addr, verdict_text(*f.mtu)),
          fmt::format("lower the MTU towards {} to {} (or clamp the TCP MSS), and ask whoever "
                      "runs the network after hop {} to let ICMP 'fragmentation needed' through",
                      addr, v.mtu.value_or(0), v.hop.value_or(0))};
    }
    case diagnosis_kind::ok:
      break;
  }
  std::string text = fmt::format("{} is reachable", addr);
  if (ping_ok(f))
    text += fmt::format(": ping answers ({:.3f} ms average)", f.ping_avg_ms.value_or(0));
  if (const auto open = ports_in(f, is_open); !open.empty())
    text += fmt::format("{}TCP port {} is open", ping_ok(f) ? " and " : ": ", open);
  text += ".";
  for (const auto& p : f.ports)
    if (p.state == tcp_state::open && p.local && p.local->outcome == check_outcome::loopback_only)
      text += fmt::format(" Note: port {} listens on loopback only; other hosts cannot connect.",
                          p.port);
  return {text, "nothing to do"};
}

}  // namespace

std::string diagnosis_text(const trifecta_facts& f, const diagnosis& d) {
  return word(f, d).text;
}

std::string next_step_text(const trifecta_facts& f, const diagnosis& d) {
  return word(f, d).next_step;
}

}  // namespace nettrio::report
