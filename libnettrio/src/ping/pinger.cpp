#include <nettrio/ping/pinger.hpp>

#include <nettrio/probe/engine.hpp>
#include <nettrio/probe/event_loop.hpp>
#include <nettrio/probe/session.hpp>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <queue>
#include <unordered_map>

namespace nettrio {

using namespace std::chrono_literals;
using steady = std::chrono::steady_clock;

std::string validate(const ping_options& o) {
  // TTL first: the front end's own check of -t (a value beyond 255) comes before the others.
  if (o.ttl == 0) return "TTL (-t) 0 is out of range; use 1 to 255";
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

struct target_state {
  std::uint64_t sent = 0;
  std::uint16_t next_seq = 1;  // iputils starts at icmp_seq=1
  rtt_accumulator rtts;
};

// Whose turn it is: a min-heap of (eligible time, order, target).
struct slot {
  steady::time_point when;
  std::uint64_t order;
  std::size_t target;
  friend bool operator>(const slot& a, const slot& b) {
    return a.when != b.when ? a.when > b.when : a.order > b.order;
  }
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

  ping_run out;
  std::vector<target_state> state;
  std::unordered_map<ip_address, std::size_t> by_address;
  std::priority_queue<slot, std::vector<slot>, std::greater<>> queue;
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
  void on_result(const probe_result& r);
  bool answered_enough(std::size_t i) const {
    return out.targets[i].received + out.targets[i].errors >= opts.count;
  }
};

void ping_session::impl::start(done_handler on_done) {
  out.targets.resize(targets.size());
  state.resize(targets.size());
  by_address.reserve(targets.size());
  for (std::size_t i = 0; i < targets.size(); ++i) {
    out.targets[i].dest = targets[i];
    by_address.emplace(targets[i].address, i);
  }
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
  loop().post([this, alive = std::weak_ptr<char>(life)] {
    if (!alive.expired()) pump();
  });
}

void ping_session::impl::finish() {
  if (core.finished()) return;
  pump_timer.cancel();
  finish_timer.cancel();
  deadline_timer.cancel();
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
  int burst = 0;
  std::vector<probe> batch;  // unlimited rate: many probes per send call
  if (gap == steady::duration::zero()) batch.reserve(std::min<std::size_t>(queue.size(), 257));
  auto flush = [&] {
    if (!batch.empty()) eng().send_batch(batch, opts.payload_size, opts.timeout);
  };
  while (!queue.empty() && queue.top().when <= now) {
    // As iputils: nothing leaves at or after the deadline (-w 10 -i 1 sends 10 probes); the
    // deadline timer ends the run.
    if (deadline_at && queue.top().when >= *deadline_at) return;
    if (gap > steady::duration::zero() && next_token > now) break;
    if (++burst > 256) {  // let replies in between bursts
      flush();
      pump_timer = loop().schedule(steady::duration::zero(), [this] { pump(); });
      return;
    }
    const auto s = queue.top();
    queue.pop();
    auto& st = state[s.target];
    auto& sum = out.targets[s.target];
    if (until_answered && answered_enough(s.target)) continue;  // -w: this one is done
    if (opts.stop_at_first_answer && sum.received + sum.errors > 0) continue;  // fping: alive
    probe p;
    p.destination = targets[s.target].address;
    p.ttl = opts.ttl;
    p.sequence = st.next_seq++;
    if (opts.tcp_port) {
      p.protocol = probe_protocol::tcp;
      p.dst_port = *opts.tcp_port;
    }
    if (gap > steady::duration::zero())
      eng().send(std::move(p), opts.payload_size, opts.timeout);
    else
      batch.push_back(std::move(p));
    ++st.sent;
    ++sum.transmitted;
    // With a deadline, iputils keeps probing until -c answers came (or the deadline).
    if (opts.count == 0 || st.sent < opts.count || until_answered)
      queue.push({st.sent < opts.preload ? s.when : s.when + opts.interval, order++, s.target});
    if (gap > steady::duration::zero()) next_token = std::max(next_token, now) + gap;
    now = loop().now();
  }
  flush();
  if (queue.empty()) {
    all_sent = true;
    maybe_done();
    return;
  }
  auto wake = queue.top().when;
  if (gap > steady::duration::zero()) wake = std::max(wake, next_token);
  pump_timer =
      loop().schedule(std::max(wake - loop().now(), steady::duration::zero()), [this] { pump(); });
}

void ping_session::impl::on_result(const probe_result& r) {
  if (core.finished()) return;
  // Replies name the address they answer; the first target with that address owns it.
  const auto found = by_address.find(r.sent.destination);
  if (found == by_address.end()) return;
  const std::size_t index = found->second;
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
  if (until_answered && !r.duplicate && !r.corrupt &&
      (r.status == probe_status::reply || r.status == probe_status::time_exceeded ||
       r.status == probe_status::unreachable) &&
      sum.received + sum.errors == opts.count && ++targets_answered == targets.size()) {
    on_event(ping_event{index, r});
    finish();
    return;
  }
  on_event(ping_event{index, r});
  if (stopping)
    finish();
  else
    maybe_done();
}

ping_session::ping_session(event_loop& loop, network& net, ping_options opts,
                           std::vector<target> targets, event_handler on_event)
    : impl_(std::make_unique<impl>(loop, net, opts, std::move(targets), std::move(on_event))) {}

ping_session::~ping_session() = default;

void ping_session::start(done_handler on_done) {
  impl_->start(std::move(on_done));
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
