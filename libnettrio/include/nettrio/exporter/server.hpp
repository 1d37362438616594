#pragma once
// The exporter as a service: the exporter, its HTTP endpoint (Boost.Beast) and its signals,
// all on one event loop in one thread.
//   /metrics      the metrics (Prometheus text format 0.0.4)
//   /probe        ?target=HOST&module=icmp|tcp_PORT&count=N, blackbox-compatible
//   /-/reload     POST or PUT: read the configuration file again (as SIGHUP does)
//   /-/healthy    200 while the process serves
//   /-/ready      200 once the probes run
// SIGINT and SIGTERM end serve().

#include <nettrio/exporter/config.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace nettrio::exporter {

struct listen_address {
  std::string host = "127.0.0.1";
  std::uint16_t port = 9810;
};

/// "ADDR:PORT", "[V6ADDR]:PORT". Empty optional when malformed.
[[nodiscard]] std::optional<listen_address> parse_listen(std::string_view text);

struct server_options {
  std::string config_path;
  listen_address listen;
  /// Called once the socket listens (tests, logs).
  std::function<void(const std::string& bound)> on_listening;
};

/// Runs until SIGINT or SIGTERM. Throws std::system_error when the address cannot be bound
/// or the probe sockets cannot be opened.
void serve(const server_options& opts, exporter_config initial);

}  // namespace nettrio::exporter
