#include "dns/cares_channel.hpp"

#include <nettrio/probe/event_loop.hpp>

#include "probe/loop_impl.hpp"

#include <boost/asio/posix/stream_descriptor.hpp>

#include <sys/socket.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>
#include <system_error>

namespace nettrio::detail {

void init_cares() {
  static std::once_flag once;
  static int status = ARES_SUCCESS;
  std::call_once(once, [] { status = ares_library_init(ARES_LIB_INIT_ALL); });
  if (status != ARES_SUCCESS)
    throw std::system_error(ENOMEM, std::generic_category(),
                            std::string("c-ares cannot start: ") + ares_strerror(status));
}

struct cares_channel::state : std::enable_shared_from_this<state> {
  struct watch {
    watch(boost::asio::io_context& io, int fd) : d(io, fd) {}
    boost::asio::posix::stream_descriptor d;
    bool read = false, write = false;
    bool read_armed = false, write_armed = false;
  };

  explicit state(event_loop& l) : loop(l) {}

  event_loop& loop;
  ares_channel channel = nullptr;
  std::map<int, std::shared_ptr<watch>> watches;
  event_loop::timer timer;
  bool closing = false;

  // c-ares owns (and closes) its sockets: stop watching, never close.
  static void forget(watch& w) {
    boost::system::error_code ignored;
    w.d.cancel(ignored);
    (void)w.d.release();
  }

  void shutdown() {
    closing = true;
    timer.cancel();
    for (auto& [fd, w] : watches) forget(*w);
    watches.clear();
    if (channel) ares_destroy(channel);  // pending callbacks: ARES_EDESTRUCTION
    channel = nullptr;
  }

  static void on_sock_state(void* data, ares_socket_t fd, int readable, int writable) {
    auto* self = static_cast<state*>(data);
    if (self->closing) return;
    if (!readable && !writable) {
      if (auto it = self->watches.find(fd); it != self->watches.end()) {
        forget(*it->second);  // c-ares closes it right after this callback
        self->watches.erase(it);
      }
      return;
    }
    auto& w = self->watches[fd];
    if (!w) w = std::make_shared<watch>(self->loop.impl().io, fd);
    w->read = readable != 0;
    w->write = writable != 0;
    self->arm(fd, w);
  }

  void arm(int fd, const std::shared_ptr<watch>& w) {
    std::weak_ptr<state> weak = weak_from_this();
    auto wait = [&](boost::asio::posix::descriptor_base::wait_type type, bool& armed,
                    bool readable) {
      armed = true;
      w->d.async_wait(type, [weak, fd, w, &armed, readable](const boost::system::error_code& ec) {
        armed = false;
        auto self = weak.lock();
        if (!self || ec || self->closing || !w->d.is_open()) return;
        self->ready(fd, readable);
      });
    };
    if (w->read && !w->read_armed)
      wait(boost::asio::posix::descriptor_base::wait_read, w->read_armed, true);
    if (w->write && !w->write_armed)
      wait(boost::asio::posix::descriptor_base::wait_write, w->write_armed, false);
  }

  void ready(int fd, bool readable) {
    // The callbacks c-ares runs from here may drop the last owner's interest: keep alive.
    auto keep = shared_from_this();
    ares_process_fd(channel, readable ? fd : ARES_SOCKET_BAD, readable ? ARES_SOCKET_BAD : fd);
    if (closing) return;
    // Still watched (and not replaced by a new socket): wait again.
    if (auto it = watches.find(fd); it != watches.end()) arm(fd, it->second);
    schedule_timeout();
  }

  void schedule_timeout() {
    timer.cancel();
    if (closing || !channel) return;
    timeval tv{};
    if (!ares_timeout(channel, nullptr, &tv)) return;  // nothing pending
    const auto after = std::chrono::seconds(tv.tv_sec) + std::chrono::microseconds(tv.tv_usec);
    std::weak_ptr<state> weak = weak_from_this();
    timer = loop.schedule(after, [weak] {
      auto self = weak.lock();
      if (!self || self->closing) return;
      ares_process_fd(self->channel, ARES_SOCKET_BAD, ARES_SOCKET_BAD);  // expire timeouts
      self->schedule_timeout();
    });
  }
};

cares_channel::cares_channel(event_loop& loop, ares_options opts, int optmask) {
  if (loop.is_manual())
    throw std::invalid_argument("c-ares needs a real-time loop (it uses sockets)");
  init_cares();
  state_ = std::make_shared<state>(loop);
  opts.sock_state_cb = &state::on_sock_state;
  opts.sock_state_cb_data = state_.get();
  if (const int st = ares_init_options(&state_->channel, &opts, optmask | ARES_OPT_SOCK_STATE_CB);
      st != ARES_SUCCESS) {
    state_->channel = nullptr;
    throw std::system_error(ENOMEM, std::generic_category(),
                            std::string("c-ares cannot start: ") + ares_strerror(st));
  }
}

cares_channel::~cares_channel() {
  if (state_) state_->shutdown();
}

ares_channel cares_channel::get() const noexcept {
  return state_->channel;
}

void cares_channel::use_server(const ip_address& server, std::uint16_t port) {
  ares_addr_port_node node{};
  node.family = server.is_v4() ? AF_INET : AF_INET6;
  if (server.is_v4())
    std::memcpy(&node.addr.addr4, server.bytes().data(), 4);
  else
    std::memcpy(&node.addr.addr6, server.bytes().data(), 16);
  node.udp_port = port;
  node.tcp_port = port;
  if (const int st = ares_set_servers_ports(state_->channel, &node); st != ARES_SUCCESS)
    throw std::system_error(
        EINVAL, std::generic_category(),
        std::string("c-ares cannot use server ") + server.to_string() + ": " + ares_strerror(st));
}

void cares_channel::kick() {
  state_->schedule_timeout();
}

}  // namespace nettrio::detail
