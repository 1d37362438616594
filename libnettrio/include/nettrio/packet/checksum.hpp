#pragma once
// The Internet checksum (RFC 1071): one's complement sum of 16-bit words.

#include <nettrio/address.hpp>
#include <nettrio/packet/bytes.hpp>

namespace nettrio::packet {

/// Adds `data` to a running 32-bit one's complement sum (odd tail padded with zero).
[[nodiscard]] std::uint32_t checksum_add(bytes_view data, std::uint32_t sum = 0) noexcept;
/// Folds a running sum into the final 16-bit checksum value.
[[nodiscard]] std::uint16_t checksum_fold(std::uint32_t sum) noexcept;
/// checksum_fold(checksum_add(data)). A buffer holding a correct checksum sums to 0.
[[nodiscard]] std::uint16_t internet_checksum(bytes_view data) noexcept;
/// The TCP/UDP/ICMPv6 pseudo-header sum (RFC 793, RFC 8200 section 8.1).
[[nodiscard]] std::uint32_t pseudo_header_sum(const ip_address& src, const ip_address& dst,
                                              std::uint8_t protocol, std::uint32_t length) noexcept;

}  // namespace nettrio::packet
