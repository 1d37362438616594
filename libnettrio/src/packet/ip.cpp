#include <nettrio/packet/checksum.hpp>
#include <nettrio/packet/ipv4.hpp>
#include <nettrio/packet/ipv6.hpp>

namespace nettrio::packet {

std::optional<ipv4_header> ipv4_header::parse(bytes_view b) noexcept {
  if (b.size() < 20) return std::nullopt;
  const auto vihl = load_u8(b, 0);
  if ((vihl >> 4) != 4) return std::nullopt;
  const std::size_t ihl = static_cast<std::size_t>(vihl & 0x0f) * 4;
  if (ihl < 20 || ihl > b.size()) return std::nullopt;
  ipv4_header h;
  h.header_length = static_cast<std::uint8_t>(ihl);
  h.tos = load_u8(b, 1);
  h.total_length = load_be16(b, 2);
  h.identification = load_be16(b, 4);
  h.flags_fragment = load_be16(b, 6);
  h.ttl = load_u8(b, 8);
  h.protocol = load_u8(b, 9);
  h.checksum = load_be16(b, 10);
  h.source = ip_address::v4(load_be32(b, 12));
  h.destination = ip_address::v4(load_be32(b, 16));
  return h;
}

void ipv4_header::encode(mutable_bytes out) const noexcept {
  store_u8(out, 0, 0x45);  // version 4, IHL 5
  store_u8(out, 1, tos);
  store_be16(out, 2, total_length);
  store_be16(out, 4, identification);
  store_be16(out, 6, flags_fragment);
  store_u8(out, 8, ttl);
  store_u8(out, 9, protocol);
  store_be16(out, 10, checksum);
  store_be32(out, 12, source.to_v4_uint());
  store_be32(out, 16, destination.to_v4_uint());
}

void ipv4_header::fill_checksum(mutable_bytes out) noexcept {
  store_be16(out, 10, 0);
  store_be16(out, 10, internet_checksum(out.first(min_size)));
}

std::optional<ipv6_header> ipv6_header::parse(bytes_view b) noexcept {
  if (b.size() < size) return std::nullopt;
  const auto w0 = load_be32(b, 0);
  if ((w0 >> 28) != 6) return std::nullopt;
  ipv6_header h;
  h.traffic_class = static_cast<std::uint8_t>((w0 >> 20) & 0xff);
  h.flow_label = w0 & 0xfffff;
  h.payload_length = load_be16(b, 4);
  h.next_header = load_u8(b, 6);
  h.hop_limit = load_u8(b, 7);
  h.source = ip_address::v6_bytes(reinterpret_cast<const std::uint8_t*>(b.data() + 8));
  h.destination = ip_address::v6_bytes(reinterpret_cast<const std::uint8_t*>(b.data() + 24));
  return h;
}

}  // namespace nettrio::packet
