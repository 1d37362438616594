#include <nettrio/probe/probe.hpp>

namespace nettrio {

std::string_view to_string(probe_protocol p) noexcept {
  switch (p) {
    case probe_protocol::icmp_echo:
      return "icmp";
    case probe_protocol::udp:
      return "udp";
    case probe_protocol::tcp:
      return "tcp";
    case probe_protocol::raw:
      return "raw";
  }
  return "?";
}

std::string_view to_string(probe_status s) noexcept {
  switch (s) {
    case probe_status::reply:
      return "reply";
    case probe_status::time_exceeded:
      return "time_exceeded";
    case probe_status::unreachable:
      return "unreachable";
    case probe_status::timeout:
      return "timeout";
    case probe_status::send_failed:
      return "send_failed";
  }
  return "?";
}

bool is_too_big(ip_family family, std::uint8_t type, std::uint8_t code) noexcept {
  return family == ip_family::v4 ? type == packet::icmp4::dest_unreachable && code == 4
                                 : type == packet::icmp6::packet_too_big;
}

}  // namespace nettrio
