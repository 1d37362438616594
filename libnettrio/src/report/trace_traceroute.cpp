// The trace as traceroute 2.1.2 prints it (the classic `traceroute` and `traceroute6`
// names): its header, its hop lines byte for byte (names as "name (address)" unless
// numeric, the address again when a probe's responder changes, "*", its "!" flags), and
// nothing after the last hop: no verdict, no notes.

#include "report/hop_printer.hpp"
#include "report/trace_writers.hpp"

#include <nettrio/text/sanitize.hpp>

#include <fmt/format.h>

namespace nettrio::report::detail {

namespace {

// traceroute prints "name (address)" for every responder unless -n; a responder without a
// name is "address (address)" (getnameinfo gave the number back).
std::string classic_label(const ip_address& a, const trace_writer_options& opts) {
  const auto text = a.to_string();
  if (opts.numeric) return text;
  const auto name = trace_name(a, opts);
  return fmt::format("{} ({})", name ? sanitize(*name) : text, text);
}

// ICMP extensions (-e): traceroute's "<MPLS:L=..,E=..,S=..,T=..>" with labels joined by '/'.
std::string mpls_text(const std::vector<packet::mpls_label>& labels) {
  if (labels.empty()) return {};
  std::string s = " <MPLS:";
  bool first = true;
  for (const auto& l : labels) {
    if (!first) s += '/';
    first = false;
    s += fmt::format("L={},E={},S={},T={}", l.label, l.exp, l.bottom_of_stack ? 1 : 0, l.ttl);
  }
  return s + ">";
}

class trace_traceroute_writer final : public trace_writer {
 public:
  trace_traceroute_writer(std::ostream& out, const trace_writer_options& opts)
      : out_(out),
        opts_(opts),
        lines_(
            out, opts_,
            [this](const nettrio::hop& h) { return traceroute_hop_line(h, family_, opts_); },
            hop_printer::newline::before) {}

  // As traceroute: each line starts with its newline, and the last one is ended at the end
  // of the run; a run interrupted (Ctrl-C, which kills traceroute) leaves it open.
  void start(const trace_header& h) override {
    family_ = h.address.family();
    out_ << traceroute_header_text(h);
    out_.flush();
  }

  void hop(const nettrio::hop& h) override { lines_.add(h); }
  void round(std::uint64_t, std::uint64_t) override {}
  void settle(std::function<void()> then) override { lines_.settle(std::move(then)); }

  void finish(const trace_result& r) override {
    lines_.flush();
    if (!r.interrupted) out_ << '\n';
    out_.flush();
  }

 private:
  std::ostream& out_;
  trace_writer_options opts_;
  ip_family family_ = ip_family::v4;
  hop_printer lines_;
};

}  // namespace

// traceroute's parse_icmp_res: the ICMP code read as traceroute 2.1.2 reads it.
std::string traceroute_flag(const hop_flag& f, ip_family family) {
  // "!F-<next-hop MTU>" (IPv4 fragmentation needed, IPv6 packet too big), as traceroute
  // prints the MTU the router named.
  if (f.reason == unreachable_reason::fragmentation_needed)
    return f.mtu ? fmt::format("!F-{}", f.mtu) : std::string("!F");
  if (f.reason == unreachable_reason::local_error) return "!E";
  if (f.reason == unreachable_reason::other && f.icmp_type != 0)  // not an unreachable
    return fmt::format("!<{}-{}>", f.icmp_type, f.code);
  if (family == ip_family::v4) {
    switch (f.code) {
      case 0:
      case 6:
      case 8:
      case 11:
        return "!N";
      case 1:
      case 7:
      case 12:
        return "!H";
      case 9:
      case 10:
      case 13:
        return "!X";
      case 2:
        return "!P";
      case 5:
        return "!S";
      case 14:
        return "!V";
      case 15:
        return "!C";
      default:
        return fmt::format("!<{}>", f.code);
    }
  }
  switch (f.code) {
    case 0:
      return "!N";
    case 2:
    case 3:
      return "!H";
    case 1:
      return "!X";
    default:
      return fmt::format("!<{}>", f.code);
  }
}

// traceroute's print_probe: "%2u " then per probe " *" or the responder when it is the
// first answer or differs from the previous answer, "  %.3f ms", " F=NUM" (--mtu), " !FLAG".
std::string traceroute_hop_line(const hop& h, ip_family family, const trace_writer_options& opts) {
  std::string line = fmt::format("{:2} ", h.ttl);
  const nettrio::hop_probe* prev = nullptr;
  // What traceroute keeps in a probe's err_str: "F=NUM" when --mtu sent it again at a
  // smaller size, then the flag, with no blank between them.
  const auto err_text = [family](const nettrio::hop_probe& p) {
    std::string err = p.resized ? fmt::format("F={}", p.resized) : std::string();
    if (p.flag) err += traceroute_flag(*p.flag, family);
    return err.empty() ? err : " " + err;
  };
  for (const auto& p : h.probes) {
    if (!p.from) {
      line += " *";  // (a send that failed shows no flag: traceroute never prints one)
      if (p.resized) line += fmt::format(" F={}", p.resized);
      continue;
    }
    const bool same_ext = prev && (!opts.extensions || prev->mpls == p.mpls);
    const bool same_back = prev && (!opts.backward || prev->reply_ttl == p.reply_ttl);
    if (!prev || *prev->from != *p.from || !same_ext || !same_back) {
      line += ' ';
      line += classic_label(*p.from, opts);
      if (opts.extensions) line += mpls_text(p.mpls);
      if (opts.backward && p.reply_ttl > 0)
        if (const int back = hops_back(p.reply_ttl); back != h.ttl)
          line += fmt::format(" '-{}'", back);
    }
    prev = &p;
    if (p.rtt_ms) line += fmt::format("  {:.3f} ms", *p.rtt_ms);
    line += err_text(p);
  }
  return line;
}

std::unique_ptr<trace_writer> make_trace_traceroute_writer(std::ostream& out, std::ostream&,
                                                           const trace_writer_options& opts) {
  return std::make_unique<trace_traceroute_writer>(out, opts);
}

}  // namespace nettrio::report::detail

namespace nettrio::report {

std::string traceroute_header_text(const trace_header& h) {
  return fmt::format("traceroute to {} ({}), {} hops max, {} byte packets", sanitize(h.target),
                     h.address.to_string(), h.max_hops, h.packet_size);
}

}  // namespace nettrio::report
