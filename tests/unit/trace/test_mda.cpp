// trace --mda: the stopping rule against the published table (scamper tracelb, Veitch et
// al.), the options, and the search over the fake network's ECMP routers on virtual time.

#include <nettrio/packet/icmp.hpp>
#include <nettrio/probe/event_loop.hpp>
#include <nettrio/report/trace.hpp>
#include <nettrio/trace/mda.hpp>

#include "support/fake_network.hpp"
#include "support/trace_run.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <vector>

using namespace nettrio;
using namespace nettrio::test;
using namespace std::chrono_literals;

namespace {

mda_options quick_mda() {
  mda_options o;
  o.trace.max_hops = 10;
  o.trace.max_wait = 150ms;
  o.trace.min_wait = 30ms;
  o.trace.reprobe_pause = 10ms;
  o.trace.round_interval = 5ms;
  return o;
}

struct mda_run {
  trace_result result;
  std::vector<int> hops_seen;
  bool hung = false;
};

mda_run run_mda(fake_network& net, const mda_options& o, const ip_address& dst) {
  mda_run out;
  event_loop loop(event_loop::manual_time);
  mda_session s(loop, net, o, dst.to_string(), dst,
                [&](const hop& h) { out.hops_seen.push_back(h.ttl); });
  out.hung = run_session_to_end(loop, s, 600s);
  out.result = s.result();
  return out;
}

std::vector<ip_address> sorted(std::vector<ip_address> v) {
  std::sort(v.begin(), v.end());
  return v;
}

}  // namespace

TEST_CASE("mda stopping rule: the published k(n) for n = 1..9", "[trace][mda]") {
  const int k95[] = {6, 11, 16, 21, 27, 33, 38, 44, 51};
  const int k99[] = {8, 15, 21, 28, 36, 43, 51, 58, 66};
  for (int n = 1; n <= 9; ++n) {
    INFO("n = " << n);
    CHECK(mda_probes_needed(n, 95) == k95[n - 1]);
    CHECK(mda_probes_needed(n, 99) == k99[n - 1]);
  }
  SECTION("beyond the table it keeps growing, and n below 1 reads as 1") {
    for (int n = 10; n <= 64; ++n) CHECK(mda_probes_needed(n, 95) > mda_probes_needed(n - 1, 95));
    CHECK(mda_probes_needed(0, 95) == 6);
  }
}

TEST_CASE("mda options: what cannot be combined is said in words", "[trace][mda]") {
  mda_options o;
  CHECK(validate(o).empty());
  o.confidence = 80;
  CHECK_THAT(validate(o), Catch::Matchers::Contains("use 95 or 99"));
  o.confidence = 99;
  CHECK(validate(o).empty());
  o.trace.method = probe_protocol::icmp_echo;  // flows: the echo checksum
  CHECK(validate(o).empty());
  o.trace.method = probe_protocol::tcp;  // flows: the source port
  CHECK(validate(o).empty());
  o.trace.method = probe_protocol::raw;  // nothing in it names a flow
  CHECK_THAT(validate(o), Catch::Matchers::Contains("flow identifier"));
  for (const auto m : {probe_protocol::udp, probe_protocol::icmp_echo}) {
    o.trace.method = m;
    o.trace.paris = true;
    CHECK_THAT(validate(o), Catch::Matchers::Contains("--paris"));
  }
  o.trace.method = probe_protocol::udp;
  o.trace.paris = false;
  o.trace.max_hops = 0;
  CHECK_FALSE(validate(o).empty());
}

TEST_CASE("mda over the fake network: every ECMP interface, links, the destination",
          "[trace][mda]") {
  const auto dst = addr("192.0.2.77");
  auto path = chain(4);
  // Hop 2 spreads flows over four routers, hop 3 over three (the fake network hands new
  // flows to its next hops in turn).
  path[1].responders = {addr("10.0.2.1"), addr("10.0.2.2"), addr("10.0.2.3"), addr("10.0.2.4")};
  path[2].responders = {addr("10.0.3.1"), addr("10.0.3.2"), addr("10.0.3.3")};
  fake_network net({host{.address = dst, .path = path}});
  for (const int confidence : {95, 99}) {
    auto o = quick_mda();
    o.confidence = confidence;
    const auto run = run_mda(net, o, dst);
    INFO("confidence " << confidence);
    REQUIRE_FALSE(run.hung);
    const auto& r = run.result;
    REQUIRE(r.mda);
    CHECK(r.reached);
    CHECK(r.result.kind == verdict_kind::reached);
    REQUIRE(r.mda->hops.size() == 5);
    CHECK(sorted(r.mda->hops[1].interfaces) == path[1].responders);
    CHECK(sorted(r.mda->hops[2].interfaces) == path[2].responders);
    CHECK(r.mda->hops[4].interfaces == std::vector<ip_address>{dst});
    CHECK(r.mda->confidence == confidence);
    // The stopping rule was applied: at least k(4) probes at hop 2.
    CHECK(r.mda->probes_sent >= static_cast<std::uint64_t>(mda_probes_needed(4, confidence)));
    // Every interface at hop 2 is linked from hop 1's router, and into hop 3.
    for (const auto& a : path[1].responders) {
      CHECK(std::count(r.mda->links.begin(), r.mda->links.end(),
                       mda_link{2, path[0].responders[0], a}) == 1);
      CHECK(std::any_of(r.mda->links.begin(), r.mda->links.end(),
                        [&](const mda_link& l) { return l.ttl == 3 && l.from == a; }));
    }
    CHECK(run.hops_seen == std::vector<int>{1, 2, 3, 4, 5});
    CHECK(report::exit_status(r) == 0);
  }
}

TEST_CASE("mda over the fake network: a silent router is not a lost path", "[trace][mda]") {
  const auto dst = addr("192.0.2.78");
  auto path = chain(3);
  path[1].sends_time_exceeded = false;  // fig. 6: forwards, never answers
  fake_network net({host{.address = dst, .path = path}});
  const auto run = run_mda(net, quick_mda(), dst);
  REQUIRE_FALSE(run.hung);
  CHECK(run.result.reached);
  CHECK(run.result.result.kind != verdict_kind::path_loss);
  REQUIRE(run.result.mda->hops.size() == 4);
  CHECK(run.result.mda->hops[1].interfaces.empty());
}

TEST_CASE("mda over the fake network: one ECMP member that blackholes is path_loss",
          "[trace][mda]") {
  const auto dst = addr("192.0.2.79");
  auto path = chain(3);
  path[1].responders = {addr("10.0.2.1"), addr("10.0.2.2"), addr("10.0.2.3"), addr("10.0.2.4")};
  path[1].blackholes = {addr("10.0.2.3")};
  fake_network net({host{.address = dst, .path = path}});
  auto o = quick_mda();
  o.trace.rounds = 3;  // -c 3: one probe per path per round
  const auto run = run_mda(net, o, dst);
  REQUIRE_FALSE(run.hung);
  const auto& r = run.result;
  REQUIRE(r.mda);
  CHECK(sorted(r.mda->hops[1].interfaces) == path[1].responders);
  CHECK(r.mda->confirmed);  // the dying flows were probed again after the pause
  CHECK(r.result.kind == verdict_kind::path_loss);
  CHECK(r.result.hop == 2);
  CHECK(r.result.responders == std::vector<ip_address>{addr("10.0.2.3")});
  CHECK_THAT(report::verdict_text(r),
             Catch::Matchers::StartsWith("1 of 4 ECMP paths through hop 2 loses every packet: "
                                         "flows via 10.0.2.3 die after it"));
  CHECK(report::exit_status(r) == 1);
  // One path loses everything and goes through 10.0.2.3; every other path loses nothing.
  int lossy = 0;
  for (const auto& p : r.mda->paths) {
    REQUIRE(p.interfaces.size() >= 2);
    const bool via = p.interfaces[1] == addr("10.0.2.3");
    if (via) {
      ++lossy;
      CHECK(p.received == 0);
      CHECK(p.sent >= 3);
      CHECK(p.loss_percent == 100);
    } else if (p.sent > 0) {
      CHECK(p.received == p.sent);
    }
  }
  CHECK(lossy == 1);
}

TEST_CASE("mda: one next hop in the local routing table settles TTL 1 with one answer",
          "[trace][mda]") {
  const auto dst = addr("192.0.2.80");
  auto path = chain(3);
  path[1].responders = {addr("10.0.2.1"), addr("10.0.2.2")};
  auto probes_at = [](const fake_network& net, int ttl) {
    return std::count_if(net.sent().begin(), net.sent().end(),
                         [&](const sent_probe& s) { return s.p.ttl == ttl; });
  };
  SECTION("one next hop: one probe at TTL 1, and its flow goes on to TTL 2") {
    fake_network net({host{.address = dst, .path = path, .local_next_hops = 1}});
    const auto run = run_mda(net, quick_mda(), dst);
    REQUIRE_FALSE(run.hung);
    REQUIRE(run.result.mda);
    CHECK(probes_at(net, 1) == 1);
    CHECK(run.result.mda->hops[0].interfaces == path[0].responders);
    CHECK(run.result.mda->hops[0].flows_answered == 1);
    CHECK(sorted(run.result.mda->hops[1].interfaces) == path[1].responders);
    // TTL 2 still gets the full rule: k(2) flows answered there.
    CHECK(run.result.mda->hops[1].flows_answered >= mda_probes_needed(2, 95));
    CHECK(run.result.reached);
  }
  SECTION("a multipath route, or a table that does not say: the full rule at TTL 1") {
    for (const std::optional<int> next_hops : {std::optional<int>{2}, std::optional<int>{}}) {
      fake_network net({host{.address = dst, .path = path, .local_next_hops = next_hops}});
      const auto run = run_mda(net, quick_mda(), dst);
      REQUIRE_FALSE(run.hung);
      CHECK(probes_at(net, 1) >= mda_probes_needed(1, 95));
      CHECK(run.result.mda->hops[0].flows_answered >= mda_probes_needed(1, 95));
    }
  }
  SECTION("a silent first router is asked three times, as a plain trace does") {
    path[0].sends_time_exceeded = false;
    fake_network net({host{.address = dst, .path = path, .local_next_hops = 1}});
    const auto run = run_mda(net, quick_mda(), dst);
    REQUIRE_FALSE(run.hung);
    CHECK(probes_at(net, 1) == 3);
    CHECK(run.result.mda->hops[0].interfaces.empty());
    CHECK(sorted(run.result.mda->hops[1].interfaces) == path[1].responders);
  }
}

TEST_CASE("mda: waves sized to the routers' ICMP buckets", "[trace][mda]") {
  // One router: everything it has. Nothing left somewhere: nothing, whatever the others have.
  CHECK(mda_safe_wave(std::vector<int>{6}) == 6);
  CHECK(mda_safe_wave(std::vector<int>{0, 6, 6}) == 0);
  CHECK(mda_safe_wave(std::vector<int>{}) == 0);
  // Four routers with full buckets: 24 tokens, but 7 of one wave land on one router with a
  // chance above 2 % well before 24. The chance of an overflow grows with the wave.
  const int four = mda_safe_wave(std::vector<int>{6, 6, 6, 6});
  CHECK(four >= 6);
  CHECK(four < 12);
  CHECK(mda_safe_wave(std::vector<int>{6, 6, 6, 1}) < four);
  // A second probe would land on the router of the first with a chance of 1/2.
  CHECK(mda_safe_wave(std::vector<int>{1, 1}) == 1);
  CHECK(mda_safe_wave(std::vector<int>{1}) == 1);
}

TEST_CASE("mda: a router whose answers are lost for a while is not hidden", "[trace][mda]") {
  // Hop 2 has two routers; new flows take turns, so arrivals 2, 4, 6, ... are the second
  // router's first probes, and it answers none of them (a drained ICMP bucket). The first
  // router alone answers six flows, which meets k(1): counting answered flows only, the
  // rule would stop there. The silent flows are probed again a refill later.
  const auto dst = addr("192.0.2.81");
  auto path = chain(3);
  path[1].responders = {addr("10.0.2.1"), addr("10.0.2.2")};
  path[1].loss.nth = {2, 4, 6, 8, 10, 12};
  fake_network net({host{.address = dst, .path = path, .local_next_hops = 1}});
  const auto run = run_mda(net, quick_mda(), dst);
  REQUIRE_FALSE(run.hung);
  REQUIRE(run.result.mda);
  CHECK(sorted(run.result.mda->hops[1].interfaces) == path[1].responders);
  CHECK(run.result.mda->confirmed);
  CHECK(run.result.result.kind == verdict_kind::reached);
}

namespace {

// A path whose hop 2 spreads flows over four routers and hop 3 over three, for --mda with
// another method: what the fake network's routers tell apart (TCP: the source port; echo:
// the checksum) is the method's flow.
std::vector<router> diamond_path() {
  auto path = chain(4);
  path[1].responders = {addr("10.0.2.1"), addr("10.0.2.2"), addr("10.0.2.3"), addr("10.0.2.4")};
  path[2].responders = {addr("10.0.3.1"), addr("10.0.3.2"), addr("10.0.3.3")};
  return path;
}

}  // namespace

TEST_CASE("mda -I: each flow holds its own ICMP checksum at every TTL; every interface found",
          "[trace][mda]") {
  const auto dst = addr("192.0.2.82");
  const auto path = diamond_path();
  fake_network net({host{.address = dst, .path = path}});
  auto o = quick_mda();
  o.trace.method = probe_protocol::icmp_echo;
  const auto run = run_mda(net, o, dst);
  REQUIRE_FALSE(run.hung);
  REQUIRE(run.result.mda);
  CHECK(run.result.reached);
  CHECK(run.result.method == probe_protocol::icmp_echo);
  CHECK(sorted(run.result.mda->hops[1].interfaces) == path[1].responders);
  CHECK(sorted(run.result.mda->hops[2].interfaces) == path[2].responders);
  // The checksum each probe left with, per flow.
  std::map<std::uint16_t, std::set<std::uint16_t>> sums;
  std::map<std::uint16_t, std::set<int>> ttls;
  std::set<std::uint16_t> seqs;
  for (const auto& s : net.sent()) {
    REQUIRE(s.p.protocol == probe_protocol::icmp_echo);
    REQUIRE(s.p.constant_checksum);
    const auto msg =
        packet::make_echo_request(ip_family::v4, fake_network::echo_id, s.p.sequence, s.p.payload);
    sums[s.p.checksum_flow].insert(packet::load_be16(msg, 2));
    ttls[s.p.checksum_flow].insert(s.p.ttl);
    seqs.insert(s.p.sequence);
  }
  CHECK(seqs.size() == net.sent().size());  // the sequence still tells probes apart
  CHECK(sums.size() == run.result.mda->flows);
  std::set<std::uint16_t> all;
  bool several_ttls = false;
  for (const auto& [flow, set] : sums) {
    INFO("flow " << flow);
    CHECK(set.size() == 1);  // one checksum at every TTL and sequence
    all.insert(*set.begin());
    several_ttls = several_ttls || ttls[flow].size() >= 3;
  }
  CHECK(all.size() == sums.size());  // and flows differ in it
  CHECK(several_ttls);               // flows were followed from TTL to TTL
}

TEST_CASE("mda -T: the flow is the TCP source port, the destination port fixed", "[trace][mda]") {
  const auto dst = addr("192.0.2.83");
  const auto path = diamond_path();
  fake_network net({host{.address = dst, .path = path, .mode = host_mode::refuses_tcp}});
  auto o = quick_mda();
  o.trace.method = probe_protocol::tcp;
  const auto run = run_mda(net, o, dst);
  REQUIRE_FALSE(run.hung);
  REQUIRE(run.result.mda);
  CHECK(run.result.reached);
  CHECK(sorted(run.result.mda->hops[1].interfaces) == path[1].responders);
  CHECK(sorted(run.result.mda->hops[2].interfaces) == path[2].responders);
  std::map<std::uint16_t, std::set<int>> ttls;  // source port -> TTLs probed
  for (const auto& s : net.sent()) {
    CHECK(s.p.protocol == probe_protocol::tcp);
    CHECK(s.p.dst_port == 80);
    // Below Linux's ephemeral range, whose ports the kernel hands to other connections.
    CHECK(s.p.src_port >= 20000);
    CHECK(s.p.src_port < 32768);
    ttls[s.p.src_port].insert(s.p.ttl);
  }
  CHECK(ttls.size() == run.result.mda->flows);  // one source port per flow
  CHECK(std::any_of(ttls.begin(), ttls.end(), [](const auto& e) { return e.second.size() >= 3; }));
  SECTION("-p names the destination port") {
    fake_network net2({host{.address = dst, .path = path, .mode = host_mode::refuses_tcp}});
    o.trace.port = 443;
    const auto run2 = run_mda(net2, o, dst);
    REQUIRE_FALSE(run2.hung);
    CHECK(std::all_of(net2.sent().begin(), net2.sent().end(),
                      [](const sent_probe& s) { return s.p.dst_port == 443; }));
  }
}

TEST_CASE("mda -T: two probes of one flow are never in flight together", "[trace][mda]") {
  // The confirmation after the search probes a flow where it died and at the last TTL at
  // once: behind a silent router (fig. 6), the flow answered at TTL 1 and silent at TTL 2.
  // For TCP, one connect after the other (one source port, one destination port).
  const auto dst = addr("192.0.2.84");
  auto path = chain(3);
  path[1].sends_time_exceeded = false;
  fake_network net({host{.address = dst, .path = path, .mode = host_mode::refuses_tcp}});
  auto o = quick_mda();
  o.trace.method = probe_protocol::tcp;
  const auto run = run_mda(net, o, dst);
  REQUIRE_FALSE(run.hung);
  REQUIRE(run.result.mda);
  CHECK(run.result.reached);
  CHECK(run.result.mda->confirmed);
  // Per source port, each probe left after the one before it had its answer (an RTT, on
  // virtual time) or its timeout: a wave sends all its probes at one instant.
  std::map<std::uint16_t, std::vector<std::chrono::steady_clock::time_point>> at;
  for (const auto& s : net.sent()) at[s.p.src_port].push_back(s.sent_steady);
  bool several = false;  // a flow probed at several TTLs
  for (const auto& [port, times] : at) {
    INFO("source port " << port);
    several = several || times.size() >= 3;
    for (std::size_t i = 1; i < times.size(); ++i) CHECK(times[i] - times[i - 1] >= 1ms);
  }
  CHECK(several);
}
