#include <nettrio/exporter/config.hpp>

#include <nettrio/ping/targets.hpp>
#include <nettrio/report/prometheus.hpp>
#include <nettrio/text/parse.hpp>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fstream>
#include <set>
#include <sstream>

namespace nettrio::exporter {

config_error::config_error(const std::string& file_name, int line_no, const std::string& what)
    : std::runtime_error(line_no > 0 ? fmt::format("{}:{}: {}", file_name, line_no, what)
                                     : fmt::format("{}: {}", file_name, what)),
      file(file_name),
      line(line_no),
      problem(what) {}

std::string_view to_string(probe_kind k) noexcept {
  switch (k) {
    case probe_kind::icmp:
      return "icmp";
    case probe_kind::tcp:
      return "tcp";
    case probe_kind::trace:
      return "trace";
  }
  return "icmp";
}

std::string to_string(const probe_spec& p) {
  if (p.kind == probe_kind::tcp) return fmt::format("tcp:{}", p.port);
  return std::string(to_string(p.kind));
}

bool reserved_label(std::string_view name) noexcept {
  static constexpr std::string_view reserved[] = {"host", "ip",      "source", "tos",     "port",
                                                  "ttl",  "address", "kind",   "hop",     "outcome",
                                                  "le",   "probe",   "job",    "instance"};
  return std::ranges::find(reserved, name) != std::end(reserved);
}

std::optional<std::chrono::milliseconds> parse_duration(std::string_view text) {
  // Go-style sums are not needed: one number and one unit.
  std::size_t i = 0;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.'))
    ++i;
  if (i == 0) return std::nullopt;
  double number = 0;
  const auto num = std::string(text.substr(0, i));
  const auto [p, ec] = std::from_chars(num.data(), num.data() + num.size(), number);
  if (ec != std::errc{} || p != num.data() + num.size() || !(number >= 0)) return std::nullopt;
  const auto unit = text.substr(i);
  double ms = 0;
  if (unit == "ms")
    ms = number;
  else if (unit == "s")
    ms = number * 1e3;
  else if (unit == "m")
    ms = number * 60e3;
  else if (unit == "h")
    ms = number * 3600e3;
  else
    return std::nullopt;
  if (ms > 1e12) return std::nullopt;
  return std::chrono::milliseconds(static_cast<std::int64_t>(ms + 0.5));
}

namespace {

int line_of(const YAML::Node& n) {
  return n.Mark().line >= 0 ? n.Mark().line + 1 : 0;
}

struct reader {
  const std::string& file;

  [[noreturn]] void fail(const YAML::Node& n, const std::string& problem) const {
    throw config_error(file, line_of(n), problem);
  }

  std::string scalar(const YAML::Node& n, std::string_view what) const {
    if (!n.IsScalar()) fail(n, fmt::format("{} must be a single value", what));
    return n.Scalar();
  }

  std::chrono::milliseconds duration(const YAML::Node& n, std::string_view key,
                                     std::chrono::milliseconds min) const {
    const auto text = scalar(n, key);
    const auto d = parse_duration(text);
    if (!d) fail(n, fmt::format("{}: '{}' is not a duration like 500ms, 1s or 5m", key, text));
    if (*d < min)
      fail(n, fmt::format("{}: {} is below the minimum of {}ms", key, text, min.count()));
    return *d;
  }

  std::uint64_t number(const YAML::Node& n, std::string_view key, std::uint64_t min,
                       std::uint64_t max) const {
    const auto text = scalar(n, key);
    std::uint64_t v = 0;
    const auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc{} || p != text.data() + text.size() || v < min || v > max)
      fail(n, fmt::format("{}: '{}' is not a number from {} to {}", key, text, min, max));
    return v;
  }

  probe_protocol method(const YAML::Node& n) const {
    const auto text = scalar(n, "trace_method");
    if (text == "udp") return probe_protocol::udp;
    if (text == "icmp") return probe_protocol::icmp_echo;
    if (text == "tcp") return probe_protocol::tcp;
    fail(n, fmt::format("trace_method: '{}' is not udp, icmp or tcp", text));
  }

  probe_spec probe(const YAML::Node& n) const {
    const auto text = scalar(n, "a probe");
    if (text == "icmp") return {probe_kind::icmp, 0};
    if (text == "trace") return {probe_kind::trace, 0};
    if (text.starts_with("tcp:")) {
      const auto port = parse_port(std::string_view(text).substr(4));
      if (port.result != port_parse::status::ok)
        fail(n, fmt::format("probe '{}': the port must be from 1 to 65535", text));
      return {probe_kind::tcp, port.port};
    }
    fail(n, fmt::format("unknown probe '{}' (icmp, tcp:PORT or trace)", text));
  }
};

// The settings a group inherits from the top level.
struct defaults {
  std::chrono::milliseconds interval{1000};
  std::optional<std::chrono::milliseconds> timeout;
  std::size_t size = 56;
  std::chrono::milliseconds trace_interval{60000};
  probe_protocol method = probe_protocol::udp;
};

constexpr std::chrono::milliseconds min_interval{10};
constexpr std::chrono::milliseconds min_trace_interval{1000};
constexpr std::size_t max_payload = 65000;

std::string lower(std::string s) {
  std::ranges::transform(s, s.begin(),
                         [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

}  // namespace

exporter_config parse_config(std::string_view yaml, const std::string& file) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::Exception& e) {
    throw config_error(file, e.mark.line >= 0 ? e.mark.line + 1 : 0, e.msg);
  }
  const reader rd{file};
  exporter_config cfg;
  cfg.file = file;
  if (!root.IsMap()) throw config_error(file, line_of(root), "expected a mapping with 'targets'");

  defaults def;
  YAML::Node targets;
  bool have_targets = false;
  for (const auto& kv : root) {
    const auto key = kv.first.as<std::string>();
    const auto& v = kv.second;
    if (key == "interval")
      def.interval = rd.duration(v, key, min_interval);
    else if (key == "timeout")
      def.timeout = rd.duration(v, key, std::chrono::milliseconds(1));
    else if (key == "size")
      def.size = rd.number(v, key, 0, max_payload);
    else if (key == "trace_interval")
      def.trace_interval = rd.duration(v, key, min_trace_interval);
    else if (key == "trace_method")
      def.method = rd.method(v);
    else if (key == "resolve_interval")
      cfg.resolve_interval = rd.duration(v, key, std::chrono::milliseconds(1000));
    else if (key == "trace_concurrency")
      cfg.trace_concurrency = rd.number(v, key, 1, 64);
    else if (key == "targets") {
      targets = v;
      have_targets = true;
    } else
      rd.fail(kv.first, fmt::format("unknown key '{}'", key));
  }
  if (!have_targets) throw config_error(file, line_of(root), "no 'targets' list");
  if (!targets.IsSequence()) rd.fail(targets, "'targets' must be a list of groups");

  std::set<std::string> seen_specs;
  std::set<ip_address> seen_addresses;
  std::size_t total = 0;
  for (const auto& g : targets) {
    if (!g.IsMap()) rd.fail(g, "a target group must be a mapping with 'hosts' and 'probes'");
    target_group grp;
    grp.line = line_of(g);
    grp.interval = def.interval;
    grp.size = def.size;
    grp.trace_interval = def.trace_interval;
    grp.trace_method_used = def.method;
    std::optional<std::chrono::milliseconds> timeout = def.timeout;
    YAML::Node hosts, probes;
    bool have_hosts = false, have_probes = false;
    for (const auto& kv : g) {
      const auto key = kv.first.as<std::string>();
      const auto& v = kv.second;
      if (key == "hosts") {
        hosts = v;
        have_hosts = true;
      } else if (key == "probes") {
        probes = v;
        have_probes = true;
      } else if (key == "labels") {
        if (!v.IsMap()) rd.fail(v, "labels must be a mapping like {site: fra1}");
        for (const auto& l : v) {
          const auto name = l.first.as<std::string>();
          if (!report::valid_label_name(name))
            rd.fail(l.first, fmt::format("'{}' is not a valid Prometheus label name", name));
          if (reserved_label(name))
            rd.fail(l.first, fmt::format("label '{}' is set by the exporter itself", name));
          grp.labels[name] = rd.scalar(l.second, "a label value");
        }
      } else if (key == "interval")
        grp.interval = rd.duration(v, key, min_interval);
      else if (key == "timeout")
        timeout = rd.duration(v, key, std::chrono::milliseconds(1));
      else if (key == "size")
        grp.size = rd.number(v, key, 0, max_payload);
      else if (key == "trace_interval")
        grp.trace_interval = rd.duration(v, key, min_trace_interval);
      else if (key == "trace_method")
        grp.trace_method_used = rd.method(v);
      else
        rd.fail(kv.first, fmt::format("unknown key '{}' in a target group", key));
    }
    if (!have_hosts) throw config_error(file, grp.line, "target group without 'hosts'");
    if (!have_probes) throw config_error(file, grp.line, "target group without 'probes'");
    if (!hosts.IsSequence() || hosts.size() == 0)
      rd.fail(hosts, "'hosts' must be a non-empty list");
    if (!probes.IsSequence() || probes.size() == 0)
      rd.fail(probes, "'probes' must be a non-empty list");
    // A reply later than the next probe is still counted, up to 10 s (a timeout of the
    // interval by default, at most 10 s and at least 1 s unless set).
    grp.timeout = timeout.value_or(std::clamp(grp.interval, std::chrono::milliseconds(1000),
                                              std::chrono::milliseconds(10000)));
    for (const auto& p : probes) {
      const auto spec = rd.probe(p);
      if (std::ranges::find(grp.probes, spec) != grp.probes.end())
        rd.fail(p, fmt::format("probe '{}' is listed twice", to_string(spec)));
      grp.probes.push_back(spec);
    }
    for (const auto& h : hosts) {
      const auto spec = rd.scalar(h, "a host");
      if (spec.empty()) rd.fail(h, "empty host");
      if (!seen_specs.insert(lower(spec)).second)
        rd.fail(h, fmt::format("duplicate target '{}'", spec));
      std::vector<ip_address> addresses;
      try {
        const auto n = spec_size(spec);
        total += n;
        if (total > max_targets)
          rd.fail(h, fmt::format("more than {} targets in all", max_targets));
        if (spec.find('/') != std::string::npos)
          addresses = expand_cidr(spec);
        else if (auto a = ip_address::parse(spec))
          addresses.push_back(*a);
        else if (spec.find_first_of(" \t\"'`;") != std::string::npos || spec.size() > 253)
          rd.fail(h, fmt::format("'{}' is neither an address, a CIDR range nor a host name", spec));
      } catch (const input_error& e) {
        rd.fail(h, e.what());
      }
      for (const auto& a : addresses)
        if (!seen_addresses.insert(a).second)
          rd.fail(h, fmt::format("duplicate target: {} is already listed", a.to_string()));
      grp.hosts.push_back(spec);
    }
    cfg.groups.push_back(std::move(grp));
  }
  return cfg;
}

exporter_config load_config(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw config_error(path, 0, "cannot read the file");
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_config(ss.str(), path);
}

}  // namespace nettrio::exporter
