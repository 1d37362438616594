#include <nettrio/ping/targets.hpp>

#include <nettrio/text/sanitize.hpp>

#include "../sockaddr.hpp"

#include <fmt/format.h>

#include <netdb.h>
#include <sys/socket.h>

#include <algorithm>
#include <charconv>
#include <unordered_set>

namespace nettrio {

namespace {

struct cidr_block {
  ip_address base;
  unsigned prefix;
  unsigned host_bits;
};

cidr_block parse_cidr(std::string_view cidr) {
  const auto slash = cidr.find('/');
  const auto base = ip_address::parse(cidr.substr(0, slash));
  const auto bits_text =
      slash == std::string_view::npos ? std::string_view{} : cidr.substr(slash + 1);
  unsigned prefix = 0;
  auto [p, ec] = std::from_chars(bits_text.data(), bits_text.data() + bits_text.size(), prefix);
  const unsigned width = base && base->is_v4() ? 32 : 128;
  if (!base || bits_text.empty() || ec != std::errc{} || p != bits_text.data() + bits_text.size() ||
      prefix > width)
    throw input_error(
        fmt::format("bad CIDR range '{}': expected ADDRESS/PREFIX like 198.18.0.0/24", cidr));
  const unsigned host_bits = width - prefix;
  if (host_bits > 20)
    throw input_error(
        fmt::format("range '{}' is too large ({} addresses); the limit is 2^20, split it", cidr,
                    host_bits >= 64 ? std::string("2^") + std::to_string(host_bits)
                                    : std::to_string(1ULL << host_bits)));
  return {*base, prefix, host_bits};
}

// IPv4 blocks of 4 addresses or more skip the network and broadcast addresses.
std::size_t block_size(const cidr_block& b) {
  const std::size_t count = std::size_t{1} << b.host_bits;
  return b.base.is_v4() && b.host_bits >= 2 ? count - 2 : count;
}

}  // namespace

std::size_t spec_size(std::string_view spec) {
  if (spec.find('/') == std::string_view::npos) return 1;
  return block_size(parse_cidr(spec));
}

std::vector<ip_address> expand_cidr(std::string_view cidr) {
  const auto [base, prefix, host_bits] = parse_cidr(cidr);
  std::vector<ip_address> out;
  const std::size_t count = std::size_t{1} << host_bits;
  if (base.is_v4()) {
    const std::uint32_t mask = prefix == 0 ? 0 : ~std::uint32_t{0} << host_bits;
    const std::uint32_t net = base.to_v4_uint() & mask;
    const bool skip_ends = host_bits >= 2;
    out.reserve(count);
    for (std::size_t i = skip_ends ? 1 : 0; i < (skip_ends ? count - 1 : count); ++i)
      out.push_back(ip_address::v4(net + static_cast<std::uint32_t>(i)));
  } else {
    auto bytes = base.bytes();
    // Clear the host bits (at most 20, so within the last three bytes).
    for (unsigned b = 0; b < host_bits; ++b)
      bytes[15 - b / 8] &= static_cast<std::uint8_t>(~(1U << (b % 8)));
    out.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
      auto a = bytes;
      std::uint32_t carry = static_cast<std::uint32_t>(i);
      for (int k = 15; k >= 0 && carry; --k) {
        const std::uint32_t v = a[static_cast<std::size_t>(k)] + (carry & 0xff);
        a[static_cast<std::size_t>(k)] = static_cast<std::uint8_t>(v);
        carry = (carry >> 8) + (v >> 8);
      }
      out.push_back(ip_address::v6_bytes(a.data()));
    }
  }
  return out;
}

std::vector<target> resolve_spec(const std::string& spec, std::optional<ip_family> family) {
  if (spec.empty()) throw input_error("empty target");
  // getaddrinfo would stop at a NUL and resolve a shorter name; no name holds a control.
  if (std::any_of(spec.begin(), spec.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 || u == 0x7f;
      }))
    throw input_error(
        fmt::format("bad target '{}': it holds control characters; give one host, address or range",
                    sanitize(spec)));
  if (spec.find('/') != std::string::npos) {
    std::vector<target> out;
    for (const auto& a : expand_cidr(spec)) {
      if (family && a.family() != *family)
        throw input_error(
            fmt::format("range '{}' is not IPv{}", spec, *family == ip_family::v4 ? 4 : 6));
      out.push_back({a.to_string(), a});
    }
    return out;
  }
  if (auto a = ip_address::parse(spec)) {
    if (family && a->family() != *family)
      throw input_error(
          fmt::format("'{}' is not an IPv{} address", spec, *family == ip_family::v4 ? 4 : 6));
    return {{spec, *a}};
  }
  addrinfo hints{};
  hints.ai_family = !family ? AF_UNSPEC : (*family == ip_family::v4 ? AF_INET : AF_INET6);
  hints.ai_socktype = SOCK_DGRAM;
  addrinfo* res = nullptr;
  const int rc = ::getaddrinfo(spec.c_str(), nullptr, &hints, &res);
  if (rc != 0 || !res)
    throw input_error(fmt::format("unknown host '{}': {}; check the name or use an address", spec,
                                  ::gai_strerror(rc)));
  std::optional<ip_address> first;
  for (auto* ai = res; ai && !first; ai = ai->ai_next) {
    first = detail::from_sockaddr(ai->ai_addr);
  }
  ::freeaddrinfo(res);
  if (!first) throw input_error(fmt::format("unknown host '{}': no usable address", spec));
  return {{spec, *first}};
}

std::vector<target> resolve_specs(const std::vector<std::string>& specs,
                                  std::optional<ip_family> family) {
  std::size_t total = 0;
  for (const auto& spec : specs) {
    total += spec_size(spec);  // each at most 2^20: no overflow before the check
    if (total > max_targets)
      throw input_error(fmt::format(
          "too many targets: the {} names, addresses and ranges given stand for more than {} "
          "addresses, the limit of one run; split them into several runs",
          specs.size(), max_targets));
  }
  // One spec repeats no address (a range expands to distinct ones): no set to fill then.
  if (specs.size() == 1) return resolve_spec(specs.front(), family);
  std::vector<target> out;
  out.reserve(total);
  std::unordered_set<ip_address> seen;
  seen.reserve(total);
  for (const auto& spec : specs)
    for (auto& t : resolve_spec(spec, family))
      if (seen.insert(t.address).second) out.push_back(std::move(t));
  return out;
}

std::vector<std::string> read_specs(std::istream& in) {
  std::vector<std::string> out;
  std::string line;
  auto* buf = in.rdbuf();
  using traits = std::istream::traits_type;
  for (std::size_t number = 1; buf; ++number) {
    // By hand rather than std::getline, which would hold a line of any length in memory.
    line.clear();
    bool end = false;
    for (;;) {
      const auto c = buf->sbumpc();
      if (traits::eq_int_type(c, traits::eof())) {
        end = true;
        break;
      }
      if (traits::to_char_type(c) == '\n') break;
      if (line.size() == max_spec_line)
        throw input_error(fmt::format(
            "line {} is longer than {} bytes; a target file holds one host, address or range "
            "per line",
            number, max_spec_line));
      line.push_back(traits::to_char_type(c));
    }
    if (auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    const auto b = line.find_first_not_of(" \t\r");
    if (b != std::string::npos) {
      if (out.size() == max_targets)
        throw input_error(fmt::format(
            "more than {} targets (line {}), the limit of one run; split the list into several "
            "files",
            max_targets, number));
      const auto e = line.find_last_not_of(" \t\r");
      out.push_back(line.substr(b, e - b + 1));
    }
    if (end) break;
  }
  in.setstate(std::ios::eofbit);
  return out;
}

}  // namespace nettrio
