#include "common.hpp"

#include <nettrio/probe/event_loop.hpp>
#include <nettrio/report/trace.hpp>
#include <nettrio/text/parse.hpp>
#include <nettrio/trace/tracer.hpp>

#include <fmt/format.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <charconv>
#include <cmath>
#include <csignal>
#include <iostream>
#include <optional>

namespace nettrio::cli {

void add_common_options(po::options_description& desc, common_options& common) {
  desc.add_options()("help,h", po::bool_switch(&common.help), "show this help and exit")(
      "json", po::bool_switch(&common.json), "print results as JSON (see docs/json.md)")(
      "verbose,v", po::bool_switch(&common.verbose),
      "log progress to stderr (same as --log-level=debug)")(
      "log-level", po::value(&common.log_level)->value_name("LEVEL"),
      "stderr log level: trace, debug, info, warn, error, off (default warn)");
}

po::variables_map parse(const invocation& inv, const po::options_description& desc,
                        const po::positional_options_description& positional) {
  po::variables_map vm;
  try {
    // Negative numbers as option values (-i -1) must reach validation, not look like options.
    auto style = po::command_line_style::default_style & ~po::command_line_style::allow_guessing;
    po::store(
        po::command_line_parser(inv.args).options(desc).positional(positional).style(style).run(),
        vm);
    po::notify(vm);
  } catch (const po::error& e) {
    throw usage_error(e.what());
  }
  return vm;
}

po::variables_map parse(const invocation& inv, const po::options_description& desc,
                        const po::options_description& hidden,
                        const po::positional_options_description& positional) {
  po::options_description all;
  all.add(desc).add(hidden);
  return parse(inv, all, positional);
}

void setup_logging(const common_options& common) {
  auto logger = spdlog::stderr_color_mt("nettrio");
  logger->set_pattern("%^%l%$: %v");
  spdlog::set_default_logger(logger);
  auto level = spdlog::level::from_str(common.verbose ? "debug" : common.log_level);
  if (level == spdlog::level::off && common.log_level != "off" && !common.verbose)
    throw usage_error(fmt::format(
        "unknown --log-level '{}' (use trace, debug, info, warn, error or off)", common.log_level));
  spdlog::set_level(level);
}

void print_help(const invocation& inv, std::string_view synopsis, std::string_view about,
                const po::options_description& desc, std::string_view epilog) {
  std::cout << fmt::format("Usage: {} {}\n\n{}\n\n", inv.prog, synopsis, about) << desc;
  if (!epilog.empty()) std::cout << "\n" << epilog << "\n";
}

double parse_seconds(std::string_view option, const std::string& text) {
  const auto v = nettrio::parse_seconds(text);
  if (!v)
    throw usage_error(
        fmt::format("the argument ('{}') for option '{}' is invalid: expected seconds, "
                    "like 0.2",
                    text, option));
  return *v;
}

std::uint16_t parse_port(std::string_view option, const std::string& text) {
  const auto p = nettrio::parse_port(text);
  if (p.result == port_parse::status::malformed)
    throw usage_error(
        fmt::format("the argument ('{}') for option '{}' is invalid: expected a port number, "
                    "1 to 65535",
                    text, option));
  if (p.result == port_parse::status::out_of_range)
    throw usage_error(fmt::format("{} {} is out of range; use 1 to 65535", option, text));
  return p.port;
}

std::optional<pmtudisc_hint> parse_pmtudisc(std::string_view text) {
  if (text == "do") return pmtudisc_hint{true, true};      // IP_PMTUDISC_DO
  if (text == "probe") return pmtudisc_hint{true, false};  // IP_PMTUDISC_PROBE
  if (text == "dont") return pmtudisc_hint{false, false};  // IP_PMTUDISC_DONT
  if (text == "want") return pmtudisc_hint{};              // the kernel's default (WANT)
  return std::nullopt;
}

std::unique_ptr<network> open_ping_network(socket_options so, bool ipv4, bool ipv6,
                                           socket_report& rep) {
  so.ipv4 = ipv4;
  so.ipv6 = ipv6;
  try {
    return make_socket_network(so, &rep);
  } catch (const std::system_error&) {
    if (!(ipv4 && ipv6)) throw;
    for (const bool v4_only : {true, false}) {
      so.ipv4 = v4_only;
      so.ipv6 = !v4_only;
      rep = {};
      try {
        return make_socket_network(so, &rep);
      } catch (const std::system_error&) {
      }
    }
    throw;
  }
}

bool run_trace_session(event_loop& loop, const session_control& session,
                       report::trace_writer& writer) {
  bool settling = false;
  bool interrupted = false;
  // Started with SIGINT ignored (a background job of a script): it stays ignored, as it
  // does for traceroute.
  struct sigaction on_entry {};
  const bool ignored =
      ::sigaction(SIGINT, nullptr, &on_entry) == 0 && on_entry.sa_handler == SIG_IGN;
  std::optional<event_loop::signal_watch> sigint;
  if (!ignored)
    sigint.emplace(loop.watch_signals({SIGINT}, [&](int) {
      interrupted = true;
      if (settling)
        loop.stop();
      else
        session.stop();
    }));
  session.start([&] {
    settling = true;
    writer.settle([&] { loop.stop(); });
  });
  loop.run();
  return interrupted;
}

}  // namespace nettrio::cli
