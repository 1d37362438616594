#include "receive.hpp"

#include <spdlog/spdlog.h>

#include <linux/errqueue.h>
#include <netinet/in.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <ctime>

namespace nettrio::detail {

namespace {

// The ancillary data we ask for: kernel receive time, reply TTL, and queued errors
// (IP_RECVERR), from one received message into `d`.
void read_control(msghdr& msg, datagram& d) {
  d.stamp = {};
  d.ttl = -1;
  d.recverr = {};
  d.ip_options = {};
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
    } else if (c->cmsg_level == SOL_IP && c->cmsg_type == IP_RECVOPTS) {
      d.ip_options = packet::bytes_view(reinterpret_cast<const std::byte*>(CMSG_DATA(c)), data_len);
    }
  }
  if (d.stamp == wall_time{}) d.stamp = wall_clock::now();
}

void prepare(datagram& d, iovec& iov, msghdr& msg) {
  iov = {d.buf.data(), d.buf.size()};
  msg = {};
  msg.msg_name = &d.from;
  msg.msg_namelen = sizeof d.from;
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  msg.msg_control = d.control.data();
  msg.msg_controllen = d.control.size();
}

}  // namespace

bool receive(int fd, datagram& d, int flags) {
  iovec iov;
  msghdr msg;
  prepare(d, iov, msg);
  const ssize_t n = ::recvmsg(fd, &msg, flags | MSG_DONTWAIT);
  if (n < 0) return false;
  d.len = static_cast<std::size_t>(n);
  d.from_len = msg.msg_namelen;
  read_control(msg, d);
  return true;
}

std::size_t receive_batch(int fd, std::span<datagram> ds) {
  constexpr std::size_t most = 64;
  const std::size_t count = std::min(ds.size(), most);
  std::array<iovec, most> iov;
  std::array<mmsghdr, most> msgs;
  for (std::size_t i = 0; i < count; ++i) {
    msgs[i] = {};
    prepare(ds[i], iov[i], msgs[i].msg_hdr);
  }
  const int n = ::recvmmsg(fd, msgs.data(), static_cast<unsigned>(count), MSG_DONTWAIT, nullptr);
  if (n <= 0) return 0;
  for (std::size_t i = 0; i < static_cast<std::size_t>(n); ++i) {
    ds[i].len = msgs[i].msg_len;
    ds[i].from_len = msgs[i].msg_hdr.msg_namelen;
    read_control(msgs[i].msg_hdr, ds[i]);
  }
  return static_cast<std::size_t>(n);
}

}  // namespace nettrio::detail
