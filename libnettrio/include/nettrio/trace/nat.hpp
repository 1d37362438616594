#pragma once
// NAT detection over a trace's hops: a NAT rewrites the source of what it forwards, so the
// quotes of routers past it differ from what the probe left with (probe methods compare
// checksums; here the quoted source against the earliest hop's). The first hop whose quotes
// show a rewrite after one whose quotes did not is the first hop past the NAT.

#include <nettrio/trace/hop.hpp>

#include <span>

namespace nettrio {

/// Marks `hops[index]`: each probe's `quote.source_address` (its quoted source against the
/// first quoted source of hops[0..index]) and the hop's `nat`. Earlier hops must be marked.
void mark_nat(std::span<hop> hops, std::size_t index);

/// What the quotes of a hop show rewritten (any probe); `checked` when any was compared.
[[nodiscard]] quote_changes quote_rewrites(const hop& h) noexcept;

}  // namespace nettrio
