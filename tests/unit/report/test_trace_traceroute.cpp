// The traceroute format (the classic `traceroute` name): traceroute 2.1.2's lines exactly,
// names as "name (address)" or "address (address)", its flags read from the ICMP code, and
// nothing after the last hop.

#include "report/trace_writers.hpp"

#include <nettrio/report/trace.hpp>
#include <nettrio/trace/reverse_dns.hpp>

#include "support/names.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace nettrio;
using namespace std::chrono_literals;

namespace {

ip_address addr(const char* s) {
  return *ip_address::parse(s);
}

hop_probe answered(const char* from, double rtt) {
  hop_probe p;
  p.from = addr(from);
  p.rtt_ms = rtt;
  return p;
}

hop_probe flagged(const char* from, double rtt, unreachable_reason why, std::uint8_t code) {
  auto p = answered(from, rtt);
  p.flag = hop_flag{why, code};
  return p;
}

hop hop_of(int ttl, std::vector<hop_probe> probes) {
  hop h;
  h.ttl = ttl;
  h.probes = std::move(probes);
  return h;
}

std::string classic(const trace_result& r, report::trace_writer_options o) {
  std::ostringstream out, err;
  auto w = report::make_trace_writer(report::output_format::traceroute, out, err, o);
  w->start({.target = r.target, .address = r.address, .max_hops = 30, .packet_size = 60});
  for (const auto& h : r.hops) w->hop(h);
  w->settle([] {});
  w->finish(r);
  CHECK(err.str().empty());
  return out.str();
}

}  // namespace

TEST_CASE("traceroute format: traceroute's lines and nothing after them", "[report]") {
  trace_result r;
  r.target = "example";
  r.address = addr("203.0.113.10");
  auto labelled = answered("10.0.2.1", 2.0);
  labelled.mpls = {packet::mpls_label{.label = 16, .exp = 0, .bottom_of_stack = true, .ttl = 1}};
  r.hops.push_back(hop_of(1, {answered("10.0.1.1", 1.25), hop_probe{}, answered("10.0.1.1", 0.5)}));
  r.hops.push_back(hop_of(2, {labelled, answered("10.0.2.9", 2.5), answered("10.0.2.9", 2.25)}));
  r.hops.push_back(hop_of(3, {hop_probe{}, hop_probe{}, hop_probe{}}));
  r.hops.push_back(
      hop_of(4, {flagged("10.0.4.1", 4.0, unreachable_reason::host_unknown, 7),
                 flagged("10.0.4.1", 4.5, unreachable_reason::network_unknown, 6), hop_probe{}}));
  const std::string lines =
      "traceroute to example (203.0.113.10), 30 hops max, 60 byte packets\n"
      " 1  10.0.1.1  1.250 ms *  0.500 ms\n"
      " 2  10.0.2.1  2.000 ms 10.0.2.9  2.500 ms  2.250 ms\n"
      " 3  * * *\n"
      " 4  10.0.4.1  4.000 ms !H  4.500 ms !N *\n";
  CHECK(classic(r, {.numeric = true}) == lines);

  // -e: the label stack after the address it came with.
  CHECK(classic(r, {.numeric = true, .extensions = true}) ==
        "traceroute to example (203.0.113.10), 30 hops max, 60 byte packets\n"
        " 1  10.0.1.1  1.250 ms *  0.500 ms\n"
        " 2  10.0.2.1 <MPLS:L=16,E=0,S=1,T=1>  2.000 ms 10.0.2.9  2.500 ms  2.250 ms\n"
        " 3  * * *\n"
        " 4  10.0.4.1  4.000 ms !H  4.500 ms !N *\n");

  // Without -n: "name (address)", and "address (address)" when there is no name.
  event_loop loop(event_loop::manual_time);
  reverse_dns dns(loop, test::answering([](const ip_address& x) -> std::optional<std::string> {
                    if (x == *ip_address::parse("10.0.1.1")) return "r1.example.net";
                    return std::nullopt;
                  }));
  CHECK(classic(r, {.names = &dns, .name_wait = 2000ms}) ==
        "traceroute to example (203.0.113.10), 30 hops max, 60 byte packets\n"
        " 1  r1.example.net (10.0.1.1)  1.250 ms *  0.500 ms\n"
        " 2  10.0.2.1 (10.0.2.1)  2.000 ms 10.0.2.9 (10.0.2.9)  2.500 ms  2.250 ms\n"
        " 3  * * *\n"
        " 4  10.0.4.1 (10.0.4.1)  4.000 ms !H  4.500 ms !N *\n");
}

TEST_CASE("traceroute format: flags as traceroute reads the ICMP code", "[report]") {
  using report::detail::traceroute_flag;
  using r = unreachable_reason;
  const auto v4 = [](std::uint8_t code) {
    return traceroute_flag(*classify_unreachable(ip_family::v4, 3, code), ip_family::v4);
  };
  const auto v6 = [](std::uint8_t code) {
    return traceroute_flag(*classify_unreachable(ip_family::v6, 1, code), ip_family::v6);
  };
  CHECK(v4(0) == "!N");
  CHECK(v4(1) == "!H");
  CHECK(v4(2) == "!P");
  CHECK(v4(5) == "!S");
  CHECK(v4(6) == "!N");
  CHECK(v4(7) == "!H");
  CHECK(v4(8) == "!N");
  CHECK(v4(9) == "!X");
  CHECK(v4(10) == "!X");
  CHECK(v4(11) == "!N");
  CHECK(v4(12) == "!H");
  CHECK(v4(13) == "!X");
  CHECK(v4(14) == "!V");
  CHECK(v4(15) == "!C");
  CHECK(v4(16) == "!<16>");
  CHECK(v6(0) == "!N");
  CHECK(v6(1) == "!X");
  CHECK(v6(2) == "!H");
  CHECK(v6(3) == "!H");
  CHECK(v6(5) == "!<5>");
  CHECK(traceroute_flag(hop_flag{r::fragmentation_needed, 4}, ip_family::v4) == "!F");
  // The next-hop MTU the router named, IPv4 and IPv6 (packet too big), as traceroute.
  CHECK(traceroute_flag(hop_flag{r::fragmentation_needed, 4, 1400}, ip_family::v4) == "!F-1400");
  CHECK(traceroute_flag(hop_flag{r::fragmentation_needed, 0, 1280}, ip_family::v6) == "!F-1280");
}

TEST_CASE("traceroute format: --mtu's F=NUM, and a run cut short leaves its last line open",
          "[report]") {
  trace_result r;
  r.target = "example";
  r.address = addr("203.0.113.10");
  auto resized = answered("10.0.1.1", 1.25);
  resized.resized = 1500;
  auto silent = hop_probe{};
  silent.resized = 1400;
  auto flagged_too = flagged("10.0.3.1", 3.0, unreachable_reason::host, 1);
  flagged_too.resized = 1280;
  r.hops.push_back(hop_of(1, {resized, answered("10.0.1.1", 0.5), answered("10.0.1.1", 0.25)}));
  r.hops.push_back(hop_of(2, {silent, answered("10.0.2.1", 2.0), hop_probe{}}));
  r.hops.push_back(hop_of(3, {flagged_too}));
  // traceroute's err_str: "F=NUM" after the time (after the '*' of a probe that went
  // unanswered), and a flag right after it, without a blank.
  const std::string lines =
      "traceroute to example (203.0.113.10), 30 hops max, 60 byte packets\n"
      " 1  10.0.1.1  1.250 ms F=1500  0.500 ms  0.250 ms\n"
      " 2  * F=1400 10.0.2.1  2.000 ms *\n"
      " 3  10.0.3.1  3.000 ms F=1280!H";
  CHECK(classic(r, {.numeric = true}) == lines + "\n");
  // Interrupted: traceroute dies of the signal before it ends the line it was printing.
  r.interrupted = true;
  CHECK(classic(r, {.numeric = true}) == lines);
  r.hops.clear();
  CHECK(classic(r, {.numeric = true}) ==
        "traceroute to example (203.0.113.10), 30 hops max, 60 byte packets");
}

TEST_CASE("traceroute format: an error that is no unreachable shows its type and code",
          "[report]") {
  // An IPv6 parameter problem (unrecognised next header) answering a raw probe (-P).
  hop_flag f{unreachable_reason::other, 1};
  f.icmp_type = 4;
  CHECK(report::detail::traceroute_flag(f, ip_family::v6) == "!<4-1>");
  // A destination unreachable keeps traceroute's reading of its code (1: !X).
  CHECK(report::detail::traceroute_flag(hop_flag{unreachable_reason::other, 1}, ip_family::v6) ==
        "!X");
}
