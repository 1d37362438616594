// The probe methods (libnettrio/src/probe/method_*.cpp) on their own: how each stamps a
// probe, keys it, and judges an answer, without an engine or a network.
#include "probe/method.hpp"

#include <nettrio/packet/icmp.hpp>

#include <catch2/catch.hpp>

#include <set>

using namespace nettrio;
using nettrio::detail::classification;
using nettrio::detail::method_for;
using verdict = classification::verdict;

namespace {

const detail::method_context ctx{.cookie = 0x6e657474726f};
const local_identity me{.echo_identifier = 0x4e54, .udp_source_port = 40001};
const auto dst = *ip_address::parse("203.0.113.10");
const auto router = *ip_address::parse("198.51.100.1");

probe stamped(probe_protocol proto, std::uint16_t seq, std::size_t size) {
  probe p;
  p.token = 7;
  p.protocol = proto;
  p.destination = dst;
  p.ttl = 4;
  p.sequence = seq;
  p.dst_port = 33435;
  method_for(proto).stamp(p, size, ctx);
  return p;
}

reply error_about(const probe& p, std::uint8_t type, std::uint8_t code) {
  reply r;
  r.what = reply::kind::icmp_error;
  r.from = router;
  r.icmp_type = type;
  r.icmp_code = code;
  r.protocol = p.protocol;
  r.probe_destination = p.destination;
  r.quoted_ttl = 1;
  r.icmp_id = me.echo_identifier;
  r.sequence = p.sequence;
  r.src_port = me.udp_source_port;
  r.dst_port = p.dst_port;
  r.quoted_payload = p.payload;
  r.quoted_ip_id = p.ip_id;
  return r;
}

}  // namespace

TEST_CASE("every protocol has its method", "[method]") {
  for (auto p : {probe_protocol::icmp_echo, probe_protocol::udp, probe_protocol::tcp})
    CHECK(method_for(p).protocol() == p);
}

TEST_CASE("echo method: cookie payload, identifier and sequence, strict checks", "[method]") {
  const auto& m = method_for(probe_protocol::icmp_echo);
  const auto p = stamped(probe_protocol::icmp_echo, 9, 56);
  CHECK(p.payload.size() == 56);
  CHECK(p.payload_size == 56);
  CHECK(p.ip_id != 0);
  CHECK(m.payload_of(p, ctx) == p.payload);
  CHECK(m.key_of(p) == 9);
  CHECK(stamped(probe_protocol::icmp_echo, 10, 56).payload != p.payload);

  reply echo;
  echo.what = reply::kind::echo_reply;
  echo.from = dst;
  echo.probe_destination = dst;
  echo.icmp_id = me.echo_identifier;
  echo.sequence = 9;
  echo.payload = p.payload;
  CHECK(m.key_of(echo, me) == 9);
  auto c = m.classify(echo, p, ctx);
  CHECK(c.what == verdict::accept);
  CHECK(c.status == probe_status::reply);

  SECTION("another identifier is someone else's") {
    auto other = echo;
    other.icmp_id = 0x1234;
    CHECK_FALSE(m.key_of(other, me));
  }
  SECTION("from another address: rejected") {
    auto spoofed = echo;
    spoofed.from = router;
    CHECK(m.classify(spoofed, p, ctx).what == verdict::reject);
  }
  SECTION("damaged after the cookie or with a bad checksum: corrupt") {
    auto damaged = echo;
    damaged.payload.back() ^= std::byte{1};
    CHECK(m.classify(damaged, p, ctx).what == verdict::corrupt);
    auto bad = echo;
    bad.checksum_ok = false;
    CHECK(m.classify(bad, p, ctx).what == verdict::corrupt);
  }
  SECTION("data that is not ours at all: rejected") {
    auto foreign = echo;
    for (auto& b : foreign.payload) b = ~b;
    CHECK(m.classify(foreign, p, ctx).what == verdict::reject);
  }
  SECTION("errors: time exceeded, unreachable; false quotes rejected") {
    const auto te = error_about(p, packet::icmp4::time_exceeded, 0);
    c = m.classify(te, p, ctx);
    CHECK(c.what == verdict::accept);
    CHECK(c.status == probe_status::time_exceeded);
    c = m.classify(error_about(p, packet::icmp4::dest_unreachable, 1), p, ctx);
    CHECK(c.status == probe_status::unreachable);
    auto ttl = te;
    ttl.quoted_ttl = 5;  // above the 4 we sent
    CHECK(m.classify(ttl, p, ctx).what == verdict::reject);
    auto cookie = te;
    cookie.quoted_payload[0] ^= std::byte{1};
    CHECK(m.classify(cookie, p, ctx).what == verdict::reject);
    auto ip_id = te;
    ip_id.quoted_ip_id = static_cast<std::uint16_t>(p.ip_id ^ 1);
    CHECK(m.classify(ip_id, p, ctx).what == verdict::reject);
  }
}

TEST_CASE("echo method: Paris constant checksum keeps the ICMP checksum", "[method]") {
  probe a;
  a.protocol = probe_protocol::icmp_echo;
  a.constant_checksum = true;
  a.sequence = 1;
  auto b = a;
  b.sequence = 2;
  method_for(a.protocol).stamp(a, 0, ctx);  // at least the compensating word
  method_for(b.protocol).stamp(b, 0, ctx);
  CHECK(a.payload.size() == 2);
  const auto ma = packet::make_echo_request(ip_family::v4, 1, a.sequence, a.payload);
  const auto mb = packet::make_echo_request(ip_family::v4, 1, b.sequence, b.payload);
  CHECK(packet::load_be16(ma, 2) == packet::load_be16(mb, 2));
}

TEST_CASE("echo method: a checksum per flow (trace --mda -I), the same at every sequence",
          "[method]") {
  // Flow f's probes at any sequence and TTL carry one checksum; other flows carry others.
  std::set<std::uint16_t> flow_sums;
  for (const int flow : {0, 1, 2, 3, 255, 4095}) {
    INFO("flow " << flow);
    std::set<std::uint16_t> sums;
    for (const int seq : {0, 1, 2, 0x1234, 0xfffe, 0xffff}) {
      for (const int ttl : {1, 2, 9}) {
        probe p;
        p.protocol = probe_protocol::icmp_echo;
        p.constant_checksum = true;
        p.checksum_flow = static_cast<std::uint16_t>(flow);
        p.sequence = static_cast<std::uint16_t>(seq);
        p.ttl = static_cast<std::uint8_t>(ttl);
        method_for(p.protocol).stamp(p, 32, ctx);
        // The answer's quote is checked against the flow's payload, made again.
        CHECK(method_for(p.protocol).payload_of(p, ctx) == p.payload);
        sums.insert(packet::load_be16(
            packet::make_echo_request(ip_family::v4, 0x4e54, p.sequence, p.payload), 2));
      }
    }
    CHECK(sums.size() == 1);
    flow_sums.insert(*sums.begin());
  }
  CHECK(flow_sums.size() == 6);  // every flow its own
  SECTION("a quote with another flow's payload is not the probe's") {
    probe a;
    a.protocol = probe_protocol::icmp_echo;
    a.constant_checksum = true;
    a.checksum_flow = 1;
    a.sequence = 7;
    a.ttl = 3;
    method_for(a.protocol).stamp(a, 32, ctx);
    a.destination = dst;
    auto b = a;
    b.checksum_flow = 2;
    method_for(b.protocol).stamp(b, 32, ctx);
    b.ip_id = a.ip_id;  // only the flow differs
    auto te = error_about(a, 11, 0);
    te.quoted_payload = a.payload;
    const auto& m = method_for(probe_protocol::icmp_echo);
    CHECK(m.classify(te, a, ctx).what == verdict::accept);
    CHECK(m.classify(te, b, ctx).what == verdict::reject);
  }
}

TEST_CASE("UDP method: the sequence rides in the payload; ports must match", "[method]") {
  const auto& m = method_for(probe_protocol::udp);
  const auto p = stamped(probe_protocol::udp, 0x1234, 0);
  CHECK(p.payload.size() == 2);  // room for the sequence, however small the probe
  CHECK(packet::load_be16(p.payload, 0) == 0x1234);
  CHECK(m.payload_of(p, ctx) == p.payload);
  CHECK(m.key_of(p) == 0x1234);
  const auto unreach = error_about(p, packet::icmp4::dest_unreachable, 3);
  CHECK(m.key_of(unreach, me) == 0x1234);
  auto c = m.classify(unreach, p, ctx);
  CHECK(c.what == verdict::accept);
  CHECK(c.status == probe_status::reply);  // port unreachable: the destination answered
  c = m.classify(error_about(p, packet::icmp4::time_exceeded, 0), p, ctx);
  CHECK(c.status == probe_status::time_exceeded);
  c = m.classify(error_about(p, packet::icmp4::dest_unreachable, 13), p, ctx);
  CHECK(c.status == probe_status::unreachable);
  auto sport = unreach;
  sport.src_port = 40002;
  CHECK_FALSE(m.key_of(sport, me));
  auto dport = unreach;
  dport.dst_port = 33436;
  CHECK(m.classify(dport, p, ctx).what == verdict::reject);
  reply local;
  local.what = reply::kind::local_error;
  local.dst_port = p.dst_port;
  CHECK(m.classify(local, p, ctx).status == probe_status::unreachable);
}

TEST_CASE("TCP method: the socket decides, raw copies wait for it", "[method]") {
  const auto& m = method_for(probe_protocol::tcp);
  const auto p = stamped(probe_protocol::tcp, 0, 0);
  CHECK(m.key_of(p) == 7);  // the token
  reply connected;
  connected.what = reply::kind::tcp_connected;
  connected.token = 7;
  CHECK_FALSE(m.key_of(connected, me));  // found by token only
  auto c = m.classify(connected, p, ctx);
  CHECK(c.what == verdict::accept);
  CHECK(c.status == probe_status::reply);
  CHECK(c.tcp_open);
  auto refused = connected;
  refused.what = reply::kind::tcp_refused;
  c = m.classify(refused, p, ctx);
  CHECK(c.status == probe_status::reply);
  CHECK_FALSE(c.tcp_open);

  auto copy = error_about(p, packet::icmp4::time_exceeded, 0);
  copy.quoted_ttl = 3;
  CHECK(m.classify(copy, p, ctx).what == verdict::hold);
  auto confirmed = copy;
  confirmed.socket_confirmed = true;
  confirmed.quoted_ttl = 0;  // the error queue carries no quote
  std::vector<reply> held{copy};
  m.confirm(confirmed, held);
  CHECK(confirmed.quoted_ttl == 3);  // the held copy took its place
  CHECK(held.empty());
  confirmed.socket_confirmed = true;
  c = m.classify(confirmed, p, ctx);
  CHECK(c.what == verdict::accept);
  CHECK(c.status == probe_status::time_exceeded);
}

TEST_CASE("flow identity: each method says which fields make a flow", "[method]") {
  const detail::flow_ports ports{.port = 33434, .source_base = 20000};
  SECTION("UDP: the destination port above the base; without a flow, one port after another") {
    const auto& m = method_for(probe_protocol::udp);
    CHECK(m.header_bytes() == 8);
    CHECK(m.default_port() == 33434);
    CHECK(m.shares_flow());
    CHECK(m.flow_count(ports) == 65536u - 33434u);
    probe p;
    m.stamp_flow(p, ports, 5);
    CHECK(p.dst_port == 33439);
    CHECK(p.src_port == 0);
    CHECK_FALSE(p.constant_checksum);
    m.stamp_unpinned(p, ports, 7);
    CHECK(p.dst_port == 33441);
    m.stamp_unpinned(p, ports, 65536u - 33434u);  // round to the base again
    CHECK(p.dst_port == 33434);
  }
  SECTION("TCP: the source port above a base, to the one port; flows cannot be shared") {
    const auto& m = method_for(probe_protocol::tcp);
    CHECK(m.header_bytes() == 20);
    CHECK(m.default_port() == 80);
    CHECK_FALSE(m.shares_flow());
    CHECK(m.flow_count(ports) == 65536u - 20000u);
    probe p;
    m.stamp_flow(p, ports, 3);
    CHECK(p.dst_port == 33434);
    CHECK(p.src_port == 20003);
    probe q;
    m.stamp_unpinned(q, ports, 9);
    CHECK(q.dst_port == 33434);
    CHECK(q.src_port == 0);  // the kernel's
  }
  SECTION("echo: the checksum, held at the flow's by the payload, at every sequence") {
    const auto& m = method_for(probe_protocol::icmp_echo);
    CHECK(m.header_bytes() == 8);
    CHECK(m.shares_flow());
    CHECK(m.flow_count(ports) == 65536u);
    probe p;
    m.stamp_unpinned(p, ports, 3);
    CHECK_FALSE(p.constant_checksum);
    m.stamp_flow(p, ports, 12);
    CHECK(p.constant_checksum);
    CHECK(p.checksum_flow == 12);
    CHECK(p.dst_port == 0);
  }
  SECTION("raw: no header of its own and nothing to make flows of") {
    const auto& m = method_for(probe_protocol::raw);
    CHECK(m.header_bytes() == 0);
    CHECK(m.default_port() == 0);
    CHECK(m.flow_count(ports) == 0);
    CHECK(m.shares_flow());  // every probe is the same to a load balancer
  }
}
