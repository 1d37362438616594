// /proc/net/unix (unix_sockets.hpp).

#include <nettrio/ports/unix_sockets.hpp>

#include "ports/proc_text.hpp"

#include <charconv>

namespace nettrio {

namespace {

template <class T>
bool hex(std::string_view s, T& out) {
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out, 16);
  return ec == std::errc{} && p == s.data() + s.size();
}

}  // namespace

std::vector<unix_socket_record> parse_proc_net_unix(std::string_view text, std::size_t& malformed) {
  std::vector<unix_socket_record> out;
  bool first = true;
  detail::for_each_line(text, [&](std::string_view line) {
    if (first) {
      first = false;
      if (line.starts_with("Num")) return;
    }
    const auto f = detail::split_fields(line);
    if (f.empty()) return;
    unix_socket_record r;
    // "Num: RefCount Protocol Flags Type St Inode Path"
    if (f.size() < 6 || !f[0].ends_with(':') || !hex(f[1], r.refcnt) || !hex(f[2], r.protocol) ||
        !hex(f[3], r.flags) || !hex(f[4], r.type) || !hex(f[5], r.state)) {
      ++malformed;
      return;
    }
    if (f.size() > 6) {
      const auto [p, ec] = std::from_chars(f[6].data(), f[6].data() + f[6].size(), r.inode);
      if (ec != std::errc{}) r.inode = 0;
    }
    if (f.size() > 7) r.path = std::string(f[7]);  // netstat's %s: up to the first blank
    out.push_back(std::move(r));
  });
  return out;
}

std::vector<unix_socket_record> read_unix_sockets(const std::string& proc_root) {
  std::size_t malformed = 0;
  return parse_proc_net_unix(detail::read_proc_text(proc_root + "/net/unix"), malformed);
}

}  // namespace nettrio
