#include <nettrio/trace/reverse_dns.hpp>

#include <nettrio/text/sanitize.hpp>

#include "../sockaddr.hpp"

#include <spdlog/spdlog.h>

#include <netdb.h>
#include <sys/socket.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace nettrio {

namespace {

std::optional<std::string> getnameinfo_lookup(const ip_address& a) {
  socklen_t len = 0;
  const auto ss = detail::to_sockaddr(a, 0, len);
  char host[NI_MAXHOST] = {};
  if (::getnameinfo(reinterpret_cast<const sockaddr*>(&ss), len, host, sizeof host, nullptr, 0,
                    NI_NAMEREQD) != 0)
    return std::nullopt;
  return std::string(host);
}

}  // namespace

struct reverse_dns::state {
  reverse_dns_options opts;
  mutable std::mutex mu;
  std::condition_variable work;          // a lookup queued, or stop
  mutable std::condition_variable idle;  // queue empty and nothing in flight
  mutable std::condition_variable done;  // a lookup finished
  std::deque<ip_address> queue;
  std::size_t in_flight = 0;
  bool stop = false;
  bool started = false;
  std::unordered_map<ip_address, std::optional<std::string>> names;  // present: requested
  std::unordered_set<ip_address> finished;                           // lookups that ended
  std::vector<std::thread> threads;

  void run() {
    std::unique_lock lock(mu);
    for (;;) {
      work.wait(lock, [&] { return stop || !queue.empty(); });
      if (stop) return;
      const auto a = queue.front();
      queue.pop_front();
      ++in_flight;
      lock.unlock();
      std::optional<std::string> name;
      try {
        name = opts.lookup(a);
      } catch (const std::exception& e) {
        spdlog::debug("reverse lookup of {} failed: {}", a.to_string(), e.what());
      }
      if (name && !is_hostname(*name)) {
        spdlog::debug("reverse lookup of {}: not a host name, showing the address", a.to_string());
        name.reset();
      }
      lock.lock();
      --in_flight;
      names[a] = std::move(name);
      finished.insert(a);
      done.notify_all();
      if (queue.empty() && in_flight == 0) idle.notify_all();
    }
  }

  // Called with `mu` held.
  void start_workers() {
    started = true;
    for (std::size_t i = 0; i < opts.workers; ++i) {
      try {
        threads.emplace_back([this] { run(); });
      } catch (const std::system_error& e) {
        // EAGAIN: the thread limit. Fewer workers (or none) only means fewer names.
        spdlog::debug("reverse DNS: cannot start worker {}: {}", i + 1, e.what());
        break;
      }
    }
  }
};

reverse_dns::reverse_dns() : reverse_dns(reverse_dns_options{}) {}

reverse_dns::reverse_dns(reverse_dns_options opts) : state_(std::make_unique<state>()) {
  if (!opts.lookup) opts.lookup = getnameinfo_lookup;
  state_->opts = std::move(opts);
}

reverse_dns::~reverse_dns() {
  {
    std::lock_guard lock(state_->mu);
    state_->stop = true;
    state_->queue.clear();
  }
  state_->work.notify_all();
  for (auto& t : state_->threads) t.join();
}

void reverse_dns::request(const ip_address& a) {
  auto& s = *state_;
  {
    std::lock_guard lock(s.mu);
    if (s.stop || s.names.contains(a) || s.names.size() >= s.opts.max_names) return;
    if (!s.started) s.start_workers();
    if (s.threads.empty() || s.queue.size() >= s.opts.queue_limit) return;
    s.names.emplace(a, std::nullopt);
    s.queue.push_back(a);
  }
  s.work.notify_one();
}

std::optional<std::string> reverse_dns::ready(const ip_address& a) const {
  std::lock_guard lock(state_->mu);
  auto it = state_->names.find(a);
  if (it == state_->names.end()) return std::nullopt;
  return it->second;
}

bool reverse_dns::wait_for(const ip_address& a,
                           std::chrono::steady_clock::time_point deadline) const {
  auto& s = *state_;
  std::unique_lock lock(s.mu);
  if (!s.names.contains(a)) return false;  // never queued: nothing to wait for
  return s.done.wait_until(lock, deadline, [&] { return s.stop || s.finished.contains(a); }) &&
         s.finished.contains(a);
}

std::size_t reverse_dns::workers() const {
  std::lock_guard lock(state_->mu);
  return state_->threads.size();
}

void reverse_dns::wait_idle() const {
  std::unique_lock lock(state_->mu);
  state_->idle.wait(lock, [&] { return state_->queue.empty() && state_->in_flight == 0; });
}

}  // namespace nettrio
