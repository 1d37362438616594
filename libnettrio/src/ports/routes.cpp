// /proc/net/route (routes.hpp).

#include <nettrio/ports/routes.hpp>

#include "ports/proc_text.hpp"

#include <array>
#include <charconv>
#include <optional>

namespace nettrio {

namespace {

template <class T>
bool num(std::string_view s, T& out, int base) {
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out, base);
  return ec == std::errc{} && p == s.data() + s.size();
}

// The network-order address the kernel prints as "%08X" of its in-memory value.
bool address(std::string_view s, std::uint32_t& out) {
  return num(s, out, 16);
}

}  // namespace

std::vector<ipv4_route> parse_proc_net_route(std::string_view text) {
  std::vector<ipv4_route> out;
  // Column of each field, found by name as net-tools' proc_gen_fmt does.
  static constexpr std::array<std::string_view, 11> names{
      "Iface",  "Destination", "Gateway", "Flags",  "RefCnt", "Use",
      "Metric", "Mask",        "MTU",     "Window", "IRTT"};
  std::array<std::optional<std::size_t>, 11> col{};
  bool header = true;
  detail::for_each_line(text, [&](std::string_view line) {
    const auto f = detail::split_fields(line);
    if (header) {
      header = false;
      for (std::size_t i = 0; i < f.size(); ++i)
        for (std::size_t n = 0; n < names.size(); ++n)
          if (f[i] == names[n]) col[n] = i;
      return;
    }
    if (f.empty()) return;
    auto field = [&](std::size_t n) -> std::optional<std::string_view> {
      if (!col[n] || *col[n] >= f.size()) return std::nullopt;
      return f[*col[n]];
    };
    ipv4_route r;
    const auto iface = field(0), dst = field(1), gw = field(2), flags = field(3), mask = field(7);
    if (!iface || !dst || !gw || !flags || !mask) return;
    r.iface = std::string(*iface);
    if (!address(*dst, r.destination) || !address(*gw, r.gateway) || !num(*flags, r.flags, 16) ||
        !address(*mask, r.mask))
      return;
    if (auto v = field(4)) (void)num(*v, r.refcnt, 10);
    if (auto v = field(5)) (void)num(*v, r.use, 10);
    if (auto v = field(6)) (void)num(*v, r.metric, 10);
    if (auto v = field(8)) (void)num(*v, r.mtu, 10);
    if (auto v = field(9)) (void)num(*v, r.window, 10);
    if (auto v = field(10)) (void)num(*v, r.irtt, 10);
    out.push_back(std::move(r));
  });
  return out;
}

namespace {

bool hex128(std::string_view s, std::array<std::uint8_t, 16>& out) {
  if (s.size() != 32) return false;
  for (std::size_t i = 0; i < 16; ++i)
    if (!num(s.substr(2 * i, 2), out[i], 16)) return false;
  return true;
}

}  // namespace

std::vector<ipv6_route> parse_proc_net_ipv6_route(std::string_view text) {
  std::vector<ipv6_route> out;
  detail::for_each_line(text, [&](std::string_view line) {
    const auto f = detail::split_fields(line);
    if (f.size() < 10) return;
    ipv6_route r;
    if (!hex128(f[0], r.destination) || !num(f[1], r.prefix_len, 16) || !hex128(f[2], r.source) ||
        !num(f[3], r.source_prefix_len, 16) || !hex128(f[4], r.next_hop) ||
        !num(f[5], r.metric, 16) || !num(f[6], r.refcnt, 16) || !num(f[7], r.use, 16) ||
        !num(f[8], r.flags, 16))
      return;
    r.iface = std::string(f[9]);
    out.push_back(std::move(r));
  });
  return out;
}

std::vector<ipv6_route> read_ipv6_routes(const std::string& proc_root) {
  return parse_proc_net_ipv6_route(detail::read_proc_text(proc_root + "/net/ipv6_route"));
}

std::vector<ipv4_route> read_ipv4_routes(const std::string& proc_root) {
  return parse_proc_net_route(detail::read_proc_text(proc_root + "/net/route"));
}

}  // namespace nettrio
