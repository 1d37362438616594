// fping under its classic name: fping 5.1's lines on fping's streams (src/fping.c). Without
// -c/-C: "NAME is alive" as each target first answers (-e adds the round trip; -a prints
// the name alone), then "NAME is unreachable" (-u: the name alone), on stdout. With -c or
// -C: a line per reply or timeout on stdout (not with -q), then per target on stderr the
// xmt/rcv/%loss summary (-c) or every round trip with "-" for each loss (-C), names padded
// to the longest. -s: the global statistics on stderr. Times in fping's sprint_tm format.

#include "report/ping_writers.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace nettrio::report::detail {

namespace {

// fping's sprint_tm: milliseconds with 3, 2, 1 or 0 decimals by size.
std::string sprint_tm(std::int64_t ns) {
  const double t = static_cast<double>(ns) / 1e6;
  std::array<char, 32> buf{};
  if (t < 0.0)
    std::snprintf(buf.data(), buf.size(), "%.2g", t);
  else if (t < 1.0)
    std::snprintf(buf.data(), buf.size(), "%.3f", t);
  else if (t < 10.0)
    std::snprintf(buf.data(), buf.size(), "%.2f", t);
  else if (t < 100.0)
    std::snprintf(buf.data(), buf.size(), "%.1f", t);
  else if (t < 1000000.0)
    std::snprintf(buf.data(), buf.size(), "%.0f", t);
  else
    std::snprintf(buf.data(), buf.size(), "%.3e", t);
  return buf.data();
}

struct host_state {
  std::vector<std::int64_t> resp;  // per probe index: round trip in ns, -1 for none
  int num_recv = 0;
  int num_sent = 0;
  std::int64_t total_time = 0;
  std::int64_t min_reply = 0, max_reply = 0;
  std::optional<wall_time> first_sent;
};

class ping_fping_writer final : public ping_writer {
 public:
  ping_fping_writer(std::ostream& out, std::ostream& err, const ping_writer_options& o)
      : out_(out), err_(err), opts_(o) {}

  void start(const ping_report& r) override {
    report_ = &r;
    hosts_.assign(r.targets.size(), {});
    for (const auto& t : r.targets) width_ = std::max(width_, t.name.size());
    start_ = wall_clock::now();
  }

  void event(const ping_event& ev) override {
    const auto& r = ev.result;
    auto& h = hosts_[ev.target_index];
    const auto& name = report_->targets[ev.target_index].name;
    const int index = r.sent.sequence - 1;
    if (index < 0) return;
    if (h.resp.size() <= static_cast<std::size_t>(index))
      h.resp.resize(static_cast<std::size_t>(index) + 1, -1);
    if (!h.first_sent ||
        r.sent_at - std::chrono::nanoseconds(interval().count() * index) < *h.first_sent)
      h.first_sent = r.sent_at - std::chrono::nanoseconds(interval().count() * index);
    const bool per_recv = opts_.fping != ping_writer_options::fping_mode::alive && !opts_.quiet;
    if (r.status == probe_status::reply && r.rtt && !r.corrupt) {
      const std::int64_t ns = r.rtt->count();
      ++num_pingreceived_;
      if (r.duplicate || h.resp[static_cast<std::size_t>(index)] >= 0) {
        if (!per_recv)
          err_ << fmt::format("{} : duplicate for [{}], {} bytes, {} ms\n", name, index,
                              r.sent.payload_size + 8, sprint_tm(ns));
        return;
      }
      h.resp[static_cast<std::size_t>(index)] = ns;
      ++h.num_recv;
      h.total_time += ns;
      if (!h.min_reply || ns < h.min_reply) h.min_reply = ns;
      if (!h.max_reply || ns > h.max_reply) h.max_reply = ns;
      if (!max_reply_ || ns > max_reply_) max_reply_ = ns;
      if (!min_reply_ || ns < min_reply_) min_reply_ = ns;
      sum_replies_ += ns;
      ++total_replies_;
      h.num_sent = sent_by(h, r.sent_at + *r.rtt);
      if (h.num_recv == 1) {
        ++num_alive_;
        if (opts_.fping == ping_writer_options::fping_mode::alive && !opts_.unreachable_only &&
            (!opts_.quiet || opts_.alive_only)) {
          out_ << name;
          if (!opts_.alive_only) out_ << " is alive";
          if (opts_.elapsed) out_ << fmt::format(" ({} ms)", sprint_tm(ns));
          out_ << "\n";
        }
      }
      if (per_recv) {
        out_ << fmt::format("{:<{}} : [{}], {} bytes, {} ms", name, width_, index,
                            r.sent.payload_size + 8, sprint_tm(ns));
        out_ << fmt::format(" ({} avg, ", sprint_tm(h.total_time / h.num_recv));
        out_ << loss_text(h) << "\n";
      }
    } else if (r.status == probe_status::timeout || r.status == probe_status::unreachable ||
               r.status == probe_status::time_exceeded || r.status == probe_status::send_failed) {
      if (r.status == probe_status::timeout)
        ++num_timeout_;
      else if (r.status != probe_status::send_failed)
        ++num_othericmp_;
      h.num_sent = sent_by(h, r.sent_at + report_->options.timeout - std::chrono::nanoseconds(1));
      if (per_recv && r.status == probe_status::timeout) {
        out_ << fmt::format("{:<{}} : [{}], timed out", name, width_, index);
        if (h.num_recv > 0)
          out_ << fmt::format(" ({} avg, ", sprint_tm(h.total_time / h.num_recv));
        else
          out_ << " (NaN avg, ";
        out_ << loss_text(h) << "\n";
      }
    }
    out_.flush();
  }

  void finish(const ping_report& r) override {
    const auto end = wall_clock::now();
    std::size_t unreachable = 0;
    for (std::size_t i = 0; i < r.targets.size(); ++i) {
      auto& h = hosts_[i];
      const auto& s = r.run.targets[i];
      h.num_sent = static_cast<int>(s.transmitted);
      if (h.resp.size() < s.transmitted) h.resp.resize(s.transmitted, -1);
      if (h.num_recv == 0) {
        ++unreachable;
        if (opts_.fping == ping_writer_options::fping_mode::alive && !opts_.alive_only &&
            (!opts_.quiet || opts_.unreachable_only)) {
          out_ << r.targets[i].name;
          if (!opts_.unreachable_only) out_ << " is unreachable";
          out_ << "\n";
        }
      }
    }
    out_.flush();
    if (opts_.fping != ping_writer_options::fping_mode::alive) {
      if (!opts_.quiet) err_ << "\n";
      for (std::size_t i = 0; i < r.targets.size(); ++i) {
        const auto& h = hosts_[i];
        err_ << fmt::format("{:<{}} :", r.targets[i].name, width_);
        if (opts_.fping == ping_writer_options::fping_mode::matrix) {
          for (int j = 0; j < h.num_sent; ++j) {
            const auto v = h.resp[static_cast<std::size_t>(j)];
            err_ << (v >= 0 ? " " + sprint_tm(v) : std::string(" -"));
          }
          err_ << "\n";
          continue;
        }
        err_ << fmt::format(" xmt/rcv/%loss = {}/{}/{}%", h.num_sent, h.num_recv,
                            h.num_sent > 0 ? ((h.num_sent - h.num_recv) * 100) / h.num_sent : 0);
        if (h.num_recv)
          err_ << fmt::format(", min/avg/max = {}/{}/{}", sprint_tm(h.min_reply),
                              sprint_tm(h.total_time / h.num_recv), sprint_tm(h.max_reply));
        err_ << "\n";
      }
    }
    if (opts_.statistics) {
      std::uint64_t sent = 0;
      for (const auto& s : r.run.targets) sent += s.transmitted;
      err_ << "\n";
      err_ << fmt::format(" {:7} targets\n", r.targets.size());
      err_ << fmt::format(" {:7} alive\n", num_alive_);
      err_ << fmt::format(" {:7} unreachable\n", unreachable);
      err_ << fmt::format(" {:7} unknown addresses\n", 0);
      err_ << "\n";
      err_ << fmt::format(" {:7} timeouts (waiting for response)\n", num_timeout_);
      err_ << fmt::format(" {:7} ICMP Echos sent\n", sent);
      err_ << fmt::format(" {:7} ICMP Echo Replies received\n", num_pingreceived_);
      err_ << fmt::format(" {:7} other ICMP received\n", num_othericmp_);
      err_ << "\n";
      const std::int64_t n = total_replies_ ? total_replies_ : 1;
      err_ << fmt::format(" {} ms (min round trip time)\n", sprint_tm(min_reply_));
      err_ << fmt::format(" {} ms (avg round trip time)\n", sprint_tm(sum_replies_ / n));
      err_ << fmt::format(" {} ms (max round trip time)\n", sprint_tm(max_reply_));
      std::array<char, 64> buf{};
      std::snprintf(buf.data(), buf.size(), " %12.3f sec (elapsed real time)\n",
                    std::chrono::duration<double>(end - start_).count());
      err_ << buf.data() << "\n";
    }
    err_.flush();
  }

 private:
  [[nodiscard]] std::chrono::nanoseconds interval() const { return report_->options.interval; }

  // How many probes to this target had left by `t` (fping's num_sent at that moment):
  // they leave every interval from the first.
  int sent_by(const host_state& h, wall_time t) const {
    const auto count = static_cast<int>(report_->options.count);
    const auto iv = interval().count();
    if (!h.first_sent || iv <= 0) return count;
    const auto n = static_cast<int>((t - *h.first_sent).count() / iv) + 1;
    return std::clamp(n, 1, count > 0 ? count : n);
  }

  static std::string loss_text(const host_state& h) {
    const int sent = std::max(h.num_sent, 1);
    if (h.num_recv <= sent) return fmt::format("{}% loss)", ((sent - h.num_recv) * 100) / sent);
    return fmt::format("{}% return)", (h.num_recv * 100) / sent);
  }

  std::ostream& out_;
  std::ostream& err_;
  ping_writer_options opts_;
  const ping_report* report_ = nullptr;
  std::vector<host_state> hosts_;
  std::size_t width_ = 0;
  std::size_t num_alive_ = 0, num_timeout_ = 0, num_pingreceived_ = 0, num_othericmp_ = 0;
  std::int64_t min_reply_ = 0, max_reply_ = 0, sum_replies_ = 0, total_replies_ = 0;
  wall_time start_{};
};

}  // namespace

std::unique_ptr<ping_writer> make_ping_fping_writer(std::ostream& out, std::ostream& err,
                                                    const ping_writer_options& o) {
  return std::make_unique<ping_fping_writer>(out, err, o);
}

}  // namespace nettrio::report::detail
