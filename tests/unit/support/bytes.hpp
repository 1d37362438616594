#pragma once
// Byte fixtures for codec tests: write packets as the hex a capture would show.

#include <nettrio/packet/bytes.hpp>

#include <cstddef>
#include <initializer_list>
#include <vector>

namespace nettrio::test {

[[nodiscard]] inline std::vector<std::byte> bytes(std::initializer_list<int> v) {
  std::vector<std::byte> out;
  out.reserve(v.size());
  for (int x : v) out.push_back(static_cast<std::byte>(x));
  return out;
}

/// Concatenates fixtures (IP header + transport header + payload, ...).
[[nodiscard]] inline std::vector<std::byte> join(
    std::initializer_list<std::vector<std::byte>> parts) {
  std::vector<std::byte> out;
  for (const auto& p : parts) out.insert(out.end(), p.begin(), p.end());
  return out;
}

}  // namespace nettrio::test
