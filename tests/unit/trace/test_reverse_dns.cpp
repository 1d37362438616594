#include <nettrio/trace/reverse_dns.hpp>

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace nettrio;
using namespace std::chrono_literals;

namespace {

ip_address addr(const char* text) {
  return *ip_address::parse(text);
}

// A lookup that blocks until opened, counting calls and the most running at once.
struct gate {
  std::mutex mu;
  std::condition_variable cv;
  bool open = false;
  int calls = 0;
  int running = 0;
  int most = 0;

  std::optional<std::string> operator()(const ip_address& a) {
    std::unique_lock lock(mu);
    ++calls;
    most = std::max(most, ++running);
    cv.notify_all();
    cv.wait(lock, [&] { return open; });
    --running;
    return "h" + std::to_string(a.to_v4_uint() & 0xff) + ".example";
  }
  void wait_calls(int n) {
    std::unique_lock lock(mu);
    cv.wait(lock, [&] { return calls >= n; });
  }
  void release() {
    std::lock_guard lock(mu);
    open = true;
    cv.notify_all();
  }
};

}  // namespace

TEST_CASE("reverse_dns gives valid host names only", "[trace]") {
  reverse_dns_options o;
  o.lookup = [](const ip_address& a) -> std::optional<std::string> {
    switch (a.to_v4_uint() & 0xff) {
      case 1:
        return "r1.lab.example";
      case 2:
        return "bad\xffname";
      case 3:
        return "\x1b[8m\nfake";
      case 4:
        return "198.19.9.9";  // a PTR posing as another address
      case 5:
        throw std::runtime_error("resolver broke");
      default:
        return std::nullopt;
    }
  };
  reverse_dns dns(o);
  for (int i = 1; i <= 6; ++i) dns.request(ip_address::v4(0xc6130000u + static_cast<unsigned>(i)));
  dns.wait_idle();
  CHECK(dns.ready(addr("198.19.0.1")) == "r1.lab.example");
  CHECK_FALSE(dns.ready(addr("198.19.0.2")));
  CHECK_FALSE(dns.ready(addr("198.19.0.3")));
  CHECK_FALSE(dns.ready(addr("198.19.0.4")));
  CHECK_FALSE(dns.ready(addr("198.19.0.5")));
  CHECK_FALSE(dns.ready(addr("198.19.0.6")));
  CHECK_FALSE(dns.ready(addr("198.19.0.7")));  // never asked
}

TEST_CASE("reverse_dns runs a fixed pool over a bounded queue", "[trace]") {
  gate g;
  reverse_dns_options o;
  o.workers = 2;
  o.queue_limit = 3;
  o.lookup = std::ref(g);
  reverse_dns dns(o);
  CHECK(dns.workers() == 0);  // started on the first request only
  dns.request(addr("198.19.0.1"));
  dns.request(addr("198.19.0.2"));
  g.wait_calls(2);  // both workers busy
  CHECK(dns.workers() == 2);
  for (int i = 3; i <= 8; ++i) dns.request(ip_address::v4(0xc6130000u + static_cast<unsigned>(i)));
  dns.request(addr("198.19.0.1"));  // already asked: not again
  g.release();
  dns.wait_idle();
  CHECK(g.most == 2);
  CHECK(g.calls == 5);  // 2 running + 3 queued; 198.19.0.6-8 dropped
  CHECK(dns.ready(addr("198.19.0.5")) == "h5.example");
  CHECK_FALSE(dns.ready(addr("198.19.0.6")));
  SECTION("a dropped address is looked up when asked again") {
    dns.request(addr("198.19.0.6"));
    dns.wait_idle();
    CHECK(dns.ready(addr("198.19.0.6")) == "h6.example");
  }
}

TEST_CASE("reverse_dns without workers leaves addresses numeric", "[trace]") {
  // What a trace gets when no thread can start (EAGAIN): no names, no exception.
  reverse_dns_options o;
  o.workers = 0;
  reverse_dns dns(o);
  CHECK_NOTHROW(dns.request(addr("127.0.0.1")));
  dns.wait_idle();
  CHECK(dns.workers() == 0);
  CHECK_FALSE(dns.ready(addr("127.0.0.1")));
}

TEST_CASE("reverse_dns joins its workers and drops queued lookups when destroyed", "[trace]") {
  gate g;
  std::thread opener;
  {
    reverse_dns_options o;
    o.workers = 1;
    o.lookup = std::ref(g);
    reverse_dns dns(o);
    for (int i = 1; i <= 4; ++i)
      dns.request(ip_address::v4(0xc6130000u + static_cast<unsigned>(i)));
    g.wait_calls(1);
    opener = std::thread([&] {
      std::this_thread::sleep_for(50ms);
      g.release();
    });
  }  // waits for the lookup in flight, which ends when the gate opens
  opener.join();
  std::lock_guard lock(g.mu);
  CHECK(g.calls == 1);  // the three queued lookups never ran
  CHECK(g.running == 0);
}

TEST_CASE("reverse_dns resolves loopback through the system resolver", "[trace]") {
  reverse_dns dns;
  dns.request(addr("127.0.0.1"));
  dns.wait_idle();
  const auto name = dns.ready(addr("127.0.0.1"));
  REQUIRE(name);  // /etc/hosts: 127.0.0.1 localhost
  CHECK(!name->empty());
}
