#include <nettrio/probe/decode.hpp>

#include <nettrio/packet/checksum.hpp>
#include <nettrio/packet/icmp.hpp>
#include <nettrio/packet/ipv4.hpp>

#include "../sockaddr.hpp"

#include <linux/errqueue.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace nettrio {

namespace pk = packet;

std::optional<reply> decode_raw_icmp(const raw_icmp_context& ctx, pk::bytes_view msg, int ttl) {
  const bool v4 = ctx.family == ip_family::v4;
  bool checksum_ok = true;
  pk::bytes_view options;
  if (v4) {
    auto ip = pk::ipv4_header::parse(msg);  // IPv4 raw sockets include the IP header
    if (!ip) return std::nullopt;
    ttl = ip->ttl;
    options = msg.subspan(pk::ipv4_header::min_size, ip->header_length - pk::ipv4_header::min_size);
    msg = msg.subspan(ip->header_length);
    checksum_ok = pk::internet_checksum(msg) == 0;
  }  // ICMPv6: the kernel verified the checksum (RFC 3542 3.1)
  auto h = pk::icmp_header::parse(msg);
  if (!h) return std::nullopt;
  reply r;
  r.reply_ttl = ttl;
  r.checksum_ok = checksum_ok;
  r.icmp_type = h->type;
  r.icmp_code = h->code;
  if (h->type == (v4 ? pk::icmp4::echo_reply : pk::icmp6::echo_reply)) {
    if (h->identifier != ctx.echo_id) return std::nullopt;  // another process's ping
    r.what = reply::kind::echo_reply;
    r.protocol = probe_protocol::icmp_echo;
    r.icmp_id = h->identifier;
    r.sequence = h->sequence;
    const auto payload = msg.subspan(pk::icmp_header::size);
    r.payload.assign(payload.begin(), payload.end());
    r.ip_options.assign(options.begin(), options.end());  // ping -R: the recorded route
    return r;
  }
  if (!checksum_ok) return std::nullopt;  // a corrupt error cannot be trusted to name a probe
  const auto quote = msg.subspan(pk::icmp_header::size);
  auto q = pk::parse_quoted(ctx.family, quote);
  if (!q || !q->has_transport) return std::nullopt;
  r.what = reply::kind::icmp_error;
  r.probe_destination = q->destination;
  r.quoted_ttl = q->ttl;
  // The next-hop MTU: IPv4 bytes 6-7 of the ICMP header (RFC 1191), ICMPv6 bytes 4-7
  // (RFC 4443 3.2), where echo messages keep identifier and sequence.
  if (is_too_big(ctx.family, h->type, h->code))
    r.mtu = v4 ? h->sequence : (std::uint32_t{h->identifier} << 16) | h->sequence;
  r.quoted_source = q->source;
  if (q->has_checksum) r.quoted_checksum = q->checksum;
  r.mpls = pk::parse_mpls_extensions(ctx.family, msg);
  if (q->protocol == (v4 ? pk::ip_proto_icmp : pk::ip_proto_icmpv6)) {
    if (q->icmp_type != (v4 ? pk::icmp4::echo_request : pk::icmp6::echo_request))
      return std::nullopt;
    r.protocol = probe_protocol::icmp_echo;
    r.icmp_id = q->icmp_id;
    r.sequence = q->icmp_seq;
    const auto data = pk::quoted_echo_data(ctx.family, msg);
    r.quoted_payload.assign(data.begin(), data.end());
    if (v4 && ctx.writes_ip_id) r.quoted_ip_id = pk::load_be16(quote, 4);  // IP_HDRINCL
    return r;
  }
  if (q->protocol == pk::ip_proto_tcp) {
    r.protocol = probe_protocol::tcp;
    // The SYN as quoted, when the quote holds all of it (its length from the quoted IP
    // header, no data): NAT detection checks its checksum against it.
    const std::size_t l4 = v4 ? std::size_t{pk::load_u8(quote, 0) & 0x0fU} * 4 : 40;
    const std::size_t total =
        v4 ? std::size_t{pk::load_be16(quote, 2)} : 40 + std::size_t{pk::load_be16(quote, 4)};
    if (quote.size() >= l4 + 20 && total > l4) {
      const std::size_t header = std::size_t{pk::load_u8(quote, l4 + 12)} / 16 * 4;
      if (header >= 20 && header == total - l4 && quote.size() >= l4 + header) {
        const auto seg = quote.subspan(l4, header);
        r.quoted_tcp_segment.assign(seg.begin(), seg.end());
      }
    }
    r.src_port = q->src_port;
    r.dst_port = q->dst_port;
    return r;
  }
  if (q->protocol == pk::ip_proto_udp && ctx.udp_via_raw && q->src_port == ctx.udp_port &&
      q->has_udp_data) {
    r.protocol = probe_protocol::udp;
    r.src_port = q->src_port;
    r.dst_port = q->dst_port;
    r.sequence = q->udp_data_prefix;
    return r;
  }
  // Without a raw socket, UDP probes are answered through the UDP error queue.
  return std::nullopt;
}

std::optional<reply> decode_dgram_icmp(ip_family family, std::uint16_t echo_id,
                                       pk::bytes_view message, int ttl) {
  auto h = pk::icmp_header::parse(message);
  if (!h) return std::nullopt;
  if (h->type != (family == ip_family::v4 ? pk::icmp4::echo_reply : pk::icmp6::echo_reply))
    return std::nullopt;
  reply r;
  r.what = reply::kind::echo_reply;
  r.reply_ttl = ttl;
  r.protocol = probe_protocol::icmp_echo;
  r.icmp_id = echo_id;  // the kernel delivered it to this socket by identifier
  r.sequence = h->sequence;
  const auto payload = message.subspan(pk::icmp_header::size);
  r.payload.assign(payload.begin(), payload.end());
  return r;
}

namespace {

// A sockaddr given as bytes: copied into aligned storage, accepted only when the bytes hold
// the whole sockaddr_in / sockaddr_in6 its family names.
std::optional<ip_address> address_of(pk::bytes_view sa, std::uint16_t* port = nullptr) {
  if (sa.size() < sizeof(sa_family_t)) return std::nullopt;
  sockaddr_storage ss{};
  std::memcpy(&ss, sa.data(), std::min(sa.size(), sizeof ss));
  const std::size_t need = ss.ss_family == AF_INET6 ? sizeof(sockaddr_in6) : sizeof(sockaddr_in);
  if (sa.size() < need) return std::nullopt;
  return detail::from_sockaddr(&ss, port);
}

}  // namespace

std::optional<reply> decode_errqueue(const errqueue_context& ctx, const queued_error& q) {
  if (q.recverr.size() < sizeof(sock_extended_err)) return std::nullopt;
  sock_extended_err ee{};
  std::memcpy(&ee, q.recverr.data(), sizeof ee);
  std::uint16_t dport = 0;
  const auto dst = address_of(q.name, &dport);
  const bool tcp = ctx.protocol == probe_protocol::tcp;
  if (!dst && !tcp) return std::nullopt;  // a TCP socket's probe is known without it
  reply r;
  if (dst) r.probe_destination = *dst;
  if (ee.ee_origin == SO_EE_ORIGIN_ICMP || ee.ee_origin == SO_EE_ORIGIN_ICMP6) {
    // The offender's sockaddr follows the sock_extended_err (SO_EE_OFFENDER).
    const auto offender = address_of(q.recverr.subspan(sizeof ee));
    if (!offender) return std::nullopt;
    r.what = reply::kind::icmp_error;
    r.from = *offender;
    r.icmp_type = ee.ee_type;
    r.icmp_code = ee.ee_code;
    // The kernel puts the next-hop MTU of "fragmentation needed" / "packet too big" in
    // ee_info (icmp_err, icmpv6_err).
    if (is_too_big(ctx.family, ee.ee_type, ee.ee_code)) r.mtu = ee.ee_info;
  } else if (ee.ee_origin == SO_EE_ORIGIN_LOCAL && !tcp) {
    r.what = reply::kind::local_error;
    r.from = *dst;
    // A probe larger than the local MTU with Don't Fragment (ip_local_error, EMSGSIZE):
    // ee_info is that MTU.
    if (ee.ee_errno == EMSGSIZE) r.mtu = ee.ee_info;
  } else {
    return std::nullopt;
  }
  switch (ctx.protocol) {
    case probe_protocol::udp: {
      if (ctx.udp_via_raw) return std::nullopt;  // the raw socket already saw this answer
      // The queued data is what the router quoted of our payload: the sequence is in it.
      if (q.data.size() < 2) return std::nullopt;  // only the 8-byte header (RFC 792 minimum)
      r.protocol = probe_protocol::udp;
      r.src_port = ctx.udp_port;
      r.dst_port = dport;
      r.sequence = pk::load_be16(q.data, 0);
      return r;
    }
    case probe_protocol::icmp_echo: {
      auto h = pk::icmp_header::parse(q.data);
      if (!h) return std::nullopt;
      r.protocol = probe_protocol::icmp_echo;
      r.icmp_id = ctx.echo_id;
      r.sequence = h->sequence;
      r.quoted_checksum = h->checksum;  // the error queue gives no quoted IP header
      // The quoted echo data, and whatever followed the quote in the error (RFC 4884
      // padding and extensions, which the error queue does not tell apart). A quote is
      // never padded or extended before its first 128 bytes, so up to there it is ours.
      const std::size_t headers = (ctx.family == ip_family::v4 ? 20 : 40) + pk::icmp_header::size;
      const auto data = q.data.subspan(pk::icmp_header::size);
      const auto trusted = data.first(std::min(data.size(), 128 - headers));
      r.quoted_payload.assign(trusted.begin(), trusted.end());
      return r;
    }
    case probe_protocol::tcp:
      r.protocol = probe_protocol::tcp;
      return r;
    case probe_protocol::raw:  // nothing in the quote names the probe: the one in flight
      r.protocol = probe_protocol::raw;
      return r;
  }
  return std::nullopt;
}

std::optional<raw_tcp_answer> decode_raw_tcp(ip_family family, pk::bytes_view seg) noexcept {
  if (family == ip_family::v4) {
    auto ip = pk::ipv4_header::parse(seg);  // IPv4 raw sockets include the IP header
    if (!ip || ip->protocol != pk::ip_proto_tcp) return std::nullopt;
    seg = seg.subspan(ip->header_length);
  }
  // The socket's filter reads the flags at byte 13 and drops what is shorter.
  if (seg.size() < 14) return std::nullopt;
  raw_tcp_answer a;
  a.src_port = pk::load_be16(seg, 0);
  a.dst_port = pk::load_be16(seg, 2);
  a.flags = pk::load_u8(seg, 13);
  constexpr std::uint8_t syn = 0x02, rst = 0x04, ack = 0x10;
  if ((a.flags & rst) == 0 && (a.flags & (syn | ack)) != (syn | ack)) return std::nullopt;
  return a;
}

bool answers_tcp_probe(const raw_tcp_answer& a, const ip_address& from,
                       const ip_address& destination, std::uint16_t src_port,
                       std::uint16_t dst_port) noexcept {
  return from == destination && a.src_port == dst_port && a.dst_port == src_port;
}

}  // namespace nettrio
