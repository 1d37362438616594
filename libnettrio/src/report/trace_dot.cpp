// `nettrio trace --mda --format dot`: the interfaces and links as a Graphviz digraph, written
// once the trace is over (dot lays out the whole graph at once).

#include "report/trace_writers.hpp"

#include <nettrio/text/sanitize.hpp>

#include <fmt/format.h>

#include <set>

namespace nettrio::report::detail {

namespace {

// A DOT string: quotes and backslashes escaped, outside text sanitised first.
std::string quoted(std::string_view s) {
  std::string q = "\"";
  for (const char c : s) {
    if (c == '"' || c == '\\') q += '\\';
    q += c;
  }
  return q + '"';
}

class trace_dot_writer final : public trace_writer {
 public:
  trace_dot_writer(std::ostream& out, const trace_writer_options& opts) : out_(out), opts_(opts) {}

  void start(const trace_header&) override {}
  void hop(const nettrio::hop& h) override { request_names(h, opts_); }
  void round(std::uint64_t, std::uint64_t) override {}
  // The names are drawn at the end: they get the bounded wait, all at once.
  void settle(std::function<void()> then) override { settle_names(opts_, std::move(then)); }

  void finish(const trace_result& r) override {
    out_ << "digraph trace {\n  rankdir=LR;\n  node [shape=box, fontsize=10];\n";
    out_ << fmt::format("  src [label={}, shape=ellipse];\n", quoted("this host"));
    std::set<ip_address> drawn;
    auto node = [&](const ip_address& a, int ttl) {
      if (!drawn.insert(a).second) return;
      const bool dst = a == r.address;
      out_ << fmt::format("  {} [label={}{}];\n", quoted(a.to_string()),
                          quoted(fmt::format("{}\\nhop {}", sanitize(trace_label(a, opts_)), ttl)),
                          dst ? ", shape=ellipse, style=bold" : "");
    };
    // Every interface found, TTL by TTL; a plain trace (no --mda) draws its responders.
    std::vector<std::pair<int, std::vector<ip_address>>> hops;
    if (r.mda) {
      for (const auto& mh : r.mda->hops) hops.emplace_back(mh.ttl, mh.interfaces);
    } else {
      for (const auto& h : r.hops) hops.emplace_back(h.ttl, h.responders());
    }
    for (const auto& [ttl, ifs] : hops) {
      for (const auto& a : ifs) node(a, ttl);
      out_ << "  { rank=same;";
      for (const auto& a : ifs) out_ << ' ' << quoted(a.to_string());
      out_ << " }\n";
    }
    std::set<std::pair<ip_address, ip_address>> edges;
    auto edge = [&](const ip_address& a, const ip_address& b, bool lossy) {
      if (!edges.emplace(a, b).second) return;
      out_ << fmt::format("  {} -> {}{};\n", quoted(a.to_string()), quoted(b.to_string()),
                          lossy ? " [color=red]" : "");
    };
    if (!hops.empty())
      for (const auto& a : hops.front().second)
        out_ << fmt::format("  src -> {};\n", quoted(a.to_string()));
    const auto lossy = [&](const ip_address& a) {
      if (r.result.kind != verdict_kind::path_loss) return false;
      for (const auto& x : r.result.responders)
        if (x == a) return true;
      return false;
    };
    if (r.mda) {
      for (const auto& l : r.mda->links) edge(l.from, l.to, false);
      // Where flows die: a dashed edge into nothing.
      for (const auto& a : r.result.responders)
        if (lossy(a))
          out_ << fmt::format(
              "  {} -> lost [color=red, style=dashed];\n  lost [label={}, shape=plaintext, "
              "fontcolor=red];\n",
              quoted(a.to_string()), quoted("flows die here"));
    } else {
      for (std::size_t i = 1; i < hops.size(); ++i)
        for (const auto& a : hops[i - 1].second)
          for (const auto& b : hops[i].second) edge(a, b, false);
    }
    out_ << "}\n";
    out_.flush();
  }

 private:
  std::ostream& out_;
  trace_writer_options opts_;
};

}  // namespace

std::unique_ptr<trace_writer> make_trace_dot_writer(std::ostream& out, std::ostream& /*err*/,
                                                    const trace_writer_options& opts) {
  return std::make_unique<trace_dot_writer>(out, opts);
}

}  // namespace nettrio::report::detail
