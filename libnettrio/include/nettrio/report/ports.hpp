#pragma once
// The reports of `nettrio ports`: the socket table, and the answer to --check PORT; the exit
// status each means, and the writers that render them. The table is written in one piece
// (a busy host has tens of thousands of sockets, and the table must beat ss). Each format is
// one file in libnettrio/src/report/ (ports_text.cpp, ports_json.cpp, ...) registered in
// make_ports_writer.

#include <nettrio/ports/check.hpp>
#include <nettrio/ports/netns.hpp>
#include <nettrio/ports/owners.hpp>
#include <nettrio/ports/port_findings.hpp>
#include <nettrio/ports/socket_table.hpp>
#include <nettrio/ports/tcp_info.hpp>
#include <nettrio/report/format.hpp>

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace nettrio::report {

/// The socket table.
struct ports_report {
  std::vector<socket_record> sockets;  // as list_sockets ordered them
  bool processes = false;              // -p: owners were asked for (the PID/Program column)
  bool hidden_owners = false;          // some owners are hidden from this user; root sees all
  /// --all-netns: the namespace of each socket (parallel to `sockets`), the scan that labels
  /// them, and the namespaces whose sockets could not be read. Empty otherwise.
  std::vector<std::uint64_t> netns;
  netns_scan namespaces;
  std::vector<netns_failure> netns_failures;
  /// -i: the tcp_info of each socket (parallel to `sockets`; nullopt for UDP, raw, and TCP
  /// sockets the kernel gave none). Empty otherwise.
  std::vector<std::optional<tcp_info_summary>> info;
};

/// The table from what was read: `hidden_owners` from the owner walk, when owners were
/// asked for.
[[nodiscard]] ports_report make_ports_report(std::vector<socket_record> sockets, bool processes,
                                             const owner_stats& owners);

/// One finding of --check in words (ports_words.cpp): the sentence its kind picks, filled
/// in from its fields. Unsanitised: it may quote a process name, any bytes a process chose.
[[nodiscard]] std::string port_finding_text(const port_finding& f);
/// The sentence of each finding, in order (a verdict's summary or advice).
[[nodiscard]] std::vector<std::string> port_finding_lines(const std::vector<port_finding>& fs);

/// What a binding means ("all IPv4 addresses: reachable from other hosts if the firewall
/// allows", "loopback only: ...") and who owns it ("pid 123 (nginx)", "owner not visible"),
/// in words (ports_words.cpp). Unsanitised: the owner quotes the process name.
[[nodiscard]] std::string binding_meaning(const check_binding& b);
[[nodiscard]] std::string binding_owner(const check_binding& b);

/// The answer to --check PORT.
struct port_check_report {
  check_verdict verdict;       // binding prose raw: writers sanitise what they show
  bool hidden_owners = false;  // a binding's owner is hidden from this user
  /// What more was found (apply_findings has already turned it into the verdict's outcome
  /// and words): the firewall's rules for the port, listeners in other namespaces, the
  /// listeners' accept queues. JSON shows them as `firewall`, `namespaces`, `accept_queue`.
  port_findings findings;
};

/// The check from its verdict: when a binding's owner is hidden from this user, says so in
/// the advice.
[[nodiscard]] port_check_report make_port_check_report(check_verdict verdict,
                                                       const owner_stats& owners);

/// The exit status a report means (docs/cli.md): the table 0; the check 0 when something
/// listens on a non-loopback address, 1 when nothing does or only loopback.
[[nodiscard]] int exit_status(const ports_report& r) noexcept;
[[nodiscard]] int exit_status(const port_check_report& r) noexcept;

/// Renders the table or the check, each in one piece.
class ports_writer {
 public:
  virtual ~ports_writer() = default;
  virtual void table(const ports_report& r) = 0;
  virtual void check(const port_check_report& r) = 0;
};

/// The writer for `format`: results to `out` (stdout), notes to `err` (stderr). Both streams
/// must outlive the writer.
[[nodiscard]] std::unique_ptr<ports_writer> make_ports_writer(output_format format,
                                                              std::ostream& out, std::ostream& err);

}  // namespace nettrio::report
