#include <nettrio/report/format.hpp>

namespace nettrio::report {

std::string_view to_string(output_format f) noexcept {
  switch (f) {
    case output_format::text:
      return "text";
    case output_format::json:
      return "json";
    case output_format::net_tools:
      return "net-tools";
    case output_format::traceroute:
      return "traceroute";
    case output_format::iputils:
      return "iputils";
    case output_format::fping:
      return "fping";
    case output_format::dot:
      return "dot";
  }
  return "text";
}

std::optional<output_format> parse_output_format(std::string_view s) noexcept {
  if (s == "text") return output_format::text;
  if (s == "json") return output_format::json;
  if (s == "net-tools") return output_format::net_tools;
  if (s == "traceroute") return output_format::traceroute;
  if (s == "iputils") return output_format::iputils;
  if (s == "fping") return output_format::fping;
  if (s == "dot") return output_format::dot;
  return std::nullopt;
}

}  // namespace nettrio::report
