#pragma once
// Private: one recvmsg with the ancillary data the sockets ask for, each control message
// checked against its length. Receiving only: what the bytes mean is decode.hpp's job.

#include <nettrio/packet/bytes.hpp>
#include <nettrio/probe/decode.hpp>
#include <nettrio/probe/probe.hpp>

#include <sys/socket.h>

#include <array>
#include <cstddef>
#include <span>

namespace nettrio::detail {

/// Everything one recvmsg gives us. Large (64 KiB): a few per network, reused; only the
/// pages a datagram fills are ever touched.
struct datagram {
  std::array<std::byte, 65536> buf;  // the largest IP datagram: -s goes up to 65507
  std::size_t len = 0;
  sockaddr_storage from{};
  socklen_t from_len = 0;
  wall_time stamp{};  // kernel receive time (SO_TIMESTAMPNS), else when recvmsg returned
  int ttl = -1;       // IP_TTL / IPV6_HOPLIMIT, -1 when not given
  // The IP_RECVERR / IPV6_RECVERR control data (sock_extended_err + offender), empty when
  // none; it points into `control`.
  packet::bytes_view recverr;
  // IP_RECVOPTS (a ping socket with IPv4 options): the received header's options, as they
  // came; empty when none. Points into `control`.
  packet::bytes_view ip_options;
  alignas(cmsghdr) std::array<char, 512> control;

  [[nodiscard]] packet::bytes_view bytes(std::size_t from_byte = 0) const noexcept {
    return packet::bytes_view(buf.data(), len).subspan(std::min(from_byte, len));
  }
  [[nodiscard]] packet::bytes_view name() const noexcept {
    return {reinterpret_cast<const std::byte*>(&from),
            std::min<std::size_t>(from_len, sizeof from)};
  }
  /// This datagram as an error-queue message for decode_errqueue.
  [[nodiscard]] queued_error as_queued_error() const noexcept { return {recverr, name(), bytes()}; }
};

/// recvmsg(fd, flags | MSG_DONTWAIT) into `d`. False on EAGAIN or an error.
[[nodiscard]] bool receive(int fd, datagram& d, int flags);

/// recvmmsg(fd, MSG_DONTWAIT): up to ds.size() (at most 64) datagrams with one system
/// call, each into its own `datagram`; how many arrived (0 on EAGAIN or an error). A busy
/// raw socket (a sweep's replies, a host's ICMP errors) then costs one call per batch.
[[nodiscard]] std::size_t receive_batch(int fd, std::span<datagram> ds);

}  // namespace nettrio::detail
