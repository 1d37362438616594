// The real network: the socket kinds of socket_kinds.hpp per family, started and stopped
// together, each probe sent on its protocol's socket. Answers go to the engine as decoded;
// a raw ICMP socket's error about a TCP probe is given the token of the probe's socket.
#include <nettrio/probe/socket_network.hpp>

#include <nettrio/packet/icmp.hpp>

#include "../sockaddr.hpp"
#include "../unique_fd.hpp"
#include "method.hpp"
#include "socket_kinds.hpp"

#include <linux/filter.h>
#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <random>

namespace nettrio {

namespace {

namespace pk = packet;
using namespace detail;

class socket_network final : public network {
 public:
  explicit socket_network(const socket_options& o, socket_report* report) : opts_(o) {
    // Random, not the pid as iputils has it: any local user can read our pid in /proc and
    // send echoes (or bind a ping socket) with it, and the errors quoting those would then
    // name our probes. Two processes collide now and then; the payload cookie and the IPv4
    // identification reject each other's echoes and the errors quoting them.
    const auto raw_identifier = random_echo_identifier();
    for (auto fam : {ip_family::v4, ip_family::v6}) {
      if ((fam == ip_family::v4 && !o.ipv4) || (fam == ip_family::v6 && !o.ipv6)) continue;
      auto& fs = fam_[index(fam)];
      // A raw ICMP socket, where one can be had, also reads routers' answers to UDP and
      // TCP probes in full (RFC 4950 MPLS extensions included); without privilege UDP
      // falls back to the socket's error queue (IP_RECVERR), which needs none.
      if (o.icmp || o.tcp || o.udp)
        fs.icmp = icmp_socket::open(fam, o, /*required=*/o.icmp, raw_identifier,
                                    report ? &report->warnings : nullptr);
      const bool icmp_raw = fs.icmp && fs.icmp->raw();
      if (o.udp) {
        // UDP-Lite's quotes are not UDP's: its answers come from the error queue.
        fs.udp = std::make_unique<udp_socket>(fam, o, /*errqueue=*/!icmp_raw || o.udp_lite);
        if (icmp_raw && !o.udp_lite) fs.icmp->answer_udp(fs.udp->port());
      }
      if (o.raw_protocol) fs.raw = std::make_unique<raw_socket>(fam, o, *o.raw_protocol);
      if (report)
        (fam == ip_family::v4 ? report->icmp4 : report->icmp6) =
            !fs.icmp ? "" : (icmp_raw ? "raw" : "datagram");
    }
    // TCP probes can always be sent (a trace of another method tries one when the
    // destination is silent); the raw TCP sockets for timestamps only when TCP is the method.
    tcp_ = std::make_unique<tcp_sockets>(o, o.tcp && o.ipv4, o.tcp && o.ipv6);
  }

  ~socket_network() override { stop(); }  // then the sockets close

  void start(event_loop& loop, reply_handler on_reply) override {
    on_reply_ = std::move(on_reply);
    auto deliver = [this](reply&& r) { on_icmp_or_udp(std::move(r)); };
    for (auto& fs : fam_) {
      if (fs.icmp) fs.icmp->start(loop, dgrams_, deliver);
      if (fs.udp) fs.udp->start(loop, dgrams_.front(), deliver);
      if (fs.raw) fs.raw->start(loop, dgrams_.front(), deliver);
    }
    tcp_->start(
        loop, dgrams_.front(), [this](reply&& r) { on_reply_(std::move(r)); },
        [this](ip_family fam) {
          auto& fs = fam_[index(fam)];
          if (fs.icmp && fs.icmp->raw()) fs.icmp->drain();
        });
  }

  void poll() override {
    for (auto& fs : fam_)
      if (fs.icmp) fs.icmp->drain();
  }

  void stop() noexcept override {
    for (auto& fs : fam_) {
      if (fs.icmp) fs.icmp->stop();
      if (fs.udp) fs.udp->stop();
      if (fs.raw) fs.raw->stop();
    }
    tcp_->stop();
  }

  void cancel(std::uint64_t token) noexcept override { tcp_->cancel(token); }

  void send_batch(std::span<const probe> probes, std::span<wall_time> sent_at,
                  std::span<std::error_code> errors) override {
    const bool echo_v4 =
        !probes.empty() && std::all_of(probes.begin(), probes.end(), [](const probe& p) {
          return method_for(p.protocol).wire() == probe_protocol::icmp_echo &&
                 p.destination.is_v4();
        });
    if (echo_v4 && fam_[0].icmp && fam_[0].icmp->send_batch(probes, sent_at, errors)) return;
    network::send_batch(probes, sent_at, errors);
  }

  [[nodiscard]] local_identity identity(ip_family f) const noexcept override {
    const auto& fs = fam_[index(f)];
    return {.echo_identifier = fs.icmp ? fs.icmp->echo_id() : std::uint16_t{0},
            .udp_source_port = fs.udp ? fs.udp->port() : std::uint16_t{0}};
  }

  [[nodiscard]] std::optional<std::uint32_t> local_mtu(const ip_address& destination) override {
    return probe_local_mtu(destination, opts_);
  }

  [[nodiscard]] std::optional<int> local_next_hops(const ip_address& destination) override {
    return detail::local_next_hops(destination, opts_.egress);
  }

  std::error_code send(const probe& p, wall_time& sent_at) override {
    auto& fs = fam_[index(p.destination.family())];
    const auto not_open = std::make_error_code(std::errc::address_family_not_supported);
    switch (method_for(p.protocol).wire()) {
      case probe_protocol::icmp_echo:
        return fs.icmp ? fs.icmp->send(p, sent_at) : not_open;
      case probe_protocol::udp:
        return fs.udp ? fs.udp->send(p, sent_at) : not_open;
      case probe_protocol::tcp:
        return tcp_->send(p, sent_at);
      case probe_protocol::raw:
        return fs.raw ? fs.raw->send(p, sent_at) : not_open;
    }
    return std::make_error_code(std::errc::invalid_argument);
  }

 private:
  struct family_sockets {
    std::unique_ptr<icmp_socket> icmp;
    std::unique_ptr<udp_socket> udp;
    std::unique_ptr<raw_socket> raw;
  };

  // A raw ICMP socket's error about a TCP probe names it by addresses and ports: the probe
  // is the socket that has them.
  void on_icmp_or_udp(reply&& r) {
    if (!on_reply_) return;
    if (r.what == reply::kind::icmp_error && r.protocol == probe_protocol::tcp) {
      r.token = tcp_->token_of(r.probe_destination, r.src_port, r.dst_port);
      if (!r.token) return;  // no such socket (any more): not an answer to a probe in flight
    }
    on_reply_(std::move(r));
  }

  socket_options opts_;
  std::array<family_sockets, 2> fam_{};
  std::unique_ptr<tcp_sockets> tcp_;
  reply_handler on_reply_;
  // Receive buffers, shared by the sockets (one loop thread: one drain at a time). The
  // ICMP sockets read a batch into all of them with one recvmmsg; the others use the first.
  // Left uninitialised (64 KiB each): only the pages a datagram fills are ever touched.
  std::unique_ptr<datagram[]> dgram_store_ = std::make_unique_for_overwrite<datagram[]>(16);
  std::span<datagram> dgrams_{dgram_store_.get(), 16};
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

route_probe probe_route(const ip_address& destination, const egress_options& e) {
  const auto fam = destination.family();
  unique_fd fd(::socket(af_of(fam), SOCK_DGRAM | SOCK_CLOEXEC, 0));
  if (!fd.valid()) return {{}, {errno, std::generic_category()}};
  egress_options only_route = e;  // what decides the route and the source
  only_route.mark.reset();
  only_route.tos.reset();
  only_route.send_buffer = 0;
  apply_egress(fd.get(), fam, only_route, false);
  bind_source(fd.get(), fam, only_route, 0, /*always=*/false);
  socklen_t len = 0;
  auto to = to_sockaddr(destination, 1025, len);
  if (::connect(fd.get(), reinterpret_cast<sockaddr*>(&to), len) != 0)
    return {{}, {errno, std::generic_category()}};
  sockaddr_storage me{};
  socklen_t me_len = sizeof me;
  if (::getsockname(fd.get(), reinterpret_cast<sockaddr*>(&me), &me_len) != 0)
    return {{}, {errno, std::generic_category()}};
  return {from_sockaddr(&me), {}};
}

std::unique_ptr<network> make_socket_network(const socket_options& opts, socket_report* report) {
  return std::make_unique<socket_network>(opts, report);
}

}  // namespace nettrio
