// The UDP socket of one family, bound to a fixed source port so that answers can be told
// ours by it. Needs no privilege: without a raw ICMP socket, routers' answers come through
// the socket's error queue (IP_RECVERR).
#include <nettrio/probe/decode.hpp>

#include "../sockaddr.hpp"
#include "socket_kinds.hpp"

#include <fmt/format.h>

#include <netinet/in.h>
#include <sys/socket.h>

#include <cerrno>

// The UDP-Lite socket options (linux/udp.h, which glibc's headers do not include).
#ifndef UDPLITE_SEND_CSCOV
#define UDPLITE_SEND_CSCOV 10
#define UDPLITE_RECV_CSCOV 11
#endif

namespace nettrio::detail {

udp_socket::udp_socket(ip_family fam, const socket_options& o, bool errqueue)
    : family_(fam), errqueue_(errqueue) {
  unique_fd owned(::socket(af_of(fam), SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC,
                           o.udp_lite ? int{IPPROTO_UDPLITE} : 0));
  if (!owned.valid()) throw sys_error(errno, o.udp_lite ? "socket" : "cannot open UDP socket");
  const int fd = owned.get();
  if (o.udp_lite) {  // as traceroute's udplite module: the coverage it sends and asks for
    if (::setsockopt(fd, IPPROTO_UDPLITE, UDPLITE_SEND_CSCOV, &o.udp_lite_coverage,
                     sizeof o.udp_lite_coverage) != 0)
      throw sys_error(errno, "UDPLITE_SEND_CSCOV");
    set_int(fd, IPPROTO_UDPLITE, UDPLITE_RECV_CSCOV, 8);
  }
  set_dont_fragment(fd, fam, o.dont_fragment, o.respect_path_mtu);
  apply_egress(fd, fam, o.egress, /*tos_in_header=*/false);
  try {
    bind_source(fd, fam, o.egress, o.udp_source_port, /*always=*/true);
  } catch (const std::system_error& e) {
    if (o.egress.source) throw;  // "bind: Cannot assign requested address", as traceroute -s
    throw sys_error(e.code().value(),
                    fmt::format("cannot bind UDP source port {}", o.udp_source_port));
  }
  port_ = local_port(fd);
  set_int(fd, SOL_SOCKET, SO_TIMESTAMPNS, 1);
  // The error queue only when no raw ICMP socket reads the answers: with IP_RECVERR every
  // ICMP error also sets the socket's pending error, which fails the next sendto (a burst
  // of duplicate or forged errors then fails a probe: a false !E).
  if (fam == ip_family::v4) {
    if (errqueue) set_int(fd, SOL_IP, IP_RECVERR, 1);
    set_int(fd, SOL_IP, IP_RECVTTL, 1);
  } else {
    if (errqueue) set_int(fd, SOL_IPV6, IPV6_RECVERR, 1);
    set_int(fd, SOL_IPV6, IPV6_RECVHOPLIMIT, 1);
  }
  fd_.adopt(std::move(owned));
}

void udp_socket::start(event_loop& loop, datagram& d, reply_sink sink) {
  dgram_ = &d;
  sink_ = std::move(sink);
  fd_.watch(loop, [this] { drain(); });
}

void udp_socket::stop() noexcept {
  fd_.unwatch();
}

void udp_socket::drain() {
  auto& d = *dgram_;
  // IP_RECVERR: the kernel matched an ICMP error to our socket; the queued datagram is the
  // start of what we sent and msg_name its destination.
  const errqueue_context eq{family_, probe_protocol::udp, 0, port_, !errqueue_};
  for (int i = 0; i < 4096 && receive(fd_.get(), d, MSG_ERRQUEUE); ++i)
    if (auto r = decode_errqueue(eq, d.as_queued_error())) {
      r->received = d.stamp;
      sink_(std::move(*r));
    }
  // Data from the destination (something listens on the probed port): not an answer
  // we can attribute; discard.
  for (int i = 0; i < 4096 && receive(fd_.get(), d, 0); ++i) {
  }
}

std::error_code udp_socket::send(const probe& p, wall_time& sent_at) {
  set_ttl(fd_.get(), family_, ttl_, p.ttl);
  socklen_t len = 0;
  auto to = to_sockaddr(p.destination, p.dst_port, len);
  sent_at = wall_clock::now();
  if (send_once_more(fd_.get(), p.payload.data(), p.payload.size(), to, len) < 0)
    return {errno, std::generic_category()};
  return {};
}

}  // namespace nettrio::detail
