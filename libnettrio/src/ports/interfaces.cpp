// /proc/net/dev and the interface flags (interfaces.hpp).

#include <nettrio/ports/interfaces.hpp>

#include "ports/proc_text.hpp"

#include <net/if.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstring>

namespace nettrio {

namespace {

std::uint64_t u64(std::string_view s) {
  std::uint64_t v = 0;
  (void)std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

}  // namespace

std::vector<interface_counters> parse_proc_net_dev(std::string_view text) {
  std::vector<interface_counters> out;
  int line_no = 0;
  detail::for_each_line(text, [&](std::string_view line) {
    if (line_no++ < 2) return;  // the two header lines
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) return;
    auto name = line.substr(0, colon);
    while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
    const auto f = detail::split_fields(line.substr(colon + 1));
    if (name.empty() || f.size() < 16) return;
    interface_counters c;
    c.name = std::string(name);
    std::uint64_t* fields[] = {&c.rx_bytes, &c.rx_packets,    &c.rx_errors,     &c.rx_dropped,
                               &c.rx_fifo,  &c.rx_frame,      &c.rx_compressed, &c.rx_multicast,
                               &c.tx_bytes, &c.tx_packets,    &c.tx_errors,     &c.tx_dropped,
                               &c.tx_fifo,  &c.tx_collisions, &c.tx_carrier,    &c.tx_compressed};
    for (std::size_t i = 0; i < 16; ++i) *fields[i] = u64(f[i]);
    out.push_back(std::move(c));
  });
  return out;
}

bool interface_name_less(std::string_view a, std::string_view b) noexcept {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    const bool da = std::isdigit(static_cast<unsigned char>(a[i])) != 0;
    const bool db = std::isdigit(static_cast<unsigned char>(b[j])) != 0;
    if (da && db) {
      std::size_t ie = i, je = j;
      while (ie < a.size() && std::isdigit(static_cast<unsigned char>(a[ie]))) ++ie;
      while (je < b.size() && std::isdigit(static_cast<unsigned char>(b[je]))) ++je;
      const auto na = u64(a.substr(i, ie - i)), nb = u64(b.substr(j, je - j));
      if (na != nb) return na < nb;
      i = ie;
      j = je;
      continue;
    }
    if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
    ++i;
    ++j;
  }
  return a.size() - i < b.size() - j;
}

std::vector<interface_counters> read_interfaces(const std::string& proc_root) {
  auto list = parse_proc_net_dev(detail::read_proc_text(proc_root + "/net/dev"));
  const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  for (auto& c : list) {
    if (fd < 0 || c.name.size() >= IFNAMSIZ) continue;
    ifreq req{};
    std::memcpy(req.ifr_name, c.name.data(), c.name.size());
    if (::ioctl(fd, SIOCGIFFLAGS, &req) == 0) c.flags = static_cast<std::uint16_t>(req.ifr_flags);
    if (::ioctl(fd, SIOCGIFMTU, &req) == 0) c.mtu = req.ifr_mtu;
  }
  if (fd >= 0) ::close(fd);
  std::stable_sort(list.begin(), list.end(), [](const auto& x, const auto& y) {
    return interface_name_less(x.name, y.name);
  });
  return list;
}

}  // namespace nettrio
