#include "receive.hpp"

#include <spdlog/spdlog.h>

#include <linux/errqueue.h>
#include <netinet/in.h>

#include <cstring>
#include <ctime>

namespace nettrio::detail {

// recvmsg with the ancillary data we ask for: kernel receive time, reply TTL, and queued
// errors (IP_RECVERR).
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
  d.from_len = msg.msg_namelen;
  d.stamp = {};
  d.ttl = -1;
  d.recverr = {};
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
      // Handed over as bytes: decode_errqueue checks the sizes of what is in them.
      d.recverr = packet::bytes_view(reinterpret_cast<const std::byte*>(CMSG_DATA(c)), data_len);
    }
  }
  if (d.stamp == wall_time{}) d.stamp = wall_clock::now();
  return true;
}

}  // namespace nettrio::detail
