// netstat -p's owner names (socket_programs.hpp), as prg_cache_load of net-tools 2.10.

#include <nettrio/ports/socket_programs.hpp>

#include "../unique_fd.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>

namespace nettrio {

namespace {

bool all_digits(std::string_view s) noexcept {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "socket:[12345]" or "[0000]:12345".
bool socket_inode(std::string_view link, std::uint64_t& inode) noexcept {
  std::string_view digits;
  if (link.starts_with("socket:[") && link.ends_with(']') && link.size() >= 11)
    digits = link.substr(8, link.size() - 9);
  else if (link.starts_with("[0000]:") && link.size() >= 8)
    digits = link.substr(7);
  else
    return false;
  const auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), inode);
  return ec == std::errc{} && p == digits.data() + digits.size();
}

struct dir_closer {
  DIR* d;
  ~dir_closer() {
    if (d) ::closedir(d);
  }
};

}  // namespace

std::string net_tools_program_name(std::string_view pid, std::string_view cmdline) {
  std::string argv0(cmdline.substr(0, std::min<std::size_t>(cmdline.size(), 511)));
  if (const auto nul = argv0.find('\0'); nul != std::string::npos) argv0.resize(nul);
  std::string_view name = argv0;
  if (!name.empty() && name.front() == '/') name.remove_prefix(name.rfind('/') + 1);
  std::string out;
  out.reserve(pid.size() + 1 + name.size());
  out.append(pid).append("/").append(name);
  if (out.size() > 19) out.resize(19);
  return out;
}

socket_programs read_socket_programs(const std::string& proc_root) {
  socket_programs out;
  const dir_closer proc{::opendir(proc_root.c_str())};
  if (!proc.d) {
    out.proc_unreadable = true;
    return out;
  }
  while (const dirent* pe = ::readdir(proc.d)) {
    const std::string_view pid = pe->d_name;
    if (!all_digits(pid)) continue;
    const std::string fd_dir = proc_root + "/" + std::string(pid) + "/fd";
    errno = 0;
    const dir_closer fds{::opendir(fd_dir.c_str())};
    if (!fds.d) {
      if (errno == EACCES) out.denied = true;
      continue;
    }
    bool have_name = false;
    std::string name;
    while (const dirent* fe = ::readdir(fds.d)) {
      if (!std::isdigit(static_cast<unsigned char>(fe->d_name[0]))) continue;
      char link[30];
      const std::string path = fd_dir + "/" + fe->d_name;
      const auto n = ::readlink(path.c_str(), link, sizeof link - 1);
      if (n < 0) continue;
      std::uint64_t inode = 0;
      if (!socket_inode(std::string_view(link, static_cast<std::size_t>(n)), inode)) continue;
      if (!have_name) {
        const std::string cmd_path = proc_root + "/" + std::string(pid) + "/cmdline";
        const detail::unique_fd cmd(::open(cmd_path.c_str(), O_RDONLY | O_CLOEXEC));
        if (!cmd.valid()) continue;
        char buf[511];
        const auto len = ::read(cmd.get(), buf, sizeof buf);
        if (len < 0) continue;
        name = net_tools_program_name(pid, std::string_view(buf, static_cast<std::size_t>(len)));
        have_name = true;
      }
      out.names.emplace(inode, name);  // the first process found keeps it
    }
  }
  return out;
}

}  // namespace nettrio
