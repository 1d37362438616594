// NAT detection (trace/nat.cpp, probe/quote.cpp): the quoted checksum against the one the
// probe left with, on the kernel's own numbers, then NAT hops on the fake network traced by
// the real tracer, with the words and the JSON the user sees.

#include <nettrio/report/trace.hpp>
#include <nettrio/trace/nat.hpp>
#include <nettrio/trace/tracer.hpp>

#include <catch2/catch.hpp>

#include <nettrio/packet/checksum.hpp>

#include "probe/method.hpp"
#include "support/constants.hpp"
#include "support/fake_network.hpp"
#include "support/trace_run.hpp"

#include <algorithm>
#include <sstream>

using namespace nettrio;
using namespace nettrio::test;
using namespace std::chrono_literals;
using Catch::Matchers::Contains;

namespace {

// How a scenario is traced: the method, and what the fake network's answers carry.
struct how {
  probe_protocol method = probe_protocol::udp;
  bool raw_quotes = true;  // the quoted source and checksum, as a raw socket reads them
  ip_address dst = dst4;
  std::vector<forgery> extras{};
};

trace_result nat_trace(std::vector<router> path, how h = {}) {
  return trace_host(host{.address = h.dst,
                         .path = std::move(path),
                         .rtt = 2ms,
                         .extras = std::move(h.extras),
                         .raw_quotes = h.raw_quotes},
                    quick_trace(h.method));
}

std::vector<int> nat_hops(const trace_result& r) {
  std::vector<int> out;
  for (const auto& h : r.hops)
    if (h.nat) out.push_back(h.ttl);
  return out;
}

const hop_note* nat_note(const hop& h) {
  auto it = std::find_if(h.notes.begin(), h.notes.end(),
                         [](const hop_note& n) { return n.kind == hop_note_kind::nat; });
  return it == h.notes.end() ? nullptr : &*it;
}

std::vector<router> nat_at(int k, nat_mode mode, int n = 4, ip_family f = ip_family::v4) {
  auto path = chain(n, f);
  path[static_cast<std::size_t>(k - 1)].nat = mode;
  return path;
}

}  // namespace

TEST_CASE("quoted UDP checksum: as the kernel sends it, and after a NAT", "[nat]") {
  // Read from a lab: a UDP socket on veth (checksum offload) bound to port 40000, TTL 4 to
  // 198.19.3.1:33438, 32 bytes of data (the sequence 4, then zeros). The routers' quotes
  // held 0x8f63 (the pseudo-header sum: the checksum never completed), 0x5191 is the full
  // one; behind `iptables -j MASQUERADE` (198.19.0.2 -> 198.19.1.2) they held 0x9163.
  probe p;
  p.protocol = probe_protocol::udp;
  p.destination = *ip_address::parse("198.19.3.1");
  p.dst_port = 33438;
  std::vector<std::byte> data(32, std::byte{0});
  data[1] = std::byte{4};
  const auto me = *ip_address::parse("198.19.0.2");
  CHECK(detail::udp_checksum(me, p, 40000, data) == 0x5191);
  CHECK(detail::udp_checksum_as_sent(0x5191, me, p, 40000, data));
  CHECK(detail::udp_checksum_as_sent(0x8f63, me, p, 40000, data));
  CHECK_FALSE(detail::udp_checksum_as_sent(0x9163, me, p, 40000, data));
  CHECK_FALSE(
      detail::udp_checksum_as_sent(0x5191, *ip_address::parse("198.19.1.2"), p, 40000, data));
}

TEST_CASE("quoted TCP SYN: its checksum against the segment as quoted", "[nat]") {
  // A SYN with options (40 bytes), checksummed here the long way: pseudo-header bytes
  // written out (RFC 793), then the segment.
  const auto src = *ip_address::parse("198.19.0.2");
  const auto dst = *ip_address::parse("198.19.4.1");
  std::vector<std::byte> seg(40, std::byte{0});
  const std::uint8_t head[] = {0x9c, 0x41, 0x00, 0x09, 0x12, 0x34, 0x56, 0x78, 0, 0,
                               0,    0,    0xa0, 0x02, 0xfa, 0xf0, 0,    0,    0, 0,
                               0x02, 0x04, 0x05, 0xb4, 0x04, 0x02, 0x08, 0x0a};
  for (std::size_t i = 0; i < sizeof head; ++i) seg[i] = std::byte{head[i]};
  std::vector<std::byte> whole;
  for (const auto a : {src, dst})
    for (std::size_t i = 0; i < 4; ++i) whole.push_back(std::byte{a.bytes()[i]});
  for (const int b : {0, 6, 0, 40}) whole.push_back(static_cast<std::byte>(b));
  whole.insert(whole.end(), seg.begin(), seg.end());
  const auto full = packet::internet_checksum(whole);
  seg[16] = std::byte{static_cast<std::uint8_t>(full >> 8)};  // as quoted: field filled in
  seg[17] = std::byte{static_cast<std::uint8_t>(full & 0xff)};
  CHECK(detail::tcp_checksum_as_sent(full, src, dst, seg));
  CHECK_FALSE(
      detail::tcp_checksum_as_sent(static_cast<std::uint16_t>(full + 0x0200), src, dst, seg));
  // Offload: the pseudo-header sum alone (198.19.0.2 + 198.19.4.1 + 6 + 40).
  const std::uint32_t pseudo = 0xc613 + 0x0002 + 0xc613 + 0x0401 + 6 + 40;
  const auto seed = static_cast<std::uint16_t>((pseudo & 0xffff) + (pseudo >> 16));
  CHECK(detail::tcp_checksum_as_sent(seed, src, dst, seg));
  CHECK_FALSE(detail::tcp_checksum_as_sent(full, *ip_address::parse("198.19.1.2"), dst, seg));
}

TEST_CASE("NAT: the first hop past it is marked, with a note naming the hop before", "[nat]") {
  for (const auto m : {probe_protocol::udp, probe_protocol::icmp_echo}) {
    for (const auto f : {ip_family::v4, ip_family::v6}) {
      CAPTURE(to_string(m), f == ip_family::v4);
      const auto dst = f == ip_family::v4 ? dst4 : dst6;
      const auto r = nat_trace(nat_at(2, nat_mode::checksum, 4, f), {.method = m, .dst = dst});
      REQUIRE(r.reached);
      CHECK(nat_hops(r) == std::vector<int>{3});  // router 2 NATs: hop 3 is past it
      CHECK(r.quotes_compared > 0);
      const auto* n = nat_note(r.hops[2]);
      REQUIRE(n != nullptr);
      CHECK(n->previous_hop == 2);
      CHECK(n->rewritten.checksum);
      CHECK_FALSE(n->rewritten.source_address);
      CHECK_THAT(report::note_text(*n), Contains("NAT between hop 2 and here"));
      CHECK_THAT(report::nat_summary_text(r), Contains("before hop 3"));
      for (const auto& h : r.hops)
        if (h.ttl != 3) CHECK(nat_note(h) == nullptr);
    }
  }
}

TEST_CASE("NAT that leaves its own address in the quote", "[nat]") {
  const auto r = nat_trace(nat_at(1, nat_mode::source));
  REQUIRE(r.reached);
  CHECK(nat_hops(r) == std::vector<int>{2});
  const auto* n = nat_note(r.hops[1]);
  REQUIRE(n != nullptr);
  CHECK(n->rewritten.source_address);
  CHECK_FALSE(n->rewritten.checksum);  // consistent with the NAT's address
  CHECK(n->previous_hop == 1);
}

TEST_CASE("no NAT, no mark; nothing compared, the user is told why", "[nat]") {
  SECTION("quotes as sent: no false NAT") {
    for (const auto m : {probe_protocol::udp, probe_protocol::icmp_echo}) {
      const auto r = nat_trace(chain(5), {.method = m});
      CHECK(r.reached);
      CHECK(nat_hops(r).empty());
      CHECK(r.quotes_compared >= 5);
      CHECK_THAT(report::nat_summary_text(r), Contains("none seen"));
    }
  }
  SECTION("UDP answered through the error queue: cannot tell") {
    const auto r = nat_trace(nat_at(2, nat_mode::checksum), {.raw_quotes = false});
    CHECK(r.reached);
    CHECK(nat_hops(r).empty());
    CHECK(r.quotes_compared == 0);
    CHECK_THAT(report::nat_summary_text(r), Contains("cannot tell"));
  }
  SECTION("TCP answered through the error queue: cannot tell") {
    const auto r = nat_trace(nat_at(2, nat_mode::checksum), {.method = probe_protocol::tcp});
    CHECK(nat_hops(r).empty());
    CHECK_THAT(report::nat_summary_text(r),
               Contains("cannot tell: -T reads the quoted SYN only on a raw socket"));
  }
}

TEST_CASE("NAT behind a silent router: the note names the last hop that was compared", "[nat]") {
  auto path = nat_at(3, nat_mode::checksum, 5);
  path[1].sends_time_exceeded = false;  // hop 2 silent
  path[2].sends_time_exceeded = false;  // hop 3 (the NAT) silent too
  const auto r = nat_trace(path);
  REQUIRE(r.reached);
  CHECK(nat_hops(r) == std::vector<int>{4});
  const auto* n = nat_note(r.hops[3]);
  REQUIRE(n != nullptr);
  CHECK(n->previous_hop == 1);
}

TEST_CASE("NAT: forged answers stay rejected", "[nat]") {
  // The NAT changes only what matching never reads: quotes with another cookie, IPv4
  // identification or a TTL above the sent one are still refused, at every hop.
  const auto clean =
      nat_trace(nat_at(2, nat_mode::checksum), {.method = probe_protocol::icmp_echo});
  const auto forged =
      nat_trace(nat_at(2, nat_mode::checksum),
                {.method = probe_protocol::icmp_echo,
                 .extras = {forgery::wrong_quoted_cookie, forgery::wrong_quoted_ip_id,
                            forgery::quoted_ttl_above_sent, forgery::wrong_identifier,
                            forgery::wrong_sequence}});
  REQUIRE(forged.hops.size() == clean.hops.size());
  for (std::size_t i = 0; i < clean.hops.size(); ++i) {
    CHECK(forged.hops[i].responders() == clean.hops[i].responders());
    CHECK(forged.hops[i].nat == clean.hops[i].nat);
  }
  CHECK(nat_hops(forged) == std::vector<int>{3});
}

TEST_CASE("NAT in the report: JSON nat true at its hop, text note and --nat line", "[nat]") {
  auto r = nat_trace(nat_at(2, nat_mode::checksum));
  std::ostringstream json_out, text_out, err;
  auto j = report::make_trace_writer(report::output_format::json, json_out, err,
                                     report::trace_writer_options{.numeric = true, .nat = true});
  j->finish(r);
  const auto doc = json_out.str();
  CHECK_THAT(doc, Contains(R"("nat":true,"notes":["NAT between hop 2 and here)"));
  CHECK(doc.find("\"nat\":true") == doc.rfind("\"nat\":true"));  // one hop only
  CHECK_THAT(doc, Contains("\"quotes_compared\":"));
  auto t = report::make_trace_writer(report::output_format::text, text_out, err,
                                     report::trace_writer_options{.numeric = true, .nat = true});
  t->finish(r);
  CHECK_THAT(text_out.str(), Contains("  hop 3: NAT between hop 2 and here"));
  CHECK_THAT(text_out.str(), Contains("NAT: rewritten before hop 3"));
}
