// The classic writers (output_format::iputils, ::fping): iputils ping 20221126's and fping
// 5.1's exact lines for known round trips, so the arithmetic and the spacing are pinned.

#include <nettrio/report/ping.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <sstream>
#include <string>

using namespace nettrio;
using namespace nettrio::report;
using namespace std::chrono_literals;

namespace {

ping_event event(std::size_t target, std::uint16_t seq, probe_status st,
                 std::chrono::nanoseconds rtt = 0ns, const char* from = "192.0.2.2") {
  ping_event ev;
  ev.target_index = target;
  ev.result.sent.sequence = seq;
  ev.result.sent.payload_size = 56;
  ev.result.status = st;
  ev.result.from = *ip_address::parse(from);
  if (st == probe_status::reply) {
    ev.result.rtt = rtt;
    ev.result.reply_ttl = 64;
  }
  return ev;
}

struct written {
  std::string out, err;
};

written run(output_format f, ping_report& r, const std::vector<ping_event>& evs,
            const ping_writer_options& o = {}) {
  std::ostringstream out, err;
  auto w = make_ping_writer(f, out, err, o);
  w->start(r);
  for (const auto& e : evs) w->event(e);
  for (std::size_t i = 0; i < r.targets.size(); ++i) {
    ping_summary s;
    s.dest = r.targets[i];
    s.transmitted = r.options.count;
    r.run.targets.push_back(s);
  }
  w->finish(r);
  return {out.str(), err.str()};
}

}  // namespace

TEST_CASE("iputils writer: replies, statistics in whole microseconds, as iputils") {
  ping_report r;
  r.targets = {target{"192.0.2.2", *ip_address::parse("192.0.2.2")}};
  r.options.count = 3;
  const auto w = run(
      output_format::iputils, r,
      {event(0, 1, probe_status::reply, 45'678ns), event(0, 2, probe_status::reply, 12'345'678ns),
       event(0, 3, probe_status::reply, 123'456'789ns)});
  CHECK(w.out ==
        "PING 192.0.2.2 (192.0.2.2) 56(84) bytes of data.\n"
        "64 bytes from 192.0.2.2: icmp_seq=1 ttl=64 time=0.045 ms\n"
        "64 bytes from 192.0.2.2: icmp_seq=2 ttl=64 time=12.3 ms\n"
        "64 bytes from 192.0.2.2: icmp_seq=3 ttl=64 time=123 ms\n"
        "\n--- 192.0.2.2 ping statistics ---\n"
        "3 packets transmitted, 3 received, 0% packet loss, time 2000ms\n"
        "rtt min/avg/max/mdev = 0.045/45.282/123.456/55.504 ms\n");
  CHECK(w.err.empty());
}

TEST_CASE("iputils writer: 100% loss with errors ends in a blank line; Packet filtered") {
  ping_report r;
  r.targets = {target{"198.51.100.9", *ip_address::parse("198.51.100.9")}};
  r.options.count = 2;
  auto filtered = event(0, 1, probe_status::unreachable, 0ns, "192.0.2.1");
  filtered.result.icmp_type = 3;
  filtered.result.icmp_code = 13;
  const auto w = run(output_format::iputils, r, {filtered, event(0, 2, probe_status::timeout)});
  CHECK(w.out ==
        "PING 198.51.100.9 (198.51.100.9) 56(84) bytes of data.\n"
        "From 192.0.2.1 icmp_seq=1 Packet filtered\n"
        "\n--- 198.51.100.9 ping statistics ---\n"
        "2 packets transmitted, 0 received, +1 errors, 100% packet loss, time 1000ms\n"
        "\n");
}

TEST_CASE("iputils writer: the IPv6 header and NAME (ADDR) from the lookup") {
  ping_report r;
  r.targets = {target{"host6", *ip_address::parse("2001:db8::2")}};
  r.options.count = 1;
  ping_writer_options o;
  o.name_of = [](const ip_address&) { return std::string("host6"); };
  const auto w = run(output_format::iputils, r,
                     {event(0, 1, probe_status::reply, 1'234'567ns, "2001:db8::2")}, o);
  CHECK(w.out.rfind("PING host6(host6 (2001:db8::2)) 56 data bytes\n"
                    "64 bytes from host6 (2001:db8::2): icmp_seq=1 ttl=64 time=1.23 ms\n",
                    0) == 0);
}

TEST_CASE("fping writer: -C values on stderr, padded names, '-' for a loss") {
  ping_report r;
  r.targets = {target{"192.0.2.2", *ip_address::parse("192.0.2.2")},
               target{"a", *ip_address::parse("192.0.2.3")}};
  r.options.count = 2;
  r.many = true;
  ping_writer_options o;
  o.fping = ping_writer_options::fping_mode::matrix;
  o.quiet = true;
  const auto w = run(
      output_format::fping, r,
      {event(0, 1, probe_status::reply, 45'678ns), event(0, 2, probe_status::reply, 12'345'678ns),
       event(1, 1, probe_status::timeout), event(1, 2, probe_status::timeout)},
      o);
  CHECK(w.out.empty());
  CHECK(w.err == "192.0.2.2 : 0.046 12.3\na         : - -\n");
}

TEST_CASE("iputils writer: the MTU of 'Frag needed', 'Packet too big' and a local EMSGSIZE",
          "[pmtu]") {
  ping_report r;
  r.targets = {target{"198.51.100.9", *ip_address::parse("198.51.100.9")}};
  r.options.count = 2;
  auto frag = event(0, 1, probe_status::unreachable, 0ns, "192.0.2.1");
  frag.result.icmp_type = 3;
  frag.result.icmp_code = 4;
  frag.result.mtu = 1400;
  auto local = event(0, 2, probe_status::send_failed);
  local.result.error = std::make_error_code(std::errc::message_size);
  local.result.mtu = 1500;
  const auto w = run(output_format::iputils, r, {frag, local});
  CHECK(w.out ==
        "PING 198.51.100.9 (198.51.100.9) 56(84) bytes of data.\n"
        "From 192.0.2.1 icmp_seq=1 Frag needed and DF set (mtu = 1400)\n"
        "\n--- 198.51.100.9 ping statistics ---\n"
        "2 packets transmitted, 0 received, +2 errors, 100% packet loss, time 1000ms\n"
        "\n");
  CHECK(w.err == "ping: local error: message too long, mtu=1500\n");

  ping_report r6;
  r6.targets = {target{"2001:db8::9", *ip_address::parse("2001:db8::9")}};
  r6.options.count = 1;
  auto big = event(0, 1, probe_status::unreachable, 0ns, "2001:db8::1");
  big.result.icmp_type = 2;
  big.result.mtu = 1280;
  const auto w6 = run(output_format::iputils, r6, {big});
  CHECK(w6.out.find("From 2001:db8::1 icmp_seq=1 Packet too big: mtu=1280\n") != std::string::npos);
}

TEST_CASE("iputils writer: -R, the header's size, RR: lines, (same route), a changed route") {
  ping_report r;
  r.targets = {target{"192.0.2.2", *ip_address::parse("192.0.2.2")}};
  r.options.count = 3;
  const auto rr = [](std::initializer_list<int> tail) {
    std::vector<std::byte> v;
    for (int x : {7, 39}) v.push_back(static_cast<std::byte>(x));
    for (int x : tail) v.push_back(static_cast<std::byte>(x));
    v.resize(40);
    return v;
  };
  auto e1 = event(0, 1, probe_status::reply, 45'000ns);
  e1.result.ip_options = rr({12, 192, 0, 2, 1, 192, 0, 2, 2});
  auto e2 = event(0, 2, probe_status::reply, 45'000ns);
  e2.result.ip_options = e1.result.ip_options;
  auto e3 = event(0, 3, probe_status::reply, 45'000ns);
  e3.result.ip_options = rr({16, 192, 0, 2, 1, 198, 51, 100, 1, 192, 0, 2, 2});
  ping_writer_options o;
  o.ip_options_length = 40;
  const auto w = run(output_format::iputils, r, {e1, e2, e3}, o);
  CHECK(w.out ==
        "PING 192.0.2.2 (192.0.2.2) 56(124) bytes of data.\n"
        "64 bytes from 192.0.2.2: icmp_seq=1 ttl=64 time=0.045 ms\n"
        "RR: \t192.0.2.1\n"
        "\t192.0.2.2\n"
        "\n"
        "64 bytes from 192.0.2.2: icmp_seq=2 ttl=64 time=0.045 ms\t(same route)\n"
        "64 bytes from 192.0.2.2: icmp_seq=3 ttl=64 time=0.045 ms\n"
        "RR: \t192.0.2.1\n"
        "\t198.51.100.1\n"
        "\t192.0.2.2\n"
        "\n"
        "\n--- 192.0.2.2 ping statistics ---\n"
        "3 packets transmitted, 3 received, 0% packet loss, time 2000ms\n"
        "rtt min/avg/max/mdev = 0.045/0.045/0.045/0.000 ms\n");
}

TEST_CASE("iputils writer: -T stamps, relative after the first; NOP; unknown options") {
  ping_report r;
  r.targets = {target{"127.0.0.1", *ip_address::parse("127.0.0.1")}};
  r.options.count = 1;
  auto e = event(0, 1, probe_status::reply, 30'000ns, "127.0.0.1");
  e.result.ip_options = {std::byte{1},    std::byte{68},   std::byte{16}, std::byte{17},
                         std::byte{0x10}, std::byte{0},    std::byte{0},  std::byte{0x03},
                         std::byte{0xe8}, std::byte{0},    std::byte{0},  std::byte{0x03},
                         std::byte{0xf2}, std::byte{0x80}, std::byte{0},  std::byte{0},
                         std::byte{5},    std::byte{0x99}, std::byte{2}};
  ping_writer_options o;
  o.ip_options_length = 40;
  const auto w = run(output_format::iputils, r, {e}, o);
  CHECK(w.out ==
        "PING 127.0.0.1 (127.0.0.1) 56(124) bytes of data.\n"
        "64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=0.030 ms\n"
        "NOP\n"
        "TS: \t1000 absolute\n"
        "\t10\n"
        "\t5 absolute not-standard\n"
        "Unrecorded hops: 1\n"
        "\n"
        "unknown option 99\n"
        "\n--- 127.0.0.1 ping statistics ---\n"
        "1 packets transmitted, 1 received, 0% packet loss, time 0ms\n"
        "rtt min/avg/max/mdev = 0.030/0.030/0.030/0.000 ms\n");
}

TEST_CASE("iputils writer: -A prints ipg/ewma and counts the pipe as iputils does") {
  ping_report r;
  r.targets = {target{"192.0.2.2", *ip_address::parse("192.0.2.2")}};
  r.options.count = 3;
  r.options.adaptive = true;
  r.options.preload = 2;
  std::vector<ping_event> evs;
  for (std::uint16_t k = 1; k <= 3; ++k) {
    auto e = event(0, k, probe_status::reply, 2'000'000ns);
    e.result.sent_at = wall_time{} + std::chrono::milliseconds(2 * k);
    e.transmitted = std::min<std::uint64_t>(k + 1U, 3);  // two out at each reply, then one
    evs.push_back(e);
  }
  const auto w = run(output_format::iputils, r, evs);
  CHECK(w.out ==
        "PING 192.0.2.2 (192.0.2.2) 56(84) bytes of data.\n"
        "64 bytes from 192.0.2.2: icmp_seq=1 ttl=64 time=2.00 ms\n"
        "64 bytes from 192.0.2.2: icmp_seq=2 ttl=64 time=2.00 ms\n"
        "64 bytes from 192.0.2.2: icmp_seq=3 ttl=64 time=2.00 ms\n"
        "\n--- 192.0.2.2 ping statistics ---\n"
        "3 packets transmitted, 3 received, 0% packet loss, time 4ms\n"
        "rtt min/avg/max/mdev = 2.000/2.000/2.000/0.000 ms, pipe 2, ipg/ewma 2.000/2.000 ms\n");
}

TEST_CASE("fping's exit status: 1 while any target never answered, whatever -w and -c say") {
  ping_report r;
  r.options.count = 3;
  r.options.deadline = std::chrono::seconds(5);
  ping_summary answered, once, silent;
  answered.transmitted = once.transmitted = silent.transmitted = 3;
  answered.received = 3;
  once.received = 1;
  r.run.targets = {answered, once};
  CHECK(fping_exit_status(r) == 0);  // one reply is alive for fping (iputils' -w -c wants 3)
  CHECK(exit_status(r) == 1);
  r.run.targets.push_back(silent);
  CHECK(fping_exit_status(r) == 1);
}
