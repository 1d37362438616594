#include <nettrio/report/ping.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <sstream>
#include <string>

using namespace nettrio;
using namespace nettrio::report;
using namespace std::chrono_literals;

namespace {

ip_address addr(const char* text) {
  return *ip_address::parse(text);
}

// A reply to echo probe `seq` (payload 56) after `rtt`.
ping_event echo_reply(std::size_t target, std::uint16_t seq, const char* from,
                      std::chrono::nanoseconds rtt, int ttl = 64) {
  ping_event ev;
  ev.target_index = target;
  ev.result.sent.protocol = probe_protocol::icmp_echo;
  ev.result.sent.sequence = seq;
  ev.result.sent.payload_size = 56;
  ev.result.status = probe_status::reply;
  ev.result.from = addr(from);
  ev.result.rtt = rtt;
  ev.result.reply_ttl = ttl;
  return ev;
}

ping_event timeout(std::size_t target, std::uint16_t seq) {
  ping_event ev;
  ev.target_index = target;
  ev.result.sent.sequence = seq;
  ev.result.sent.payload_size = 56;
  ev.result.status = probe_status::timeout;
  return ev;
}

ping_summary summary(const target& t, std::uint64_t sent, std::uint64_t received,
                     std::optional<rtt_summary> rtt = std::nullopt) {
  ping_summary s;
  s.dest = t;
  s.transmitted = sent;
  s.received = received;
  s.rtt = rtt;
  return s;
}

// Runs a writer over a report and its events, as ping_cmd does.
struct written {
  std::string out, err;
};
written write(output_format f, ping_report& r, const std::vector<ping_event>& events, ping_run run,
              const ping_writer_options& o = {}) {
  std::ostringstream out, err;
  auto w = make_ping_writer(f, out, err, o);
  w->start(r);
  for (const auto& ev : events) w->event(ev);
  r.run = std::move(run);
  w->finish(r);
  return {out.str(), err.str()};
}

}  // namespace

TEST_CASE("ping text, one target: iputils' shape", "[report][ping]") {
  ping_report r;
  r.targets = {{"192.0.2.1", addr("192.0.2.1")}};
  r.options.count = 2;
  ping_run run;
  run.targets = {summary(r.targets[0], 2, 2, rtt_summary{1.5, 1.75, 2.0, 0.25})};
  run.elapsed = 1001ms;
  const auto w =
      write(output_format::text, r,
            {echo_reply(0, 1, "192.0.2.1", 1500us), echo_reply(0, 2, "192.0.2.1", 2ms)}, run);
  CHECK(w.out ==
        "PING 192.0.2.1 (192.0.2.1) 56(84) bytes of data.\n"
        "64 bytes from 192.0.2.1: icmp_seq=1 ttl=64 time=1.500 ms\n"
        "64 bytes from 192.0.2.1: icmp_seq=2 ttl=64 time=2.000 ms\n"
        "\n"
        "--- 192.0.2.1 ping statistics ---\n"
        "2 packets transmitted, 2 received, 0% packet loss, time 1001ms\n"
        "rtt min/avg/max/mdev = 1.500/1.750/2.000/0.250 ms\n");
  CHECK(w.err.empty());
  CHECK(exit_status(r) == 0);

  SECTION("quiet: the header and the statistics only") {
    const auto q = write(output_format::text, r, {echo_reply(0, 1, "192.0.2.1", 1500us)}, run,
                         {.quiet = true});
    CHECK(q.out.find("bytes from") == std::string::npos);
    CHECK(q.out.find("--- 192.0.2.1 ping statistics ---") != std::string::npos);
  }
}

TEST_CASE("ping text, one target: errors, duplicates, IPv6 sizes and the hint", "[report][ping]") {
  ping_report r;
  r.targets = {{"2001:db8::1", addr("2001:db8::1")}};
  auto dup = echo_reply(0, 1, "2001:db8::1", 3ms, 57);
  dup.result.duplicate = true;
  auto unreach = timeout(0, 2);
  unreach.result.status = probe_status::unreachable;
  unreach.result.from = addr("2001:db8::ff");
  unreach.result.icmp_type = 1;  // ICMPv6 destination unreachable, code 3: address
  unreach.result.icmp_code = 3;
  ping_run run;
  run.targets = {summary(r.targets[0], 2, 0)};
  run.targets[0].duplicates = 1;
  run.targets[0].errors = 1;
  run.elapsed = 1500ms;
  const auto w = write(output_format::text, r, {dup, unreach}, run);
  CHECK(w.out ==
        "PING 2001:db8::1 (2001:db8::1) 56(104) bytes of data.\n"
        "64 bytes from 2001:db8::1: icmp_seq=1 ttl=57 time=3.000 ms (DUP!)\n"
        "From 2001:db8::ff icmp_seq=2 Destination unreachable: Address unreachable\n"
        "\n"
        "--- 2001:db8::1 ping statistics ---\n"
        "2 packets transmitted, 0 received, +1 duplicates, +1 errors, 100% packet loss, time "
        "1500ms\n");
  CHECK(w.err ==
        "hint: no reply from 2001:db8::1. ICMP may be filtered rather than the host down: on a "
        "cloud host the\n"
        "hint: receiver's security group must allow inbound ICMP and the sender's outbound "
        "ICMP.\n"
        "hint: try a TCP port the host serves: 'nettrio ping --tcp 22 2001:db8::1' or '--tcp "
        "443'.\n");
  CHECK(exit_status(r) == 1);
}

TEST_CASE("ping text, --tcp: open, refused, filtered", "[report][ping]") {
  ping_report r;
  r.targets = {{"192.0.2.7", addr("192.0.2.7")}};
  r.options.tcp_port = 443;
  std::vector<ping_event> evs;
  for (std::uint16_t seq = 1; seq <= 3; ++seq) {
    ping_event ev;
    ev.result.sent.protocol = probe_protocol::tcp;
    ev.result.sent.sequence = seq;
    ev.result.sent.dst_port = 443;
    ev.result.status = seq == 3 ? probe_status::timeout : probe_status::reply;
    if (seq != 3) {
      ev.result.from = addr("192.0.2.7");
      ev.result.rtt = 250us;
      ev.result.tcp_open = seq == 1;
    }
    evs.push_back(ev);
  }
  ping_run run;
  run.targets = {summary(r.targets[0], 3, 2, rtt_summary{0.25, 0.25, 0.25, 0})};
  run.targets[0].tcp_refused = 1;
  run.elapsed = 2002ms;
  const auto w = write(output_format::text, r, evs, run);
  CHECK(w.out ==
        "PING 192.0.2.7 (192.0.2.7) TCP port 443\n"
        "tcp 192.0.2.7:443: seq=1 open time=0.250 ms\n"
        "tcp 192.0.2.7:443: seq=2 refused time=0.250 ms\n"
        "tcp 192.0.2.7:443: seq=3 filtered (no answer)\n"
        "\n"
        "--- 192.0.2.7 ping statistics ---\n"
        "3 packets transmitted, 2 received, 33.3333% packet loss, time 2002ms\n"
        "rtt min/avg/max/mdev = 0.250/0.250/0.250/0.000 ms\n"
        "1 of 2 answers were refused: the host is up but nothing listens on port 443\n");
  CHECK(w.err.empty());

  SECTION("no answer at all: the TCP hint") {
    ping_run silent;
    silent.targets = {summary(r.targets[0], 1, 0)};
    const auto s = write(output_format::text, r, {}, silent);
    CHECK(s.err ==
          "hint: no TCP answer from 192.0.2.7: a firewall drops the SYNs, or the host is "
          "down.\n");
  }
}

TEST_CASE("ping text, several targets: fping's shape", "[report][ping]") {
  ping_report r;
  r.many = true;
  r.targets = {{"198.51.100.1", addr("198.51.100.1")}, {"198.51.100.2", addr("198.51.100.2")}};
  r.options.count = 1;
  auto corrupt = echo_reply(1, 1, "198.51.100.2", 1ms);
  corrupt.result.corrupt = true;
  const std::vector<ping_event> evs{echo_reply(0, 1, "198.51.100.1", 1200us), corrupt};
  ping_run run;
  run.targets = {summary(r.targets[0], 1, 1, rtt_summary{1.2, 1.2, 1.2, 0}),
                 summary(r.targets[1], 1, 0)};
  run.targets[1].corrupted = 1;

  const auto w = write(output_format::text, r, evs, run);
  CHECK(w.out ==
        "198.51.100.1 : [0], 1.200 ms\n"
        "198.51.100.2 : [0], corrupted reply (BAD CHECKSUM OR DATA!)\n"
        "198.51.100.1 : xmt/rcv/%loss = 1/1/0%, min/avg/max = 1.200/1.200/1.200\n"
        "198.51.100.2 : xmt/rcv/%loss = 1/0/100%\n");
  CHECK(w.err.find("hint: no reply from 198.51.100.2.") == 0);
  CHECK(w.err.find("'nettrio ping --tcp 22 198.51.100.2'") != std::string::npos);
  CHECK(exit_status(r) == 1);

  SECTION("-a: the live targets, as they answer; no hint") {
    const auto a = write(output_format::text, r, evs, run, {.alive_only = true});
    CHECK(a.out == "198.51.100.1\n");
    CHECK(a.err.empty());
  }
  SECTION("-u: the silent targets, at the end") {
    const auto u = write(output_format::text, r, evs, run, {.unreachable_only = true});
    CHECK(u.out == "198.51.100.2\n");
    CHECK(u.err.empty());
  }
  SECTION("two silent targets: the hint counts them") {
    run.targets[0] = summary(r.targets[0], 1, 0);
    const auto s = write(output_format::text, r, {}, run);
    CHECK(s.err.find("hint: no reply from 2 targets.") == 0);
    CHECK(s.err.find("'nettrio ping --tcp 22 HOST'") != std::string::npos);
  }
}

TEST_CASE("ping text, several targets: the live count on stderr, at most every 100 ms",
          "[report][ping]") {
  ping_report r;
  r.many = true;
  r.targets = {{"198.51.100.1", addr("198.51.100.1")}, {"198.51.100.2", addr("198.51.100.2")}};
  r.options.count = 3;
  ping_run run;
  run.targets = {summary(r.targets[0], 3, 3, rtt_summary{1, 1, 1, 0}),
                 summary(r.targets[1], 2, 2, rtt_summary{1, 1, 1, 0})};
  // Five replies, alternating targets, at 0, 50, 150, 200 and 300 ms of the writer's clock.
  std::chrono::steady_clock::time_point clock{};
  const std::vector<std::chrono::milliseconds> at{0ms, 50ms, 150ms, 200ms, 300ms};
  std::ostringstream out, err;
  auto w = make_ping_writer(output_format::text, out, err,
                            {.quiet = true, .progress = true, .now = [&] { return clock; }});
  w->start(r);
  for (std::size_t i = 0; i < at.size(); ++i) {
    clock = std::chrono::steady_clock::time_point{} + at[i];
    w->event(echo_reply(i % 2, static_cast<std::uint16_t>(i / 2 + 1),
                        i % 2 ? "198.51.100.2" : "198.51.100.1", 1ms));
  }
  const auto progress_only = err.str();
  r.run = run;
  w->finish(r);
  // Updated when more than 100 ms passed since the last update (150 ms, then 300 ms), and
  // wiped at the end.
  CHECK(progress_only == "\r3 probes done, 2 targets alive   \r5 probes done, 2 targets alive   ");
  CHECK(err.str() == progress_only + "\r" + std::string(60, ' ') + "\r");

  SECTION("without progress (not a terminal): nothing on stderr") {
    std::ostringstream o2, e2;
    auto w2 = make_ping_writer(output_format::text, o2, e2,
                               {.quiet = true, .now = [&] { return clock; }});
    w2->start(r);
    clock += 1s;
    w2->event(echo_reply(0, 1, "198.51.100.1", 1ms));
    w2->finish(r);
    CHECK(e2.str().empty());
  }
}

TEST_CASE("ping exit status: with a deadline and a count, every reply counts", "[report][ping]") {
  ping_report r;
  r.targets = {{"192.0.2.1", addr("192.0.2.1")}};
  r.run.targets = {summary(r.targets[0], 3, 2)};
  CHECK(exit_status(r) == 0);  // alive
  r.options.count = 3;
  r.options.deadline = 5s;
  CHECK(exit_status(r) == 1);  // -w 5 -c 3: 2 of 3 is not enough
  r.run.targets[0].received = 3;
  CHECK(exit_status(r) == 0);
}

TEST_CASE("ping JSON: one sorted compact line per target", "[report][ping]") {
  ping_report r;
  r.targets = {{"192.0.2.1", addr("192.0.2.1")}};
  std::ostringstream out, err;
  auto w = make_ping_writer(output_format::json, out, err);
  CHECK(w->needs_replies());
  w->start(r);
  w->event(echo_reply(0, 1, "192.0.2.1", 1500us));
  r.run.targets = {summary(r.targets[0], 1, 1, rtt_summary{1.5, 1.5, 1.5, 0})};
  r.run.targets[0].replies = {{.seq = 1, .from = addr("192.0.2.1"), .ttl = 64, .rtt_ms = 1.5}};
  w->finish(r);
  CHECK(out.str() ==
        R"({"address":"192.0.2.1","alive":true,"corrupted":0,"duplicates":0,"errors":0,)"
        R"("loss_percent":0.0,"method":"icmp","received":1,)"
        R"("replies":[{"from":"192.0.2.1","rtt_ms":1.5,"seq":1,"ttl":64}],)"
        R"("rtt_ms":{"avg":1.5,"max":1.5,"mdev":0.0,"min":1.5},"target":"192.0.2.1",)"
        R"("transmitted":1})"
        "\n");
  CHECK(err.str().empty());

  SECTION("--tcp: port and refused; no reply's TTL; a silent single target gets the hint") {
    r.options.tcp_port = 22;
    r.run.targets = {summary(r.targets[0], 1, 0)};
    std::ostringstream o2, e2;
    auto w2 = make_ping_writer(output_format::json, o2, e2);
    w2->start(r);
    w2->finish(r);
    CHECK(o2.str() ==
          R"({"address":"192.0.2.1","alive":false,"corrupted":0,"duplicates":0,"errors":0,)"
          R"("loss_percent":100.0,"method":"tcp","port":22,"received":0,"refused":0,)"
          R"("replies":[],"rtt_ms":null,"target":"192.0.2.1","transmitted":1})"
          "\n");
    CHECK(e2.str().find("hint: no TCP answer from 192.0.2.1") == 0);
  }
}

TEST_CASE("ping writers: hostile target names", "[report][ping]") {
  // A line of a target file naming an address, with an escape sequence, a newline and a
  // byte that is not UTF-8.
  const std::string hostile = "\x1b[8m\nfake\xff";
  ping_report r;
  r.many = true;
  r.targets = {{hostile, addr("203.0.113.9")}, {"203.0.113.10", addr("203.0.113.10")}};
  ping_run run;
  run.targets = {summary(r.targets[0], 1, 1, rtt_summary{1, 1, 1, 0}),
                 summary(r.targets[1], 1, 1, rtt_summary{1, 1, 1, 0})};

  SECTION("text: sanitised in every line") {
    const auto w = write(output_format::text, r, {echo_reply(0, 1, "203.0.113.9", 1ms)}, run);
    CHECK(w.out ==
          "\\x1b[8m\\x0afake\\xff : [0], 1.000 ms\n"
          "\\x1b[8m\\x0afake\\xff : xmt/rcv/%loss = 1/1/0%, min/avg/max = 1.000/1.000/1.000\n"
          "203.0.113.10 : xmt/rcv/%loss = 1/1/0%, min/avg/max = 1.000/1.000/1.000\n");
    const auto a = write(output_format::text, r, {echo_reply(0, 1, "203.0.113.9", 1ms)}, run,
                         {.alive_only = true});
    CHECK(a.out == "\\x1b[8m\\x0afake\\xff\n");
  }
  SECTION("text: the single-target header, statistics and hint") {
    ping_report one;
    one.targets = {r.targets[0]};
    ping_run silent;
    silent.targets = {summary(one.targets[0], 1, 0)};
    const auto w = write(output_format::text, one, {}, silent);
    CHECK(w.out.find("PING \\x1b[8m\\x0afake\\xff (203.0.113.9) 56(84) bytes of data.\n") == 0);
    CHECK(w.out.find("--- \\x1b[8m\\x0afake\\xff ping statistics ---\n") != std::string::npos);
    CHECK(w.err.find("hint: no reply from \\x1b[8m\\x0afake\\xff.") == 0);
  }
  SECTION("JSON: the raw name, escaped, invalid UTF-8 as U+FFFD") {
    const auto w = write(output_format::json, r, {}, run);
    const auto first = w.out.substr(0, w.out.find('\n'));
    CHECK(first.find(R"("target":"\u001b[8m\nfake)"
                     "\xef\xbf\xbd"
                     R"(")") != std::string::npos);
    CHECK(std::count(w.out.begin(), w.out.end(), '\n') == 2);  // one line per target
  }
}
