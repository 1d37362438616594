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

/// Most targets one run takes, all specs together, counted before any range is expanded
/// (16 /12 ranges would otherwise expand to 16 million addresses first).
inline constexpr std::size_t max_targets = max_range_size;

/// Longest line of a target file, in bytes (comments included). A host name is at most 253.
inline constexpr std::size_t max_spec_line = 1024;

/// How many targets a spec stands for, without expanding or resolving anything: the
/// addresses of a range (as expand_cidr gives them), 1 for a name or an address. Throws
/// input_error on a malformed or too large range.
[[nodiscard]] std::size_t spec_size(std::string_view spec);

/// Expands one CIDR block. IPv4 prefixes up to /30 skip the network and broadcast
/// addresses, as fping -g does. Throws input_error on malformed text or a range too large.
[[nodiscard]] std::vector<ip_address> expand_cidr(std::string_view cidr);

/// Resolves one spec (name, address or CIDR) to targets, honouring a forced family.
/// Names resolve through getaddrinfo to their first address. Throws input_error.
[[nodiscard]] std::vector<target> resolve_spec(const std::string& spec,
                                               std::optional<ip_family> family);

/// Resolves every spec in order, dropping repeated addresses. First counts them all
/// (spec_size) and throws input_error, before expanding or resolving any, when together they
/// exceed max_targets.
[[nodiscard]] std::vector<target> resolve_specs(const std::vector<std::string>& specs,
                                                std::optional<ip_family> family);

/// Reads specs one per line ('#' comments and blank lines skipped). Throws input_error,
/// naming the line, for a line longer than max_spec_line bytes or more than max_targets
/// specs; it never holds more than one line of that length.
[[nodiscard]] std::vector<std::string> read_specs(std::istream& in);

}  // namespace nettrio
