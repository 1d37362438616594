// nettrio: one multi-call binary. Dispatches on the subcommand, or on the name it was
// invoked under (nettrio-ping, ping, traceroute, netstat, ...), as busybox does.

#include "common.hpp"

#include <nettrio/probe/privileges.hpp>
#include <nettrio/text/sanitize.hpp>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
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
using nettrio::sanitize;

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
      {"exporter", {exporter_main, "continuous probing of many targets, for Prometheus"}},
  };
  return table;
}

// Names the binary answers to when linked under them.
std::string_view alias_of(std::string_view base) {
  if (base == "nettrio-ping" || base == "ping") return "ping";
  if (base == "nettrio-trace" || base == "traceroute" || base == "traceroute6") return "trace";
  if (base == "nettrio-ports") return "ports";
  if (base == "netstat") return "netstat";  // net-tools netstat itself (classic_netstat.cpp)
  if (base == "nettrio-check") return "check";
  if (base == "fping") return "fping";  // classic only: no nettrio subcommand of that name
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
    std::cout << fmt::format("  {:<8} {}\n", name, sc.summary);
  std::cout
      << "\nEvery subcommand takes --json, -v/--verbose, --log-level and --help.\n"
         "--install-links DIR links nettrio-ping, nettrio-trace, nettrio-ports and nettrio-check\n"
         "to this binary in DIR; --classic adds ping, traceroute, netstat and fping.\n"
         "Exit codes: 0 success, 1 ran but the answer is negative, 2 usage or runtime error.\n"
         "Run 'nettrio <subcommand> --help' for its options.\n";
}

namespace fs = std::filesystem;

// A directory descriptor that closes itself.
struct dir_fd {
  int fd = -1;
  explicit dir_fd(int value) : fd(value) {}
  dir_fd(const dir_fd&) = delete;
  dir_fd& operator=(const dir_fd&) = delete;
  ~dir_fd() {
    if (fd >= 0) ::close(fd);
  }
};

// What `name` in `dir` is: nothing, our own link, or something else. Our own link is a
// symlink that resolves to this very binary, or whose target is a file called "nettrio" (a
// link left by an earlier install, possibly dangling now). Looked at through the directory
// descriptor, never by path, so a directory swapped under us cannot redirect it.
enum class entry { absent, ours, foreign };
entry inspect(int dir, const char* name, const struct stat& self) {
  struct stat st {};
  if (::fstatat(dir, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
    return errno == ENOENT ? entry::absent : entry::foreign;
  if (!S_ISLNK(st.st_mode)) return entry::foreign;
  std::array<char, 4096> buf{};
  const auto n = ::readlinkat(dir, name, buf.data(), buf.size());
  if (n < 0 || static_cast<std::size_t>(n) >= buf.size()) return entry::foreign;
  if (fs::path(std::string(buf.data(), static_cast<std::size_t>(n))).filename() == "nettrio")
    return entry::ours;
  struct stat to {};
  if (::fstatat(dir, name, &to, 0) == 0 && to.st_dev == self.st_dev && to.st_ino == self.st_ino)
    return entry::ours;
  return entry::foreign;
}

// nettrio --install-links DIR [--classic]: the multi-call names, as symlinks to the running
// binary. Every name is checked before any is made, so a refusal leaves DIR as it was.
// main() has dropped every privilege before this runs; the directory is then worked on
// through an O_DIRECTORY|O_NOFOLLOW descriptor with the *at() calls.
int install_links(const invocation& inv) {
  std::string dir_text;
  bool classic = false, help = false;
  po::options_description desc("Options");
  desc.add_options()("install-links", po::value(&dir_text)->value_name("DIR"),
                     "create the links in DIR (made if missing)")(
      "classic", po::bool_switch(&classic), "also ping, traceroute, netstat and fping")(
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
  if (classic) names.insert(names.end(), {"ping", "traceroute", "netstat", "fping"});

  fs::create_directories(dir_text, ec);
  if (ec)
    throw std::runtime_error(fmt::format("cannot create directory {}: {}", dir_text, ec.message()));
  const dir_fd dir(::open(dir_text.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
  if (dir.fd < 0) {
    const int err = errno;
    struct stat lst {};
    if (::lstat(dir_text.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode))
      throw std::runtime_error(fmt::format(
          "{} is a symbolic link; name the directory it points to (links are made only in a "
          "directory opened without following one)",
          dir_text));
    throw std::system_error(err, std::generic_category(),
                            fmt::format("cannot open directory {}", dir_text));
  }
  struct stat dst {};
  if (::fstat(dir.fd, &dst) != 0)
    throw std::system_error(errno, std::generic_category(),
                            fmt::format("cannot stat {}", dir_text));
  // Root making links where another user can write would let that user choose what they
  // point at or replace them between our check and our use.
  if (::geteuid() == 0 &&
      (dst.st_uid != 0 || (dst.st_mode & S_IWOTH) || ((dst.st_mode & S_IWGRP) && dst.st_gid != 0)))
    throw std::runtime_error(fmt::format(
        "{} can be written by users other than root; as root, nettrio makes no links there",
        dir_text));
  struct stat self_st {};
  if (::stat(self.c_str(), &self_st) != 0)
    throw std::system_error(errno, std::generic_category(),
                            fmt::format("cannot stat {}", self.string()));

  const fs::path dir_path(dir_text);
  for (auto name : names) {
    const std::string n(name);
    if (inspect(dir.fd, n.c_str(), self_st) == entry::foreign)
      throw std::runtime_error(
          fmt::format("{} exists and is not a nettrio link; not overwriting it (remove it first)",
                      (dir_path / name).string()));
  }

  for (auto name : names) {
    const std::string n(name);
    const auto link = (dir_path / name).string();
    std::array<char, 4096> buf{};
    const auto len = ::readlinkat(dir.fd, n.c_str(), buf.data(), buf.size());
    if (len > 0 && std::string_view(buf.data(), static_cast<std::size_t>(len)) == self.string()) {
      std::cout << fmt::format("{} -> {} (already there)\n", link, self.string());
      continue;
    }
    // Our own link, to an older binary: checked again just before it goes.
    const auto what = inspect(dir.fd, n.c_str(), self_st);
    if (what == entry::foreign)
      throw std::runtime_error(fmt::format(
          "{} changed and is not a nettrio link; not overwriting it (remove it first)", link));
    if (what == entry::ours && ::unlinkat(dir.fd, n.c_str(), 0) != 0 && errno != ENOENT)
      throw std::system_error(errno, std::generic_category(),
                              fmt::format("cannot remove old link {}", link));
    if (::symlinkat(self.c_str(), dir.fd, n.c_str()) != 0)
      throw std::system_error(errno, std::generic_category(),
                              fmt::format("cannot create link {}", link));
    std::cout << fmt::format("{} -> {}\n", link, self.string());
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
    std::cerr << fmt::format("nettrio: unknown subcommand '{}'; try 'nettrio --help'\n",
                             sanitize(name));
    return exit_error;
  }
  try {
    return it->second.run(inv);
  } catch (const usage_error& e) {
    // Messages quote what the user gave (names, target-file lines): one line, no controls.
    std::cerr << fmt::format("{}: {}; try '{} --help'\n", sanitize(inv.prog), sanitize(e.what()),
                             sanitize(inv.prog));
  } catch (const std::system_error& e) {
    std::cerr << fmt::format("{}: {}\n", sanitize(inv.prog), sanitize(e.what()));
  } catch (const std::exception& e) {
    std::cerr << fmt::format("{}: {}\n", sanitize(inv.prog), sanitize(e.what()));
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
  const bool opens_sockets =
      sub == "ping" || sub == "trace" || sub == "check" || sub == "exporter" || alias == "fping";
  if (!opens_sockets && !((sub == "ports" || sub == "netstat") && nettrio::user_is_root()) &&
      !run_guarded("nettrio", [] { nettrio::drop_privileges(); }))
    return exit_error;

  // The classic names: the genuine tools' options, lines and exit codes (issue 13).
  if (base == "ping") return classic_ping_main(invocation{base, std::move(args)});
  if (base == "fping") return classic_fping_main(invocation{base, std::move(args)});
  if (alias == "netstat") return classic_netstat_main(invocation{base, std::move(args)});
  if (base == "traceroute" || base == "traceroute6")
    return classic_traceroute_main(invocation{argv[0], std::move(args)});
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
      std::cerr << fmt::format("nettrio: {}; try 'nettrio --help'\n", sanitize(e.what()));
    } catch (const std::exception& e) {
      std::cerr << fmt::format("nettrio: {}\n", sanitize(e.what()));
    }
    return exit_error;
  }
  if (first.starts_with("-")) {
    std::cerr << fmt::format("nettrio: unknown option '{}'; try 'nettrio --help'\n",
                             sanitize(first));
    return exit_error;
  }
  args.erase(args.begin());
  return dispatch(first, invocation{"nettrio " + first, std::move(args)});
}
