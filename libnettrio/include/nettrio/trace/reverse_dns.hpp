#pragma once
// Reverse lookups that never hold up probing or output: a small fixed pool of workers takes
// addresses from a bounded queue; callers ask for what is ready and take the address
// otherwise. A name that is not a host name (nettrio/text/sanitize.hpp, is_hostname) is
// dropped, so what a PTR record or /etc/hosts holds never reaches a writer unchecked.

#include <nettrio/address.hpp>

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace nettrio {

struct reverse_dns_options {
  /// Worker threads, started on the first request. One that cannot start (EAGAIN) is
  /// skipped; with none, requests are dropped and addresses stay numeric.
  std::size_t workers = 4;
  /// Lookups waiting for a worker; a request beyond it is dropped (asked again later).
  std::size_t queue_limit = 256;
  /// Addresses remembered, looked up or not; requests beyond it are ignored.
  std::size_t max_names = 4096;
  /// The lookup; empty: getnameinfo(NI_NAMEREQD) (DNS, /etc/hosts, as NSS says). For tests.
  std::function<std::optional<std::string>(const ip_address&)> lookup;
};

class reverse_dns {
 public:
  reverse_dns();
  explicit reverse_dns(reverse_dns_options opts);
  /// Drops queued lookups and joins the workers, which waits for the lookups in flight
  /// (at most `workers`, each bounded by the resolver's timeout).
  ~reverse_dns();
  reverse_dns(const reverse_dns&) = delete;
  reverse_dns& operator=(const reverse_dns&) = delete;

  /// Queues a lookup if none is under way or done for `a`.
  void request(const ip_address& a);
  /// The name, if the lookup has finished and found a valid host name.
  [[nodiscard]] std::optional<std::string> ready(const ip_address& a) const;
  /// Waits until the lookup of `a` has finished (name or not) or `deadline` passes; true
  /// when it finished. False at once when `a` was never requested or could not be queued.
  bool wait_for(const ip_address& a, std::chrono::steady_clock::time_point deadline) const;
  /// Workers running (0 before the first request, or when none could start).
  [[nodiscard]] std::size_t workers() const;
  /// Blocks until no lookup is queued or in flight. For tests.
  void wait_idle() const;

 private:
  struct state;
  std::unique_ptr<state> state_;
};

}  // namespace nettrio
