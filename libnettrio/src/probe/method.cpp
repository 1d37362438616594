#include "method.hpp"

#include <nettrio/packet/icmp.hpp>

#include <array>

namespace nettrio::detail {

const probe_method& method_for(probe_protocol p) noexcept {
  // The registration table, in probe_protocol's order.
  static const std::array<const probe_method*, 4> methods{&echo_method(), &udp_method(),
                                                          &tcp_method(), &raw_method()};
  return *methods[static_cast<std::size_t>(p)];
}

bool is_time_exceeded(ip_family f, std::uint8_t type) noexcept {
  return f == ip_family::v4 ? type == packet::icmp4::time_exceeded
                            : type == packet::icmp6::time_exceeded;
}

bool is_port_unreachable(ip_family f, std::uint8_t type, std::uint8_t code) noexcept {
  return f == ip_family::v4 ? (type == packet::icmp4::dest_unreachable && code == 3)
                            : (type == packet::icmp6::dest_unreachable && code == 4);
}

classification classify_error(const reply& r, const probe& sent) {
  classification c;
  switch (r.what) {
    case reply::kind::icmp_error:
      // An ICMP error names its probe by what it quotes; the quote must also be true to
      // what the probe was: a router sees a TTL at most the one we sent.
      if (r.quoted_ttl > sent.ttl) return c;
      c.what = classification::verdict::accept;
      c.status = is_time_exceeded(sent.destination.family(), r.icmp_type)
                     ? probe_status::time_exceeded
                     : probe_status::unreachable;
      return c;
    case reply::kind::local_error:
      c.what = classification::verdict::accept;
      c.status = probe_status::unreachable;
      return c;
    case reply::kind::echo_reply:
    case reply::kind::tcp_connected:
    case reply::kind::tcp_refused:
      break;
  }
  return c;  // not an error: the method says what it is
}

}  // namespace nettrio::detail
