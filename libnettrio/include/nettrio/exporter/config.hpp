#pragma once
// The exporter's configuration: YAML read with yaml-cpp, checked whole before anything is
// used. Every problem is a config_error naming the file, the line and what is wrong, so a
// front end prints one line and a reload keeps the old configuration.
//
//   interval: 1s              # between probes to one target (every group's default)
//   targets:
//     - hosts: [db1.example.internal, 198.18.2.2, 198.18.3.0/28]
//       probes: [icmp, tcp:5432, trace]
//       labels: {site: fra1}

#include <nettrio/trace/hop.hpp>

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace nettrio::exporter {

/// What is wrong with a configuration: "FILE:LINE: PROBLEM" in what().
struct config_error : std::runtime_error {
  config_error(const std::string& file, int line, const std::string& problem);
  std::string file;
  int line = 0;  // 1-based; 0 when the problem is not on a line (unreadable file)
  std::string problem;
};

enum class probe_kind : std::uint8_t { icmp, tcp, trace };
[[nodiscard]] std::string_view to_string(probe_kind k) noexcept;

struct probe_spec {
  probe_kind kind = probe_kind::icmp;
  std::uint16_t port = 0;  // tcp only
  friend bool operator==(const probe_spec&, const probe_spec&) = default;
  friend auto operator<=>(const probe_spec&, const probe_spec&) = default;
};
/// "icmp", "tcp:5432", "trace".
[[nodiscard]] std::string to_string(const probe_spec& p);

struct target_group {
  std::vector<std::string> hosts;  // names, addresses, CIDR ranges, as written
  std::vector<probe_spec> probes;
  std::map<std::string, std::string> labels;
  std::chrono::milliseconds interval{1000};
  std::chrono::milliseconds timeout{1000};
  std::size_t size = 56;  // ICMP payload bytes
  std::chrono::milliseconds trace_interval{60000};
  probe_protocol trace_method_used = probe_protocol::udp;
  int line = 0;  // where the group starts in the file
};

struct exporter_config {
  std::vector<target_group> groups;
  /// getaddrinfo tells no TTL: names are resolved again at this fixed interval.
  std::chrono::milliseconds resolve_interval{300000};
  /// Traces running at once (each has a socket set of its own).
  std::size_t trace_concurrency = 4;
  std::string file;  // where it was read from
};

/// Parses YAML text; `file` only names it in errors. Throws config_error.
[[nodiscard]] exporter_config parse_config(std::string_view yaml, const std::string& file);
/// Reads and parses a file. Throws config_error.
[[nodiscard]] exporter_config load_config(const std::string& path);

/// "1s", "250ms", "2m", "1h", "1.5s". Empty optional when malformed or negative.
[[nodiscard]] std::optional<std::chrono::milliseconds> parse_duration(std::string_view text);

/// Label names the exporter sets itself; a group may not use them.
[[nodiscard]] bool reserved_label(std::string_view name) noexcept;

}  // namespace nettrio::exporter
