#include <nettrio/report/prometheus.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace nettrio::report;

TEST_CASE("prometheus: counters, gauges and escaping", "[exporter][prometheus]") {
  std::vector<metric_family> fams;
  fams.push_back(
      {"smokeping_requests_total", "Number of ping requests sent", metric_type::counter, {}});
  fams.back().add({{"host", "db1"}, {"ip", "198.18.0.1"}}, 42);
  fams.push_back({"nettrio_info", "Help with \\ and\nnewline", metric_type::gauge, {}});
  fams.back().add({{"error", "a \"quoted\" \\ path\nline"}}, 0.25);
  fams.push_back({"empty_family", "none yet", metric_type::gauge, {}});
  CHECK(write_prometheus(fams) ==
        "# HELP smokeping_requests_total Number of ping requests sent\n"
        "# TYPE smokeping_requests_total counter\n"
        "smokeping_requests_total{host=\"db1\",ip=\"198.18.0.1\"} 42\n"
        "# HELP nettrio_info Help with \\\\ and\\nnewline\n"
        "# TYPE nettrio_info gauge\n"
        "nettrio_info{error=\"a \\\"quoted\\\" \\\\ path\\nline\"} 0.25\n"
        "# HELP empty_family none yet\n"
        "# TYPE empty_family gauge\n");
}

TEST_CASE("prometheus: histograms are cumulative with +Inf, sum and count",
          "[exporter][prometheus]") {
  histogram_value h({0.001, 0.01, 0.1});
  h.observe(0.0005);
  h.observe(0.005);
  h.observe(0.007);
  h.observe(2);
  std::vector<metric_family> fams{{"rtt_seconds", "rtt", metric_type::histogram, {}}};
  fams.back().add({{"host", "a"}}, h);
  fams.back().add({}, histogram_value({1}));
  CHECK(write_prometheus(fams) ==
        "# HELP rtt_seconds rtt\n"
        "# TYPE rtt_seconds histogram\n"
        "rtt_seconds_bucket{host=\"a\",le=\"0.001\"} 1\n"
        "rtt_seconds_bucket{host=\"a\",le=\"0.01\"} 3\n"
        "rtt_seconds_bucket{host=\"a\",le=\"0.1\"} 3\n"
        "rtt_seconds_bucket{host=\"a\",le=\"+Inf\"} 4\n"
        "rtt_seconds_sum{host=\"a\"} 2.0125\n"
        "rtt_seconds_count{host=\"a\"} 4\n"
        "rtt_seconds_bucket{le=\"1\"} 0\n"
        "rtt_seconds_bucket{le=\"+Inf\"} 0\n"
        "rtt_seconds_sum 0\n"
        "rtt_seconds_count 0\n");
}

TEST_CASE("prometheus: numbers as Prometheus parses them", "[exporter][prometheus]") {
  CHECK(format_metric_value(0) == "0");
  CHECK(format_metric_value(3) == "3");
  CHECK(format_metric_value(-7) == "-7");
  CHECK(format_metric_value(0.1) == "0.1");
  CHECK(format_metric_value(5e-05) == "5e-05");
  CHECK(format_metric_value(1e20) == "1e+20");
  CHECK(format_metric_value(std::numeric_limits<double>::infinity()) == "+Inf");
  CHECK(format_metric_value(-std::numeric_limits<double>::infinity()) == "-Inf");
  CHECK(format_metric_value(std::nan("")) == "NaN");
}

TEST_CASE("prometheus: names", "[exporter][prometheus]") {
  CHECK(valid_metric_name("smokeping_requests_total"));
  CHECK(valid_metric_name("a:b_c"));
  CHECK_FALSE(valid_metric_name("9lives"));
  CHECK_FALSE(valid_metric_name(""));
  CHECK_FALSE(valid_metric_name("a-b"));
  CHECK(valid_label_name("site"));
  CHECK(valid_label_name("_x1"));
  CHECK_FALSE(valid_label_name("__name__"));
  CHECK_FALSE(valid_label_name("a:b"));
  CHECK_FALSE(valid_label_name("1a"));
}
