// `nettrio trace --report` as text: mtr --report's header line and table, per-hop loss and
// RTT statistics over the rounds, then the verdict and the notes.

#include "report/trace_writers.hpp"

#include <nettrio/text/sanitize.hpp>

#include <fmt/format.h>

namespace nettrio::report::detail {

namespace {

class trace_mtr_writer final : public trace_writer {
 public:
  trace_mtr_writer(std::ostream& out, std::ostream& err, const trace_writer_options& opts)
      : out_(out), err_(err), opts_(opts) {}

  void start(const trace_header& h) override {
    out_ << fmt::format("report to {} ({}), {} rounds, {} probes, {} hops max\n",
                        sanitize(h.target), h.address.to_string(), h.rounds, method_name(h.method),
                        h.max_hops);
    out_.flush();
  }

  void hop(const nettrio::hop& h) override { request_names(h, opts_); }

  void round(std::uint64_t done, std::uint64_t total) override {
    if (opts_.progress)
      err_ << fmt::format("\rround {}/{}", done, total) << (done == total ? "\n" : "");
  }

  // The table is written at the end: the names get the bounded wait, all at once.
  void settle(std::function<void()> then) override { settle_names(opts_, std::move(then)); }

  void finish(const trace_result& r) override {
    out_ << fmt::format("{:>4}  {:<24} {:>6} {:>5} {:>8} {:>8} {:>8} {:>8} {:>8}\n", "Hop", "Host",
                        "Loss%", "Snt", "Last", "Avg", "Best", "Wrst", "StDev");
    auto num = [](const std::optional<double>& v) {
      return v ? fmt::format("{:.3f}", *v) : std::string("-");
    };
    for (const auto& s : r.stats) {
      // As mtr's report: the name alone where there is one, else the address.
      std::string host = "???";
      if (!s.responders.empty()) {
        const auto name = trace_name(s.responders.front(), opts_);
        host = name ? sanitize(*name) : s.responders.front().to_string();
      }
      if (host.size() > 24) {
        // As mtr does: the table keeps its columns. Cut on a UTF-8 character boundary.
        host.resize(24);
        while (!host.empty() && (static_cast<unsigned char>(host.back()) & 0xc0) == 0x80)
          host.pop_back();
        if (!host.empty() && (static_cast<unsigned char>(host.back()) & 0xc0) == 0xc0)
          host.pop_back();
      }
      out_ << fmt::format("{:>4}  {:<24} {:>5.1f}% {:>5} {:>8} {:>8} {:>8} {:>8} {:>8}\n", s.ttl,
                          host, s.loss_percent, s.sent, num(s.last_ms), num(s.avg_ms),
                          num(s.best_ms), num(s.worst_ms), num(s.stdev_ms));
      for (std::size_t i = 1; i < s.responders.size(); ++i)
        out_ << fmt::format("{:>4}  {}\n", "", trace_label(s.responders[i], opts_));
    }
    write_verdict_text(out_, r);
  }

 private:
  std::ostream& out_;
  std::ostream& err_;
  trace_writer_options opts_;
};

}  // namespace

std::unique_ptr<trace_writer> make_trace_mtr_writer(std::ostream& out, std::ostream& err,
                                                    const trace_writer_options& opts) {
  return std::make_unique<trace_mtr_writer>(out, err, opts);
}

}  // namespace nettrio::report::detail
