// The words of a trace report: flags, notes and verdicts as traceroute users read them. The
// sentences are part of the output (docs/json.md): change them only on purpose.

#include <nettrio/report/trace.hpp>
#include <nettrio/trace/verdict.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace nettrio::report {

namespace {

std::string addr_list(const std::vector<ip_address>& v) {
  std::string s;
  for (const auto& a : v) s += (s.empty() ? "" : ", ") + a.to_string();
  return s;
}

std::string flag_meaning(const hop_flag& f) {
  switch (f.reason) {
    case unreachable_reason::network:
      return "network unreachable: it has no route to the destination's network";
    case unreachable_reason::host:
      return "host unreachable: it cannot deliver to the destination host (down, or not on that "
             "network)";
    case unreachable_reason::protocol:
      return "protocol unreachable: the probe's protocol is not accepted there";
    case unreachable_reason::prohibited:
      return "communication administratively prohibited: a filter there rejects the traffic";
    case unreachable_reason::fragmentation_needed:
      return "fragmentation needed: the packet is larger than the path allows";
    case unreachable_reason::source_route_failed:
      return "source route failed";
    case unreachable_reason::network_unknown:
    case unreachable_reason::host_unknown:
      return "destination network or host unknown";
    case unreachable_reason::precedence_violation:
    case unreachable_reason::precedence_cutoff:
      return "precedence violation or cutoff: a policy there rejects the traffic";
    case unreachable_reason::local_error:
      return "the local stack refused to send (no route from this host)";
    case unreachable_reason::other:
      break;
  }
  return fmt::format("unreachable ({})", flag_text(f));
}

// How the other methods are named in advice: what works, and which option traces with it.
std::string_view method_words(probe_protocol m) noexcept {
  switch (m) {
    case probe_protocol::icmp_echo:
      return "ICMP echo (-I)";
    case probe_protocol::tcp:
      return "TCP SYN to port 80 (-T)";
    default:
      return "UDP (the default)";
  }
}

}  // namespace

std::string_view method_name(probe_protocol p) noexcept {
  switch (p) {
    case probe_protocol::icmp_echo:
      return "icmp";
    case probe_protocol::tcp:
      return "tcp";
    case probe_protocol::raw:
      return "raw";
    default:
      return "udp";
  }
}

std::string_view to_string(verdict_kind k) noexcept {
  switch (k) {
    case verdict_kind::reached:
      return "reached";
    case verdict_kind::unreachable:
      return "unreachable";
    case verdict_kind::filtered_after_hop:
      return "filtered_after_hop";
    case verdict_kind::destination_silent:
      return "destination_silent";
    case verdict_kind::method_filtered:
      return "method_filtered";
    case verdict_kind::no_response:
      return "no_response";
    case verdict_kind::incomplete:
      return "incomplete";
    case verdict_kind::pmtu_black_hole:
      return "pmtu_black_hole";
    case verdict_kind::path_loss:
      return "path_loss";
  }
  return "incomplete";
}

std::string flag_text(const hop_flag& f) {
  switch (f.reason) {
    case unreachable_reason::network:
      return "!N";
    case unreachable_reason::host:
      return "!H";
    case unreachable_reason::protocol:
      return "!P";
    case unreachable_reason::fragmentation_needed:
      return "!F";
    case unreachable_reason::source_route_failed:
      return "!S";
    case unreachable_reason::network_unknown:
      return "!U";
    case unreachable_reason::host_unknown:
      return "!W";
    case unreachable_reason::prohibited:
      return "!X";
    case unreachable_reason::precedence_violation:
      return "!V";
    case unreachable_reason::precedence_cutoff:
      return "!C";
    case unreachable_reason::local_error:
      return "!E";
    case unreachable_reason::other:
      break;
  }
  return fmt::format("!{}", f.code);
}

std::string note_text(const hop_note& n) {
  switch (n.kind) {
    case hop_note_kind::answered_after_pause:
      return fmt::format(
          "{} of {} probes unanswered, but it answered when re-probed after a pause: this router "
          "rate-limits its ICMP messages (earlier probes, an earlier trace or other traffic had "
          "used up its allowance); not a fault",
          n.unanswered, n.probes);
    case hop_note_kind::no_time_exceeded:
      return "no reply at this hop, yet later hops answer: this router does not send "
             "time-exceeded (or filters it); not a fault";
    case hop_note_kind::loss_not_carried_on:
      return fmt::format(
          "{:g}% loss here does not carry on to later hops: the router rate-limits "
          "ICMP replies; not loss on the path",
          n.loss_percent);
    case hop_note_kind::replies_rate_limited:
      return fmt::format(
          "{} of {} probes unanswered while the path beyond carries probes: most "
          "likely this router rate-limits its ICMP replies (Linux: about 6 at once, "
          "then 1 per second); not loss on the path, not a fault",
          n.unanswered, n.probes);
    case hop_note_kind::destination_rate_limited:
      return fmt::format(
          "{} of {} probes unanswered at the destination: UDP probes are answered "
          "by ICMP port unreachable, which hosts rate-limit (Linux: about 6 at "
          "once, then 1 per second), so this is most likely not loss; -I or -T "
          "measures it",
          n.unanswered, n.probes);
    case hop_note_kind::partial_loss:
      return fmt::format(
          "{} of {} probes unanswered: a busy router or dropped packets; not a fault "
          "by itself",
          n.unanswered, n.probes);
    case hop_note_kind::load_balancing:
      return fmt::format(
          "{} routers answered for this hop ({}): load balancing (ECMP) or a route "
          "change; --paris keeps one path",
          n.responders.size(), addr_list(n.responders));
    case hop_note_kind::asymmetric_return:
      return fmt::format(
          "answers from this hop come back over {} hops, {} {} than the way out (reply TTL): "
          "asymmetric routing from here on; RTTs from this hop on include that other way back",
          n.return_hops, n.extra_hops > 0 ? n.extra_hops : -n.extra_hops,
          n.extra_hops > 0 ? "more" : "fewer");
    case hop_note_kind::lower_rtt:
      return fmt::format(
          "lower RTT than an earlier hop ({:.3f} ms < {:.3f} ms): replies take other "
          "return paths (asymmetric routing); per-hop RTT is not a per-link cost",
          n.rtt_ms, n.earlier_rtt_ms);
    case hop_note_kind::nat: {
      const auto what = n.rewritten.source_address && n.rewritten.checksum
                            ? "source address and checksum"
                        : n.rewritten.source_address ? "source address"
                                                     : "checksum";
      const auto where = n.previous_hop > 0 ? fmt::format("between hop {} and here", n.previous_hop)
                                            : std::string("before this hop");
      return fmt::format(
          "NAT {}: routers from here on quote the probes with another {} than they left "
          "with, so the source address (and perhaps the port) is rewritten on the way; "
          "addresses past it see the NAT's address, not yours",
          where, what);
    }
  }
  return {};
}

std::string nat_summary_text(const trace_result& r) {
  std::vector<int> past;
  for (const auto& h : r.hops)
    if (h.nat) past.push_back(h.ttl);
  if (!past.empty()) {
    std::string hops;
    for (const auto t : past) hops += (hops.empty() ? "" : ", ") + std::to_string(t);
    return fmt::format(
        "rewritten before hop {} (see the note{}); {} quotes of answers "
        "compared with what was sent",
        hops, past.size() > 1 ? "s" : "", r.quotes_compared);
  }
  if (r.quotes_compared > 0)
    return fmt::format(
        "none seen in {} quotes compared with what was sent; a NAT that restores the quote "
        "exactly (Linux does, for probes that leave with a complete checksum) stays invisible",
        r.quotes_compared);
  // Did any ICMP error come back (a router's, or an unreachable)? Echo replies and TCP
  // answers quote nothing.
  bool errors = false;
  for (const auto& h : r.hops)
    for (const auto& p : h.probes)
      errors =
          errors || (p.from && (!p.from_destination || p.flag || r.method == probe_protocol::udp));
  if (!errors) return "cannot tell: no ICMP error came back whose quote could be compared";
  switch (r.method) {
    case probe_protocol::udp:
      return "cannot tell: UDP probes need the raw ICMP socket (CAP_NET_RAW) to read the "
             "quoted UDP header; without it the kernel passes back only the quoted payload";
    case probe_protocol::icmp_echo:
      return "cannot tell: the ICMP datagram socket (no CAP_NET_RAW) hides the quoted IPv6 "
             "source address the ICMPv6 checksum needs";
    case probe_protocol::tcp:
      return "cannot tell: -T reads the quoted SYN only on a raw socket (CAP_NET_RAW); the "
             "error queue passes no quote";
    case probe_protocol::raw:
      return "cannot tell: raw probes carry no transport header to compare";
  }
  return "cannot tell";
}

std::string verdict_text(const trace_result& r) {
  const auto& v = r.result;
  const int hop = v.hop.value_or(0);
  const auto who = addr_list(v.responders);
  // A silent ending that was re-probed after the pause: say so, and hedge when routers on
  // the path were seen rate-limiting (the silence may be a drained limiter, not a filter).
  const auto confirmation = [&]() -> std::string {
    if (!r.confirmed) return {};
    if (!v.rate_limited_hop)
      return "; confirmed by re-probing after a pause that refills routers' ICMP rate limits";
    return fmt::format(
        "; but routers on this path rate-limit ICMP (hop {} answered only after a pause), so "
        "the silence may be rate limiting too: run the trace again in a few seconds to be sure",
        *v.rate_limited_hop);
  };
  switch (v.kind) {
    case verdict_kind::reached:
      return fmt::format("reached {} at hop {}", r.address.to_string(), hop);
    case verdict_kind::unreachable: {
      const auto flag = v.flag.value_or(hop_flag{});
      return fmt::format("unreachable at hop {} ({}{}): {}{}", hop, flag_text(flag),
                         who.empty() ? "" : ", from " + who, flag_meaning(flag),
                         v.flag_after_pause ? " (its answers were rate-limited at first; it "
                                              "answered again after a pause)"
                                            : "");
    }
    case verdict_kind::incomplete:
      if (r.interrupted)
        return v.hop ? fmt::format("interrupted after hop {}, before the trace was complete", hop)
                     : std::string("interrupted before any hop was complete");
      return fmt::format("not reached within {} hops; the path is longer, or loops (raise -m)",
                         r.max_hops);
    case verdict_kind::no_response:
      return "nothing answered, not even the first hop: probes or their ICMP replies are "
             "filtered close to this host (local firewall or the first router), or the network "
             "is down" +
             confirmation();
    case verdict_kind::method_filtered: {
      // The destination is up: it answered another method. Only this one is dropped.
      std::string works;
      for (const auto m : r.answers_to)
        works += (works.empty() ? "" : " and ") + std::string(method_words(m));
      const auto best = r.answers_to.empty() ? probe_protocol::udp : r.answers_to.front();
      return fmt::format(
          "the path reaches hop {} ({}), next to {}, which then drops {} probes but answers {}: "
          "it (or a filter in front of it) filters {}; trace again with {}",
          hop, who, r.address.to_string(),
          r.method == probe_protocol::udp         ? "UDP"
          : r.method == probe_protocol::icmp_echo ? "ICMP echo"
                                                  : "TCP",
          works,
          r.method == probe_protocol::udp         ? "UDP"
          : r.method == probe_protocol::icmp_echo ? "ICMP echo"
                                                  : "TCP SYNs to that port",
          best == probe_protocol::icmp_echo ? "-I"
          : best == probe_protocol::tcp     ? "-T"
                                            : "the default (UDP)");
    }
    case verdict_kind::destination_silent:
      // Fig. 8: the last responder sits on the destination's own network.
      return fmt::format(
                 "the path reaches hop {} ({}), which looks local to {} (same {}), and then goes "
                 "silent: most likely the destination itself does not answer probes and may well "
                 "be up (try nettrio ping --tcp PORT); without knowing its subnetting this is a "
                 "guess, not a certainty",
                 hop, who, r.address.to_string(), r.address.is_v4() ? "/24" : "/64") +
             confirmation();
    case verdict_kind::pmtu_black_hole:
      return fmt::format(
          "packets over {} bytes are dropped after hop {} without an ICMP 'fragmentation "
          "needed': the path MTU is lower than the interfaces say and the signal is filtered. "
          "Small requests work while large transfers hang: lower the MTU to {} or clamp the "
          "TCP MSS to {}, and ask whoever runs the link after hop {}{} to let 'fragmentation "
          "needed' through",
          v.mtu.value_or(0), hop, v.mtu.value_or(0),
          v.mtu.value_or(0) - (r.address.is_v4() ? 40 : 60), hop,
          who.empty() ? "" : " (" + who + ")");
    case verdict_kind::filtered_after_hop:
      // Fig. 7: silence from hop K+1 to the end.
      return fmt::format(
          "no reply after hop {} ({}): a firewall or filter past it drops the probes or their "
          "replies; contact whoever runs the network of hop {}{}",
          hop, who, hop + 1, confirmation());
    case verdict_kind::path_loss: {
      // trace --mda: the flows hashed through one interface die past it, the others go on.
      std::size_t total = 0;
      if (r.mda)
        for (const auto& mh : r.mda->hops)
          if (mh.ttl == hop) total = mh.interfaces.size();
      const auto n = v.responders.size();
      return fmt::format(
          "{} of {} ECMP paths through hop {} {} every packet: flows via {} die after {}; "
          "connections hashed onto {} hang while others work (confirmed by probing them again "
          "after a pause that refills routers' ICMP rate limits); contact whoever runs {}",
          n, std::max(total, n), hop, n == 1 ? "loses" : "lose", who, n == 1 ? "it" : "them",
          n == 1 ? "that path" : "those paths", n == 1 ? "that router" : "those routers");
    }
  }
  return {};
}

int exit_status(const trace_result& r) noexcept {
  if (r.result.kind == verdict_kind::path_loss) return 1;  // some connections hang
  // A PMTU black hole: small probes got there, large transfers will not.
  return r.reached && r.result.kind != verdict_kind::pmtu_black_hole ? 0 : 1;
}

}  // namespace nettrio::report
