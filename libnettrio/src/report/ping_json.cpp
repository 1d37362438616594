// nettrio ping's JSON (docs/json.md): one document per target, in the order given, when the
// run ends; nothing live. For a single target that never answered, the text's hint still
// goes to stderr.

#include "report/json_line.hpp"
#include "report/ping_writers.hpp"

namespace nettrio::report::detail {

namespace {

nlohmann::json to_json(const ping_summary& s, std::optional<std::uint16_t> tcp_port) {
  nlohmann::json j;
  j["target"] = s.dest.name;
  j["address"] = s.dest.address.to_string();
  j["method"] = tcp_port ? "tcp" : "icmp";
  if (tcp_port) {
    j["port"] = *tcp_port;
    j["refused"] = s.tcp_refused;  // answers that were RST: host up, port closed
  }
  j["transmitted"] = s.transmitted;
  j["received"] = s.received;
  j["duplicates"] = s.duplicates;
  j["corrupted"] = s.corrupted;
  j["errors"] = s.errors;
  j["loss_percent"] = s.loss();
  j["alive"] = s.alive();
  if (s.rtt)
    j["rtt_ms"] = {{"min", s.rtt->min_ms},
                   {"avg", s.rtt->avg_ms},
                   {"max", s.rtt->max_ms},
                   {"mdev", s.rtt->mdev_ms}};
  else
    j["rtt_ms"] = nullptr;
  auto& replies = j["replies"] = nlohmann::json::array();
  for (const auto& r : s.replies) {
    nlohmann::json jr{{"seq", r.seq}, {"from", r.from.to_string()}, {"rtt_ms", r.rtt_ms}};
    jr["ttl"] = r.ttl >= 0 ? nlohmann::json(r.ttl) : nlohmann::json(nullptr);
    replies.push_back(std::move(jr));
  }
  return j;
}

class ping_json_writer final : public ping_writer {
 public:
  ping_json_writer(std::ostream& out, std::ostream& err) : out_(out), err_(err) {}

  [[nodiscard]] bool needs_replies() const noexcept override { return true; }
  void start(const ping_report&) override {}
  void event(const ping_event&) override {}

  void finish(const ping_report& r) override {
    // Names from a target file may hold any bytes: json_line makes invalid UTF-8 U+FFFD.
    for (const auto& s : r.run.targets) out_ << json_line(to_json(s, r.options.tcp_port)) << "\n";
    out_.flush();
    if (!r.many) write_no_reply_hint(err_, r);
    err_.flush();
  }

 private:
  std::ostream& out_;
  std::ostream& err_;
};

}  // namespace

std::unique_ptr<ping_writer> make_ping_json_writer(std::ostream& out, std::ostream& err,
                                                   const ping_writer_options&) {
  return std::make_unique<ping_json_writer>(out, err);
}

}  // namespace nettrio::report::detail
