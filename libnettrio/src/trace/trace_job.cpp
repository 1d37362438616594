// A trace as a user asks for it: the rules on the combination, and the trace, then the
// path MTU step, on one loop (see trace_job.hpp).

#include <nettrio/trace/trace_job.hpp>

#include <nettrio/probe/event_loop.hpp>

#include "../probe/method.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <stdexcept>

namespace nettrio {

std::string validate(const trace_job_options& o) {
  if (!o.mda && o.confidence) return "--confidence applies to --mda; add --mda or drop it";
  if (o.mda) {
    // -c N gives per-path rounds; what only the plain trace does is refused in words.
    if (o.report) return "--mda -c N gives per-path statistics; -r does not apply";
    if (o.probes_per_hop) return "--mda decides how many probes each TTL needs; drop -q";
    if (o.mtu) return "--mda and --mtu exclude each other; run them one after the other";
    if (o.nat) return "--mda does not look for NATs; drop --nat or --mda";
    if (auto err = validate(mda_options_of(o)); !err.empty()) return err;
  }
  if (auto err = validate(trace_options_of(o)); !err.empty()) return err;
  if (o.mtu) {
    if (auto err = validate(pmtu_options_of(o)); !err.empty()) return err;
    if (report_mode(o)) return "--mtu and report mode (-r, -c) exclude each other";
  }
  return {};
}

bool report_mode(const trace_job_options& o) noexcept {
  return !o.mda && (o.report || o.rounds);
}

trace_options trace_options_of(const trace_job_options& o) {
  trace_options t = o.trace;
  if (o.mda) {
    t.rounds = o.rounds.value_or(1);
    t.probes_per_hop = 1;  // the MDA decides how many probes each TTL needs
  } else {
    const bool rounds = report_mode(o);
    t.rounds = rounds ? o.rounds.value_or(10) : 1;
    t.probes_per_hop = o.probes_per_hop.value_or(rounds ? 1 : 3);
  }
  return t;
}

mda_options mda_options_of(const trace_job_options& o) {
  return mda_options{.trace = trace_options_of(o), .confidence = o.confidence.value_or(95)};
}

pmtu_options pmtu_options_of(const trace_job_options& o) {
  pmtu_options m;
  m.method = o.trace.method;
  m.port = o.trace.port.value_or(33434);
  // The small probe must pass where the trace's did; a packet size past the MTU would not.
  m.small_size = std::min<std::size_t>(o.trace.packet_size, 576);
  m.max_wait = o.trace.max_wait;
  return m;
}

trace_options sized_for(trace_options t, const ip_address& address) {
  if (const auto n = detail::method_for(t.method).sent_size(address.family())) t.packet_size = *n;
  return t;
}

socket_options socket_options_of(const trace_options& t, const ip_address& address) {
  socket_options so;
  so.ipv4 = address.is_v4();
  so.ipv6 = address.is_v6();
  so.icmp = t.method == probe_protocol::icmp_echo;
  so.udp = t.method == probe_protocol::udp;
  so.tcp = t.method == probe_protocol::tcp;
  return so;
}

socket_options socket_options_of(const trace_job_options& o, const ip_address& address) {
  auto so = socket_options_of(o.trace, address);
  // As traceroute: no Don't Fragment unless -F, for every method (the kernel sets it on UDP
  // and TCP sockets by default, so a large probe died at the first smaller link). mtu: every
  // probe with Don't Fragment, past the kernel's cached path MTU (PROBE), so each
  // "fragmentation needed" on the way is seen again, as tracepath does.
  so.dont_fragment = o.dont_fragment || o.mtu;
  return so;
}

struct trace_job_session::impl {
  impl(event_loop& l, network& n, const trace_job_options& o, std::string name, ip_address a,
       hop_handler h, round_handler r)
      : loop(l), net(n), mtu(o.mtu), mtu_opts(pmtu_options_of(o)), on_hop(std::move(h)) {
    if (auto err = validate(o); !err.empty()) throw std::invalid_argument(err);
    if (o.mda) {
      auto m = mda_options_of(o);
      m.trace = sized_for(m.trace, a);
      mda.emplace(l, n, m, std::move(name), a, on_hop);
      return;
    }
    trace.emplace(
        l, n, sized_for(trace_options_of(o), a), std::move(name), a,
        [this](const hop& hp) {
          if (!mtu && on_hop) on_hop(hp);  // mtu: held until their path MTU is known
        },
        std::move(r));
  }

  event_loop& loop;
  network& net;
  bool mtu;
  pmtu_options mtu_opts;
  hop_handler on_hop;
  std::optional<mda_session> mda;
  std::optional<trace_session> trace;
  std::unique_ptr<pmtu_session> pmtu;
  bool stopped = false;  // stop() came during the trace
  std::optional<trace_result> merged;
  done_handler on_done;

  const trace_result& result() const noexcept {
    if (merged) return *merged;
    return mda ? mda->result() : trace->result();
  }

  void trace_done() {
    if (!mtu || stopped) return finish();
    pmtu = std::make_unique<pmtu_session>(loop, net, mtu_opts, trace->result());
    pmtu->start([this] { finish(); });
  }

  // The trace with what the MTU step measured; with mtu, the held hops go now.
  void finish() {
    if (mtu) {
      merged = trace->result();
      if (pmtu) {
        apply_pmtu(*merged, pmtu->result());
        spdlog::debug("pmtu: {} probes", pmtu->result().probes_sent);
      }
      if (on_hop)
        for (const auto& h : merged->hops) on_hop(h);
    }
    if (on_done) on_done();
  }
};

trace_job_session::trace_job_session(event_loop& loop, network& net, const trace_job_options& opts,
                                     std::string target_name, ip_address address,
                                     hop_handler on_hop, round_handler on_round)
    : impl_(std::make_unique<impl>(loop, net, opts, std::move(target_name), address,
                                   std::move(on_hop), std::move(on_round))) {}

trace_job_session::~trace_job_session() = default;

void trace_job_session::start(done_handler on_done) {
  impl_->on_done = std::move(on_done);
  if (impl_->mda) return impl_->mda->start([this] { impl_->finish(); });
  impl_->trace->start([this] { impl_->trace_done(); });
}

void trace_job_session::stop() {
  if (impl_->pmtu) return impl_->pmtu->stop();
  if (impl_->mda) return impl_->mda->stop();
  impl_->stopped = true;
  impl_->trace->stop();
}

const trace_result& trace_job_session::result() const noexcept {
  return impl_->result();
}

}  // namespace nettrio
