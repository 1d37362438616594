// `nettrio trace --json`: one document at the end (docs/json.md, trace).

#include "report/json_line.hpp"
#include "report/trace_writers.hpp"

#include <nettrio/text/sanitize.hpp>

namespace nettrio::report::detail {

namespace {

using nlohmann::json;

json opt_num(const std::optional<double>& v) {
  return v ? json(*v) : json(nullptr);
}

// trace --mda: every interface per hop, the links, the paths, and what they cost.
void add_mda(json& j, const mda_result& m) {
  for (auto& jh : j["hops"]) {
    auto& ifs = jh["interfaces"] = json::array();
    for (const auto& mh : m.hops)
      if (mh.ttl == jh["ttl"].get<int>()) {
        for (const auto& a : mh.interfaces) ifs.push_back(a.to_string());
        jh["flows_answered"] = mh.flows_answered;
        jh["probes_sent"] = mh.probes_sent;
      }
  }
  auto& links = j["links"] = json::array();
  for (const auto& l : m.links)
    links.push_back({{"ttl", l.ttl}, {"from", l.from.to_string()}, {"to", l.to.to_string()}});
  auto& paths = j["paths"] = json::array();
  for (const auto& p : m.paths) {
    auto ifs = json::array();
    for (const auto& a : p.interfaces) ifs.push_back(a ? json(a->to_string()) : json(nullptr));
    paths.push_back({{"interfaces", std::move(ifs)},
                     {"flows", p.flows},
                     {"sent", p.sent},
                     {"received", p.received},
                     {"loss_percent", p.loss_percent},
                     {"avg_ms", opt_num(p.avg_ms)}});
  }
  j["probes_sent"] = m.probes_sent;
  j["flows"] = m.flows;
  j["confidence"] = m.confidence;
  j["mda_confirmed"] = m.confirmed;
}

json to_json(const trace_result& r, const trace_writer_options& opts) {
  json j;
  j["target"] = r.target;
  j["address"] = r.address.to_string();
  j["method"] = std::string(method_name(r.method));
  j["max_hops"] = r.max_hops;
  j["first_ttl"] = r.first_ttl;
  j["packet_size"] = r.packet_size;
  j["rounds"] = r.rounds;
  auto& hops = j["hops"] = json::array();
  for (const auto& h : r.hops) {
    auto notes = json::array();
    for (const auto& n : h.notes) notes.push_back(note_text(n));
    json jh{{"ttl", h.ttl}, {"notes", std::move(notes)}};
    if (h.pmtu) jh["pmtu"] = *h.pmtu;  // trace --mtu
    if (h.nat) jh["nat"] = true;       // the first hop past a NAT
    auto& probes = jh["probes"] = json::array();
    for (const auto& p : h.probes) {
      json jp;
      jp["from"] = p.from ? json(p.from->to_string()) : json(nullptr);
      jp["rtt_ms"] = opt_num(p.rtt_ms);
      jp["flag"] = p.flag ? json(flag_text(*p.flag)) : json(nullptr);
      if (p.from && p.reply_ttl >= 0) jp["reply_ttl"] = p.reply_ttl;
      if (p.from)
        if (auto name = trace_name(*p.from, opts)) jp["host"] = *name;
      if (!p.mpls.empty()) {
        auto& m = jp["mpls"] = json::array();
        for (const auto& l : p.mpls)
          m.push_back(
              {{"label", l.label}, {"exp", l.exp}, {"s", l.bottom_of_stack}, {"ttl", l.ttl}});
      }
      probes.push_back(std::move(jp));
    }
    hops.push_back(std::move(jh));
  }
  if (!r.stats.empty()) {
    auto& stats = j["stats"] = json::array();
    for (const auto& s : r.stats) {
      json js{{"ttl", s.ttl},
              {"sent", s.sent},
              {"received", s.received},
              {"loss_percent", s.loss_percent},
              {"last_ms", opt_num(s.last_ms)},
              {"avg_ms", opt_num(s.avg_ms)},
              {"best_ms", opt_num(s.best_ms)},
              {"worst_ms", opt_num(s.worst_ms)},
              {"stdev_ms", opt_num(s.stdev_ms)}};
      auto& who = js["responders"] = json::array();
      for (const auto& a : s.responders) who.push_back(a.to_string());
      stats.push_back(std::move(js));
    }
  }
  if (r.quotes_compared > 0 || opts.nat) j["quotes_compared"] = r.quotes_compared;  // NAT
  if (r.mda) add_mda(j, *r.mda);
  j["reached"] = r.reached;
  j["confirmed"] = r.confirmed;
  auto& answers = j["answers_to"] = json::array();
  for (const auto m : r.answers_to) answers.push_back(method_name(m));
  j["verdict"] = {{"kind", to_string(r.result.kind)},
                  {"hop", r.result.hop ? json(*r.result.hop) : json(nullptr)},
                  {"text", sanitize(verdict_text(r))}};
  if (r.result.mtu) j["verdict"]["mtu"] = *r.result.mtu;
  if (r.path_mtu) j["path_mtu"] = *r.path_mtu;
  return j;
}

class trace_json_writer final : public trace_writer {
 public:
  trace_json_writer(std::ostream& out, const trace_writer_options& opts) : out_(out), opts_(opts) {}
  void start(const trace_header&) override {}
  void hop(const nettrio::hop& h) override { request_names(h, opts_); }
  void round(std::uint64_t, std::uint64_t) override {}
  // The names are written at the end: they get the bounded wait, all at once.
  void settle(std::function<void()> then) override { settle_names(opts_, std::move(then)); }
  void finish(const trace_result& r) override {
    // The target as typed may hold any bytes: invalid UTF-8 becomes U+FFFD, never an error.
    write_json_line(out_, to_json(r, opts_));
  }

 private:
  std::ostream& out_;
  trace_writer_options opts_;
};

}  // namespace

std::unique_ptr<trace_writer> make_trace_json_writer(std::ostream& out, std::ostream&,
                                                     const trace_writer_options& opts) {
  return std::make_unique<trace_json_writer>(out, opts);
}

}  // namespace nettrio::report::detail
