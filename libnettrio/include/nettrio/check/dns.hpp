#pragma once
// check's `dns` step: is it DNS? The servers in /etc/resolv.conf (which `ip netns exec`
// replaces with /etc/netns/NAME/resolv.conf, so reading /etc/resolv.conf is right in a
// named namespace too), /etc/hosts and the order nsswitch.conf gives them; each server is
// asked directly (c-ares, one channel per server, no retry on another server), A and AAAA
// at once, with the time it took, its rcode and its answers. The lookups run on the
// caller's event_loop (c-ares' sockets watched by the loop, its timeouts on the loop's
// timers): no threads, and bounded by the per-server timeout.
//
// What the facts mean is a pure function (diagnose_dns): dns_failure (the name does not
// resolve), dns_slow (a listed server does not answer, so lookups wait for its timeout
// before the next server is asked), dns_mismatch (servers, or /etc/hosts and the servers,
// give different answers).

#include <nettrio/address.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace nettrio {

class event_loop;

enum class dns_rcode : std::uint8_t {
  noerror,
  nxdomain,
  servfail,
  refused,
  timeout,      // no answer within the timeout
  unreachable,  // the server's port is closed (ICMP port unreachable): connection refused
  error,        // anything else (see dns_server_result::error)
};

/// "NOERROR", "NXDOMAIN", "SERVFAIL", "REFUSED", "timeout", "unreachable", "error".
[[nodiscard]] std::string_view to_string(dns_rcode r) noexcept;

struct resolv_conf {
  std::vector<ip_address> nameservers;  // in order; glibc uses the first three
  std::vector<std::string> search;
  std::chrono::milliseconds timeout{5000};  // options timeout:N (glibc's default 5 s)
  int attempts = 2;                         // options attempts:N
  bool rotate = false;
};

struct dns_server_result {
  ip_address server;
  std::uint16_t port = 53;
  dns_rcode rcode = dns_rcode::timeout;
  std::chrono::microseconds time{0};  // until the last of its answers (or the timeout)
  std::vector<ip_address> answers;    // A then AAAA
  std::string error;                  // c-ares' words, for rcode error
};

enum class dns_finding_kind : std::uint8_t { dns_failure, dns_slow, dns_mismatch };

/// "dns_failure", "dns_slow", "dns_mismatch".
[[nodiscard]] std::string_view to_string(dns_finding_kind k) noexcept;

struct dns_finding {
  dns_finding_kind kind = dns_finding_kind::dns_failure;
  /// dns_slow: the servers that did not answer; dns_mismatch: the servers whose answers
  /// differ from the first answer (the hosts file counts as the unspecified address);
  /// dns_failure: empty.
  std::vector<ip_address> servers;
};

struct dns_report {
  std::string name;
  std::vector<std::string> nsswitch;  // the hosts: sources in order ("files", "dns", ...)
  bool hosts_first = false;           // "files" comes before "dns"
  std::vector<ip_address> hosts_answers;
  std::vector<std::string> search;                   // resolv.conf's search list
  std::chrono::milliseconds resolver_timeout{5000};  // resolv.conf's timeout: per server
  std::vector<dns_server_result> servers;            // resolv.conf order
  std::vector<dns_finding> findings;                 // diagnose_dns
  /// True when /etc/hosts answered first, so the servers' answers are not what the
  /// system uses.
  [[nodiscard]] bool answered_by_hosts() const noexcept {
    return hosts_first && !hosts_answers.empty();
  }
  /// The addresses the system resolver would use (hosts first, else the first server that
  /// answered NOERROR with addresses); empty when the name does not resolve.
  [[nodiscard]] std::vector<ip_address> resolved() const;
};

struct dns_options {
  std::string name;
  std::chrono::milliseconds timeout{2000};  // per server, one try
  bool ipv4 = true;                         // ask A
  bool ipv6 = true;                         // ask AAAA
  std::uint16_t port = 53;
  std::string resolv_conf_path = "/etc/resolv.conf";
  std::string hosts_path = "/etc/hosts";
  std::string nsswitch_path = "/etc/nsswitch.conf";
};

/// What is wrong with the options, in words for the user; empty when they are fine.
[[nodiscard]] std::string validate(const dns_options& o);

namespace detail {
[[nodiscard]] resolv_conf parse_resolv_conf(std::string_view text);
/// The sources of the "hosts:" line ("[NOTFOUND=return]" and the like dropped); glibc's
/// default "files dns" when there is none.
[[nodiscard]] std::vector<std::string> parse_nsswitch_hosts(std::string_view text);
/// The addresses /etc/hosts gives `name` (canonical name or alias, any case).
[[nodiscard]] std::vector<ip_address> hosts_lookup(std::string_view hosts_text,
                                                   std::string_view name);
}  // namespace detail

/// The findings for the facts in `r` (its `findings` ignored). Pure.
[[nodiscard]] std::vector<dns_finding> diagnose_dns(const dns_report& r);

/// One dns step on the caller's loop: reads the files at construction, sends every query,
/// and calls `done` (from inside the loop) once every server has answered or timed out.
/// Destroying it before then abandons the queries without calling `done`.
class dns_check {
 public:
  /// Throws std::invalid_argument for bad options or a manual-time loop (c-ares needs real
  /// sockets), std::system_error when c-ares cannot start.
  dns_check(event_loop& loop, dns_options opts, std::function<void(dns_report)> done);
  ~dns_check();
  dns_check(const dns_check&) = delete;
  dns_check& operator=(const dns_check&) = delete;

 private:
  struct impl;
  std::shared_ptr<impl> impl_;
};

/// The convenience: a loop of its own, run to the end.
[[nodiscard]] dns_report run_dns_check(const dns_options& opts);

}  // namespace nettrio
