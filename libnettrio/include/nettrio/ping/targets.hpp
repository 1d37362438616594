#pragma once
// Turning what the user typed into addresses: names, literal addresses, CIDR ranges
// (198.18.0.0/24), and lists read from a file or stdin.

#include <nettrio/address.hpp>

#include <istream>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace nettrio {

/// Input the user can fix: an unknown host, a bad CIDR, a range too large.
struct input_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct target {
  std::string name;  // as typed, or the address text for range members
  ip_address address;
};

/// Largest range expanded, in addresses (a /12, or an IPv6 /108).
inline constexpr std::size_t max_range_size = std::size_t{1} << 20;

/// Expands one CIDR block. IPv4 prefixes up to /30 skip the network and broadcast
/// addresses, as fping -g does. Throws input_error on malformed text or a range too large.
[[nodiscard]] std::vector<ip_address> expand_cidr(std::string_view cidr);

/// Resolves one spec (name, address or CIDR) to targets, honouring a forced family.
/// Names resolve through getaddrinfo to their first address. Throws input_error.
[[nodiscard]] std::vector<target> resolve_spec(const std::string& spec,
                                               std::optional<ip_family> family);

/// Reads specs one per line ('#' comments and blank lines skipped).
[[nodiscard]] std::vector<std::string> read_specs(std::istream& in);

}  // namespace nettrio
