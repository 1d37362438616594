#include <nettrio/text/parse.hpp>

#include <charconv>
#include <cmath>

namespace nettrio {

std::optional<double> parse_seconds(std::string_view text) noexcept {
  double v = 0;
  const auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc{} || p != text.data() + text.size() || !std::isfinite(v) || v > 1e6 ||
      v < -1e6)
    return std::nullopt;
  return v;
}

port_parse parse_port(std::string_view text) noexcept {
  // Digits only: from_chars would take a leading '-' for a signed type.
  if (text.empty() || text.size() > 10 ||
      text.find_first_not_of("0123456789") != std::string_view::npos)
    return {port_parse::status::malformed, 0};
  std::uint64_t v = 0;
  const auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc{} || p != text.data() + text.size())
    return {port_parse::status::malformed, 0};
  if (v < 1 || v > 65535) return {port_parse::status::out_of_range, 0};
  return {port_parse::status::ok, static_cast<std::uint16_t>(v)};
}

host_port split_host_port(std::string_view spec) {
  host_port out;
  auto port_of = [&](std::string_view text) {
    const auto p = parse_port(text);
    if (p.result == port_parse::status::ok)
      out.port = p.port;
    else
      out.error = host_port::problem::bad_port;
  };
  if (!spec.empty() && spec.front() == '[') {
    const auto close = spec.find(']');
    if (close == std::string_view::npos) {
      out.error = host_port::problem::missing_bracket;
      return out;
    }
    out.host = std::string(spec.substr(1, close - 1));
    if (close + 1 == spec.size()) return out;
    if (spec[close + 1] != ':') {
      out.error = host_port::problem::expected_port;
      return out;
    }
    port_of(spec.substr(close + 2));
    return out;
  }
  const auto colon = spec.find(':');
  if (colon != std::string_view::npos && spec.find(':', colon + 1) == std::string_view::npos) {
    out.host = std::string(spec.substr(0, colon));
    port_of(spec.substr(colon + 1));
    return out;
  }
  out.host = std::string(spec);  // a name, an IPv4 address, or a bare IPv6 address
  return out;
}

}  // namespace nettrio
