#include <nettrio/ports/check.hpp>

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

  return b;
}

// The verdict for one protocol's bindings.
port_finding summarise(transport proto, std::uint16_t port, const check_options& o,
                       const std::vector<const check_binding*>& bs) {
  port_finding f;
  f.proto = proto;
  f.port = port;
  if (bs.empty()) {
    f.kind = port_finding_kind::nothing_bound;
    return f;
  }
  bool any4 = false, any6 = false, unknown_v6only = false;
  std::vector<ip_address> specific4, specific6;
  for (const auto* b : bs) {
    if (b->scope == binding_scope::wildcard) {
      any4 = any4 || b->serves_ipv4;
      any6 = any6 || b->serves_ipv6;
      unknown_v6only = unknown_v6only || (b->socket.family() == ip_family::v6 && !b->socket.v6only);
    } else if (b->scope == binding_scope::specific) {
      (b->serves_ipv4 ? specific4 : specific6)
          .push_back(effective_address(b->socket.local_address));
    }
  }
  const bool want4 = o.ipv4, want6 = o.ipv6;
  if (!any4 && !any6 && specific4.empty() && specific6.empty()) {
    f.kind = port_finding_kind::loopback_only;
  } else if ((any4 || !want4) && (any6 || !want6)) {
    f.kind = port_finding_kind::all_addresses;
    f.ipv4 = want4;
    f.ipv6 = want6;
    f.through_v6 =
        unknown_v6only && want4 && !std::any_of(bs.begin(), bs.end(), [](auto* b) {
          return b->scope == binding_scope::wildcard && b->socket.family() == ip_family::v4;
        });
  } else if (any4) {
    f.kind = port_finding_kind::all_ipv4;
    f.addresses = std::move(specific6);
  } else if (any6) {
    f.kind = port_finding_kind::all_ipv6;
    f.addresses = std::move(specific4);
  } else {
    f.kind = port_finding_kind::specific_addresses;
    f.addresses = std::move(specific4);
    f.addresses.insert(f.addresses.end(), specific6.begin(), specific6.end());
  }
  return f;
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
      v.advice.push_back({.kind = port_finding_kind::accept_queue_waiting,
                          .proto = s.proto,
                          .port = o.port,
                          .socket = s});
  }
  return v;
}

}  // namespace nettrio
