#include <nettrio/ports/owners.hpp>

#include "../unique_fd.hpp"

#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <memory>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <vector>

namespace nettrio {

namespace {

// Raw getdents64: /proc/[pid]/fd of a busy server holds tens of thousands of entries, and
// readdir()'s allocation and bookkeeping per process add up across a whole /proc walk.
class dir_reader {
 public:
  void reset(int fd) noexcept {
    fd_ = fd;
    pos_ = len_ = 0;
  }
  /// Next entry name, or empty at the end (or on an error: a vanished process).
  std::string_view next() noexcept {
    for (;;) {
      if (pos_ >= len_) {
        const long n = ::syscall(SYS_getdents64, fd_, buf_.data(), buf_.size());
        if (n <= 0) return {};
        len_ = static_cast<std::size_t>(n);
        pos_ = 0;
      }
      // struct linux_dirent64: u64 d_ino, s64 d_off, u16 d_reclen, u8 d_type, char d_name[].
      constexpr std::size_t name_offset = 19;
      std::uint16_t reclen = 0;
      std::memcpy(&reclen, buf_.data() + pos_ + 16, sizeof reclen);
      if (reclen <= name_offset || pos_ + reclen > len_) {
        len_ = pos_ = 0;
        return {};
      }
      const char* name = buf_.data() + pos_ + name_offset;
      pos_ += reclen;
      if (name[0] >= '0' && name[0] <= '9') return {name, ::strnlen(name, reclen - name_offset)};
    }
  }

 private:
  int fd_ = -1;
  alignas(8) std::array<char, 64 * 1024> buf_;
  std::size_t pos_ = 0;
  std::size_t len_ = 0;
};

using fd_guard = detail::unique_fd;

// "socket:[12345]" -> 12345; 0 for anything else (files, pipes, anon inodes).
std::uint64_t socket_inode(std::string_view link) noexcept {
  constexpr std::string_view prefix = "socket:[";
  if (link.size() <= prefix.size() + 1 || !link.starts_with(prefix) || link.back() != ']') return 0;
  std::uint64_t inode = 0;
  const char* first = link.data() + prefix.size();
  const char* last = link.data() + link.size() - 1;
  auto [p, ec] = std::from_chars(first, last, inode);
  return ec == std::errc{} && p == last ? inode : 0;
}

std::string read_comm(int proc_fd, std::string_view pid) {
  std::string path(pid);
  path += "/comm";
  fd_guard f(::openat(proc_fd, path.c_str(), O_RDONLY | O_CLOEXEC));
  if (f.get() < 0) return {};
  char buf[64];
  const auto n = ::read(f.get(), buf, sizeof buf);
  if (n <= 0) return {};
  std::string comm(buf, static_cast<std::size_t>(n));
  while (!comm.empty() && (comm.back() == '\n' || comm.back() == '\0')) comm.pop_back();
  return comm;
}

}  // namespace

void resolve_owners(std::span<socket_record> records, owner_stats& stats,
                    const std::string& proc_root) {
  std::vector<std::uint64_t> wanted;
  wanted.reserve(records.size());
  for (const auto& r : records)
    if (r.inode != 0) wanted.push_back(r.inode);
  std::sort(wanted.begin(), wanted.end());
  wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
  stats.wanted = wanted.size();
  stats.as_root = ::geteuid() == 0;
  if (wanted.empty()) return;

  fd_guard proc(::open(proc_root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (proc.get() < 0)
    throw std::system_error(errno, std::generic_category(), "cannot read " + proc_root);

  std::vector<std::int32_t> owner(wanted.size(), 0);
  std::unordered_map<std::int32_t, std::string> comms;  // owning pid -> comm
  auto procs = std::make_unique<dir_reader>();
  auto fds = std::make_unique<dir_reader>();
  procs->reset(proc.get());
  std::string path;
  char link[64];
  while (stats.found < stats.wanted) {
    const auto pid_text = procs->next();
    if (pid_text.empty()) break;
    std::int32_t pid = 0;
    if (std::from_chars(pid_text.data(), pid_text.data() + pid_text.size(), pid).ec != std::errc{})
      continue;
    path.assign(pid_text);
    path += "/fd";
    fd_guard dir(::openat(proc.get(), path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.get() < 0) {
      if (errno == EACCES || errno == EPERM) ++stats.processes_denied;
      continue;  // ENOENT: the process exited meanwhile
    }
    ++stats.processes_scanned;
    bool owns = false;
    fds->reset(dir.get());
    while (stats.found < stats.wanted) {
      const auto fd_name = fds->next();
      if (fd_name.empty()) break;
      // The names come from getdents and are NUL-terminated in its buffer.
      const auto n = ::readlinkat(dir.get(), fd_name.data(), link, sizeof link);
      ++stats.descriptors_read;
      if (n <= 0) continue;
      const auto inode = socket_inode({link, static_cast<std::size_t>(n)});
      if (inode == 0) continue;
      const auto it = std::lower_bound(wanted.begin(), wanted.end(), inode);
      if (it == wanted.end() || *it != inode) continue;
      auto& o = owner[static_cast<std::size_t>(it - wanted.begin())];
      if (o != 0) continue;  // shared with an earlier process: keep the first
      o = pid;
      ++stats.found;
      owns = true;
    }
    if (owns) comms.emplace(pid, read_comm(proc.get(), pid_text));
  }

  for (auto& r : records) {
    if (r.inode == 0) continue;
    const auto it = std::lower_bound(wanted.begin(), wanted.end(), r.inode);
    const auto pid = owner[static_cast<std::size_t>(it - wanted.begin())];
    if (pid == 0) continue;
    r.pid = pid;
    r.process = comms[pid];
  }
}

}  // namespace nettrio
