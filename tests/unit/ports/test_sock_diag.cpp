#include <nettrio/ports/proc_net.hpp>
#include <nettrio/ports/sock_diag.hpp>

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <set>
#include <vector>

using namespace nettrio;

namespace {

std::vector<std::byte> diag_message(const inet_diag_msg& m, std::vector<std::byte> attrs = {}) {
  std::vector<std::byte> out(sizeof m);
  std::memcpy(out.data(), &m, sizeof m);
  out.insert(out.end(), attrs.begin(), attrs.end());
  return out;
}

std::vector<std::byte> u8_attr(std::uint16_t type, std::uint8_t value) {
  std::vector<std::byte> a(8, std::byte{0});  // rtattr(4) + 1 byte, padded to 8
  const std::uint16_t len = 5;
  std::memcpy(a.data(), &len, 2);
  std::memcpy(a.data() + 2, &type, 2);
  a[4] = std::byte{value};
  return a;
}

// Sockets made by this process, closed at the end of the test.
struct test_sockets {
  std::vector<int> fds;
  ~test_sockets() {
    for (int fd : fds) ::close(fd);
  }
  int add(int fd) {
    REQUIRE(fd >= 0);
    fds.push_back(fd);
    return fd;
  }
  std::set<std::uint64_t> inodes() const {
    std::set<std::uint64_t> out;
    for (int fd : fds) {
      struct stat st {};
      if (::fstat(fd, &st) == 0) out.insert(st.st_ino);
    }
    return out;
  }
};

bool have_ipv6() {
  const int fd = ::socket(AF_INET6, SOCK_DGRAM, 0);
  if (fd < 0) return false;
  sockaddr_in6 a{};
  a.sin6_family = AF_INET6;
  a.sin6_addr = in6addr_loopback;
  const bool ok = ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
  ::close(fd);
  return ok;
}

}  // namespace

TEST_CASE("inet_diag messages decode into the same records as /proc/net", "[ports]") {
  inet_diag_msg m{};
  m.idiag_family = AF_INET;
  m.idiag_state = 10;  // LISTEN
  m.id.idiag_sport = htons(8080);
  m.id.idiag_src[0] = htonl(0x7F000001);
  m.idiag_rqueue = 2;
  m.idiag_wqueue = 4096;
  m.idiag_uid = 1000;
  m.idiag_inode = 12345;

  SECTION("a TCP listener: the backlog limit kept apart from Send-Q") {
    const auto msg = diag_message(m);
    const auto r = detail::decode_inet_diag(msg, transport::tcp);
    REQUIRE(r);
    CHECK(r->local_address == *ip_address::parse("127.0.0.1"));
    CHECK(r->local_port == 8080);
    CHECK(r->remote_port == 0);
    CHECK(r->state == socket_state::listen);
    CHECK(r->recv_q == 2);
    CHECK(r->send_q == 0);
    CHECK(r->backlog == 4096u);
    CHECK(r->uid == 1000);
    CHECK(r->inode == 12345);
    CHECK_FALSE(r->v6only);
  }
  SECTION("IPv6 with INET_DIAG_SKV6ONLY; NEW_SYN_RECV shows as SYN-RECV") {
    m.idiag_family = AF_INET6;
    m.idiag_state = 12;
    const auto v6 = *ip_address::parse("2001:db8::2");
    std::memcpy(m.id.idiag_src, v6.bytes().data(), 16);
    const auto msg = diag_message(m, u8_attr(INET_DIAG_SKV6ONLY, 1));
    const auto r = detail::decode_inet_diag(msg, transport::tcp);
    REQUIRE(r);
    CHECK(r->local_address == v6);
    CHECK(r->state == socket_state::syn_recv);
    CHECK(r->v6only == true);
    CHECK(r->send_q == 4096);  // not a listener: the write queue as it is
  }
  SECTION("short or foreign messages are refused, broken attributes ignored") {
    auto msg = diag_message(m);
    msg.resize(sizeof m - 1);
    CHECK_FALSE(detail::decode_inet_diag(msg, transport::tcp));
    m.idiag_family = AF_UNIX;
    CHECK_FALSE(detail::decode_inet_diag(diag_message(m), transport::tcp));
    m.idiag_family = AF_INET;
    m.idiag_state = 0;
    CHECK_FALSE(detail::decode_inet_diag(diag_message(m), transport::tcp));
    m.idiag_state = 7;
    auto bad = u8_attr(INET_DIAG_SKV6ONLY, 1);
    bad[0] = std::byte{200};  // length past the end
    CHECK(detail::decode_inet_diag(diag_message(m, bad), transport::udp));
  }
}

TEST_CASE("sock_diag and /proc/net agree on a live table", "[ports]") {
  test_sockets s;
  // TCP listener and an established pair on 127.0.0.1.
  const int lst = s.add(::socket(AF_INET, SOCK_STREAM, 0));
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::bind(lst, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
  REQUIRE(::listen(lst, 16) == 0);
  socklen_t len = sizeof a;
  REQUIRE(::getsockname(lst, reinterpret_cast<sockaddr*>(&a), &len) == 0);
  const int cli = s.add(::socket(AF_INET, SOCK_STREAM, 0));
  REQUIRE(::connect(cli, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
  s.add(::accept(lst, nullptr, nullptr));
  // Bound UDP and a connected UDP socket.
  const int udp = s.add(::socket(AF_INET, SOCK_DGRAM, 0));
  sockaddr_in u{};
  u.sin_family = AF_INET;
  u.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::bind(udp, reinterpret_cast<sockaddr*>(&u), sizeof u) == 0);
  len = sizeof u;
  REQUIRE(::getsockname(udp, reinterpret_cast<sockaddr*>(&u), &len) == 0);
  const int udpc = s.add(::socket(AF_INET, SOCK_DGRAM, 0));
  REQUIRE(::connect(udpc, reinterpret_cast<sockaddr*>(&u), sizeof u) == 0);
  if (have_ipv6()) {
    const int l6 = s.add(::socket(AF_INET6, SOCK_STREAM, 0));
    sockaddr_in6 b{};
    b.sin6_family = AF_INET6;
    b.sin6_addr = in6addr_loopback;
    REQUIRE(::bind(l6, reinterpret_cast<sockaddr*>(&b), sizeof b) == 0);
    REQUIRE(::listen(l6, 8) == 0);
    s.add(::socket(AF_INET6, SOCK_DGRAM, 0));  // unbound: not in any table until bound
    const int u6 = s.add(::socket(AF_INET6, SOCK_DGRAM, 0));
    REQUIRE(::bind(u6, reinterpret_cast<sockaddr*>(&b), sizeof b) == 0);
  }
  const auto ours = s.inodes();

  socket_query q;
  q.states = all_states;
  q.raw = false;  // raw sockets need privileges to create; the lab covers them
  sock_diag_source netlink;
  proc_net_source proc;
  auto from_netlink = list_sockets(netlink, q);
  auto from_proc = list_sockets(proc, q);
  auto keep_ours = [&](std::vector<socket_record>& v) {
    std::erase_if(v, [&](const socket_record& r) { return !ours.count(r.inode); });
    for (auto& r : v) {
      r.v6only.reset();  // only netlink knows these
      r.backlog.reset();
    }
    std::sort(v.begin(), v.end(),
              [](const socket_record& x, const socket_record& y) { return x.inode < y.inode; });
  };
  keep_ours(from_netlink);
  keep_ours(from_proc);
  CHECK(from_netlink.size() >= 5);
  CHECK(from_netlink == from_proc);

  SECTION("the state filter runs in the kernel and matches ours") {
    q.states = state_bit(socket_state::listen);
    auto listeners = list_sockets(netlink, q);
    CHECK(std::all_of(listeners.begin(), listeners.end(),
                      [](const auto& r) { return r.state == socket_state::listen; }));
    keep_ours(listeners);
    CHECK(listeners.size() == (have_ipv6() ? 2u : 1u));
  }
}

namespace {

// One netlink message: header (len, type, flags, seq, pid 0) + body, padded to 4 bytes.
void nl_message(std::vector<std::byte>& out, std::uint16_t type, std::uint16_t flags,
                std::uint32_t seq, std::vector<std::byte> body) {
  nlmsghdr h{};
  h.nlmsg_len = static_cast<std::uint32_t>(sizeof h + body.size());
  h.nlmsg_type = type;
  h.nlmsg_flags = flags;
  h.nlmsg_seq = seq;
  const std::size_t at = out.size();
  out.resize(at + ((h.nlmsg_len + 3) & ~3U), std::byte{0});
  std::memcpy(out.data() + at, &h, sizeof h);
  std::copy(body.begin(), body.end(), out.begin() + static_cast<std::ptrdiff_t>(at + sizeof h));
}

std::vector<std::byte> int_body(int v) {
  std::vector<std::byte> b(sizeof v);
  std::memcpy(b.data(), &v, sizeof v);
  return b;
}

}  // namespace

TEST_CASE("sock_diag dump framing: records, done, errors, interruptions, bad headers", "[ports]") {
  using detail::dump_step;
  using kind = dump_step::kind;
  inet_diag_msg m{};
  m.idiag_family = AF_INET;
  m.idiag_state = 10;  // LISTEN
  m.id.idiag_sport = htons(8080);
  const auto record = diag_message(m);
  std::vector<std::span<const std::byte>> payloads;

  SECTION("records of our sequence, then more to read") {
    std::vector<std::byte> d;
    nl_message(d, SOCK_DIAG_BY_FAMILY, NLM_F_MULTI, 7, record);
    nl_message(d, SOCK_DIAG_BY_FAMILY, NLM_F_MULTI, 6, record);  // a late answer: skipped
    nl_message(d, SOCK_DIAG_BY_FAMILY, NLM_F_MULTI, 7, record);
    CHECK(detail::parse_dump_datagram(d, 7, payloads).what == kind::more);
    REQUIRE(payloads.size() == 2);
    const auto r = detail::decode_inet_diag(payloads[0], transport::tcp);
    REQUIRE(r);
    CHECK(r->local_port == 8080);
  }
  SECTION("NLMSG_DONE ends the dump; a negative status in it is the error") {
    std::vector<std::byte> d;
    nl_message(d, SOCK_DIAG_BY_FAMILY, NLM_F_MULTI, 7, record);
    nl_message(d, NLMSG_DONE, NLM_F_MULTI, 7, int_body(0));
    CHECK(detail::parse_dump_datagram(d, 7, payloads).what == kind::done);
    CHECK(payloads.size() == 1);
    std::vector<std::byte> e;
    nl_message(e, NLMSG_DONE, NLM_F_MULTI, 7, int_body(-ENOENT));
    const auto step = detail::parse_dump_datagram(e, 7, payloads);
    CHECK(step.what == kind::error);
    CHECK(step.error == ENOENT);
  }
  SECTION("NLMSG_ERROR: an error ends the dump, an acknowledgement does not") {
    std::vector<std::byte> d;
    nl_message(d, NLMSG_ERROR, 0, 7, int_body(0));
    CHECK(detail::parse_dump_datagram(d, 7, payloads).what == kind::more);
    std::vector<std::byte> e;
    nl_message(e, NLMSG_ERROR, 0, 7, int_body(-EPERM));
    const auto step = detail::parse_dump_datagram(e, 7, payloads);
    CHECK(step.what == kind::error);
    CHECK(step.error == EPERM);
    std::vector<std::byte> s;
    nl_message(s, NLMSG_ERROR, 0, 7, {});  // too short to hold the error
    CHECK(detail::parse_dump_datagram(s, 7, payloads).what == kind::malformed);
  }
  SECTION("NLM_F_DUMP_INTR: the table changed under the dump") {
    std::vector<std::byte> d;
    nl_message(d, SOCK_DIAG_BY_FAMILY, NLM_F_MULTI | NLM_F_DUMP_INTR, 7, record);
    CHECK(detail::parse_dump_datagram(d, 7, payloads).what == kind::interrupted);
  }
  SECTION("headers that do not fit are malformed, never read past the datagram") {
    std::vector<std::byte> d;
    nl_message(d, SOCK_DIAG_BY_FAMILY, NLM_F_MULTI, 7, record);
    auto cut = d;
    cut.resize(cut.size() - 8);  // nlmsg_len now claims more than there is
    CHECK(detail::parse_dump_datagram(cut, 7, payloads).what == kind::malformed);
    auto tail = d;
    tail.resize(tail.size() + 6, std::byte{0});  // trailing bytes shorter than a header
    CHECK(detail::parse_dump_datagram(tail, 7, payloads).what == kind::malformed);
    payloads.clear();
    std::vector<std::byte> tiny;
    nl_message(tiny, SOCK_DIAG_BY_FAMILY, 0, 7, {});
    const std::uint32_t bad_len = 4;  // shorter than the header itself
    std::memcpy(tiny.data(), &bad_len, sizeof bad_len);
    CHECK(detail::parse_dump_datagram(tiny, 7, payloads).what == kind::malformed);
    CHECK(payloads.empty());
  }
  SECTION("an empty datagram asks for more") {
    CHECK(detail::parse_dump_datagram({}, 7, payloads).what == kind::more);
  }
}
