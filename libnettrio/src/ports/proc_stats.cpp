// The protocol counters (proc_stats.hpp).

#include <nettrio/ports/proc_stats.hpp>

#include "ports/proc_text.hpp"

#include <charconv>
#include <system_error>

namespace nettrio {

namespace {

std::uint64_t u64(std::string_view s) {
  // strtoull: a leading '-' wraps, as netstat's parse does (counters like Tcp MaxConn -1).
  bool neg = false;
  if (!s.empty() && s.front() == '-') {
    neg = true;
    s.remove_prefix(1);
  }
  std::uint64_t v = 0;
  (void)std::from_chars(s.data(), s.data() + s.size(), v);
  return neg ? ~v + 1 : v;
}

}  // namespace

std::vector<stat_group> parse_snmp_pairs(std::string_view text, bool& malformed) {
  std::vector<stat_group> out;
  std::vector<std::string_view> lines;
  detail::for_each_line(text, [&](std::string_view l) { lines.push_back(l); });
  std::size_t i = 0;
  while (i < lines.size()) {
    const auto names = lines[i++];
    if (names.empty()) continue;
    if (i >= lines.size()) break;
    const auto values = lines[i++];
    const auto sp = names.find(':'), np = values.find(':');
    if (sp == std::string_view::npos || np == std::string_view::npos) {
      malformed = true;
      break;
    }
    stat_group g;
    g.title = std::string(names.substr(0, sp));
    const auto n = detail::split_fields(names.substr(sp + 1));
    const auto v = detail::split_fields(values.substr(np + 1));
    for (std::size_t k = 0; k < n.size(); ++k)
      g.counters.push_back({std::string(n[k]), k < v.size() ? u64(v[k]) : 0});
    out.push_back(std::move(g));
  }
  return out;
}

std::vector<stat_counter> parse_name_values(std::string_view text) {
  std::vector<stat_counter> out;
  detail::for_each_line(text, [&](std::string_view line) {
    const auto f = detail::split_fields(line);
    if (f.empty()) return;
    out.push_back({std::string(f[0]), f.size() > 1 ? u64(f[1]) : 0});
  });
  return out;
}

proc_stats read_proc_stats(const std::string& proc_root) {
  proc_stats s;
  auto read = [&](const char* name, bool& present) -> std::string {
    try {
      auto t = detail::read_proc_text(proc_root + name);
      present = true;
      return t;
    } catch (const std::system_error&) {
      return {};
    }
  };
  bool bad = false;
  s.snmp = parse_snmp_pairs(read("/net/snmp", s.snmp_present), bad);
  s.netstat = parse_snmp_pairs(read("/net/netstat", s.netstat_present), bad);
  s.sctp = parse_name_values(read("/net/sctp/snmp", s.sctp_present));
  s.snmp6 = parse_name_values(read("/net/snmp6", s.snmp6_present));
  return s;
}

}  // namespace nettrio
