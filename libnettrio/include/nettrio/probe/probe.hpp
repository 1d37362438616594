#pragma once
// The vocabulary of the probe engine: what goes out (probe), what the network hands back
// (reply), and what the engine reports per probe (probe_result). No sockets here.

#include <nettrio/address.hpp>
#include <nettrio/packet/icmp.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>
#include <system_error>
#include <vector>

namespace nettrio {

/// Kernel timestamps (SO_TIMESTAMPNS) are CLOCK_REALTIME, so send times are too.
using wall_clock = std::chrono::system_clock;
using wall_time = wall_clock::time_point;

/// raw: IP packets of one protocol number (socket_options::raw_protocol) carrying nothing but
/// a payload, as traceroute -P sends them: nothing in them names the probe, so a trace sends
/// them one at a time and an answer is the last one's.
enum class probe_protocol : std::uint8_t { icmp_echo, udp, tcp, raw };
[[nodiscard]] std::string_view to_string(probe_protocol p) noexcept;

/// One probe as it goes on the wire. The engine fills the identity fields.
struct probe {
  std::uint64_t token = 0;  // engine-unique
  probe_protocol protocol = probe_protocol::icmp_echo;
  ip_address destination;
  std::uint8_t ttl = 64;
  std::uint16_t sequence = 0;  // ICMP echo sequence
  std::uint16_t dst_port = 0;  // UDP/TCP destination port
  // ICMP echo data / UDP data, filled by the engine for the send. The engine keeps only its
  // size afterwards and regenerates the bytes from the run's cookie and the sequence when
  // an answer must be checked, so a large sweep holds no data per probe in flight.
  std::vector<std::byte> payload;
  std::size_t payload_size = 0;
  // IPv4 identification of an echo probe, filled by the engine (random, never 0). Only a
  // raw IPv4 socket (IP_HDRINCL) writes it; routers quote it back.
  std::uint16_t ip_id = 0;
  // Echo probes: keep the ICMP checksum the same for every sequence (Paris traceroute), by
  // compensating the sequence in the last payload word, so a load balancer that hashes
  // the checksum keeps every probe on one path.
  bool constant_checksum = false;
  // With constant_checksum: the flow the checksum is held at (trace --mda -I gives each flow
  // its own). The compensating word adds it, so flows 0, 1, 2, ... (below 0xffff) have
  // distinct checksums; flow 0 is the plain Paris probe.
  std::uint16_t checksum_flow = 0;
  // TCP: the source port the probe's socket binds (trace --mda -T: one per flow); 0 lets the
  // kernel pick an ephemeral one.
  std::uint16_t src_port = 0;
  // The caller's own mark (a ping session's target index), handed back untouched in the
  // result's `sent`: no lookup by address per answer.
  std::uint64_t tag = 0;
};

/// What an ICMP error's quote shows changed from the probe as it was sent: a NAT on the way
/// rewrote it (and did not, or not quite, undo it in the error it passed back). Filled by the
/// probe's method for accepted errors (docs/architecture.md, "NAT").
struct quote_changes {
  bool checked = false;         // the quote carried what the method compares
  bool source_address = false;  // differs from the earliest hop's quote (set by the tracer)
  bool checksum = false;        // transport checksum (UDP, ICMP echo)
  [[nodiscard]] bool any() const noexcept { return source_address || checksum; }
  friend bool operator==(const quote_changes&, const quote_changes&) = default;
};

/// What came back, as decoded from a socket (or made up by a fake network).
struct reply {
  enum class kind : std::uint8_t {
    echo_reply,     // ICMP echo reply (answers an echo probe directly)
    icmp_error,     // destination unreachable / time exceeded quoting a probe
    tcp_connected,  // the TCP handshake completed: the destination answered SYN-ACK
    tcp_refused,    // the destination answered RST
    local_error,    // the local stack refused the probe (errqueue with origin LOCAL)
  };
  kind what = kind::echo_reply;
  ip_address from;
  wall_time received{};
  int reply_ttl = -1;          // TTL / hop limit of the reply, -1 when unknown
  std::uint8_t icmp_type = 0;  // for icmp_error
  std::uint8_t icmp_code = 0;
  // Identity of the probe this answers, as read from the reply itself:
  probe_protocol protocol = probe_protocol::icmp_echo;
  ip_address probe_destination;  // echo: the replier; errors: quoted destination
  std::uint16_t icmp_id = 0;
  std::uint16_t sequence = 0;
  std::uint16_t src_port = 0;
  std::uint16_t dst_port = 0;
  std::optional<std::uint64_t> token;  // set when the socket itself identifies the probe (TCP)
  // TCP: an error the kernel matched to the probe's own socket (its error queue), which
  // checked the quoted sequence; a raw socket's copy of an error is only a candidate.
  bool socket_confirmed = false;
  std::uint8_t quoted_ttl = 0;  // TTL as the erroring router saw the probe
  // Echo probes quoted by an ICMP error: the quoted echo data (after the 8-byte ICMP header),
  // as much as the router quoted (RFC 792 promises none), without padding or extensions.
  std::vector<std::byte> quoted_payload;
  // The quoted IPv4 identification, when our socket wrote it (raw IPv4 echo probes).
  std::optional<std::uint16_t> quoted_ip_id;
  // ICMP errors: the quoted source address (raw sockets) and transport checksum, which a NAT
  // may leave rewritten.
  std::optional<ip_address> quoted_source;
  std::optional<std::uint16_t> quoted_checksum;
  // A quoted TCP probe (raw sockets): its whole segment, when the quote holds all of it and
  // it is a bare header (a SYN), so its checksum can be checked against it.
  std::vector<std::byte> quoted_tcp_segment;
  bool checksum_ok = true;
  std::vector<std::byte> payload;  // echo reply data, for verification
  std::vector<packet::mpls_label> mpls;
  // "Fragmentation needed" (IPv4 type 3 code 4) and "packet too big" (ICMPv6 type 2): the
  // next-hop MTU the router names; a local EMSGSIZE from the error queue: the local MTU
  // (ee_info). 0 when none (RFC 1191: old routers send 0).
  std::uint32_t mtu = 0;
  // IPv4 echo replies: the options of the reply's IP header (bytes 20 to IHL * 4), as a
  // raw socket reads them (record route, timestamp: iputils -R); empty when none.
  std::vector<std::byte> ip_options;
};

enum class probe_status : std::uint8_t {
  reply,          // the destination answered (echo reply, port unreachable from dst, TCP)
  time_exceeded,  // a router on the way answered
  unreachable,    // destination unreachable from a router or the destination (see code)
  timeout,        // nothing came back in time
  send_failed,    // the local stack refused to send (see error)
};
[[nodiscard]] std::string_view to_string(probe_status s) noexcept;

struct probe_result {
  probe sent;
  wall_time sent_at{};
  probe_status status = probe_status::timeout;
  std::optional<ip_address> from;
  std::optional<std::chrono::nanoseconds> rtt;
  int reply_ttl = -1;
  std::uint8_t icmp_type = 0;
  std::uint8_t icmp_code = 0;
  bool tcp_open = false;   // tcp: connected (true) or refused (false) when status==reply
  bool duplicate = false;  // a second answer to a probe already answered
  // An echo reply from the pinged address with our identifier and sequence whose checksum
  // fails, or whose data starts with our cookie but is damaged further on. (Data that is
  // not ours at all, with a good checksum, is someone else's reply: rejected, not this.)
  bool corrupt = false;
  std::vector<packet::mpls_label> mpls;
  std::error_code error;  // send_failed
  /// ICMP errors read on a raw socket: the TTL left in the quoted probe header, i.e. the
  /// TTL the probe had when it reached the router (or destination) that answered.
  std::optional<int> quoted_ttl;
  /// The MTU an answer names (reply::mtu), or for a send that failed with EMSGSIZE the
  /// local MTU towards the destination (network::local_mtu); 0 when unknown.
  std::uint32_t mtu = 0;
  /// ICMP errors: what the quote shows rewritten (a NAT), and the quoted source address.
  quote_changes quote;
  std::optional<ip_address> quoted_source;
  /// IPv4 echo replies: the options of the reply's IP header (reply::ip_options).
  std::vector<std::byte> ip_options;
};

/// Whether an answer says the probe was too large: IPv4 "fragmentation needed and DF set"
/// (type 3 code 4), ICMPv6 "packet too big" (type 2).
[[nodiscard]] bool is_too_big(ip_family family, std::uint8_t type, std::uint8_t code) noexcept;

/// An ICMP error as it arrived: the family says how to read its type and code. Words for it
/// live in report/ (report/icmp.hpp).
struct icmp_reason {
  ip_family family = ip_family::v4;
  std::uint8_t type = 0;
  std::uint8_t code = 0;
  friend bool operator==(const icmp_reason&, const icmp_reason&) = default;
};

}  // namespace nettrio
