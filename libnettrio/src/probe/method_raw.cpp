// Raw probes (traceroute -P PROTO, -M raw): IP packets of one protocol number whose payload
// is traceroute's pattern (0x40 + i & 0x3f) and nothing else. Nothing in them names the
// probe, so every probe to a destination has the same key: a trace sends them one at a time
// (as traceroute's raw module does) and an answer is the one in flight's. Routers answer
// time exceeded; the destination answers "protocol unreachable" (IPv6: parameter problem,
// unrecognised next header), or with a packet of the protocol itself.
#include "method.hpp"

namespace nettrio::detail {

namespace {

class raw final : public probe_method {
 public:
  [[nodiscard]] probe_protocol protocol() const noexcept override { return probe_protocol::raw; }

  // No transport header, and nothing a flow could be made of (every probe is the same to a
  // load balancer: one flow, kept without trying).
  [[nodiscard]] std::size_t header_bytes() const noexcept override { return 0; }
  [[nodiscard]] bool tells_probes_apart() const noexcept override { return false; }

  void stamp(probe& p, std::size_t payload_size, const method_context& ctx) const override {
    p.payload_size = payload_size;
    p.payload = payload_of(p, ctx);
  }

  [[nodiscard]] std::vector<std::byte> payload_of(const probe& p,
                                                  const method_context& /*ctx*/) const override {
    std::vector<std::byte> out(p.payload_size);
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = static_cast<std::byte>(0x40 + (i & 0x3f));
    return out;
  }

  [[nodiscard]] std::uint16_t key_of(const probe& /*p*/) const noexcept override { return 0; }

  [[nodiscard]] std::optional<std::uint16_t> key_of(
      const reply& r, const local_identity& /*me*/) const noexcept override {
    if (r.protocol != probe_protocol::raw) return std::nullopt;
    return 0;
  }

  [[nodiscard]] classification classify(const reply& r, const probe& sent,
                                        const method_context& /*ctx*/) const override {
    if (r.what == reply::kind::echo_reply) {  // a packet of the protocol from the destination
      classification c;
      if (r.from != sent.destination) return c;
      c.what = classification::verdict::accept;
      c.status = probe_status::reply;
      return c;
    }
    auto c = classify_error(r, sent);
    // A port unreachable says the destination took the packet (traceroute: no flag).
    if (c.what == classification::verdict::accept && r.what == reply::kind::icmp_error &&
        is_port_unreachable(sent.destination.family(), r.icmp_type, r.icmp_code))
      c.status = probe_status::reply;
    return c;
  }
};

}  // namespace

const probe_method& raw_method() noexcept {
  static const raw m;
  return m;
}

}  // namespace nettrio::detail
