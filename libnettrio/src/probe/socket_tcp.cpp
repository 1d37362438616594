// TCP connect probes: one non-blocking connect per probe. The socket says what became of
// its SYN: connected, refused, or an ICMP error the kernel accepted for it (IP_RECVERR).
// Every answer is reported with the probe's token; the TCP method decides what it means.
#include <nettrio/probe/decode.hpp>
#include <nettrio/probe/privileges.hpp>

#include "../sockaddr.hpp"
#include "loop_impl.hpp"
#include "socket_kinds.hpp"

#include <linux/filter.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cerrno>

namespace nettrio::detail {

using boost::asio::posix::stream_descriptor;

struct tcp_sockets::probe_socket {
  std::uint64_t token = 0;
  ip_address destination;
  std::uint16_t src_port = 0;
  std::uint16_t dst_port = 0;
  std::unique_ptr<stream_descriptor> desc;  // owns the connect()ing socket
  std::optional<wall_time> answered_at;     // kernel receive time of the SYN-ACK/RST
};

namespace {

// A connect()ing socket learns of the SYN-ACK or RST without a timestamp. A raw TCP socket
// gets a copy of each segment, kernel-timestamped, before TCP processes it (raw sockets
// are served first in ip_local_deliver), so a TCP RTT does not grow by the replies the
// loop handles first or by the wait for a CPU. A filter keeps only SYN-ACK and RST
// headers. Privileged only; without it the handler's clock is used.
unique_fd open_tcp_raw(ip_family fam) {
  unique_fd owned(
      socket_with_net_raw(af_of(fam), SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_TCP));
  if (!owned.valid()) return {};
  const int fd = owned.get();
  set_int(fd, SOL_SOCKET, SO_TIMESTAMPNS, 1);
  // x = TCP header offset (IPv4 raw sockets see the IP header, IPv6 ones do not);
  // accept 128 bytes when tcp[13] has RST, or has both SYN and ACK.
  std::array<sock_filter, 7> code{{
      fam == ip_family::v4 ? sock_filter{BPF_LDX | BPF_B | BPF_MSH, 0, 0, 0}
                           : sock_filter{BPF_LDX | BPF_IMM, 0, 0, 0},
      {BPF_LD | BPF_B | BPF_IND, 0, 0, 13},
      {BPF_JMP | BPF_JSET | BPF_K, 3, 0, 0x04},
      {BPF_ALU | BPF_AND | BPF_K, 0, 0, 0x12},
      {BPF_JMP | BPF_JEQ | BPF_K, 1, 0, 0x12},
      {BPF_RET | BPF_K, 0, 0, 0},
      {BPF_RET | BPF_K, 0, 0, 128},
  }};
  sock_fprog prog{static_cast<unsigned short>(code.size()), code.data()};
  if (::setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof prog) != 0)
    return {};  // closed: unfiltered, it would copy every TCP segment of the host
  return owned;
}

}  // namespace

tcp_sockets::tcp_sockets(const socket_options& o, bool v4, bool v6) : opts_(o) {
  if (v4) raw_[0].adopt(open_tcp_raw(ip_family::v4));
  if (v6) raw_[1].adopt(open_tcp_raw(ip_family::v6));
}

tcp_sockets::~tcp_sockets() {
  stop();
}

void tcp_sockets::start(event_loop& loop, datagram& d, reply_sink sink, drain_hook drain_icmp) {
  loop_ = &loop;
  dgram_ = &d;
  sink_ = std::move(sink);
  drain_icmp_ = std::move(drain_icmp);
  for (auto fam : {ip_family::v4, ip_family::v6})
    if (raw_[index(fam)].valid()) raw_[index(fam)].watch(loop, [this, fam] { drain_raw(fam); });
}

void tcp_sockets::stop() noexcept {
  for (auto& r : raw_) r.unwatch();
  probes_.clear();
}

void tcp_sockets::cancel(std::uint64_t token) noexcept {
  probes_.erase(token);
}

std::optional<std::uint64_t> tcp_sockets::token_of(const ip_address& destination,
                                                   std::uint16_t src_port,
                                                   std::uint16_t dst_port) const {
  for (const auto& [token, ps] : probes_)
    if (ps->destination == destination && ps->src_port == src_port && ps->dst_port == dst_port)
      return token;
  return std::nullopt;
}

std::error_code tcp_sockets::send(const probe& p, wall_time& sent_at) {
  const auto fam = p.destination.family();
  unique_fd owned(::socket(af_of(fam), SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
  if (!owned.valid()) return {errno, std::generic_category()};
  const int fd = owned.get();
  int ttl = -1;
  set_ttl(fd, fam, ttl, p.ttl);
  // The ICMP errors the kernel accepts for this connect (it checks the quoted sequence
  // against our SYN) are queued here with their sender and kernel receive time.
  if (fam == ip_family::v4)
    set_int(fd, SOL_IP, IP_RECVERR, 1);
  else
    set_int(fd, SOL_IPV6, IPV6_RECVERR, 1);
  set_int(fd, SOL_SOCKET, SO_TIMESTAMPNS, 1);
  set_dont_fragment(fd, fam, opts_.dont_fragment, opts_.respect_path_mtu);
  if (p.src_port != 0) {
    // A source port of our choosing (trace --mda -T: the flow). Probes of one flow follow
    // each other, so the port is ours again once the last one's socket is closed: closed
    // with a reset (linger 0), which leaves no TIME_WAIT to refuse the next connect from it.
    set_int(fd, SOL_SOCKET, SO_REUSEADDR, 1);
    const linger abort{1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &abort, sizeof abort);
  }
  try {
    apply_egress(fd, fam, opts_.egress, /*tos_in_header=*/false);
    bind_source(fd, fam, opts_.egress, p.src_port, /*always=*/false);
  } catch (const std::system_error& e) {
    return e.code();
  }
  socklen_t len = 0;
  auto to = to_sockaddr(p.destination, p.dst_port, len);
  sent_at = wall_clock::now();
  if (::connect(fd, reinterpret_cast<sockaddr*>(&to), len) != 0 && errno != EINPROGRESS) {
    return {errno, std::generic_category()};  // owned closes it
  }
  auto ps = std::make_unique<probe_socket>();
  ps->token = p.token;
  ps->destination = p.destination;
  ps->src_port = local_port(fd);
  ps->dst_port = p.dst_port;
  ps->desc = std::make_unique<stream_descriptor>(loop_->impl().io, fd);
  (void)owned.release();  // the descriptor owns it now
  auto* raw = ps.get();
  probes_.emplace(p.token, std::move(ps));
  raw->desc->async_wait(stream_descriptor::wait_write,
                        [this, token = p.token](const boost::system::error_code& ec) {
                          if (!ec) on_writable(token);
                        });
  return {};
}

void tcp_sockets::on_writable(std::uint64_t token) {
  auto it = probes_.find(token);
  if (it == probes_.end()) return;
  int err = 0;
  socklen_t elen = sizeof err;
  ::getsockopt(it->second->desc->native_handle(), SOL_SOCKET, SO_ERROR, &err, &elen);
  const auto fam = it->second->destination.family();
  // The raw TCP socket got its copy of the answer before TCP did: read it now.
  if (raw_[index(fam)].valid()) drain_raw(fam);
  // So did the raw ICMP socket, when a router or the destination answered with ICMP
  // (unreachable, prohibited): read it before the socket goes, or its quote finds no
  // probe and the answer shows as a false timeout.
  if (drain_icmp_) {
    drain_icmp_(fam);
    it = probes_.find(token);  // what the engine did with those answers may have sent more
    if (it == probes_.end()) return;
  }
  reply r;
  // Without a raw socket's copy, the time this handler runs: later by whatever the
  // loop handled first and by the wait for a CPU.
  r.received = it->second->answered_at.value_or(wall_clock::now());
  r.token = token;
  r.protocol = probe_protocol::tcp;
  r.from = it->second->destination;
  r.probe_destination = it->second->destination;
  r.dst_port = it->second->dst_port;
  r.src_port = it->second->src_port;
  if (err == 0 || err == ECONNREFUSED) {
    r.what = err == 0 ? reply::kind::tcp_connected : reply::kind::tcp_refused;
    probes_.erase(it);  // closes the socket: an open port gets its RST/FIN right away
    sink_(std::move(r));
    return;
  }
  // Unreachable or time exceeded: the kernel took an ICMP error for this socket only if
  // its quoted sequence is our SYN's (tcp_v4_err/tcp_v6_err: between snd_una and
  // snd_nxt), and queued it (IP_RECVERR). The last one is what the socket says.
  auto ps = std::move(it->second);
  probes_.erase(it);
  const errqueue_context eq{fam, probe_protocol::tcp, 0, 0, false};
  std::optional<reply> accepted;
  auto& d = *dgram_;
  while (receive(ps->desc->native_handle(), d, MSG_ERRQUEUE)) {
    auto k = decode_errqueue(eq, d.as_queued_error());
    if (!k) continue;
    reply c = r;
    c.what = reply::kind::icmp_error;
    c.from = k->from;
    c.icmp_type = k->icmp_type;
    c.icmp_code = k->icmp_code;
    c.received = d.stamp;
    c.socket_confirmed = true;
    accepted = std::move(c);
  }
  // Closed before the answer is handed on: what the engine does with it may send the next
  // probe of a flow from the same port (trace --mda -T), which the open socket would refuse.
  ps.reset();
  if (accepted) sink_(std::move(*accepted));  // none: a timeout, as the engine will say
}

// Stamps the probes the queued SYN-ACK/RST copies answer (the latest copy wins: the one
// the kernel acted on came last before the handler ran).
void tcp_sockets::drain_raw(ip_family fam) {
  auto& d = *dgram_;
  for (int i = 0; i < 4096 && receive(raw_[index(fam)].get(), d, 0); ++i) {
    const auto from = from_sockaddr(&d.from);
    const auto a = decode_raw_tcp(fam, d.bytes());
    if (!from || !a) continue;
    for (auto& [token, ps] : probes_)
      if (answers_tcp_probe(*a, *from, ps->destination, ps->src_port, ps->dst_port))
        ps->answered_at = d.stamp;
  }
}

}  // namespace nettrio::detail
