// ICMP errors in words (report/icmp.hpp): iputils ping's, which nettrio ping's text and
// check's tcp step show.

#include <nettrio/report/icmp.hpp>

#include <nettrio/packet/icmp.hpp>

#include <fmt/format.h>

namespace nettrio::report {

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

}  // namespace nettrio::report
