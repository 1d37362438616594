#pragma once
// Reverse lookups (PTR names) on the caller's event_loop, no threads: c-ares asks the
// servers of /etc/resolv.conf (and reads /etc/hosts first, as NSS does), its sockets
// watched and its timeouts timed by the loop, each answer delivered inside the loop. A
// name that is not a host name (nettrio/text/sanitize.hpp, is_hostname) is dropped, so
// what a PTR record or /etc/hosts holds never reaches a writer unchecked.
//
// Nothing here waits: callers ask (request), read what has come (ready), or ask to be
// called back once some addresses have their answer or a time has passed (when_done).

#include <nettrio/address.hpp>
#include <nettrio/probe/event_loop.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace nettrio {

struct reverse_dns_options {
  /// Addresses remembered, looked up or not; requests beyond it are ignored (those
  /// addresses stay numeric).
  std::size_t max_names = 4096;
  /// Servers to ask instead of resolv.conf's (on `port`), and then /etc/hosts is not read.
  /// For tests.
  std::vector<ip_address> servers{};
  std::uint16_t port = 53;
  /// c-ares' timeout per try and tries; zero: resolv.conf's (or c-ares' defaults).
  std::chrono::milliseconds timeout{0};
  int tries = 0;
  /// The lookup itself, instead of c-ares: called inside the loop, it calls `done` once
  /// (then or later, inside the loop) with the name or nothing. For tests, and the only
  /// way on a manual-time loop.
  std::function<void(const ip_address&, std::function<void(std::optional<std::string>)> done)>
      lookup{};
};

class reverse_dns {
 public:
  using name_callback = std::function<void(const std::optional<std::string>&)>;

  explicit reverse_dns(event_loop& loop, reverse_dns_options opts = {});
  /// Cancels the lookups under way; callbacks not yet called are dropped.
  ~reverse_dns();
  reverse_dns(const reverse_dns&) = delete;
  reverse_dns& operator=(const reverse_dns&) = delete;

  /// Starts a lookup of `a` unless one is under way or done. `got`, if given, receives the
  /// name (a valid host name) or nothing, inside the loop: at once when already known. A
  /// request beyond max_names, or when c-ares cannot start, gets nothing at once.
  void request(const ip_address& a, name_callback got = {});
  /// The name, if the lookup has finished and found a valid host name.
  [[nodiscard]] std::optional<std::string> ready(const ip_address& a) const;
  /// True when the lookup of `a` has finished (name or not), or when `a` was never
  /// looked up (nothing to wait for).
  [[nodiscard]] bool finished(const ip_address& a) const;
  /// Calls `then` once, inside the loop, when every address in `as` has finished or
  /// `within` has passed, whichever is first; at once when none is pending.
  void when_done(const std::vector<ip_address>& as, std::chrono::milliseconds within,
                 std::function<void()> then);
  /// when_done for every lookup under way.
  void when_idle(std::chrono::milliseconds within, std::function<void()> then);
  /// Lookups under way.
  [[nodiscard]] std::size_t pending() const;

 private:
  struct state;
  std::shared_ptr<state> state_;
};

}  // namespace nettrio
