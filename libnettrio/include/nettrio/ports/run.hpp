#pragma once
// What `nettrio ports` runs: the socket table (this namespace or every one, with owners and
// tcp_info as asked) and the answer to --check PORT (the table, the owners, the host
// firewall, other namespaces, the accept queues). The front end parses the options, has
// them validated here, calls one of these and hands the result to a writer
// (report/ports.hpp).

#include <nettrio/ports/check.hpp>
#include <nettrio/ports/netns.hpp>
#include <nettrio/ports/owners.hpp>
#include <nettrio/ports/port_findings.hpp>
#include <nettrio/ports/socket_table.hpp>
#include <nettrio/ports/tcp_info.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nettrio {

/// Which of the options of `ports` were given (before their values are read), for the
/// rules on which go together.
struct ports_switches {
  bool check = false;      // --check PORT
  bool port = false;       // --port N
  bool state = false;      // --state, once or more
  bool listening = false;  // -l
  bool all = false;        // -a
  bool raw = false;        // -w
  bool all_netns = false;  // --all-netns
  bool info = false;       // -i
};

/// Options that do not go together, in words for the user; empty when they are fine.
[[nodiscard]] std::string validate(const ports_switches& s);

/// The socket table as asked.
struct port_table_options {
  socket_query query;
  source_kind source = source_kind::automatic;
  bool all_netns = false;  // the sockets of every network namespace (root only)
  bool info = false;       // tcp_info of each TCP socket (this namespace only)
  bool processes = false;  // each socket's owner
};

/// What is wrong with the options (validate(query) first), in words for the user; empty
/// when they are fine. `as_root`: the caller is root (--all-netns needs it).
[[nodiscard]] std::string validate(const port_table_options& o, bool as_root);

struct port_table {
  std::vector<socket_record> sockets;  // as list_sockets ordered them
  owner_stats owners;                  // the owner walk (processes only)
  std::string source;                  // "netlink", "proc" or "every namespace"
  /// all_netns: the namespace of each socket (parallel to `sockets`), the scan that labels
  /// them, and the namespaces that could not be read. Empty otherwise.
  std::vector<std::uint64_t> netns;
  netns_scan namespaces;
  std::vector<netns_failure> netns_failures;
  /// info: the tcp_info of each socket (parallel to `sockets`), from a dump of its own
  /// matched by inode and endpoints (a socket that came or went in between has none).
  std::vector<std::optional<tcp_info_summary>> info;
};

/// Reads the table. Throws std::system_error when it cannot be read.
[[nodiscard]] port_table read_port_table(const port_table_options& o);

/// The answer to --check PORT.
struct port_check {
  check_verdict verdict;   // analyse_port's, with the findings applied (apply_findings)
  port_findings findings;  // what more was read
  owner_stats owners;      // the owner walk of the port's listeners
};

/// What run_port_check looks at beyond the table and the host firewall: all of it for
/// `ports --check`; `check` reads the firewall only.
struct port_check_scope {
  bool other_namespaces = true;  // when nothing listens here (root only)
  bool accept_queues = true;     // of the port's TCP listeners
};

/// Reads the port's listeners and their owners, judges them (analyse_port), then looks
/// beyond the table: the host firewall's rule for the port; when nothing listens here,
/// listeners on the port in other network namespaces (root only); and the accept queues of
/// its TCP listeners, with the TcpExt overflow counters over the time the check took (a
/// quarter second more when a queue is at its limit). `o` must be valid (validate).
/// Throws std::system_error when the table cannot be read.
[[nodiscard]] port_check run_port_check(const check_options& o,
                                        source_kind source = source_kind::automatic,
                                        port_check_scope scope = {});

}  // namespace nettrio
