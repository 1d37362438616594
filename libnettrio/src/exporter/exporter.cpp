#include <nettrio/exporter/exporter.hpp>

#include <nettrio/ping/pinger.hpp>
#include <nettrio/ping/targets.hpp>
#include <nettrio/probe/engine.hpp>
#include <nettrio/probe/event_loop.hpp>
#include <nettrio/probe/session.hpp>
#include <nettrio/probe/socket_network.hpp>
#include <nettrio/report/trace.hpp>
#include <nettrio/text/parse.hpp>
#include <nettrio/trace/trace_job.hpp>
#include <nettrio/trace/tracer.hpp>
#include <nettrio/trace/verdict.hpp>

#include "../dns/cares_channel.hpp"
#include "../sockaddr.hpp"
#include "../turns.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <ares.h>
#include <sys/socket.h>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <deque>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <span>
#include <unordered_map>

namespace nettrio::exporter {

using report::histogram_value;
using report::metric_family;
using report::metric_labels;
using report::metric_type;
using clock_type = event_loop::clock;
using std::chrono::milliseconds;

std::vector<double> smokeping_buckets() {
  std::vector<double> b;
  double v = 0.00005;
  for (int i = 0; i < 20; ++i, v *= 2) b.push_back(v);
  return b;
}

namespace {

std::vector<double> lateness_buckets() {
  return {0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1};
}

constexpr milliseconds late_after{10};
// Duplicates are told apart for this long after the answer; the engine remembers every
// answered probe that long (at 10,000 probes/s, 3 s is 30,000 entries).
constexpr milliseconds duplicate_window{3000};

double seconds(std::chrono::nanoseconds d) {
  return std::chrono::duration<double>(d).count();
}

std::string lower(std::string s) {
  std::ranges::transform(s, s.begin(),
                         [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

struct hop_series {
  int ttl = 0;
  std::string address;  // first responder, "*" when silent
  double loss = 0;
  std::optional<double> rtt_seconds;
};

struct target_state {
  std::uint64_t id = 0;
  std::string key;
  std::string host;  // the host label: the name as written, or the address
  bool named = false;
  std::optional<ip_address> fixed;
  probe_spec probe;
  milliseconds interval{1000};
  milliseconds timeout{1000};
  milliseconds trace_interval{60000};
  std::size_t size = 56;
  probe_protocol method = probe_protocol::udp;
  metric_labels extra;

  clock_type::time_point due{};
  std::uint64_t armed = 0;  // which entry of the exporter's schedule is this target's turn
  std::uint16_t next_seq = 0;
  std::optional<ip_address> ip;  // the address the series are about

  // icmp
  std::uint64_t requests = 0, duplicates = 0, send_errors = 0;
  histogram_value rtt{smokeping_buckets()};
  int last_ttl = -1;
  // tcp
  std::map<std::string, std::uint64_t> outcomes;
  histogram_value connect{smokeping_buckets()};
  std::optional<bool> up;
  // trace
  bool trace_queued = false;
  bool trace_running = false;
  std::uint64_t traces = 0, path_changes = 0;
  std::vector<hop_series> hops;
  std::vector<std::string> path;
  bool reached = false;
  verdict last_verdict;
  double trace_seconds = 0;
  double trace_timestamp = 0;

  void reset_series() {
    requests = duplicates = send_errors = 0;
    rtt = histogram_value(smokeping_buckets());
    last_ttl = -1;
    outcomes.clear();
    connect = histogram_value(smokeping_buckets());
    up.reset();
    traces = path_changes = 0;
    hops.clear();
    path.clear();
    reached = false;
    last_verdict = {};
  }
};

struct name_state {
  std::optional<ip_address> address;
  event_loop::timer timer;
  std::uint64_t failures = 0;
  bool resolving = false;
};

struct trace_run {
  std::uint64_t target_id = 0;
  std::pair<probe_protocol, ip_family> kind;
  std::unique_ptr<network> net;
  std::unique_ptr<trace_session> session;
  clock_type::time_point started{};
};

struct probe_run {
  std::unique_ptr<network> net;
  std::vector<target> targets;
  std::unique_ptr<ping_session> session;
};

std::optional<std::uint16_t> module_port(std::string_view module) {
  if (!module.starts_with("tcp_")) return std::nullopt;
  const auto port = parse_port(module.substr(4));
  if (port.result != port_parse::status::ok) return std::nullopt;
  return port.port;
}

// The responders of a trace, one per hop ("*" when silent).
std::vector<std::string> path_of(const trace_result& r) {
  std::vector<std::string> out;
  for (const auto& h : r.hops) {
    const auto resp = h.responders();
    out.push_back(resp.empty() ? "*" : resp.front().to_string());
  }
  return out;
}

// A path changed when a hop answered from another address than last time (hops silent in
// either trace say nothing: a rate-limited router is not a new path), or when the
// destination is reached at another distance.
bool path_changed(const std::vector<std::string>& before, bool reached_before,
                  const std::vector<std::string>& after, bool reached_after) {
  const auto n = std::min(before.size(), after.size());
  for (std::size_t i = 0; i < n; ++i)
    if (before[i] != "*" && after[i] != "*" && before[i] != after[i]) return true;
  return reached_before && reached_after && before.size() != after.size();
}

double rss_bytes() {
  std::ifstream in("/proc/self/statm");
  std::uint64_t size = 0, resident = 0;
  if (!(in >> size >> resident)) return 0;
  return static_cast<double>(resident) * static_cast<double>(::sysconf(_SC_PAGESIZE));
}

double cpu_seconds() {
  rusage ru{};
  if (::getrusage(RUSAGE_SELF, &ru) != 0) return 0;
  const auto tv = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
  };
  return tv(ru.ru_utime) + tv(ru.ru_stime);
}

double unix_seconds(std::chrono::system_clock::time_point t) {
  return std::chrono::duration<double>(t.time_since_epoch()).count();
}

struct lookup_result {
  std::optional<ip_address> address;  // the first the resolver gives
  std::chrono::seconds ttl{0};        // the shortest TTL of its answers (0: the hosts file)
  std::string error;
};

// getaddrinfo through c-ares on the loop (hosts file and servers as resolv.conf says), with
// the answers' TTLs that the system's getaddrinfo does not give. `then` runs from the loop,
// possibly before this returns (a hosts-file answer); never after the channel is gone.
void lookup(detail::cares_channel& ch, const std::string& name,
            std::function<void(lookup_result)> then) {
  using handler = std::function<void(lookup_result)>;
  ares_addrinfo_hints hints{};
  hints.ai_family = AF_UNSPEC;
  ares_getaddrinfo(
      ch.get(), name.c_str(), nullptr, &hints,
      [](void* arg, int status, int /*timeouts*/, ares_addrinfo* res) {
        std::unique_ptr<handler> h(static_cast<handler*>(arg));
        std::unique_ptr<ares_addrinfo, void (*)(ares_addrinfo*)> owned(res, ares_freeaddrinfo);
        if (status == ARES_EDESTRUCTION) return;
        lookup_result r;
        int ttl = -1;
        if (status == ARES_SUCCESS && res)
          for (const auto* n = res->nodes; n; n = n->ai_next) {
            if (!n->ai_addr) continue;
            auto a = detail::from_sockaddr(n->ai_addr);
            if (!a) continue;
            if (!r.address) r.address = a;
            if (ttl < 0 || n->ai_ttl < ttl) ttl = std::max(n->ai_ttl, 0);
          }
        r.ttl = std::chrono::seconds(std::max(ttl, 0));
        if (!r.address) r.error = status == ARES_SUCCESS ? "no address" : ares_strerror(status);
        (*h)(std::move(r));
      },
      new handler(std::move(then)));
  ch.kick();
}

}  // namespace

std::string validate(const probe_request& r) {
  if (r.target.empty()) return "missing target parameter";
  if (r.module != "icmp" && !module_port(r.module))
    return fmt::format("unknown module '{}' (icmp or tcp_PORT)", r.module);
  if (r.count < 1 || r.count > 1000) return "count must be from 1 to 1000";
  return {};
}

struct exporter::impl {
  event_loop& loop;
  exporter_config cfg;
  exporter::network_factory open;
  std::shared_ptr<char> life = std::make_shared<char>();
  std::mt19937_64 rng{std::random_device{}()};
  std::unique_ptr<detail::cares_channel> names_channel;  // made at the first name

  std::unique_ptr<network> net;  // ICMP echo and TCP connect for every target
  std::unique_ptr<engine> eng;
  bool started = false;

  std::uint64_t next_id = 1;
  std::map<std::uint64_t, std::unique_ptr<target_state>> targets;  // by id
  std::unordered_map<std::uint64_t, target_state*> by_id;          // the same, found in one step
  std::map<std::string, std::uint64_t> by_key;
  std::map<std::string, name_state> names;  // by name as written

  // Every target's next turn, (due, arming, id), with one timer for the earliest: ten
  // thousand targets cost one wake-up per millisecond at most, not one timer each.
  detail::turn_queue<std::uint64_t> turns;  // (due, arming, target id)
  std::uint64_t next_arming = 1;
  // Echo probes of one take_turns, by payload size and timeout (one per group, mostly).
  struct send_batch {
    std::size_t payload = 0;
    std::chrono::nanoseconds timeout{};
    std::vector<nettrio::probe> probes;
  };
  std::vector<send_batch> batches;
  bool batching = false;
  event_loop::timer turn_timer;
  clock_type::time_point turn_timer_at = clock_type::time_point::max();

  std::deque<std::uint64_t> trace_queue;
  std::map<trace_run*, std::unique_ptr<trace_run>> traces_running;
  std::map<std::pair<probe_protocol, ip_family>, std::vector<std::unique_ptr<network>>> trace_pool;
  std::map<probe_run*, std::unique_ptr<probe_run>> probes_running;

  // Health.
  histogram_value lateness{lateness_buckets()};
  std::uint64_t late = 0;
  std::uint64_t unresolved_skips = 0;
  std::uint64_t trace_errors = 0;
  std::uint64_t reloads_failed = 0;
  std::string last_reload_error;
  double last_reload_ok_time = 0;
  double start_time = unix_seconds(std::chrono::system_clock::now());

  impl(event_loop& l, exporter_config c, exporter::network_factory f)
      : loop(l), cfg(std::move(c)), open(std::move(f)) {
    if (!open) open = [](const socket_options& so) { return make_socket_network(so); };
  }

  // ---- configuration -> targets

  struct wanted {
    std::string key, host;
    bool named = false;
    std::optional<ip_address> fixed;
    probe_spec probe;
    const target_group* group = nullptr;
  };

  std::vector<wanted> wanted_targets(const exporter_config& c) const {
    std::vector<wanted> out;
    for (const auto& g : c.groups) {
      for (const auto& spec : g.hosts) {
        std::vector<std::pair<std::string, std::optional<ip_address>>> members;
        if (spec.find('/') != std::string::npos) {
          for (const auto& a : expand_cidr(spec)) members.emplace_back(a.to_string(), a);
        } else if (auto a = ip_address::parse(spec)) {
          members.emplace_back(spec, *a);
        } else {
          members.emplace_back(spec, std::nullopt);
        }
        for (const auto& [host, addr] : members)
          for (const auto& p : g.probes)
            out.push_back({lower(host) + " " + to_string(p), host, !addr, addr, p, &g});
      }
    }
    return out;
  }

  static void configure(target_state& t, const target_group& g) {
    t.interval = g.interval;
    t.timeout = g.timeout;
    t.trace_interval = g.trace_interval;
    t.size = g.size;
    t.method = g.trace_method_used;
    t.extra.clear();
    for (const auto& [k, v] : g.labels) t.extra.emplace_back(k, v);
  }

  void apply(exporter_config c) {
    const auto want = wanted_targets(c);
    std::set<std::string> keep;
    for (const auto& w : want) keep.insert(w.key);
    // Gone.
    for (auto it = by_key.begin(); it != by_key.end();) {
      if (keep.contains(it->first)) {
        ++it;
        continue;
      }
      by_id.erase(it->second);  // its turn, still scheduled, finds no target
      targets.erase(it->second);
      it = by_key.erase(it);
    }
    // Kept and new.
    std::set<std::string> used_names;
    std::size_t added = 0;
    for (const auto& w : want) {
      if (w.named) used_names.insert(w.host);
      if (auto it = by_key.find(w.key); it != by_key.end()) {
        configure(*targets.at(it->second), *w.group);
        continue;
      }
      auto t = std::make_unique<target_state>();
      t->id = next_id++;
      t->key = w.key;
      t->host = w.host;
      t->named = w.named;
      t->fixed = w.fixed;
      t->probe = w.probe;
      t->next_seq = static_cast<std::uint16_t>(rng());
      configure(*t, *w.group);
      const auto id = t->id;
      by_key[w.key] = id;
      by_id[id] = t.get();
      targets[id] = std::move(t);
      ++added;
      if (started) schedule_first(*targets[id]);
    }
    for (auto it = names.begin(); it != names.end();) {
      if (used_names.contains(it->first)) {
        ++it;
      } else {
        it->second.timer.cancel();
        it = names.erase(it);
      }
    }
    for (const auto& n : used_names)
      if (!names.contains(n)) {
        names[n];
        if (started) resolve(n);
      }
    cfg = std::move(c);
    last_reload_error.clear();
    last_reload_ok_time = unix_seconds(loop.wall_now());
    spdlog::info("exporter: {} targets ({} new), {} names", targets.size(), added, names.size());
  }

  // ---- names

  // The channel for names, with resolv.conf's servers and the hosts file.
  detail::cares_channel& resolver() {
    if (!names_channel) {
      detail::init_cares();
      ares_options o{};
      names_channel = std::make_unique<detail::cares_channel>(loop, o, 0);
    }
    return *names_channel;
  }

  void resolve(const std::string& name) {
    auto it = names.find(name);
    if (it == names.end() || it->second.resolving) return;
    it->second.resolving = true;
    try {
      lookup(resolver(), name, [this, name, life = std::weak_ptr<char>(life)](lookup_result r) {
        if (!life.expired()) resolved(name, std::move(r));
      });
    } catch (const std::exception& e) {
      resolved(name, lookup_result{{}, {}, e.what()});
    }
  }

  // Looked up again when the answer's TTL runs out (at least a second apart, at most
  // resolve_interval), after 10 s at most when it failed.
  void resolved(const std::string& name, lookup_result r) {
    auto it = names.find(name);
    if (it == names.end()) return;
    auto& ns = it->second;
    ns.resolving = false;
    constexpr milliseconds at_least{1000};
    auto again = std::clamp<milliseconds>(r.ttl, at_least,
                                          std::max<milliseconds>(cfg.resolve_interval, at_least));
    if (!r.address) {
      ++ns.failures;
      spdlog::warn("exporter: cannot resolve {}: {}", name, r.error);
      again = std::min(cfg.resolve_interval, milliseconds(10000));
    } else if (ns.address != r.address) {
      spdlog::info("exporter: {} is {} (TTL {} s)", name, r.address->to_string(), r.ttl.count());
      ns.address = r.address;
    }
    ns.timer = loop.schedule(again, [this, name, life = std::weak_ptr<char>(life)] {
      if (!life.expired()) resolve(name);
    });
  }

  std::optional<ip_address> address_of(const target_state& t) const {
    if (t.fixed) return t.fixed;
    auto it = names.find(t.host);
    return it == names.end() ? std::nullopt : it->second.address;
  }

  // ---- schedules

  milliseconds period(const target_state& t) const {
    return t.probe.kind == probe_kind::trace ? t.trace_interval : t.interval;
  }

  void schedule_first(target_state& t) {
    // The jitter: a random phase in the first period (traces: in the first 5 s at most,
    // so a fresh exporter shows paths soon).
    auto span = period(t);
    if (t.probe.kind == probe_kind::trace) span = std::min(span, milliseconds(5000));
    std::uniform_int_distribution<std::int64_t> phase(
        0, std::max<std::int64_t>(
               0, std::chrono::duration_cast<std::chrono::microseconds>(span).count() - 1));
    t.due = loop.now() + std::chrono::microseconds(phase(rng));
    arm(t);
  }

  void arm(target_state& t) {
    t.armed = next_arming++;
    turns.push({t.due, t.armed, t.id});
    wake_for_turns();
  }

  void wake_for_turns() {
    if (turns.empty() || !started) return;
    const auto at = turns.top().due;
    if (turn_timer.active() && turn_timer_at <= at) return;
    turn_timer.cancel();
    turn_timer_at = at;
    turn_timer = loop.schedule(std::max(at - loop.now(), clock_type::duration::zero()),
                               [this, life = std::weak_ptr<char>(life)] {
                                 if (life.expired()) return;
                                 turn_timer_at = clock_type::time_point::max();
                                 take_turns();
                               });
  }

  // Sends for every target whose turn is due, and those due within the next millisecond:
  // one wake-up for them all, and their echo probes leave in one batch (sendmmsg), so their
  // answers come back together too. An entry whose target went (reload) or was armed again
  // since is passed over.
  void take_turns() {
    constexpr auto ahead = std::chrono::milliseconds(1);
    const auto until = loop.now() + ahead;
    batching = true;
    while (!turns.empty() && turns.top().due <= until) {
      const auto next = turns.top();
      turns.pop();
      auto it = by_id.find(next.id);
      if (it == by_id.end() || it->second->armed != next.order) continue;
      fire(*it->second);
    }
    batching = false;
    flush_batches();
    wake_for_turns();
  }

  void flush_batches() {
    for (auto& b : batches)
      if (!b.probes.empty()) eng->send_batch(b.probes, b.payload, b.timeout);
  }

  void fire(target_state& t) {
    const auto now = loop.now();
    const auto behind = std::max(now - t.due, clock_type::duration::zero());
    lateness.observe(seconds(behind));
    if (behind > late_after) ++late;
    if (behind > period(t)) t.due = now;  // the loop stalled: no burst to catch up
    send(t);
    t.due += period(t);
    arm(t);
  }

  void send(target_state& t) {
    const auto addr = address_of(t);
    if (!addr) {
      ++unresolved_skips;
      return;
    }
    if (t.ip != addr) {
      t.reset_series();
      t.ip = addr;
    }
    if (t.probe.kind == probe_kind::trace) {
      if (!t.trace_queued && !t.trace_running) {
        t.trace_queued = true;
        trace_queue.push_back(t.id);
        pump_traces();
      }
      return;
    }
    nettrio::probe p;
    p.destination = *addr;
    p.sequence = t.next_seq++;
    std::size_t payload = t.size;
    if (t.probe.kind == probe_kind::icmp) {
      p.protocol = probe_protocol::icmp_echo;
      ++t.requests;
    } else {
      p.protocol = probe_protocol::tcp;
      p.dst_port = t.probe.port;
      payload = 0;
    }
    p.tag = t.id;  // the answer names its target (ids are never reused)
    if (batching && p.protocol == probe_protocol::icmp_echo) {
      auto b = std::find_if(batches.begin(), batches.end(), [&](const send_batch& x) {
        return x.payload == payload && x.timeout == t.timeout;
      });
      if (b == batches.end()) {
        if (batches.size() >= 16) {  // many sizes and timeouts: start afresh
          flush_batches();
          batches.clear();
        }
        b = batches.insert(batches.end(), send_batch{payload, t.timeout, {}});
      }
      b->probes.push_back(std::move(p));
      return;
    }
    eng->send(std::move(p), payload, t.timeout);
  }

  // ---- results

  void on_result(const probe_result& r) {
    // The engine hands back the probe as sent, duplicates included, with its target's id.
    auto ti = by_id.find(r.sent.tag);
    if (ti == by_id.end()) return;
    auto& t = *ti->second;
    if (t.ip != r.sent.destination) return;  // from before the name moved
    if (t.probe.kind == probe_kind::icmp) {
      if (r.duplicate) {
        ++t.duplicates;
      } else if (r.status == probe_status::send_failed) {
        ++t.send_errors;
      } else if (r.status == probe_status::reply && !r.corrupt && r.rtt) {
        t.rtt.observe(seconds(*r.rtt));
        t.last_ttl = r.reply_ttl;
      }
      return;
    }
    if (r.duplicate) return;
    std::string outcome;
    switch (r.status) {
      case probe_status::reply:
        outcome = r.tcp_open ? "open" : "refused";
        break;
      case probe_status::timeout:
        outcome = "timeout";
        break;
      case probe_status::time_exceeded:
      case probe_status::unreachable:
        outcome = "unreachable";
        break;
      case probe_status::send_failed:
        outcome = "error";
        break;
    }
    ++t.outcomes[outcome];
    t.up = outcome == "open";
    if (outcome == "open" && r.rtt) t.connect.observe(seconds(*r.rtt));
  }

  // ---- traces

  std::unique_ptr<network> take_trace_net(probe_protocol m, ip_family f) {
    auto& pool = trace_pool[{m, f}];
    if (!pool.empty()) {
      auto n = std::move(pool.back());
      pool.pop_back();
      return n;
    }
    socket_options so;
    so.ipv4 = f == ip_family::v4;
    so.ipv6 = f == ip_family::v6;
    so.icmp = m == probe_protocol::icmp_echo;
    so.udp = m == probe_protocol::udp;
    so.tcp = m == probe_protocol::tcp;
    so.dont_fragment = false;
    so.receive_buffer = 256 * 1024;
    return open(so);
  }

  void pump_traces() {
    while (traces_running.size() < cfg.trace_concurrency && !trace_queue.empty()) {
      const auto id = trace_queue.front();
      trace_queue.pop_front();
      auto it = targets.find(id);
      if (it == targets.end()) continue;
      auto& t = *it->second;
      t.trace_queued = false;
      if (!t.ip) continue;
      auto run = std::make_unique<trace_run>();
      run->target_id = id;
      run->kind = {t.method, t.ip->family()};
      try {
        run->net = take_trace_net(t.method, t.ip->family());
      } catch (const std::system_error& e) {
        ++trace_errors;
        spdlog::error("exporter: cannot trace {}: {}", t.host, e.what());
        continue;
      }
      trace_options o;
      o.method = t.method;
      o.max_wait = milliseconds(3000);
      run->session = std::make_unique<trace_session>(loop, *run->net, sized_for(o, *t.ip), t.host,
                                                     *t.ip, [](const hop&) {});
      run->started = loop.now();
      t.trace_running = true;
      auto* key = run.get();
      traces_running[key] = std::move(run);
      key->session->start([this, key, life = std::weak_ptr<char>(life)] {
        if (!life.expired()) trace_done(key);
      });
    }
  }

  void trace_done(trace_run* key) {
    auto& run = *traces_running.at(key);
    const auto& r = run.session->result();
    auto it = targets.find(run.target_id);
    if (it != targets.end() && it->second->ip == r.address && !r.interrupted) {
      auto& t = *it->second;
      t.trace_running = false;
      ++t.traces;
      auto path = path_of(r);
      if (!t.path.empty() && path_changed(t.path, t.reached, path, r.reached)) {
        ++t.path_changes;
        spdlog::info("exporter: the path to {} changed", t.host);
      }
      t.path = std::move(path);
      t.reached = r.reached;
      t.last_verdict = r.result;
      t.trace_seconds = seconds(loop.now() - run.started);
      t.trace_timestamp = unix_seconds(loop.wall_now());
      t.hops.clear();
      for (const auto& h : r.hops) {
        hop_series s;
        s.ttl = h.ttl;
        const auto resp = h.responders();
        s.address = resp.empty() ? "*" : resp.front().to_string();
        double sum = 0;
        std::size_t n = 0;
        for (const auto& p : h.probes)
          if (p.from && p.rtt_ms) {
            sum += *p.rtt_ms;
            ++n;
          }
        s.loss = h.probes.empty() ? 1.0
                                  : 1.0 - static_cast<double>(h.answered()) /
                                              static_cast<double>(h.probes.size());
        if (n > 0) s.rtt_seconds = sum / static_cast<double>(n) / 1000.0;
        t.hops.push_back(std::move(s));
      }
    } else if (it != targets.end()) {
      it->second->trace_running = false;
    }
    // The session must outlive its done call: it goes, and its sockets back to the pool,
    // from the loop.
    loop.post([this, key, life = std::weak_ptr<char>(life)] {
      if (life.expired()) return;
      auto node = traces_running.extract(key);
      if (node.empty()) return;
      auto& finished = *node.mapped();
      finished.session.reset();
      trace_pool[finished.kind].push_back(std::move(finished.net));
      pump_traces();
    });
  }

  // ---- start / stop

  void start() {
    socket_options so;
    so.icmp = true;
    so.tcp = true;
    std::exception_ptr first;
    for (const auto& [v4, v6] : {std::pair{true, true}, {true, false}, {false, true}}) {
      so.ipv4 = v4;
      so.ipv6 = v6;
      try {
        net = open(so);
        break;
      } catch (const std::system_error&) {
        if (!first) first = std::current_exception();
      }
    }
    if (!net) std::rethrow_exception(first);
    eng = std::make_unique<engine>(*net, loop, engine_options{random_cookie(), duplicate_window});
    eng->start([this](const probe_result& r) { on_result(r); });
    started = true;
    for (auto& [name, ns] : names) resolve(name);
    for (auto& [id, t] : targets) schedule_first(*t);
  }

  void stop() {
    turn_timer.cancel();
    turn_timer_at = clock_type::time_point::max();
    turns = {};
    for (auto& [name, ns] : names) {
      ns.timer.cancel();
      ns.resolving = false;
    }
    names_channel.reset();  // lookups under way end here, unanswered
    for (auto& [k, run] : traces_running) run->session->stop();
    for (auto& [k, run] : probes_running) run->session->stop();
    if (eng) eng->stop();
    started = false;
  }

  // ---- /probe

  void probe(const probe_request& req, std::function<void(std::vector<metric_family>)> done) {
    const auto begun = loop.now();
    auto finish = [this, begun, req, done](std::optional<ip_address> addr, double dns_seconds,
                                           const ping_summary* sum) {
      std::vector<metric_family> out;
      // TCP: a refusal is an answer (not lost) but not a success, as blackbox's tcp_connect.
      const bool tcp = module_port(req.module).has_value();
      const bool ok = sum != nullptr && sum->received > (tcp ? sum->tcp_refused : 0);
      out.push_back(
          {"probe_success", "Whether the probe succeeded (any answer)", metric_type::gauge, {}});
      out.back().add({}, ok ? 1 : 0);
      out.push_back({"probe_duration_seconds",
                     "How long the probe took, name lookup included",
                     metric_type::gauge,
                     {}});
      out.back().add({}, seconds(loop.now() - begun));
      out.push_back({"probe_dns_lookup_time_seconds",
                     "How long the name lookup took",
                     metric_type::gauge,
                     {}});
      out.back().add({}, dns_seconds);
      if (addr) {
        out.push_back(
            {"probe_ip_protocol", "The IP protocol of the probe (4 or 6)", metric_type::gauge, {}});
        out.back().add({}, addr->is_v4() ? 4 : 6);
      }
      if (sum != nullptr) {
        out.push_back({"probe_loss_ratio",
                       "Packets lost out of those sent (0 to 1)",
                       metric_type::gauge,
                       {}});
        out.back().add({}, sum->transmitted == 0
                               ? 1.0
                               : static_cast<double>(sum->transmitted -
                                                     std::min(sum->transmitted, sum->received)) /
                                     static_cast<double>(sum->transmitted));
        out.push_back(
            {"nettrio_probe_packets_sent", "Packets sent by this probe", metric_type::gauge, {}});
        out.back().add({}, static_cast<double>(sum->transmitted));
        out.push_back({"nettrio_probe_packets_received",
                       "Answers received by this probe",
                       metric_type::gauge,
                       {}});
        out.back().add({}, static_cast<double>(sum->received));
        if (sum->rtt) {
          out.push_back({"probe_icmp_duration_seconds",
                         "Round-trip time of the answers (phase rtt: the mean; TCP: connect time)",
                         metric_type::gauge,
                         {}});
          out.back().add({{"phase", "rtt"}}, sum->rtt->avg_ms / 1000.0);
        }
      }
      done(std::move(out));
    };
    auto measure = [this, req, finish, begun](const ip_address& addr) {
      const double dns = seconds(loop.now() - begun);
      const auto port = module_port(req.module);
      socket_options so;
      so.ipv4 = addr.is_v4();
      so.ipv6 = addr.is_v6();
      so.icmp = !port;
      so.tcp = port.has_value();
      so.receive_buffer = 256 * 1024;
      auto run = std::make_unique<probe_run>();
      try {
        run->net = open(so);
      } catch (const std::system_error& e) {
        spdlog::error("exporter: /probe {}: {}", req.target, e.what());
        finish(addr, dns, nullptr);
        return;
      }
      ping_options po;
      po.count = req.count;
      po.interval = req.interval;
      po.timeout = req.timeout;
      po.rate = 0;
      po.tcp_port = port;
      po.record_replies = false;
      run->targets.push_back({req.target, addr});
      run->session = std::make_unique<ping_session>(loop, *run->net, po, run->targets,
                                                    [](const ping_event&) {});
      auto* key = run.get();
      probes_running[key] = std::move(run);
      key->session->start([this, key, addr, dns, finish, life = std::weak_ptr<char>(life)] {
        if (life.expired()) return;
        const auto& res = key->session->result();
        finish(addr, dns, res.targets.empty() ? nullptr : &res.targets.front());
        loop.post([this, key, life] {
          if (!life.expired()) probes_running.erase(key);
        });
      });
    };
    if (auto a = ip_address::parse(req.target)) {
      measure(*a);
      return;
    }
    try {
      lookup(
          resolver(), req.target,
          [measure, finish, req, life = std::weak_ptr<char>(life), this, begun](lookup_result r) {
            if (life.expired()) return;
            if (!r.address) {
              spdlog::warn("exporter: /probe cannot resolve {}: {}", req.target, r.error);
              finish(std::nullopt, seconds(loop.now() - begun), nullptr);
              return;
            }
            measure(*r.address);
          });
    } catch (const std::exception& e) {
      spdlog::warn("exporter: /probe cannot resolve {}: {}", req.target, e.what());
      finish(std::nullopt, seconds(loop.now() - begun), nullptr);
    }
  }

  // ---- metrics

  static metric_labels base_labels(const target_state& t) {
    metric_labels l{{"host", t.host}, {"ip", t.ip ? t.ip->to_string() : ""}};
    return l;
  }
  static metric_labels with_extra(metric_labels l, const target_state& t) {
    l.insert(l.end(), t.extra.begin(), t.extra.end());
    return l;
  }
  // smokeping_prober's: ip, host, source, tos.
  static metric_labels icmp_labels(const target_state& t) {
    return with_extra({{"host", t.host}, {"ip", t.ip->to_string()}, {"source", ""}, {"tos", "0"}},
                      t);
  }
  static metric_labels tcp_labels(const target_state& t) {
    auto l = base_labels(t);
    l.emplace_back("port", std::to_string(t.probe.port));
    return with_extra(std::move(l), t);
  }
  static metric_labels hop_labels(const target_state& t, const hop_series& h) {
    auto l = base_labels(t);
    l.emplace_back("ttl", std::to_string(h.ttl));
    l.emplace_back("address", h.address);
    return with_extra(std::move(l), t);
  }

  // One family at a time, so that a scrape of 10,000 targets never holds every family's
  // samples at once: each is written out and freed before the next is built.
  using fill_fn = void (*)(const target_state&, metric_family&);
  struct per_target {
    const char* name;
    const char* help;
    metric_type type;
    probe_kind kind;
    fill_fn fill;
  };

  static std::span<const per_target> per_target_families() {
    static const per_target families[] = {
        {"smokeping_requests_total", "Number of ping requests sent", metric_type::counter,
         probe_kind::icmp,
         [](const target_state& t, metric_family& f) {
           f.add(icmp_labels(t), static_cast<double>(t.requests));
         }},
        {"smokeping_response_duration_seconds", "A histogram of latencies for ping responses.",
         metric_type::histogram, probe_kind::icmp,
         [](const target_state& t, metric_family& f) { f.add(icmp_labels(t), t.rtt); }},
        {"smokeping_response_ttl", "The last response Time To Live (TTL).", metric_type::gauge,
         probe_kind::icmp,
         [](const target_state& t, metric_family& f) {
           if (t.last_ttl >= 0) f.add(icmp_labels(t), t.last_ttl);
         }},
        {"smokeping_response_duplicates_total", "The number of duplicated response packets.",
         metric_type::counter, probe_kind::icmp,
         [](const target_state& t, metric_family& f) {
           f.add(icmp_labels(t), static_cast<double>(t.duplicates));
         }},
        {"smokeping_send_errors_total",
         "The number of errors when Pinger attempts to send packets.", metric_type::counter,
         probe_kind::icmp,
         [](const target_state& t, metric_family& f) {
           f.add(icmp_labels(t), static_cast<double>(t.send_errors));
         }},
        {"nettrio_tcp_connect_total",
         "TCP connect probes by outcome (open, refused, timeout, unreachable, error)",
         metric_type::counter, probe_kind::tcp,
         [](const target_state& t, metric_family& f) {
           for (const char* o : {"open", "refused", "timeout", "unreachable", "error"}) {
             auto l = tcp_labels(t);
             l.insert(l.end() - static_cast<std::ptrdiff_t>(t.extra.size()), {"outcome", o});
             auto it = t.outcomes.find(o);
             f.add(std::move(l), it == t.outcomes.end() ? 0.0 : static_cast<double>(it->second));
           }
         }},
        {"nettrio_tcp_connect_duration_seconds",
         "Time from SYN to SYN-ACK of the connects that opened", metric_type::histogram,
         probe_kind::tcp,
         [](const target_state& t, metric_family& f) { f.add(tcp_labels(t), t.connect); }},
        {"nettrio_tcp_up", "Whether the last connect opened (1) or not (0)", metric_type::gauge,
         probe_kind::tcp,
         [](const target_state& t, metric_family& f) {
           if (t.up) f.add(tcp_labels(t), *t.up ? 1 : 0);
         }},
        {"nettrio_hop_loss_ratio",
         "Share of the last trace's probes at this TTL that got no answer", metric_type::gauge,
         probe_kind::trace,
         [](const target_state& t, metric_family& f) {
           for (const auto& h : t.hops) f.add(hop_labels(t, h), h.loss);
         }},
        {"nettrio_hop_rtt_seconds", "Mean round-trip time of the last trace's answers at this TTL",
         metric_type::gauge, probe_kind::trace,
         [](const target_state& t, metric_family& f) {
           for (const auto& h : t.hops)
             if (h.rtt_seconds) f.add(hop_labels(t, h), *h.rtt_seconds);
         }},
        {"nettrio_trace_verdict_info", "The last trace's verdict (kind; hop where it applies)",
         metric_type::gauge, probe_kind::trace,
         [](const target_state& t, metric_family& f) {
           if (t.traces == 0) return;
           auto l = base_labels(t);
           l.emplace_back("kind", std::string(report::to_string(t.last_verdict.kind)));
           l.emplace_back("hop", t.last_verdict.hop ? std::to_string(*t.last_verdict.hop) : "");
           f.add(with_extra(std::move(l), t), 1);
         }},
        {"nettrio_trace_path_changes_total", "Traces whose path differed from the one before",
         metric_type::counter, probe_kind::trace,
         [](const target_state& t, metric_family& f) {
           f.add(with_extra(base_labels(t), t), static_cast<double>(t.path_changes));
         }},
        {"nettrio_traces_total", "Traces completed", metric_type::counter, probe_kind::trace,
         [](const target_state& t, metric_family& f) {
           f.add(with_extra(base_labels(t), t), static_cast<double>(t.traces));
         }},
        {"nettrio_trace_duration_seconds", "How long the last trace took", metric_type::gauge,
         probe_kind::trace,
         [](const target_state& t, metric_family& f) {
           if (t.traces > 0) f.add(with_extra(base_labels(t), t), t.trace_seconds);
         }},
        {"nettrio_trace_last_timestamp_seconds", "When the last trace ended (Unix time)",
         metric_type::gauge, probe_kind::trace,
         [](const target_state& t, metric_family& f) {
           if (t.traces > 0) f.add(with_extra(base_labels(t), t), t.trace_timestamp);
         }},
    };
    return families;
  }

  void collect(const std::function<void(metric_family&&)>& sink) const {
    for (const auto& pt : per_target_families()) {
      metric_family f{pt.name, pt.help, pt.type, {}};
      for (const auto& [id, tp] : targets)
        if (tp->probe.kind == pt.kind && tp->ip) pt.fill(*tp, f);
      sink(std::move(f));
    }
    for (auto& f : health()) sink(std::move(f));
  }

  // A scrape in steps of at most `scrape_step` targets, each step its own turn of the loop:
  // probes due meanwhile leave on time instead of waiting for a 30 MB exposition.
  static constexpr std::size_t scrape_step = 64;
  struct scrape_state {
    std::string out;
    std::size_t family = 0;
    std::uint64_t next_id = 0;
    bool header_done = false;
    std::function<void(std::string)> done;
  };

  void scrape_step_run(const std::shared_ptr<scrape_state>& st) {
    const auto fams = per_target_families();
    std::size_t budget = scrape_step;
    while (st->family < fams.size()) {
      const auto& pt = fams[st->family];
      metric_family f{pt.name, pt.help, pt.type, {}};
      auto it = targets.lower_bound(st->next_id);
      for (; it != targets.end() && budget > 0; ++it, --budget)
        if (it->second->probe.kind == pt.kind && it->second->ip) pt.fill(*it->second, f);
      report::append_prometheus(st->out, f, !st->header_done);
      st->header_done = true;
      if (it == targets.end()) {
        ++st->family;
        st->next_id = 0;
        st->header_done = false;
        continue;
      }
      st->next_id = it->first;
      loop.post([this, st, life = std::weak_ptr<char>(life)] {
        if (!life.expired()) scrape_step_run(st);
      });
      return;
    }
    for (const auto& f : health()) report::append_prometheus(st->out, f);
    st->done(std::move(st->out));
  }

  std::vector<metric_family> health() const {
    std::map<std::string, std::size_t> counts{{"icmp", 0}, {"tcp", 0}, {"trace", 0}};
    std::size_t unresolved = 0;
    for (const auto& [id, tp] : targets) {
      ++counts[std::string(to_string(tp->probe.kind))];
      if (!tp->ip) ++unresolved;
    }
    std::vector<metric_family> out;
    metric_family tg{
        "nettrio_exporter_targets", "Targets configured, by probe", metric_type::gauge, {}};
    for (const auto& [k, n] : counts) tg.add({{"probe", k}}, static_cast<double>(n));
    out.push_back(std::move(tg));
    out.push_back({"nettrio_exporter_targets_unresolved",
                   "Targets whose name has no address yet",
                   metric_type::gauge,
                   {}});
    out.back().add({}, static_cast<double>(unresolved));
    out.push_back({"nettrio_exporter_probes_late_total",
                   "Probes sent more than 10 ms after their schedule",
                   metric_type::counter,
                   {}});
    out.back().add({}, static_cast<double>(late));
    out.push_back({"nettrio_exporter_schedule_lateness_seconds",
                   "How far behind its schedule each probe left",
                   metric_type::histogram,
                   {}});
    out.back().add({}, lateness);
    out.push_back({"nettrio_exporter_probes_skipped_total",
                   "Probes not sent because the target's name had no address",
                   metric_type::counter,
                   {}});
    out.back().add({}, static_cast<double>(unresolved_skips));
    std::uint64_t resolve_failures = 0;
    for (const auto& [n, ns] : names) resolve_failures += ns.failures;
    out.push_back({"nettrio_exporter_resolve_failures_total",
                   "Name lookups that failed",
                   metric_type::counter,
                   {}});
    out.back().add({}, static_cast<double>(resolve_failures));
    out.push_back({"nettrio_exporter_replies_rejected_total",
                   "Replies that looked like ours but failed a check (forged, foreign, corrupt)",
                   metric_type::counter,
                   {}});
    out.back().add({}, eng ? static_cast<double>(eng->rejected()) : 0.0);
    out.push_back(
        {"nettrio_exporter_probes_in_flight", "Probes awaiting an answer", metric_type::gauge, {}});
    out.back().add({}, eng ? static_cast<double>(eng->in_flight()) : 0.0);
    out.push_back(
        {"nettrio_exporter_traces_running", "Traces running now", metric_type::gauge, {}});
    out.back().add({}, static_cast<double>(traces_running.size()));
    out.push_back({"nettrio_exporter_traces_queued",
                   "Traces waiting for a free socket set",
                   metric_type::gauge,
                   {}});
    out.back().add({}, static_cast<double>(trace_queue.size()));
    out.push_back({"nettrio_exporter_trace_errors_total",
                   "Traces that could not start",
                   metric_type::counter,
                   {}});
    out.back().add({}, static_cast<double>(trace_errors));
    out.push_back({"nettrio_exporter_config_last_reload_successful",
                   "Whether the last configuration reload succeeded",
                   metric_type::gauge,
                   {}});
    out.back().add({}, last_reload_error.empty() ? 1 : 0);
    out.push_back({"nettrio_exporter_config_last_reload_success_timestamp_seconds",
                   "When the configuration was last loaded (Unix time)",
                   metric_type::gauge,
                   {}});
    out.back().add({}, last_reload_ok_time);
    out.push_back({"nettrio_exporter_config_reload_failures_total",
                   "Reloads refused because the new configuration was wrong",
                   metric_type::counter,
                   {}});
    out.back().add({}, static_cast<double>(reloads_failed));
    out.push_back({"nettrio_exporter_config_error_info",
                   "The error of the last reload while it is not fixed",
                   metric_type::gauge,
                   {}});
    if (!last_reload_error.empty()) out.back().add({{"error", last_reload_error}}, 1);
    out.push_back({"process_cpu_seconds_total",
                   "Total user and system CPU time spent in seconds.",
                   metric_type::counter,
                   {}});
    out.back().add({}, cpu_seconds());
    out.push_back({"process_resident_memory_bytes",
                   "Resident memory size in bytes.",
                   metric_type::gauge,
                   {}});
    out.back().add({}, rss_bytes());
    out.push_back({"process_start_time_seconds",
                   "Start time of the process since unix epoch in seconds.",
                   metric_type::gauge,
                   {}});
    out.back().add({}, start_time);
    return out;
  }
};

exporter::exporter(event_loop& loop, exporter_config cfg, network_factory open)
    : impl_(std::make_unique<impl>(loop, exporter_config{}, std::move(open))) {
  impl_->apply(std::move(cfg));
}
exporter::~exporter() {
  if (impl_) impl_->stop();
}
void exporter::start() {
  impl_->start();
}
void exporter::stop() {
  impl_->stop();
}
void exporter::apply(exporter_config cfg) {
  impl_->apply(std::move(cfg));
}
void exporter::reload_failed(const std::string& error) {
  ++impl_->reloads_failed;
  impl_->last_reload_error = error;
}
std::vector<report::metric_family> exporter::metrics() const {
  std::vector<report::metric_family> out;
  impl_->collect([&](report::metric_family&& f) { out.push_back(std::move(f)); });
  return out;
}
void exporter::collect(const std::function<void(report::metric_family&&)>& sink) const {
  impl_->collect(sink);
}
void exporter::scrape(std::function<void(std::string)> done, std::size_t size_hint) {
  auto st = std::make_shared<impl::scrape_state>();
  st->out.reserve(size_hint);
  st->done = std::move(done);
  impl_->scrape_step_run(st);
}
void exporter::probe(const probe_request& r,
                     std::function<void(std::vector<report::metric_family>)> done) {
  impl_->probe(r, std::move(done));
}
std::size_t exporter::target_count() const noexcept {
  return impl_->targets.size();
}

}  // namespace nettrio::exporter
