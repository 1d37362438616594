#include <nettrio/packet/checksum.hpp>

namespace nettrio::packet {

std::uint32_t checksum_add(bytes_view data, std::uint32_t sum) noexcept {
  std::size_t i = 0;
  for (; i + 1 < data.size(); i += 2) {
    sum += load_be16(data, i);
    if (sum & 0x80000000U) sum = (sum & 0xffff) + (sum >> 16);  // never overflow 32 bits
  }
  if (i < data.size()) sum += static_cast<std::uint32_t>(load_u8(data, i)) << 8;
  return sum;
}

std::uint16_t checksum_fold(std::uint32_t sum) noexcept {
  while (sum >> 16) sum = (sum & 0xffff) + (sum >> 16);
  return static_cast<std::uint16_t>(~sum & 0xffff);
}

std::uint16_t internet_checksum(bytes_view data) noexcept {
  return checksum_fold(checksum_add(data));
}

std::uint32_t pseudo_header_sum(const ip_address& src, const ip_address& dst, std::uint8_t protocol,
                                std::uint32_t length) noexcept {
  const std::size_t n = src.is_v4() ? 4 : 16;
  auto as_bytes = [n](const ip_address& a) {
    return bytes_view(reinterpret_cast<const std::byte*>(a.bytes().data()), n);
  };
  std::uint32_t sum = checksum_add(as_bytes(src));
  sum = checksum_add(as_bytes(dst), sum);
  sum += protocol;
  sum += (length >> 16) + (length & 0xffff);
  return sum;
}

}  // namespace nettrio::packet
