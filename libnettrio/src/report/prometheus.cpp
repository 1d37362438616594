#include <nettrio/report/prometheus.hpp>

#include <fmt/format.h>

#include <cmath>
#include <limits>

namespace nettrio::report {

std::string_view to_string(metric_type t) noexcept {
  switch (t) {
    case metric_type::counter:
      return "counter";
    case metric_type::gauge:
      return "gauge";
    case metric_type::histogram:
      return "histogram";
    case metric_type::untyped:
      return "untyped";
  }
  return "untyped";
}

histogram_value::histogram_value(std::vector<double> bounds)
    : upper_bounds(std::move(bounds)), bucket_counts(upper_bounds.size(), 0) {}

void histogram_value::observe(double v) noexcept {
  ++count;
  sum += v;
  for (std::size_t i = 0; i < upper_bounds.size(); ++i) {
    if (v <= upper_bounds[i]) {
      ++bucket_counts[i];
      return;
    }
  }
}

metric_family& metric_family::add(metric_labels labels, double value) {
  samples.push_back({std::move(labels), value, std::nullopt});
  return *this;
}

metric_family& metric_family::add(metric_labels labels, histogram_value h) {
  samples.push_back({std::move(labels), 0, std::move(h)});
  return *this;
}

namespace {

bool name_char(char c, bool first, bool colon) noexcept {
  const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  if (alpha || (colon && c == ':')) return true;
  return !first && c >= '0' && c <= '9';
}

std::string escape_help(std::string_view v) {
  std::string out;
  out.reserve(v.size());
  for (char c : v) {
    if (c == '\\')
      out += "\\\\";
    else if (c == '\n')
      out += "\\n";
    else
      out += c;
  }
  return out;
}

void write_labels(std::string& out, const metric_labels& labels,
                  const std::pair<std::string_view, std::string>* extra = nullptr) {
  if (labels.empty() && extra == nullptr) return;
  out += '{';
  bool first = true;
  for (const auto& [k, v] : labels) {
    if (!first) out += ',';
    first = false;
    out += k;
    out += "=\"";
    out += escape_label_value(v);
    out += '"';
  }
  if (extra != nullptr) {
    if (!first) out += ',';
    out += extra->first;
    out += "=\"";
    out += extra->second;
    out += '"';
  }
  out += '}';
}

}  // namespace

bool valid_metric_name(std::string_view name) noexcept {
  if (name.empty()) return false;
  for (std::size_t i = 0; i < name.size(); ++i)
    if (!name_char(name[i], i == 0, true)) return false;
  return true;
}

bool valid_label_name(std::string_view name) noexcept {
  if (name.empty() || name.starts_with("__")) return false;
  for (std::size_t i = 0; i < name.size(); ++i)
    if (!name_char(name[i], i == 0, false)) return false;
  return true;
}

std::string format_metric_value(double v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "+Inf" : "-Inf";
  if (v == std::floor(v) && std::fabs(v) < 1e15)
    return fmt::format("{}", static_cast<long long>(v));
  return fmt::format("{}", v);  // shortest representation that reads back exactly
}

std::string escape_label_value(std::string_view v) {
  std::string out;
  out.reserve(v.size());
  for (char c : v) {
    if (c == '\\')
      out += "\\\\";
    else if (c == '"')
      out += "\\\"";
    else if (c == '\n')
      out += "\\n";
    else
      out += c;
  }
  return out;
}

void append_prometheus(std::string& out, const metric_family& f, bool header) {
  {
    if (header)
      out += fmt::format("# HELP {} {}\n# TYPE {} {}\n", f.name, escape_help(f.help), f.name,
                         to_string(f.type));
    for (const auto& s : f.samples) {
      if (f.type == metric_type::histogram && s.histogram) {
        const auto& h = *s.histogram;
        std::uint64_t cumulative = 0;
        for (std::size_t i = 0; i < h.upper_bounds.size(); ++i) {
          cumulative += h.bucket_counts[i];
          const std::pair<std::string_view, std::string> le{"le",
                                                            format_metric_value(h.upper_bounds[i])};
          out += f.name;
          out += "_bucket";
          write_labels(out, s.labels, &le);
          out += fmt::format(" {}\n", cumulative);
        }
        const std::pair<std::string_view, std::string> inf{"le", "+Inf"};
        out += f.name;
        out += "_bucket";
        write_labels(out, s.labels, &inf);
        out += fmt::format(" {}\n", h.count);
        out += f.name;
        out += "_sum";
        write_labels(out, s.labels);
        out += ' ' + format_metric_value(h.sum) + '\n';
        out += f.name;
        out += "_count";
        write_labels(out, s.labels);
        out += fmt::format(" {}\n", h.count);
        continue;
      }
      out += f.name;
      write_labels(out, s.labels);
      out += ' ' + format_metric_value(s.value) + '\n';
    }
  }
}

std::string write_prometheus(const std::vector<metric_family>& families) {
  std::string out;
  for (const auto& f : families) append_prometheus(out, f);
  return out;
}

}  // namespace nettrio::report
