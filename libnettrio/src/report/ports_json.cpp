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
    jb["meaning"] = b.meaning;
    jb["owner"] = b.owner;
    bs.push_back(std::move(jb));
  }
  std::string verdict;
  for (const auto& s : v.summary) verdict += (verdict.empty() ? "" : " ") + s;
  j["verdict"] = verdict;
  j["advice"] = v.advice;
  return j;
}

class ports_json_writer final : public ports_writer {
 public:
  ports_json_writer(std::ostream& out, std::ostream& err) : out_(out), err_(err) {}

  void table(const ports_report& r) override {
    auto j = nlohmann::json::array();
    for (const auto& s : r.sockets) j.push_back(to_json(s));
    write_json_line(out_, j);
    write_hidden_owners_note(err_, r);
  }

  void check(const port_check_report& r) override {
    write_json_line(out_, to_json(shown_verdict(r.verdict)));
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
