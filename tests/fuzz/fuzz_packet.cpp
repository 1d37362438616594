// libFuzzer target for every packet decoder: IPv4/IPv6 headers, ICMP, UDP, TCP, the
// quoted datagram of ICMP errors and RFC 4884/4950 MPLS extensions, for both families, and
// the IPv4 options a reply may carry (ping -R/-T).
//
// Each input is read six ways at once, so one corpus serves all decoders:
//  - as the bytes a raw IPv4 ICMP socket returns (IP header + ICMP message), decoded by
//    socket_network's own decoder (decode_raw_icmp) and by the codecs under it;
//  - as the bytes a raw ICMPv6 socket returns (the ICMPv6 message alone), and as an ICMP
//    datagram socket's message (decode_dgram_icmp);
//  - as one error-queue message, cut into control data, msg_name and queued datagram
//    (decode_errqueue, for echo, UDP and TCP sockets);
//  - as what a raw TCP socket returns for either family (decode_raw_tcp), as the TCP
//    sockets decode the SYN-ACK and RST copies that time connect probes;
//  - as a quoted datagram (parse_quoted) and an ICMP message (parse_mpls_extensions) of
//    either family;
//  - as a header of each kind.
// Besides what ASan/UBSan catch (a read past the span, a bad subspan), it checks cheap
// invariants: decoded fields are the bytes they came from, encode(parse(x)) gives x back,
// and MPLS labels survive a round trip through a well-formed extension structure.

#include <nettrio/packet/checksum.hpp>
#include <nettrio/packet/icmp.hpp>
#include <nettrio/packet/ipv4.hpp>
#include <nettrio/packet/ipv4_options.hpp>
#include <nettrio/packet/ipv6.hpp>
#include <nettrio/packet/tcp.hpp>
#include <nettrio/packet/udp.hpp>
#include <nettrio/probe/decode.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {

namespace pk = nettrio::packet;
using nettrio::ip_family;

void require(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz_packet: invariant violated: %s\n", what);
  std::abort();
}

bool same_bytes(pk::bytes_view a, pk::bytes_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
}

void check_headers(pk::bytes_view b) {
  if (auto ip = pk::ipv4_header::parse(b)) {
    require(b.size() >= 20 && (pk::load_u8(b, 0) >> 4) == 4, "ipv4: accepted a non-v4 header");
    require(ip->header_length == (pk::load_u8(b, 0) & 0x0f) * 4, "ipv4: header_length != IHL*4");
    require(ip->header_length >= 20 && ip->header_length <= b.size(), "ipv4: IHL out of span");
    require(ip->total_length == pk::load_be16(b, 2) && ip->ttl == pk::load_u8(b, 8) &&
                ip->protocol == pk::load_u8(b, 9),
            "ipv4: fields differ from the bytes");
    require(ip->source.is_v4() && ip->source.to_v4_uint() == pk::load_be32(b, 12) &&
                ip->destination.to_v4_uint() == pk::load_be32(b, 16),
            "ipv4: addresses differ from the bytes");
    if (ip->header_length == 20) {
      std::array<std::byte, 20> enc{};
      ip->encode(enc);
      require(same_bytes(enc, b.first(20)), "ipv4: encode(parse(x)) != x");
      pk::ipv4_header::fill_checksum(enc);
      require(pk::internet_checksum(enc) == 0, "ipv4: fill_checksum does not sum to 0");
    }
  } else {
    require(b.size() < 20 || (pk::load_u8(b, 0) >> 4) != 4 || (pk::load_u8(b, 0) & 0x0f) < 5 ||
                std::size_t{(pk::load_u8(b, 0) & 0x0fU) * 4U} > b.size(),
            "ipv4: rejected a valid header");
  }

  if (auto ip = pk::ipv6_header::parse(b)) {
    require(b.size() >= pk::ipv6_header::size && (pk::load_u8(b, 0) >> 4) == 6,
            "ipv6: accepted a non-v6 header");
    require(ip->flow_label < (1U << 20) && ip->payload_length == pk::load_be16(b, 4) &&
                ip->next_header == pk::load_u8(b, 6) && ip->hop_limit == pk::load_u8(b, 7),
            "ipv6: fields differ from the bytes");
    require(ip->source.is_v6() && std::memcmp(ip->source.bytes().data(), b.data() + 8, 16) == 0 &&
                std::memcmp(ip->destination.bytes().data(), b.data() + 24, 16) == 0,
            "ipv6: addresses differ from the bytes");
  } else {
    require(b.size() < pk::ipv6_header::size || (pk::load_u8(b, 0) >> 4) != 6,
            "ipv6: rejected a valid header");
  }

  std::array<std::byte, pk::tcp_header::size> out{};
  auto icmp = pk::icmp_header::parse(b);
  require(icmp.has_value() == (b.size() >= pk::icmp_header::size), "icmp: size check");
  if (icmp) {
    icmp->encode(out);
    require(same_bytes(pk::bytes_view(out).first(8), b.first(8)), "icmp: encode(parse(x)) != x");
  }
  auto udp = pk::udp_header::parse(b);
  require(udp.has_value() == (b.size() >= pk::udp_header::size), "udp: size check");
  if (udp) {
    udp->encode(out);
    require(same_bytes(pk::bytes_view(out).first(8), b.first(8)), "udp: encode(parse(x)) != x");
  }
  auto tcp = pk::tcp_header::parse(b);
  require(tcp.has_value() == (b.size() >= pk::tcp_header::size), "tcp: size check");
  if (tcp) {
    require(tcp->data_offset < 16, "tcp: data offset wider than 4 bits");
    tcp->encode(out);
    // Byte 12's low nibble is reserved: the codec does not keep it.
    auto want = std::vector<std::byte>(b.begin(), b.begin() + pk::tcp_header::size);
    want[12] &= std::byte{0xf0};
    require(same_bytes(out, want), "tcp: encode(parse(x)) != x");
  }
}

void check_quoted(ip_family family, pk::bytes_view quote) {
  auto q = pk::parse_quoted(family, quote);
  if (!q) return;
  std::size_t l4 = 0;
  if (family == ip_family::v4) {
    auto ip = pk::ipv4_header::parse(quote);
    require(ip.has_value(), "quoted v4: accepted without an IPv4 header");
    l4 = ip->header_length;
    require(q->destination == ip->destination && q->ttl == ip->ttl, "quoted v4: header fields");
  } else {
    auto ip = pk::ipv6_header::parse(quote);
    require(ip.has_value(), "quoted v6: accepted without an IPv6 header");
    l4 = pk::ipv6_header::size;
    require(q->destination == ip->destination && q->ttl == ip->hop_limit,
            "quoted v6: header fields");
  }
  require(q->source.family() == family && q->destination.family() == family,
          "quoted: address family");
  require(q->has_transport == (quote.size() - l4 >= 8), "quoted: has_transport vs length");
  if (!q->has_transport) {
    require(q->src_port == 0 && q->dst_port == 0 && q->icmp_id == 0 && q->icmp_seq == 0 &&
                !q->has_udp_data,
            "quoted: transport fields set without transport bytes");
    return;
  }
  const auto t = quote.subspan(l4);
  if (q->protocol == pk::ip_proto_udp || q->protocol == pk::ip_proto_tcp)
    require(q->src_port == pk::load_be16(t, 0) && q->dst_port == pk::load_be16(t, 2),
            "quoted: ports differ from the bytes");
  // nettrio's UDP sequence rides in the first two payload bytes after the UDP header.
  require(q->has_udp_data == (q->protocol == pk::ip_proto_udp && t.size() >= 10),
          "quoted: has_udp_data vs length");
  require(!q->has_udp_data || q->udp_data_prefix == pk::load_be16(t, 8),
          "quoted: UDP data prefix differs from the bytes");
}

// Builds a well-formed ICMP message carrying `labels` in one MPLS object after a 128-byte
// quote (RFC 4884 length field set) and checks they decode unchanged.
void check_mpls_round_trip(ip_family family, const std::vector<pk::mpls_label>& labels) {
  if (labels.empty()) return;
  const bool v4 = family == ip_family::v4;
  const std::size_t obj = 4 + 4 * labels.size();
  std::vector<std::byte> msg(8 + 128 + 4 + obj);
  pk::store_u8(msg, 0, v4 ? pk::icmp4::time_exceeded : pk::icmp6::time_exceeded);
  pk::store_u8(msg, v4 ? 5 : 4, v4 ? 128 / 4 : 128 / 8);
  const pk::mutable_bytes ext = pk::mutable_bytes(msg).subspan(8 + 128);
  pk::store_u8(ext, 0, 0x20);
  pk::store_be16(ext, 4, static_cast<std::uint16_t>(obj));
  pk::store_u8(ext, 6, 1);  // class 1: MPLS label stack
  pk::store_u8(ext, 7, 1);  // c-type 1: incoming label stack
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const auto& l = labels[i];
    pk::store_be32(ext, 8 + 4 * i,
                   (l.label << 12) | (std::uint32_t{l.exp} << 9) |
                       (std::uint32_t{l.bottom_of_stack} << 8) | l.ttl);
  }
  pk::store_be16(ext, 2, pk::internet_checksum(ext));
  require(pk::parse_mpls_extensions(family, msg) == labels, "mpls: labels lost in a round trip");
}

void check_mpls(ip_family family, pk::bytes_view msg) {
  const auto labels = pk::parse_mpls_extensions(family, msg);
  require(labels.size() <= 32, "mpls: more than 32 labels");
  for (const auto& l : labels)
    require(l.label < (1U << 20) && l.exp < 8, "mpls: label or exp wider than its field");
  check_mpls_round_trip(family, labels);
}

// socket_network::on_raw_icmp's own decoder (decode_raw_icmp), then the invariants of what
// it returns, then the codecs it stands on, read the same way.
void check_receive_path(ip_family family, pk::bytes_view datagram) {
  for (const bool udp_via_raw : {true, false}) {
    const nettrio::raw_icmp_context ctx{family, 0x4e54, udp_via_raw, 40001, true};
    const auto r = nettrio::decode_raw_icmp(ctx, datagram, 64);
    if (!r) continue;
    if (r->what == nettrio::reply::kind::echo_reply) {
      require(r->icmp_id == ctx.echo_id, "decode: an echo reply with another identifier");
      require(r->payload.size() + 8 <= datagram.size(), "decode: echo payload too long");
    } else {
      require(r->what == nettrio::reply::kind::icmp_error, "decode: unexpected kind");
      require(r->checksum_ok, "decode: an error with a bad checksum was used");
      require(r->protocol != nettrio::probe_protocol::udp ||
                  (udp_via_raw && r->src_port == ctx.udp_port),
              "decode: a UDP error not about our source port");
      require(r->quoted_payload.size() <= datagram.size(), "decode: quoted data too long");
    }
    require(r->reply_ttl >= 0 && r->reply_ttl <= 255, "decode: reply TTL out of range");
  }
  pk::bytes_view msg = datagram;
  if (family == ip_family::v4) {
    auto ip = pk::ipv4_header::parse(msg);
    if (!ip) return;
    msg = msg.subspan(ip->header_length);
  }
  auto h = pk::icmp_header::parse(msg);
  if (!h) return;
  check_quoted(family, msg.subspan(pk::icmp_header::size));
  check_mpls(family, msg);
  // The quoted echo data the engine compares with its probe's: inside the message, past
  // the ICMP header, the quoted IP header and the quoted ICMP header.
  const auto data = pk::quoted_echo_data(family, msg);
  if (!data.empty()) {
    const std::size_t ip = family == ip_family::v4 ? 20 : 40;
    require(data.data() >= msg.data() + pk::icmp_header::size + ip + pk::icmp_header::size &&
                data.data() + data.size() <= msg.data() + msg.size(),
            "quoted echo data: outside the quote");
  }
}

// An error-queue message: the first two bytes say where the control data and msg_name end.
void check_errqueue(pk::bytes_view b) {
  if (b.size() < 2) return;
  const std::size_t a = std::min<std::size_t>(pk::load_u8(b, 0), b.size() - 2);
  const std::size_t n = std::min<std::size_t>(pk::load_u8(b, 1), b.size() - 2 - a);
  const nettrio::queued_error q{b.subspan(2, a), b.subspan(2 + a, n), b.subspan(2 + a + n)};
  for (auto family : {ip_family::v4, ip_family::v6})
    for (auto protocol : {nettrio::probe_protocol::icmp_echo, nettrio::probe_protocol::udp,
                          nettrio::probe_protocol::tcp})
      for (const bool udp_via_raw : {false, true}) {
        const nettrio::errqueue_context ctx{family, protocol, 0x4e54, 40001, udp_via_raw};
        const auto r = nettrio::decode_errqueue(ctx, q);
        if (!r) continue;
        require(r->what == nettrio::reply::kind::icmp_error ||
                    (r->what == nettrio::reply::kind::local_error &&
                     protocol != nettrio::probe_protocol::tcp),
                "errqueue: unexpected kind");
        require(r->protocol == protocol, "errqueue: another protocol than the socket's");
        require(protocol != nettrio::probe_protocol::udp || (!udp_via_raw && r->src_port == 40001),
                "errqueue: a UDP error not about our source port");
        require(protocol != nettrio::probe_protocol::icmp_echo || r->icmp_id == 0x4e54,
                "errqueue: an echo error with another identifier");
        require(r->quoted_payload.size() <= q.data.size(), "errqueue: quoted data too long");
      }
}

void check_dgram(pk::bytes_view b) {
  for (auto family : {ip_family::v4, ip_family::v6}) {
    const auto r = nettrio::decode_dgram_icmp(family, 0x4e54, b, 64);
    if (!r) continue;
    require(r->what == nettrio::reply::kind::echo_reply && r->icmp_id == 0x4e54,
            "dgram: not an echo reply of ours");
    require(r->payload.size() + 8 == b.size(), "dgram: payload size");
  }
}

// tcp_sockets::drain_raw's decoder: an answer is a RST or a SYN-ACK, its ports the bytes.
void check_raw_tcp(pk::bytes_view b) {
  for (auto family : {ip_family::v4, ip_family::v6}) {
    const auto a = nettrio::decode_raw_tcp(family, b);
    if (!a) continue;
    pk::bytes_view seg = b;
    if (family == ip_family::v4) {
      const auto ip = pk::ipv4_header::parse(b);
      require(ip && ip->protocol == pk::ip_proto_tcp,
              "raw tcp: accepted without a TCP IPv4 header");
      seg = b.subspan(ip->header_length);
    }
    require(seg.size() >= 14, "raw tcp: accepted without the flags byte");
    require(a->src_port == pk::load_be16(seg, 0) && a->dst_port == pk::load_be16(seg, 2) &&
                a->flags == pk::load_u8(seg, 13),
            "raw tcp: fields differ from the bytes");
    require((a->flags & 0x04) != 0 || (a->flags & 0x12) == 0x12,
            "raw tcp: neither a RST nor a SYN-ACK");
    static const auto from4 = *nettrio::ip_address::parse("192.0.2.1");
    static const auto from6 = *nettrio::ip_address::parse("2001:db8::1");
    const auto& from = family == ip_family::v4 ? from4 : from6;
    require(nettrio::answers_tcp_probe(*a, from, from, a->dst_port, a->src_port),
            "raw tcp: does not answer the probe it names");
    require(!nettrio::answers_tcp_probe(*a, from, from,
                                        static_cast<std::uint16_t>(a->dst_port ^ 1U), a->src_port),
            "raw tcp: answers a probe from another source port");
  }
}

void check_checksum(pk::bytes_view b) {
  // A buffer followed by its own checksum sums to zero (RFC 1071), for even lengths.
  std::vector<std::byte> buf(b.begin(), b.begin() + static_cast<std::ptrdiff_t>(b.size() & ~1U));
  const auto sum = pk::internet_checksum(buf);
  buf.resize(buf.size() + 2);
  pk::store_be16(buf, buf.size() - 2, sum);
  require(pk::internet_checksum(buf) == 0, "checksum: data + checksum does not sum to 0");
}

void check_echo(pk::bytes_view b) {
  if (b.size() < 4) return;
  const auto id = pk::load_be16(b, 0);
  const auto seq = pk::load_be16(b, 2);
  const auto payload = b.subspan(4);
  for (auto family : {ip_family::v4, ip_family::v6}) {
    const auto msg = pk::make_echo_request(family, id, seq, payload);
    auto h = pk::icmp_header::parse(msg);
    require(h && h->identifier == id && h->sequence == seq, "echo: id/seq lost");
    require(same_bytes(pk::bytes_view(msg).subspan(8), payload), "echo: payload changed");
    if (family == ip_family::v4) require(pk::internet_checksum(msg) == 0, "echo: bad checksum");
  }
}

}  // namespace

// IPv4 options (ping -R/-T): the walk keeps every option inside the area, in order, and the
// route and timestamp readers stay inside each option.
void check_ipv4_options(pk::bytes_view b) {
  const auto area = b.first(std::min<std::size_t>(b.size(), pk::max_ipv4_options));
  std::size_t at = 0;
  for (const auto& o : pk::parse_ipv4_options(area)) {
    require(!o.bytes.empty() && at + o.bytes.size() <= area.size(), "options: past the area");
    require(
        same_bytes(o.bytes, area.subspan(at, o.bytes.size())) && o.type == pk::load_u8(area, at),
        "options: bytes differ from the area");
    at += o.bytes.size();
    if (const auto r = pk::parse_route(o))
      require(r->addresses.size() * 4 <= o.bytes.size(), "options: more route than option");
    if (const auto t = pk::parse_timestamp(o))
      require(t->entries.size() * 4 <= o.bytes.size(), "options: more stamps than option");
  }
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const pk::bytes_view b(reinterpret_cast<const std::byte*>(data), size);
  check_headers(b);
  for (auto family : {ip_family::v4, ip_family::v6}) {
    check_receive_path(family, b);
    check_quoted(family, b);
    check_mpls(family, b);
  }
  check_errqueue(b);
  check_raw_tcp(b);
  check_dgram(b);
  check_checksum(b);
  check_echo(b);
  check_ipv4_options(b);
  return 0;
}
