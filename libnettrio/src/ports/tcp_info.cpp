#include <nettrio/ports/sock_diag.hpp>
#include <nettrio/ports/tcp_info.hpp>

#include "../unique_fd.hpp"

#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <linux/tcp.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstddef>
#include <cstring>
#include <string>
#include <system_error>

namespace nettrio {

namespace {

constexpr std::size_t align4(std::size_t n) noexcept {
  return (n + 3) & ~std::size_t{3};
}

// A field of struct tcp_info, read at this build's offset when the kernel's struct is long
// enough to hold it. The layout only ever grows at the end (tcp.h: "add new fields at the
// end"), so an offset known here is the same in every kernel that has the field.
template <typename T>
std::optional<T> field(std::span<const std::byte> info, std::size_t offset) {
  if (info.size() < offset + sizeof(T)) return std::nullopt;
  T v{};
  std::memcpy(&v, info.data() + offset, sizeof v);
  return v;
}

// tcp_diag_get_info fills request sockets' (SYN-RECV) tcp_info only partly; a TIME-WAIT
// socket gets none. The first u8 fields are state, ca_state, retransmits, probes, backoff.
constexpr std::uint16_t tcp_info_kernel_min = offsetof(tcp_info, tcpi_total_retrans) + 4;

}  // namespace

namespace detail {

std::optional<tcp_info_summary> parse_tcp_info(std::span<const std::byte> info) {
  if (info.size() < tcp_info_kernel_min) return std::nullopt;
  tcp_info_summary s;
  s.retransmits = *field<std::uint8_t>(info, offsetof(tcp_info, tcpi_retransmits));
  s.unacked = *field<std::uint32_t>(info, offsetof(tcp_info, tcpi_unacked));
  s.lost = *field<std::uint32_t>(info, offsetof(tcp_info, tcpi_lost));
  s.rtt = std::chrono::microseconds(*field<std::uint32_t>(info, offsetof(tcp_info, tcpi_rtt)));
  s.rttvar =
      std::chrono::microseconds(*field<std::uint32_t>(info, offsetof(tcp_info, tcpi_rttvar)));
  s.ssthresh = *field<std::uint32_t>(info, offsetof(tcp_info, tcpi_snd_ssthresh));
  s.cwnd = *field<std::uint32_t>(info, offsetof(tcp_info, tcpi_snd_cwnd));
  s.total_retrans = *field<std::uint32_t>(info, offsetof(tcp_info, tcpi_total_retrans));
  s.delivery_rate = field<std::uint64_t>(info, offsetof(tcp_info, tcpi_delivery_rate));
  return s;
}

std::optional<tcp_info_summary> find_tcp_info(std::span<const std::byte> payload) {
  std::size_t off = align4(sizeof(inet_diag_msg));
  while (off + 4 <= payload.size()) {
    std::uint16_t len = 0, type = 0;
    std::memcpy(&len, payload.data() + off, 2);
    std::memcpy(&type, payload.data() + off + 2, 2);
    if (len < 4 || off + len > payload.size()) break;
    if (type == INET_DIAG_INFO) return parse_tcp_info(payload.subspan(off + 4, len - 4u));
    off += align4(len);
  }
  return std::nullopt;
}

}  // namespace detail

struct tcp_info_reader::state {
  detail::unique_fd fd;
  std::uint32_t seq = 0;
  std::vector<std::byte> buf;
};

tcp_info_reader::tcp_info_reader() : state_(std::make_unique<state>()) {
  state_->fd.reset(::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG));
  if (!state_->fd.valid())
    throw std::system_error(errno, std::generic_category(), "cannot open sock_diag netlink socket");
  state_->buf.resize(64 * 1024);
}

tcp_info_reader::~tcp_info_reader() = default;

std::vector<socket_info_record> tcp_info_reader::collect(ip_family family, const socket_query& q) {
  const std::string what = family == ip_family::v4 ? "tcp" : "tcp6";
  struct {
    nlmsghdr nlh;
    inet_diag_req_v2 req;
  } msg{};
  msg.nlh.nlmsg_len = sizeof msg;
  msg.nlh.nlmsg_type = SOCK_DIAG_BY_FAMILY;
  msg.nlh.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
  msg.req.sdiag_family = family == ip_family::v4 ? AF_INET : AF_INET6;
  msg.req.sdiag_protocol = IPPROTO_TCP;
  // As sock_diag_source does: CLOSE is in no hash the dump walks; request sockets are
  // TCP_NEW_SYN_RECV (12) in the kernel.
  std::uint32_t states = q.states & all_states & ~state_bit(socket_state::close);
  if (states & state_bit(socket_state::syn_recv)) states |= 1u << 12;
  msg.req.idiag_states = states;
  msg.req.idiag_ext = 1u << (INET_DIAG_INFO - 1);
  std::vector<socket_info_record> out;
  if (states == 0) return out;

  for (int attempt = 1;; ++attempt) {
    out.clear();
    const std::uint32_t seq = ++state_->seq;
    msg.nlh.nlmsg_seq = seq;
    sockaddr_nl kernel{};
    kernel.nl_family = AF_NETLINK;
    while (::sendto(state_->fd.get(), &msg, sizeof msg, 0,
                    reinterpret_cast<const sockaddr*>(&kernel), sizeof kernel) < 0) {
      if (errno != EINTR)
        throw std::system_error(errno, std::generic_category(),
                                "cannot send sock_diag request for " + what);
    }
    detail::dump_step::kind end = detail::dump_step::kind::more;
    std::vector<std::span<const std::byte>> payloads;
    while (end == detail::dump_step::kind::more) {
      sockaddr_nl from{};
      socklen_t from_len = sizeof from;
      const auto n = ::recvfrom(state_->fd.get(), state_->buf.data(), state_->buf.size(), MSG_TRUNC,
                                reinterpret_cast<sockaddr*>(&from), &from_len);
      if (n < 0) {
        if (errno == EINTR) continue;
        throw std::system_error(errno, std::generic_category(),
                                "cannot read sock_diag reply for " + what);
      }
      if (from_len < sizeof from || from.nl_family != AF_NETLINK || from.nl_pid != 0) continue;
      if (static_cast<std::size_t>(n) > state_->buf.size())
        throw std::system_error(EMSGSIZE, std::generic_category(),
                                "a sock_diag reply for " + what + " did not fit the buffer");
      payloads.clear();
      const auto step = detail::parse_dump_datagram(
          std::span<const std::byte>(state_->buf.data(), static_cast<std::size_t>(n)), seq,
          payloads);
      for (const auto& body : payloads) {
        auto r = detail::decode_inet_diag(body, transport::tcp);
        if (r && matches(q, *r)) out.push_back({std::move(*r), detail::find_tcp_info(body)});
      }
      end = step.what;
      if (end == detail::dump_step::kind::error)
        throw std::system_error(step.error, std::generic_category(),
                                "sock_diag cannot list " + what + " sockets");
      if (end == detail::dump_step::kind::malformed)
        throw std::system_error(EBADMSG, std::generic_category(),
                                "a malformed sock_diag reply for " + what);
    }
    if (end == detail::dump_step::kind::done) return out;
    if (attempt == 3)
      throw std::system_error(
          EAGAIN, std::generic_category(),
          "the " + what + " socket table kept changing while sock_diag read it; run again");
  }
}

std::vector<socket_info_record> list_tcp_info(tcp_info_reader& reader, const socket_query& q) {
  std::vector<socket_info_record> out;
  if (!q.tcp) return out;
  for (const auto family : {ip_family::v4, ip_family::v6}) {
    if ((family == ip_family::v4 && !q.ipv4) || (family == ip_family::v6 && !q.ipv6)) continue;
    auto part = reader.collect(family, q);
    out.insert(out.end(), std::make_move_iterator(part.begin()),
               std::make_move_iterator(part.end()));
  }
  return out;
}

}  // namespace nettrio
