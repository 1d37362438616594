#pragma once
// Reading a trace the way the traceroute article teaches (figures 4 to 9): fills per-hop
// notes and one verdict. Pure function over values, no I/O.

#include <nettrio/trace/hop.hpp>

namespace nettrio {

/// Stable verdict kinds (docs/json.md).
namespace verdict_kind {
inline constexpr const char* reached = "reached";
inline constexpr const char* unreachable = "unreachable";
inline constexpr const char* filtered_after_hop = "filtered_after_hop";
inline constexpr const char* destination_silent = "destination_silent";
inline constexpr const char* method_filtered = "method_filtered";
inline constexpr const char* no_response = "no_response";
inline constexpr const char* incomplete = "incomplete";
}  // namespace verdict_kind

/// Adds notes to `r.hops` and sets `r.result`.
void interpret(trace_result& r);

/// True when `a` looks local to `b`: same /24 (IPv4) or /64 (IPv6).
[[nodiscard]] bool looks_local(const ip_address& a, const ip_address& b) noexcept;

}  // namespace nettrio
