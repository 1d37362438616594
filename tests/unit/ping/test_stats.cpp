#include <nettrio/ping/stats.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

using namespace nettrio;
using namespace std::chrono_literals;

namespace {

// iputils ping (ping_common.c): tmdev = sqrt(tsum2 / n - (tsum / n)^2), over milliseconds.
double iputils_mdev(const std::vector<double>& ms) {
  double sum = 0, sum2 = 0;
  for (double x : ms) {
    sum += x;
    sum2 += x * x;
  }
  const double n = static_cast<double>(ms.size());
  return std::sqrt(sum2 / n - (sum / n) * (sum / n));
}

rtt_accumulator accumulate(const std::vector<double>& ms) {
  rtt_accumulator acc;
  for (double x : ms)
    acc.add(std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::duration<double, std::milli>(x)));
  return acc;
}

}  // namespace

TEST_CASE("rtt_accumulator reports min/avg/max/mdev as iputils ping does", "[ping]") {
  SECTION("1, 2, 3, 4 ms: mean 2.5, mdev sqrt(30/4 - 2.5^2) = sqrt(1.25) = 1.118034 ms") {
    const auto s = accumulate({1, 2, 3, 4}).summary();
    REQUIRE(s);
    CHECK(s->min_ms == Approx(1.0));
    CHECK(s->avg_ms == Approx(2.5));
    CHECK(s->max_ms == Approx(4.0));
    CHECK(s->mdev_ms == Approx(1.118034).epsilon(1e-6));
  }
  SECTION("the article's 0.262, 0.013, 0.007 ms hop") {
    const std::vector<double> ms = {0.262, 0.013, 0.007};
    const auto s = accumulate(ms).summary();
    REQUIRE(s);
    CHECK(s->min_ms == Approx(0.007));
    CHECK(s->max_ms == Approx(0.262));
    CHECK(s->avg_ms == Approx((0.262 + 0.013 + 0.007) / 3));
    // By hand: mean 0.094, mean of squares 0.022954, mdev sqrt(0.022954 - 0.008836) = 0.118819
    CHECK(s->mdev_ms == Approx(0.118819).epsilon(1e-5));
    CHECK(s->mdev_ms == Approx(iputils_mdev(ms)));
  }
  SECTION("identical samples: mdev 0 (to the microsecond iputils prints), never NaN") {
    const auto s = accumulate({0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}).summary();
    REQUIRE(s);
    CHECK(s->mdev_ms == Approx(0.0).margin(1e-6));
    CHECK_FALSE(std::isnan(s->mdev_ms));
  }
  SECTION("one sample") {
    const auto s = accumulate({12.5}).summary();
    REQUIRE(s);
    CHECK(s->min_ms == Approx(12.5));
    CHECK(s->max_ms == Approx(12.5));
    CHECK(s->mdev_ms == Approx(0.0).margin(1e-9));
  }
  SECTION("nothing came back: no summary (iputils prints no rtt line)") {
    rtt_accumulator acc;
    CHECK(acc.count() == 0);
    CHECK_FALSE(acc.summary());
  }
  SECTION("nanosecond inputs keep sub-microsecond precision") {
    rtt_accumulator acc;
    acc.add(1500ns);
    acc.add(2500ns);
    CHECK(acc.count() == 2);
    CHECK(acc.summary()->avg_ms == Approx(0.002));
    CHECK(acc.summary()->mdev_ms == Approx(0.0005));
  }
}

TEST_CASE("loss_percent is (transmitted - received) / transmitted", "[ping]") {
  CHECK(loss_percent(10, 10) == Approx(0.0));
  CHECK(loss_percent(10, 7) == Approx(30.0));
  CHECK(loss_percent(3, 2) == Approx(100.0 / 3));
  CHECK(loss_percent(5, 0) == Approx(100.0));
  CHECK(loss_percent(0, 0) == Approx(0.0));  // nothing sent: no loss, no division by zero
  CHECK(loss_percent(2, 3) == Approx(0.0));  // never negative
}
