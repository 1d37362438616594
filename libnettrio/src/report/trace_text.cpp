// `nettrio trace` as text, live: traceroute's header and hop lines as each hop completes,
// then the verdict and the notes.

#include "report/trace_writers.hpp"

#include <nettrio/text/sanitize.hpp>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <system_error>
#include <thread>

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
  return line;
}

// Prints hop lines in TTL order, each once the names of its responders are known or
// name_wait has passed since the hop was complete. Runs on a thread of its own, so the
// tracer keeps probing while a slow resolver answers; without names, or when no thread can
// start, lines go out at once.
class trace_text_writer final : public trace_writer {
 public:
  trace_text_writer(std::ostream& out, const trace_writer_options& opts) : out_(out), opts_(opts) {}
  trace_text_writer(const trace_text_writer&) = delete;
  trace_text_writer& operator=(const trace_text_writer&) = delete;
  ~trace_text_writer() override { stop(); }

  void start(const trace_header& h) override {
    out_ << fmt::format("traceroute to {} ({}), {} hops max, {} byte packets\n", sanitize(h.target),
                        h.address.to_string(), h.max_hops, h.packet_size);
    out_.flush();
    if (!opts_.names) return;
    try {
      thread_ = std::thread([this] { run(); });
    } catch (const std::system_error& e) {
      spdlog::debug("hop lines without waiting for names: {}", e.what());
    }
  }

  void hop(const nettrio::hop& h) override {
    request_names(h, opts_);
    if (!thread_.joinable()) {
      print(h);
      return;
    }
    {
      std::lock_guard lock(mu_);
      queue_.push_back({h, std::chrono::steady_clock::now() + opts_.name_wait});
    }
    cv_.notify_one();
  }

  void round(std::uint64_t, std::uint64_t) override {}

  void finish(const trace_result& r) override {
    stop();
    write_verdict_text(out_, r);
    if (opts_.nat) write_nat_text(out_, r);
  }

 private:
  struct item {
    nettrio::hop h;
    std::chrono::steady_clock::time_point deadline;
  };

  // Prints what is queued (each waiting at most to its deadline) and stops the thread.
  void stop() {
    if (!thread_.joinable()) return;
    {
      std::lock_guard lock(mu_);
      closing_ = true;
    }
    cv_.notify_one();
    thread_.join();
  }

  void run() {
    std::unique_lock lock(mu_);
    for (;;) {
      cv_.wait(lock, [&] { return closing_ || !queue_.empty(); });
      if (queue_.empty()) return;
      auto next = std::move(queue_.front());
      queue_.pop_front();
      lock.unlock();
      for (const auto& a : next.h.responders()) (void)opts_.names->wait_for(a, next.deadline);
      print(next.h);
      lock.lock();
    }
  }

  void print(const nettrio::hop& h) {
    out_ << hop_line(h, opts_) << "\n";
    out_.flush();
  }

  std::ostream& out_;
  trace_writer_options opts_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<item> queue_;
  bool closing_ = false;
  std::thread thread_;
};

}  // namespace

std::unique_ptr<trace_writer> make_trace_text_writer(std::ostream& out, std::ostream&,
                                                     const trace_writer_options& opts) {
  return std::make_unique<trace_text_writer>(out, opts);
}

}  // namespace nettrio::report::detail
