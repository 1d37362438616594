// nettrio exporter: continuous ping, TCP and trace probing of many targets, served to
// Prometheus. Thin: options, the configuration checked whole, then the library's serve().

#include "common.hpp"

#include <nettrio/exporter/config.hpp>
#include <nettrio/exporter/server.hpp>

#include <fmt/format.h>

#include <iostream>

namespace nettrio::cli {

int exporter_main(const invocation& inv) {
  common_options common;
  common.log_level = "info";  // a service: its reloads and errors belong in the journal
  std::string config_path, listen_text = "127.0.0.1:9810";
  bool check_only = false;

  po::options_description desc("Options");
  desc.add_options()("config", po::value(&config_path)->value_name("FILE"),
                     "the YAML configuration (targets, probes, intervals, labels)")(
      "listen", po::value(&listen_text)->value_name("ADDR:PORT"),
      "where to serve /metrics and /probe (default 127.0.0.1:9810)")(
      "check-config", po::bool_switch(&check_only),
      "only check the configuration, print nothing when it is right");
  add_common_options(desc, common);
  po::positional_options_description none;
  parse(inv, desc, none);
  if (common.help) {
    print_help(inv, "--config FILE [--listen ADDR:PORT]",
               "Probe every target of the configuration continuously (ICMP echo, TCP connect,\n"
               "periodic trace) on one event loop and serve the results to Prometheus:\n"
               "/metrics, /probe?target=HOST&module=icmp|tcp_PORT&count=N, /-/reload,\n"
               "/-/healthy, /-/ready. SIGHUP reloads the configuration. See docs/exporter.md.",
               desc,
               "Logs go to stderr at level info unless --log-level says otherwise.\n"
               "Exit status: 0 stopped by SIGINT or SIGTERM, 2 a bad configuration or option,\n"
               "or the address or the probe sockets could not be had.");
    return exit_ok;
  }
  if (common.json) throw usage_error("--json does not apply: /metrics is Prometheus text");
  if (config_path.empty()) throw usage_error("--config FILE is required");
  const auto listen = exporter::parse_listen(listen_text);
  if (!listen)
    throw usage_error(fmt::format(
        "--listen '{}' is not ADDR:PORT (e.g. 127.0.0.1:9810, [::1]:9810)", listen_text));
  setup_logging(common);

  // A bad configuration: one line, "nettrio exporter: FILE:LINE: PROBLEM", exit 2.
  auto cfg = exporter::load_config(config_path);
  if (check_only) return exit_ok;
  exporter::server_options so;
  so.config_path = config_path;
  so.listen = *listen;
  exporter::serve(so, std::move(cfg));
  return exit_ok;
}

}  // namespace nettrio::cli
