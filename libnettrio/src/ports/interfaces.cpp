// /proc/net/dev and the interface flags (interfaces.hpp).

#include <nettrio/ports/interfaces.hpp>

#include "../unique_fd.hpp"
#include "ports/proc_text.hpp"

#include <net/if.h>
#include <netinet/in.h>
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
  const detail::unique_fd sock(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
  const int fd = sock.get();
  // net-tools' if_readconf: every name SIOCGIFCONF gives (one per IPv4 address label) that
  // /proc/net/dev does not have.
  if (fd >= 0) {
    std::vector<ifreq> reqs(32);
    ifconf conf{};
    for (;;) {
      conf.ifc_len = static_cast<int>(reqs.size() * sizeof(ifreq));
      conf.ifc_req = reqs.data();
      if (::ioctl(fd, SIOCGIFCONF, &conf) != 0) {
        conf.ifc_len = 0;
        break;
      }
      if (static_cast<std::size_t>(conf.ifc_len) < reqs.size() * sizeof(ifreq)) break;
      reqs.resize(reqs.size() * 2);
    }
    for (std::size_t i = 0; i < static_cast<std::size_t>(conf.ifc_len) / sizeof(ifreq); ++i) {
      const std::string name(reqs[i].ifr_name, ::strnlen(reqs[i].ifr_name, IFNAMSIZ));
      if (std::none_of(list.begin(), list.end(), [&](const auto& c) { return c.name == name; })) {
        interface_counters alias;
        alias.name = name;
        alias.statistics = false;
        list.push_back(std::move(alias));
      }
    }
  }
  for (auto& c : list) {
    if (fd < 0 || c.name.size() >= IFNAMSIZ) continue;
    ifreq req{};
    std::memcpy(req.ifr_name, c.name.data(), c.name.size());
    if (::ioctl(fd, SIOCGIFFLAGS, &req) == 0) c.flags = static_cast<std::uint16_t>(req.ifr_flags);
    if (::ioctl(fd, SIOCGIFMTU, &req) == 0) c.mtu = req.ifr_mtu;
  }
  std::stable_sort(list.begin(), list.end(), [](const auto& x, const auto& y) {
    return interface_name_less(x.name, y.name);
  });
  return list;
}

std::vector<interface_details::inet6_address> parse_if_inet6(std::string_view text,
                                                             std::string_view name) {
  std::vector<interface_details::inet6_address> out;
  detail::for_each_line(text, [&](std::string_view line) {
    std::vector<std::string_view> f;
    std::size_t at = 0;
    while (at < line.size()) {
      while (at < line.size() && line[at] == ' ') ++at;
      const auto end = std::min(line.find(' ', at), line.size());
      if (end > at) f.push_back(line.substr(at, end - at));
      at = end;
    }
    if (f.size() < 6 || f[5] != name || f[0].size() != 32) return;
    std::uint8_t bytes[16];
    for (std::size_t i = 0; i < 16; ++i)
      if (std::from_chars(f[0].data() + 2 * i, f[0].data() + 2 * i + 2, bytes[i], 16).ec !=
          std::errc{})
        return;
    int plen = 0;
    unsigned scope = 0;
    if (std::from_chars(f[2].data(), f[2].data() + f[2].size(), plen, 16).ec != std::errc{} ||
        std::from_chars(f[3].data(), f[3].data() + f[3].size(), scope, 16).ec != std::errc{})
      return;
    out.push_back({ip_address::v6_bytes(bytes), plen, scope});
  });
  return out;
}

interface_details read_interface_details(const std::string& name, const std::string& proc_root) {
  interface_details d;
  try {
    d.inet6 = parse_if_inet6(detail::read_proc_text(proc_root + "/net/if_inet6"), name);
  } catch (const std::exception&) {
    // no IPv6 on this host
  }
  if (name.size() >= IFNAMSIZ) return d;
  const detail::unique_fd sock(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
  const int fd = sock.get();
  if (fd < 0) return d;
  auto v4 = [&](unsigned long request, bool in_addr_field) -> std::optional<ip_address> {
    ifreq req{};
    std::memcpy(req.ifr_name, name.data(), name.size());
    if (::ioctl(fd, request, &req) != 0) return std::nullopt;
    const auto* sa =
        reinterpret_cast<const sockaddr_in*>(in_addr_field ? &req.ifr_addr : &req.ifr_addr);
    if (sa->sin_family != AF_INET) return std::nullopt;
    return ip_address::v4_bytes(reinterpret_cast<const std::uint8_t*>(&sa->sin_addr));
  };
  d.inet = v4(SIOCGIFADDR, true);
  if (d.inet) {
    d.netmask = v4(SIOCGIFNETMASK, true);
    d.broadcast = v4(SIOCGIFBRDADDR, true);
    d.destination = v4(SIOCGIFDSTADDR, true);
  }
  ifreq req{};
  std::memcpy(req.ifr_name, name.data(), name.size());
  if (::ioctl(fd, SIOCGIFHWADDR, &req) == 0) {
    d.hw_type = req.ifr_hwaddr.sa_family;
    const auto* b = reinterpret_cast<const std::uint8_t*>(req.ifr_hwaddr.sa_data);
    d.hw_address.assign(b, b + 8);
  }
  if (::ioctl(fd, SIOCGIFTXQLEN, &req) == 0) d.tx_queue_len = req.ifr_qlen;
  if (::ioctl(fd, SIOCGIFMAP, &req) == 0) {
    d.map.mem_start = req.ifr_map.mem_start;
    d.map.mem_end = req.ifr_map.mem_end;
    d.map.base_addr = req.ifr_map.base_addr;
    d.map.irq = req.ifr_map.irq;
    d.map.dma = req.ifr_map.dma;
    d.map.port = req.ifr_map.port;
  }
  return d;
}

}  // namespace nettrio
