// ICMP echo probes (ping, trace -I): identified by the echo identifier (the network's) and
// the sequence; they carry a payload made from the run's cookie and the sequence, which
// echo replies and the quotes of ICMP errors must give back.
#include "method.hpp"

#include <nettrio/packet/icmp.hpp>

#include <algorithm>
#include <span>

namespace nettrio::detail {

namespace {

// The pattern of an echo payload: a per-run cookie and the sequence seed an xorshift, one
// byte per step. Another process's echo with a colliding identifier and sequence still
// fails to verify. Made as it goes, so checking an answer allocates nothing.
class pattern {
 public:
  pattern(std::uint64_t cookie, std::uint16_t seq) noexcept
      : x_(cookie ^ (std::uint64_t{seq} * 0x9E3779B97F4A7C15ULL)) {}
  std::byte next() noexcept {
    x_ ^= x_ << 13;
    x_ ^= x_ >> 7;
    x_ ^= x_ << 17;
    return static_cast<std::byte>(x_ & 0xff);
  }

 private:
  std::uint64_t x_;
};

// ping -p: iputils' pattern after its 16-byte timestamp, at the offsets iputils fills.
constexpr std::size_t stamp_bytes = 16;

std::vector<std::byte> make_payload(std::uint64_t cookie, std::uint16_t seq, std::size_t size,
                                    const std::vector<std::uint8_t>& fill = {}) {
  std::vector<std::byte> out(size);
  pattern x(cookie, seq);
  for (std::size_t i = 0; i < size; ++i) out[i] = x.next();
  for (std::size_t i = stamp_bytes; !fill.empty() && i < size; ++i)
    out[i] = static_cast<std::byte>(fill[i % fill.size()]);
  return out;
}

// How many leading bytes of `got` are the probe's payload (at most its size): make_payload
// compared as it is made.
std::size_t same_prefix(std::uint64_t cookie, std::uint16_t seq, std::size_t size,
                        const std::vector<std::uint8_t>& fill,
                        std::span<const std::byte> got) noexcept {
  const std::size_t n = std::min(size, got.size());
  pattern x(cookie, seq);
  for (std::size_t i = 0; i < n; ++i) {
    auto b = x.next();
    if (i >= stamp_bytes && !fill.empty()) b = static_cast<std::byte>(fill[i % fill.size()]);
    if (got[i] != b) return i;
  }
  return n;
}

// Paris traceroute's constant checksum: one pattern for every sequence, and its last
// 16-bit word (at an even offset, so it lines up with the checksum's words) set to
// (0xffff - seq) + flow in one's complement. The one's complement sum of sequence and that
// word is then the flow (0xffff for flow 0) for every sequence, so the ICMP checksum, which
// a per-flow load balancer may hash with the type and code, stays the flow's (RFC 1071 sums
// 16-bit words); flows below 0xffff differ in it.
std::vector<std::byte> make_constant_checksum_payload(std::uint64_t cookie, std::uint16_t seq,
                                                      std::size_t size, std::uint16_t flow) {
  auto out = make_payload(cookie, 0, size);
  if (size < 2) return out;
  const std::size_t at = (size - 2) & ~std::size_t{1};
  std::uint32_t sum = std::uint32_t{0xffff} - seq + flow;
  sum = (sum & 0xffff) + (sum >> 16);  // end-around carry
  const auto word = static_cast<std::uint16_t>(sum);
  out[at] = static_cast<std::byte>(word >> 8);
  out[at + 1] = static_cast<std::byte>(word & 0xff);
  return out;
}

// The per-probe IPv4 identification of echo probes: unpredictable without the cookie, never
// 0 (with IP_HDRINCL the kernel replaces a 0 with its own).
std::uint16_t ip_id_of(std::uint64_t cookie, std::uint64_t token) {
  std::uint64_t z = cookie + token * 0x9E3779B97F4A7C15ULL;  // splitmix64
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  z ^= z >> 31;
  const auto id = static_cast<std::uint16_t>(z & 0xffff);
  return id == 0 ? std::uint16_t{1} : id;
}

// The first payload bytes of an echo probe carry the cookie (make_payload). A reply whose
// data starts with them was an answer to us, damaged later; one that does not is someone
// else's.
constexpr std::size_t cookie_bytes = 8;

// How many leading bytes of `got` are the payload `sent` carried.
std::size_t prefix_of(const probe& sent, const method_context& ctx,
                      std::span<const std::byte> got) {
  if (sent.constant_checksum) {  // trace --paris: one probe at a time, made whole
    const auto ours = make_constant_checksum_payload(ctx.cookie, sent.sequence, sent.payload_size,
                                                     sent.checksum_flow);
    const auto n = std::min(ours.size(), got.size());
    return static_cast<std::size_t>(
        std::mismatch(ours.begin(), ours.begin() + static_cast<std::ptrdiff_t>(n), got.begin())
            .first -
        ours.begin());
  }
  return same_prefix(ctx.cookie, sent.sequence, sent.payload_size, ctx.fill, got);
}

class echo final : public probe_method {
 public:
  [[nodiscard]] probe_protocol protocol() const noexcept override {
    return probe_protocol::icmp_echo;
  }

  [[nodiscard]] std::size_t header_bytes() const noexcept override { return 8; }

  // A flow is the echo checksum (Paris traceroute): the payload's last word holds it at the
  // flow's whatever the sequence. Without a flow the sequence changes it probe by probe.
  [[nodiscard]] std::uint32_t flow_count(const flow_ports& /*ports*/) const noexcept override {
    return 65536;
  }
  void stamp_flow(probe& p, const flow_ports& /*ports*/, std::uint32_t flow) const override {
    p.constant_checksum = true;
    p.checksum_flow = static_cast<std::uint16_t>(flow);
  }

  void stamp(probe& p, std::size_t payload_size, const method_context& ctx) const override {
    // The compensating word needs two bytes of payload, however small the probe asked for.
    p.payload = p.constant_checksum ? make_constant_checksum_payload(
                                          ctx.cookie, p.sequence,
                                          std::max<std::size_t>(payload_size, 2), p.checksum_flow)
                                    : make_payload(ctx.cookie, p.sequence, payload_size, ctx.fill);
    p.payload_size = p.payload.size();
    p.ip_id = ip_id_of(ctx.cookie, p.token);
  }

  [[nodiscard]] std::vector<std::byte> payload_of(const probe& p,
                                                  const method_context& ctx) const override {
    return p.constant_checksum ? make_constant_checksum_payload(ctx.cookie, p.sequence,
                                                                p.payload_size, p.checksum_flow)
                               : make_payload(ctx.cookie, p.sequence, p.payload_size, ctx.fill);
  }

  [[nodiscard]] std::uint16_t key_of(const probe& p) const noexcept override { return p.sequence; }

  [[nodiscard]] std::optional<std::uint16_t> key_of(
      const reply& r, const local_identity& me) const noexcept override {
    // The identifier stays strict even in errors: a quote with another one (or another IPv4
    // identification) that carries our data is what a NAT that does not restore them would
    // pass back, and also what a forger who copied our probe would send. Linux NATs restore
    // the identifier and keep the identification, so nothing of theirs is lost here.
    if (r.icmp_id != me.echo_identifier) return std::nullopt;
    return r.sequence;
  }

  [[nodiscard]] classification classify(const reply& r, const probe& sent,
                                        const method_context& ctx) const override {
    classification c;
    switch (r.what) {
      case reply::kind::echo_reply: {
        // An echo reply must come from the address we pinged and carry our bytes back.
        if (r.from != sent.destination) return c;
        c.status = probe_status::reply;
        if (!r.checksum_ok) {
          c.what = classification::verdict::corrupt;
          return c;
        }
        if (const auto same = prefix_of(sent, ctx, r.payload);
            same != sent.payload_size || r.payload.size() != sent.payload_size) {
          // A good checksum over data that is not ours: another process's echo that shares
          // our identifier, or a forgery. Ours damaged after the cookie: corrupt.
          if (same < std::min(cookie_bytes, sent.payload_size)) return c;
          c.what = classification::verdict::corrupt;
          return c;
        }
        c.what = classification::verdict::accept;
        return c;
      }
      case reply::kind::icmp_error:
        // The quoted data and IPv4 identification must be ours too: otherwise a local
        // process that learnt our identifier (or sends echoes with it) could make its
        // errors look like our hops.
        // An error's quote must repeat our data as far as it goes. RFC 792 routers may quote
        // none of it; Linux quotes up to 576 bytes (ICMPv6: 1280), so a genuine answer
        // nearly always carries the cookie.
        if (prefix_of(sent, ctx, r.quoted_payload) !=
            std::min(r.quoted_payload.size(), sent.payload_size))
          return c;
        if (r.quoted_ip_id && *r.quoted_ip_id != sent.ip_id) return c;
        return classify_error(r, sent);
      case reply::kind::local_error:
        return classify_error(r, sent);
      case reply::kind::tcp_connected:
      case reply::kind::tcp_refused:
        break;
    }
    return c;
  }

  // The ICMP checksum of the quote against the probe's (identifier and identification are
  // ours already: classify() refuses others). It needs the quoted source for ICMPv6 (a
  // pseudo-header), which the datagram socket's error queue does not pass.
  [[nodiscard]] quote_changes inspect_quote(const reply& r, const probe& sent,
                                            const method_context& ctx) const override {
    quote_changes q;
    if (r.what != reply::kind::icmp_error) return q;
    if (r.quoted_checksum && (sent.destination.is_v4() || r.quoted_source)) {
      q.checked = true;
      q.checksum =
          *r.quoted_checksum != echo_checksum(r.quoted_source.value_or(ip_address{}), sent,
                                              ctx.me.echo_identifier, payload_of(sent, ctx));
    }
    return q;
  }
};

}  // namespace

const probe_method& echo_method() noexcept {
  static const echo m;
  return m;
}

}  // namespace nettrio::detail
