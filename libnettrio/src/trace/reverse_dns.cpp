#include <nettrio/trace/reverse_dns.hpp>

#include "../sockaddr.hpp"

#include <netdb.h>
#include <sys/socket.h>

#include <cstring>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace nettrio {

struct reverse_dns::state {
  std::mutex mu;
  std::unordered_map<ip_address, std::optional<std::string>> names;  // present: requested
  std::unordered_map<ip_address, bool> done;
};

reverse_dns::reverse_dns() : state_(std::make_shared<state>()) {}
reverse_dns::~reverse_dns() = default;  // threads hold their own reference to state

void reverse_dns::request(const ip_address& a) {
  {
    std::lock_guard lock(state_->mu);
    if (!state_->names.emplace(a, std::nullopt).second) return;
  }
  std::thread([s = state_, a] {
    socklen_t len = 0;
    const auto ss = detail::to_sockaddr(a, 0, len);
    char host[NI_MAXHOST] = {};
    const int rc = ::getnameinfo(reinterpret_cast<const sockaddr*>(&ss), len, host, sizeof host,
                                 nullptr, 0, NI_NAMEREQD);
    std::lock_guard lock(s->mu);
    if (rc == 0) s->names[a] = std::string(host);
    s->done[a] = true;
  }).detach();
}

std::optional<std::string> reverse_dns::ready(const ip_address& a) const {
  std::lock_guard lock(state_->mu);
  auto it = state_->names.find(a);
  if (it == state_->names.end()) return std::nullopt;
  return it->second;
}

}  // namespace nettrio
