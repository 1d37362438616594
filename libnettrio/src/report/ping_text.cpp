// nettrio ping's text: iputils ping's shape for one target (a PING line, one line per
// reply, the statistics block), fping's for several (one line per reply, one summary line
// per target; -a and -u list the live or the silent targets), and a hint on stderr for
// targets that never answered. Names come from outside (target files): sanitised.

#include "report/ping_writers.hpp"

#include <nettrio/report/icmp.hpp>
#include <nettrio/text/sanitize.hpp>

#include <fmt/format.h>

#include <chrono>
#include <ostream>
#include <string>
#include <vector>

namespace nettrio::report::detail {

namespace {

std::string fmt_ms(double ms) {
  return fmt::format("{:.3f}", ms);
}

double to_ms(std::chrono::nanoseconds d) {
  return std::chrono::duration<double, std::milli>(d).count();
}

class ping_text_writer final : public ping_writer {
 public:
  ping_text_writer(std::ostream& out, std::ostream& err, const ping_writer_options& o)
      : out_(out), err_(err), opts_(o) {}

  void start(const ping_report& r) override {
    report_ = &r;
    announced_.assign(r.targets.size(), false);
    progress_ = r.many && opts_.progress;
    last_progress_ = now();
    if (r.many) return;
    const auto& t = r.targets.front();
    if (r.options.tcp_port)
      out_ << fmt::format("PING {} ({}) TCP port {}\n", sanitize(t.name), t.address.to_string(),
                          *r.options.tcp_port);
    else
      out_ << fmt::format("PING {} ({}) {}({}) bytes of data.\n", sanitize(t.name),
                          t.address.to_string(), r.options.payload_size,
                          r.options.payload_size + 8 + (t.address.is_v4() ? 20 : 40));
    out_.flush();
  }

  void event(const ping_event& ev) override {
    ++events_;
    if (progress_ && now() - last_progress_ > std::chrono::milliseconds(100)) {
      last_progress_ = now();
      err_ << fmt::format("\r{} probes done, {} targets alive   ", events_, answered_);
    }
    if (report_->many)
      many_event(ev);
    else if (!opts_.quiet)
      one_event(ev);
  }

  void finish(const ping_report& r) override {
    if (progress_) err_ << "\r" << std::string(60, ' ') << "\r";
    if (!r.many)
      one_summary(r);
    else if (opts_.alive_only)
      ;  // printed live
    else if (opts_.unreachable_only)
      for (const auto& s : r.run.targets) {
        if (!s.alive()) out_ << sanitize(s.dest.name) << "\n";
      }
    else
      many_summary(r);
    out_.flush();
    if (!(r.many && (opts_.alive_only || opts_.unreachable_only))) write_no_reply_hint(err_, r);
    err_.flush();
  }

 private:
  // fping's line per reply; with -a, the name of each target when it first answers.
  void many_event(const ping_event& ev) {
    const auto& r = ev.result;
    const auto& t = report_->targets[ev.target_index];
    if (r.status == probe_status::reply && !r.duplicate && !r.corrupt &&
        !announced_[ev.target_index]) {
      announced_[ev.target_index] = true;
      ++answered_;
      if (opts_.alive_only && !opts_.quiet) out_ << sanitize(t.name) << "\n";
    }
    if (opts_.quiet || opts_.alive_only || opts_.unreachable_only) return;
    // A corrupted reply is no success: fping's "NAME : [SEQ], TIME ms" would read as one.
    if (r.status == probe_status::reply && r.corrupt)
      out_ << fmt::format("{} : [{}], corrupted reply (BAD CHECKSUM OR DATA!)\n", sanitize(t.name),
                          r.sent.sequence - 1);
    else if (r.status == probe_status::reply && r.rtt)
      out_ << fmt::format("{} : [{}], {} ms{}\n", sanitize(t.name), r.sent.sequence - 1,
                          fmt_ms(to_ms(*r.rtt)), r.duplicate ? " (DUP!)" : "");
  }

  // iputils' line per reply or error.
  void one_event(const ping_event& ev) {
    const auto& r = ev.result;
    const auto& t = report_->targets[ev.target_index];
    const double ms = r.rtt ? to_ms(*r.rtt) : 0;
    const auto from = r.from ? r.from->to_string() : t.address.to_string();
    if (r.sent.protocol == probe_protocol::tcp) {
      if (r.status == probe_status::reply)
        out_ << fmt::format("tcp {}:{}: seq={} {} time={} ms\n", from, r.sent.dst_port,
                            r.sent.sequence, r.tcp_open ? "open" : "refused", fmt_ms(ms));
      else if (r.status == probe_status::timeout)
        out_ << fmt::format("tcp {}:{}: seq={} filtered (no answer)\n", t.address.to_string(),
                            r.sent.dst_port, r.sent.sequence);
      else if (r.status == probe_status::unreachable || r.status == probe_status::time_exceeded)
        out_ << fmt::format("From {} tcp_seq={} {}\n", from, r.sent.sequence,
                            icmp_error_text(t.address.family(), r.icmp_type, r.icmp_code));
    } else if (r.status == probe_status::reply) {
      out_ << fmt::format("{} bytes from {}: icmp_seq={} ttl={} time={} ms{}{}\n",
                          r.sent.payload_size + 8, from, r.sent.sequence, r.reply_ttl, fmt_ms(ms),
                          r.duplicate ? " (DUP!)" : "",
                          r.corrupt ? " (BAD CHECKSUM OR DATA!)" : "");
    } else if (r.status == probe_status::unreachable || r.status == probe_status::time_exceeded) {
      auto words = icmp_error_text(t.address.family(), r.icmp_type, r.icmp_code);
      // The MTU a "fragmentation needed" / "packet too big" names, in iputils' words.
      if (is_too_big(t.address.family(), r.icmp_type, r.icmp_code))
        words +=
            t.address.is_v4() ? fmt::format(" (mtu = {})", r.mtu) : fmt::format(": mtu={}", r.mtu);
      out_ << fmt::format("From {} icmp_seq={} {}\n", from, r.sent.sequence, words);
    } else if (r.status == probe_status::send_failed && r.error == std::errc::message_size) {
      out_ << fmt::format("ping: local error: message too long, mtu={}\n", r.mtu);
    } else if (r.status == probe_status::send_failed) {
      out_ << fmt::format("ping: sendmsg: {}\n", r.error.message());
    }
    out_.flush();
  }

  void one_summary(const ping_report& r) {
    const auto& s = r.run.targets.front();
    const auto elapsed_ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(r.run.elapsed).count();
    out_ << fmt::format("\n--- {} ping statistics ---\n", sanitize(s.dest.name));
    std::string extra;
    if (s.duplicates) extra += fmt::format(", +{} duplicates", s.duplicates);
    if (s.corrupted) extra += fmt::format(", +{} corrupted", s.corrupted);
    if (s.errors) extra += fmt::format(", +{} errors", s.errors);
    out_ << fmt::format("{} packets transmitted, {} received{}, {:g}% packet loss, time {}ms\n",
                        s.transmitted, s.received, extra, s.loss(), elapsed_ms);
    if (s.rtt)
      out_ << fmt::format("rtt min/avg/max/mdev = {}/{}/{}/{} ms\n", fmt_ms(s.rtt->min_ms),
                          fmt_ms(s.rtt->avg_ms), fmt_ms(s.rtt->max_ms), fmt_ms(s.rtt->mdev_ms));
    if (r.options.tcp_port && s.tcp_refused)
      out_ << fmt::format(
          "{} of {} answers were refused: the host is up but nothing listens on port {}\n",
          s.tcp_refused, s.received, *r.options.tcp_port);
  }

  void many_summary(const ping_report& r) {
    for (const auto& s : r.run.targets) {
      out_ << fmt::format("{} : xmt/rcv/%loss = {}/{}/{:g}%", sanitize(s.dest.name), s.transmitted,
                          s.received, s.loss());
      if (s.rtt)
        out_ << fmt::format(", min/avg/max = {}/{}/{}", fmt_ms(s.rtt->min_ms),
                            fmt_ms(s.rtt->avg_ms), fmt_ms(s.rtt->max_ms));
      out_ << "\n";
    }
  }

  std::ostream& out_;
  std::ostream& err_;
  ping_writer_options opts_;
  const ping_report* report_ = nullptr;
  std::vector<bool> announced_;  // several targets: answered once already
  std::size_t answered_ = 0;
  std::size_t events_ = 0;
  [[nodiscard]] std::chrono::steady_clock::time_point now() const {
    return opts_.now ? opts_.now() : std::chrono::steady_clock::now();
  }

  bool progress_ = false;
  std::chrono::steady_clock::time_point last_progress_;
};

}  // namespace

void write_no_reply_hint(std::ostream& err, const ping_report& r) {
  std::vector<const ping_summary*> silent;
  for (const auto& s : r.run.targets)
    if (!s.alive()) silent.push_back(&s);
  if (silent.empty()) return;
  const auto who = silent.size() == 1 ? sanitize(silent[0]->dest.name)
                                      : fmt::format("{} targets", silent.size());
  if (r.options.tcp_port) {
    err << fmt::format(
        "hint: no TCP answer from {}: a firewall drops the SYNs, or the host is down.\n", who);
    return;
  }
  err << fmt::format(
      "hint: no reply from {}. ICMP may be filtered rather than the host down: on a cloud host "
      "the\n"
      "hint: receiver's security group must allow inbound ICMP and the sender's outbound ICMP.\n"
      "hint: try a TCP port the host serves: 'nettrio ping --tcp 22 {}' or '--tcp 443'.\n",
      who, silent.size() == 1 ? sanitize(silent[0]->dest.name) : "HOST");
}

std::unique_ptr<ping_writer> make_ping_text_writer(std::ostream& out, std::ostream& err,
                                                   const ping_writer_options& o) {
  return std::make_unique<ping_text_writer>(out, err, o);
}

}  // namespace nettrio::report::detail
