// `nettrio trace` as text, live: traceroute's header and hop lines as each hop completes,
// then the verdict and the notes.

#include "report/hop_printer.hpp"
#include "report/trace_writers.hpp"

#include <nettrio/text/sanitize.hpp>

#include <fmt/format.h>

namespace nettrio::report::detail {

namespace {

std::string mpls_text(const std::vector<packet::mpls_label>& labels) {
  std::string s;
  for (const auto& l : labels)
    s += fmt::format(" <MPLS:L={},E={},S={},T={}>", l.label, l.exp, l.bottom_of_stack ? 1 : 0,
                     l.ttl);
  return s;
}

std::string hop_line(const hop& h, const trace_writer_options& opts) {
  std::string line = fmt::format("{:2} ", h.ttl);
  std::optional<ip_address> prev;
  for (const auto& p : h.probes) {
    if (!p.from) {
      line += " *";
      continue;
    }
    if (!prev || *prev != *p.from) {
      line += ' ';  // not " " + label(): GCC 12 warns falsely (-Wrestrict)
      line += trace_label(*p.from, opts);
    }
    prev = p.from;
    if (p.rtt_ms) line += fmt::format("  {:.3f} ms", *p.rtt_ms);
    if (p.flag) {
      line += ' ';  // as above (-Wrestrict)
      line += flag_text(*p.flag);
    }
    line += mpls_text(p.mpls);
  }
  if (h.pmtu) line += fmt::format("  pmtu {}", *h.pmtu);  // trace --mtu, as tracepath shows it
  return line;
}

class trace_text_writer final : public trace_writer {
 public:
  trace_text_writer(std::ostream& out, const trace_writer_options& opts)
      : out_(out),
        opts_(opts),
        lines_(out, opts_, [this](const nettrio::hop& h) { return hop_line(h, opts_); }) {}

  void start(const trace_header& h) override {
    out_ << fmt::format("traceroute to {} ({}), {} hops max, {} byte packets\n", sanitize(h.target),
                        h.address.to_string(), h.max_hops, h.packet_size);
    out_.flush();
  }

  void hop(const nettrio::hop& h) override { lines_.add(h); }
  void round(std::uint64_t, std::uint64_t) override {}
  void settle(std::function<void()> then) override { lines_.settle(std::move(then)); }

  void finish(const trace_result& r) override {
    lines_.flush();
    write_verdict_text(out_, r);
    if (opts_.nat) write_nat_text(out_, r);
  }

 private:
  std::ostream& out_;
  trace_writer_options opts_;
  hop_printer lines_;
};

}  // namespace

std::unique_ptr<trace_writer> make_trace_text_writer(std::ostream& out, std::ostream&,
                                                     const trace_writer_options& opts) {
  return std::make_unique<trace_text_writer>(out, opts);
}

}  // namespace nettrio::report::detail
