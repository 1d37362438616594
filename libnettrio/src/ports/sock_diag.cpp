#include <nettrio/ports/sock_diag.hpp>

#include "../unique_fd.hpp"

#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <iterator>
#include <memory>
#include <string>
#include <system_error>

namespace nettrio {

namespace {

// include/net/tcp_states.h: request sockets (a SYN answered, the handshake not done) are
// kept as TCP_NEW_SYN_RECV and reported to users as SYN-RECV, as /proc/net/tcp does.
constexpr unsigned tcp_new_syn_recv = 12;

constexpr std::size_t align4(std::size_t n) noexcept {
  return (n + 3) & ~std::size_t{3};
}

std::string what_of(transport proto, ip_family family) {
  return std::string(to_string(proto)) + (family == ip_family::v6 ? "6" : "");
}

std::system_error dump_error(int err, transport proto, ip_family family) {
  return std::system_error(err, std::generic_category(),
                           "sock_diag cannot list " + what_of(proto, family) + " sockets" +
                               (err == ENOENT ? " (the kernel has no diag module for them)" : ""));
}

}  // namespace

namespace detail {

std::optional<socket_record> decode_inet_diag(std::span<const std::byte> payload, transport proto) {
  inet_diag_msg m{};
  if (payload.size() < sizeof m) return std::nullopt;
  std::memcpy(&m, payload.data(), sizeof m);
  socket_record r;
  r.proto = proto;
  const auto* src = reinterpret_cast<const std::uint8_t*>(m.id.idiag_src);
  const auto* dst = reinterpret_cast<const std::uint8_t*>(m.id.idiag_dst);
  if (m.idiag_family == AF_INET) {
    r.local_address = ip_address::v4_bytes(src);
    r.remote_address = ip_address::v4_bytes(dst);
  } else if (m.idiag_family == AF_INET6) {
    r.local_address = ip_address::v6_bytes(src);
    r.remote_address = ip_address::v6_bytes(dst);
  } else {
    return std::nullopt;
  }
  r.local_port = ntohs(m.id.idiag_sport);
  r.remote_port = ntohs(m.id.idiag_dport);
  unsigned st = m.idiag_state;
  if (st == tcp_new_syn_recv) st = static_cast<unsigned>(socket_state::syn_recv);
  if (st < 1 || st > 11) return std::nullopt;
  r.state = static_cast<socket_state>(st);
  r.recv_q = m.idiag_rqueue;
  r.send_q = m.idiag_wqueue;
  r.uid = m.idiag_uid;
  r.inode = m.idiag_inode;
  if (proto == transport::tcp && r.state == socket_state::listen) {
    // tcp_diag_get_info reports the backlog limit as the write queue of a listener;
    // /proc/net/tcp reports 0 there. Keep the records identical and the limit apart.
    r.backlog = r.send_q;
    r.send_q = 0;
  }
  if (proto == transport::raw) r.remote_port = 0;  // as /proc/net/raw prints it

  // Attributes (struct rtattr: u16 len, u16 type, payload), 4-byte aligned.
  std::size_t off = align4(sizeof m);
  while (off + 4 <= payload.size()) {
    std::uint16_t len = 0, type = 0;
    std::memcpy(&len, payload.data() + off, 2);
    std::memcpy(&type, payload.data() + off + 2, 2);
    if (len < 4 || off + len > payload.size()) break;
    if (type == INET_DIAG_SKV6ONLY && len >= 5 && m.idiag_family == AF_INET6)
      r.v6only = static_cast<std::uint8_t>(payload[off + 4]) != 0;
    off += align4(len);
  }
  return r;
}

dump_step parse_dump_datagram(std::span<const std::byte> data, std::uint32_t seq,
                              std::vector<std::span<const std::byte>>& payloads) {
  std::size_t off = 0;
  while (off < data.size()) {
    nlmsghdr h{};
    if (data.size() - off < sizeof h) return {dump_step::kind::malformed, 0};
    std::memcpy(&h, data.data() + off, sizeof h);
    if (h.nlmsg_len < sizeof h || h.nlmsg_len > data.size() - off)
      return {dump_step::kind::malformed, 0};
    const auto body = data.subspan(off + sizeof h, h.nlmsg_len - sizeof h);
    off += std::min(align4(h.nlmsg_len), data.size() - off);
    if (h.nlmsg_seq != seq) continue;  // a late answer to an earlier request
    // The kernel marks every message of a dump whose table changed under it.
    if (h.nlmsg_flags & NLM_F_DUMP_INTR) return {dump_step::kind::interrupted, 0};
    if (h.nlmsg_type == NLMSG_DONE) {
      // A dump that failed to start (e.g. no raw_diag module: ENOENT) still ends in
      // NLMSG_DONE, with the negative errno as its payload.
      int status = 0;
      if (body.size() >= sizeof status) std::memcpy(&status, body.data(), sizeof status);
      if (status < 0) return {dump_step::kind::error, status == INT_MIN ? EINVAL : -status};
      return {dump_step::kind::done, 0};
    }
    if (h.nlmsg_type == NLMSG_ERROR) {
      nlmsgerr e{};
      if (body.size() < sizeof e.error) return {dump_step::kind::malformed, 0};
      std::memcpy(&e.error, body.data(), sizeof e.error);
      if (e.error == 0) continue;  // an acknowledgement
      return {dump_step::kind::error,
              e.error == INT_MIN ? EINVAL : (e.error < 0 ? -e.error : e.error)};
    }
    if (h.nlmsg_type == SOCK_DIAG_BY_FAMILY) payloads.push_back(body);
  }
  return {dump_step::kind::more, 0};
}

}  // namespace detail

struct sock_diag_source::state {
  detail::unique_fd fd;
  std::uint32_t seq = 0;
  std::vector<std::byte> buf;
};

sock_diag_source::sock_diag_source() : state_(std::make_unique<state>()) {
  state_->fd.reset(::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG));
  if (!state_->fd.valid())
    throw std::system_error(errno, std::generic_category(), "cannot open sock_diag netlink socket");
  // The kernel sizes dump messages by the largest read seen, up to 32 KiB; more is slack.
  state_->buf.resize(64 * 1024);
}

sock_diag_source::~sock_diag_source() = default;

void sock_diag_source::collect(transport proto, ip_family family, const socket_query& q,
                               std::vector<socket_record>& out) {
  struct {
    nlmsghdr nlh;
    inet_diag_req_v2 req;
  } msg{};
  const std::uint32_t seq = ++state_->seq;
  msg.nlh.nlmsg_len = sizeof msg;
  msg.nlh.nlmsg_type = SOCK_DIAG_BY_FAMILY;
  msg.nlh.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
  msg.nlh.nlmsg_seq = seq;
  msg.req.sdiag_family = family == ip_family::v4 ? AF_INET : AF_INET6;
  switch (proto) {
    case transport::tcp:
      msg.req.sdiag_protocol = IPPROTO_TCP;
      break;
    case transport::udp:
      msg.req.sdiag_protocol = IPPROTO_UDP;
      break;
    case transport::raw:
      // raw_diag dumps every raw socket whatever its protocol (the pad byte, read as
      // sdiag_raw_protocol, only matters for single lookups) and ignores idiag_states.
      msg.req.sdiag_protocol = IPPROTO_RAW;
      break;
  }
  // The state filter runs in the kernel: only wanted sockets cross into user space.
  std::uint32_t states = q.states & all_states;
  if (proto == transport::tcp) {
    // A TCP socket in CLOSE is in no hash the dump walks (only bound: bhash), so asking for
    // it finds nothing, yet it makes the kernel walk the whole established hash after the
    // listeners. ss -l asks for it; skipping it is most of why -ltn beats ss.
    states &= ~state_bit(socket_state::close);
    if (states & state_bit(socket_state::syn_recv)) states |= 1u << tcp_new_syn_recv;
    if (states == 0) return;
  }
  msg.req.idiag_states = states;

  // A dump the kernel marks as interrupted (the table changed under it) is read again; a
  // table that keeps changing is reported, never silently taken as consistent.
  constexpr int attempts = 3;
  for (int attempt = 1;; ++attempt) {
    std::vector<socket_record> got;
    const auto step = dump_once(&msg, sizeof msg, state_->seq, proto, family, q, got);
    if (step == detail::dump_step::kind::done) {
      out.insert(out.end(), std::make_move_iterator(got.begin()),
                 std::make_move_iterator(got.end()));
      return;
    }
    if (attempt == attempts)
      throw std::system_error(EAGAIN, std::generic_category(),
                              "the " + what_of(proto, family) +
                                  " socket table kept changing while sock_diag read it; run "
                                  "again");
    msg.nlh.nlmsg_seq = ++state_->seq;
  }
}

detail::dump_step::kind sock_diag_source::dump_once(const void* request, std::size_t size,
                                                    std::uint32_t seq, transport proto,
                                                    ip_family family, const socket_query& q,
                                                    std::vector<socket_record>& out) {
  sockaddr_nl kernel{};
  kernel.nl_family = AF_NETLINK;
  for (;;) {
    if (::sendto(state_->fd.get(), request, size, 0, reinterpret_cast<const sockaddr*>(&kernel),
                 sizeof kernel) >= 0)
      break;
    if (errno != EINTR)
      throw std::system_error(errno, std::generic_category(),
                              "cannot send sock_diag request for " + what_of(proto, family));
  }
  std::vector<std::span<const std::byte>> payloads;
  for (;;) {
    sockaddr_nl from{};
    socklen_t from_len = sizeof from;
    const auto n = ::recvfrom(state_->fd.get(), state_->buf.data(), state_->buf.size(), MSG_TRUNC,
                              reinterpret_cast<sockaddr*>(&from), &from_len);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw std::system_error(errno, std::generic_category(),
                              "cannot read sock_diag reply for " + what_of(proto, family));
    }
    // Only the kernel (port id 0) answers a dump; any other sender is ignored.
    if (from_len < sizeof from || from.nl_family != AF_NETLINK || from.nl_pid != 0) continue;
    if (static_cast<std::size_t>(n) > state_->buf.size())
      throw std::system_error(EMSGSIZE, std::generic_category(),
                              "a sock_diag reply for " + what_of(proto, family) +
                                  " did not fit the buffer (truncated)");
    const std::span<const std::byte> data(state_->buf.data(), static_cast<std::size_t>(n));
    payloads.clear();
    const auto step = detail::parse_dump_datagram(data, seq, payloads);
    for (const auto& body : payloads) {
      auto r = detail::decode_inet_diag(body, proto);
      // UDP and TCP honour idiag_states already; raw does not, and the port is ours to test.
      if (r && matches(q, *r)) out.push_back(std::move(*r));
    }
    switch (step.what) {
      case detail::dump_step::kind::more:
        continue;
      case detail::dump_step::kind::done:
      case detail::dump_step::kind::interrupted:
        return step.what;
      case detail::dump_step::kind::error:
        throw dump_error(step.error, proto, family);
      case detail::dump_step::kind::malformed:
        throw std::system_error(EBADMSG, std::generic_category(),
                                "a malformed sock_diag reply for " + what_of(proto, family));
    }
  }
}

}  // namespace nettrio
