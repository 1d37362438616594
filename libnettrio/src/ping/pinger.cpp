#include <nettrio/ping/pinger.hpp>

#include <nettrio/probe/engine.hpp>
#include <nettrio/probe/event_loop.hpp>
#include <nettrio/probe/session.hpp>

#include "../turns.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>

namespace nettrio {

using namespace std::chrono_literals;
using steady = std::chrono::steady_clock;

std::string validate(const ping_options& o) {
  if (o.ttl < 1 || o.ttl > 255)
    return fmt::format("TTL (-t) {} is out of range; use 1 to 255", o.ttl);
  if (o.interval < 0ns) return "interval (-i) must not be negative";
  if (o.timeout <= 0ns) return "reply timeout (-W) must be positive";
  if (o.deadline && *o.deadline <= 0ns) return "deadline (-w) must be positive";
  if (o.payload_size > 65507)
    return fmt::format("packet size (-s) {} is too large; the most is 65507", o.payload_size);
  if (o.rate < 0) return "rate (--rate) must not be negative; 0 means unlimited";
  if (o.tcp_port && *o.tcp_port == 0) return "--tcp 0 is out of range; use 1 to 65535";
  return {};
}

std::string check_user_floor(const ping_options& o) {
  if (o.interval < min_user_interval)
    return fmt::format("cannot flood; minimal interval allowed for user is {}ms",
                       min_user_interval.count());
  if (o.rate <= 0 || o.rate > max_user_rate)
    return fmt::format(
        "cannot flood; maximal total rate (--rate) allowed for user is {} probes per second",
        max_user_rate);
  return {};
}

namespace {

// Probes sent at unlimited rate before the loop handles the replies that came meanwhile.
constexpr std::size_t max_burst = 1024;

// iputils' MININTERVAL: at an adaptive interval of 0, a probe waits this long for the
// reply of the one before before it goes anyway.
constexpr std::chrono::milliseconds adaptive_min_gap{10};

// -A: iputils' pacing state of one target (ping_common.c: pinger, update_interval,
// acknowledge), in its units: milliseconds for the interval and the tokens, microseconds
// times 8 for the smoothed round trip.
struct adaptive_state {
  long interval_ms = 0;
  int ewma8 = 0;  // iputils' rts->rtt: 8 times the smoothed round trip, in us
  int rtt_addend = 0;
  long tokens = 0;
  std::optional<steady::time_point> last_send;  // iputils' cur_time
  std::uint16_t acked = 0;                      // the newest sequence answered
  event_loop::timer timer;
  bool done = false;    // sent all it may
  bool pacing = false;  // inside pace(): a send's synchronous outcome must not re-enter
};

struct target_state {
  std::uint64_t sent = 0;
  std::uint16_t next_seq = 1;  // iputils starts at icmp_seq=1
  rtt_accumulator rtts;
  adaptive_state adapt;
};

}  // namespace

struct ping_session::impl {
  impl(event_loop& loop, network& net, ping_options o, std::vector<target> t, event_handler ev)
      : core(loop, net, engine_options{.fill_pattern = o.fill_pattern}),
        opts(o),
        targets(std::move(t)),
        on_event(std::move(ev)) {}

  session_core core;
  ping_options opts;
  std::vector<target> targets;
  event_handler on_event;
  std::function<void(std::size_t, std::uint16_t)> on_send;

  ping_run out;
  std::vector<target_state> state;
  detail::turn_queue<std::size_t> queue;  // (eligible time, order, target)
  std::uint64_t order = 0;
  steady::duration gap{};
  steady::time_point next_token{};  // pacing across targets
  std::chrono::nanoseconds max_rtt{0};
  event_loop::timer pump_timer, finish_timer, deadline_timer;
  std::optional<steady::time_point> deadline_at;  // t0 + -w
  bool all_sent = false;
  bool stopping = false;
  // -w with -c: send until each target has -c answers (replies or errors), as iputils.
  bool until_answered = false;
  std::size_t targets_answered = 0;
  std::shared_ptr<char> life = std::make_shared<char>();

  event_loop& loop() { return core.loop(); }
  engine& eng() { return core.eng(); }

  void start(done_handler on_done);
  void finish();
  void maybe_done();
  void pump();
  bool send_one(std::size_t i, std::vector<probe>* batch);
  void pace(std::size_t i);
  void adapt_to(std::size_t i, const probe_result& r);
  void on_result(const probe_result& r);
  bool answered_enough(std::size_t i) const {
    return out.targets[i].received + out.targets[i].errors >= opts.count;
  }
};

void ping_session::impl::start(done_handler on_done) {
  out.targets.resize(targets.size());
  state.resize(targets.size());
  for (std::size_t i = 0; i < targets.size(); ++i) out.targets[i].dest = targets[i];
  const auto t0 = loop().now();
  for (std::size_t i = 0; i < targets.size(); ++i) queue.push({t0, order++, i});
  gap = opts.rate > 0 ? std::chrono::duration_cast<steady::duration>(
                            std::chrono::duration<double>(1.0 / opts.rate))
                      : steady::duration::zero();
  next_token = t0;
  all_sent = targets.empty();
  until_answered = opts.deadline.has_value() && opts.count > 0;

  // Unlimited rate: every target's first probe is in flight at once.
  if (gap == steady::duration::zero())
    eng().reserve(std::min<std::size_t>(targets.size(), std::size_t{1} << 17));
  core.begin([this](const probe_result& r) { on_result(r); }, std::move(on_done));
  if (opts.deadline)
    deadline_at = t0 + std::chrono::duration_cast<steady::duration>(*opts.deadline);
  if (opts.deadline)
    deadline_timer = loop().schedule(std::chrono::duration_cast<steady::duration>(*opts.deadline),
                                     [this] { finish(); });
  if (opts.adaptive) {
    for (auto& st : state)
      st.adapt.interval_ms = static_cast<long>(
          std::chrono::duration_cast<std::chrono::milliseconds>(opts.interval).count());
    loop().post([this, alive = std::weak_ptr<char>(life)] {
      if (alive.expired()) return;
      for (std::size_t i = 0; i < targets.size(); ++i) pace(i);
      if (targets.empty()) maybe_done();
    });
    return;
  }
  loop().post([this, alive = std::weak_ptr<char>(life)] {
    if (!alive.expired()) pump();
  });
}

void ping_session::impl::finish() {
  if (core.finished()) return;
  pump_timer.cancel();
  finish_timer.cancel();
  deadline_timer.cancel();
  for (auto& st : state) st.adapt.timer.cancel();
  out.elapsed = loop().now() - core.started_at();
  out.rejected = eng().rejected();
  for (std::size_t i = 0; i < targets.size(); ++i) out.targets[i].rtt = state[i].rtts.summary();
  core.finish();
}

void ping_session::impl::maybe_done() {
  if (!all_sent) return;
  if (eng().in_flight() == 0) {
    finish();
    return;
  }
  // Everything is out: wait for stragglers no longer than needed. Like iputils, linger
  // twice the slowest reply seen when something answered, else the full timeout.
  if (!finish_timer.active()) {
    const auto linger =
        opts.wait_every_timeout ? opts.timeout + 50ms  // fping: every probe gets its wait
        : max_rtt > 0ns         ? std::min<std::chrono::nanoseconds>(
                              opts.timeout, std::max<std::chrono::nanoseconds>(2 * max_rtt, 50ms))
                        : opts.timeout;
    finish_timer =
        loop().schedule(std::chrono::duration_cast<steady::duration>(linger), [this] { finish(); });
  }
}

void ping_session::impl::pump() {
  if (core.finished()) return;
  if (stopping) {
    finish();
    return;
  }
  auto now = loop().now();
  std::size_t burst = 0;
  std::vector<probe> batch;  // unlimited rate: many probes per send call
  if (gap == steady::duration::zero())
    batch.reserve(std::min<std::size_t>(queue.size(), max_burst + 1));
  auto flush = [&] {
    if (!batch.empty()) eng().send_batch(batch, opts.payload_size, opts.timeout);
  };
  while (!queue.empty() && queue.top().due <= now) {
    // As iputils: nothing leaves at or after the deadline (-w 10 -i 1 sends 10 probes); the
    // deadline timer ends the run.
    if (deadline_at && queue.top().due >= *deadline_at) return;
    if (gap > steady::duration::zero() && next_token > now) break;
    if (++burst > max_burst) {  // let replies in between bursts
      flush();
      pump_timer = loop().schedule(steady::duration::zero(), [this] { pump(); });
      return;
    }
    const auto s = queue.top();
    queue.pop();
    if (!send_one(s.id, gap > steady::duration::zero() ? nullptr : &batch)) continue;
    const auto& st = state[s.id];
    // With a deadline, iputils keeps probing until -c answers came (or the deadline).
    if (opts.count == 0 || st.sent < opts.count || until_answered)
      queue.push({st.sent < opts.preload ? s.due : s.due + opts.interval, order++, s.id});
    if (gap > steady::duration::zero()) next_token = std::max(next_token, now) + gap;
    now = loop().now();
  }
  flush();
  if (queue.empty()) {
    all_sent = true;
    maybe_done();
    return;
  }
  auto wake = queue.top().due;
  if (gap > steady::duration::zero()) wake = std::max(wake, next_token);
  pump_timer =
      loop().schedule(std::max(wake - loop().now(), steady::duration::zero()), [this] { pump(); });
}

// Sends target i's next probe, or adds it to `batch` (unlimited rate); false when the target
// wants no more (-w with -c: answered enough; fping: alive).
bool ping_session::impl::send_one(std::size_t i, std::vector<probe>* batch) {
  auto& st = state[i];
  auto& sum = out.targets[i];
  if (until_answered && answered_enough(i)) return false;                        // -w: done
  if (opts.stop_at_first_answer && sum.received + sum.errors > 0) return false;  // fping
  probe p;
  p.destination = targets[i].address;
  p.ttl = static_cast<std::uint8_t>(opts.ttl);
  p.sequence = st.next_seq++;
  p.tag = i;
  if (opts.tcp_port) {
    p.protocol = probe_protocol::tcp;
    p.dst_port = *opts.tcp_port;
  }
  if (on_send) on_send(i, p.sequence);
  ++st.sent;
  ++sum.transmitted;
  if (batch)
    batch->push_back(std::move(p));
  else
    eng().send(std::move(p), opts.payload_size, opts.timeout);
  return true;
}

// -A: iputils' pinger() for one target. Sends when its token bucket holds an interval (at
// most `preload` intervals are saved up), or at an interval of 0 as soon as fewer than
// `preload` probes are unanswered (else 10 ms after the last one); otherwise wakes when it
// will. Called at the start, when its timer fires, and after each answer to it.
void ping_session::impl::pace(std::size_t i) {
  if (core.finished() || stopping) return;
  auto& st = state[i];
  auto& a = st.adapt;
  if (a.done || a.pacing) return;  // pacing: a send's own outcome; the loop below looks again
  a.pacing = true;
  struct reset {
    bool& flag;
    ~reset() { flag = false; }
  } guard{a.pacing};
  a.timer.cancel();
  const long preload = std::max<long>(1, opts.preload);
  bool polled = false;
  // As iputils' main loop, send while the bucket allows, then sleep until it will.
  for (;;) {
    const auto now = loop().now();
    const auto wake_at = [&](steady::time_point t) {
      a.timer =
          loop().schedule(std::max(t - now, steady::duration::zero()), [this, i] { pace(i); });
    };
    if (deadline_at && now >= *deadline_at) return;  // the deadline timer ends the run
    if (gap > steady::duration::zero() && next_token > now) return wake_at(next_token);
    long tokens_after = 0;
    if (!a.last_send) {
      tokens_after = a.interval_ms * (preload - 1);
    } else {
      const long elapsed_ms = static_cast<long>(
          std::chrono::duration_cast<std::chrono::milliseconds>(now - *a.last_send).count());
      const auto in_flight =
          static_cast<std::uint16_t>(static_cast<std::uint16_t>(st.sent) - a.acked);
      if (a.interval_ms == 0 && elapsed_ms < adaptive_min_gap.count() && in_flight >= preload)
        return wake_at(*a.last_send + adaptive_min_gap);
      const long ntokens = std::min(elapsed_ms + a.tokens, a.interval_ms * preload);
      if (ntokens < a.interval_ms)
        return wake_at(*a.last_send + std::chrono::milliseconds(a.interval_ms - a.tokens));
      tokens_after = ntokens - a.interval_ms;
    }
    if (!polled) {
      // iputils reads every answer that has come before it sends: one queued while the
      // loop was busy elsewhere may change the interval or the count in flight.
      polled = true;
      eng().poll();
      if (core.finished() || stopping || a.done) return;
      continue;
    }
    a.last_send = now;
    a.tokens = tokens_after;
    if (!send_one(i, nullptr)) {
      a.done = true;
    } else {
      // iputils: a sequence 0x8000 ahead of the newest answer no longer counts as in flight.
      if (static_cast<std::uint16_t>(static_cast<std::uint16_t>(st.sent) - a.acked) > 0x7fff)
        a.acked = static_cast<std::uint16_t>(st.sent + 1);
      if (gap > steady::duration::zero()) next_token = std::max(next_token, now) + gap;
      if (opts.count != 0 && st.sent >= opts.count && !until_answered) a.done = true;
    }
    if (core.finished() || stopping) return;  // the send's outcome may have ended the run
    if (a.done) {
      if (std::all_of(state.begin(), state.end(), [](const auto& t) { return t.adapt.done; })) {
        all_sent = true;
        maybe_done();
      }
      return;
    }
  }
}

// -A: what an answer to target i teaches the pacing (iputils: gather_statistics updates
// the smoothed round trip and the interval from every timed reply with a good checksum,
// duplicates too; acknowledge() takes replies and ICMP errors; a send that found no buffer
// slows the pace).
void ping_session::impl::adapt_to(std::size_t i, const probe_result& r) {
  auto& a = state[i].adapt;
  const auto update_interval = [&] {
    const long est = a.ewma8 ? a.ewma8 / 8 : a.interval_ms * 1000;
    a.interval_ms = (est + a.rtt_addend + 500) / 1000;
    if (a.interval_ms < opts.adaptive_floor.count()) a.interval_ms = opts.adaptive_floor.count();
  };
  const bool answer = r.status == probe_status::reply || r.status == probe_status::time_exceeded ||
                      r.status == probe_status::unreachable;
  if (r.status == probe_status::reply && !r.corrupt && r.rtt && opts.payload_size >= 16) {
    const auto us =
        static_cast<int>(std::chrono::duration_cast<std::chrono::microseconds>(*r.rtt).count());
    a.ewma8 = a.ewma8 == 0 ? us * 8 : a.ewma8 + us - a.ewma8 / 8;
    update_interval();
  } else if (r.status == probe_status::send_failed &&
             (r.error == std::errc::no_buffer_space || r.error == std::errc::not_enough_memory)) {
    a.rtt_addend += a.ewma8 < 8 * 50000 ? a.ewma8 / 8 : 50000;
    update_interval();
  }
  if (answer && !r.corrupt) {
    const auto seq = r.sent.sequence;
    const auto sent16 = static_cast<std::uint16_t>(state[i].sent);
    if (static_cast<std::uint16_t>(sent16 - seq) <= 0x7fff &&
        (static_cast<std::int16_t>(seq - a.acked) > 0 ||
         static_cast<std::uint16_t>(sent16 - a.acked) > 0x7fff))
      a.acked = seq;
  }
}

void ping_session::impl::on_result(const probe_result& r) {
  if (core.finished()) return;
  // The probe carries its target's index (send_one).
  const std::size_t index = static_cast<std::size_t>(r.sent.tag);
  if (index >= targets.size()) return;
  auto& sum = out.targets[index];
  if (r.duplicate)
    ++sum.duplicates;
  else if (r.corrupt)
    ++sum.corrupted;
  else if (r.status == probe_status::reply) {
    ++sum.received;
    if (r.sent.protocol == probe_protocol::tcp && !r.tcp_open) ++sum.tcp_refused;
    if (r.rtt) {
      state[index].rtts.add(*r.rtt);
      max_rtt = std::max(max_rtt, *r.rtt);
      if (opts.record_replies)
        sum.replies.push_back({r.sent.sequence, r.from.value_or(r.sent.destination), r.reply_ttl,
                               std::chrono::duration<double, std::milli>(*r.rtt).count()});
    }
  } else if (r.status == probe_status::time_exceeded || r.status == probe_status::unreachable) {
    ++sum.errors;
  }
  if (opts.adaptive) adapt_to(index, r);
  if (until_answered && !r.duplicate && !r.corrupt &&
      (r.status == probe_status::reply || r.status == probe_status::time_exceeded ||
       r.status == probe_status::unreachable) &&
      sum.received + sum.errors == opts.count && ++targets_answered == targets.size()) {
    on_event(ping_event{index, r, state[index].sent});
    finish();
    return;
  }
  on_event(ping_event{index, r, state[index].sent});
  if (stopping) {
    finish();
    return;
  }
  if (opts.adaptive && !core.finished()) pace(index);  // the answer may let the next go now
  maybe_done();
}

ping_session::ping_session(event_loop& loop, network& net, ping_options opts,
                           std::vector<target> targets, event_handler on_event)
    : impl_(std::make_unique<impl>(loop, net, opts, std::move(targets), std::move(on_event))) {}

ping_session::~ping_session() = default;

void ping_session::start(done_handler on_done) {
  impl_->start(std::move(on_done));
}

void ping_session::before_send(std::function<void(std::size_t, std::uint16_t)> hook) {
  impl_->on_send = std::move(hook);
}

void ping_session::stop() {
  impl_->stopping = true;
  impl_->finish();
}

bool ping_session::done() const noexcept {
  return impl_->core.finished();
}

const ping_run& ping_session::result() const noexcept {
  return impl_->out;
}

ping_run ping_session::take_result() noexcept {
  return std::move(impl_->out);
}

pinger::pinger(network& net, ping_options opts) : net_(net), opts_(opts) {}

ping_run pinger::run(const std::vector<target>& targets, const event_handler& on_event) {
  event_loop loop;
  ping_session s(loop, net_, opts_, targets, on_event);
  s.start([&] { loop.stop(); });
  loop.run();
  return s.take_result();
}

}  // namespace nettrio
