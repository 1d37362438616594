#pragma once
// Packets the simulator reads and writes: a probe as nettrio sent it, and the replies a
// router or the destination sends back (genuine, forged or malformed). Built on nettrio's
// own codecs (packet/*.hpp); the checksums here are computed independently of the code
// under test only in the sense that the sim writes, and nettrio reads.

#include "scenario.hpp"

#include <nettrio/packet/bytes.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace nettrio::sim {

using bytes = std::vector<std::byte>;

/// What was read from the TUN device, decoded as far as it is a probe.
struct probe_view {
  ip_family family = ip_family::v4;
  ip_address source;
  ip_address destination;
  std::uint8_t ttl = 0;
  std::uint8_t protocol = 0;
  std::size_t l4_offset = 0;
  bytes packet;  // the whole IP packet as received
  // Transport identity (what is present for the protocol):
  std::uint16_t src_port = 0, dst_port = 0;
  std::uint16_t icmp_id = 0, icmp_seq = 0;
  std::uint8_t icmp_type = 0;
  std::uint16_t udp_seq = 0;  // nettrio's sequence: the first two bytes of UDP data
  std::uint32_t tcp_seq = 0;
  std::uint8_t tcp_flags = 0;

  [[nodiscard]] packet::bytes_view l4() const noexcept {
    return packet::bytes_view(packet).subspan(l4_offset);
  }
};

enum class probe_kind : std::uint8_t { udp, tcp_syn, echo_request, other };

/// Decodes an IP packet; empty when it is not IPv4/IPv6 or too short for its header.
[[nodiscard]] std::optional<probe_view> decode(packet::bytes_view ip_packet);
[[nodiscard]] probe_kind kind_of(const probe_view& p) noexcept;

/// An IP packet around `l4` (IPv4 header checksum computed; transport checksums are the
/// caller's, see finish_checksum).
[[nodiscard]] bytes ip_packet(ip_family family, const ip_address& src, const ip_address& dst,
                              std::uint8_t ttl, std::uint8_t protocol, packet::bytes_view l4);

/// Fills the checksum of the transport message at `l4_offset` of an IP packet built by
/// ip_packet (ICMPv4: plain; ICMPv6, UDP, TCP: with the pseudo-header).
void finish_checksum(bytes& ip, ip_family family, std::uint8_t protocol, std::size_t l4_offset);

/// Offset of the transport message in a packet built by ip_packet.
[[nodiscard]] constexpr std::size_t l4_offset_of(ip_family f) noexcept {
  return f == ip_family::v4 ? 20 : 40;
}

/// The probe as the router at the far end saw it: TTL/hop limit `ttl_seen`, the IPv4 header
/// checksum fixed. This is what an ICMP error quotes.
[[nodiscard]] bytes seen_at(const probe_view& p, std::uint8_t ttl_seen);

/// An RFC 4884 extension structure with one RFC 4950 MPLS label stack object.
[[nodiscard]] bytes mpls_extension(const std::vector<mpls_entry>& labels);
/// The hostile variants (see extension_abuse).
[[nodiscard]] bytes abusive_extension(extension_abuse how, const std::vector<mpls_entry>& labels);

/// An ICMP error (time exceeded, unreachable) from `from` to `to` quoting `quote`.
/// Without extensions the quote is cut to what Linux sends (576 / 1280 byte packets); with
/// them it is cut or zero-padded to 128 bytes and the RFC 4884 length is set (32-bit words
/// on IPv4, 64-bit words on IPv6). `rfc4884_words` overrides that length when non-zero.
[[nodiscard]] bytes icmp_error(ip_family family, const ip_address& from, const ip_address& to,
                               std::uint8_t reply_ttl, std::uint8_t type, std::uint8_t code,
                               packet::bytes_view quote, packet::bytes_view extension,
                               std::uint8_t rfc4884_words = 0);

/// An echo reply to `p` with the given identifier, sequence and source.
[[nodiscard]] bytes echo_reply(const probe_view& p, const ip_address& from, std::uint8_t reply_ttl,
                               std::uint16_t id, std::uint16_t seq);

/// The destination's answer to a SYN: RST|ACK or SYN|ACK.
[[nodiscard]] bytes tcp_answer(const probe_view& p, const ip_address& from, std::uint8_t reply_ttl,
                               bool synack, std::uint16_t src_port, std::uint16_t dst_port);

/// Quote editing for forgeries: changes transport fields of a quoted probe in place (the
/// quote starts with the IP header). Missing bytes are left alone.
void quote_set_ports(bytes& quote, ip_family family, std::optional<std::uint16_t> src,
                     std::optional<std::uint16_t> dst);
void quote_set_echo(bytes& quote, ip_family family, std::optional<std::uint16_t> id,
                    std::optional<std::uint16_t> seq);
void quote_set_udp_seq(bytes& quote, ip_family family, std::uint16_t seq);
/// The quoted TCP sequence number (the SYN's; only the kernel that sent it knows it).
void quote_set_tcp_seq(bytes& quote, ip_family family, std::uint32_t seq);
void quote_set_destination(bytes& quote, ip_family family, const ip_address& dst);
/// A NAT's work on a quoted probe: the source address set to `src` (IPv4 header checksum
/// fixed) and, with `update_checksum`, the transport checksum updated for the change as a
/// NAT does it (RFC 1624; UDP, TCP, ICMPv6: ICMPv4 sums no pseudo-header). Without it the
/// checksum stays as it was: a NAT that translated the address back and not the checksum.
void quote_set_source(bytes& quote, ip_family family, const ip_address& src, bool update_checksum);

/// The reply cut to `l4_length` bytes of its transport message, IP lengths and (when the
/// cut keeps the checksum field) the transport checksum fixed so that it passes.
[[nodiscard]] bytes truncated(const bytes& reply, ip_family family, std::size_t l4_length);

/// The reply with its transport checksum made wrong.
[[nodiscard]] bytes with_bad_checksum(const bytes& reply, ip_family family);

}  // namespace nettrio::sim
