#pragma once
// Reverse names for writer tests: a reverse_dns whose lookup answers at once from a function.

#include <nettrio/trace/reverse_dns.hpp>

#include <functional>
#include <optional>
#include <string>

namespace nettrio::test {

inline reverse_dns_options answering(
    std::function<std::optional<std::string>(const ip_address&)> names) {
  return {.lookup = [names](const ip_address& a,
                            const std::function<void(std::optional<std::string>)>& done) {
    done(names(a));
  }};
}

}  // namespace nettrio::test
