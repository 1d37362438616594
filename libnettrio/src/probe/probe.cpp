#include <nettrio/probe/probe.hpp>

#include <fmt/format.h>

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

std::string unreachable_flag(ip_family family, std::uint8_t type, std::uint8_t code) {
  // traceroute(8): !H host, !N network, !P protocol, !S source route failed, !F fragmentation
  // needed, !X communication administratively prohibited, !V host precedence violation,
  // !C precedence cutoff, !U/!W unknown network/host, !<num> anything else.
  if (family == ip_family::v4) {
    if (type != packet::icmp4::dest_unreachable) return {};
    switch (code) {
      case 0:
        return "!N";
      case 1:
        return "!H";
      case 2:
        return "!P";
      case 3:
        return {};  // port unreachable: the destination answered
      case 4:
        return "!F";
      case 5:
        return "!S";
      case 6:
        return "!U";
      case 7:
        return "!W";
      case 9:
      case 10:
      case 13:
        return "!X";
      case 14:
        return "!V";
      case 15:
        return "!C";
      default:
        return fmt::format("!{}", code);
    }
  }
  if (type == packet::icmp6::packet_too_big) return "!F";
  if (type != packet::icmp6::dest_unreachable) return {};
  switch (code) {
    case 0:
      return "!N";  // no route to destination
    case 1:
      return "!X";  // administratively prohibited
    case 2:
      return "!V";  // beyond scope of source address
    case 3:
      return "!H";  // address unreachable
    case 4:
      return {};  // port unreachable
    case 5:
    case 6:
      return "!X";  // source address failed policy / reject route
    default:
      return fmt::format("!{}", code);
  }
}

std::string icmp_error_text(ip_family family, std::uint8_t type, std::uint8_t code) {
  if (family == ip_family::v4) {
    if (type == packet::icmp4::time_exceeded)
      return code == 0 ? "Time to live exceeded" : "Frag reassembly time exceeded";
    if (type == packet::icmp4::dest_unreachable) {
      switch (code) {
        case 0:
          return "Destination Net Unreachable";
        case 1:
          return "Destination Host Unreachable";
        case 2:
          return "Destination Protocol Unreachable";
        case 3:
          return "Destination Port Unreachable";
        case 4:
          return "Frag needed and DF set";
        case 5:
          return "Source Route Failed";
        case 6:
          return "Destination Net Unknown";
        case 7:
          return "Destination Host Unknown";
        case 9:
          return "Destination Net Prohibited";
        case 10:
          return "Destination Host Prohibited";
        case 13:
          return "Communication prohibited by filter";
        default:
          return fmt::format("Dest Unreachable, Bad Code: {}", code);
      }
    }
    return fmt::format("Bad ICMP type: {}", type);
  }
  if (type == packet::icmp6::time_exceeded) return "Time exceeded: Hop limit";
  if (type == packet::icmp6::packet_too_big) return "Packet too big";
  if (type == packet::icmp6::dest_unreachable) {
    switch (code) {
      case 0:
        return "Destination unreachable: No route";
      case 1:
        return "Destination unreachable: Administratively prohibited";
      case 2:
        return "Destination unreachable: Beyond scope";
      case 3:
        return "Destination unreachable: Address unreachable";
      case 4:
        return "Destination unreachable: Port unreachable";
      default:
        return fmt::format("Destination unreachable: Unknown code {}", code);
    }
  }
  return fmt::format("Unknown ICMPv6 type: {}", type);
}

}  // namespace nettrio
