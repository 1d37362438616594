// The raw socket of raw probes (traceroute -P PROTO): IP packets of one protocol number,
// sent from a raw socket of that protocol (CAP_NET_RAW), which is connect()ed to the
// destination as traceroute's is, so only its packets and the errors about ours reach it.
// Routers' answers come from its error queue (IP_RECVERR, decode_errqueue); a packet of the
// protocol from the destination is an answer too.
#include <nettrio/probe/decode.hpp>
#include <nettrio/probe/privileges.hpp>

#include "../sockaddr.hpp"
#include "socket_kinds.hpp"

#include <netinet/in.h>
#include <sys/socket.h>

#include <cerrno>

namespace nettrio::detail {

raw_socket::raw_socket(ip_family fam, const socket_options& o, int protocol) : family_(fam) {
  unique_fd owned(
      socket_with_net_raw(af_of(fam), SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, protocol));
  if (!owned.valid()) throw sys_error(errno, "socket");
  const int fd = owned.get();
  apply_egress(fd, fam, o.egress, /*tos_in_header=*/false);
  bind_source(fd, fam, o.egress, 0, /*always=*/false);
  set_dont_fragment(fd, fam, o.dont_fragment, o.respect_path_mtu);
  set_int(fd, SOL_SOCKET, SO_TIMESTAMPNS, 1);
  if (fam == ip_family::v4) {
    set_int(fd, SOL_IP, IP_RECVERR, 1);
    set_int(fd, SOL_IP, IP_RECVTTL, 1);
  } else {
    set_int(fd, SOL_IPV6, IPV6_RECVERR, 1);
    set_int(fd, SOL_IPV6, IPV6_RECVHOPLIMIT, 1);
  }
  fd_.adopt(std::move(owned));
}

void raw_socket::start(event_loop& loop, datagram& d, reply_sink sink) {
  dgram_ = &d;
  sink_ = std::move(sink);
  fd_.watch(loop, [this] { drain(); });
}

void raw_socket::stop() noexcept {
  fd_.unwatch();
}

void raw_socket::drain() {
  auto& d = *dgram_;
  const errqueue_context eq{family_, probe_protocol::raw, 0, 0, false};
  for (int i = 0; i < 4096 && receive(fd_.get(), d, MSG_ERRQUEUE); ++i)
    if (auto r = decode_errqueue(eq, d.as_queued_error())) {
      r->received = d.stamp;
      r->reply_ttl = d.ttl;
      sink_(std::move(*r));
    }
  // The connected socket reads packets of its protocol from the destination only.
  for (int i = 0; i < 4096 && receive(fd_.get(), d, 0); ++i) {
    const auto from = from_sockaddr(&d.from);
    if (!from || !connected_ || *from != *connected_) continue;
    reply r;
    r.what = reply::kind::echo_reply;
    r.protocol = probe_protocol::raw;
    r.from = *from;
    r.probe_destination = *from;
    r.received = d.stamp;
    r.reply_ttl = d.ttl;
    sink_(std::move(r));
  }
}

std::error_code raw_socket::send(const probe& p, wall_time& sent_at) {
  if (connected_ != p.destination) {
    socklen_t len = 0;
    auto to = to_sockaddr(p.destination, 0, len);
    if (::connect(fd_.get(), reinterpret_cast<sockaddr*>(&to), len) != 0)
      return {errno, std::generic_category()};
    connected_ = p.destination;
  }
  set_ttl(fd_.get(), family_, ttl_, p.ttl);
  sent_at = wall_clock::now();
  if (::send(fd_.get(), p.payload.data(), p.payload.size(), 0) < 0)
    return {errno, std::generic_category()};
  return {};
}

}  // namespace nettrio::detail
