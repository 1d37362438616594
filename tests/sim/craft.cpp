#include "craft.hpp"

#include <nettrio/packet/checksum.hpp>
#include <nettrio/packet/icmp.hpp>
#include <nettrio/packet/ipv4.hpp>
#include <nettrio/packet/ipv6.hpp>
#include <nettrio/packet/tcp.hpp>
#include <nettrio/packet/udp.hpp>

#include <algorithm>
#include <cstring>

namespace nettrio::sim {

namespace pk = packet;

namespace {

constexpr std::uint8_t tcp_syn = 0x02;
constexpr std::uint8_t tcp_rst = 0x04;
constexpr std::uint8_t tcp_ack = 0x10;

std::uint16_t next_ip_id() {
  static std::uint16_t id = 0x5100;
  return ++id;
}

void store_address(bytes& b, std::size_t at, const ip_address& a) {
  const std::size_t n = a.is_v4() ? 4 : 16;
  std::memcpy(b.data() + at, a.bytes().data(), n);
}

void fix_ipv4_header_checksum(bytes& b) {
  if (b.size() < 20) return;
  const std::size_t ihl = std::size_t{pk::load_u8(b, 0) & 0x0fU} * 4;
  if (ihl < 20 || ihl > b.size()) return;
  pk::store_be16(b, 10, 0);
  pk::store_be16(b, 10, pk::internet_checksum(pk::bytes_view(b).first(ihl)));
}

// Offset of the quoted transport header inside a quote (which starts at the IP header).
std::optional<std::size_t> quoted_l4(const bytes& quote, ip_family family) {
  if (family == ip_family::v6)
    return quote.size() >= 40 ? std::optional<std::size_t>{40} : std::nullopt;
  if (quote.empty()) return std::nullopt;
  const std::size_t ihl = std::size_t{pk::load_u8(quote, 0) & 0x0fU} * 4;
  if (ihl < 20 || ihl > quote.size()) return std::nullopt;
  return ihl;
}

std::size_t checksum_offset(std::uint8_t protocol) {
  switch (protocol) {
    case pk::ip_proto_udp:
      return 6;
    case pk::ip_proto_tcp:
      return 16;
    default:
      return 2;  // ICMP, ICMPv6
  }
}

std::uint8_t protocol_of(const bytes& ip, ip_family family) {
  return pk::load_u8(ip, family == ip_family::v4 ? 9 : 6);
}

ip_address address_at(const bytes& ip, ip_family family, std::size_t at) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(ip.data() + at);
  return family == ip_family::v4 ? ip_address::v4_bytes(p) : ip_address::v6_bytes(p);
}

void put_label_entry(bytes& b, std::size_t at, const mpls_entry& m, bool bottom) {
  const std::uint32_t w =
      (m.label << 12) | (std::uint32_t{m.exp} << 9) | (bottom ? 0x100U : 0U) | m.ttl;
  pk::store_be32(b, at, w);
}

// Object header (RFC 4884 section 7): length, class-num, c-type.
void put_object_header(bytes& b, std::size_t at, std::uint16_t length, std::uint8_t cls,
                       std::uint8_t ctype) {
  pk::store_be16(b, at, length);
  pk::store_u8(b, at + 2, cls);
  pk::store_u8(b, at + 3, ctype);
}

void append_mpls_object(bytes& ext, const std::vector<mpls_entry>& labels) {
  const std::size_t at = ext.size();
  ext.resize(at + 4 + 4 * labels.size());
  put_object_header(ext, at, static_cast<std::uint16_t>(4 + 4 * labels.size()), 1, 1);
  for (std::size_t i = 0; i < labels.size(); ++i)
    put_label_entry(ext, at + 4 + 4 * i, labels[i], i + 1 == labels.size());
}

bytes extension_header() {
  bytes ext(4);
  pk::store_u8(ext, 0, 0x20);  // version 2
  return ext;
}

void fix_extension_checksum(bytes& ext) {
  pk::store_be16(ext, 2, 0);
  pk::store_be16(ext, 2, pk::internet_checksum(ext));
}

}  // namespace

std::optional<probe_view> decode(pk::bytes_view b) {
  probe_view p;
  if (b.empty()) return std::nullopt;
  const auto version = pk::load_u8(b, 0) >> 4;
  if (version == 4) {
    auto ip = pk::ipv4_header::parse(b);
    if (!ip) return std::nullopt;
    p.family = ip_family::v4;
    p.source = ip->source;
    p.destination = ip->destination;
    p.ttl = ip->ttl;
    p.protocol = ip->protocol;
    p.l4_offset = ip->header_length;
  } else if (version == 6) {
    auto ip = pk::ipv6_header::parse(b);
    if (!ip) return std::nullopt;
    p.family = ip_family::v6;
    p.source = ip->source;
    p.destination = ip->destination;
    p.ttl = ip->hop_limit;
    p.protocol = ip->next_header;
    p.l4_offset = pk::ipv6_header::size;
  } else {
    return std::nullopt;
  }
  p.packet.assign(b.begin(), b.end());
  const auto t = p.l4();
  switch (p.protocol) {
    case pk::ip_proto_udp:
      if (auto u = pk::udp_header::parse(t)) {
        p.src_port = u->source_port;
        p.dst_port = u->destination_port;
        if (t.size() >= 10) p.udp_seq = pk::load_be16(t, 8);
      }
      break;
    case pk::ip_proto_tcp:
      if (auto h = pk::tcp_header::parse(t)) {
        p.src_port = h->source_port;
        p.dst_port = h->destination_port;
        p.tcp_seq = h->sequence;
        p.tcp_flags = h->flags;
      }
      break;
    case pk::ip_proto_icmp:
    case pk::ip_proto_icmpv6:
      if (auto h = pk::icmp_header::parse(t)) {
        p.icmp_type = h->type;
        p.icmp_id = h->identifier;
        p.icmp_seq = h->sequence;
      }
      break;
    default:
      break;
  }
  return p;
}

probe_kind kind_of(const probe_view& p) noexcept {
  const auto t = p.l4();
  switch (p.protocol) {
    case pk::ip_proto_udp:
      return t.size() >= pk::udp_header::size ? probe_kind::udp : probe_kind::other;
    case pk::ip_proto_tcp:
      return t.size() >= pk::tcp_header::size && (p.tcp_flags & tcp_syn) && !(p.tcp_flags & tcp_ack)
                 ? probe_kind::tcp_syn
                 : probe_kind::other;
    case pk::ip_proto_icmp:
      return p.family == ip_family::v4 && t.size() >= 8 && p.icmp_type == pk::icmp4::echo_request
                 ? probe_kind::echo_request
                 : probe_kind::other;
    case pk::ip_proto_icmpv6:
      return p.family == ip_family::v6 && t.size() >= 8 && p.icmp_type == pk::icmp6::echo_request
                 ? probe_kind::echo_request
                 : probe_kind::other;
    default:
      return probe_kind::other;
  }
}

bytes ip_packet(ip_family family, const ip_address& src, const ip_address& dst, std::uint8_t ttl,
                std::uint8_t protocol, pk::bytes_view l4) {
  const std::size_t hl = l4_offset_of(family);
  bytes b(hl + l4.size());
  if (family == ip_family::v4) {
    pk::store_u8(b, 0, 0x45);
    pk::store_be16(b, 2, static_cast<std::uint16_t>(b.size()));
    pk::store_be16(b, 4, next_ip_id());
    pk::store_u8(b, 8, ttl);
    pk::store_u8(b, 9, protocol);
    store_address(b, 12, src);
    store_address(b, 16, dst);
    fix_ipv4_header_checksum(b);
  } else {
    pk::store_be32(b, 0, 0x60000000U);
    pk::store_be16(b, 4, static_cast<std::uint16_t>(l4.size()));
    pk::store_u8(b, 6, protocol);
    pk::store_u8(b, 7, ttl);
    store_address(b, 8, src);
    store_address(b, 24, dst);
  }
  std::copy(l4.begin(), l4.end(), b.begin() + static_cast<std::ptrdiff_t>(hl));
  return b;
}

void finish_checksum(bytes& ip, ip_family family, std::uint8_t protocol, std::size_t l4_offset) {
  const std::size_t off = checksum_offset(protocol);
  if (ip.size() < l4_offset + off + 2) return;  // cut before the checksum field
  auto l4 = pk::mutable_bytes(ip).subspan(l4_offset);
  pk::store_be16(l4, off, 0);
  std::uint32_t sum = 0;
  if (!(family == ip_family::v4 && protocol == pk::ip_proto_icmp)) {
    const std::size_t a = family == ip_family::v4 ? 12 : 8;
    const std::size_t n = family == ip_family::v4 ? 4 : 16;
    sum = pk::pseudo_header_sum(address_at(ip, family, a), address_at(ip, family, a + n), protocol,
                                static_cast<std::uint32_t>(l4.size()));
  }
  std::uint16_t c = pk::checksum_fold(pk::checksum_add(l4, sum));
  if (protocol == pk::ip_proto_udp && c == 0) c = 0xffff;  // RFC 768: 0 means "none"
  pk::store_be16(l4, off, c);
}

bytes seen_at(const probe_view& p, std::uint8_t ttl_seen) {
  bytes q = p.packet;
  if (p.family == ip_family::v4) {
    pk::store_u8(q, 8, ttl_seen);
    fix_ipv4_header_checksum(q);
  } else {
    pk::store_u8(q, 7, ttl_seen);
  }
  return q;
}

bytes mpls_extension(const std::vector<mpls_entry>& labels) {
  bytes ext = extension_header();
  append_mpls_object(ext, labels);
  fix_extension_checksum(ext);
  return ext;
}

bytes abusive_extension(extension_abuse how, const std::vector<mpls_entry>& labels) {
  const std::vector<mpls_entry> some =
      labels.empty() ? std::vector<mpls_entry>{{16, 0, 1}} : labels;
  bytes ext = extension_header();
  switch (how) {
    case extension_abuse::none:
    case extension_abuse::short_quote:  // the quote length is what is wrong, not this
      append_mpls_object(ext, some);
      break;
    case extension_abuse::zero_length: {
      const std::size_t at = ext.size();
      ext.resize(at + 4);
      put_object_header(ext, at, 0, 1, 1);
      append_mpls_object(ext, some);
      break;
    }
    case extension_abuse::overlong: {
      const std::size_t at = ext.size();
      ext.resize(at + 8);
      put_object_header(ext, at, 0xfff0, 1, 1);
      put_label_entry(ext, at + 4, some.front(), true);
      break;
    }
    case extension_abuse::many_objects: {
      for (int i = 0; i < 1000; ++i) {
        const std::size_t at = ext.size();
        ext.resize(at + 4);
        put_object_header(ext, at, 4, 1, 1);  // an empty label stack
      }
      break;
    }
    case extension_abuse::huge_stack: {
      // 900 entries: 3.6 KB, so the reply still fits a 4 KB receive buffer and it is the
      // parser's bound on labels that gets tested, not the read.
      std::vector<mpls_entry> many(900, some.front());
      for (std::size_t i = 0; i < many.size(); ++i)
        many[i].label = 100000 + static_cast<std::uint32_t>(i);
      append_mpls_object(ext, many);
      break;
    }
    case extension_abuse::bad_checksum:
      append_mpls_object(ext, some);
      fix_extension_checksum(ext);
      pk::store_be16(ext, 2, static_cast<std::uint16_t>(pk::load_be16(ext, 2) ^ 0x1234));
      return ext;
  }
  fix_extension_checksum(ext);
  return ext;
}

bytes icmp_error(ip_family family, const ip_address& from, const ip_address& to,
                 std::uint8_t reply_ttl, std::uint8_t type, std::uint8_t code, pk::bytes_view quote,
                 pk::bytes_view extension, std::uint8_t rfc4884_words) {
  const bool v4 = family == ip_family::v4;
  bytes q;
  if (extension.empty()) {
    // Linux: the error fits in 576 bytes (IPv4, RFC 1812) / 1280 bytes (IPv6, RFC 4443).
    const std::size_t most = v4 ? 576 - 20 - 8 : 1280 - 40 - 8;
    q.assign(quote.begin(),
             quote.begin() + static_cast<std::ptrdiff_t>(std::min(most, quote.size())));
  } else {
    // RFC 4884 section 4.1/5: pad the original datagram to 128 bytes, or cut it there.
    q.assign(quote.begin(),
             quote.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(128, quote.size())));
    q.resize(128, std::byte{0});
  }
  bytes l4(8 + q.size() + extension.size());
  pk::store_u8(l4, 0, type);
  pk::store_u8(l4, 1, code);
  if (!extension.empty()) {
    // RFC 4884: length of the original datagram in 32-bit words (ICMPv4, byte 5) or 64-bit
    // words (ICMPv6, byte 4).
    const std::uint8_t words =
        rfc4884_words ? rfc4884_words : static_cast<std::uint8_t>(q.size() / (v4 ? 4 : 8));
    pk::store_u8(l4, v4 ? 5 : 4, words);
  }
  std::copy(q.begin(), q.end(), l4.begin() + 8);
  std::copy(extension.begin(), extension.end(),
            l4.begin() + 8 + static_cast<std::ptrdiff_t>(q.size()));
  const auto proto = v4 ? pk::ip_proto_icmp : pk::ip_proto_icmpv6;
  bytes ip = ip_packet(family, from, to, reply_ttl, proto, l4);
  finish_checksum(ip, family, proto, l4_offset_of(family));
  return ip;
}

bytes echo_reply(const probe_view& p, const ip_address& from, std::uint8_t reply_ttl,
                 std::uint16_t id, std::uint16_t seq) {
  const bool v4 = p.family == ip_family::v4;
  const auto t = p.l4();
  bytes l4(t.begin(), t.end());
  pk::store_u8(l4, 0, v4 ? pk::icmp4::echo_reply : pk::icmp6::echo_reply);
  pk::store_u8(l4, 1, 0);
  pk::store_be16(l4, 4, id);
  pk::store_be16(l4, 6, seq);
  const auto proto = v4 ? pk::ip_proto_icmp : pk::ip_proto_icmpv6;
  bytes ip = ip_packet(p.family, from, p.source, reply_ttl, proto, l4);
  finish_checksum(ip, p.family, proto, l4_offset_of(p.family));
  return ip;
}

bytes tcp_answer(const probe_view& p, const ip_address& from, std::uint8_t reply_ttl, bool synack,
                 std::uint16_t src_port, std::uint16_t dst_port) {
  pk::tcp_header h;
  h.source_port = src_port;
  h.destination_port = dst_port;
  h.sequence = synack ? 0x6e657474U : 0;  // "nett"
  h.acknowledgment = p.tcp_seq + 1;
  h.flags = static_cast<std::uint8_t>(synack ? (tcp_syn | tcp_ack) : (tcp_rst | tcp_ack));
  h.window = synack ? 65535 : 0;
  bytes l4(pk::tcp_header::size);
  h.encode(l4);
  bytes ip = ip_packet(p.family, from, p.source, reply_ttl, pk::ip_proto_tcp, l4);
  finish_checksum(ip, p.family, pk::ip_proto_tcp, l4_offset_of(p.family));
  return ip;
}

void quote_set_ports(bytes& quote, ip_family family, std::optional<std::uint16_t> src,
                     std::optional<std::uint16_t> dst) {
  const auto off = quoted_l4(quote, family);
  if (!off || quote.size() < *off + 4) return;
  if (src) pk::store_be16(quote, *off, *src);
  if (dst) pk::store_be16(quote, *off + 2, *dst);
}

void quote_set_echo(bytes& quote, ip_family family, std::optional<std::uint16_t> id,
                    std::optional<std::uint16_t> seq) {
  const auto off = quoted_l4(quote, family);
  if (!off || quote.size() < *off + 8) return;
  if (id) pk::store_be16(quote, *off + 4, *id);
  if (seq) pk::store_be16(quote, *off + 6, *seq);
}

void quote_set_udp_seq(bytes& quote, ip_family family, std::uint16_t seq) {
  const auto off = quoted_l4(quote, family);
  if (!off || quote.size() < *off + 10) return;
  pk::store_be16(quote, *off + 8, seq);
}

void quote_set_tcp_seq(bytes& quote, ip_family family, std::uint32_t seq) {
  const auto off = quoted_l4(quote, family);
  if (!off || quote.size() < *off + 8) return;
  pk::store_be32(quote, *off + 4, seq);
}

void quote_set_destination(bytes& quote, ip_family family, const ip_address& dst) {
  if (family == ip_family::v4) {
    if (quote.size() < 20) return;
    store_address(quote, 16, dst);
    fix_ipv4_header_checksum(quote);
  } else if (quote.size() >= 40) {
    store_address(quote, 24, dst);
  }
}

void quote_set_source(bytes& quote, ip_family family, const ip_address& src, bool update_checksum) {
  const bool v4 = family == ip_family::v4;
  const std::size_t at = v4 ? 12 : 8;
  const std::size_t n = v4 ? 4 : 16;
  if (quote.size() < at + n) return;
  const auto off = quoted_l4(quote, family);
  const auto protocol = protocol_of(quote, family);
  const bool pseudo = protocol == pk::ip_proto_udp || protocol == pk::ip_proto_tcp ||
                      protocol == pk::ip_proto_icmpv6;
  if (update_checksum && off && pseudo) {
    const std::size_t field = *off + checksum_offset(protocol);
    const auto old = pk::load_be16(quote, field);
    if (quote.size() >= field + 2 && !(protocol == pk::ip_proto_udp && old == 0)) {
      // RFC 1624 eqn. 3: HC' = ~(~HC + ~m + m'), word by word over the address.
      std::uint32_t sum = static_cast<std::uint16_t>(~old);
      for (std::size_t i = 0; i < n; i += 2) {
        sum += static_cast<std::uint16_t>(~pk::load_be16(quote, at + i));
        sum += static_cast<std::uint32_t>(src.bytes()[i]) << 8 | src.bytes()[i + 1];
      }
      auto c = pk::checksum_fold(sum);
      if (protocol == pk::ip_proto_udp && c == 0) c = 0xffff;
      pk::store_be16(quote, field, c);
    }
  }
  store_address(quote, at, src);
  if (v4) fix_ipv4_header_checksum(quote);
}

bytes truncated(const bytes& reply, ip_family family, std::size_t l4_length) {
  const std::size_t hl = l4_offset_of(family);
  bytes b(reply.begin(),
          reply.begin() + static_cast<std::ptrdiff_t>(std::min(reply.size(), hl + l4_length)));
  if (family == ip_family::v4) {
    pk::store_be16(b, 2, static_cast<std::uint16_t>(b.size()));
    fix_ipv4_header_checksum(b);
  } else {
    pk::store_be16(b, 4, static_cast<std::uint16_t>(b.size() - hl));
  }
  finish_checksum(b, family, protocol_of(b, family), hl);
  return b;
}

bytes with_bad_checksum(const bytes& reply, ip_family family) {
  bytes b = reply;
  const std::size_t at = l4_offset_of(family) + checksum_offset(protocol_of(b, family));
  if (b.size() >= at + 2)
    pk::store_be16(b, at, static_cast<std::uint16_t>(pk::load_be16(b, at) ^ 0x5a5a));
  return b;
}

}  // namespace nettrio::sim
