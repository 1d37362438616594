// What the socket kinds share: option setting, sending with retries, watching on the loop.
#include "loop_impl.hpp"
#include "socket_kinds.hpp"

#include "../sockaddr.hpp"

#include <netinet/in.h>
#include <sys/socket.h>

#include <fmt/format.h>

#include <linux/errqueue.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <vector>

namespace nettrio::detail {

std::system_error sys_error(int err, const std::string& what) {
  return std::system_error(err, std::generic_category(), what);
}

int af_of(ip_family f) noexcept {
  return f == ip_family::v4 ? AF_INET : AF_INET6;
}

void set_int(int fd, int level, int opt, int value) noexcept {
  ::setsockopt(fd, level, opt, &value, sizeof value);  // best effort: options are hints here
}

// PROBE sets DF but ignores the cached path MTU, so a probe is never refused locally for
// what an earlier one learnt.
// DO (ping -M do) keeps to the learnt path MTU: larger probes are refused locally.
void set_dont_fragment(int fd, ip_family fam, std::optional<bool> df,
                       bool respect_path_mtu) noexcept {
  if (!df) return;
  if (fam == ip_family::v4)
    set_int(fd, SOL_IP, IP_MTU_DISCOVER,
            !*df               ? IP_PMTUDISC_DONT
            : respect_path_mtu ? IP_PMTUDISC_DO
                               : IP_PMTUDISC_PROBE);
  else
    set_int(fd, SOL_IPV6, IPV6_MTU_DISCOVER,
            !*df               ? IPV6_PMTUDISC_DONT
            : respect_path_mtu ? IPV6_PMTUDISC_DO
                               : IPV6_PMTUDISC_PROBE);
}

void apply_egress(int fd, ip_family fam, const egress_options& e, bool tos_in_header,
                  std::vector<std::string>* warnings) {
  if (!e.device.empty() && ::setsockopt(fd, SOL_SOCKET, SO_BINDTODEVICE, e.device.c_str(),
                                        static_cast<socklen_t>(e.device.size() + 1)) != 0)
    throw sys_error(errno, fmt::format("SO_BINDTODEVICE {}", e.device));
  if (e.tos && !tos_in_header) {
    if (fam == ip_family::v4)
      set_int(fd, SOL_IP, IP_TOS, *e.tos);
    else
      set_int(fd, SOL_IPV6, IPV6_TCLASS, *e.tos);
  }
  if (e.dont_route) set_int(fd, SOL_SOCKET, SO_DONTROUTE, 1);
  if (e.send_buffer > 0) set_int(fd, SOL_SOCKET, SO_SNDBUF, e.send_buffer);
  if (e.broadcast) set_int(fd, SOL_SOCKET, SO_BROADCAST, 1);
  if (e.mark) {
    const std::uint32_t mark = *e.mark;
    if (::setsockopt(fd, SOL_SOCKET, SO_MARK, &mark, sizeof mark) != 0 && warnings)
      warnings->push_back(
          fmt::format("WARNING: failed to set mark: {}: {}", mark, std::strerror(errno)));
  }
}

void bind_source(int fd, ip_family fam, const egress_options& e, std::uint16_t port, bool always) {
  const bool ours = e.source && e.source->family() == fam;
  if (!always && !ours && port == 0) return;
  socklen_t len = 0;
  auto at = to_sockaddr(
      ours ? *e.source : (fam == ip_family::v4 ? ip_address::v4(0) : *ip_address::parse("::")),
      port, len);
  if (::bind(fd, reinterpret_cast<sockaddr*>(&at), len) != 0) throw sys_error(errno, "bind");
}

void set_ttl(int fd, ip_family fam, int& current, int ttl) noexcept {
  if (current == ttl) return;
  if (fam == ip_family::v4)
    set_int(fd, SOL_IP, IP_TTL, ttl);
  else
    set_int(fd, SOL_IPV6, IPV6_UNICAST_HOPS, ttl);
  current = ttl;
}

// A sendto that a pending socket error (sk_err, set by every ICMP error the socket gets
// with IP_RECVERR, and by hard errors on raw sockets) made fail is retried: that error
// was already queued and read, and the failed call cleared it. Several tries, because
// more ICMP errors can land in between (duplicates, a burst of forged or truncated ones:
// tests/sim showed a trace ending in a false !E); a local failure (no route) fails every
// time and is reported.
ssize_t send_once_more(int fd, const void* buf, std::size_t len, const sockaddr_storage& to,
                       socklen_t tolen) noexcept {
  ssize_t n = -1;
  for (int attempt = 0; attempt < 8; ++attempt) {
    n = ::sendto(fd, buf, len, 0, reinterpret_cast<const sockaddr*>(&to), tolen);
    if (n >= 0 || !(errno == EHOSTUNREACH || errno == ENETUNREACH || errno == ECONNREFUSED ||
                    errno == EPROTO || errno == EACCES || errno == EPERM))
      break;
  }
  return n;
}

std::optional<std::uint32_t> probe_local_mtu(const ip_address& to, const socket_options& o) {
  const ip_family fam = to.family();
  unique_fd fd(::socket(af_of(fam), SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
  if (!fd.valid()) return std::nullopt;
  const bool v4 = fam == ip_family::v4;
  set_dont_fragment(fd.get(), fam, true, o.respect_path_mtu);
  set_int(fd.get(), v4 ? SOL_IP : SOL_IPV6, v4 ? IP_RECVERR : IPV6_RECVERR, 1);
  socklen_t len = 0;
  auto sa = to_sockaddr(to, 9, len);  // discard; connect() sends nothing
  if (::connect(fd.get(), reinterpret_cast<sockaddr*>(&sa), len) != 0) return std::nullopt;
  int route_mtu = 0;
  socklen_t olen = sizeof route_mtu;
  if (::getsockopt(fd.get(), v4 ? SOL_IP : SOL_IPV6, v4 ? IP_MTU : IPV6_MTU, &route_mtu, &olen) ==
          0 &&
      route_mtu >= 65535)
    return static_cast<std::uint32_t>(route_mtu);  // loopback: nothing would refuse the datagram
  // The largest UDP datagram: refused locally with EMSGSIZE by any smaller link MTU.
  std::vector<std::byte> big(v4 ? 65507 : 65527);
  if (::send(fd.get(), big.data(), big.size(), 0) >= 0 || errno != EMSGSIZE) return std::nullopt;
  std::array<std::byte, 512> control{};
  msghdr m{};
  m.msg_control = control.data();
  m.msg_controllen = control.size();
  if (::recvmsg(fd.get(), &m, MSG_ERRQUEUE) < 0) return std::nullopt;
  for (auto* c = CMSG_FIRSTHDR(&m); c != nullptr; c = CMSG_NXTHDR(&m, c)) {
    if (c->cmsg_len < CMSG_LEN(sizeof(sock_extended_err))) continue;
    if ((c->cmsg_level == SOL_IP && c->cmsg_type == IP_RECVERR) ||
        (c->cmsg_level == SOL_IPV6 && c->cmsg_type == IPV6_RECVERR)) {
      sock_extended_err ee{};
      std::memcpy(&ee, CMSG_DATA(c), sizeof ee);
      if (ee.ee_errno == EMSGSIZE && ee.ee_info > 0) return ee.ee_info;
    }
  }
  return std::nullopt;
}

std::uint16_t local_port(int fd) noexcept {
  sockaddr_storage me{};
  socklen_t len = sizeof me;
  if (::getsockname(fd, reinterpret_cast<sockaddr*>(&me), &len) != 0) return 0;
  std::uint16_t port = 0;
  (void)from_sockaddr(&me, &port);
  return port;
}

void watched_fd::watch(event_loop& loop, std::function<void()> on_readable) {
  on_readable_ = std::move(on_readable);
  desc_ = std::make_unique<boost::asio::posix::stream_descriptor>(loop.impl().io, fd_.get());
  arm();
}

void watched_fd::arm() {
  desc_->async_wait(boost::asio::posix::stream_descriptor::wait_read,
                    [this](const boost::system::error_code& ec) {
                      if (ec) return;
                      on_readable_();
                      if (desc_) arm();
                    });
}

void watched_fd::unwatch() noexcept {
  if (!desc_) return;
  desc_->cancel();
  (void)desc_->release();  // the fd stays ours until fd_ goes
  desc_.reset();
}

}  // namespace nettrio::detail
