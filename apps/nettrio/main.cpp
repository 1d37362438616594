// nettrio: one multi-call binary. Dispatches on the subcommand, or on the name it was
// invoked under (nettrio-ping, ping, traceroute, netstat, ...), as busybox does.

#include "common.hpp"

#include <nettrio/probe/privileges.hpp>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <string_view>
#include <system_error>
#include <utility>

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
         "       nettrio --help | --version | --list\n"
         "       nettrio --install-links DIR [--classic]\n\n"
         "nettrio is a network troubleshooting toolkit for the engineer on call: is the host\n"
         "there (ping), where does the path break (trace), and is the refusing server\n"
         "listening at all (ports --check PORT). Each answer ends in a plain-words verdict.\n\n"
         "Subcommands:\n";
  for (const auto& [name, sc] : subcommands())
    std::cout << fmt::format("  {:<7} {}\n", name, sc.summary);
  std::cout
      << "\nEvery subcommand takes --json, -v/--verbose, --log-level and --help.\n"
         "--install-links DIR links nettrio-ping, nettrio-trace, nettrio-ports and nettrio-check\n"
         "to this binary in DIR; --classic adds ping, traceroute and netstat.\n"
         "Exit codes: 0 success, 1 ran but the answer is negative, 2 usage or runtime error.\n"
         "Run 'nettrio <subcommand> --help' for its options.\n";
}

namespace fs = std::filesystem;

// Whether `link` is a symlink we made before: it resolves to this very binary, or its target
// is a file called "nettrio" (a link left by an earlier install, possibly dangling now).
bool is_our_link(const fs::path& link, const fs::path& self) {
  std::error_code ec;
  if (!fs::is_symlink(fs::symlink_status(link, ec))) return false;
  const auto target = fs::read_symlink(link, ec);
  if (ec) return false;
  if (target.filename() == "nettrio") return true;
  return fs::equivalent(link, self, ec) && !ec;
}

// nettrio --install-links DIR [--classic]: the multi-call names, as symlinks to the running
// binary. Every name is checked before any is made, so a refusal leaves DIR as it was.
int install_links(const invocation& inv) {
  std::string dir_text;
  bool classic = false, help = false;
  po::options_description desc("Options");
  desc.add_options()("install-links", po::value(&dir_text)->value_name("DIR"),
                     "create the links in DIR (made if missing)")(
      "classic", po::bool_switch(&classic), "also ping, traceroute and netstat")(
      "help,h", po::bool_switch(&help), "show this help and exit");
  po::positional_options_description none;
  parse(inv, desc, none);
  // "--install-links --help" would otherwise take --help for the directory.
  help = help || std::ranges::any_of(
                     inv.args, [](const std::string& a) { return a == "--help" || a == "-h"; });
  if (help) {
    print_help(inv, "--install-links DIR [--classic]",
               "Create symlinks to this binary in DIR: nettrio-ping, nettrio-trace, "
               "nettrio-ports\nand nettrio-check; with --classic also ping, traceroute and "
               "netstat. Existing files\nare left alone unless they are nettrio's own links.",
               desc);
    return exit_ok;
  }
  if (dir_text.empty()) throw usage_error("--install-links needs a directory");
  if (dir_text.starts_with("-"))
    throw usage_error(fmt::format(
        "--install-links needs a directory, not '{}' (write ./{} for a directory of that name)",
        dir_text, dir_text));

  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (ec)
    throw std::runtime_error(
        fmt::format("cannot find this binary through /proc/self/exe: {}", ec.message()));

  std::vector<std::string_view> names{"nettrio-ping", "nettrio-trace", "nettrio-ports",
                                      "nettrio-check"};
  if (classic) names.insert(names.end(), {"ping", "traceroute", "netstat"});

  const fs::path dir(dir_text);
  for (auto name : names) {
    const auto link = dir / name;
    const auto st = fs::symlink_status(link, ec);
    if (!ec && (fs::exists(st) || fs::is_symlink(st)) && !is_our_link(link, self))
      throw std::runtime_error(
          fmt::format("{} exists and is not a nettrio link; not overwriting it (remove it first)",
                      link.string()));
  }
  fs::create_directories(dir, ec);
  if (ec)
    throw std::runtime_error(
        fmt::format("cannot create directory {}: {}", dir.string(), ec.message()));

  for (auto name : names) {
    const auto link = dir / name;
    if (fs::is_symlink(fs::symlink_status(link, ec)) && fs::read_symlink(link, ec) == self) {
      std::cout << fmt::format("{} -> {} (already there)\n", link.string(), self.string());
      continue;
    }
    fs::remove(link, ec);  // our own link, to an older binary
    fs::create_symlink(self, link, ec);
    if (ec)
      throw std::runtime_error(
          fmt::format("cannot create link {}: {}", link.string(), ec.message()));
    std::cout << fmt::format("{} -> {}\n", link.string(), self.string());
  }
  return exit_ok;
}

// Runs a privilege step; a failure is one line on stderr and false (the caller exits 2).
template <class Step>
bool run_guarded(std::string_view prog, Step&& step) {
  try {
    std::forward<Step>(step)();
    return true;
  } catch (const std::exception& e) {
    std::cerr << fmt::format("{}: {}\n", prog, e.what());
    return false;
  }
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
  // Before anything the user gives is looked at: CAP_NET_RAW permitted and nothing in
  // effect; a setuid-root install becomes the real user for good.
  if (!run_guarded("nettrio", [] { nettrio::limit_privileges(); })) return exit_error;
  std::vector<std::string> args(argv + 1, argv + argc);
  const std::string base =
      std::filesystem::path(argc > 0 ? argv[0] : "nettrio").filename().string();

  // Only ping, trace and check open raw sockets (and drop everything right after). Every
  // other path drops now, before its options are parsed; a root user's capabilities are
  // their own, and `ports` keeps them to show every socket's owner.
  const auto alias = alias_of(base);
  const std::string_view sub = !alias.empty() ? alias
                               : args.empty() ? std::string_view{}
                                              : std::string_view{args.front()};
  const bool opens_sockets = sub == "ping" || sub == "trace" || sub == "check";
  if (!opens_sockets && !(sub == "ports" && nettrio::user_is_root()) &&
      !run_guarded("nettrio", [] { nettrio::drop_privileges(); }))
    return exit_error;

  if (!alias.empty()) return dispatch(alias, invocation{base, std::move(args)});
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
  if (first == "--install-links" || first.starts_with("--install-links=") || first == "--classic") {
    const invocation inv{"nettrio", std::move(args)};
    try {
      return install_links(inv);
    } catch (const usage_error& e) {
      std::cerr << fmt::format("nettrio: {}; try 'nettrio --help'\n", e.what());
    } catch (const std::exception& e) {
      std::cerr << fmt::format("nettrio: {}\n", e.what());
    }
    return exit_error;
  }
  if (first.starts_with("-")) {
    std::cerr << fmt::format("nettrio: unknown option '{}'; try 'nettrio --help'\n", first);
    return exit_error;
  }
  args.erase(args.begin());
  return dispatch(first, invocation{"nettrio " + first, std::move(args)});
}
