// nettrio ports' JSON (docs/json.md), in the one style of every subcommand (json_line):
// the table as one array of socket records on one line; the check as one object. Records
// keep the raw process name (invalid UTF-8 as U+FFFD); the check's prose is sanitised as in
// the text.

#include "report/json_line.hpp"
#include "report/ports_writers.hpp"

namespace nettrio::report::detail {

namespace {

nlohmann::json to_json(const socket_record& r) {
  using nlohmann::json;
  json j;
  j["proto"] = to_string(r.proto);
  j["family"] = r.family() == ip_family::v4 ? "ipv4" : "ipv6";
  j["local_address"] = r.local_address.to_string();
  j["local_port"] = r.local_port;
  j["remote_address"] = r.remote_address.to_string();
  j["remote_port"] = r.remote_port;
  j["state"] = to_string(r.state);
  j["recv_q"] = r.recv_q;
  j["send_q"] = r.send_q;
  j["uid"] = r.uid;
  j["inode"] = r.inode;
  j["pid"] = r.pid ? json(*r.pid) : json(nullptr);
  j["process"] = r.pid ? json(r.process) : json(nullptr);
  j["v6only"] = r.v6only ? json(*r.v6only) : json(nullptr);
  j["backlog"] = r.backlog ? json(*r.backlog) : json(nullptr);
  return j;
}

nlohmann::json to_json(const check_verdict& v) {
  using nlohmann::json;
  json j;
  j["port"] = v.port;
  auto& protos = j["protocols"] = json::array();
  if (v.tcp) protos.push_back("tcp");
  if (v.udp) protos.push_back("udp");
  j["listening"] = v.listening();
  j["outcome"] = to_string(v.outcome);
  auto& bs = j["bindings"] = json::array();
  for (const auto& b : v.bindings) {
    auto jb = to_json(b.socket);
    jb["scope"] = to_string(b.scope);
    jb["serves_ipv4"] = b.serves_ipv4;
    jb["serves_ipv6"] = b.serves_ipv6;
    auto words = shown(b);
    jb["meaning"] = std::move(words.meaning);
    jb["owner"] = std::move(words.owner);
    bs.push_back(std::move(jb));
  }
  std::string verdict;
  for (const auto& s : shown_lines(v.summary)) verdict += (verdict.empty() ? "" : " ") + s;
  j["verdict"] = verdict;
  j["advice"] = shown_lines(v.advice);
  return j;
}

nlohmann::json container_json(const std::optional<container_ref>& c) {
  using nlohmann::json;
  if (!c) return json(nullptr);
  return json{{"runtime", to_string(c->runtime)}, {"id", c->id}};
}

nlohmann::json to_json(const tcp_info_summary& i) {
  using nlohmann::json;
  json j;
  j["rtt_us"] = i.rtt.count();
  j["rttvar_us"] = i.rttvar.count();
  j["retransmits"] = i.retransmits;
  j["total_retrans"] = i.total_retrans;
  j["cwnd"] = i.cwnd;
  j["ssthresh"] = i.ssthresh_infinite() ? json(nullptr) : json(i.ssthresh);
  j["delivery_rate"] = i.delivery_rate ? json(*i.delivery_rate) : json(nullptr);
  j["unacked"] = i.unacked;
  j["lost"] = i.lost;
  return j;
}

// The check's findings (docs/json.md): present with every --check.
void add_findings(nlohmann::json& j, const port_findings& f) {
  using nlohmann::json;
  auto& fw = j["firewall"] = json::array();
  if (f.firewall) {
    for (const auto& p : f.firewall->paths) {
      for (const auto& r : p.rules) {
        json jr;
        jr["family"] = r.family;
        jr["table"] = r.table;
        jr["chain"] = r.chain;
        jr["handle"] = r.policy ? json(nullptr) : json(r.handle);
        jr["action"] = to_string(r.action);
        jr["rule"] = r.rule;
        jr["packets"] = r.packets ? json(*r.packets) : json(nullptr);
        jr["bytes"] = r.bytes ? json(*r.bytes) : json(nullptr);
        jr["policy"] = r.policy;
        jr["conditional"] = r.conditional;
        jr["ip_family"] = p.family == ip_family::v4 ? "ipv4" : "ipv6";
        jr["proto"] = to_string(p.proto);
        fw.push_back(std::move(jr));
      }
    }
  }
  j["firewall_error"] = f.firewall && !f.firewall->read ? json(f.firewall->error) : json(nullptr);
  auto& legacy = j["legacy_iptables"] = json::array();
  if (f.firewall)
    for (const auto& t : f.firewall->legacy_tables) legacy.push_back(t);
  auto& ns = j["namespaces"] = json::array();
  for (const auto& l : f.other_namespaces) {
    json jn;
    jn["netns"] = l.netns;
    jn["name"] = l.name.empty() ? json(nullptr) : json(l.name);
    jn["container"] = container_json(l.container);
    jn["pid"] = l.socket.pid ? json(*l.socket.pid) : json(nullptr);
    jn["process"] = l.socket.pid ? json(l.socket.process) : json(nullptr);
    jn["proto"] = to_string(l.socket.proto);
    jn["local_address"] = l.socket.local_address.to_string();
    jn["local_port"] = l.socket.local_port;
    ns.push_back(std::move(jn));
  }
  auto& aq = j["accept_queue"] = json::array();
  for (const auto& q : f.accept_queues) {
    json jq;
    jq["local_address"] = q.listener.local_address.to_string();
    jq["local_port"] = q.listener.local_port;
    jq["pid"] = q.listener.pid ? json(*q.listener.pid) : json(nullptr);
    jq["queued"] = q.state.queued;
    jq["backlog"] = q.state.backlog;
    jq["listen_overflows"] = q.state.overflows();
    jq["listen_drops"] = q.state.drops();
    jq["interval_ms"] = q.state.interval.count();
    jq["full"] = q.state.full();
    aq.push_back(std::move(jq));
  }
}

class ports_json_writer final : public ports_writer {
 public:
  ports_json_writer(std::ostream& out, std::ostream& err) : out_(out), err_(err) {}

  void table(const ports_report& r) override {
    auto j = nlohmann::json::array();
    for (std::size_t i = 0; i < r.sockets.size(); ++i) {
      auto js = to_json(r.sockets[i]);
      if (i < r.netns.size()) {  // --all-netns
        const auto* ns = find_namespace(r.namespaces, r.netns[i]);
        js["netns"] = r.netns[i];
        js["netns_name"] = ns && !ns->name.empty() ? nlohmann::json(ns->name) : nlohmann::json();
        js["container"] = container_json(ns ? ns->container : std::nullopt);
      }
      if (i < r.info.size())  // -i
        js["info"] = r.info[i] ? to_json(*r.info[i]) : nlohmann::json(nullptr);
      j.push_back(std::move(js));
    }
    write_json_line(out_, j);
    write_hidden_owners_note(err_, r);
    write_netns_note(err_, r);
  }

  void check(const port_check_report& r) override {
    auto j = to_json(r.verdict);
    add_findings(j, r.findings);
    write_json_line(out_, j);
  }

 private:
  std::ostream& out_;
  std::ostream& err_;
};

}  // namespace

std::unique_ptr<ports_writer> make_ports_json_writer(std::ostream& out, std::ostream& err) {
  return std::make_unique<ports_json_writer>(out, err);
}

}  // namespace nettrio::report::detail
