#pragma once
// Reverse lookups that never hold up probing or output: each address is looked up once on
// a detached thread; callers ask for what is ready and take the address otherwise.

#include <nettrio/address.hpp>

#include <memory>
#include <optional>
#include <string>

namespace nettrio {

class reverse_dns {
 public:
  reverse_dns();
  ~reverse_dns();
  /// Starts a lookup if none is under way for `a`.
  void request(const ip_address& a);
  /// The name, if the lookup has finished and found one.
  [[nodiscard]] std::optional<std::string> ready(const ip_address& a) const;

 private:
  struct state;
  std::shared_ptr<state> state_;
};

}  // namespace nettrio
