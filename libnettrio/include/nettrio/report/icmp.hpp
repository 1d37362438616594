#pragma once
// ICMP errors in words, for the writers that show them (ping's text, check's tcp step).

#include <nettrio/address.hpp>
#include <nettrio/probe/probe.hpp>

#include <cstdint>
#include <string>

namespace nettrio::report {

/// iputils' words for an ICMP error ("Destination Host Unreachable", "Time to live exceeded").
[[nodiscard]] std::string icmp_error_text(ip_family family, std::uint8_t type, std::uint8_t code);
[[nodiscard]] inline std::string icmp_error_text(const icmp_reason& r) {
  return icmp_error_text(r.family, r.type, r.code);
}

}  // namespace nettrio::report
