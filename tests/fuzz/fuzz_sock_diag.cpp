// libFuzzer target for the sock_diag decoders, the ones sock_diag_source::collect calls:
//  - detail::decode_inet_diag: one SOCK_DIAG_BY_FAMILY payload, struct inet_diag_msg plus
//    rtattr attributes;
//  - detail::parse_dump_datagram: the netlink framing of one datagram of a dump (headers,
//    NLMSG_DONE / NLMSG_ERROR, NLM_F_DUMP_INTR, stray sequences, truncation).
//
// Input: byte 0 picks the protocol (mod 3: tcp, udp, raw) and, with bit 7, the framing
// target; bytes 1-4 are then the dump's sequence; the rest is the payload or datagram.
// Invariants: a record has an inet family and a kernel state; raw sockets have no peer
// port; a record encoded back into an inet_diag_msg decodes to the same record; every
// payload the framing hands out lies inside the datagram, after a header of ours.

#include <nettrio/ports/sock_diag.hpp>

#include <linux/inet_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {

using namespace nettrio;

void require(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz_sock_diag: invariant violated: %s\n", what);
  std::abort();
}

std::vector<std::byte> encode(const socket_record& r) {
  inet_diag_msg m{};
  m.idiag_family = r.family() == ip_family::v4 ? AF_INET : AF_INET6;
  m.idiag_state = static_cast<std::uint8_t>(r.state);
  m.id.idiag_sport = htons(r.local_port);
  m.id.idiag_dport = htons(r.remote_port);
  const std::size_t n = r.family() == ip_family::v4 ? 4 : 16;
  std::memcpy(m.id.idiag_src, r.local_address.bytes().data(), n);
  std::memcpy(m.id.idiag_dst, r.remote_address.bytes().data(), n);
  m.idiag_rqueue = r.recv_q;
  m.idiag_wqueue = r.backlog ? *r.backlog : r.send_q;
  m.idiag_uid = r.uid;
  m.idiag_inode = static_cast<std::uint32_t>(r.inode);
  std::vector<std::byte> out(sizeof m);
  std::memcpy(out.data(), &m, sizeof m);
  if (r.v6only) {
    const std::uint16_t len = 5, type = INET_DIAG_SKV6ONLY;
    const std::size_t at = out.size();
    out.resize(at + 8);
    std::memcpy(out.data() + at, &len, 2);
    std::memcpy(out.data() + at + 2, &type, 2);
    out[at + 4] = static_cast<std::byte>(*r.v6only ? 1 : 0);
  }
  return out;
}

void fuzz_framing(transport proto, const std::uint8_t* data, std::size_t size) {
  if (size < 4) return;
  std::uint32_t seq = 0;
  std::memcpy(&seq, data, sizeof seq);
  const std::span<const std::byte> dgram(reinterpret_cast<const std::byte*>(data + 4), size - 4);
  std::vector<std::span<const std::byte>> payloads;
  const auto step = detail::parse_dump_datagram(dgram, seq, payloads);
  using kind = detail::dump_step::kind;
  require(step.what != kind::error || step.error > 0, "an error step without a positive errno");
  for (const auto& p : payloads) {
    require(p.data() >= dgram.data() + 16 && p.data() + p.size() <= dgram.data() + dgram.size(),
            "a payload outside the datagram");
    (void)detail::decode_inet_diag(p, proto);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const auto proto = static_cast<transport>((data[0] & 0x7f) % 3);
  if (data[0] & 0x80) {
    fuzz_framing(proto, data + 1, size - 1);
    return 0;
  }
  const std::span<const std::byte> payload(reinterpret_cast<const std::byte*>(data + 1), size - 1);
  const auto r = detail::decode_inet_diag(payload, proto);
  if (!r) return 0;
  require(payload.size() >= sizeof(inet_diag_msg), "decoded a short payload");
  require(r->proto == proto, "wrong protocol");
  require(r->local_address.family() == r->remote_address.family(), "mixed families");
  const auto st = static_cast<unsigned>(r->state);
  require(st >= 1 && st <= 11, "state outside the kernel's 1..11");
  require(proto != transport::raw || r->remote_port == 0, "raw socket with a peer port");
  require(!r->v6only || r->family() == ip_family::v6, "v6only on an IPv4 socket");
  require(r->backlog.has_value() == (proto == transport::tcp && r->state == socket_state::listen),
          "backlog on something other than a TCP listener");
  require(!r->backlog || r->send_q == 0, "listener with a send queue");
  require(r->inode <= 0xffffffffU, "inode wider than idiag_inode");

  const auto again = encode(*r);
  const auto back = detail::decode_inet_diag(again, proto);
  require(back.has_value() && *back == *r, "encode(decode(x)) decodes to something else");
  return 0;
}
