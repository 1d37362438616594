#include <nettrio/probe/socket_network.hpp>

#include <nettrio/probe/decode.hpp>

#include <nettrio/packet/checksum.hpp>
#include <nettrio/packet/icmp.hpp>
#include <nettrio/packet/ipv4.hpp>
#include <nettrio/probe/event_loop.hpp>
#include <nettrio/probe/privileges.hpp>

#include "../sockaddr.hpp"
#include "../unique_fd.hpp"
#include "loop_impl.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <boost/asio/posix/stream_descriptor.hpp>

#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/errqueue.h>
#include <linux/filter.h>
#include <linux/icmp.h>
#include <netinet/icmp6.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <random>
#include <thread>
#include <unordered_map>

namespace nettrio {

namespace {

using boost::asio::posix::stream_descriptor;
using detail::from_sockaddr;
using detail::to_sockaddr;
namespace pk = packet;

std::system_error sys_error(int err, const std::string& what) {
  return std::system_error(err, std::generic_category(), what);
}

int af_of(ip_family f) {
  return f == ip_family::v4 ? AF_INET : AF_INET6;
}

using detail::unique_fd;

void set_int(int fd, int level, int opt, int value) {
  ::setsockopt(fd, level, opt, &value, sizeof value);  // best effort: options are hints here
}

// Don't Fragment per socket_options::dont_fragment. PROBE sets DF but ignores the cached
// path MTU, so a probe is never refused locally for what an earlier one learnt.
void set_dont_fragment(int fd, ip_family fam, std::optional<bool> df) {
  if (!df) return;
  if (fam == ip_family::v4)
    set_int(fd, SOL_IP, IP_MTU_DISCOVER, *df ? IP_PMTUDISC_PROBE : IP_PMTUDISC_DONT);
  else
    set_int(fd, SOL_IPV6, IPV6_MTU_DISCOVER, *df ? IPV6_PMTUDISC_PROBE : IPV6_PMTUDISC_DONT);
}

// Everything one recvmsg gives us.
struct datagram {
  std::array<std::byte, 65536> buf;  // the largest IP datagram: -s goes up to 65507
  std::size_t len = 0;
  sockaddr_storage from{};
  wall_time stamp{};
  int ttl = -1;
  const sock_extended_err* ee = nullptr;
  std::optional<ip_address> offender;
  alignas(cmsghdr) std::array<char, 512> control;
};

// recvmsg with the ancillary data we ask for: kernel receive time, reply TTL, and queued
// errors (IP_RECVERR). Returns false on EAGAIN or error.
bool receive(int fd, datagram& d, int flags) {
  iovec iov{d.buf.data(), d.buf.size()};
  msghdr msg{};
  msg.msg_name = &d.from;
  msg.msg_namelen = sizeof d.from;
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  msg.msg_control = d.control.data();
  msg.msg_controllen = d.control.size();
  const ssize_t n = ::recvmsg(fd, &msg, flags | MSG_DONTWAIT);
  if (n < 0) return false;
  d.len = static_cast<std::size_t>(n);
  d.stamp = {};
  d.ttl = -1;
  d.ee = nullptr;
  d.offender.reset();
  // MSG_CTRUNC: the kernel had more ancillary data than fits. What did fit is whole (a
  // cmsg is never cut), but each one is still read only as far as its cmsg_len says.
  if (msg.msg_flags & MSG_CTRUNC) spdlog::debug("recvmsg: ancillary data truncated");
  for (cmsghdr* c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
    const std::size_t data_len = c->cmsg_len >= CMSG_LEN(0) ? c->cmsg_len - CMSG_LEN(0) : 0;
    if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_TIMESTAMPNS) {
      if (data_len < sizeof(timespec)) continue;
      timespec ts;
      std::memcpy(&ts, CMSG_DATA(c), sizeof ts);
      d.stamp = wall_time(std::chrono::duration_cast<wall_clock::duration>(
          std::chrono::seconds(ts.tv_sec) + std::chrono::nanoseconds(ts.tv_nsec)));
    } else if ((c->cmsg_level == SOL_IP && c->cmsg_type == IP_TTL) ||
               (c->cmsg_level == SOL_IPV6 && c->cmsg_type == IPV6_HOPLIMIT)) {
      if (data_len < sizeof(int)) continue;
      int v = 0;
      std::memcpy(&v, CMSG_DATA(c), sizeof v);
      d.ttl = v;
    } else if ((c->cmsg_level == SOL_IP && c->cmsg_type == IP_RECVERR) ||
               (c->cmsg_level == SOL_IPV6 && c->cmsg_type == IPV6_RECVERR)) {
      if (data_len < sizeof(sock_extended_err)) continue;
      d.ee = reinterpret_cast<const sock_extended_err*>(CMSG_DATA(c));
      // The offender's sockaddr follows; from_sockaddr reads as much as its family says.
      const std::size_t addr_len = data_len - sizeof(sock_extended_err);
      const auto* off = SO_EE_OFFENDER(d.ee);
      if (addr_len >= sizeof(sa_family_t) &&
          addr_len >= (off->sa_family == AF_INET6 ? sizeof(sockaddr_in6) : sizeof(sockaddr_in)))
        d.offender = from_sockaddr(off);
    }
  }
  if (d.stamp == wall_time{}) d.stamp = wall_clock::now();
  return true;
}

pk::bytes_view view(const datagram& d, std::size_t from = 0) {
  return pk::bytes_view(d.buf.data(), d.len).subspan(std::min(from, d.len));
}

class socket_network final : public network {
 public:
  explicit socket_network(const socket_options& o, socket_report* report) : opts_(o) {
    // Random, not the pid as iputils has it: any local user can read our pid in /proc and
    // send echoes (or bind a ping socket) with it, and the errors quoting those would then
    // name our probes. Two processes collide now and then; the payload cookie and the IPv4
    // identification reject each other's echoes and the errors quoting them.
    raw_identifier_ = detail::random_echo_identifier();
    for (auto fam : {ip_family::v4, ip_family::v6}) {
      if ((fam == ip_family::v4 && !o.ipv4) || (fam == ip_family::v6 && !o.ipv6)) continue;
      auto& fs = fam_[index(fam)];
      // A raw ICMP socket, where one can be had, also reads routers' answers to UDP and
      // TCP probes in full (RFC 4950 MPLS extensions included); without privilege UDP
      // falls back to the socket's error queue (IP_RECVERR), which needs none.
      if (o.icmp || o.tcp || o.udp) open_icmp(fam, fs, /*required=*/o.icmp);
      if (o.udp) open_udp(fam, fs);
      if (o.tcp) open_tcp_raw(fam, fs);
      fs.udp_via_raw = o.udp && fs.icmp_raw;
      if (report)
        (fam == ip_family::v4 ? report->icmp4 : report->icmp6) =
            !fs.icmp_fd.valid() ? "" : (fs.icmp_raw ? "raw" : "datagram");
    }
  }

  ~socket_network() override { stop(); }  // then the unique_fds close

  void start(event_loop& loop, reply_handler on_reply) override {
    loop_ = &loop;
    on_reply_ = std::move(on_reply);
    for (auto& fs : fam_) {
      if (fs.icmp_fd.valid()) watch(fs, fs.icmp_fd.get(), fs.icmp_desc, false);
      if (fs.udp_fd.valid()) watch(fs, fs.udp_fd.get(), fs.udp_desc, true);
      if (fs.tcp_raw_fd.valid()) {
        fs.tcp_raw_desc =
            std::make_unique<stream_descriptor>(loop_->impl().io, fs.tcp_raw_fd.get());
        arm_tcp_raw(fs);
      }
    }
  }

  void stop() noexcept override {
    for (auto& fs : fam_) {
      // release(), not close(): the fds stay ours until the destructor.
      if (fs.icmp_desc) {
        fs.icmp_desc->cancel();
        (void)fs.icmp_desc->release();
        fs.icmp_desc.reset();
      }
      if (fs.udp_desc) {
        fs.udp_desc->cancel();
        (void)fs.udp_desc->release();
        fs.udp_desc.reset();
      }
      if (fs.tcp_raw_desc) {
        fs.tcp_raw_desc->cancel();
        (void)fs.tcp_raw_desc->release();
        fs.tcp_raw_desc.reset();
      }
    }
    tcp_.clear();
  }

  void cancel(std::uint64_t token) noexcept override { tcp_.erase(token); }

  void send_batch(std::span<const probe> probes, std::span<wall_time> sent_at,
                  std::span<std::error_code> errors) override {
    // Fast path for sweeps: IPv4 echo on a raw socket (IP_HDRINCL). Most of a probe's cost
    // is the kernel carrying it (and, on a local path, its reply); sendmmsg trims syscall
    // overhead and a second thread puts the other core to work.
    const bool fast =
        !probes.empty() &&
        std::all_of(probes.begin(), probes.end(),
                    [&](const probe& p) {
                      return p.protocol == probe_protocol::icmp_echo && p.destination.is_v4();
                    }) &&
        fam_[0].icmp_raw && fam_[0].icmp_fd.valid();
    if (!fast) {
      network::send_batch(probes, sent_at, errors);
      return;
    }
    std::vector<std::vector<std::byte>> packets;
    std::vector<sockaddr_storage> to(probes.size());
    std::vector<socklen_t> to_len(probes.size());
    packets.reserve(probes.size());
    for (std::size_t i = 0; i < probes.size(); ++i) {
      packets.push_back(echo_bytes(fam_[0], probes[i]));
      to[i] = to_sockaddr(probes[i].destination, 0, to_len[i]);
    }
    const int fd = fam_[0].icmp_fd.get();
    auto send_range = [&](std::size_t begin, std::size_t end) {
      constexpr std::size_t chunk = 32;
      std::array<mmsghdr, chunk> msgs{};
      std::array<iovec, chunk> iov{};
      for (std::size_t at = begin; at < end;) {
        const std::size_t n = std::min(chunk, end - at);
        for (std::size_t k = 0; k < n; ++k) {
          iov[k] = {packets[at + k].data(), packets[at + k].size()};
          msgs[k] = {};
          msgs[k].msg_hdr.msg_name = &to[at + k];
          msgs[k].msg_hdr.msg_namelen = to_len[at + k];
          msgs[k].msg_hdr.msg_iov = &iov[k];
          msgs[k].msg_hdr.msg_iovlen = 1;
        }
        const auto now = wall_clock::now();
        for (std::size_t k = 0; k < n; ++k) sent_at[at + k] = now;
        const int sent = ::sendmmsg(fd, msgs.data(), static_cast<unsigned>(n), 0);
        if (sent < 0) {
          errors[at] = {errno, std::generic_category()};  // the first one failed; go on after it
          at += 1;
        } else {
          at += static_cast<std::size_t>(sent);
        }
      }
    };
    if (probes.size() < 64) {
      send_range(0, probes.size());
      return;
    }
    const std::size_t half = probes.size() / 2;
    std::thread helper([&] { send_range(half, probes.size()); });
    send_range(0, half);
    helper.join();
  }

  std::uint16_t echo_identifier(ip_family f) const noexcept override {
    return fam_[index(f)].echo_id;
  }
  std::uint16_t udp_source_port(ip_family f) const noexcept override {
    return fam_[index(f)].udp_port;
  }

  std::error_code send(const probe& p, wall_time& sent_at) override {
    auto& fs = fam_[index(p.destination.family())];
    switch (p.protocol) {
      case probe_protocol::icmp_echo:
        return send_echo(fs, p, sent_at);
      case probe_protocol::udp:
        return send_udp(fs, p, sent_at);
      case probe_protocol::tcp:
        return send_tcp(p, sent_at);
    }
    return std::make_error_code(std::errc::invalid_argument);
  }

 private:
  struct family_sockets {
    ip_family family = ip_family::v4;
    unique_fd icmp_fd;
    bool icmp_raw = false;
    std::uint16_t echo_id = 0;
    int icmp_ttl = -1;  // last TTL set with setsockopt
    std::unique_ptr<stream_descriptor> icmp_desc;
    unique_fd udp_fd;
    std::uint16_t udp_port = 0;
    int udp_ttl = -1;
    std::unique_ptr<stream_descriptor> udp_desc;
    bool udp_via_raw = false;  // UDP answers come through the raw ICMP socket
    unique_fd tcp_raw_fd;      // copies of SYN-ACK/RST segments, for their kernel timestamps
    std::unique_ptr<stream_descriptor> tcp_raw_desc;
  };

  struct tcp_probe {
    std::uint64_t token;
    ip_address destination;
    std::uint16_t src_port;
    std::uint16_t dst_port;
    std::unique_ptr<stream_descriptor> desc;
    std::optional<wall_time> answered_at;  // kernel receive time of the SYN-ACK/RST
    // ICMP errors the raw socket saw quoting this probe's addresses and ports. They count
    // only once the kernel has accepted one for the socket (see the wait_write handler).
    std::vector<reply> icmp_seen;
  };

  static std::size_t index(ip_family f) { return f == ip_family::v4 ? 0 : 1; }

  void open_icmp(ip_family fam, family_sockets& fs, bool required) {
    fs.family = fam;
    const int af = af_of(fam);
    const int proto = fam == ip_family::v4 ? int{IPPROTO_ICMP} : int{IPPROTO_ICMPV6};
    unique_fd owned;
    int dgram_err = 0;
    if (opts_.icmp_kind != icmp_socket_kind::raw && opts_.icmp) {
      owned.reset(::socket(af, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, proto));
      if (!owned.valid()) dgram_err = errno;
    }
    if (!owned.valid() && opts_.icmp_kind != icmp_socket_kind::datagram) {
      owned.reset(socket_with_net_raw(af, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, proto));
      if (owned.valid()) fs.icmp_raw = true;
    }
    if (!owned.valid()) {
      const int err = errno ? errno : dgram_err;
      if (!required) return;  // TCP works without it; routers' answers just go unseen
      throw sys_error(err,
                      fmt::format("cannot open an ICMP{} socket (needs CAP_NET_RAW, or add your "
                                  "group to net.ipv{}.ping_group_range)",
                                  fam == ip_family::v4 ? "" : "v6", 4));
    }
    fs.icmp_fd = std::move(owned);
    const int fd = fs.icmp_fd.get();
    set_int(fd, SOL_SOCKET, SO_TIMESTAMPNS, 1);
    set_dont_fragment(fd, fam, opts_.dont_fragment);  // raw IPv4 writes DF in its header
    // SO_RCVBUF, not SO_RCVBUFFORCE: that one uses CAP_NET_ADMIN, which nettrio never holds.
    // The kernel caps the size at net.core.rmem_max.
    set_int(fd, SOL_SOCKET, SO_RCVBUF, opts_.receive_buffer);
    if (fam == ip_family::v4) {
      set_int(fd, SOL_IP, IP_RECVTTL, 1);
      if (fs.icmp_raw) {
        // We write the IPv4 header ourselves (TTL per packet, no setsockopt per probe), and
        // the kernel then sends without taking the socket lock: two threads can send at
        // once (send_batch). It fills in source address, id, length and checksum.
        set_int(fd, SOL_IP, IP_HDRINCL, 1);
        // Only what can answer a probe: echo reply, unreachable, time exceeded.
        icmp_filter filt{};
        filt.data =
            ~((1U << ICMP_ECHOREPLY) | (1U << ICMP_DEST_UNREACH) | (1U << ICMP_TIME_EXCEEDED));
        ::setsockopt(fd, SOL_RAW, ICMP_FILTER, &filt, sizeof filt);
      } else {
        set_int(fd, SOL_IP, IP_RECVERR, 1);
      }
    } else {
      set_int(fd, SOL_IPV6, IPV6_RECVHOPLIMIT, 1);
      if (fs.icmp_raw) {
        icmp6_filter filt;
        ICMP6_FILTER_SETBLOCKALL(&filt);
        ICMP6_FILTER_SETPASS(ICMP6_ECHO_REPLY, &filt);
        ICMP6_FILTER_SETPASS(ICMP6_DST_UNREACH, &filt);
        ICMP6_FILTER_SETPASS(ICMP6_TIME_EXCEEDED, &filt);
        ICMP6_FILTER_SETPASS(ICMP6_PACKET_TOO_BIG, &filt);
        ::setsockopt(fd, IPPROTO_ICMPV6, ICMP6_FILTER, &filt, sizeof filt);
      } else {
        set_int(fd, SOL_IPV6, IPV6_RECVERR, 1);
      }
    }
    if (fs.icmp_raw) {
      fs.echo_id = raw_identifier_;
      // Best effort: without it the decoder drops those replies itself.
      if (!detail::attach_echo_filter(fd, fam, fs.echo_id))
        spdlog::debug("cannot attach the echo identifier filter: {}", std::strerror(errno));
    } else {
      // The kernel names a ping socket by a local "port" and puts it in the identifier.
      socklen_t len = 0;
      auto any =
          to_sockaddr(fam == ip_family::v4 ? ip_address::v4(0) : *ip_address::parse("::"), 0, len);
      if (::bind(fd, reinterpret_cast<sockaddr*>(&any), len) != 0)
        throw sys_error(errno, "cannot bind ICMP datagram socket");
      sockaddr_storage me{};
      len = sizeof me;
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&me), &len);
      std::uint16_t port = 0;
      from_sockaddr(&me, &port);
      fs.echo_id = port;
    }
    spdlog::debug("ICMPv{} {} socket open, identifier {}", fam == ip_family::v4 ? 4 : 6,
                  fs.icmp_raw ? "raw" : "datagram", fs.echo_id);
  }

  void open_udp(ip_family fam, family_sockets& fs) {
    fs.family = fam;
    fs.udp_fd.reset(::socket(af_of(fam), SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
    if (!fs.udp_fd.valid()) throw sys_error(errno, "cannot open UDP socket");
    const int fd = fs.udp_fd.get();
    set_dont_fragment(fd, fam, opts_.dont_fragment);
    socklen_t len = 0;
    auto any = to_sockaddr(fam == ip_family::v4 ? ip_address::v4(0) : *ip_address::parse("::"),
                           opts_.udp_source_port, len);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&any), len) != 0)
      throw sys_error(errno, fmt::format("cannot bind UDP source port {}", opts_.udp_source_port));
    sockaddr_storage me{};
    len = sizeof me;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&me), &len);
    from_sockaddr(&me, &fs.udp_port);
    set_int(fd, SOL_SOCKET, SO_TIMESTAMPNS, 1);
    // The error queue only when no raw ICMP socket reads the answers: with IP_RECVERR every
    // ICMP error also sets the socket's pending error, which fails the next sendto (a burst
    // of duplicate or forged errors then fails a probe: a false !E).
    const bool recverr = !fs.icmp_raw;
    if (fam == ip_family::v4) {
      if (recverr) set_int(fd, SOL_IP, IP_RECVERR, 1);
      set_int(fd, SOL_IP, IP_RECVTTL, 1);
    } else {
      if (recverr) set_int(fd, SOL_IPV6, IPV6_RECVERR, 1);
      set_int(fd, SOL_IPV6, IPV6_RECVHOPLIMIT, 1);
    }
  }

  void set_ttl(int fd, ip_family fam, int& current, int ttl) {
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
  static ssize_t send_once_more(int fd, const void* buf, std::size_t len,
                                const sockaddr_storage& to, socklen_t tolen) {
    ssize_t n = -1;
    for (int attempt = 0; attempt < 8; ++attempt) {
      n = ::sendto(fd, buf, len, 0, reinterpret_cast<const sockaddr*>(&to), tolen);
      if (n >= 0 || !(errno == EHOSTUNREACH || errno == ENETUNREACH || errno == ECONNREFUSED ||
                      errno == EPROTO || errno == EACCES || errno == EPERM))
        break;
    }
    return n;
  }

  // The bytes of an echo probe as the socket wants them: with an IPv4 header in front on a
  // raw IPv4 socket (IP_HDRINCL), the ICMP message alone otherwise.
  std::vector<std::byte> echo_bytes(const family_sockets& fs, const probe& p) const {
    auto icmp = pk::make_echo_request(fs.family, fs.echo_id, p.sequence, p.payload);
    if (!(fs.icmp_raw && fs.family == ip_family::v4)) return icmp;
    std::vector<std::byte> pkt(20 + icmp.size());
    pk::store_u8(pkt, 0, 0x45);  // version 4, 20-byte header
    // Our identification, which routers quote back: an error about this probe must carry
    // it (the kernel keeps a nonzero one, raw_send_hdrinc).
    pk::store_be16(pkt, 4, p.ip_id);
    if (opts_.dont_fragment.value_or(false)) pk::store_be16(pkt, 6, 0x4000);  // DF
    pk::store_u8(pkt, 8, p.ttl);
    pk::store_u8(pkt, 9, pk::ip_proto_icmp);
    std::memcpy(pkt.data() + 16, p.destination.bytes().data(), 4);  // source 0: kernel's choice
    std::memcpy(pkt.data() + 20, icmp.data(), icmp.size());
    return pkt;
  }

  std::error_code send_echo(family_sockets& fs, const probe& p, wall_time& sent_at) {
    if (!fs.icmp_fd.valid()) return std::make_error_code(std::errc::address_family_not_supported);
    if (!(fs.icmp_raw && fs.family == ip_family::v4))
      set_ttl(fs.icmp_fd.get(), fs.family, fs.icmp_ttl, p.ttl);
    auto pkt = echo_bytes(fs, p);
    socklen_t len = 0;
    auto to = to_sockaddr(p.destination, 0, len);
    sent_at = wall_clock::now();
    if (send_once_more(fs.icmp_fd.get(), pkt.data(), pkt.size(), to, len) < 0)
      return {errno, std::generic_category()};
    return {};
  }

  std::error_code send_udp(family_sockets& fs, const probe& p, wall_time& sent_at) {
    if (!fs.udp_fd.valid()) return std::make_error_code(std::errc::address_family_not_supported);
    set_ttl(fs.udp_fd.get(), fs.family, fs.udp_ttl, p.ttl);
    socklen_t len = 0;
    auto to = to_sockaddr(p.destination, p.dst_port, len);
    sent_at = wall_clock::now();
    if (send_once_more(fs.udp_fd.get(), p.payload.data(), p.payload.size(), to, len) < 0)
      return {errno, std::generic_category()};
    return {};
  }

  std::error_code send_tcp(const probe& p, wall_time& sent_at) {
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
    set_dont_fragment(fd, fam, opts_.dont_fragment);
    socklen_t len = 0;
    auto to = to_sockaddr(p.destination, p.dst_port, len);
    sent_at = wall_clock::now();
    if (::connect(fd, reinterpret_cast<sockaddr*>(&to), len) != 0 && errno != EINPROGRESS) {
      return {errno, std::generic_category()};  // owned closes it
    }
    sockaddr_storage me{};
    socklen_t mlen = sizeof me;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&me), &mlen);
    std::uint16_t sport = 0;
    from_sockaddr(&me, &sport);
    auto tp = std::make_unique<tcp_probe>();
    tp->token = p.token;
    tp->destination = p.destination;
    tp->src_port = sport;
    tp->dst_port = p.dst_port;
    tp->desc = std::make_unique<stream_descriptor>(loop_->impl().io, fd);
    (void)owned.release();  // the descriptor owns it now
    auto* raw = tp.get();
    tcp_.emplace(p.token, std::move(tp));
    raw->desc->async_wait(stream_descriptor::wait_write, [this, token = p.token](
                                                             const boost::system::error_code& ec) {
      if (ec) return;
      auto it = tcp_.find(token);
      if (it == tcp_.end()) return;
      int err = 0;
      socklen_t elen = sizeof err;
      ::getsockopt(it->second->desc->native_handle(), SOL_SOCKET, SO_ERROR, &err, &elen);
      // The raw TCP socket got its copy of the answer before TCP did: read it now.
      auto& fs = fam_[index(it->second->destination.family())];
      if (fs.tcp_raw_fd.valid()) drain_tcp_raw(fs);
      // So did the raw ICMP socket, when a router or the destination answered with ICMP
      // (unreachable, prohibited): read it before the socket goes, or its quote finds no
      // probe and the answer shows as a false timeout.
      if (fs.icmp_raw && fs.icmp_fd.valid()) {
        drain(fs, fs.icmp_fd.get(), false);
        it = tcp_.find(token);  // what the engine did with those answers may have sent more
        if (it == tcp_.end()) return;
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
        tcp_.erase(it);  // closes the socket: an open port gets its RST/FIN right away
        on_reply_(std::move(r));
        return;
      }
      // Unreachable or time exceeded: the kernel took an ICMP error for this socket only if
      // its quoted sequence is our SYN's (tcp_v4_err/tcp_v6_err: between snd_una and
      // snd_nxt), and queued it (IP_RECVERR). That one counts; the raw socket's copy of the
      // same answer, when there is one, carries the quote (TTL, MPLS) and is taken instead.
      auto probe_state = std::move(it->second);
      tcp_.erase(it);
      std::optional<reply> accepted;
      while (receive(probe_state->desc->native_handle(), dgram_, MSG_ERRQUEUE)) {
        const auto* ee = dgram_.ee;
        if (!ee || !dgram_.offender ||
            (ee->ee_origin != SO_EE_ORIGIN_ICMP && ee->ee_origin != SO_EE_ORIGIN_ICMP6))
          continue;
        reply k = r;
        k.what = reply::kind::icmp_error;
        k.from = *dgram_.offender;
        k.icmp_type = ee->ee_type;
        k.icmp_code = ee->ee_code;
        k.received = dgram_.stamp;
        accepted = std::move(k);
      }
      if (!accepted) {
        if (!probe_state->icmp_seen.empty())
          spdlog::debug("tcp probe {}: {} ICMP error(s) quoting it, none accepted by the kernel",
                        token, probe_state->icmp_seen.size());
        return;  // a timeout, as the engine will say
      }
      for (auto& seen : probe_state->icmp_seen)
        if (seen.from == accepted->from && seen.icmp_type == accepted->icmp_type &&
            seen.icmp_code == accepted->icmp_code) {
          accepted = std::move(seen);
          break;
        }
      on_reply_(std::move(*accepted));
    });
    return {};
  }

  // A connect()ing socket learns of the SYN-ACK or RST without a timestamp. A raw TCP socket
  // gets a copy of each segment, kernel-timestamped, before TCP processes it (raw sockets
  // are served first in ip_local_deliver), so a TCP RTT does not grow by the replies the
  // loop handles first or by the wait for a CPU. A filter keeps only SYN-ACK and RST
  // headers. Privileged only; without it the handler's clock is used.
  void open_tcp_raw(ip_family fam, family_sockets& fs) {
    unique_fd owned(
        socket_with_net_raw(af_of(fam), SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_TCP));
    if (!owned.valid()) return;
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
      return;  // closed: unfiltered, it would copy every TCP segment of the host
    fs.tcp_raw_fd = std::move(owned);
  }

  void arm_tcp_raw(family_sockets& fs) {
    fs.tcp_raw_desc->async_wait(stream_descriptor::wait_read,
                                [this, &fs](const boost::system::error_code& ec) {
                                  if (ec) return;
                                  drain_tcp_raw(fs);
                                  arm_tcp_raw(fs);
                                });
  }

  // Stamps the probes the queued SYN-ACK/RST copies answer (the latest copy wins: the one
  // the kernel acted on came last before the handler ran).
  void drain_tcp_raw(family_sockets& fs) {
    for (int i = 0; i < 4096 && receive(fs.tcp_raw_fd.get(), dgram_, 0); ++i) {
      auto from = from_sockaddr(&dgram_.from);
      pk::bytes_view seg = view(dgram_);
      if (fs.family == ip_family::v4) {
        auto ip = pk::ipv4_header::parse(seg);
        if (!ip) continue;
        seg = seg.subspan(ip->header_length);
      }
      if (!from || seg.size() < 4) continue;
      const auto sport = pk::load_be16(seg, 0);
      const auto dport = pk::load_be16(seg, 2);
      for (auto& [token, tp] : tcp_)
        if (tp->destination == *from && tp->dst_port == sport && tp->src_port == dport)
          tp->answered_at = dgram_.stamp;
    }
  }

  void watch(family_sockets& fs, int fd, std::unique_ptr<stream_descriptor>& desc, bool is_udp) {
    desc = std::make_unique<stream_descriptor>(loop_->impl().io, fd);
    arm(fs, *desc, is_udp);
  }

  void arm(family_sockets& fs, stream_descriptor& desc, bool is_udp) {
    desc.async_wait(stream_descriptor::wait_read,
                    [this, &fs, &desc, is_udp](const boost::system::error_code& ec) {
                      if (ec) return;
                      drain(fs, desc.native_handle(), is_udp);
                      arm(fs, desc, is_udp);
                    });
  }

  void drain(family_sockets& fs, int fd, bool is_udp) {
    // Error queue first (IP_RECVERR), then ordinary data; each until EAGAIN.
    for (int i = 0; i < 4096 && receive(fd, dgram_, MSG_ERRQUEUE); ++i) on_errqueue(fs, is_udp);
    if (is_udp) {
      // Data from the destination (something listens on the probed port): not an answer
      // we can attribute; discard.
      for (int i = 0; i < 4096 && receive(fd, dgram_, 0); ++i) {
      }
      return;
    }
    for (int i = 0; i < 65536 && receive(fd, dgram_, 0); ++i) {
      if (fs.icmp_raw)
        on_raw_icmp(fs);
      else
        on_dgram_icmp(fs);
    }
  }

  void deliver(reply&& r) {
    if (on_reply_) on_reply_(std::move(r));
  }

  // A ping socket hands us echo replies already filtered by identifier (no IP header).
  void on_dgram_icmp(family_sockets& fs) {
    auto from = from_sockaddr(&dgram_.from);
    auto h = pk::icmp_header::parse(view(dgram_));
    if (!from || !h) return;
    const auto echo_reply =
        fs.family == ip_family::v4 ? pk::icmp4::echo_reply : pk::icmp6::echo_reply;
    if (h->type != echo_reply) return;
    reply r;
    r.what = reply::kind::echo_reply;
    r.from = *from;
    r.received = dgram_.stamp;
    r.reply_ttl = dgram_.ttl;
    r.protocol = probe_protocol::icmp_echo;
    r.probe_destination = *from;
    r.icmp_id = fs.echo_id;  // the kernel delivered it to this socket by identifier
    r.sequence = h->sequence;
    const auto payload = view(dgram_, pk::icmp_header::size);
    r.payload.assign(payload.begin(), payload.end());
    deliver(std::move(r));
  }

  // Raw sockets see every ICMP message of the host: decode (decode_raw_icmp, pure) and let
  // the engine decide.
  void on_raw_icmp(family_sockets& fs) {
    auto from = from_sockaddr(&dgram_.from);
    if (!from) return;
    auto r = decode_raw_icmp(raw_icmp_context{fs.family, fs.echo_id, fs.udp_via_raw, fs.udp_port},
                             view(dgram_), dgram_.ttl);
    if (!r) return;
    r->from = *from;
    r->received = dgram_.stamp;
    if (r->what == reply::kind::echo_reply) r->probe_destination = *from;
    if (r->what == reply::kind::icmp_error && r->protocol == probe_protocol::tcp) {
      // A TCP probe is its own socket: find it by the quoted addresses and ports.
      auto it = std::find_if(tcp_.begin(), tcp_.end(), [&](const auto& kv) {
        const auto& tp = kv.second;
        return tp->destination == r->probe_destination && tp->src_port == r->src_port &&
               tp->dst_port == r->dst_port;
      });
      if (it == tcp_.end()) return;
      r->token = it->first;
      // Anyone can quote our ports; only the kernel knows the SYN's sequence. Hold the
      // answer until the socket itself fails with an error the kernel checked.
      it->second->icmp_seen.push_back(std::move(*r));
      return;
    }
    deliver(std::move(*r));
  }

  // IP_RECVERR: the kernel matched an ICMP error to our socket; the queued datagram is the
  // start of what we sent and msg_name its destination.
  void on_errqueue(family_sockets& fs, bool is_udp) {
    if (!dgram_.ee) return;
    const auto* ee = dgram_.ee;
    std::uint16_t dport = 0;
    auto dst = from_sockaddr(&dgram_.from, &dport);
    if (!dst) return;
    reply r;
    r.received = dgram_.stamp;
    r.probe_destination = *dst;
    if (ee->ee_origin == SO_EE_ORIGIN_ICMP || ee->ee_origin == SO_EE_ORIGIN_ICMP6) {
      if (!dgram_.offender) return;
      r.what = reply::kind::icmp_error;
      r.from = *dgram_.offender;
      r.icmp_type = ee->ee_type;
      r.icmp_code = ee->ee_code;
    } else if (ee->ee_origin == SO_EE_ORIGIN_LOCAL) {
      r.what = reply::kind::local_error;
      r.from = *dst;
    } else {
      return;
    }
    if (is_udp) {
      if (fs.udp_via_raw) return;  // the raw socket already saw this answer, in full
      // The queued data is what the router quoted of our payload: the sequence is in it.
      const auto data = view(dgram_);
      if (data.size() < 2) return;  // quoted only the 8-byte header (RFC 792 minimum)
      r.protocol = probe_protocol::udp;
      r.src_port = fs.udp_port;
      r.dst_port = dport;
      r.sequence = pk::load_be16(data, 0);
    } else {
      auto h = pk::icmp_header::parse(view(dgram_));
      if (!h) return;
      r.protocol = probe_protocol::icmp_echo;
      r.icmp_id = fs.echo_id;
      r.sequence = h->sequence;
      // The quoted echo data, and whatever followed the quote in the error (RFC 4884
      // padding and extensions, which the error queue does not tell apart). A quote is
      // never padded or extended before its first 128 bytes, so up to there it is ours.
      const std::size_t headers = (fs.family == ip_family::v4 ? 20 : 40) + pk::icmp_header::size;
      const auto data = view(dgram_, pk::icmp_header::size);
      const auto trusted = data.first(std::min(data.size(), 128 - headers));
      r.quoted_payload.assign(trusted.begin(), trusted.end());
    }
    deliver(std::move(r));
  }

  socket_options opts_;
  std::array<family_sockets, 2> fam_{};
  std::uint16_t raw_identifier_ = 0;
  event_loop* loop_ = nullptr;
  reply_handler on_reply_;
  std::unordered_map<std::uint64_t, std::unique_ptr<tcp_probe>> tcp_;
  datagram dgram_{};
};

}  // namespace

// As iputils: a classic BPF filter so that a busy host's echo replies to other processes
// never wake us. It passes echo replies with our identifier and every other type (the
// ICMP_FILTER already narrows those to errors), because an error quotes our probe further
// in, where the identifier sits at another offset. An IPv4 raw socket sees the IP header
// (x = its length), an IPv6 one starts at the ICMPv6 header.
bool detail::attach_echo_filter(int fd, ip_family fam, std::uint16_t id) {
  const bool v4 = fam == ip_family::v4;
  const std::uint8_t echo_reply = v4 ? pk::icmp4::echo_reply : pk::icmp6::echo_reply;
  std::array<sock_filter, 7> code{{
      v4 ? sock_filter{BPF_LDX | BPF_B | BPF_MSH, 0, 0, 0}
         : sock_filter{BPF_LDX | BPF_IMM, 0, 0, 0},
      {BPF_LD | BPF_B | BPF_IND, 0, 0, 0},            // ICMP type
      {BPF_JMP | BPF_JEQ | BPF_K, 0, 2, echo_reply},  // not an echo reply: pass
      {BPF_LD | BPF_H | BPF_IND, 0, 0, 4},            // echo identifier
      {BPF_JMP | BPF_JEQ | BPF_K, 0, 1, id},
      {BPF_RET | BPF_K, 0, 0, 0xffffffffU},
      {BPF_RET | BPF_K, 0, 0, 0},
  }};
  sock_fprog prog{static_cast<unsigned short>(code.size()), code.data()};
  return ::setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof prog) == 0;
}

std::uint16_t detail::random_echo_identifier() {
  std::random_device rd;
  return static_cast<std::uint16_t>(rd() & 0xffff);
}

std::unique_ptr<network> make_socket_network(const socket_options& opts, socket_report* report) {
  return std::make_unique<socket_network>(opts, report);
}

}  // namespace nettrio
