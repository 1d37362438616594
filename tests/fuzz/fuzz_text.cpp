// libFuzzer target for what turns outside text into output or targets: the sanitiser and
// host-name check (text/sanitize), the target-spec parsers (spec_size, expand_cidr,
// read_specs), address parsing, and JSON dumped with the replace handler as every writer
// does it.
//
// Input: byte 0 picks the function (mod 6), the rest is the text.
// Invariants:
//  - sanitize: the result is clean (is_clean), holds no C0 byte or DEL, and sanitising it
//    again changes nothing; clean input comes back unchanged;
//  - is_hostname: a host name is clean, at most 253 bytes, and not an address;
//  - spec_size / expand_cidr: they agree on the size of any range small enough to expand,
//    and both refuse exactly the same malformed text;
//  - read_specs: no spec is blank, a comment, or longer than max_spec_line;
//  - ip_address: parse(to_string(parse(x))) == parse(x);
//  - JSON: dump with error_handler_t::replace never throws and parses back to a string;
//  - CLI values (text/parse): seconds are finite and within +-1e6, ports 1..65535 and
//    print back as the digits they came from, HOST:PORT splits give back their parts.
// Target-file lines and process names reach the text writers only through sanitize; the
// writers themselves live in apps/ and are covered by the lab's hostile-name tests.

#include <nettrio/address.hpp>
#include <nettrio/ping/targets.hpp>
#include <nettrio/text/parse.hpp>
#include <nettrio/text/sanitize.hpp>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

namespace {

using namespace nettrio;

void require(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz_text: invariant violated: %s\n", what);
  std::abort();
}

void check_sanitize(std::string_view s) {
  const auto out = sanitize(s);
  require(is_clean(out), "sanitize gave text that is not clean");
  for (const char c : out) {
    const auto u = static_cast<unsigned char>(c);
    require(u >= 0x20 && u != 0x7f, "a C0 control or DEL survived");
  }
  require(sanitize(out) == out, "sanitize is not idempotent");
  if (is_clean(s)) require(out == s, "clean text was changed");
}

void check_hostname(std::string_view s) {
  if (!is_hostname(s)) return;
  require(is_clean(s), "a host name needs escaping");
  require(s.size() >= 1 && s.size() <= 253, "host name length out of 1..253");
  require(!ip_address::parse(std::string(s)), "an address passed as a host name");
}

void check_specs(std::string_view s) {
  std::size_t n = 0;
  bool size_ok = true;
  try {
    n = spec_size(s);
  } catch (const input_error&) {
    size_ok = false;
  }
  if (s.find('/') == std::string_view::npos) return;
  if (size_ok && n > 4096) return;  // valid, but too many to expand on every input
  try {
    const auto v = expand_cidr(s);
    require(size_ok, "expand_cidr took a range spec_size refused");
    require(v.size() == n, "expand_cidr and spec_size disagree on the size");
  } catch (const input_error&) {
    require(!size_ok, "expand_cidr refused a range spec_size took");
  }
}

void check_read_specs(std::string_view s) {
  std::istringstream in{std::string(s)};
  try {
    for (const auto& spec : read_specs(in)) {
      require(!spec.empty() && spec.front() != '#', "a blank line or comment came out");
      require(spec.size() <= max_spec_line, "a spec longer than max_spec_line");
    }
  } catch (const input_error&) {
  }
}

void check_address(std::string_view s) {
  const auto a = ip_address::parse(std::string(s));
  if (!a) return;
  const auto b = ip_address::parse(a->to_string());
  require(b && *b == *a, "an address does not survive to_string and parse");
}

void check_json(std::string_view s) {
  nlohmann::json j = {{"name", std::string(s)}, {"notes", {std::string(s)}}};
  std::string text;
  try {
    text = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  } catch (...) {
    require(false, "a JSON dump with the replace handler threw");
  }
  const auto back = nlohmann::json::parse(text, nullptr, false);
  require(!back.is_discarded() && back["name"].is_string(), "dumped JSON does not parse back");
}

void check_values(std::string_view s) {
  if (const auto v = parse_seconds(s))
    require(std::isfinite(*v) && *v <= 1e6 && *v >= -1e6, "seconds out of range");
  const auto p = parse_port(s);
  if (p.result == port_parse::status::ok) {
    require(p.port >= 1, "port 0 accepted");
    const auto digits = s.find_first_not_of('0');
    require(
        std::to_string(p.port) == s.substr(digits == std::string_view::npos ? s.size() : digits),
        "a port is not the digits it came from");
  }
  const auto hp = split_host_port(s);
  if (hp.error == host_port::problem::none && hp.port) {
    const auto port_text = std::to_string(*hp.port);
    require(s.size() > port_text.size() && s.substr(s.size() - port_text.size()) == port_text,
            "the port is not the end of the spec");
    require(s.find(hp.host) != std::string_view::npos, "the host is not part of the spec");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  switch (data[0] % 6) {
    case 0:
      check_sanitize(text);
      break;
    case 1:
      check_hostname(text);
      check_address(text);
      break;
    case 2:
      check_specs(text);
      break;
    case 3:
      check_read_specs(text);
      break;
    case 4:
      check_json(text);
      break;
    default:
      check_values(text);
      break;
  }
  return 0;
}
