#pragma once
// The output formats a report can be written in. Each format of each subcommand is one
// writer in libnettrio/src/report/, one file per format (docs/architecture.md).

#include <cstdint>
#include <optional>
#include <string_view>

namespace nettrio::report {

enum class output_format : std::uint8_t {
  text,        // nettrio's own text (iputils/fping/traceroute/mtr/ss shapes plus verdicts)
  json,        // one compact JSON document per line (docs/json.md)
  traceroute,  // traceroute 2.1.2's own output (the classic traceroute/traceroute6 names)
  // net-tools netstat 2.10 (nettrio under the name netstat; ports only)
  net_tools,
  iputils,  // ping under its classic name: iputils ping 20221126's lines exactly
  fping,    // fping under its classic name: fping 5.1's lines and streams exactly
  dot,      // Graphviz: trace --mda's interfaces and links as a graph (trace only)
};

[[nodiscard]] std::string_view to_string(output_format f) noexcept;
[[nodiscard]] std::optional<output_format> parse_output_format(std::string_view s) noexcept;

}  // namespace nettrio::report
