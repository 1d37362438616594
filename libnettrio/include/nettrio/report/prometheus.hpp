#pragma once
// The Prometheus text exposition format (version 0.0.4): a small typed model of metric
// families and the writer for it. Whoever exports metrics builds families of samples; the
// writer escapes, orders nothing and formats numbers as Prometheus parses them.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nettrio::report {

enum class metric_type : std::uint8_t { counter, gauge, histogram, untyped };
[[nodiscard]] std::string_view to_string(metric_type t) noexcept;

/// Label name and value, in the order written.
using metric_labels = std::vector<std::pair<std::string, std::string>>;

/// A histogram sample: `bucket_counts[i]` observations <= `upper_bounds[i]` (not cumulative;
/// the writer sums), plus those above the last bound, which only `count` holds.
struct histogram_value {
  std::vector<double> upper_bounds;
  std::vector<std::uint64_t> bucket_counts;
  std::uint64_t count = 0;
  double sum = 0;

  explicit histogram_value(std::vector<double> bounds = {});
  void observe(double v) noexcept;
};

struct metric_sample {
  metric_labels labels;
  double value = 0;                          // counter, gauge, untyped
  std::optional<histogram_value> histogram;  // histogram families only
};

struct metric_family {
  std::string name;
  std::string help;
  metric_type type = metric_type::gauge;
  std::vector<metric_sample> samples;

  /// Adds a counter/gauge sample.
  metric_family& add(metric_labels labels, double value);
  /// Adds a histogram sample.
  metric_family& add(metric_labels labels, histogram_value h);
};

/// [a-zA-Z_:][a-zA-Z0-9_:]*
[[nodiscard]] bool valid_metric_name(std::string_view name) noexcept;
/// [a-zA-Z_][a-zA-Z0-9_]*, not starting with "__" (reserved).
[[nodiscard]] bool valid_label_name(std::string_view name) noexcept;

/// A number as the format writes it: integers without a fraction, "+Inf", "-Inf", "NaN".
[[nodiscard]] std::string format_metric_value(double v);
/// Label value escaping: backslash, double quote and newline.
[[nodiscard]] std::string escape_label_value(std::string_view v);

/// Appends one family in the text format (HELP, TYPE, samples) to `out`; without the
/// header, only its samples (a family written in several parts).
void append_prometheus(std::string& out, const metric_family& family, bool header = true);

/// The families in the text format, in the order given; families without samples still
/// get their HELP and TYPE lines.
[[nodiscard]] std::string write_prometheus(const std::vector<metric_family>& families);

/// The Content-Type of that text.
inline constexpr std::string_view prometheus_content_type =
    "text/plain; version=0.0.4; charset=utf-8";

}  // namespace nettrio::report
