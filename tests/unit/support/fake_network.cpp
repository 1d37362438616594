#include "support/fake_network.hpp"

#include "probe/method.hpp"

#include <nettrio/packet/bytes.hpp>
#include <nettrio/packet/icmp.hpp>

#include <algorithm>
#include <stdexcept>
#include <string>

namespace nettrio::test {

namespace {

namespace pk = packet;

// Addresses that no test probes: forgeries come from or name them.
ip_address stranger(ip_family f) {
  return *ip_address::parse(f == ip_family::v4 ? "198.51.100.77" : "2001:db8:ffff::77");
}

// The flow an ECMP router tells apart: ports for UDP (classic traces change the destination port
// on every probe, --paris does not), the source port of a TCP connection (a fresh one per
// connection unless the probe names it), the constant identifier for echo, and for an echo
// that holds its checksum (--paris, --mda -I) that checksum, as a router hashing the first
// transport bytes sees it: the one's complement sum of sequence and data.
std::size_t flow_of(const probe& p) {
  switch (p.protocol) {
    case probe_protocol::udp:
      return p.dst_port;
    case probe_protocol::tcp:
      return p.src_port != 0 ? p.src_port : static_cast<std::size_t>(p.token) + 65536;
    case probe_protocol::icmp_echo: {
      if (!p.constant_checksum) break;
      std::uint32_t sum = p.sequence;
      for (std::size_t i = 0; i < p.payload.size(); i += 2) {
        std::uint32_t w = static_cast<std::uint32_t>(p.payload[i]) << 8;
        if (i + 1 < p.payload.size()) w |= static_cast<std::uint32_t>(p.payload[i + 1]);
        sum += w;
      }
      while (sum > 0xffff) sum = (sum & 0xffff) + (sum >> 16);
      return 65536 * 2 + sum;
    }
    case probe_protocol::raw:
      break;
  }
  return fake_network::echo_id;
}

}  // namespace

bool loss_pattern::drops(int arrival) const noexcept {
  if (every > 0 && arrival % every == 0) return true;
  return std::find(nth.begin(), nth.end(), arrival) != nth.end();
}

fake_network::fake_network(std::vector<host> hosts) {
  for (auto& h : hosts) add_host(std::move(h));
}

fake_network::~fake_network() {
  *alive_ = false;
}

void fake_network::add_host(host h) {
  host_state s;
  s.router_arrivals.assign(h.path.size(), 0);
  s.router_errors_sent.assign(h.path.size(), 0);
  s.router_flows.resize(h.path.size());
  s.spec = std::move(h);
  hosts_.push_back(std::move(s));
}

ip_address fake_network::local_address(ip_family family) {
  return *ip_address::parse(family == ip_family::v4 ? "10.255.255.2" : "2001:db8:ffff::2");
}

namespace {

// The quoted source and transport checksum of a probe as sent from `source` (raw quotes).
void quote_headers(reply& r, const probe& p, const ip_address& source) {
  r.quoted_source = source;
  switch (p.protocol) {
    case probe_protocol::udp:
      r.quoted_checksum = detail::udp_checksum(source, p, fake_network::udp_port, p.payload);
      break;
    case probe_protocol::icmp_echo:
      r.quoted_checksum = detail::echo_checksum(source, p, fake_network::echo_id, p.payload);
      break;
    case probe_protocol::tcp:
    case probe_protocol::raw:
      break;  // TCP and raw answers here are the socket error queue's: no quote
  }
}

}  // namespace

void fake_network::start(event_loop& loop, reply_handler on_reply) {
  loop_ = &loop;
  on_reply_ = std::move(on_reply);
  running_ = true;
}

void fake_network::stop() noexcept {
  running_ = false;
}

void fake_network::cancel(std::uint64_t token) noexcept {
  try {
    cancelled_.push_back(token);
  } catch (...) {  // recording is best effort; cancel() must not throw
  }
}

local_identity fake_network::identity(ip_family) const noexcept {
  return {.echo_identifier = echo_id, .udp_source_port = udp_port};
}

std::optional<std::uint32_t> fake_network::local_mtu(const ip_address& destination) {
  for (const auto& h : hosts_)
    if (h.spec.address == destination && h.spec.local_mtu != 0) return h.spec.local_mtu;
  return std::nullopt;
}

std::optional<int> fake_network::local_next_hops(const ip_address& destination) {
  for (const auto& h : hosts_)
    if (h.spec.address == destination) return h.spec.local_next_hops;
  return std::nullopt;
}

std::uint32_t wire_size(const probe& p) {
  const std::size_t ip = p.destination.is_v4() ? 20 : 40;
  const std::size_t transport = p.protocol == probe_protocol::tcp   ? 20
                                : p.protocol == probe_protocol::raw ? 0
                                                                    : 8;
  return static_cast<std::uint32_t>(ip + transport + std::max(p.payload.size(), p.payload_size));
}

std::vector<sent_probe> fake_network::sent_to(const ip_address& a) const {
  std::vector<sent_probe> out;
  for (const auto& s : sent_)
    if (s.p.destination == a) out.push_back(s);
  return out;
}

void fake_network::deliver_later(reply r, std::chrono::microseconds delay) {
  if (!loop_) throw std::logic_error("fake_network: inject() before start()");
  (void)loop_->schedule(delay, [this, alive = alive_, r = std::move(r)]() mutable {
    if (!*alive || !running_) return;
    ++delivered_;
    on_reply_(std::move(r));
  });
}

void fake_network::inject(reply r, std::chrono::microseconds delay) {
  deliver_later(std::move(r), delay);
}

reply fake_network::echo_reply_for(const sent_probe& s, std::chrono::microseconds rtt) const {
  reply r;
  r.what = reply::kind::echo_reply;
  r.from = s.p.destination;
  r.received = s.sent_at + rtt;
  r.icmp_type = s.p.destination.is_v4() ? pk::icmp4::echo_reply : pk::icmp6::echo_reply;
  r.protocol = probe_protocol::icmp_echo;
  r.probe_destination = s.p.destination;
  r.icmp_id = echo_id;
  r.sequence = s.p.sequence;
  r.payload = s.p.payload;
  return r;
}

reply fake_network::error_for(const sent_probe& s, const ip_address& from, std::uint8_t type,
                              std::uint8_t code, std::chrono::microseconds rtt) const {
  reply r;
  r.what = reply::kind::icmp_error;
  r.from = from;
  r.received = s.sent_at + rtt;
  r.icmp_type = type;
  r.icmp_code = code;
  r.protocol = s.p.protocol;
  r.probe_destination = s.p.destination;
  r.quoted_ttl = 1;
  switch (s.p.protocol) {
    case probe_protocol::icmp_echo:
      r.icmp_id = echo_id;
      r.sequence = s.p.sequence;
      r.quoted_payload = s.p.payload;  // a Linux router quotes up to 576 bytes
      // As a raw IPv4 socket reads it: the identification we wrote.
      if (s.p.destination.is_v4()) r.quoted_ip_id = s.p.ip_id;
      break;
    case probe_protocol::udp:
      // What the errqueue gives back: our source port, the probed port, and the sequence
      // the engine put in the first two payload bytes.
      r.src_port = udp_port;
      r.dst_port = s.p.dst_port;
      r.sequence = s.p.payload.size() >= 2 ? pk::load_be16(s.p.payload, 0) : 0;
      break;
    case probe_protocol::tcp:
      r.token = s.p.token;        // the real network ties TCP answers to their socket
      r.socket_confirmed = true;  // and reports the error the kernel accepted for it
      r.dst_port = s.p.dst_port;
      break;
    case probe_protocol::raw:  // the error queue of the raw socket: nothing but the address
      r.quoted_ttl = 0;
      break;
  }
  return r;
}

reply fake_network::time_exceeded_for(const sent_probe& s, const ip_address& from,
                                      std::chrono::microseconds rtt) const {
  const bool v4 = s.p.destination.is_v4();
  return error_for(s, from, v4 ? pk::icmp4::time_exceeded : pk::icmp6::time_exceeded, 0, rtt);
}

reply fake_network::unreachable_for(const sent_probe& s, const ip_address& from, std::uint8_t code,
                                    std::chrono::microseconds rtt) const {
  const bool v4 = s.p.destination.is_v4();
  return error_for(s, from, v4 ? pk::icmp4::dest_unreachable : pk::icmp6::dest_unreachable, code,
                   rtt);
}

void fake_network::answer(const host_state& h, const reply& genuine,
                          std::chrono::microseconds rtt) {
  const auto family = genuine.probe_destination.family();
  for (const auto extra : h.spec.extras) {
    reply f = genuine;
    auto when = rtt / 2;
    switch (extra) {
      case forgery::wrong_identifier:
        f.icmp_id = static_cast<std::uint16_t>(echo_id ^ 0xffff);
        break;
      case forgery::wrong_sequence:
        f.sequence = static_cast<std::uint16_t>(f.sequence ^ 0x8000);
        break;
      case forgery::wrong_quoted_destination:
        f.probe_destination = stranger(family);
        break;
      case forgery::unprobed_source:
        f.from = stranger(family);
        f.probe_destination = stranger(family);
        break;
      case forgery::spoofed_source:
        f.from = stranger(family);
        break;
      case forgery::wrong_source_port:
        f.src_port = static_cast<std::uint16_t>(f.src_port + 1);
        break;
      case forgery::wrong_destination_port:
        f.dst_port = static_cast<std::uint16_t>(f.dst_port + 1);
        break;
      case forgery::corrupt_payload:
        if (f.payload.empty())
          f.payload.push_back(std::byte{0x5a});
        else
          f.payload.back() ^= std::byte{0xff};
        break;
      case forgery::foreign_payload:
        // Another process's echo data (its checksum verifies): every byte differs.
        for (auto& b : f.payload) b = ~b;
        break;
      case forgery::wrong_quoted_cookie:
        for (auto& b : f.quoted_payload) b = ~b;
        break;
      case forgery::wrong_quoted_ip_id:
        f.quoted_ip_id = static_cast<std::uint16_t>(f.quoted_ip_id.value_or(0) ^ 0x5555);
        break;
      case forgery::quoted_ttl_above_sent:
        f.quoted_ttl = 255;  // tests send less
        break;
      case forgery::time_exceeded_foreign_quote:
        f.what = reply::kind::icmp_error;
        f.from = stranger(family);
        f.icmp_type = family == ip_family::v4 ? pk::icmp4::time_exceeded : pk::icmp6::time_exceeded;
        f.icmp_code = 0;
        f.quoted_ttl = 1;
        f.quoted_ip_id.reset();  // sent from a ping socket: an IPv4 id of its own kernel's
        f.quoted_payload = f.payload;
        for (auto& b : f.quoted_payload) b = ~b;
        f.payload.clear();
        break;
      case forgery::bad_checksum:
        f.checksum_ok = false;
        break;
      case forgery::duplicate:
        when = rtt + std::chrono::milliseconds(1);
        f.received = genuine.received + std::chrono::milliseconds(1);
        break;
    }
    deliver_later(std::move(f), when);
  }
  if (h.spec.genuine) deliver_later(genuine, rtt);
}

std::error_code fake_network::send(const probe& p, wall_time& sent_at) {
  // The loop's clocks: virtual time on a manual loop.
  sent_at = loop_ ? loop_->wall_now() : wall_clock::now();
  sent_.push_back({p, sent_at, loop_ ? loop_->now() : std::chrono::steady_clock::now()});
  const sent_probe& s = sent_.back();

  auto it = std::find_if(hosts_.begin(), hosts_.end(),
                         [&](const host_state& h) { return h.spec.address == p.destination; });
  if (it == hosts_.end()) return {};  // nowhere to go: the probe vanishes
  host_state& h = *it;
  if (h.spec.send_error) return h.spec.send_error;
  if (h.spec.local_mtu != 0 && wire_size(p) > h.spec.local_mtu)
    return std::make_error_code(std::errc::message_size);

  // What quotes show of this probe: rewritten by every NAT it has passed so far.
  const router* nat = nullptr;
  const auto quoted = [&](reply a) {
    if (!h.spec.raw_quotes || a.what != reply::kind::icmp_error) return a;
    const auto family = p.destination.family();
    if (nat && nat->nat == nat_mode::source) {
      quote_headers(a, p, nat->responders.front());
    } else {
      quote_headers(a, p, local_address(family));
      if (nat && nat->nat == nat_mode::checksum && a.quoted_checksum)
        a.quoted_checksum = static_cast<std::uint16_t>(*a.quoted_checksum + 0x0200);
    }
    return a;
  };
  for (std::size_t i = 0; i < h.spec.path.size(); ++i) {
    const router& r = h.spec.path[i];
    const int position = static_cast<int>(i) + 1;
    if (p.ttl < position) return {};  // cannot happen: TTL 0 is never sent
    // ECMP: each new flow goes to the next next-hop in turn, so distinct flows are spread
    // deterministically and one flow always takes one path.
    auto& flows = h.router_flows[i];
    auto known = std::find(flows.begin(), flows.end(), flow_of(p));
    if (known == flows.end()) known = flows.insert(flows.end(), flow_of(p));
    const auto flow_index = static_cast<std::size_t>(known - flows.begin());
    const auto& who = r.responders.at(flow_index % r.responders.size());
    const auto may_send_error = [&] {
      if (r.icmp_burst > 0 && h.router_errors_sent[i] >= r.icmp_burst) return false;
      ++h.router_errors_sent[i];
      return true;
    };
    if (r.unreachable) {
      if (!r.loss.drops(++h.router_arrivals[i]) && may_send_error()) {
        auto u = unreachable_for(s, who, *r.unreachable, r.rtt);
        // Linux answers a missing route before decrementing: the TTL it saw on arrival.
        u.quoted_ttl = static_cast<std::uint8_t>(p.ttl - position + 1);
        answer(h, quoted(u), r.rtt);
      }
      return {};
    }
    if (p.ttl == position) {
      if (r.sends_time_exceeded && !r.loss.drops(++h.router_arrivals[i]) && may_send_error())
        answer(h, quoted(time_exceeded_for(s, who, r.rtt)), r.rtt);
      return {};
    }
    if (!r.forwards) return {};
    if (std::find(r.blackholes.begin(), r.blackholes.end(), who) != r.blackholes.end()) return {};
    if (r.mtu != 0 && wire_size(p) > r.mtu) {
      const bool v4 = p.destination.is_v4();
      if (r.sends_too_big && !r.loss.drops(++h.router_arrivals[i]) && may_send_error()) {
        auto u = error_for(s, who, v4 ? pk::icmp4::dest_unreachable : pk::icmp6::packet_too_big,
                           v4 ? 4 : 0, r.rtt);
        u.mtu = r.mtu;
        // Linux checks the MTU before it decrements: the TTL the probe arrived with.
        u.quoted_ttl = static_cast<std::uint8_t>(p.ttl - position + 1);
        answer(h, u, r.rtt);
      }
      return {};
    }
    if (r.nat != nat_mode::none) nat = &r;  // the probe leaves it rewritten
  }

  // The probe reached the host.
  const auto rtt = h.spec.rtt;
  if (h.spec.mode == host_mode::silent) return {};
  if (h.spec.mode == host_mode::blocks_echo && p.protocol == probe_protocol::icmp_echo) return {};
  if (h.spec.loss.drops(++h.arrivals)) return {};
  reply r;
  switch (p.protocol) {
    case probe_protocol::icmp_echo:
      r = echo_reply_for(s, rtt);
      break;
    case probe_protocol::udp: {
      if (h.spec.icmp_burst > 0 && h.errors_sent >= h.spec.icmp_burst) return {};
      ++h.errors_sent;
      const bool v4 = p.destination.is_v4();
      r = unreachable_for(s, p.destination, v4 ? 3 : 4, rtt);  // port unreachable
      // The host saw the probe with the TTL the routers before it left.
      r.quoted_ttl = static_cast<std::uint8_t>(p.ttl - static_cast<int>(h.spec.path.size()));
      break;
    }
    case probe_protocol::tcp:
      r = error_for(s, p.destination, 0, 0, rtt);
      r.what = h.spec.mode == host_mode::refuses_tcp ? reply::kind::tcp_refused
                                                     : reply::kind::tcp_connected;
      break;
    case probe_protocol::raw: {  // an unknown protocol: IPv4 !P, IPv6 parameter problem
      const bool v4 = p.destination.is_v4();
      r = error_for(s, p.destination, v4 ? 3 : 4, v4 ? 2 : 1, rtt);
      break;
    }
  }
  r.reply_ttl = h.spec.reply_ttl;
  answer(h, quoted(std::move(r)), rtt);
  return {};
}

std::vector<router> chain(int n, ip_family family, std::chrono::microseconds rtt) {
  std::vector<router> out;
  for (int i = 1; i <= n; ++i) {
    const auto text = family == ip_family::v4 ? "10.0." + std::to_string(i) + ".1"
                                              : "2001:db8:" + std::to_string(i) + "::1";
    out.push_back(router{.responders = {addr(text.c_str())}, .rtt = rtt});
  }
  return out;
}

ip_address addr(const char* text) {
  auto a = ip_address::parse(text);
  if (!a) throw std::invalid_argument(std::string("test fixture: bad address ") + text);
  return *a;
}

}  // namespace nettrio::test
