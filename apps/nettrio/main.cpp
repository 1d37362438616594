// nettrio: one multi-call binary. Dispatches on the subcommand, or on the name it was
// invoked under (nettrio-ping, ping, traceroute, netstat, ...), as busybox does.

#include "common.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <filesystem>
#include <iostream>
#include <map>
#include <system_error>

#ifndef NETTRIO_VERSION
#define NETTRIO_VERSION "0.0.0"
#endif

namespace {

using namespace nettrio::cli;

struct subcommand {
  int (*run)(const invocation&);
  const char* summary;
};

const std::map<std::string, subcommand, std::less<>>& subcommands() {
  static const std::map<std::string, subcommand, std::less<>> table{
      {"ping", {ping_main, "ICMP echo (or TCP connect) to one host or thousands"}},
      {"trace", {trace_main, "hop-by-hop path with an interpreted verdict"}},
      {"ports", {ports_main, "the socket table: who listens where (--check PORT)"}},
      {"check", {check_main, "ping, port, trace and socket checks in one diagnosis"}},
  };
  return table;
}

// Names the binary answers to when linked under them.
std::string_view alias_of(std::string_view base) {
  if (base == "nettrio-ping" || base == "ping") return "ping";
  if (base == "nettrio-trace" || base == "traceroute") return "trace";
  if (base == "nettrio-ports" || base == "netstat") return "ports";
  if (base == "nettrio-check") return "check";
  return {};
}

void print_top_help() {
  std::cout
      << "Usage: nettrio <subcommand> [options] [args]\n"
         "       nettrio --help | --version | --list\n\n"
         "nettrio is a network troubleshooting toolkit for the engineer on call: is the host\n"
         "there (ping), where does the path break (trace), and is the refusing server\n"
         "listening at all (ports --check PORT). Each answer ends in a plain-words verdict.\n\n"
         "Subcommands:\n";
  for (const auto& [name, sc] : subcommands())
    std::cout << fmt::format("  {:<7} {}\n", name, sc.summary);
  std::cout
      << "\nEvery subcommand takes --json, -v/--verbose, --log-level and --help.\n"
         "Exit codes: 0 success, 1 ran but the answer is negative, 2 usage or runtime error.\n"
         "Run 'nettrio <subcommand> --help' for its options.\n";
}

int dispatch(std::string_view name, const invocation& inv) {
  auto it = subcommands().find(name);
  if (it == subcommands().end()) {
    std::cerr << fmt::format("nettrio: unknown subcommand '{}'; try 'nettrio --help'\n", name);
    return exit_error;
  }
  try {
    return it->second.run(inv);
  } catch (const usage_error& e) {
    std::cerr << fmt::format("{}: {}; try '{} --help'\n", inv.prog, e.what(), inv.prog);
  } catch (const std::system_error& e) {
    std::cerr << fmt::format("{}: {}\n", inv.prog, e.what());
  } catch (const std::exception& e) {
    std::cerr << fmt::format("{}: {}\n", inv.prog, e.what());
  }
  return exit_error;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  const std::string base =
      std::filesystem::path(argc > 0 ? argv[0] : "nettrio").filename().string();

  if (auto alias = alias_of(base); !alias.empty())
    return dispatch(alias, invocation{base, std::move(args)});

  if (args.empty()) {
    std::cerr << "nettrio: missing subcommand (ping, trace, ports, check); try 'nettrio --help'\n";
    return exit_error;
  }
  const std::string first = args.front();
  if (first == "--help" || first == "-h" || first == "help") {
    print_top_help();
    return exit_ok;
  }
  if (first == "--version" || first == "-V") {
    std::cout << "nettrio " << NETTRIO_VERSION << "\n";
    return exit_ok;
  }
  if (first == "--list") {
    for (const auto& [name, sc] : subcommands()) std::cout << name << "\n";
    return exit_ok;
  }
  if (first.starts_with("-")) {
    std::cerr << fmt::format("nettrio: unknown option '{}'; try 'nettrio --help'\n", first);
    return exit_error;
  }
  args.erase(args.begin());
  return dispatch(first, invocation{"nettrio " + first, std::move(args)});
}
