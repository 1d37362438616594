// How many next hops the local routing table has towards a destination (socket_kinds.hpp):
// one RTM_GETROUTE with RTM_F_FIB_MATCH (the matched FIB entry, not the one next hop the
// kernel picked for this lookup), and one RTM_GETRULE dump (rules that select by port or
// protocol could send flows of one destination to different tables).

#include "socket_kinds.hpp"

#include "../unique_fd.hpp"

#include <linux/fib_rules.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <array>
#include <cstring>
#include <vector>

namespace nettrio::detail {

namespace {

// One request, its answers until NLMSG_DONE or the one reply of a non-dump request; calls
// `on_msg` for each message of `type`. false on any error (the caller knows nothing then).
template <typename F>
bool netlink_ask(std::vector<char>& req, std::uint16_t type, F&& on_msg) {
  unique_fd fd(::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE));
  if (!fd.valid()) return false;
  timeval tv{0, 200000};  // the kernel answers at once; never hang a trace on it
  ::setsockopt(fd.get(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  sockaddr_nl kernel{};
  kernel.nl_family = AF_NETLINK;
  auto* h = reinterpret_cast<nlmsghdr*>(req.data());
  h->nlmsg_len = static_cast<std::uint32_t>(req.size());
  h->nlmsg_seq = 1;
  if (::sendto(fd.get(), req.data(), req.size(), 0, reinterpret_cast<sockaddr*>(&kernel),
               sizeof kernel) < 0)
    return false;
  const bool dump = (h->nlmsg_flags & NLM_F_DUMP) == NLM_F_DUMP;
  std::vector<char> buf(32768);
  for (;;) {
    const auto n = ::recv(fd.get(), buf.data(), buf.size(), 0);
    if (n <= 0) return false;
    auto len = static_cast<std::uint32_t>(n);
    for (auto* m = reinterpret_cast<nlmsghdr*>(buf.data()); NLMSG_OK(m, len);
         m = NLMSG_NEXT(m, len)) {
      if (m->nlmsg_type == NLMSG_DONE) return true;
      if (m->nlmsg_type == NLMSG_ERROR) {
        nlmsgerr e{};
        std::memcpy(&e, NLMSG_DATA(m), sizeof e);
        return e.error == 0 && dump;
      }
      if (m->nlmsg_type == type && !on_msg(m)) return false;
      if (!dump) return true;
    }
  }
}

void add_attr(std::vector<char>& req, std::uint16_t type, const void* data, std::size_t len) {
  const auto at = NLMSG_ALIGN(req.size());
  req.resize(at + RTA_SPACE(len));
  auto* a = reinterpret_cast<rtattr*>(req.data() + at);
  a->rta_type = type;
  a->rta_len = static_cast<std::uint16_t>(RTA_LENGTH(len));
  std::memcpy(RTA_DATA(a), data, len);
}

}  // namespace

std::optional<int> local_next_hops(const ip_address& to, const egress_options& e) {
  const int af = af_of(to.family());
  // Rules that match ports or the protocol may put flows of one destination on different
  // routes: then the table does not say what every flow meets.
  {
    std::vector<char> req(NLMSG_SPACE(sizeof(fib_rule_hdr)));
    auto* h = reinterpret_cast<nlmsghdr*>(req.data());
    h->nlmsg_type = RTM_GETRULE;
    h->nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    reinterpret_cast<fib_rule_hdr*>(NLMSG_DATA(h))->family = static_cast<std::uint8_t>(af);
    bool by_flow = false;
    const bool ok = netlink_ask(req, RTM_NEWRULE, [&](nlmsghdr* m) {
      auto len = RTM_PAYLOAD(m);
      for (auto* a = reinterpret_cast<rtattr*>(reinterpret_cast<char*>(NLMSG_DATA(m)) +
                                               NLMSG_ALIGN(sizeof(fib_rule_hdr)));
           RTA_OK(a, len); a = RTA_NEXT(a, len))
        if (a->rta_type == FRA_SPORT_RANGE || a->rta_type == FRA_DPORT_RANGE ||
            a->rta_type == FRA_IP_PROTO)
          by_flow = true;
      return true;
    });
    if (!ok || by_flow) return std::nullopt;
  }
  std::vector<char> req(NLMSG_SPACE(sizeof(rtmsg)));
  auto* h = reinterpret_cast<nlmsghdr*>(req.data());
  h->nlmsg_type = RTM_GETROUTE;
  h->nlmsg_flags = NLM_F_REQUEST;
  auto* rt = reinterpret_cast<rtmsg*>(NLMSG_DATA(h));
  rt->rtm_family = static_cast<std::uint8_t>(af);
  rt->rtm_dst_len = to.family() == ip_family::v4 ? 32 : 128;
  rt->rtm_flags = RTM_F_FIB_MATCH;
  if (to.family() == ip_family::v4 && e.tos) rt->rtm_tos = *e.tos;
  const std::size_t alen = to.family() == ip_family::v4 ? 4 : 16;
  add_attr(req, RTA_DST, to.bytes().data(), alen);
  if (e.source && e.source->family() == to.family()) {
    add_attr(req, RTA_SRC, e.source->bytes().data(), alen);
    rt->rtm_src_len = static_cast<std::uint8_t>(8 * alen);
  }
  if (!e.device.empty()) {
    const unsigned idx = ::if_nametoindex(e.device.c_str());
    if (idx == 0) return std::nullopt;
    add_attr(req, RTA_OIF, &idx, sizeof idx);
  }
  if (e.mark) add_attr(req, RTA_MARK, &*e.mark, sizeof *e.mark);
  std::optional<int> hops;
  const bool ok = netlink_ask(req, RTM_NEWROUTE, [&](nlmsghdr* m) {
    auto len = RTM_PAYLOAD(m);
    int paths = 1;
    bool nexthop_object = false, listed = false;
    for (auto* a = RTM_RTA(reinterpret_cast<rtmsg*>(NLMSG_DATA(m))); RTA_OK(a, len);
         a = RTA_NEXT(a, len)) {
      if (a->rta_type == RTA_NH_ID) nexthop_object = true;
      if (a->rta_type == RTA_MULTIPATH) {
        listed = true;
        paths = 0;
        auto left = static_cast<int>(RTA_PAYLOAD(a));
        for (auto* nh = reinterpret_cast<rtnexthop*>(RTA_DATA(a)); RTNH_OK(nh, left);
             left -= static_cast<int>(NLMSG_ALIGN(nh->rtnh_len)), nh = RTNH_NEXT(nh))
          ++paths;
      }
    }
    // A nexthop object (group or not) that the kernel does not spell out: unknown.
    if (!(nexthop_object && !listed)) hops = paths;
    return true;
  });
  if (!ok) return std::nullopt;
  return hops;
}

}  // namespace nettrio::detail
