#pragma once
// IPv4 options (RFC 791, section 3.1) as values: the ones ping writes (record route,
// timestamp) and a walk over an options area as a reply's header carries it.
//
// Record route (type 7) and the source routes (131 loose, 137 strict):
// +--------+--------+--------+---------//--------+
// |  type  | length | pointer|     route data    |
// +--------+--------+--------+---------//--------+
// The pointer is the 1-based octet where the next address goes (4: none yet).
//
// Timestamp (type 68):
// +--------+--------+--------+--------+
// |01000100| length | pointer|oflw|flg|
// +--------+--------+--------+--------+
// |         internet address          |  (flag 1 and 3 only)
// +--------+--------+--------+--------+
// |             timestamp             |
// +--------+--------+--------+--------+
// The pointer is 1-based too (5: none yet); oflw counts the hops that found no room.

#include <nettrio/address.hpp>
#include <nettrio/packet/bytes.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace nettrio::packet {

namespace ipopt {
inline constexpr std::uint8_t end = 0;  // end of option list
inline constexpr std::uint8_t nop = 1;  // no operation (padding between options)
inline constexpr std::uint8_t record_route = 7;
inline constexpr std::uint8_t timestamp = 68;  // 0x44
inline constexpr std::uint8_t loose_route = 131;
inline constexpr std::uint8_t strict_route = 137;
// Timestamp flags (the low 4 bits of the fourth octet).
inline constexpr std::uint8_t ts_only = 0;
inline constexpr std::uint8_t ts_and_address = 1;
inline constexpr std::uint8_t ts_prespecified = 3;
}  // namespace ipopt

/// The most an IPv4 header holds: 60 bytes less the fixed 20.
inline constexpr std::size_t max_ipv4_options = 40;

/// iputils -R: a NOP and a record route option with room for 9 addresses (40 bytes).
[[nodiscard]] std::vector<std::byte> record_route_option();

/// iputils -T: a timestamp option of `flag` (ipopt::ts_only: 9 stamps in 40 bytes;
/// ts_and_address: 4 pairs in 36; ts_prespecified: a pair per address of `prespecified`,
/// at most 4, only those hops stamping).
[[nodiscard]] std::vector<std::byte> timestamp_option(
    std::uint8_t flag, const std::vector<ip_address>& prespecified = {});

/// One option of an options area: its type and every byte of it (a NOP: the type alone).
struct ipv4_option {
  std::uint8_t type = 0;
  std::vector<std::byte> bytes;
};

/// Walks an options area (a header's bytes 20 to IHL * 4) as iputils' pr_options does: NOPs
/// one byte each, then options by their length; stops at an end-of-list, at a length below
/// 2 or past the area, never reading past the span.
[[nodiscard]] std::vector<ipv4_option> parse_ipv4_options(bytes_view area);

/// A record route or source route option, as far as its pointer says it is filled.
struct route_data {
  std::uint8_t length = 0;
  std::uint8_t pointer = 0;
  /// The addresses recorded: (min(pointer, length) - 4) bytes from the fourth octet, as
  /// whole addresses; a last partial one (a pointer not 4 + 4k) is kept, its missing bytes
  /// zero. Empty when nothing is recorded.
  std::vector<ip_address> addresses;
};
[[nodiscard]] std::optional<route_data> parse_route(const ipv4_option& o);

struct timestamp_data {
  std::uint8_t length = 0;
  std::uint8_t pointer = 0;
  std::uint8_t overflow = 0;  // hops that found no room
  std::uint8_t flag = 0;
  struct entry {
    std::optional<ip_address> address;  // flags 1 and 3
    std::uint32_t stamp = 0;            // ms since midnight UT, or with the high bit not so
  };
  /// The entries the pointer says are filled (min(pointer, length) - 5 bytes).
  std::vector<entry> entries;
};
[[nodiscard]] std::optional<timestamp_data> parse_timestamp(const ipv4_option& o);

}  // namespace nettrio::packet
