#pragma once
// Private: the socket kinds under socket_network, one file each, and what they share.
//  - icmp_socket (socket_icmp.cpp): ICMP datagram or raw socket of one family; echo probes,
//    and on a raw socket every ICMP error of the host (decode_raw_icmp).
//  - udp_socket (socket_udp.cpp): UDP socket of one family on a fixed source port; errors
//    from its error queue (decode_errqueue) when no raw ICMP socket reads them.
//  - tcp_sockets (socket_tcp.cpp): one connect()ing socket per TCP probe, plus the raw TCP
//    socket whose copies of SYN-ACK/RST give kernel timestamps.
//  - raw_socket (socket_raw.cpp): a raw socket of one IP protocol (raw probes, traceroute
//    -P), connected to the destination; errors from its error queue.
// Each kind opens its fds into unique_fds (nothing leaks when a constructor throws), is
// watched on the loop between start() and stop(), and hands decoded replies to a sink; the
// engine matches them.

#include <nettrio/probe/event_loop.hpp>
#include <nettrio/probe/network.hpp>
#include <nettrio/probe/socket_network.hpp>

#include "../unique_fd.hpp"
#include "receive.hpp"

#include <boost/asio/posix/stream_descriptor.hpp>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <vector>

namespace nettrio::detail {

using reply_sink = std::function<void(reply&&)>;

[[nodiscard]] std::system_error sys_error(int err, const std::string& what);
[[nodiscard]] int af_of(ip_family f) noexcept;
/// Best effort: options are hints here.
void set_int(int fd, int level, int opt, int value) noexcept;
/// Don't Fragment per socket_options::dont_fragment.
void set_dont_fragment(int fd, ip_family fam, std::optional<bool> df,
                       bool respect_path_mtu = false) noexcept;
/// The MTU the local stack allows towards `to` with these Don't Fragment settings, as
/// tracepath learns it: a datagram too large for any link fails with EMSGSIZE and the
/// error queue names the MTU (nothing is sent). nullopt when the kernel does not say.
[[nodiscard]] std::optional<std::uint32_t> probe_local_mtu(const ip_address& to,
                                                           const socket_options& o);
/// How many next hops the local routing table gives towards `to` for probes leaving with
/// `e` (device, source, mark, TOS): 1 for a route with one next hop (or none: on link), N
/// for a multipath route of N. nullopt when the kernel does not say, or when policy rules
/// select by port or protocol (flows of one destination could take different routes).
[[nodiscard]] std::optional<int> local_next_hops(const ip_address& to, const egress_options& e);
/// socket_options::egress on one probe socket: device, TOS (not on a raw IPv4 socket that
/// writes its own header: `tos_in_header`), SO_DONTROUTE, SO_MARK, SO_SNDBUF,
/// SO_BROADCAST. Throws std::system_error when the device cannot be used; a refused mark
/// goes to `warnings` when given.
void apply_egress(int fd, ip_family fam, const egress_options& e, bool tos_in_header,
                  std::vector<std::string>* warnings = nullptr);
/// Binds `fd` to the egress source address (when it is of `fam`, else the wildcard) and
/// `port`; `always` false skips the call when neither is asked for. Throws
/// std::system_error ("bind: ...") when the kernel refuses.
void bind_source(int fd, ip_family fam, const egress_options& e, std::uint16_t port, bool always);
/// IP_TTL / IPV6_UNICAST_HOPS, skipped when `current` already is `ttl`.
void set_ttl(int fd, ip_family fam, int& current, int ttl) noexcept;
/// sendto, retried when a pending socket error (not this datagram's) made it fail.
[[nodiscard]] ssize_t send_once_more(int fd, const void* buf, std::size_t len,
                                     const sockaddr_storage& to, socklen_t tolen) noexcept;
/// The local port a socket is bound to (0 when unknown).
[[nodiscard]] std::uint16_t local_port(int fd) noexcept;

/// A socket and, between watch() and unwatch(), its Asio descriptor on a loop.
class watched_fd {
 public:
  watched_fd() = default;
  explicit watched_fd(unique_fd fd) noexcept : fd_(std::move(fd)) {}
  ~watched_fd() { unwatch(); }
  watched_fd(const watched_fd&) = delete;
  watched_fd& operator=(const watched_fd&) = delete;

  /// Takes `fd` (not while watched: the loop's handler holds `this`, so no moves either).
  void adopt(unique_fd fd) noexcept {
    unwatch();
    fd_ = std::move(fd);
  }
  [[nodiscard]] int get() const noexcept { return fd_.get(); }
  [[nodiscard]] bool valid() const noexcept { return fd_.valid(); }
  /// Calls `on_readable` from the loop each time the socket has something to read.
  void watch(event_loop& loop, std::function<void()> on_readable);
  /// Stops watching; the fd stays ours (release(), not close()).
  void unwatch() noexcept;

 private:
  void arm();
  unique_fd fd_;
  std::unique_ptr<boost::asio::posix::stream_descriptor> desc_;
  std::function<void()> on_readable_;
};

/// One thread that shares a job's chunks with its caller: each takes the next chunk until
/// none is left, and run() returns when every chunk is done. It lives as long as its owner,
/// so a sweep's send batches start no thread each.
class chunk_helper {
 public:
  chunk_helper();
  ~chunk_helper();
  chunk_helper(const chunk_helper&) = delete;
  chunk_helper& operator=(const chunk_helper&) = delete;
  /// Runs work(0) .. work(chunks - 1), some on the calling thread, some on the helper.
  void run(std::size_t chunks, const std::function<void(std::size_t)>& work);

 private:
  void loop();
  std::mutex mu_;
  std::condition_variable posted_, left_;
  const std::function<void(std::size_t)>* work_ = nullptr;  // under mu_ while open_
  std::size_t chunks_ = 0;
  std::atomic<std::size_t> next_{0};
  std::uint64_t job_ = 0;  // under mu_: the job being offered
  bool open_ = false;      // under mu_: the helper may still join job_
  bool inside_ = false;    // under mu_: the helper works on job_
  bool stop_ = false;      // under mu_
  std::thread thread_;
};

class icmp_socket {
 public:
  /// Opens a datagram socket (when allowed and wanted) or a raw one with identifier
  /// `raw_id`. Empty when none can be had and the caller can do without (`required`
  /// false); throws std::system_error naming the fix otherwise.
  [[nodiscard]] static std::unique_ptr<icmp_socket> open(
      ip_family fam, const socket_options& o, bool required, std::uint16_t raw_id,
      std::vector<std::string>* warnings = nullptr);

  [[nodiscard]] bool raw() const noexcept { return raw_; }
  [[nodiscard]] std::uint16_t echo_id() const noexcept { return echo_id_; }
  /// A raw socket also reads the answers to UDP probes from `port` (no error queue then).
  void answer_udp(std::uint16_t port) noexcept {
    udp_via_raw_ = raw_;
    udp_port_ = port;
  }
  [[nodiscard]] bool answers_udp() const noexcept { return udp_via_raw_; }

  ~icmp_socket();
  icmp_socket(const icmp_socket&) = delete;
  icmp_socket& operator=(const icmp_socket&) = delete;

  void start(event_loop& loop, std::span<datagram> ds, reply_sink sink);
  void stop() noexcept;
  /// Reads everything queued now (also called before a TCP probe's socket goes).
  void drain();

  [[nodiscard]] std::error_code send(const probe& p, wall_time& sent_at);
  /// Sends many IPv4 echo probes on a raw socket with sendmmsg, shared with a helper thread
  /// (chunk_helper); false when this socket cannot (then the caller sends one by one).
  bool send_batch(std::span<const probe> probes, std::span<wall_time> sent_at,
                  std::span<std::error_code> errors);

  icmp_socket(ip_family fam, unique_fd fd, bool raw, const socket_options& o);

 private:
  [[nodiscard]] std::vector<std::byte> echo_bytes(const probe& p) const;
  void write_echo_v4(const probe& p, std::span<std::byte> out) const;
  [[nodiscard]] std::optional<reply> decode(const datagram& d) const;
  void deliver(const datagram& d);
  // Receiving on a thread of its own, for sweeps (send_batch of many probes): it reads and
  // decodes while the loop thread sends and matches, and hands the replies over in batches.
  void start_receiver();
  void stop_receiver() noexcept;
  void receive_loop();
  void hand_over();

  ip_family family_;
  watched_fd fd_;
  bool raw_ = false;
  bool hdrincl_ = false;  // raw IPv4 writing its own header (not with IPv4 options)
  std::uint16_t echo_id_ = 0;
  int ttl_ = -1;  // last TTL set with setsockopt
  std::optional<bool> dont_fragment_;
  std::uint8_t tos_ = 0;  // raw IPv4 writes it in its own header
  bool udp_via_raw_ = false;
  std::uint16_t udp_port_ = 0;
  std::span<datagram> dgrams_;  // received a batch at a time
  bool draining_ = false;
  reply_sink sink_;
  event_loop* loop_ = nullptr;
  std::thread receiver_;
  std::unique_ptr<chunk_helper> sender_;  // the second sending thread of a sweep
  unique_fd wake_;                        // eventfd: tells the receiver to stop
  bool receiving_ = false;  // (loop thread) the receiver reads; hand-overs are delivered
  std::mutex ready_mu_;
  std::vector<reply> ready_;       // decoded by the receiver, not yet handed over
  bool hand_over_posted_ = false;  // under ready_mu_
  std::vector<reply> handing_;     // (loop thread) the batch being delivered
  std::shared_ptr<char> life_ = std::make_shared<char>();  // expires with the socket
};

class udp_socket {
 public:
  /// Opens and binds the UDP socket (throws std::system_error when it cannot). `errqueue`:
  /// read ICMP errors from the socket's error queue (no raw ICMP socket reads them).
  udp_socket(ip_family fam, const socket_options& o, bool errqueue);

  [[nodiscard]] std::uint16_t port() const noexcept { return port_; }
  void start(event_loop& loop, datagram& d, reply_sink sink);
  void stop() noexcept;
  [[nodiscard]] std::error_code send(const probe& p, wall_time& sent_at);

 private:
  void drain();

  ip_family family_;
  watched_fd fd_;
  std::uint16_t port_ = 0;
  datagram* dgram_ = nullptr;
  int ttl_ = -1;
  bool errqueue_ = false;
  reply_sink sink_;
};

class raw_socket {
 public:
  /// Opens a raw socket of IP protocol `protocol` (throws std::system_error "socket: ..."
  /// when it cannot: CAP_NET_RAW, or a number the kernel refuses).
  raw_socket(ip_family fam, const socket_options& o, int protocol);

  void start(event_loop& loop, datagram& d, reply_sink sink);
  void stop() noexcept;
  /// Connects to the probe's destination first when it is another (as traceroute).
  [[nodiscard]] std::error_code send(const probe& p, wall_time& sent_at);

 private:
  void drain();

  ip_family family_;
  watched_fd fd_;
  std::optional<ip_address> connected_;
  datagram* dgram_ = nullptr;
  int ttl_ = -1;
  reply_sink sink_;
};

class tcp_sockets {
 public:
  /// Called before a probe's outcome is read: the raw ICMP socket of that family reads
  /// what it holds, so routers' answers about the probe reach the engine first.
  using drain_hook = std::function<void(ip_family)>;

  tcp_sockets(const socket_options& o, bool v4, bool v6);
  ~tcp_sockets();
  tcp_sockets(const tcp_sockets&) = delete;
  tcp_sockets& operator=(const tcp_sockets&) = delete;

  void start(event_loop& loop, datagram& d, reply_sink sink, drain_hook drain_icmp);
  void stop() noexcept;
  [[nodiscard]] std::error_code send(const probe& p, wall_time& sent_at);
  void cancel(std::uint64_t token) noexcept;
  /// The probe whose socket has these addresses and ports (the kernel's demultiplexing:
  /// one socket per 4-tuple), for errors a raw ICMP socket read; nullopt when none.
  [[nodiscard]] std::optional<std::uint64_t> token_of(const ip_address& destination,
                                                      std::uint16_t src_port,
                                                      std::uint16_t dst_port) const;

 private:
  struct probe_socket;
  void on_writable(std::uint64_t token);
  void drain_raw(ip_family fam);

  socket_options opts_;
  std::array<watched_fd, 2> raw_;  // per family: copies of SYN-ACK/RST segments
  std::unordered_map<std::uint64_t, std::unique_ptr<probe_socket>> probes_;
  event_loop* loop_ = nullptr;
  datagram* dgram_ = nullptr;
  reply_sink sink_;
  drain_hook drain_icmp_;
};

[[nodiscard]] inline std::size_t index(ip_family f) noexcept {
  return f == ip_family::v4 ? 0 : 1;
}

}  // namespace nettrio::detail
