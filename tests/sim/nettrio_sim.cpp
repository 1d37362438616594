// nettrio-sim: a simulated, possibly hostile, network path behind a TUN device.
//
// It reads what nettrio sends into the TUN device (the client namespace routes the lab
// ranges there), decides from a scenario file which router or the destination answers, and
// writes the answer back after the simulated round-trip time: time-exceeded with optional
// RFC 4950 MPLS extensions, port unreachable, echo reply, TCP RST or SYN-ACK, or nothing.
// Hostile modes add forged, malformed, duplicated or reordered packets. Every packet read
// is logged as one JSON line, so tests can check what nettrio sent (ports, TTLs, pacing).
//
//   nettrio-sim --tun tsim --scenario path.json --log probes.jsonl
//   nettrio-sim --check path.json          (validate a scenario file and exit)
//
// It prints "ready" once attached to the device and runs until SIGTERM/SIGINT. Replies
// wait in a timer queue: a slow hop never delays the reading of the next probe.
//
// The sim is not punctual on a loaded machine (a vCPU can be descheduled for milliseconds),
// so tests never compare nettrio's RTTs with the scenario's nominal delays. A packet socket
// on the TUN device sees each probe leave and each genuine reply arrive with the kernel's
// receive timestamps (the same clock and the same skb stamp nettrio's SO_TIMESTAMPNS reads),
// and the sim logs the wire RTT of every answered probe: {"wire": N, "rtt_ms": ...}, N being
// the probe's "n", "sent" when the probe left (seconds since the sim started, kernel time).
// That is the RTT nettrio must report, whenever the sim sent the reply.

#include "craft.hpp"
#include "scenario.hpp"

#include <nettrio/packet/icmp.hpp>
#include <nettrio/packet/ipv4.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_packet.h>
#include <linux/if_tun.h>
#include <net/ethernet.h>
#include <poll.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <queue>
#include <random>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_map>

namespace nettrio::sim {

namespace {

namespace pk = packet;
using steady = std::chrono::steady_clock;
using json = nlohmann::json;

volatile std::sig_atomic_t g_stop = 0;
extern "C" void on_stop_signal(int) {
  g_stop = 1;
}

// Loss and rate limit of one responder (a hop, or the destination) for one address family:
// Linux keeps its ICMP rate limit per peer, so IPv4 and IPv6 have separate buckets.
struct responder_state {
  std::uint64_t replies = 0;  // replies decided so far (for nth loss)
  double tokens = -1;         // -1: bucket not started (full)
  steady::time_point last{};
};

struct scheduled {
  steady::time_point due;
  std::uint64_t order = 0;
  bytes packet;
  friend bool operator>(const scheduled& a, const scheduled& b) {
    return a.due != b.due ? a.due > b.due : a.order > b.order;
  }
};

std::string_view proto_name(std::uint8_t p) {
  switch (p) {
    case pk::ip_proto_udp:
      return "udp";
    case pk::ip_proto_tcp:
      return "tcp";
    case pk::ip_proto_icmp:
    case pk::ip_proto_icmpv6:
      return "icmp";
    default:
      return "other";
  }
}

// FNV-1a over a whole packet: the key that joins what the TUN fd and the packet socket see.
std::uint64_t packet_key(pk::bytes_view b) {
  std::uint64_t h = 1469598103934665603ULL;
  for (const auto x : b) {
    h ^= static_cast<std::uint8_t>(x);
    h *= 1099511628211ULL;
  }
  return h;
}

using wall_ns = std::int64_t;  // CLOCK_REALTIME, as SO_TIMESTAMPNS stamps it

class simulator {
 public:
  simulator(scenario sc, int tun_fd, std::FILE* log)
      : sc_(std::move(sc)),
        tun_(tun_fd),
        log_(log),
        rng_(sc_.seed),
        hops_(sc_.hops.size()),
        start_(steady::now()),
        start_wall_(std::chrono::duration_cast<std::chrono::nanoseconds>(
                        std::chrono::system_clock::now().time_since_epoch())
                        .count()) {}

  void on_packet(pk::bytes_view raw, steady::time_point now) {
    ++read_;
    json line;
    line["t"] = std::chrono::duration<double>(now - start_).count();
    auto p = decode(raw);
    if (!p) {
      line["probe"] = false;
      line["len"] = raw.size();
      write_log(line);
      return;
    }
    const auto kind = kind_of(*p);
    describe(*p, kind, line);
    if (kind == probe_kind::other) {
      line["probe"] = false;
      write_log(line);
      return;
    }
    line["probe"] = true;
    const std::uint64_t n = probes_++;
    line["n"] = n;
    current_probe_key_ = packet_key(raw);
    current_probe_n_ = n;
    decide(*p, kind, now, line);
    write_log(line);
  }

  // What the packet socket saw on the device: a probe leaving nettrio (outgoing) or a
  // reply the sim wrote (incoming), with the kernel's timestamp.
  void on_wire(pk::bytes_view raw, bool outgoing, wall_ns stamp) {
    const auto key = packet_key(raw);
    if (outgoing) {
      wire_out_.emplace(key, stamp);  // the first copy counts
      return;
    }
    const auto owner = reply_owner_.find(key);
    if (owner == reply_owner_.end()) return;
    const auto [n, probe_key] = owner->second;
    reply_owner_.erase(owner);
    const auto out = wire_out_.find(probe_key);
    if (out == wire_out_.end()) return;
    json line;
    line["wire"] = n;
    line["rtt_ms"] = static_cast<double>(stamp - out->second) / 1e6;
    line["sent"] = static_cast<double>(out->second - start_wall_) / 1e9;
    write_log(line);
  }

  [[nodiscard]] std::optional<steady::time_point> next_due() const {
    if (queue_.empty()) return std::nullopt;
    return queue_.top().due;
  }

  void send_due(steady::time_point now) {
    while (!queue_.empty() && queue_.top().due <= now) {
      const auto& item = queue_.top();
      if (::write(tun_, item.packet.data(), item.packet.size()) < 0) {
        if (write_errors_++ == 0)
          std::cerr << fmt::format("nettrio-sim: write to TUN failed ({} bytes): {}\n",
                                   item.packet.size(), std::strerror(errno));
      } else {
        ++sent_;
        const auto late = steady::now() - item.due;
        max_late_ = std::max(max_late_, late);
        total_late_ += late;
      }
      queue_.pop();
    }
  }

  void summary() const {
    using us = std::chrono::duration<double, std::micro>;
    std::cerr << fmt::format(
        "nettrio-sim: {} packets read, {} probes, {} packets sent ({:.0f} us late on average, "
        "{:.0f} us at most), {} write errors\n",
        read_, probes_, sent_, sent_ ? us(total_late_).count() / static_cast<double>(sent_) : 0.0,
        us(max_late_).count(), write_errors_);
  }

 private:
  void write_log(const json& line) {
    if (!log_) return;
    const auto text = line.dump() + "\n";
    std::fputs(text.c_str(), log_);
    std::fflush(log_);
  }

  static void describe(const probe_view& p, probe_kind kind, json& line) {
    line["family"] = p.family == ip_family::v4 ? 4 : 6;
    line["proto"] = proto_name(p.protocol);
    line["src"] = p.source.to_string();
    line["dst"] = p.destination.to_string();
    line["ttl"] = p.ttl;
    line["len"] = p.packet.size();
    switch (kind) {
      case probe_kind::udp:
        line["sport"] = p.src_port;
        line["dport"] = p.dst_port;
        line["useq"] = p.udp_seq;
        break;
      case probe_kind::tcp_syn:
        line["sport"] = p.src_port;
        line["dport"] = p.dst_port;
        line["flags"] = p.tcp_flags;
        break;
      case probe_kind::echo_request:
        line["id"] = p.icmp_id;
        line["seq"] = p.icmp_seq;
        if (p.l4().size() >= 4) line["csum"] = pk::load_be16(p.l4(), 2);  // what ECMP may hash
        break;
      case probe_kind::other:
        if (p.protocol == pk::ip_proto_tcp) line["flags"] = p.tcp_flags;
        if (p.protocol == pk::ip_proto_icmp || p.protocol == pk::ip_proto_icmpv6)
          line["type"] = p.icmp_type;
        break;
    }
  }

  // The Paris traceroute model of a per-flow load balancer: addresses, protocol and the
  // first four transport bytes (UDP/TCP ports; ICMP type, code and checksum).
  static std::uint64_t flow_hash(const probe_view& p) {
    std::uint64_t h = 1469598103934665603ULL;
    auto mix = [&h](std::uint8_t b) {
      h ^= b;
      h *= 1099511628211ULL;
    };
    const std::size_t n = p.family == ip_family::v4 ? 4 : 16;
    for (std::size_t i = 0; i < n; ++i) mix(p.source.bytes()[i]);
    for (std::size_t i = 0; i < n; ++i) mix(p.destination.bytes()[i]);
    mix(p.protocol);
    const auto t = p.l4();
    for (std::size_t i = 0; i < 4 && i < t.size(); ++i) mix(static_cast<std::uint8_t>(t[i]));
    return h;
  }

  // The member of a hop a probe's flow takes (ECMP), among those of its family; null when
  // the hop has none.
  static const ip_address* member_for(const hop_spec& hs, const probe_view& p) {
    std::vector<const ip_address*> mine;
    for (const auto& a : hs.addresses)
      if (a.family() == p.family) mine.push_back(&a);
    if (mine.empty()) return nullptr;
    return mine[flow_hash(p) % mine.size()];
  }

  bool lose(responder_state& st, const loss_spec& loss) {
    const std::uint64_t n = st.replies++;
    if (loss.nth && n % loss.nth == 0) return true;
    if (loss.random > 0 && std::uniform_real_distribution<double>(0, 1)(rng_) < loss.random)
      return true;
    return false;
  }

  // Linux icmp_ratelimit: a bucket of `burst` tokens, refilled at `per_second`.
  static bool rate_limited(responder_state& st, const std::optional<rate_limit_spec>& rl,
                           steady::time_point now) {
    if (!rl) return false;
    if (st.tokens < 0) {
      st.tokens = rl->burst;
    } else {
      st.tokens =
          std::min(rl->burst, st.tokens + rl->per_second *
                                              std::chrono::duration<double>(now - st.last).count());
    }
    st.last = now;
    if (st.tokens < 1) return true;
    st.tokens -= 1;
    return false;
  }

  // A hop before `reached` that must forward the packet over a link with a smaller MTU: its
  // "fragmentation needed" (IPv4 type 3 code 4, the MTU in bytes 6-7) or "packet too big"
  // (ICMPv6 type 2, bytes 4-7), or nothing when its signal is filtered. IPv4 packets
  // without Don't Fragment are fragmented there and go on (the sim lets them pass).
  bool too_big(const probe_view& p, int reached, steady::time_point now, json& line) {
    const bool v4 = p.family == ip_family::v4;
    if (v4 && p.packet.size() > 6 && (std::to_integer<unsigned>(p.packet[6]) & 0x40U) == 0)
      return false;
    for (int k = 1; k < reached && static_cast<std::size_t>(k) <= sc_.hops.size(); ++k) {
      const auto& h = sc_.hops[static_cast<std::size_t>(k - 1)];
      if (h.mtu == 0 || p.packet.size() <= h.mtu) continue;
      line["hop"] = k;
      line["mtu"] = h.mtu;
      const ip_address* from = nullptr;
      for (const auto& a : h.addresses)
        if (a.family() == p.family && !from) from = &a;
      auto& st = hops_[static_cast<std::size_t>(k - 1)][v4 ? 0 : 1];
      if (!h.mtu_signal || h.silent || !from || rate_limited(st, h.rate_limit, now)) {
        line["action"] = "too_big_dropped";
        return true;
      }
      const auto reply_ttl = static_cast<std::uint8_t>(std::clamp(65 - k, 1, 255));
      const auto quote = seen_at(p, static_cast<std::uint8_t>(p.ttl - (k - 1)));
      auto err = icmp_error(p.family, *from, p.source, reply_ttl,
                            v4 ? pk::icmp4::dest_unreachable : pk::icmp6::packet_too_big,
                            v4 ? 4 : 0, quote, {});
      const auto off = l4_offset_of(p.family);
      auto l4 = pk::mutable_bytes(err).subspan(off);
      if (v4)
        pk::store_be16(l4, 6, static_cast<std::uint16_t>(h.mtu));
      else
        pk::store_be32(l4, 4, h.mtu);
      finish_checksum(err, p.family, v4 ? pk::ip_proto_icmp : pk::ip_proto_icmpv6, off);
      enqueue(now + h.rtt, std::move(err));
      line["action"] = "too_big";
      return true;
    }
    return false;
  }

  void enqueue(steady::time_point due, bytes pkt) {
    queue_.push(scheduled{due, order_++, std::move(pkt)});
  }

  void decide(const probe_view& p, probe_kind kind, steady::time_point now, json& line) {
    const bool v4 = p.family == ip_family::v4;
    const int dest_hop = sc_.destination_hop();
    const bool at_destination = p.ttl >= dest_hop;
    const int hop = at_destination ? dest_hop : p.ttl;
    // Initial TTL 64, one less per hop of the way back (longer where a hop says so).
    const int extra =
        !at_destination && hop >= 1 && static_cast<std::size_t>(hop) <= sc_.hops.size()
            ? sc_.hops[static_cast<std::size_t>(hop - 1)].return_extra
            : 0;
    const auto reply_ttl = static_cast<std::uint8_t>(std::clamp(65 - hop - extra, 1, 255));
    line["hop"] = hop;
    if (p.ttl == 0) {
      line["action"] = "silent";
      return;
    }

    if (too_big(p, hop, now, line)) return;
    // The routers the probe passed on its way: a member that blackholes (forward_loss), and
    // the last NAT, whose work its quotes show from here on.
    const ip_address* nat_from = nullptr;
    bool nat_restore = false;
    const auto passed = std::min(static_cast<std::size_t>(hop - 1), sc_.hops.size());
    auto via = json::array();  // the routers passed, for tests to check per-path outcomes
    for (std::size_t i = 0; i < passed; ++i) {
      const auto* member = member_for(sc_.hops[i], p);
      via.push_back(member ? json(member->to_string()) : json(nullptr));
      line["via"] = via;
      if (!member) continue;
      for (const auto& [a, chance] : sc_.hops[i].forward_loss)
        if (a == *member && std::uniform_real_distribution<double>(0, 1)(rng_) < chance) {
          line["action"] = "dropped";
          line["dropped_by"] = member->to_string();
          return;
        }
      if (sc_.hops[i].nat_restore) {
        nat_from = member;
        nat_restore = *sc_.hops[i].nat_restore;
      }
    }

    ip_address from;
    std::chrono::microseconds rtt{0};
    responder_state* st = nullptr;
    const loss_spec* loss = nullptr;
    const std::optional<rate_limit_spec>* rl = nullptr;
    const hop_spec* hs = nullptr;
    if (at_destination) {
      const auto& d = sc_.destination;
      const bool silent = (kind == probe_kind::echo_request && d.echo == echo_behaviour::silent) ||
                          (kind == probe_kind::udp && d.udp == udp_behaviour::silent) ||
                          (kind == probe_kind::tcp_syn && d.tcp == tcp_behaviour::silent);
      if (silent) {
        line["action"] = "silent";
        return;
      }
      from = p.destination;
      rtt = d.rtt;
      st = &dest_[v4 ? 0 : 1];
      loss = &d.loss;
      rl = &d.rate_limit;
    } else {
      const auto index = static_cast<std::size_t>(hop - 1);
      if (index >= sc_.hops.size() || sc_.hops[index].silent) {
        line["action"] = "silent";
        return;
      }
      hs = &sc_.hops[index];
      const auto* member = member_for(*hs, p);
      if (!member) {
        line["action"] = "silent";
        return;
      }
      from = *member;
      rtt = hs->rtt;
      st = &hops_[index][v4 ? 0 : 1];
      loss = &hs->loss;
      rl = &hs->rate_limit;
    }
    line["from"] = from.to_string();
    if (lose(*st, *loss)) {
      line["action"] = "lost";
      return;
    }
    if (rate_limited(*st, *rl, now)) {
      line["action"] = "rate_limited";
      return;
    }

    const auto& hostile = sc_.hostile;
    const bool in_scope = hostile.scope == hostile_scope::all ||
                          (hostile.scope == hostile_scope::hops && !at_destination) ||
                          (hostile.scope == hostile_scope::destination && at_destination);
    const std::uint8_t ttl_seen = static_cast<std::uint8_t>(p.ttl - (hop - 1));
    auto quote = seen_at(p, ttl_seen);
    if (nat_from) {
      quote_set_source(quote, p.family, *nat_from, true);
      if (nat_restore) quote_set_source(quote, p.family, p.source, false);
      line["nat"] = nat_restore ? "checksum" : "source";
    }
    const std::uint8_t te_type = v4 ? pk::icmp4::time_exceeded : pk::icmp6::time_exceeded;
    const std::uint8_t unreach_type =
        v4 ? pk::icmp4::dest_unreachable : pk::icmp6::dest_unreachable;
    const std::uint8_t port_code = v4 ? 3 : 4;

    // The genuine reply.
    bytes real;
    std::uint8_t err_type = te_type, err_code = 0;
    bool is_error = true;
    if (!at_destination) {
      bytes ext;
      std::uint8_t words = 0;
      if (in_scope && hostile.extensions != extension_abuse::none) {
        ext = abusive_extension(hostile.extensions, hs->mpls);
        if (hostile.extensions == extension_abuse::short_quote) words = v4 ? 8 : 4;  // 32 bytes
      } else if (!hs->mpls.empty()) {
        ext = mpls_extension(hs->mpls);
      }
      real = icmp_error(p.family, from, p.source, reply_ttl, te_type, 0, quote, ext, words);
      line["reply"] = "time_exceeded";
    } else if (kind == probe_kind::udp) {
      err_type = unreach_type;
      err_code = port_code;
      real = icmp_error(p.family, from, p.source, reply_ttl, err_type, err_code, quote, {});
      line["reply"] = "port_unreachable";
    } else if (kind == probe_kind::echo_request) {
      is_error = false;
      real = echo_reply(p, from, reply_ttl, p.icmp_id, p.icmp_seq);
      line["reply"] = "echo_reply";
    } else {
      is_error = false;
      const bool synack = sc_.destination.tcp == tcp_behaviour::synack;
      real = tcp_answer(p, from, reply_ttl, synack, p.dst_port, p.src_port);
      line["reply"] = synack ? "synack" : "rst";
    }

    auto due = now + rtt;
    if (in_scope) {
      const auto forged =
          forge(p, kind, real, quote, from, reply_ttl, is_error, err_type, err_code);
      for (auto& f : forged) enqueue(due, std::move(f));
      if (!forged.empty()) line["forged"] = forged.size();
      if (!hostile.real) {
        line["action"] = "forged_only";
        return;
      }
      if (hostile.reorder_every > 0 &&
          ++genuine_ % static_cast<std::uint64_t>(hostile.reorder_every) == 0) {
        due += hostile.reorder_delay;
        line["reordered"] = true;
      }
      for (int k = 1; k <= hostile.duplicates; ++k) enqueue(due + k * hostile.duplicate_gap, real);
      if (hostile.duplicates) line["duplicates"] = hostile.duplicates;
    }
    reply_owner_.emplace(packet_key(real), std::pair{current_probe_n_, current_probe_key_});
    enqueue(due, std::move(real));
    line["action"] = "reply";
  }

  // Forged packets for one probe, in the order they are sent (all before the genuine one).
  std::vector<bytes> forge(const probe_view& p, probe_kind kind, const bytes& real,
                           const bytes& quote, const ip_address& from, std::uint8_t reply_ttl,
                           bool is_error, std::uint8_t err_type, std::uint8_t err_code) {
    const bool v4 = p.family == ip_family::v4;
    const std::uint8_t te_type = v4 ? pk::icmp4::time_exceeded : pk::icmp6::time_exceeded;
    const std::uint8_t etype = is_error ? err_type : te_type;
    const std::uint8_t ecode = is_error ? err_code : 0;
    const auto& unprobed = v4 ? sc_.unprobed4 : sc_.unprobed6;
    auto error_quoting = [&](const bytes& q) {
      return icmp_error(p.family, from, p.source, reply_ttl, etype, ecode, q, {});
    };
    std::vector<bytes> out;
    for (const auto f : sc_.hostile.forge) {
      switch (f) {
        case forgery::bad_checksum:
          out.push_back(with_bad_checksum(real, p.family));
          break;
        case forgery::truncate: {
          const std::size_t full = real.size() - l4_offset_of(p.family);
          const std::size_t most =
              sc_.hostile.truncate_max ? std::min(sc_.hostile.truncate_max, full - 1) : full - 1;
          for (std::size_t len = 0; len <= most; ++len)
            out.push_back(truncated(real, p.family, len));
          break;
        }
        case forgery::other_flow: {
          // Another flow of ours: other destination port / sequence.
          bytes q = quote;
          if (kind == probe_kind::echo_request) {
            quote_set_echo(q, p.family, std::nullopt,
                           static_cast<std::uint16_t>(p.icmp_seq + 0x8000));
            out.push_back(echo_reply(p, p.destination, reply_ttl, p.icmp_id,
                                     static_cast<std::uint16_t>(p.icmp_seq + 0x8000)));
          } else {
            quote_set_ports(q, p.family, std::nullopt,
                            static_cast<std::uint16_t>(p.dst_port + 2000));
            if (kind == probe_kind::udp)
              quote_set_udp_seq(q, p.family, static_cast<std::uint16_t>(p.udp_seq + 0x8000));
            if (kind == probe_kind::tcp_syn && !is_error)
              out.push_back(tcp_answer(p, from, reply_ttl, false,
                                       static_cast<std::uint16_t>(p.dst_port + 2000), p.src_port));
          }
          out.push_back(error_quoting(q));
          break;
        }
        case forgery::other_process: {
          // Another process: other echo identifier, other source port.
          bytes q = quote;
          if (kind == probe_kind::echo_request) {
            const auto id = static_cast<std::uint16_t>(p.icmp_id ^ 0x8000);
            quote_set_echo(q, p.family, id, std::nullopt);
            out.push_back(echo_reply(p, p.destination, reply_ttl, id, p.icmp_seq));
          } else {
            quote_set_ports(q, p.family, static_cast<std::uint16_t>(p.src_port ^ 0x8000),
                            std::nullopt);
            if (kind == probe_kind::tcp_syn && !is_error)
              out.push_back(tcp_answer(p, from, reply_ttl, false, p.dst_port,
                                       static_cast<std::uint16_t>(p.src_port ^ 0x8000)));
          }
          out.push_back(error_quoting(q));
          break;
        }
        case forgery::spoof_id: {
          bytes q = quote;
          if (kind == probe_kind::echo_request) {
            const auto id = static_cast<std::uint16_t>(p.icmp_id + 1);
            quote_set_echo(q, p.family, id, std::nullopt);
            out.push_back(echo_reply(p, p.destination, reply_ttl, id, p.icmp_seq));
          } else {
            // Flipping bit 15 leaves Linux' ephemeral range (32768-60999): never another
            // probe of ours, whose source ports the kernel picked there.
            quote_set_ports(q, p.family, static_cast<std::uint16_t>(p.src_port ^ 0x8001),
                            std::nullopt);
          }
          out.push_back(error_quoting(q));
          break;
        }
        case forgery::spoof_seq: {
          bytes q = quote;
          if (kind == probe_kind::echo_request) {
            // The previous sequence carrying this probe's data: only the payload check
            // tells it from the real answer to that earlier probe.
            quote_set_echo(q, p.family, std::nullopt,
                           static_cast<std::uint16_t>(p.icmp_seq + 0x4000));
            out.push_back(echo_reply(p, p.destination, reply_ttl, p.icmp_id,
                                     static_cast<std::uint16_t>(p.icmp_seq - 1)));
          } else if (kind == probe_kind::udp) {
            quote_set_udp_seq(q, p.family, static_cast<std::uint16_t>(p.udp_seq + 0x4000));
          } else {
            // Our ports, another sequence: an "administratively prohibited" that only the
            // kernel, which knows the SYN's sequence, can tell from a genuine one.
            quote_set_tcp_seq(q, p.family, 0x5eed0000U);
            out.push_back(icmp_error(p.family, from, p.source, reply_ttl,
                                     v4 ? pk::icmp4::dest_unreachable : pk::icmp6::dest_unreachable,
                                     v4 ? 13 : 1, q, {}));
            break;
          }
          out.push_back(error_quoting(q));
          break;
        }
        case forgery::unprobed_source:
          // An error quoting our probe is genuine whoever sends it; answers are not.
          if (kind == probe_kind::echo_request)
            out.push_back(echo_reply(p, unprobed, reply_ttl, p.icmp_id, p.icmp_seq));
          else if (kind == probe_kind::tcp_syn && !is_error)
            out.push_back(tcp_answer(p, unprobed, reply_ttl, false, p.dst_port, p.src_port));
          break;
        case forgery::never_sent: {
          bytes q = quote;
          quote_set_destination(q, p.family, unprobed);
          auto r = static_cast<std::uint16_t>(rng_() & 0xffff);
          if (kind == probe_kind::echo_request) {
            if (r == p.icmp_id) ++r;
            quote_set_echo(q, p.family, r, static_cast<std::uint16_t>(rng_() & 0xffff));
          } else {
            if (r == p.src_port) ++r;
            quote_set_ports(q, p.family, r, static_cast<std::uint16_t>(rng_() & 0xffff));
          }
          out.push_back(icmp_error(p.family, from, p.source, reply_ttl, te_type, 0, q, {}));
          break;
        }
      }
    }
    return out;
  }

  scenario sc_;
  int tun_;
  std::FILE* log_;
  std::mt19937_64 rng_;
  std::vector<std::array<responder_state, 2>> hops_;  // [hop][v4, v6]
  std::array<responder_state, 2> dest_;
  steady::time_point start_;
  wall_ns start_wall_;
  std::priority_queue<scheduled, std::vector<scheduled>, std::greater<>> queue_;
  std::uint64_t order_ = 0;
  std::uint64_t genuine_ = 0;
  std::uint64_t read_ = 0, probes_ = 0, sent_ = 0, write_errors_ = 0;
  steady::duration max_late_{}, total_late_{};  // how far behind its due time a reply went
  // Wire timing: when each probe (by packet key) left, and which probe a genuine reply
  // (by packet key) answers.
  std::unordered_map<std::uint64_t, wall_ns> wire_out_;
  std::unordered_map<std::uint64_t, std::pair<std::uint64_t, std::uint64_t>> reply_owner_;
  std::uint64_t current_probe_key_ = 0, current_probe_n_ = 0;
};

// A packet socket on the TUN device, with kernel receive timestamps; -1 when it cannot be
// had (the tests that need wire times then fail, saying so).
int open_tap(const std::string& name) {
  const int fd = ::socket(AF_PACKET, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, htons(ETH_P_ALL));
  if (fd < 0) return -1;
  const int on = 1;
  ifreq ifr{};
  std::memcpy(ifr.ifr_name, name.c_str(), std::min(name.size(), sizeof ifr.ifr_name - 1));
  sockaddr_ll sll{};
  sll.sll_family = AF_PACKET;
  sll.sll_protocol = htons(ETH_P_ALL);
  if (::ioctl(fd, SIOCGIFINDEX, &ifr) == 0) sll.sll_ifindex = ifr.ifr_ifindex;
  if (sll.sll_ifindex == 0 || ::setsockopt(fd, SOL_SOCKET, SO_TIMESTAMPNS, &on, sizeof on) != 0 ||
      ::bind(fd, reinterpret_cast<const sockaddr*>(&sll), sizeof sll) != 0) {
    ::close(fd);
    return -1;
  }
  int size = 4 << 20;
  ::setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof size);
  return fd;
}

// Reads every queued packet of the tap into the simulator.
void drain_tap(int fd, simulator& sim, std::vector<std::byte>& buf) {
  for (int i = 0; i < 4096; ++i) {
    sockaddr_ll from{};
    iovec iov{buf.data(), buf.size()};
    alignas(cmsghdr) std::array<char, 256> control{};
    msghdr msg{};
    msg.msg_name = &from;
    msg.msg_namelen = sizeof from;
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control.data();
    msg.msg_controllen = control.size();
    const ssize_t len = ::recvmsg(fd, &msg, 0);
    if (len < 0) return;
    wall_ns stamp = -1;
    for (cmsghdr* c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
      if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_TIMESTAMPNS &&
          c->cmsg_len >= CMSG_LEN(sizeof(timespec))) {
        timespec ts{};
        std::memcpy(&ts, CMSG_DATA(c), sizeof ts);
        stamp = static_cast<wall_ns>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
      }
    }
    if (stamp < 0 || (msg.msg_flags & MSG_TRUNC)) continue;
    sim.on_wire(pk::bytes_view(buf.data(), static_cast<std::size_t>(len)),
                from.sll_pkttype == PACKET_OUTGOING, stamp);
  }
}

int open_tun(const std::string& name) {
  const int fd = ::open("/dev/net/tun", O_RDWR | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) throw std::system_error(errno, std::generic_category(), "cannot open /dev/net/tun");
  ifreq ifr{};
  ifr.ifr_flags = IFF_TUN | IFF_NO_PI;
  if (name.size() >= IFNAMSIZ) throw std::runtime_error("TUN device name too long");
  std::memcpy(ifr.ifr_name, name.c_str(), name.size());
  if (::ioctl(fd, TUNSETIFF, &ifr) != 0) {
    const int err = errno;
    ::close(fd);
    throw std::system_error(err, std::generic_category(),
                            fmt::format("cannot attach to TUN device '{}'", name));
  }
  return fd;
}

int run(const std::string& tun_name, const std::string& scenario_path,
        const std::string& log_path) {
  auto sc = load_scenario(scenario_path);
  std::FILE* log = nullptr;
  if (!log_path.empty()) {
    log = std::fopen(log_path.c_str(), "w");
    if (!log) throw std::system_error(errno, std::generic_category(), "cannot write " + log_path);
  }
  const int fd = open_tun(tun_name);
  // Timers to the microsecond: replies are due at exact simulated RTTs. On a loaded machine
  // (a build on every core) an ordinary task wakes milliseconds late; a real-time one does
  // not. The sim sleeps nearly all the time, so this costs the others nothing. Best effort.
  ::prctl(PR_SET_TIMERSLACK, 1UL, 0UL, 0UL, 0UL);
  sched_param sp{};
  sp.sched_priority = 10;
  if (::sched_setscheduler(0, SCHED_FIFO, &sp) != 0)
    std::cerr << "nettrio-sim: no real-time priority (" << std::strerror(errno)
              << "): replies may be late under load\n";

  // SIGTERM/SIGINT only interrupt ppoll(): no stop request is lost between checks.
  sigset_t block, during_poll;
  sigemptyset(&block);
  sigaddset(&block, SIGTERM);
  sigaddset(&block, SIGINT);
  sigprocmask(SIG_BLOCK, &block, &during_poll);
  sigdelset(&during_poll, SIGTERM);
  sigdelset(&during_poll, SIGINT);
  struct sigaction sa {};
  sa.sa_handler = on_stop_signal;
  sigaction(SIGTERM, &sa, nullptr);
  sigaction(SIGINT, &sa, nullptr);

  const int tap = open_tap(tun_name);
  if (tap < 0)
    std::cerr << "nettrio-sim: no packet socket on " << tun_name << " (" << std::strerror(errno)
              << "): no wire RTTs in the log\n";

  simulator sim(std::move(sc), fd, log);
  std::cout << "ready" << std::endl;

  std::vector<std::byte> buf(65536);
  while (!g_stop) {
    const auto now = steady::now();
    sim.send_due(now);
    timespec ts{};
    timespec* timeout = nullptr;
    if (auto due = sim.next_due()) {
      const auto wait = std::max(*due - steady::now(), steady::duration::zero());
      const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(wait).count();
      ts.tv_sec = static_cast<time_t>(ns / 1000000000);
      ts.tv_nsec = static_cast<long>(ns % 1000000000);
      timeout = &ts;
    }
    std::array<pollfd, 2> pfd{pollfd{fd, POLLIN, 0}, pollfd{tap, POLLIN, 0}};
    const int n = ::ppoll(pfd.data(), tap >= 0 ? 2 : 1, timeout, &during_poll);
    if (n < 0 && errno != EINTR) throw std::system_error(errno, std::generic_category(), "ppoll");
    if (tap >= 0) drain_tap(tap, sim, buf);
    if (n > 0 && (pfd[0].revents & POLLIN)) {
      for (int i = 0; i < 1024; ++i) {
        const ssize_t len = ::read(fd, buf.data(), buf.size());
        if (len < 0) break;  // EAGAIN: all read
        sim.on_packet(pk::bytes_view(buf.data(), static_cast<std::size_t>(len)), steady::now());
      }
    }
  }
  if (tap >= 0) {
    drain_tap(tap, sim, buf);
    ::close(tap);
  }
  sim.summary();
  ::close(fd);
  if (log) std::fclose(log);
  return 0;
}

}  // namespace

}  // namespace nettrio::sim

int main(int argc, char** argv) {
  std::string tun = "tsim", scenario_path, log_path, check;
  const std::string usage =
      "usage: nettrio-sim --tun NAME --scenario FILE [--log FILE]\n"
      "       nettrio-sim --check FILE\n";
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "nettrio-sim: " << a << " needs a value\n" << usage;
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--tun")
      tun = value();
    else if (a == "--scenario")
      scenario_path = value();
    else if (a == "--log")
      log_path = value();
    else if (a == "--check")
      check = value();
    else if (a == "--help" || a == "-h") {
      std::cout << usage;
      return 0;
    } else {
      std::cerr << "nettrio-sim: unknown argument '" << a << "'\n" << usage;
      return 2;
    }
  }
  try {
    if (!check.empty()) {
      (void)nettrio::sim::load_scenario(check);
      std::cout << check << ": ok\n";
      return 0;
    }
    if (scenario_path.empty()) {
      std::cerr << "nettrio-sim: --scenario is required\n" << usage;
      return 2;
    }
    return nettrio::sim::run(tun, scenario_path, log_path);
  } catch (const std::exception& e) {
    std::cerr << "nettrio-sim: " << e.what() << "\n";
    return 2;
  }
}
