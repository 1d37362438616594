// TCP connect probes (ping --tcp, trace -T): each probe is its own socket, so the network
// names the probe of every answer by the socket's token. What the method decides: a
// completed handshake is an open port, a reset a closed one; an ICMP error read on a raw
// socket only counts once the kernel has accepted an error for the socket (it checks the
// quoted sequence against our SYN, which nobody else knows), and then it stands for that
// error with the quote the kernel does not pass on (TTL, MPLS).
#include "method.hpp"

#include <algorithm>

namespace nettrio::detail {

namespace {

class tcp final : public probe_method {
 public:
  [[nodiscard]] probe_protocol protocol() const noexcept override { return probe_protocol::tcp; }

  [[nodiscard]] std::size_t header_bytes() const noexcept override { return 20; }
  [[nodiscard]] std::optional<std::size_t> sent_size(ip_family family) const noexcept override {
    return family == ip_family::v4 ? 60 : 80;
  }
  [[nodiscard]] std::uint16_t default_port() const noexcept override { return 80; }

  // A flow is a source port above the base, to the one destination port.
  [[nodiscard]] std::uint32_t flow_count(const flow_ports& ports) const noexcept override {
    return 65536u - ports.source_base;
  }
  [[nodiscard]] bool shares_flow() const noexcept override { return false; }
  void stamp_flow(probe& p, const flow_ports& ports, std::uint32_t flow) const override {
    p.dst_port = ports.port;
    p.src_port = static_cast<std::uint16_t>(ports.source_base + flow);
  }
  // The source port is the kernel's.
  void stamp_unpinned(probe& p, const flow_ports& ports, std::uint64_t /*index*/) const override {
    p.dst_port = ports.port;
  }

  void stamp(probe& p, std::size_t payload_size, const method_context& /*ctx*/) const override {
    p.payload.assign(std::max<std::size_t>(payload_size, 2), std::byte{0});  // not sent
    p.payload_size = p.payload.size();
  }

  [[nodiscard]] std::vector<std::byte> payload_of(const probe& p,
                                                  const method_context& /*ctx*/) const override {
    return std::vector<std::byte>(p.payload_size, std::byte{0});
  }

  // Only the token finds a TCP probe; the key just keeps the in-flight table unique.
  [[nodiscard]] std::uint16_t key_of(const probe& p) const noexcept override {
    return static_cast<std::uint16_t>(p.token);
  }

  [[nodiscard]] std::optional<std::uint16_t> key_of(
      const reply& /*r*/, const local_identity& /*me*/) const noexcept override {
    return std::nullopt;  // TCP answers are tied to their socket (token)
  }

  [[nodiscard]] classification classify(const reply& r, const probe& sent,
                                        const method_context& /*ctx*/) const override {
    classification c;
    switch (r.what) {
      case reply::kind::tcp_connected:
      case reply::kind::tcp_refused:
        c.what = classification::verdict::accept;
        c.status = probe_status::reply;
        c.tcp_open = r.what == reply::kind::tcp_connected;
        return c;
      case reply::kind::icmp_error:
        // Anyone can quote our ports; only the kernel knows the SYN's sequence.
        if (!r.socket_confirmed) {
          c.what = classification::verdict::hold;
          return c;
        }
        return classify_error(r, sent);
      case reply::kind::local_error:
        return classify_error(r, sent);
      case reply::kind::echo_reply:
        break;
    }
    return c;
  }

  // The quoted SYN's checksum against the segment as quoted (the kernel chose its sequence
  // and options; the quote holds them). Only the raw socket's copy carries the quote: the
  // error queue's own entry does not.
  [[nodiscard]] quote_changes inspect_quote(const reply& r, const probe& sent,
                                            const method_context& /*ctx*/) const override {
    quote_changes q;
    if (r.what != reply::kind::icmp_error || !r.quoted_checksum || !r.quoted_source ||
        r.quoted_tcp_segment.empty())
      return q;
    q.checked = true;
    q.checksum = !tcp_checksum_as_sent(*r.quoted_checksum, *r.quoted_source, sent.destination,
                                       r.quoted_tcp_segment);
    return q;
  }

  // The raw socket's copy of the error the kernel accepted: same sender, type and code.
  void confirm(reply& confirmed, std::vector<reply>& held) const override {
    auto it = std::find_if(held.begin(), held.end(), [&](const reply& seen) {
      return seen.from == confirmed.from && seen.icmp_type == confirmed.icmp_type &&
             seen.icmp_code == confirmed.icmp_code;
    });
    if (it == held.end()) return;
    confirmed = std::move(*it);
    held.erase(it);
  }
};

}  // namespace

const probe_method& tcp_method() noexcept {
  static const tcp m;
  return m;
}

}  // namespace nettrio::detail
