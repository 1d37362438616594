#include <nettrio/ports/check.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace nettrio {

namespace {

// ::ffff:a.b.c.d on an IPv6 socket is an IPv4 address (RFC 4291 section 2.5.5.2).
bool is_v4_mapped(const ip_address& a) noexcept {
  if (!a.is_v6()) return false;
  const auto& b = a.bytes();
  for (std::size_t i = 0; i < 10; ++i)
    if (b[i] != 0) return false;
  return b[10] == 0xff && b[11] == 0xff;
}

ip_address effective_address(const ip_address& a) noexcept {
  return is_v4_mapped(a) ? ip_address::v4_bytes(a.bytes().data() + 12) : a;
}

std::string_view proto_label(transport t) noexcept {
  return t == transport::udp ? "UDP" : "TCP";
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i > 0) out += i + 1 == v.size() ? " and " : ", ";
    out += v[i];
  }
  return out;
}

check_binding judge(const socket_record& r) {
  check_binding b;
  b.socket = r;
  const auto addr = effective_address(r.local_address);
  if (addr.is_unspecified())
    b.scope = binding_scope::wildcard;
  else if (addr.is_loopback())
    b.scope = binding_scope::loopback;
  else
    b.scope = binding_scope::specific;

  if (r.family() == ip_family::v4 || is_v4_mapped(r.local_address)) {
    b.serves_ipv4 = true;
  } else {
    b.serves_ipv6 = true;
    // A [::] socket also takes IPv4 unless IPV6_V6ONLY (net.ipv6.bindv6only defaults to 0).
    b.serves_ipv4 = b.scope == binding_scope::wildcard && r.v6only != true;
  }

  switch (b.scope) {
    case binding_scope::wildcard:
      if (r.family() == ip_family::v4)
        b.meaning = "all IPv4 addresses: reachable from other hosts if the firewall allows";
      else if (r.v6only == false)
        b.meaning =
            "all IPv6 and IPv4 addresses (dual stack): reachable from other hosts if the "
            "firewall allows";
      else if (r.v6only == true)
        b.meaning = "all IPv6 addresses, IPv6 only: IPv4 clients are not served by this socket";
      else
        b.meaning =
            "all IPv6 addresses (and IPv4, unless the socket is IPv6-only): reachable from other "
            "hosts if the firewall allows";
      break;
    case binding_scope::loopback:
      b.meaning = "loopback only: only this host can connect";
      break;
    case binding_scope::specific:
      b.meaning =
          "this address only: other hosts can reach it here, not on the host's other addresses";
      break;
  }
  if (r.pid)
    b.owner = r.process.empty() ? fmt::format("pid {}", *r.pid)
                                : fmt::format("pid {} ({})", *r.pid, r.process);
  else
    b.owner = "owner not visible";
  return b;
}

// One line for one protocol's bindings.
std::string summarise(transport proto, std::uint16_t port, const check_options& o,
                      const std::vector<const check_binding*>& bs) {
  const auto label = fmt::format("{} port {}", proto_label(proto), port);
  const bool tcp = proto == transport::tcp;
  const std::string_view verb = tcp ? "is listening" : "is bound";
  if (bs.empty()) {
    if (tcp)
      return fmt::format(
          "Nothing listens on {}: a client gets \"connection refused\", which is expected. "
          "Start the service, or check which port it is configured to use.",
          label);
    return fmt::format(
        "Nothing is bound to {}: datagrams to it are answered with ICMP port unreachable "
        "(\"connection refused\"). Start the service, or check which port it is configured to "
        "use.",
        label);
  }
  bool any4 = false, any6 = false, unknown_v6only = false;
  std::vector<std::string> specific4, specific6;
  for (const auto* b : bs) {
    if (b->scope == binding_scope::wildcard) {
      any4 = any4 || b->serves_ipv4;
      any6 = any6 || b->serves_ipv6;
      unknown_v6only = unknown_v6only || (b->socket.family() == ip_family::v6 && !b->socket.v6only);
    } else if (b->scope == binding_scope::specific) {
      auto text = effective_address(b->socket.local_address).to_string();
      (b->serves_ipv4 ? specific4 : specific6).push_back(std::move(text));
    }
  }
  const bool want4 = o.ipv4, want6 = o.ipv6;
  if (!any4 && !any6 && specific4.empty() && specific6.empty())
    return fmt::format(
        "{} {} on loopback only: remote clients will be refused. Bind the service to 0.0.0.0 "
        "(or [::]) or to the host's address.",
        label, verb);
  if ((any4 || !want4) && (any6 || !want6)) {
    const std::string_view which = want4 && want6 ? "all addresses (IPv4 and IPv6)"
                                   : want4        ? "all IPv4 addresses"
                                                  : "all IPv6 addresses";
    return fmt::format("{} {} on {}: reachable from other hosts if the firewall allows{}.", label,
                       verb, which,
                       unknown_v6only && want4 &&
                               !std::any_of(bs.begin(), bs.end(),
                                            [](auto* b) {
                                              return b->scope == binding_scope::wildcard &&
                                                     b->socket.family() == ip_family::v4;
                                            })
                           ? " (IPv4 through the IPv6 socket, unless it is IPv6-only)"
                           : "");
  }
  if (any4) {
    auto line = fmt::format(
        "{} {} on all IPv4 addresses: reachable from other hosts over IPv4 if the firewall "
        "allows; ",
        label, verb);
    if (!specific6.empty())
      line += fmt::format("over IPv6 only on {}.", join(specific6));
    else
      line += "IPv6 clients are refused.";
    return line;
  }
  if (any6) {
    auto line = fmt::format(
        "{} {} on all IPv6 addresses, IPv6 only: reachable from other hosts over IPv6 if the "
        "firewall allows; ",
        label, verb);
    if (!specific4.empty())
      line += fmt::format("over IPv4 only on {}.", join(specific4));
    else
      line += "IPv4 clients are refused.";
    return line;
  }
  auto all = specific4;
  all.insert(all.end(), specific6.begin(), specific6.end());
  return fmt::format(
      "{} {} on {} only: other hosts can connect to {}; the host's other addresses refuse "
      "connections.",
      label, verb, join(all), all.size() == 1 ? "that address" : "those addresses");
}

}  // namespace

std::string validate(const check_options& o) {
  if (o.port == 0) return "--check 0 is out of range; use 1 to 65535";
  if (!o.tcp && !o.udp) return "nothing to check: choose -t (TCP), -u (UDP) or both";
  if (!o.ipv4 && !o.ipv6) return "-4 and -6 exclude each other; give one or neither";
  return {};
}

socket_query check_query(const check_options& o) {
  socket_query q;
  q.tcp = o.tcp;
  q.udp = o.udp;
  q.raw = false;
  // Both families always: an IPv6 [::] socket may serve the IPv4 clients asked about.
  q.ipv4 = q.ipv6 = true;
  q.states = listening_states;
  q.port = o.port;
  return q;
}

std::string_view to_string(binding_scope s) noexcept {
  switch (s) {
    case binding_scope::wildcard:
      return "wildcard";
    case binding_scope::loopback:
      return "loopback";
    case binding_scope::specific:
      return "specific";
  }
  return "?";
}

std::string_view to_string(check_outcome o) noexcept {
  switch (o) {
    case check_outcome::reachable:
      return "reachable";
    case check_outcome::loopback_only:
      return "loopback_only";
    case check_outcome::not_listening:
      return "not_listening";
    case check_outcome::firewall_blocked:
      return "firewall_blocked";
    case check_outcome::other_namespace:
      return "other_namespace";
    case check_outcome::accept_queue_full:
      return "accept_queue_full";
  }
  return "?";
}

check_verdict analyse_port(const check_options& o, std::span<const socket_record> sockets) {
  check_verdict v;
  v.port = o.port;
  v.tcp = o.tcp;
  v.udp = o.udp;
  for (const auto& r : sockets) {
    if (r.local_port != o.port) continue;
    // TCP serves from LISTEN sockets; UDP from bound, unconnected ones (a connected UDP
    // socket only takes datagrams from its peer).
    const bool serving = (r.proto == transport::tcp && o.tcp && r.state == socket_state::listen) ||
                         (r.proto == transport::udp && o.udp && r.state == socket_state::close);
    if (!serving) continue;
    auto b = judge(r);
    if (!((o.ipv4 && b.serves_ipv4) || (o.ipv6 && b.serves_ipv6))) continue;
    v.bindings.push_back(std::move(b));
  }

  const bool remote = std::any_of(v.bindings.begin(), v.bindings.end(),
                                  [](const auto& b) { return b.scope != binding_scope::loopback; });
  v.outcome = remote          ? check_outcome::reachable
              : v.listening() ? check_outcome::loopback_only
                              : check_outcome::not_listening;

  for (auto proto : {transport::tcp, transport::udp}) {
    if ((proto == transport::tcp && !o.tcp) || (proto == transport::udp && !o.udp)) continue;
    std::vector<const check_binding*> bs;
    for (const auto& b : v.bindings)
      if (b.socket.proto == proto) bs.push_back(&b);
    v.summary.push_back(summarise(proto, o.port, o, bs));
  }

  for (const auto& b : v.bindings) {
    const auto& s = b.socket;
    // sk_acceptq_is_full(): once more than `backlog` connections wait, new SYNs are dropped.
    if (s.backlog && s.recv_q > *s.backlog)
      v.advice.push_back(fmt::format(
          "The accept queue of {} is full ({} connections waiting, limit {}): {} is not "
          "accepting connections fast enough, so new clients time out.",
          endpoint_text(s.local_address, s.local_port), s.recv_q, *s.backlog,
          s.pid ? b.owner : "its process"));
  }
  return v;
}

}  // namespace nettrio
