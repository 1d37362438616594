// UDP probes (trace's default): sent from the network's fixed source port; the sequence
// rides in the first two payload bytes, not in the port, so --paris can keep the 5-tuple
// constant. Routers answer time exceeded; the destination answers port unreachable.
#include "method.hpp"

#include <algorithm>

namespace nettrio::detail {

namespace {

class udp final : public probe_method {
 public:
  [[nodiscard]] probe_protocol protocol() const noexcept override { return probe_protocol::udp; }

  [[nodiscard]] std::size_t header_bytes() const noexcept override { return 8; }
  [[nodiscard]] std::uint16_t default_port() const noexcept override { return 33434; }

  // A flow is a destination port above the base; the sequence rides in the payload.
  [[nodiscard]] std::uint32_t flow_count(const flow_ports& ports) const noexcept override {
    return 65536u - ports.port;
  }
  void stamp_flow(probe& p, const flow_ports& ports, std::uint32_t flow) const override {
    p.dst_port = static_cast<std::uint16_t>(ports.port + flow);
  }
  // traceroute's: one destination port after the other, from the base up to 65535 and round.
  void stamp_unpinned(probe& p, const flow_ports& ports, std::uint64_t index) const override {
    stamp_flow(p, ports, static_cast<std::uint32_t>(index % flow_count(ports)));
  }

  void stamp(probe& p, std::size_t payload_size, const method_context& ctx) const override {
    p.payload = payload_of(p, ctx, std::max<std::size_t>(payload_size, 2));
    p.payload_size = p.payload.size();
  }

  [[nodiscard]] std::vector<std::byte> payload_of(const probe& p,
                                                  const method_context& ctx) const override {
    return payload_of(p, ctx, p.payload_size);
  }

  [[nodiscard]] std::uint16_t key_of(const probe& p) const noexcept override { return p.sequence; }

  [[nodiscard]] std::optional<std::uint16_t> key_of(
      const reply& r, const local_identity& me) const noexcept override {
    if (r.src_port != me.udp_source_port) return std::nullopt;
    return r.sequence;
  }

  [[nodiscard]] classification classify(const reply& r, const probe& sent,
                                        const method_context& /*ctx*/) const override {
    if (r.dst_port != sent.dst_port) return {};
    if (r.what != reply::kind::icmp_error && r.what != reply::kind::local_error) return {};
    auto c = classify_error(r, sent);
    // UDP probes "arrive" as port unreachable; a multihomed destination may send it from
    // another of its addresses (the quote still names ours), as traceroute reads it.
    if (c.what == classification::verdict::accept && r.what == reply::kind::icmp_error &&
        is_port_unreachable(sent.destination.family(), r.icmp_type, r.icmp_code))
      c.status = probe_status::reply;
    return c;
  }

  // The quoted UDP checksum against the one the probe left with (raw sockets only: the error
  // queue passes the quoted payload, not the header). The source port is ours already: the
  // decoder and key_of refuse a quote with another, since nothing else in a UDP quote tells
  // our probe from a forgery.
  [[nodiscard]] quote_changes inspect_quote(const reply& r, const probe& sent,
                                            const method_context& ctx) const override {
    quote_changes q;
    if (r.what != reply::kind::icmp_error || !r.quoted_checksum || !r.quoted_source) return q;
    q.checked = true;
    q.checksum = !udp_checksum_as_sent(*r.quoted_checksum, *r.quoted_source, sent,
                                       ctx.me.udp_source_port, payload_of(sent, ctx));
    return q;
  }

 private:
  static std::vector<std::byte> payload_of(const probe& p, const method_context& /*ctx*/,
                                           std::size_t size) {
    std::vector<std::byte> out(size, std::byte{0});
    if (out.size() >= 2) {  // the sequence rides in the payload
      out[0] = static_cast<std::byte>(p.sequence >> 8);
      out[1] = static_cast<std::byte>(p.sequence & 0xff);
    }
    return out;
  }
};

}  // namespace

const probe_method& udp_method() noexcept {
  static const udp m;
  return m;
}

}  // namespace nettrio::detail
