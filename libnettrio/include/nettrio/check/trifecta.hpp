#pragma once
// `nettrio check`: the first article's "trifecta" (ping, traceroute, netstat) as one
// diagnosis. The facts each step found go in; one diagnosis kind comes out, which
// report/check.hpp words with the next step to take. Pure: check.hpp runs the steps, this
// reads them together.

#include <nettrio/address.hpp>
#include <nettrio/check/dns.hpp>
#include <nettrio/ports/check.hpp>
#include <nettrio/probe/probe.hpp>
#include <nettrio/trace/hop.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <system_error>
#include <variant>
#include <vector>

namespace nettrio {

enum class step_status : std::uint8_t { ok, warn, fail, skip };
enum class tcp_state : std::uint8_t { open, refused, filtered, error };

/// Why a connect ended in tcp_state::error: the send failed (its error), or an ICMP error
/// answered the SYN (unreachable, time exceeded). report/ words it; none otherwise.
using connect_error = std::variant<std::monostate, std::error_code, icmp_reason>;

struct port_fact {
  std::uint16_t port = 0;
  tcp_state state = tcp_state::filtered;
  std::optional<double> rtt_ms{};
  connect_error error{};                 // tcp_state::error
  std::optional<check_verdict> local{};  // the socket table's answer, local targets only
};

struct trifecta_facts {
  std::string target;
  ip_address address;
  bool local = false;  // loopback or one of this host's addresses
  // ping
  bool ping_ran = false;
  std::string ping_skipped{};  // why not, when it did not run
  std::uint64_t ping_sent = 0;
  std::uint64_t ping_received = 0;
  std::uint64_t ping_errors = 0;  // ICMP errors (unreachable, time exceeded)
  std::optional<double> ping_avg_ms{};
  // TCP, one per port asked
  std::vector<port_fact> ports{};
  // trace, when it ran
  std::optional<trace_result> trace{};
  // dns, when the target is a name
  std::optional<dns_report> dns{};
  // the MTU step, when it ran: a trace with the path MTU measured (trace/pmtu.hpp)
  std::optional<trace_result> mtu{};
};

/// What the check found, as one kind (docs/json.md, diagnosis.kind).
enum class diagnosis_kind : std::uint8_t {
  ok,
  loopback_only,     // refused through an address the loopback-only listener does not serve
  port_refused,      // up, nothing listens
  port_filtered,     // up, the port gets no answer
  host_unreachable,  // nothing answers
  icmp_filtered,     // up (TCP or the trace reaches it), ping gets no reply
  path_broken,       // the trace breaks before the host
  host_silent,       // the trace reaches next to the host, which stays silent
  packet_loss,
  high_latency,
  inconclusive,  // ping could not run and no port was given
  // From the dns step (check/dns.hpp), when the target is a name:
  dns_failure,   // the name does not resolve
  dns_slow,      // a listed server does not answer: every lookup waits for its timeout
  dns_mismatch,  // the servers, or /etc/hosts and the servers, disagree
  // From the MTU step: small packets pass, large ones vanish with no "fragmentation needed".
  pmtu_black_hole,
};

/// The reading of the facts; report/check.hpp words it (report::diagnosis_text and
/// report::next_step_text, from the same facts).
struct diagnosis {
  diagnosis_kind kind = diagnosis_kind::inconclusive;
  bool problem = false;  // exit 1 when true
};

/// Average RTT above which the path counts as slow and gets traced.
inline constexpr double slow_rtt_ms = 200.0;

/// Whether the facts so far call for a trace (ping failed, lost or slow).
[[nodiscard]] bool trace_needed(const trifecta_facts& f) noexcept;

[[nodiscard]] diagnosis diagnose(const trifecta_facts& f);

/// The refused port whose listener is on loopback only, while the target is not loopback
/// (what `loopback_only` is about); null when none.
[[nodiscard]] const port_fact* loopback_only_refusal(const trifecta_facts& f) noexcept;

/// True for loopback and for addresses configured on this host's interfaces.
[[nodiscard]] bool is_local_address(const ip_address& a);

}  // namespace nettrio
