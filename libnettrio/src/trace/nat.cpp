#include <nettrio/trace/nat.hpp>

namespace nettrio {

quote_changes quote_rewrites(const hop& h) noexcept {
  quote_changes all;
  for (const auto& p : h.probes) {
    if (!p.from) continue;
    all.checked = all.checked || p.quote.checked;
    all.source_address = all.source_address || p.quote.source_address;
    all.checksum = all.checksum || p.quote.checksum;
  }
  return all;
}

void mark_nat(std::span<hop> hops, std::size_t index) {
  if (index >= hops.size()) return;
  // The earliest quoted source is our own address as the first routers saw it; a NAT that
  // does not translate the quote back leaves its own address in later ones.
  std::optional<ip_address> ours;
  for (std::size_t i = 0; i <= index && !ours; ++i)
    for (const auto& p : hops[i].probes)
      if (p.from && p.quoted_source) {
        ours = p.quoted_source;
        break;
      }
  hop& h = hops[index];
  for (auto& p : h.probes)
    if (p.from && p.quoted_source && ours && *p.quoted_source != *ours) {
      p.quote.source_address = true;
      p.quote.checked = true;
    }
  const auto here = quote_rewrites(h);
  h.nat = false;
  if (!here.any()) return;
  // The nearest earlier hop whose quotes were compared must show none.
  for (std::size_t i = index; i-- > 0;) {
    const auto before = quote_rewrites(hops[i]);
    if (!before.checked) continue;
    h.nat = !before.any();
    return;
  }
  h.nat = true;  // nothing compared before: the NAT is on the way out of this host
}

}  // namespace nettrio
