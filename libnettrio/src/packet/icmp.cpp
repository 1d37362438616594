#include <nettrio/packet/checksum.hpp>
#include <nettrio/packet/icmp.hpp>
#include <nettrio/packet/ipv4.hpp>
#include <nettrio/packet/ipv6.hpp>

#include <algorithm>

namespace nettrio::packet {

std::optional<icmp_header> icmp_header::parse(bytes_view b) noexcept {
  if (b.size() < size) return std::nullopt;
  return icmp_header{load_u8(b, 0), load_u8(b, 1), load_be16(b, 2), load_be16(b, 4),
                     load_be16(b, 6)};
}

void icmp_header::encode(mutable_bytes out) const noexcept {
  store_u8(out, 0, type);
  store_u8(out, 1, code);
  store_be16(out, 2, checksum);
  store_be16(out, 4, identifier);
  store_be16(out, 6, sequence);
}

std::vector<std::byte> make_echo_request(ip_family family, std::uint16_t id, std::uint16_t seq,
                                         bytes_view payload) {
  std::vector<std::byte> out(icmp_header::size + payload.size());
  icmp_header h;
  h.type = family == ip_family::v4 ? icmp4::echo_request : icmp6::echo_request;
  h.identifier = id;
  h.sequence = seq;
  h.encode(out);
  std::copy(payload.begin(), payload.end(), out.begin() + icmp_header::size);
  if (family == ip_family::v4) store_be16(out, 2, internet_checksum(out));
  return out;
}

std::optional<quoted_probe> parse_quoted(ip_family family, bytes_view quote) noexcept {
  quoted_probe q;
  std::size_t l4 = 0;
  if (family == ip_family::v4) {
    auto ip = ipv4_header::parse(quote);
    if (!ip) return std::nullopt;
    q.source = ip->source;
    q.destination = ip->destination;
    q.protocol = ip->protocol;
    q.ttl = ip->ttl;
    l4 = ip->header_length;
  } else {
    auto ip = ipv6_header::parse(quote);
    if (!ip) return std::nullopt;
    q.source = ip->source;
    q.destination = ip->destination;
    q.protocol = ip->next_header;
    q.ttl = ip->hop_limit;
    l4 = ipv6_header::size;
  }
  const auto t = quote.subspan(l4);
  if (t.size() < 8) return q;  // RFC 792 promises 8 bytes; older or hostile senders may not
  q.has_transport = true;
  switch (q.protocol) {
    case ip_proto_udp:
    case ip_proto_tcp:
      q.src_port = load_be16(t, 0);
      q.dst_port = load_be16(t, 2);
      if (q.protocol == ip_proto_tcp) q.tcp_seq = load_be32(t, 4);
      if (q.protocol == ip_proto_udp || t.size() >= 18) {
        q.checksum = load_be16(t, q.protocol == ip_proto_udp ? 6 : 16);
        q.has_checksum = true;
      }
      if (q.protocol == ip_proto_udp && t.size() >= 10) {
        q.udp_data_prefix = load_be16(t, 8);
        q.has_udp_data = true;
      }
      break;
    case ip_proto_icmp:
    case ip_proto_icmpv6:
      q.icmp_type = load_u8(t, 0);
      q.icmp_id = load_be16(t, 4);
      q.icmp_seq = load_be16(t, 6);
      q.checksum = load_be16(t, 2);
      q.has_checksum = true;
      break;
    default:
      break;
  }
  return q;
}

bytes_view quoted_echo_data(ip_family family, bytes_view msg) {
  if (msg.size() < icmp_header::size) return {};
  const bool v4 = family == ip_family::v4;
  const auto quote = msg.subspan(icmp_header::size);
  auto q = parse_quoted(family, quote);
  if (!q || !q->has_transport) return {};
  std::size_t end = quote.size();
  const std::size_t words = load_u8(msg, v4 ? 5 : 4);
  if (words != 0)
    end = std::min(end, words * (v4 ? 4 : 8));
  else if (!parse_mpls_extensions(family, msg).empty())
    end = std::min<std::size_t>(end, 128);
  const std::size_t l4 = v4 ? std::size_t{load_u8(quote, 0) & 0x0fU} * 4 : ipv6_header::size;
  const std::size_t start = l4 + icmp_header::size;  // has_transport: within the quote
  if (end <= start) return {};
  return quote.subspan(start, end - start);
}

std::vector<mpls_label> parse_mpls_extensions(ip_family family, bytes_view msg) noexcept {
  std::vector<mpls_label> labels;
  if (msg.size() < icmp_header::size) return labels;
  // RFC 4884: "length" of the original datagram, byte 5 in 32-bit words (ICMPv4) or byte 4
  // in 64-bit words (ICMPv6, section 4.1). Compliant senders pad the quote to at least 128
  // bytes when extensions follow. Linux traceroute also accepts length 0 with a 128-byte
  // quote (RFC 4884 section 5 compat).
  const bool v4 = family == ip_family::v4;
  const std::size_t quoted = std::size_t{load_u8(msg, v4 ? 5 : 4)} * (v4 ? 4 : 8);
  std::size_t start = icmp_header::size + (quoted ? quoted : 128);
  if (quoted && quoted < 128) return labels;
  if (start + 4 > msg.size()) return labels;
  const auto ext = msg.subspan(start);
  // Extension header: version 2 in the top nibble, then a checksum over the structure.
  if ((load_u8(ext, 0) >> 4) != 2) return labels;
  if (load_be16(ext, 2) != 0 && internet_checksum(ext) != 0) return labels;
  std::size_t off = 4;
  int objects = 0;
  while (off + 4 <= ext.size() && objects++ < 16) {
    const std::size_t len = load_be16(ext, off);
    const auto cls = load_u8(ext, off + 2);
    const auto ctype = load_u8(ext, off + 3);
    if (len < 4 || off + len > ext.size()) break;  // a zero length would loop forever
    if (cls == 1 && ctype == 1) {
      for (std::size_t e = off + 4; e + 4 <= off + len && labels.size() < 32; e += 4) {
        const auto w = load_be32(ext, e);
        labels.push_back(mpls_label{w >> 12, static_cast<std::uint8_t>((w >> 9) & 0x7),
                                    ((w >> 8) & 1) != 0, static_cast<std::uint8_t>(w & 0xff)});
      }
    }
    off += len;
  }
  return labels;
}

}  // namespace nettrio::packet
