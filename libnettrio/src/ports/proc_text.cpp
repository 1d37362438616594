// Reading a whole /proc text file (proc_text.hpp).

#include "ports/proc_text.hpp"

#include "../unique_fd.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

namespace nettrio::detail {

std::string read_proc_text(const std::string& path) {
  const unique_fd owned(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  const int fd = owned.get();
  if (fd < 0) throw std::system_error(errno, std::generic_category(), "cannot open " + path);
  std::string text;
  constexpr std::size_t chunk = 64 * 1024;
  for (;;) {
    const auto used = text.size();
    text.resize(used + chunk);
    const auto n = ::read(fd, text.data() + used, chunk);
    if (n < 0) {
      text.resize(used);
      if (errno == EINTR) continue;
      const int err = errno;
      throw std::system_error(err, std::generic_category(), "cannot read " + path);
    }
    text.resize(used + static_cast<std::size_t>(n));
    if (n == 0) break;
  }
  return text;
}

std::vector<std::string_view> split_fields(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    const auto start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

}  // namespace nettrio::detail
