#include <nettrio/packet/tcp.hpp>
#include <nettrio/packet/udp.hpp>

namespace nettrio::packet {

std::optional<udp_header> udp_header::parse(bytes_view b) noexcept {
  if (b.size() < size) return std::nullopt;
  return udp_header{load_be16(b, 0), load_be16(b, 2), load_be16(b, 4), load_be16(b, 6)};
}

void udp_header::encode(mutable_bytes out) const noexcept {
  store_be16(out, 0, source_port);
  store_be16(out, 2, destination_port);
  store_be16(out, 4, length);
  store_be16(out, 6, checksum);
}

std::optional<tcp_header> tcp_header::parse(bytes_view b) noexcept {
  if (b.size() < size) return std::nullopt;
  tcp_header h;
  h.source_port = load_be16(b, 0);
  h.destination_port = load_be16(b, 2);
  h.sequence = load_be32(b, 4);
  h.acknowledgment = load_be32(b, 8);
  h.data_offset = static_cast<std::uint8_t>(load_u8(b, 12) >> 4);
  h.flags = load_u8(b, 13);
  h.window = load_be16(b, 14);
  h.checksum = load_be16(b, 16);
  h.urgent = load_be16(b, 18);
  return h;
}

void tcp_header::encode(mutable_bytes out) const noexcept {
  store_be16(out, 0, source_port);
  store_be16(out, 2, destination_port);
  store_be32(out, 4, sequence);
  store_be32(out, 8, acknowledgment);
  store_u8(out, 12, static_cast<std::uint8_t>(data_offset << 4));
  store_u8(out, 13, flags);
  store_be16(out, 14, window);
  store_be16(out, 16, checksum);
  store_be16(out, 18, urgent);
}

}  // namespace nettrio::packet
