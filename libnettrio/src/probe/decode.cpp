#include <nettrio/probe/decode.hpp>

#include <nettrio/packet/checksum.hpp>
#include <nettrio/packet/icmp.hpp>
#include <nettrio/packet/ipv4.hpp>

namespace nettrio {

namespace pk = packet;

std::optional<reply> decode_raw_icmp(const raw_icmp_context& ctx, pk::bytes_view msg, int ttl) {
  const bool v4 = ctx.family == ip_family::v4;
  bool checksum_ok = true;
  if (v4) {
    auto ip = pk::ipv4_header::parse(msg);  // IPv4 raw sockets include the IP header
    if (!ip) return std::nullopt;
    ttl = ip->ttl;
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
    return r;
  }
  if (!checksum_ok) return std::nullopt;  // a corrupt error cannot be trusted to name a probe
  const auto quote = msg.subspan(pk::icmp_header::size);
  auto q = pk::parse_quoted(ctx.family, quote);
  if (!q || !q->has_transport) return std::nullopt;
  r.what = reply::kind::icmp_error;
  r.probe_destination = q->destination;
  r.quoted_ttl = q->ttl;
  r.mpls = pk::parse_mpls_extensions(ctx.family, msg);
  if (q->protocol == (v4 ? pk::ip_proto_icmp : pk::ip_proto_icmpv6)) {
    if (q->icmp_type != (v4 ? pk::icmp4::echo_request : pk::icmp6::echo_request))
      return std::nullopt;
    r.protocol = probe_protocol::icmp_echo;
    r.icmp_id = q->icmp_id;
    r.sequence = q->icmp_seq;
    const auto data = pk::quoted_echo_data(ctx.family, msg);
    r.quoted_payload.assign(data.begin(), data.end());
    if (v4) r.quoted_ip_id = pk::load_be16(quote, 4);  // we wrote it (IP_HDRINCL)
    return r;
  }
  if (q->protocol == pk::ip_proto_tcp) {
    r.protocol = probe_protocol::tcp;
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

}  // namespace nettrio
