#pragma once
// Values the user types, parsed in one place for every front end and fuzzed
// (tests/fuzz/fuzz_text.cpp): seconds ("0.2"), ports ("8080"), HOST[:PORT] targets. Pure:
// no I/O, no exceptions; the front ends turn failures into their one-line messages.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace nettrio {

/// Seconds as a plain decimal number ("0.2", "5", "-1" for the caller to refuse), finite and
/// within +-1e6; nullopt for anything else ("inf", "nan", "1e9", "0.2s", "").
[[nodiscard]] std::optional<double> parse_seconds(std::string_view text) noexcept;

/// A TCP/UDP port: decimal digits only, 1 to 65535.
struct port_parse {
  enum class status : std::uint8_t { ok, malformed, out_of_range };
  status result = status::malformed;
  std::uint16_t port = 0;
};
[[nodiscard]] port_parse parse_port(std::string_view text) noexcept;

/// HOST[:PORT], [IPV6]:PORT, [IPV6] or a bare IPv6 address (two colons or more: no port).
struct host_port {
  enum class problem : std::uint8_t { none, bad_port, missing_bracket, expected_port };
  std::string host;
  std::optional<std::uint16_t> port;
  problem error = problem::none;
};
[[nodiscard]] host_port split_host_port(std::string_view spec);

}  // namespace nettrio
