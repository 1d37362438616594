#pragma once
// Decoding what a raw ICMP socket returns into a `reply`, apart from receiving it: a pure
// function over bytes, so it is unit-tested on byte fixtures and fuzzed
// (tests/fuzz/fuzz_packet.cpp) exactly as socket_network runs it.

#include <nettrio/packet/bytes.hpp>
#include <nettrio/probe/probe.hpp>

#include <cstdint>
#include <optional>

namespace nettrio {

/// What the receiving socket knows about our probes.
struct raw_icmp_context {
  ip_family family = ip_family::v4;
  std::uint16_t echo_id = 0;   // our echo identifier: echo replies with another are dropped
  bool udp_via_raw = false;    // UDP probes are answered here (privileged), not the error queue
  std::uint16_t udp_port = 0;  // our UDP source port
};

/// Decodes one datagram of a raw ICMP socket (IPv4: IP header + ICMP message; IPv6: the
/// ICMPv6 message, `ttl` from IPV6_HOPLIMIT). Returns what it says about a probe of ours,
/// or nullopt for anything else: another process's echo reply, an error quoting a probe we
/// cannot have sent, malformed or short bytes, an error with a bad checksum.
///
/// The caller sets `from` and `received`; for an echo reply `probe_destination` is the
/// sender. For an error about a TCP probe, `protocol`, `src_port` and `dst_port` name it and
/// the caller finds its token.
[[nodiscard]] std::optional<reply> decode_raw_icmp(const raw_icmp_context& ctx,
                                                   packet::bytes_view datagram, int ttl);

}  // namespace nettrio
