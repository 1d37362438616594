#include <nettrio/trace/verdict.hpp>

#include <nettrio/trace/nat.hpp>

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

// The hop answered a re-probe sent after a refill pause: its router rate-limits ICMP.
bool answered_after_pause(const hop& h) {
  return std::any_of(h.probes.begin(), h.probes.end(),
                     [](const hop_probe& p) { return p.after_pause && p.from; });
}

hop_note loss_note(hop_note_kind kind, std::size_t got, std::size_t total) {
  hop_note n;
  n.kind = kind;
  n.unanswered = total - got;
  n.probes = total;
  return n;
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
      h.notes.push_back(loss_note(hop_note_kind::answered_after_pause, got, total));
    } else if (got == 0 && later_answers) {
      // Fig. 6: silence here, answers further on.
      h.notes.push_back(hop_note{.kind = hop_note_kind::no_time_exceeded});
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
        h.notes.push_back(hop_note{.kind = hop_note_kind::loss_not_carried_on,
                                   .loss_percent = r.stats[i].loss_percent});
      else if (later_complete)
        h.notes.push_back(loss_note(hop_note_kind::replies_rate_limited, got, total));
      else if (r.method == probe_protocol::udp && h.reached_destination())
        // UDP arrives as port unreachable, an ICMP error the destination rate-limits too.
        h.notes.push_back(loss_note(hop_note_kind::destination_rate_limited, got, total));
      else
        h.notes.push_back(loss_note(hop_note_kind::partial_loss, got, total));
    }
    const auto who = h.responders();
    if (who.size() > 1)
      h.notes.push_back(hop_note{.kind = hop_note_kind::load_balancing, .responders = who});
    // Asymmetric return, as tracepath reads it: the answer's TTL says how many hops it took
    // back. The note goes on the first hop whose way back differs from its way out (and on
    // any later hop where the difference changes), saying by how many hops.
    const auto back =
        h.responders().empty() || h.reached_destination() ? std::nullopt : h.return_hops();
    const int extra = back ? *back - h.ttl : 0;
    bool ttl_says_symmetric = back.has_value() && extra == 0;
    if (back && extra != 0 && extra != last_extra)
      h.notes.push_back(hop_note{
          .kind = hop_note_kind::asymmetric_return, .return_hops = *back, .extra_hops = extra});
    if (back) last_extra = extra;
    if (extra != 0) ttl_asymmetry_seen = true;
    if (auto best = h.best_rtt()) {
      // Fig. 3: a later hop can be faster; replies return by their own paths. A secondary
      // hint, left out where the reply TTL shows the same way back as out, or already
      // named the asymmetry at an earlier hop.
      if (!ttl_says_symmetric && !ttl_asymmetry_seen && best_so_far > 1.0 &&
          *best < best_so_far * 0.8 && best_so_far - *best > 1.0)
        h.notes.push_back(hop_note{
            .kind = hop_note_kind::lower_rtt, .rtt_ms = *best, .earlier_rtt_ms = best_so_far});
      best_so_far = std::max(best_so_far, *best);
    }
  }

  // A NAT (trace/nat.hpp): noted at the first hop past it, with the hop before it whose
  // quotes were compared and showed nothing rewritten.
  for (std::size_t i = 0; i < hops.size(); ++i) {
    if (!hops[i].nat) continue;
    hop_note n{.kind = hop_note_kind::nat, .rewritten = quote_rewrites(hops[i])};
    for (std::size_t j = i; j-- > 0;)
      if (quote_rewrites(hops[j]).checked) {
        n.previous_hop = hops[j].ttl;
        break;
      }
    hops[i].notes.push_back(n);
  }

  auto& v = r.result;
  v = verdict{};
  if (r.reached) {
    const auto& h = *std::find_if(hops.begin(), hops.end(),
                                  [](const hop& x) { return x.reached_destination(); });
    v.kind = verdict_kind::reached;
    v.hop = h.ttl;
    return;
  }
  // Hops that answered only after the confirmation pause: routers here rate-limit ICMP.
  std::vector<int> limited;
  for (const auto& h : hops)
    if (answered_after_pause(h)) limited.push_back(h.ttl);
  if (!limited.empty()) v.rate_limited_hop = limited.front();
  for (const auto& h : hops) {
    const auto flag = h.unreachable_flag();
    if (!flag) continue;
    v.kind = verdict_kind::unreachable;
    v.hop = h.ttl;
    v.responders = h.responders();
    v.flag = flag;
    v.flag_after_pause = std::find(limited.begin(), limited.end(), h.ttl) != limited.end();
    return;
  }
  if (r.interrupted) {
    v.kind = verdict_kind::incomplete;
    if (!hops.empty()) v.hop = hops.back().ttl;
    return;
  }
  if (last_answering < 0) {
    v.kind = verdict_kind::no_response;
    return;
  }
  const auto& last = hops[static_cast<std::size_t>(last_answering)];
  v.hop = last.ttl;
  if (static_cast<std::size_t>(last_answering) + 1 == hops.size()) {
    v.kind = verdict_kind::incomplete;
    return;
  }
  v.responders = last.responders();
  const bool local = std::any_of(v.responders.begin(), v.responders.end(),
                                 [&](const ip_address& a) { return looks_local(a, r.address); });
  if (local && !r.answers_to.empty())
    // The destination is up: it answered another method. Only this one is dropped.
    v.kind = verdict_kind::method_filtered;
  else if (local)
    // Fig. 8: the last responder sits on the destination's own network.
    v.kind = verdict_kind::destination_silent;
  else
    // Fig. 7: silence from hop K+1 to the end.
    v.kind = verdict_kind::filtered_after_hop;
}

}  // namespace nettrio
