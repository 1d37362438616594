#pragma once
// Reading a trace the way the traceroute article teaches (figures 4 to 9): fills per-hop
// notes and one verdict, as typed values (report/trace.hpp words them). Pure function over
// values, no I/O.

#include <nettrio/trace/hop.hpp>

namespace nettrio {

/// Adds notes to `r.hops` and sets `r.result`.
void interpret(trace_result& r);

/// True when `a` looks local to `b`: same /24 (IPv4) or /64 (IPv6).
[[nodiscard]] bool looks_local(const ip_address& a, const ip_address& b) noexcept;

}  // namespace nettrio
