// Multicast group memberships (multicast_groups.hpp), read as igmp_do_one of net-tools.

#include <nettrio/ports/multicast_groups.hpp>

#include "ports/proc_text.hpp"

#include <array>
#include <charconv>
#include <system_error>

namespace nettrio {

namespace {

template <class T>
bool num(std::string_view s, T& out, int base) {
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out, base);
  return ec == std::errc{} && p == s.data() + s.size();
}

}  // namespace

std::vector<multicast_membership> parse_proc_net_igmp(std::string_view text) {
  std::vector<multicast_membership> out;
  std::string device;
  bool first = true;
  detail::for_each_line(text, [&](std::string_view line) {
    if (first) {  // "Idx\tDevice    : Count Querier\t..."
      first = false;
      return;
    }
    if (line.empty()) return;
    if (line.front() != '\t') {
      // "%d\t%15c", cut at the last ':' (netstat keeps the padding; shown in %-15s).
      const auto tab = line.find('\t');
      if (tab == std::string_view::npos) return;
      auto d = line.substr(tab + 1, 15);
      if (const auto colon = d.rfind(':'); colon != std::string_view::npos) d = d.substr(0, colon);
      while (!d.empty() && d.back() == ' ') d.remove_suffix(1);
      device = std::string(d);
      return;
    }
    const auto f = detail::split_fields(line);
    std::uint32_t raw = 0;
    int refcnt = 0;
    if (f.size() < 2 || !num(f[0], raw, 16) || !num(f[1], refcnt, 10)) return;
    // The kernel prints the network-order word with %08X: its bytes, low first.
    const std::array<std::uint8_t, 4> b{
        static_cast<std::uint8_t>(raw & 0xff), static_cast<std::uint8_t>((raw >> 8) & 0xff),
        static_cast<std::uint8_t>((raw >> 16) & 0xff), static_cast<std::uint8_t>(raw >> 24)};
    out.push_back({device, ip_address::v4_bytes(b.data()), refcnt});
  });
  return out;
}

std::vector<multicast_membership> parse_proc_net_igmp6(std::string_view text) {
  std::vector<multicast_membership> out;
  detail::for_each_line(text, [&](std::string_view line) {
    const auto f = detail::split_fields(line);
    if (f.size() < 4 || f[2].size() != 32) return;
    std::array<std::uint8_t, 16> b{};
    for (std::size_t i = 0; i < 16; ++i)
      if (!num(f[2].substr(2 * i, 2), b[i], 16)) return;
    int refcnt = 0;
    if (!num(f[3], refcnt, 10)) return;
    out.push_back({std::string(f[1].substr(0, 15)), ip_address::v6_bytes(b.data()), refcnt});
  });
  return out;
}

std::vector<multicast_membership> read_multicast_groups(ip_family family,
                                                        const std::string& proc_root) {
  const bool v4 = family == ip_family::v4;
  std::string text;
  try {
    text = detail::read_proc_text(proc_root + (v4 ? "/net/igmp" : "/net/igmp6"));
  } catch (const std::system_error&) {
    return {};
  }
  return v4 ? parse_proc_net_igmp(text) : parse_proc_net_igmp6(text);
}

}  // namespace nettrio
