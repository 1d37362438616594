#pragma once
// `nettrio check` as a library call: a plan in (target, ports, counts, intervals, timeouts),
// the steps streamed to a callback as each ends (resolve, ping, tcp, trace, ports), and the
// check report out, diagnosis included (trifecta.hpp reads the facts). Sockets are the
// caller's: it opens them while it holds the privileges they need.

#include <nettrio/check/trifecta.hpp>
#include <nettrio/ports/check.hpp>
#include <nettrio/trace/tracer.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace nettrio {

class network;

struct check_plan {
  std::string target;  // as typed
  ip_address address;
  bool local = false;                // loopback or this host's (is_local_address)
  std::vector<std::uint16_t> ports;  // TCP ports to connect to, in order, no duplicates
  bool force_trace = false;          // trace even when ping answers
  // ping: a few probes, short timeouts
  std::uint64_t ping_count = 3;
  std::chrono::milliseconds ping_interval{200};
  std::chrono::milliseconds ping_timeout{1000};
  // TCP connect, one per port
  std::chrono::milliseconds connect_timeout{2000};
  // The trace, when one runs (UDP, two probes per hop, a second per probe at most). A trace
  // that finds the destination drops its method but answers another is run again with that.
  trace_options trace = quick_trace_options();

  [[nodiscard]] static trace_options quick_trace_options() {
    trace_options o;
    o.probes_per_hop = 2;
    o.max_wait = std::chrono::milliseconds(1000);
    return o;
  }
};

/// Words for the user when the plan is wrong; empty when fine.
[[nodiscard]] std::string validate(const check_plan& p);

/// The sockets a check uses, opened by the caller (privileges, see above).
struct check_networks {
  network* icmp = nullptr;  // null: ping cannot run (icmp_error says why)
  std::string icmp_error{};
  network* tcp = nullptr;    // needed when the plan has ports
  network* trace = nullptr;  // for plan.trace.method
  /// ICMP echo with Don't Fragment (IP_PMTUDISC_PROBE), for the MTU step; null: no MTU step.
  network* mtu = nullptr;
  /// Opens a TCP network when a second trace needs one and `tcp` is null; may be empty.
  std::function<std::unique_ptr<network>()> open_tcp{};
};

/// The socket table's answers for the ports, read on this host (local targets only).
struct local_ports {
  std::vector<check_verdict> verdicts;  // one per port, in order
  std::string error;                    // the table could not be read
};
/// Reads the socket table for `ports` (as `ports --check` does, owners included).
[[nodiscard]] local_ports read_local_ports(const std::vector<std::uint16_t>& ports);

enum class check_step_kind : std::uint8_t { dns, resolve, ping, tcp, trace, ports, mtu };

// What each step found, typed; report/check.hpp words it (the step's summary line).
struct dns_details {
  dns_report report;  // servers, rcodes, answers, /etc/hosts, findings
};
struct resolve_details {
  std::string target;  // as typed
  ip_address address;
  bool local = false;
};
struct ping_details {
  std::uint64_t transmitted = 0;
  std::uint64_t received = 0;
  std::uint64_t errors = 0;  // ICMP errors (unreachable, time exceeded)
  double loss_percent = 0;
  std::optional<double> rtt_avg_ms{};
};
struct ping_skipped {
  std::string reason;  // why ping could not run (the socket's error)
};
struct tcp_details {
  std::uint16_t port = 0;
  tcp_state state = tcp_state::filtered;
  std::optional<double> rtt_ms{};
  connect_error error{};                // tcp_state::error
  std::chrono::milliseconds timeout{};  // the connect wait (filtered: no answer in it)
};
struct trace_details {
  std::string target;  // as typed
  trace_result trace;  // the trace whose verdict the step shows
  /// The method first traced, when the destination dropped it (method_filtered) and `trace`
  /// is the second trace, with a method it answers.
  std::optional<probe_protocol> retraced_from{};
};
struct trace_skipped {};  // ping answered without loss, and nothing else asked for a trace
/// The MTU step (ping and every port answered): a trace with Don't Fragment, then the
/// path MTU measured over it (trace/pmtu.hpp); `trace.path_mtu` and its verdict say it.
struct mtu_details {
  trace_result trace{};
};
struct ports_details {
  check_verdict verdict;
};
enum class ports_skip_reason : std::uint8_t {
  table_unreadable,  // error says why
  no_port,           // a local target, no port given
  remote_target,     // the socket table to read is the other host's
};
struct ports_skipped {
  ports_skip_reason reason = ports_skip_reason::remote_target;
  std::string error{};
};
using check_step_details =
    std::variant<dns_details, resolve_details, ping_details, ping_skipped, tcp_details,
                 trace_details, trace_skipped, ports_details, ports_skipped, mtu_details>;

struct check_step {
  check_step_kind kind = check_step_kind::resolve;
  step_status status = step_status::skip;
  check_step_details details;
};

struct check_report {
  std::string target;
  ip_address address;
  bool local = false;
  std::vector<std::uint16_t> ports;
  std::vector<check_step> steps;  // in the order run
  trifecta_facts facts;           // what the steps found, read together in `result`
  diagnosis result;
};

using check_step_handler = std::function<void(const check_step&)>;

/// One check, in two calls so the caller can report the resolved target before it opens
/// the sockets (which may fail): resolved(), then run().
class check_session {
 public:
  /// Throws std::invalid_argument with validate()'s words when the plan is wrong.
  check_session(check_plan plan, check_step_handler on_step);
  /// Reports the dns step (before resolved(); only when the target is a name): its findings
  /// join the diagnosis.
  void dns(dns_report r);
  /// The end of a check whose name does not resolve (after dns()): diagnosis dns_failure.
  [[nodiscard]] check_report unresolved();
  /// Reports the resolve step (the plan's address and whether it is this host's).
  void resolved();
  /// Runs the other steps in order, each handed to the step handler as it ends, and
  /// diagnoses. `table` is the socket table's answer for the ports (read_local_ports), for
  /// local targets. Calls resolved() first if it has not been.
  [[nodiscard]] check_report run(const check_networks& nets, const local_ports& table);

 private:
  void step(check_step s);

  check_plan plan_;
  check_step_handler on_step_;
  check_report report_;
  std::optional<dns_report> dns_;
  bool resolved_ = false;
};

/// The whole check in one call.
[[nodiscard]] check_report run_check(const check_plan& plan, const check_networks& nets,
                                     const local_ports& table, const check_step_handler& on_step);

}  // namespace nettrio
