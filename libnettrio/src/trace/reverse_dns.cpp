#include <nettrio/trace/reverse_dns.hpp>

#include <nettrio/text/sanitize.hpp>

#include "dns/cares_channel.hpp"

#include <spdlog/spdlog.h>

#include <netdb.h>
#include <netinet/in.h>

#include <algorithm>
#include <cstring>
#include <exception>
#include <unordered_map>

namespace nettrio {

struct reverse_dns::state : std::enable_shared_from_this<state> {
  struct entry {
    bool finished = false;
    std::optional<std::string> name;
    std::vector<name_callback> waiting;
  };

  state(event_loop& l, reverse_dns_options o) : loop(l), opts(std::move(o)) {}

  event_loop& loop;
  reverse_dns_options opts;
  std::unordered_map<ip_address, entry> names;  // present: requested
  std::unique_ptr<detail::cares_channel> channel;
  bool channel_failed = false;
  bool closing = false;
  std::size_t in_flight = 0;
  std::vector<event_loop::timer> timers;  // when_done's limits, cancelled at the end

  // The channel, made on the first lookup; null when c-ares cannot start (no names).
  detail::cares_channel* cares() {
    if (channel || channel_failed) return channel.get();
    try {
      ares_options o{};
      int mask = 0;
      if (opts.timeout.count() > 0) {
        o.timeout = static_cast<int>(opts.timeout.count());
        mask |= ARES_OPT_TIMEOUTMS;
      }
      if (opts.tries > 0) {
        o.tries = opts.tries;
        mask |= ARES_OPT_TRIES;
      }
      if (!opts.servers.empty()) {
        o.lookups = const_cast<char*>("b");  // DNS only: the servers given, not /etc/hosts
        mask |= ARES_OPT_LOOKUPS;
      }
      channel = std::make_unique<detail::cares_channel>(loop, o, mask);
      if (!opts.servers.empty()) channel->use_server(opts.servers.front(), opts.port);
    } catch (const std::exception& e) {
      spdlog::debug("reverse DNS: {}; addresses stay numeric", e.what());
      channel.reset();
      channel_failed = true;
    }
    return channel.get();
  }

  void finish(const ip_address& a, std::optional<std::string> name) {
    if (closing) return;
    auto it = names.find(a);
    if (it == names.end() || it->second.finished) return;
    if (name && !is_hostname(*name)) {
      spdlog::debug("reverse lookup of {}: not a host name, showing the address", a.to_string());
      name.reset();
    }
    --in_flight;
    it->second.finished = true;
    it->second.name = std::move(name);
    auto waiting = std::move(it->second.waiting);
    const auto value = it->second.name;  // the callbacks may request more (rehash)
    for (auto& cb : waiting) cb(value);
  }

  struct cares_arg {
    std::weak_ptr<state> self;
    ip_address address;
  };

  static void on_host(void* arg, int status, int /*timeouts*/, hostent* host) {
    std::unique_ptr<cares_arg> ca(static_cast<cares_arg*>(arg));
    if (status == ARES_EDESTRUCTION || status == ARES_ECANCELLED) return;
    auto self = ca->self.lock();
    if (!self) return;
    std::optional<std::string> name;
    if (status == ARES_SUCCESS && host && host->h_name)
      name = std::string(host->h_name);
    else
      spdlog::debug("reverse lookup of {}: {}", ca->address.to_string(), ares_strerror(status));
    self->finish(ca->address, std::move(name));
  }

  void start(const ip_address& a) {
    ++in_flight;
    if (opts.lookup) {
      std::weak_ptr<state> weak = weak_from_this();
      try {
        opts.lookup(a, [weak, a](std::optional<std::string> name) {
          if (auto self = weak.lock()) self->finish(a, std::move(name));
        });
      } catch (const std::exception& e) {
        spdlog::debug("reverse lookup of {} failed: {}", a.to_string(), e.what());
        finish(a, std::nullopt);
      }
      return;
    }
    auto* ch = cares();
    if (!ch) {
      finish(a, std::nullopt);
      return;
    }
    if (a.is_v4()) {
      in_addr in{};
      std::memcpy(&in, a.bytes().data(), 4);
      ares_gethostbyaddr(ch->get(), &in, sizeof in, AF_INET, &state::on_host,
                         new cares_arg{weak_from_this(), a});
    } else {
      in6_addr in6{};
      std::memcpy(&in6, a.bytes().data(), 16);
      ares_gethostbyaddr(ch->get(), &in6, sizeof in6, AF_INET6, &state::on_host,
                         new cares_arg{weak_from_this(), a});
    }
    ch->kick();
  }
};

reverse_dns::reverse_dns(event_loop& loop, reverse_dns_options opts)
    : state_(std::make_shared<state>(loop, std::move(opts))) {}

reverse_dns::~reverse_dns() {
  state_->closing = true;
  for (auto& t : state_->timers) t.cancel();
  state_->channel.reset();  // c-ares' callbacks: ARES_EDESTRUCTION, ignored
}

void reverse_dns::request(const ip_address& a, name_callback got) {
  auto& s = *state_;
  if (s.closing) return;
  if (auto it = s.names.find(a); it != s.names.end()) {
    if (!got) return;
    if (it->second.finished)
      got(it->second.name);
    else
      it->second.waiting.push_back(std::move(got));
    return;
  }
  if (s.names.size() >= s.opts.max_names) {
    if (got) got(std::nullopt);
    return;
  }
  auto& e = s.names[a];
  if (got) e.waiting.push_back(std::move(got));
  s.start(a);
}

std::optional<std::string> reverse_dns::ready(const ip_address& a) const {
  auto it = state_->names.find(a);
  if (it == state_->names.end() || !it->second.finished) return std::nullopt;
  return it->second.name;
}

bool reverse_dns::finished(const ip_address& a) const {
  auto it = state_->names.find(a);
  return it == state_->names.end() || it->second.finished;
}

void reverse_dns::when_done(const std::vector<ip_address>& as, std::chrono::milliseconds within,
                            std::function<void()> then) {
  auto& s = *state_;
  // Shared by the name callbacks and the timer: whichever comes first calls `then`.
  struct waiter {
    std::size_t left = 0;
    std::function<void()> then;
    event_loop::timer timer;
    void fire() {
      timer.cancel();
      if (auto cb = std::move(then)) {
        then = nullptr;
        cb();
      }
    }
  };
  auto w = std::make_shared<waiter>();
  w->then = std::move(then);
  std::vector<ip_address> open;
  for (const auto& a : as)
    if (!finished(a) && std::find(open.begin(), open.end(), a) == open.end()) open.push_back(a);
  if (open.empty() || s.closing) {
    w->fire();
    return;
  }
  w->left = open.size();
  w->timer = s.loop.schedule(within, [w] { w->fire(); });
  // Forget limits that have passed, so a long trace does not keep them all.
  std::erase_if(s.timers, [](const event_loop::timer& t) { return !t.active(); });
  s.timers.push_back(w->timer);
  for (const auto& a : open)
    s.names[a].waiting.push_back([w](const std::optional<std::string>&) {
      if (--w->left == 0) w->fire();
    });
}

void reverse_dns::when_idle(std::chrono::milliseconds within, std::function<void()> then) {
  std::vector<ip_address> open;
  for (const auto& [a, e] : state_->names)
    if (!e.finished) open.push_back(a);
  when_done(open, within, std::move(then));
}

std::size_t reverse_dns::pending() const {
  return state_->in_flight;
}

}  // namespace nettrio
