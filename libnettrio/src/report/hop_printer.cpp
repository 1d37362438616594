#include "report/hop_printer.hpp"

#include "report/trace_writers.hpp"

#include <nettrio/trace/reverse_dns.hpp>

#include <algorithm>

namespace nettrio::report::detail {

hop_printer::hop_printer(std::ostream& out, const trace_writer_options& opts, line_fn line,
                         newline where)
    : out_(out), opts_(opts), line_(std::move(line)), newline_(where) {}

void hop_printer::add(const nettrio::hop& h) {
  if (!opts_.names) {
    print(h);
    return;
  }
  request_names(h, opts_);
  const auto id = next_id_++;
  waiting_.push_back({id, h, false});
  std::weak_ptr<int> alive = alive_;
  // May call back at once (names known, or none to wait for).
  opts_.names->when_done(h.responders(), opts_.name_wait, [this, alive, id] {
    if (alive.lock()) mark_ready(id);
  });
}

void hop_printer::settle(std::function<void()> then) {
  if (waiting_.empty()) {
    then();
    return;
  }
  settled_ = std::move(then);
}

void hop_printer::flush() {
  for (const auto& i : waiting_) print(i.h);
  waiting_.clear();
}

void hop_printer::mark_ready(std::uint64_t id) {
  auto it =
      std::find_if(waiting_.begin(), waiting_.end(), [id](const item& i) { return i.id == id; });
  if (it == waiting_.end()) return;
  it->ready = true;
  print_ready();
}

void hop_printer::print_ready() {
  while (!waiting_.empty() && waiting_.front().ready) {
    print(waiting_.front().h);
    waiting_.pop_front();
  }
  if (waiting_.empty() && settled_) {
    auto then = std::move(settled_);
    settled_ = nullptr;
    then();
  }
}

void hop_printer::print(const nettrio::hop& h) {
  if (newline_ == newline::before)
    out_ << '\n' << line_(h);
  else
    out_ << line_(h) << '\n';
  out_.flush();
}

}  // namespace nettrio::report::detail
