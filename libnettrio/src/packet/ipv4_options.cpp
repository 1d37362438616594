#include <nettrio/packet/ipv4_options.hpp>

#include <algorithm>
#include <array>

namespace nettrio::packet {

std::vector<std::byte> record_route_option() {
  std::vector<std::byte> o(max_ipv4_options);
  store_u8(o, 0, ipopt::nop);
  store_u8(o, 1, ipopt::record_route);
  store_u8(o, 2, static_cast<std::uint8_t>(max_ipv4_options - 1));  // 39: 9 addresses
  store_u8(o, 3, 4);  // the first address goes at octet 4
  return o;
}

std::vector<std::byte> timestamp_option(std::uint8_t flag,
                                        const std::vector<ip_address>& prespecified) {
  // As iputils: 40 bytes for stamps alone, 36 for 4 address-stamp pairs; prespecified: 4 +
  // 8 per address, the stamps left 0 for the named hops to fill.
  std::size_t length = flag == ipopt::ts_only ? 40 : 36;
  const std::size_t named = std::min<std::size_t>(prespecified.size(), 4);
  if (flag == ipopt::ts_prespecified) length = 4 + named * 8;
  std::vector<std::byte> o(length);
  store_u8(o, 0, ipopt::timestamp);
  store_u8(o, 1, static_cast<std::uint8_t>(length));
  store_u8(o, 2, 5);
  store_u8(o, 3, flag & 0x0fU);
  if (flag == ipopt::ts_prespecified)
    for (std::size_t i = 0; i < named; ++i)
      if (prespecified[i].is_v4()) store_be32(o, 4 + i * 8, prespecified[i].to_v4_uint());
  return o;
}

std::vector<ipv4_option> parse_ipv4_options(bytes_view area) {
  std::vector<ipv4_option> out;
  std::size_t at = 0;
  while (at < area.size()) {
    const auto type = load_u8(area, at);
    if (type == ipopt::end) break;
    if (type == ipopt::nop) {
      out.push_back({type, {area[at]}});
      ++at;
      continue;
    }
    if (at + 1 >= area.size()) break;
    const std::size_t length = load_u8(area, at + 1);
    if (length < 2 || length > area.size() - at) break;
    const auto bytes = area.subspan(at, length);
    out.push_back({type, {bytes.begin(), bytes.end()}});
    at += length;
  }
  return out;
}

namespace {

// Four bytes of `b` from `at` as an address, missing bytes (past the span) zero.
ip_address address_at(bytes_view b, std::size_t at) {
  std::array<std::uint8_t, 4> a{};
  for (std::size_t k = 0; k < 4 && at + k < b.size(); ++k) a[k] = load_u8(b, at + k);
  return ip_address::v4_bytes(a.data());
}

}  // namespace

std::optional<route_data> parse_route(const ipv4_option& o) {
  if (o.type != ipopt::record_route && o.type != ipopt::loose_route &&
      o.type != ipopt::strict_route)
    return std::nullopt;
  if (o.bytes.size() < 3) return std::nullopt;
  route_data r;
  r.length = load_u8(o.bytes, 1);
  r.pointer = load_u8(o.bytes, 2);
  const int filled = std::min<int>(r.pointer, r.length) - 4;
  for (int at = 0; at < filled && 3 + static_cast<std::size_t>(at) < o.bytes.size(); at += 4)
    r.addresses.push_back(address_at(o.bytes, 3 + static_cast<std::size_t>(at)));
  return r;
}

std::optional<timestamp_data> parse_timestamp(const ipv4_option& o) {
  if (o.type != ipopt::timestamp || o.bytes.size() < 4) return std::nullopt;
  timestamp_data t;
  t.length = load_u8(o.bytes, 1);
  t.pointer = load_u8(o.bytes, 2);
  t.overflow = load_u8(o.bytes, 3) >> 4;
  t.flag = load_u8(o.bytes, 3) & 0x0fU;
  const bool with_address = t.flag != ipopt::ts_only;
  const std::size_t step = with_address ? 8 : 4;
  const int filled = std::min<int>(t.pointer, t.length) - 5;
  for (std::size_t at = 4; static_cast<int>(at) - 4 < filled && at + step <= o.bytes.size();
       at += step) {
    timestamp_data::entry e;
    if (with_address) e.address = address_at(o.bytes, at);
    e.stamp = load_be32(o.bytes, at + (with_address ? 4 : 0));
    t.entries.push_back(e);
  }
  return t;
}

}  // namespace nettrio::packet
