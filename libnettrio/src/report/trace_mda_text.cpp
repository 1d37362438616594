// trace --mda in nettrio's text: after the hop lines (one per TTL, every interface), the
// links between TTLs, the paths with their loss, and what the search cost.

#include "report/trace_writers.hpp"

#include <fmt/format.h>

#include <map>

namespace nettrio::report::detail {

void write_mda_text(std::ostream& out, const trace_result& r) {
  const auto& m = *r.mda;
  if (!m.links.empty()) {
    out << "\nlinks:\n";
    // One line per interface and TTL: "  hop 1 -> 2: A -> B, C".
    std::map<std::pair<int, ip_address>, std::vector<ip_address>> from;
    for (const auto& l : m.links) from[{l.ttl, l.from}].push_back(l.to);
    for (const auto& [key, tos] : from) {
      std::string list;
      for (const auto& a : tos) list += (list.empty() ? "" : ", ") + a.to_string();
      out << fmt::format("  hop {} -> {}: {} -> {}\n", key.first - 1, key.first,
                         key.second.to_string(), list);
    }
  }
  if (!m.paths.empty()) {
    out << "\npaths:\n";
    for (const auto& p : m.paths) {
      std::string hops;
      for (const auto& a : p.interfaces)
        hops += (hops.empty() ? "" : " ") + (a ? a->to_string() : "*");
      out << fmt::format("  {}  ({} flow{}", hops, p.flows, p.flows == 1 ? "" : "s");
      if (p.sent)
        out << fmt::format(", {} sent, {} received, {:.0f}% loss", p.sent, p.received,
                           p.loss_percent);
      if (p.avg_ms) out << fmt::format(", avg {:.3f} ms", *p.avg_ms);
      out << ")\n";
    }
  }
  out << fmt::format("\nmda: {} probes over {} flows, {}% confidence per hop\n", m.probes_sent,
                     m.flows, m.confidence);
}

}  // namespace nettrio::report::detail
