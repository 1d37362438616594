#include <nettrio/trace/verdict.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace nettrio {

bool looks_local(const ip_address& a, const ip_address& b) noexcept {
  if (a.family() != b.family()) return false;
  const std::size_t prefix_bytes = a.is_v4() ? 3 : 8;  // /24 or /64
  return std::equal(a.bytes().begin(),
                    a.bytes().begin() + static_cast<std::ptrdiff_t>(prefix_bytes),
                    b.bytes().begin());
}

namespace {

std::string flag_meaning(const std::string& flag) {
  if (flag == "!N") return "network unreachable: it has no route to the destination's network";
  if (flag == "!H")
    return "host unreachable: it cannot deliver to the destination host (down, or not on that "
           "network)";
  if (flag == "!P") return "protocol unreachable: the probe's protocol is not accepted there";
  if (flag == "!X")
    return "communication administratively prohibited: a filter there rejects the traffic";
  if (flag == "!F") return "fragmentation needed: the packet is larger than the path allows";
  if (flag == "!S") return "source route failed";
  if (flag == "!U" || flag == "!W") return "destination network or host unknown";
  if (flag == "!V" || flag == "!C")
    return "precedence violation or cutoff: a policy there rejects the traffic";
  if (flag == "!E") return "the local stack refused to send (no route from this host)";
  return fmt::format("unreachable ({})", flag);
}

// The hop answered a re-probe sent after a refill pause: its router rate-limits ICMP.
bool answered_after_pause(const hop& h) {
  return std::any_of(h.probes.begin(), h.probes.end(),
                     [](const hop_probe& p) { return p.after_pause && p.from; });
}

std::string addr_list(const std::vector<ip_address>& v) {
  std::string s;
  for (const auto& a : v) s += (s.empty() ? "" : ", ") + a.to_string();
  return s;
}

}  // namespace

void interpret(trace_result& r) {
  auto& hops = r.hops;
  const bool report = !r.stats.empty();
  int last_answering = -1;  // index into hops
  for (std::size_t i = 0; i < hops.size(); ++i)
    if (!hops[i].silent()) last_answering = static_cast<int>(i);

  double best_so_far = 0;
  int last_extra = 0;               // return hops minus forward hops at the last hop that showed it
  bool ttl_asymmetry_seen = false;  // a reply TTL already explained later RTT oddities
  for (std::size_t i = 0; i < hops.size(); ++i) {
    auto& h = hops[i];
    const auto total = h.probes.size();
    const auto got = h.answered();
    const bool later_answers = static_cast<int>(i) < last_answering;
    if (answered_after_pause(h)) {
      // Its first probes went unanswered, a re-probe after a refill pause did not.
      h.notes.push_back(fmt::format(
          "{} of {} probes unanswered, but it answered when re-probed after a pause: this router "
          "rate-limits its ICMP messages (earlier probes, an earlier trace or other traffic had "
          "used up its allowance); not a fault",
          total - got, total));
    } else if (got == 0 && later_answers) {
      // Fig. 6: silence here, answers further on.
      h.notes.push_back(
          "no reply at this hop, yet later hops answer: this router does not send "
          "time-exceeded (or filters it); not a fault");
    } else if (got > 0 && got < total) {
      bool carries_on = false;
      if (report && i + 1 < r.stats.size()) {
        // mtr reading: loss that later hops do not show is the router's ICMP rate limit.
        carries_on =
            std::all_of(r.stats.begin() + static_cast<std::ptrdiff_t>(i) + 1, r.stats.end(),
                        [](const hop_stats& s) { return s.loss_percent > 0; });
      }
      // One trace: the destination answering, or a later hop answering every probe, shows
      // the path carried the probes, so these stars are the router's own replies missing
      // (Linux rate-limits them).
      const bool later_complete =
          !report && !h.reached_destination() &&
          (r.reached || std::any_of(hops.begin() + static_cast<std::ptrdiff_t>(i) + 1, hops.end(),
                                    [](const hop& x) { return x.answered() == x.probes.size(); }));
      if (report && !carries_on && later_answers)
        h.notes.push_back(
            fmt::format("{:g}% loss here does not carry on to later hops: the router rate-limits "
                        "ICMP replies; not loss on the path",
                        r.stats[i].loss_percent));
      else if (later_complete)
        h.notes.push_back(
            fmt::format("{} of {} probes unanswered while the path beyond carries probes: most "
                        "likely this router rate-limits its ICMP replies (Linux: about 6 at once, "
                        "then 1 per second); not loss on the path, not a fault",
                        total - got, total));
      else if (r.method == trace_method::udp && h.reached_destination())
        // UDP arrives as port unreachable, an ICMP error the destination rate-limits too.
        h.notes.push_back(
            fmt::format("{} of {} probes unanswered at the destination: UDP probes are answered "
                        "by ICMP port unreachable, which hosts rate-limit (Linux: about 6 at "
                        "once, then 1 per second), so this is most likely not loss; -I or -T "
                        "measures it",
                        total - got, total));
      else
        h.notes.push_back(
            fmt::format("{} of {} probes unanswered: a busy router or dropped packets; not a fault "
                        "by itself",
                        total - got, total));
    }
    const auto who = h.responders();
    if (who.size() > 1)
      h.notes.push_back(
          fmt::format("{} routers answered for this hop ({}): load balancing (ECMP) or a route "
                      "change; --paris keeps one path",
                      who.size(), addr_list(who)));
    // Asymmetric return, as tracepath reads it: the answer's TTL says how many hops it took
    // back. The note goes on the first hop whose way back differs from its way out (and on
    // any later hop where the difference changes), saying by how many hops.
    const auto back =
        h.responders().empty() || h.reached_destination() ? std::nullopt : h.return_hops();
    const int extra = back ? *back - h.ttl : 0;
    bool ttl_says_symmetric = back.has_value() && extra == 0;
    if (back && extra != 0 && extra != last_extra)
      h.notes.push_back(fmt::format(
          "answers from this hop come back over {} hops, {} {} than the way out (reply TTL): "
          "asymmetric routing from here on; RTTs from this hop on include that other way back",
          *back, extra > 0 ? extra : -extra, extra > 0 ? "more" : "fewer"));
    if (back) last_extra = extra;
    if (extra != 0) ttl_asymmetry_seen = true;
    if (auto best = h.best_rtt()) {
      // Fig. 3: a later hop can be faster; replies return by their own paths. A secondary
      // hint, left out where the reply TTL shows the same way back as out, or already
      // named the asymmetry at an earlier hop.
      if (!ttl_says_symmetric && !ttl_asymmetry_seen && best_so_far > 1.0 &&
          *best < best_so_far * 0.8 && best_so_far - *best > 1.0)
        h.notes.push_back(
            fmt::format("lower RTT than an earlier hop ({:.3f} ms < {:.3f} ms): replies take other "
                        "return paths (asymmetric routing); per-hop RTT is not a per-link cost",
                        *best, best_so_far));
      best_so_far = std::max(best_so_far, *best);
    }
  }

  auto& v = r.result;
  if (r.reached) {
    const auto& h = *std::find_if(hops.begin(), hops.end(),
                                  [](const hop& x) { return x.reached_destination(); });
    v = {verdict_kind::reached, h.ttl,
         fmt::format("reached {} at hop {}", r.address.to_string(), h.ttl)};
    return;
  }
  // Hops that answered only after the confirmation pause: routers here rate-limit ICMP.
  std::vector<int> limited;
  for (const auto& h : hops)
    if (answered_after_pause(h)) limited.push_back(h.ttl);
  for (const auto& h : hops) {
    const auto flag = h.unreachable_flag();
    if (flag.empty()) continue;
    const auto who = h.responders();
    v = {verdict_kind::unreachable, h.ttl,
         fmt::format("unreachable at hop {} ({}{}): {}{}", h.ttl, flag,
                     who.empty() ? "" : ", from " + addr_list(who), flag_meaning(flag),
                     std::find(limited.begin(), limited.end(), h.ttl) != limited.end()
                         ? " (its answers were rate-limited at first; it answered again after a "
                           "pause)"
                         : "")};
    return;
  }
  // A silent ending that was re-probed after the pause: say so, and hedge when routers on
  // the path were seen rate-limiting (the silence may be a drained limiter, not a filter).
  const auto confirmation = [&]() -> std::string {
    if (!r.confirmed) return {};
    if (limited.empty())
      return "; confirmed by re-probing after a pause that refills routers' ICMP rate limits";
    return fmt::format(
        "; but routers on this path rate-limit ICMP (hop {} answered only after a pause), so "
        "the silence may be rate limiting too: run the trace again in a few seconds to be sure",
        limited.front());
  };
  if (r.interrupted) {
    v = {verdict_kind::incomplete,
         hops.empty() ? std::nullopt : std::optional<int>(hops.back().ttl),
         hops.empty() ? std::string("interrupted before any hop was complete")
                      : fmt::format("interrupted after hop {}, before the trace was complete",
                                    hops.back().ttl)};
    return;
  }
  if (last_answering < 0) {
    v = {verdict_kind::no_response, std::nullopt,
         "nothing answered, not even the first hop: probes or their ICMP replies are filtered "
         "close to this "
         "host (local firewall or the first router), or the network is down" +
             confirmation()};
    return;
  }
  const auto& last = hops[static_cast<std::size_t>(last_answering)];
  if (static_cast<std::size_t>(last_answering) + 1 == hops.size()) {
    v = {verdict_kind::incomplete, last.ttl,
         fmt::format("not reached within {} hops; the path is longer, or loops (raise -m)",
                     r.max_hops)};
    return;
  }
  const auto who = last.responders();
  const bool local = std::any_of(who.begin(), who.end(),
                                 [&](const ip_address& a) { return looks_local(a, r.address); });
  if (local && !r.answers_to.empty()) {
    // The destination is up: it answered another method. Only this one is dropped.
    std::string works, flags;
    for (const auto m : r.answers_to) {
      const char* what = m == trace_method::icmp  ? "ICMP echo (-I)"
                         : m == trace_method::tcp ? "TCP SYN to port 80 (-T)"
                                                  : "UDP (the default)";
      works += (works.empty() ? "" : " and ") + std::string(what);
    }
    const auto best = r.answers_to.front();
    v = {verdict_kind::method_filtered, last.ttl,
         fmt::format("the path reaches hop {} ({}), next to {}, which then drops {} probes but "
                     "answers {}: it (or a filter in front of it) filters {}; trace again with "
                     "{}",
                     last.ttl, addr_list(who), r.address.to_string(),
                     r.method == trace_method::udp    ? "UDP"
                     : r.method == trace_method::icmp ? "ICMP echo"
                                                      : "TCP",
                     works,
                     r.method == trace_method::udp    ? "UDP"
                     : r.method == trace_method::icmp ? "ICMP echo"
                                                      : "TCP SYNs to that port",
                     best == trace_method::icmp  ? "-I"
                     : best == trace_method::tcp ? "-T"
                                                 : "the default (UDP)")};
    return;
  }
  if (local) {
    // Fig. 8: the last responder sits on the destination's own network.
    v = {verdict_kind::destination_silent, last.ttl,
         fmt::format("the path reaches hop {} ({}), which looks local to {} (same {}), and then "
                     "goes silent: most "
                     "likely the destination itself does not answer probes and may well be up (try "
                     "nettrio ping "
                     "--tcp PORT); without knowing its subnetting this is a guess, not a certainty",
                     last.ttl, addr_list(who), r.address.to_string(),
                     r.address.is_v4() ? "/24" : "/64") +
             confirmation()};
    return;
  }
  // Fig. 7: silence from hop K+1 to the end.
  v = {verdict_kind::filtered_after_hop, last.ttl,
       fmt::format("no reply after hop {} ({}): a firewall or filter past it drops the probes or "
                   "their replies; "
                   "contact whoever runs the network of hop {}{}",
                   last.ttl, addr_list(who), last.ttl + 1, confirmation())};
}

}  // namespace nettrio
