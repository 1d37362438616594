// The ICMP socket of one family: an unprivileged datagram ("ping") socket where
// net.ipv4.ping_group_range allows, a raw socket otherwise. Echo probes go out here; a raw
// socket also reads every ICMP error of the host, for UDP and TCP probes too.
#include <nettrio/packet/checksum.hpp>
#include <nettrio/packet/icmp.hpp>
#include <nettrio/packet/ipv4.hpp>
#include <nettrio/packet/ipv4_options.hpp>
#include <nettrio/probe/decode.hpp>
#include <nettrio/probe/privileges.hpp>

#include "../sockaddr.hpp"
#include "socket_kinds.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <linux/icmp.h>
#include <netinet/icmp6.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <iterator>
#include <thread>

namespace nettrio::detail {

namespace pk = packet;

std::unique_ptr<icmp_socket> icmp_socket::open(ip_family fam, const socket_options& o,
                                               bool required, std::uint16_t raw_id,
                                               std::vector<std::string>* warnings) {
  const int af = af_of(fam);
  const int proto = fam == ip_family::v4 ? int{IPPROTO_ICMP} : int{IPPROTO_ICMPV6};
  unique_fd owned;
  bool raw = false;
  int dgram_err = 0;
  // Identifier 0 only on a raw socket: the kernel gives a ping socket bound to port 0 one of
  // its own (iputils: "ident 0 => forcing raw socket").
  const bool raw_only =
      o.icmp_kind == icmp_socket_kind::raw || o.egress.echo_identifier == std::uint16_t{0};
  // IPv4 options (ping -R): a raw socket reads them in the reply's header; a ping socket
  // would not show them. Raw first then, a ping socket only when raw cannot be had.
  const bool raw_first =
      fam == ip_family::v4 && !o.ipv4_options.empty() && o.icmp_kind != icmp_socket_kind::datagram;
  if (raw_first) {
    owned.reset(socket_with_net_raw(af, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, proto));
    if (owned.valid()) raw = true;
  }
  if (!owned.valid() && !raw_only && o.icmp) {
    owned.reset(::socket(af, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, proto));
    if (!owned.valid()) dgram_err = errno;
  }
  if (!owned.valid() && !raw_first && o.icmp_kind != icmp_socket_kind::datagram) {
    owned.reset(socket_with_net_raw(af, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, proto));
    if (owned.valid()) raw = true;
  }
  if (!owned.valid()) {
    const int err = errno ? errno : dgram_err;
    if (!required) return nullptr;  // TCP works without it; routers' answers just go unseen
    throw sys_error(err, fmt::format("cannot open an ICMP{} socket (needs CAP_NET_RAW, or add your "
                                     "group to net.ipv{}.ping_group_range)",
                                     fam == ip_family::v4 ? "" : "v6", 4));
  }
  auto s = std::make_unique<icmp_socket>(fam, std::move(owned), raw, o);
  apply_egress(s->fd_.get(), fam, o.egress, /*tos_in_header=*/s->hdrincl_, warnings);
  if (raw) {
    s->echo_id_ = o.egress.echo_identifier.value_or(raw_id);
    bind_source(s->fd_.get(), fam, o.egress, 0, /*always=*/false);  // the kernel fills it in
    // Best effort: without it the decoder drops those replies itself.
    if (!attach_echo_filter(s->fd_.get(), fam, s->echo_id_))
      spdlog::debug("cannot attach the echo identifier filter: {}", std::strerror(errno));
  } else {
    // The kernel names a ping socket by a local "port" and puts it in the identifier: the
    // one asked for (ping -e), or one it picks.
    bind_source(s->fd_.get(), fam, o.egress, o.egress.echo_identifier.value_or(0),
                /*always=*/true);
    s->echo_id_ = local_port(s->fd_.get());
  }
  spdlog::debug("ICMPv{} {} socket open, identifier {}", fam == ip_family::v4 ? 4 : 6,
                raw ? "raw" : "datagram", s->echo_id_);
  return s;
}

icmp_socket::icmp_socket(ip_family fam, unique_fd fd, bool raw, const socket_options& o)
    : family_(fam),
      fd_(std::move(fd)),
      raw_(raw),
      dont_fragment_(o.dont_fragment),
      tos_(o.egress.tos.value_or(0)) {
  const int f = fd_.get();
  set_int(f, SOL_SOCKET, SO_TIMESTAMPNS, 1);
  set_dont_fragment(f, fam, o.dont_fragment,
                    o.respect_path_mtu);  // raw IPv4 writes DF in its header
  // SO_RCVBUF, not SO_RCVBUFFORCE: that one uses CAP_NET_ADMIN, which nettrio never holds.
  // The kernel caps the size at net.core.rmem_max.
  set_int(f, SOL_SOCKET, SO_RCVBUF, o.receive_buffer);
  if (fam == ip_family::v4) {
    set_int(f, SOL_IP, IP_RECVTTL, 1);
    if (!o.ipv4_options.empty()) {
      // The kernel writes the options (and, for record route, the first address: the
      // sender's own), so no IP_HDRINCL then: TTL and TOS go by socket option.
      auto opt = o.ipv4_options;
      const auto set = [&] {
        return ::setsockopt(f, IPPROTO_IP, IP_OPTIONS, opt.data(),
                            static_cast<socklen_t>(opt.size())) == 0;
      };
      if (!set()) {
        // iputils' words; a timestamp option the kernel refuses is tried once more with
        // flag 2, as iputils does.
        if (opt.size() < 4 || opt[0] != std::byte{pk::ipopt::timestamp})
          throw sys_error(errno, "record route");
        opt[3] = std::byte{2};
        if (!set()) throw sys_error(errno, "ts option");
      }
      if (!raw) set_int(f, SOL_IP, IP_RECVOPTS, 1);
    } else if (raw) {
      hdrincl_ = true;
    }
    if (raw) {
      // We write the IPv4 header ourselves (TTL per packet, no setsockopt per probe), and
      // the kernel then sends without taking the socket lock: two threads can send at
      // once (send_batch). It fills in source address, id, length and checksum.
      if (hdrincl_) set_int(f, SOL_IP, IP_HDRINCL, 1);
      // Only what can answer a probe: echo reply, unreachable, time exceeded.
      icmp_filter filt{};
      filt.data =
          ~((1U << ICMP_ECHOREPLY) | (1U << ICMP_DEST_UNREACH) | (1U << ICMP_TIME_EXCEEDED));
      ::setsockopt(f, SOL_RAW, ICMP_FILTER, &filt, sizeof filt);
    } else {
      set_int(f, SOL_IP, IP_RECVERR, 1);
    }
  } else {
    set_int(f, SOL_IPV6, IPV6_RECVHOPLIMIT, 1);
    if (raw) {
      icmp6_filter filt;
      ICMP6_FILTER_SETBLOCKALL(&filt);
      ICMP6_FILTER_SETPASS(ICMP6_ECHO_REPLY, &filt);
      ICMP6_FILTER_SETPASS(ICMP6_DST_UNREACH, &filt);
      ICMP6_FILTER_SETPASS(ICMP6_TIME_EXCEEDED, &filt);
      ICMP6_FILTER_SETPASS(ICMP6_PACKET_TOO_BIG, &filt);
      ::setsockopt(f, IPPROTO_ICMPV6, ICMP6_FILTER, &filt, sizeof filt);
    } else {
      set_int(f, SOL_IPV6, IPV6_RECVERR, 1);
    }
  }
}

icmp_socket::~icmp_socket() {
  stop_receiver();
}

void icmp_socket::start(event_loop& loop, std::span<datagram> ds, reply_sink sink) {
  dgrams_ = ds;
  sink_ = std::move(sink);
  loop_ = &loop;
  fd_.watch(loop, [this] { drain(); });
}

void icmp_socket::stop() noexcept {
  stop_receiver();
  fd_.unwatch();
}

void icmp_socket::drain() {
  // Never re-entered: a nested drain would overwrite the batch being read. The outer one
  // reads on until EAGAIN, so nothing waits.
  if (dgrams_.empty() || draining_) return;
  draining_ = true;
  struct reset {
    bool& flag;
    ~reset() { flag = false; }
  } done{draining_};
  // Error queue first (IP_RECVERR, datagram sockets), then ordinary data; each until EAGAIN.
  auto& d0 = dgrams_.front();
  const errqueue_context eq{family_, probe_protocol::icmp_echo, echo_id_, 0, false};
  for (int i = 0; i < 4096 && receive(fd_.get(), d0, MSG_ERRQUEUE); ++i)
    if (auto r = decode_errqueue(eq, d0.as_queued_error())) {
      r->received = d0.stamp;
      sink_(std::move(*r));
    }
  // A batch a system call (recvmmsg): a sweep's replies arrive by the thousand.
  for (std::size_t total = 0; total < 65536;) {
    const std::size_t n = receive_batch(fd_.get(), dgrams_);
    for (std::size_t k = 0; k < n; ++k) deliver(dgrams_[k]);
    total += n;
    if (n < dgrams_.size()) break;  // the queue is empty (or an error): nothing more now
  }
}

std::optional<reply> icmp_socket::decode(const datagram& d) const {
  auto from = from_sockaddr(&d.from);
  if (!from) return std::nullopt;
  // A ping socket hands us echo replies already filtered by identifier (no IP header); a
  // raw socket sees every ICMP message of the host: decode and let the engine decide.
  auto r = raw_ ? decode_raw_icmp(raw_icmp_context{family_, echo_id_, udp_via_raw_, udp_port_,
                                                   hdrincl_ || family_ != ip_family::v4},
                                  d.bytes(), d.ttl)
                : decode_dgram_icmp(family_, echo_id_, d.bytes(), d.ttl);
  if (!r) return std::nullopt;
  if (!raw_ && r->what == reply::kind::echo_reply)
    r->ip_options.assign(d.ip_options.begin(), d.ip_options.end());
  r->from = *from;
  r->received = d.stamp;
  if (r->what == reply::kind::echo_reply) r->probe_destination = *from;
  return r;
}

void icmp_socket::deliver(const datagram& d) {
  if (auto r = decode(d)) sink_(std::move(*r));
}

// A sweep's replies come by the ten thousand while its probes go out: a thread of its own
// reads and decodes them (recvmmsg), so the loop thread only sends and matches. Only the
// raw socket of a sweep starts one (send_batch); a single target's ping stays on the loop.
void icmp_socket::start_receiver() {
  if (receiving_ || !loop_ || dgrams_.empty() || !raw_) return;
  wake_.reset(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK));
  if (!wake_.valid()) return;  // then the loop goes on reading
  fd_.unwatch();               // the receiver reads from now on
  receiving_ = true;
  receiver_ = std::thread([this] { receive_loop(); });
}

void icmp_socket::stop_receiver() noexcept {
  if (!receiver_.joinable()) return;
  const std::uint64_t one = 1;
  if (::write(wake_.get(), &one, sizeof one) < 0)
    spdlog::debug("cannot wake the ICMP receiver: {}", std::strerror(errno));
  receiver_.join();
  receiving_ = false;
  const std::lock_guard lock(ready_mu_);
  ready_.clear();             // the run is over: what came after is nobody's
  hand_over_posted_ = false;  // a hand-over still posted finds nothing (and a restart posts anew)
}

void icmp_socket::receive_loop() {
  // Its own buffers, left uninitialised: only the pages a reply fills are touched.
  const auto buffers = std::make_unique_for_overwrite<datagram[]>(64);
  const std::span<datagram> ds(buffers.get(), 64);
  std::vector<reply> got;
  const std::weak_ptr<char> alive = life_;
  std::array<pollfd, 2> fds{{{fd_.get(), POLLIN, 0}, {wake_.get(), POLLIN, 0}}};
  for (;;) {
    if (::poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      spdlog::debug("ICMP receiver: poll: {}", std::strerror(errno));
      return;
    }
    if (fds[1].revents != 0) return;  // stop_receiver
    for (std::size_t total = 0; total < 65536;) {
      const std::size_t n = receive_batch(fd_.get(), ds);
      for (std::size_t k = 0; k < n; ++k)
        if (auto r = decode(ds[k])) got.push_back(std::move(*r));
      total += n;
      if (n < ds.size()) break;
    }
    if (got.empty()) continue;
    {
      const std::lock_guard lock(ready_mu_);
      if (ready_.empty())
        ready_.swap(got);
      else
        std::move(got.begin(), got.end(), std::back_inserter(ready_));
      if (!hand_over_posted_) {
        hand_over_posted_ = true;
        loop_->post([this, alive] {
          if (!alive.expired()) hand_over();
        });
      }
    }
    got.clear();
    // Replies are coming: let a batch gather before the next read. Waking for every few
    // replies cost a poll, a recvmmsg and two context switches each (strace: 7,300 of each
    // for a /16). The kernel stamps each reply (SO_TIMESTAMPNS), so RTTs lose nothing, and
    // the socket's buffer holds thousands of replies.
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
}

void icmp_socket::hand_over() {
  {
    const std::lock_guard lock(ready_mu_);
    handing_.swap(ready_);
    hand_over_posted_ = false;
  }
  // In order, each as the loop's own read would have delivered it; none after stop().
  for (auto& r : handing_)
    if (receiving_) sink_(std::move(r));
  handing_.clear();
}

// The bytes of an echo probe as the socket wants them: with an IPv4 header in front on a
// raw IPv4 socket (IP_HDRINCL), the ICMP message alone otherwise.
std::vector<std::byte> icmp_socket::echo_bytes(const probe& p) const {
  if (!hdrincl_) return pk::make_echo_request(family_, echo_id_, p.sequence, p.payload);
  std::vector<std::byte> pkt(pk::ipv4_header::min_size + pk::icmp_header::size + p.payload.size());
  write_echo_v4(p, pkt);
  return pkt;
}

// echo_bytes for a raw IPv4 socket, written into `out` (exactly the packet's size). Our
// identification, which routers quote back: an error about this probe must carry it (the
// kernel keeps a nonzero one, raw_send_hdrinc). Source, total length and checksum left 0:
// the kernel fills them in.
void icmp_socket::write_echo_v4(const probe& p, std::span<std::byte> out) const {
  pk::ipv4_header h;
  h.identification = p.ip_id;
  h.tos = tos_;
  if (dont_fragment_.value_or(false)) h.flags_fragment = pk::ipv4_header::dont_fragment;
  h.ttl = p.ttl;
  h.protocol = pk::ip_proto_icmp;
  h.destination = p.destination;
  h.encode(out);
  auto icmp = out.subspan(pk::ipv4_header::min_size);
  pk::icmp_header e;
  e.type = pk::icmp4::echo_request;
  e.identifier = echo_id_;
  e.sequence = p.sequence;
  e.encode(icmp);
  std::copy(p.payload.begin(), p.payload.end(), icmp.begin() + pk::icmp_header::size);
  pk::store_be16(icmp, 2, pk::internet_checksum(icmp));
}

std::error_code icmp_socket::send(const probe& p, wall_time& sent_at) {
  if (!hdrincl_) set_ttl(fd_.get(), family_, ttl_, p.ttl);
  auto pkt = echo_bytes(p);
  socklen_t len = 0;
  auto to = to_sockaddr(p.destination, 0, len);
  sent_at = wall_clock::now();
  if (send_once_more(fd_.get(), pkt.data(), pkt.size(), to, len) < 0)
    return {errno, std::generic_category()};
  return {};
}

bool icmp_socket::send_batch(std::span<const probe> probes, std::span<wall_time> sent_at,
                             std::span<std::error_code> errors) {
  // Fast path for sweeps: IPv4 echo on a raw socket (IP_HDRINCL). Most of a probe's cost
  // is the kernel carrying it (and, on a local path, its reply); sendmmsg trims syscall
  // overhead and a second thread puts the other core to work.
  if (!hdrincl_) return false;
  // Every packet of the batch in one buffer (IPv4 header, ICMP header, payload), written in
  // place: no allocation per probe.
  std::vector<std::size_t> at_byte(probes.size() + 1);
  for (std::size_t i = 0; i < probes.size(); ++i)
    at_byte[i + 1] =
        at_byte[i] + pk::ipv4_header::min_size + pk::icmp_header::size + probes[i].payload.size();
  std::vector<std::byte> flat(at_byte.back());
  std::vector<sockaddr_storage> to(probes.size());
  std::vector<socklen_t> to_len(probes.size());
  for (std::size_t i = 0; i < probes.size(); ++i) {
    write_echo_v4(probes[i], std::span(flat).subspan(at_byte[i], at_byte[i + 1] - at_byte[i]));
    to[i] = to_sockaddr(probes[i].destination, 0, to_len[i]);
  }
  if (probes.size() >= 64) start_receiver();  // a sweep: its replies come by the thousand
  const int fd = fd_.get();
  constexpr std::size_t chunk = 32;  // messages per sendmmsg; the helper's unit of work
  auto send_range = [&](std::size_t begin, std::size_t end) {
    std::array<mmsghdr, chunk> msgs{};
    std::array<iovec, chunk> iov{};
    for (std::size_t at = begin; at < end;) {
      const std::size_t n = std::min(chunk, end - at);
      for (std::size_t k = 0; k < n; ++k) {
        iov[k] = {flat.data() + at_byte[at + k], at_byte[at + k + 1] - at_byte[at + k]};
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
    return true;
  }
  // Both threads take chunks until none is left, so neither waits for a fixed half the other
  // was slower at; the helper thread stays for the next batch.
  if (!sender_) sender_ = std::make_unique<chunk_helper>();
  const std::function<void(std::size_t)> work = [&](std::size_t c) {
    send_range(c * chunk, std::min(probes.size(), (c + 1) * chunk));
  };
  sender_->run((probes.size() + chunk - 1) / chunk, work);
  return true;
}

chunk_helper::chunk_helper() : thread_([this] { loop(); }) {}

chunk_helper::~chunk_helper() {
  {
    const std::lock_guard lock(mu_);
    stop_ = true;
  }
  posted_.notify_one();
  thread_.join();
}

void chunk_helper::run(std::size_t chunks, const std::function<void(std::size_t)>& work) {
  {
    const std::lock_guard lock(mu_);
    work_ = &work;
    chunks_ = chunks;
    next_.store(0, std::memory_order_relaxed);
    ++job_;
    open_ = true;
  }
  posted_.notify_one();
  for (std::size_t c; (c = next_.fetch_add(1, std::memory_order_relaxed)) < chunks;) work(c);
  // Nothing left to take: close the job (a helper not yet awake skips it) and wait for the
  // chunk the helper may still be sending. Its writes are ours after the lock.
  std::unique_lock lock(mu_);
  open_ = false;
  left_.wait(lock, [this] { return !inside_; });
  work_ = nullptr;
}

void chunk_helper::loop() {
  std::uint64_t done = 0;
  std::unique_lock lock(mu_);
  for (;;) {
    posted_.wait(lock, [&] { return stop_ || (open_ && job_ != done); });
    if (stop_) return;
    done = job_;
    inside_ = true;
    const auto* work = work_;
    const std::size_t chunks = chunks_;
    lock.unlock();
    for (std::size_t c; (c = next_.fetch_add(1, std::memory_order_relaxed)) < chunks;) (*work)(c);
    lock.lock();
    inside_ = false;
    left_.notify_one();
  }
}

}  // namespace nettrio::detail
