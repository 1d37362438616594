// NAT detection: is the transport checksum an ICMP error quotes the one our probe left with?
// A NAT rewrites the source address (and perhaps the port) of what it forwards and fixes
// the checksum to match; routers past it quote the rewritten probe. Passing the error back,
// a NAT that translates ICMP (Linux conntrack: nf_nat_icmp_reply_translation) restores the
// quoted address and port, and updates the quoted checksum by the same deltas. What is left
// differs from what was sent when the NAT does not restore the checksum (Dublin traceroute's
// observation), or when the probe left with its checksum unfinished (offload: veth,
// containers), since the two updates then do not cancel. Matching never reads these fields.
#include "method.hpp"

#include <nettrio/packet/checksum.hpp>
#include <nettrio/packet/icmp.hpp>
#include <nettrio/packet/ipv4.hpp>

#include <array>

namespace nettrio::detail {

namespace {

namespace pk = packet;

void put16(std::span<std::byte> at, std::size_t off, std::uint16_t v) {
  at[off] = static_cast<std::byte>(v >> 8);
  at[off + 1] = static_cast<std::byte>(v & 0xff);
}

std::uint32_t udp_length(std::span<const std::byte> payload) {
  return static_cast<std::uint32_t>(8 + payload.size());
}

// Offload: the field holds the pseudo-header sum, not complemented (the kernel's
// ~csum_tcpudp_magic), for the device to finish.
bool offload_seed(std::uint16_t quoted, std::uint32_t pseudo) {
  return quoted == static_cast<std::uint16_t>(~pk::checksum_fold(pseudo) & 0xffff);
}

}  // namespace

std::uint16_t udp_checksum(const ip_address& source, const probe& sent, std::uint16_t source_port,
                           std::span<const std::byte> payload) noexcept {
  const auto length = udp_length(payload);
  std::array<std::byte, 8> header{};
  put16(header, 0, source_port);
  put16(header, 2, sent.dst_port);
  put16(header, 4, static_cast<std::uint16_t>(length));
  const auto pseudo = pk::pseudo_header_sum(source, sent.destination, pk::ip_proto_udp, length);
  const auto sum = pk::checksum_fold(pk::checksum_add(payload, pk::checksum_add(header, pseudo)));
  return sum == 0 ? std::uint16_t{0xffff} : sum;  // 0 means "none": sent as all ones (RFC 768)
}

bool udp_checksum_as_sent(std::uint16_t quoted, const ip_address& source, const probe& sent,
                          std::uint16_t source_port, std::span<const std::byte> payload) noexcept {
  if (quoted == udp_checksum(source, sent, source_port, payload)) return true;
  return offload_seed(quoted, pk::pseudo_header_sum(source, sent.destination, pk::ip_proto_udp,
                                                    udp_length(payload)));
}

bool tcp_checksum_as_sent(std::uint16_t quoted, const ip_address& source,
                          const ip_address& destination,
                          std::span<const std::byte> segment) noexcept {
  if (segment.size() < 20) return false;
  const auto pseudo = pk::pseudo_header_sum(source, destination, pk::ip_proto_tcp,
                                            static_cast<std::uint32_t>(segment.size()));
  // The segment as quoted with its checksum field (bytes 16-17) taken as 0; both parts are
  // of even length, so their 16-bit words line up.
  auto sum = pk::checksum_add(segment.first(16), pseudo);
  sum = pk::checksum_add(segment.subspan(18), sum);
  if (quoted == pk::checksum_fold(sum)) return true;
  return offload_seed(quoted, pseudo);
}

std::uint16_t echo_checksum(const ip_address& source, const probe& sent, std::uint16_t identifier,
                            std::span<const std::byte> payload) noexcept {
  const bool v4 = sent.destination.is_v4();
  std::array<std::byte, 8> header{};
  header[0] = static_cast<std::byte>(v4 ? pk::icmp4::echo_request : pk::icmp6::echo_request);
  put16(header, 4, identifier);
  put16(header, 6, sent.sequence);
  const auto length = static_cast<std::uint32_t>(8 + payload.size());
  const auto pseudo =
      v4 ? 0 : pk::pseudo_header_sum(source, sent.destination, pk::ip_proto_icmpv6, length);
  // Echo checksums leave complete: raw and datagram ICMP sockets sum in software.
  return pk::checksum_fold(pk::checksum_add(payload, pk::checksum_add(header, pseudo)));
}

}  // namespace nettrio::detail
