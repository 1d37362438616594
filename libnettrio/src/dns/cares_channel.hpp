#pragma once
// Private: one c-ares channel driven by an event_loop, no threads. c-ares' sockets are
// watched by the loop (sock_state_cb), its timeouts are timers on the loop's clock, and
// every answer callback runs inside the loop. Shared by check's dns step (check/dns.cpp)
// and trace's reverse lookups (trace/reverse_dns.cpp).

#include <nettrio/address.hpp>

#include <ares.h>

#include <cstdint>
#include <memory>

namespace nettrio {
class event_loop;
}

namespace nettrio::detail {

class cares_channel {
 public:
  /// A channel with `opts` (the fields `optmask` names; the socket callback is set here).
  /// Throws std::invalid_argument for a manual-time loop (c-ares needs real sockets),
  /// std::system_error when c-ares cannot start.
  cares_channel(event_loop& loop, ares_options opts, int optmask);
  /// Destroys the channel: callbacks still pending get ARES_EDESTRUCTION, from here.
  ~cares_channel();
  cares_channel(const cares_channel&) = delete;
  cares_channel& operator=(const cares_channel&) = delete;

  [[nodiscard]] ares_channel get() const noexcept;
  /// Ask only `server` on `port` (UDP and TCP) instead of resolv.conf's servers. Throws
  /// std::system_error when c-ares refuses it.
  void use_server(const ip_address& server, std::uint16_t port);
  /// After sending queries: (re)arms the timer for c-ares' next timeout.
  void kick();

 private:
  struct state;
  std::shared_ptr<state> state_;
};

/// ares_library_init, once per process; throws std::system_error when it fails.
void init_cares();

}  // namespace nettrio::detail
