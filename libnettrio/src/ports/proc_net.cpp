#include <nettrio/ports/proc_net.hpp>

#include "../unique_fd.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <system_error>

namespace nettrio {

namespace {

// Line layout (net/ipv4/tcp_ipv4.c get_tcp4_sock, udp.c udp4_format_sock, raw.c):
//   sl  local_address rem_address   st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode ...
//    0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0 12345 ...
// Addresses are the in-memory (network order) words printed with %08X, so on a little-endian
// host 127.0.0.1 reads 0100007F; IPv6 is four such words. Ports are host order (%04X).

class tokens {
 public:
  explicit tokens(std::string_view line) : rest_(line) {}
  std::string_view next() noexcept {
    std::size_t i = 0;
    while (i < rest_.size() && (rest_[i] == ' ' || rest_[i] == '\t')) ++i;
    std::size_t j = i;
    while (j < rest_.size() && rest_[j] != ' ' && rest_[j] != '\t') ++j;
    auto t = rest_.substr(i, j - i);
    rest_.remove_prefix(j);
    return t;
  }

 private:
  std::string_view rest_;
};

template <typename T>
bool parse_number(std::string_view s, T& v, int base) noexcept {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v, base);
  return ec == std::errc{} && p == s.data() + s.size();
}

bool parse_word(std::string_view hex, std::uint8_t* out) noexcept {
  std::uint32_t w = 0;
  if (hex.size() != 8 || !parse_number(hex, w, 16)) return false;
  // The kernel printed the network-order word as a host integer; storing that integer back
  // in host order recovers the original bytes on either endianness.
  std::memcpy(out, &w, 4);
  return true;
}

// "0100007F:1F90" -> address and port.
bool parse_endpoint(std::string_view t, ip_family family, ip_address& addr,
                    std::uint16_t& port) noexcept {
  const std::size_t hex_len = family == ip_family::v4 ? 8 : 32;
  if (t.size() != hex_len + 5 || t[hex_len] != ':') return false;
  std::uint8_t bytes[16] = {};
  for (std::size_t w = 0; w < hex_len / 8; ++w)
    if (!parse_word(t.substr(w * 8, 8), bytes + w * 4)) return false;
  if (!parse_number(t.substr(hex_len + 1), port, 16)) return false;
  addr = family == ip_family::v4 ? ip_address::v4_bytes(bytes) : ip_address::v6_bytes(bytes);
  return true;
}

bool parse_line(std::string_view line, transport proto, ip_family family, socket_record& r) {
  tokens tk(line);
  auto sl = tk.next();
  if (sl.size() < 2 || sl.back() != ':') return false;
  r.proto = proto;
  if (!parse_endpoint(tk.next(), family, r.local_address, r.local_port)) return false;
  if (!parse_endpoint(tk.next(), family, r.remote_address, r.remote_port)) return false;
  unsigned st = 0;
  auto st_text = tk.next();
  if (st_text.size() != 2 || !parse_number(st_text, st, 16) || st < 1 || st > 11) return false;
  r.state = static_cast<socket_state>(st);
  auto queues = tk.next();
  auto colon = queues.find(':');
  if (colon == std::string_view::npos || !parse_number(queues.substr(0, colon), r.send_q, 16) ||
      !parse_number(queues.substr(colon + 1), r.recv_q, 16))
    return false;
  if (tk.next().find(':') == std::string_view::npos) return false;  // tr:tm->when
  if (tk.next().empty()) return false;                              // retrnsmt
  if (!parse_number(tk.next(), r.uid, 10)) return false;
  if (tk.next().empty()) return false;  // timeout
  if (!parse_number(tk.next(), r.inode, 10)) return false;
  // Raw sockets have no peer port in /proc (raw_sock_seq_show prints 0); sock_diag agrees
  // after decode_inet_diag normalises it.
  return true;
}

}  // namespace

void parse_proc_net(std::string_view text, transport proto, ip_family family, const socket_query& q,
                    std::vector<socket_record>& out, proc_net_stats& stats) {
  bool first = true;
  while (!text.empty()) {
    auto nl = text.find('\n');
    auto line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    if (first) {
      first = false;
      if (line.find("local_address") != std::string_view::npos) continue;  // the header
    }
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    ++stats.lines;
    socket_record r;
    if (!parse_line(line, proto, family, r)) {
      ++stats.malformed;
      continue;
    }
    ++stats.records;
    if (matches(q, r)) out.push_back(std::move(r));
  }
}

std::vector<socket_record> parse_proc_net(std::string_view text, transport proto, ip_family family,
                                          proc_net_stats& stats) {
  socket_query everything;
  everything.states = all_states;
  std::vector<socket_record> out;
  parse_proc_net(text, proto, family, everything, out, stats);
  return out;
}

proc_net_source::proc_net_source(std::string proc_root) : root_(std::move(proc_root)) {}

void proc_net_source::collect(transport proto, ip_family family, const socket_query& q,
                              std::vector<socket_record>& out) {
  std::string path = root_ + "/net/" + std::string(to_string(proto));
  if (family == ip_family::v6) path += '6';
  const detail::unique_fd owned(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  const int fd = owned.get();
  if (fd < 0) {
    if (errno == ENOENT) return;  // no IPv6 in this kernel: no IPv6 sockets either
    throw std::system_error(errno, std::generic_category(), "cannot open " + path);
  }
  text_.clear();
  constexpr std::size_t chunk = 256 * 1024;
  for (;;) {
    const auto used = text_.size();
    text_.resize(used + chunk);
    const auto n = ::read(fd, text_.data() + used, chunk);
    if (n < 0) {
      if (errno == EINTR) {
        text_.resize(used);
        continue;
      }
      throw std::system_error(errno, std::generic_category(), "cannot read " + path);
    }
    text_.resize(used + static_cast<std::size_t>(n));
    if (n == 0) break;
  }
  parse_proc_net(text_, proto, family, q, out, stats_);
}

}  // namespace nettrio
