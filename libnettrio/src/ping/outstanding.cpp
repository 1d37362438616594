#include <nettrio/ping/outstanding.hpp>

#include <algorithm>
#include <chrono>

namespace nettrio {

outstanding_watch::outstanding_watch(event_loop& loop, ping_session& session,
                                     const ping_options& opts, handler on_missing)
    : loop_(loop), opts_(opts), on_missing_(std::move(on_missing)) {
  if (opts_.adaptive)
    session.before_send([this](std::size_t, std::uint16_t seq) {
      const auto before = static_cast<std::uint16_t>(seq - 1);
      if (seq > 1 && !answered_[before]) on_missing_(before);
      answered_[seq] = false;
    });
}

void outstanding_watch::note(const ping_event& ev) {
  const auto& r = ev.result;
  if (r.status == probe_status::reply && !r.duplicate && !r.corrupt)
    answered_[r.sent.sequence] = true;
}

void outstanding_watch::start() {
  if (opts_.adaptive || opts_.interval.count() <= 0) return;
  t0_ = loop_.now();
  timer_ = loop_.schedule(std::chrono::duration_cast<event_loop::duration>(opts_.interval),
                          [this] { look(); });
}

// Probe checked_ + 1 is about to leave: is probe checked_ answered?
void outstanding_watch::look() {
  ++checked_;
  if (opts_.count && checked_ >= opts_.count) return;
  if (opts_.deadline && checked_ * opts_.interval >= *opts_.deadline) return;
  if (!answered_[checked_ % 65536]) on_missing_(checked_);
  answered_[(checked_ + 1) % 65536] = false;
  const auto at = t0_ + std::chrono::duration_cast<event_loop::duration>(
                            opts_.interval * static_cast<std::int64_t>(checked_ + 1));
  timer_ =
      loop_.schedule(std::max(at - loop_.now(), event_loop::duration::zero()), [this] { look(); });
}

}  // namespace nettrio
