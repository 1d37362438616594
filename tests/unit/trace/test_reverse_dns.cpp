// Reverse lookups on the event_loop: a fake lookup on a manual-time loop (what is kept,
// when callers are called back), then c-ares against a DNS server on loopback that answers
// PTR queries with good, hostile and huge names, NXDOMAIN, or not at all.

#include <nettrio/probe/event_loop.hpp>
#include <nettrio/trace/reverse_dns.hpp>

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <thread>
#include <vector>

using namespace nettrio;
using namespace std::chrono_literals;

namespace {

ip_address addr(const char* text) {
  return *ip_address::parse(text);
}

using clock_type = event_loop::clock;

// A lookup on a manual loop: each name after its delay (virtual time); no entry: never.
struct delayed_names {
  explicit delayed_names(event_loop& l) : loop(l) {}
  event_loop& loop;
  std::map<std::string, std::pair<event_loop::duration, std::optional<std::string>>> table;
  std::vector<event_loop::timer> timers;
  int calls = 0;

  reverse_dns_options options() {
    return {.lookup = [this](const ip_address& a,
                             std::function<void(std::optional<std::string>)> done) {
      ++calls;
      auto it = table.find(a.to_string());
      if (it == table.end()) return;  // never answers
      timers.push_back(
          loop.schedule(it->second.first, [done, name = it->second.second] { done(name); }));
    }};
  }
};

}  // namespace

TEST_CASE("reverse_dns gives valid host names only, as values", "[trace][dns]") {
  event_loop loop(event_loop::manual_time);
  delayed_names fake(loop);
  fake.table = {{"198.19.0.1", {10ms, "r1.lab.example"}},
                {"198.19.0.2", {10ms, "bad\xffname"}},
                {"198.19.0.3", {10ms, "\x1b[8m\nfake"}},
                {"198.19.0.4", {10ms, "198.19.9.9"}},  // a PTR posing as another address
                {"198.19.0.5", {10ms, std::string(300, 'a')}},
                {"198.19.0.6", {10ms, std::nullopt}}};
  reverse_dns dns(loop, fake.options());
  std::map<std::string, std::optional<std::string>> got;
  for (int i = 1; i <= 6; ++i) {
    const auto a = ip_address::v4(0xc6130000u + static_cast<unsigned>(i));
    dns.request(a, [&got, a](const std::optional<std::string>& n) { got[a.to_string()] = n; });
  }
  dns.request(addr("198.19.0.1"));  // asked already: not again
  CHECK(fake.calls == 6);
  CHECK(dns.pending() == 6);
  CHECK_FALSE(dns.finished(addr("198.19.0.1")));
  CHECK(dns.finished(addr("198.19.0.7")));  // never asked: nothing to wait for
  loop.run();
  CHECK(dns.pending() == 0);
  CHECK(dns.ready(addr("198.19.0.1")) == "r1.lab.example");
  CHECK(got["198.19.0.1"] == "r1.lab.example");
  for (const char* a : {"198.19.0.2", "198.19.0.3", "198.19.0.4", "198.19.0.5", "198.19.0.6"}) {
    INFO(a);
    CHECK_FALSE(dns.ready(addr(a)));
    CHECK(got.contains(a));
    CHECK_FALSE(got[a]);
  }
  std::optional<std::string> again;
  dns.request(addr("198.19.0.1"), [&](const std::optional<std::string>& n) { again = n; });
  CHECK(again == "r1.lab.example");  // known: at once
}

TEST_CASE("reverse_dns calls back when the names have come or the limit passed", "[trace][dns]") {
  event_loop loop(event_loop::manual_time);
  delayed_names fake(loop);
  fake.table = {{"198.19.0.1", {300ms, "r1.lab.example"}},
                {"198.19.0.2", {700ms, "r2.lab.example"}}};
  reverse_dns dns(loop, fake.options());
  const auto t0 = loop.now();
  const std::vector<ip_address> both{addr("198.19.0.1"), addr("198.19.0.2")};
  const std::vector<ip_address> with_silent{addr("198.19.0.1"), addr("198.19.0.3")};
  for (const auto& a : both) dns.request(a);
  dns.request(addr("198.19.0.3"));  // never answers
  std::optional<event_loop::duration> all_came, limit, at_once;
  dns.when_done(both, 2000ms, [&] { all_came = loop.now() - t0; });
  dns.when_done(with_silent, 1500ms, [&] { limit = loop.now() - t0; });
  dns.when_done({addr("198.19.0.9")}, 2000ms, [&] { at_once = loop.now() - t0; });
  CHECK(at_once == 0ms);  // nothing asked: nothing to wait for
  loop.run();
  CHECK(all_came == 700ms);
  CHECK(limit == 1500ms);
  CHECK(dns.ready(addr("198.19.0.2")) == "r2.lab.example");
  CHECK_FALSE(dns.finished(addr("198.19.0.3")));
  bool idle = false;
  dns.when_idle(100ms, [&] { idle = true; });
  loop.run();
  CHECK(idle);
}

TEST_CASE("reverse_dns remembers at most max_names addresses", "[trace][dns]") {
  event_loop loop(event_loop::manual_time);
  delayed_names fake(loop);
  auto o = fake.options();
  o.max_names = 2;
  reverse_dns dns(loop, o);
  bool answered = false;
  dns.request(addr("198.19.0.1"));
  dns.request(addr("198.19.0.2"));
  dns.request(addr("198.19.0.3"), [&](const std::optional<std::string>& n) { answered = !n; });
  CHECK(fake.calls == 2);
  CHECK(answered);  // nothing, at once
  CHECK(dns.finished(addr("198.19.0.3")));
}

TEST_CASE("reverse_dns drops its callbacks when destroyed", "[trace][dns]") {
  event_loop loop(event_loop::manual_time);
  delayed_names fake(loop);
  fake.table = {{"198.19.0.1", {300ms, "r1.lab.example"}}};
  bool called = false;
  {
    reverse_dns dns(loop, fake.options());
    dns.request(addr("198.19.0.1"), [&](const std::optional<std::string>&) { called = true; });
    dns.when_done({addr("198.19.0.1")}, 1s, [&] { called = true; });
  }
  loop.run();  // the name comes after the end: nobody is told
  CHECK_FALSE(called);
}

namespace {

// A DNS server on loopback (UDP, one thread) answering PTR queries from a table of raw
// names (labels of any bytes): an entry answers with that name, "NX" with NXDOMAIN, and a
// name not in the table is never answered.
class ptr_server {
 public:
  explicit ptr_server(std::map<std::string, std::vector<std::string>> table)
      : table_(std::move(table)) {
    fd_ = ::socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(fd_, reinterpret_cast<sockaddr*>(&sa), sizeof sa) == 0);
    socklen_t len = sizeof sa;
    ::getsockname(fd_, reinterpret_cast<sockaddr*>(&sa), &len);
    port_ = ntohs(sa.sin_port);
    thread_ = std::thread([this] { run(); });
  }
  ~ptr_server() {
    stop_ = true;
    thread_.join();
    ::close(fd_);
  }
  ptr_server(const ptr_server&) = delete;
  ptr_server& operator=(const ptr_server&) = delete;

  [[nodiscard]] std::uint16_t port() const { return port_; }
  [[nodiscard]] int queries() const { return queries_; }

 private:
  void run() {
    while (!stop_) {
      pollfd p{fd_, POLLIN, 0};
      if (::poll(&p, 1, 20) <= 0) continue;
      std::uint8_t q[512];
      sockaddr_in from{};
      socklen_t flen = sizeof from;
      const auto n = ::recvfrom(fd_, q, sizeof q, 0, reinterpret_cast<sockaddr*>(&from), &flen);
      if (n < 17) continue;
      ++queries_;
      // The question's name, as dotted text.
      std::string qname;
      std::size_t i = 12;
      while (i < static_cast<std::size_t>(n) && q[i] != 0) {
        if (!qname.empty()) qname += '.';
        qname.append(reinterpret_cast<const char*>(q + i + 1), q[i]);
        i += 1 + q[i];
      }
      const std::size_t question_end = i + 5;  // the 0, type, class
      if (question_end > static_cast<std::size_t>(n)) continue;
      auto it = table_.find(qname);
      if (it == table_.end()) continue;  // silent
      const bool nx = it->second == std::vector<std::string>{"NX"};
      std::vector<std::uint8_t> r(q, q + question_end);
      r[2] = 0x81;              // QR, RD
      r[3] = nx ? 0x83 : 0x80;  // RA, rcode
      r[6] = 0;                 // ancount
      r[7] = nx ? 0 : 1;
      r[8] = r[9] = r[10] = r[11] = 0;
      if (!nx) {
        std::vector<std::uint8_t> rdata;
        for (const auto& label : it->second) {
          rdata.push_back(static_cast<std::uint8_t>(label.size()));
          rdata.insert(rdata.end(), label.begin(), label.end());
        }
        rdata.push_back(0);
        const std::uint8_t rr[] = {0xc0,
                                   0x0c,
                                   0,
                                   12,
                                   0,
                                   1,
                                   0,
                                   0,
                                   0,
                                   60,
                                   static_cast<std::uint8_t>(rdata.size() >> 8),
                                   static_cast<std::uint8_t>(rdata.size() & 0xff)};
        r.insert(r.end(), std::begin(rr), std::end(rr));
        r.insert(r.end(), rdata.begin(), rdata.end());
      }
      ::sendto(fd_, r.data(), r.size(), 0, reinterpret_cast<sockaddr*>(&from), flen);
    }
  }

  std::map<std::string, std::vector<std::string>> table_;
  int fd_ = -1;
  std::uint16_t port_ = 0;
  std::atomic<bool> stop_{false};
  std::atomic<int> queries_{0};
  std::thread thread_;
};

}  // namespace

TEST_CASE("reverse_dns asks c-ares on the loop: good, hostile, huge, absent names",
          "[trace][dns]") {
  const std::string label63(63, 'x');
  ptr_server server({
      {"1.0.19.198.in-addr.arpa", {"r1", "lab", "example"}},
      {"2.0.19.198.in-addr.arpa", {"evil\x1b[2J", "\nfake", "example"}},
      {"3.0.19.198.in-addr.arpa", {label63, label63, label63, std::string(61, 'y')}},
      {"6.0.19.198.in-addr.arpa", {label63, label63, label63, std::string(62, 'y')}},
      {"4.0.19.198.in-addr.arpa", {"NX"}},
      {"1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa",
       {"r6", "lab", "example"}},
      // 198.19.0.5: not in the table, never answered
  });
  event_loop loop;
  reverse_dns dns(
      loop, {.servers = {addr("127.0.0.1")}, .port = server.port(), .timeout = 400ms, .tries = 1});
  std::vector<ip_address> all;
  for (const char* a : {"198.19.0.1", "198.19.0.2", "198.19.0.3", "198.19.0.4", "198.19.0.5",
                        "198.19.0.6", "2001:db8::1"}) {
    all.push_back(addr(a));
    dns.request(all.back());
  }
  const auto t0 = clock_type::now();
  dns.when_done(all, 10s, [&] { loop.stop(); });
  loop.run();
  const auto took = clock_type::now() - t0;
  CHECK(took < 5s);  // the silent one ends with c-ares' timeout (0.4 s), not the limit
  CHECK(dns.pending() == 0);
  CHECK(dns.ready(addr("198.19.0.1")) == "r1.lab.example");
  CHECK(dns.ready(addr("2001:db8::1")) == "r6.lab.example");
  CHECK_FALSE(dns.ready(addr("198.19.0.2")));  // control characters: not a host name
  // The longest host name (253 characters) is one; a character more is not.
  CHECK(dns.ready(addr("198.19.0.3")) ==
        label63 + "." + label63 + "." + label63 + "." + std::string(61, 'y'));
  CHECK_FALSE(dns.ready(addr("198.19.0.6")));
  CHECK_FALSE(dns.ready(addr("198.19.0.4")));  // NXDOMAIN
  CHECK_FALSE(dns.ready(addr("198.19.0.5")));  // silent
  CHECK(server.queries() >= 7);
}

TEST_CASE("reverse_dns: the caller's limit holds when the server never answers", "[trace][dns]") {
  ptr_server server({});  // answers nothing
  event_loop loop;
  reverse_dns dns(
      loop, {.servers = {addr("127.0.0.1")}, .port = server.port(), .timeout = 5s, .tries = 2});
  dns.request(addr("198.19.0.1"));
  const auto t0 = clock_type::now();
  bool limit = false;
  dns.when_done({addr("198.19.0.1")}, 300ms, [&] {
    limit = true;
    loop.stop();
  });
  loop.run();
  CHECK(limit);
  CHECK(clock_type::now() - t0 < 3s);  // 0.3 s, not c-ares' 10 s
  CHECK_FALSE(dns.finished(addr("198.19.0.1")));
  CHECK(dns.pending() == 1);
}
