#pragma once
// The real network: kernel sockets under the engine.
//  - ICMP echo: an unprivileged ICMP datagram socket where net.ipv4.ping_group_range allows,
//    a raw socket otherwise; one per address family.
//  - UDP: one socket per family bound to a fixed source port, errors read from the error
//    queue (IP_RECVERR), so it needs no privilege.
//  - TCP: one non-blocking connect per probe; routers' ICMP about it is read on a raw ICMP
//    socket when one can be had.
// Receive times are kernel timestamps (SO_TIMESTAMPNS). One file per socket kind
// (src/probe/socket_icmp.cpp, socket_udp.cpp, socket_tcp.cpp), receiving in receive.cpp,
// decoding in the pure functions of decode.hpp; matching is the engine's.

#include <nettrio/probe/network.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace nettrio {

enum class icmp_socket_kind : std::uint8_t { automatic, datagram, raw };

/// Where and how probes leave (ping -I -Q -r -m -S -b -e, traceroute -i -s -t -r), applied
/// to every probe socket. A device or source address that cannot be used is a setup error
/// (std::system_error); a mark the kernel refuses is a warning (socket_report::warnings), as
/// iputils has it.
struct egress_options {
  std::string device;                 // SO_BINDTODEVICE: leave by this interface only
  std::optional<ip_address> source;   // bind(): the source address (sockets of its family)
  std::optional<std::uint8_t> tos;    // IPv4 TOS / IPv6 traffic class
  bool dont_route = false;            // SO_DONTROUTE: only hosts on an attached network
  std::optional<std::uint32_t> mark;  // SO_MARK (needs CAP_NET_ADMIN)
  int send_buffer = 0;                // SO_SNDBUF, when > 0
  bool broadcast = false;             // SO_BROADCAST: echo to a broadcast address allowed
  /// The echo identifier (ping -e): a raw socket's, or the port a datagram socket binds.
  std::optional<std::uint16_t> echo_identifier;
};

struct socket_options {
  bool ipv4 = true;
  bool ipv6 = false;
  bool icmp = true;  // echo probes (ping, trace -I)
  bool udp = false;  // UDP probes (trace)
  bool tcp = false;  // TCP connect probes (ping --tcp, trace -T)
  /// Raw probes (traceroute -P): IP packets of this protocol number, on a raw socket of it
  /// per family (CAP_NET_RAW). Passed to socket() as given: a number it refuses fails.
  std::optional<int> raw_protocol;
  icmp_socket_kind icmp_kind = icmp_socket_kind::automatic;
  std::uint16_t udp_source_port = 0;  // 0: let the kernel pick once, then keep it
  /// UDP probes as UDP-Lite (traceroute -UL): IPPROTO_UDPLITE sockets whose checksum covers
  /// `udp_lite_coverage` bytes; answers from their error queue (a raw ICMP socket's decoder
  /// reads UDP quotes only). A kernel without UDP-Lite fails with "socket: ...".
  bool udp_lite = false;
  int udp_lite_coverage = 8;
  int receive_buffer = 4 * 1024 * 1024;  // bytes; sweeps need room for bursts of replies
  /// Don't Fragment on probes: true sets it (path MTU probing, IP_PMTUDISC_PROBE), false
  /// never sets it (routers fragment, as traceroute without -F), nullopt keeps the kernel's
  /// default (ping).
  std::optional<bool> dont_fragment;
  /// With dont_fragment true: keep to the path MTU the kernel has learnt (IP_PMTUDISC_DO,
  /// ping -M do: a larger probe is refused locally) instead of probing past it
  /// (IP_PMTUDISC_PROBE, ping -M probe, trace --mtu).
  bool respect_path_mtu = false;
  egress_options egress;
  /// IPv4 options in every echo probe's header (IP_OPTIONS; iputils -R's record route, from
  /// packet::record_route_option()); empty: none. The ICMPv4 socket then prefers a raw
  /// socket without IP_HDRINCL, so the kernel writes the options and fills in the first
  /// address, and echo replies carry the options they came back with (reply::ip_options).
  /// IPv6 sockets ignore them, as iputils does.
  std::vector<std::byte> ipv4_options{};
};

/// What was opened, for --verbose and for tests.
struct socket_report {
  std::string icmp4;  // "raw", "datagram" or "" when not opened
  std::string icmp6;
  std::vector<std::string> warnings;  // options the kernel refused that a run can do without
};

/// Opens every socket the options ask for. Throws std::system_error with a message that
/// names the fix when a needed socket cannot be opened.
[[nodiscard]] std::unique_ptr<network> make_socket_network(const socket_options& opts,
                                                           socket_report* report = nullptr);

/// The source address the kernel picks for `destination` under `e` (device, source,
/// SO_DONTROUTE, SO_BROADCAST), found as iputils finds it: a UDP socket connect()ed to the
/// destination, nothing sent. An error when the kernel refuses (EACCES: a broadcast address
/// without SO_BROADCAST; ENETUNREACH; "SO_BINDTODEVICE DEV: ..." as a system_error).
struct route_probe {
  std::optional<ip_address> source;
  std::error_code error;
};
[[nodiscard]] route_probe probe_route(const ip_address& destination, const egress_options& e);

namespace detail {
/// The echo identifier of raw ICMP sockets: random per run, not the pid (which any local
/// user can read in /proc and use to make our probes' errors).
[[nodiscard]] std::uint16_t random_echo_identifier();
/// Attaches to `fd` the classic BPF filter of a raw ICMP socket: echo replies pass only with
/// identifier `id`, every other message passes. IPv4 input starts at the IP header, IPv6
/// input at the ICMPv6 header, as raw sockets see them. False (errno set) when refused.
[[nodiscard]] bool attach_echo_filter(int fd, ip_family family, std::uint16_t id);
}  // namespace detail

}  // namespace nettrio
