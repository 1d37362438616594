#include "scenario.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <initializer_list>
#include <stdexcept>
#include <string_view>

namespace nettrio::sim {

namespace {

using json = nlohmann::json;

struct bad_key : std::runtime_error {
  using std::runtime_error::runtime_error;
};

void only_keys(const json& j, std::string_view where,
               std::initializer_list<std::string_view> keys) {
  if (!j.is_object()) throw bad_key(fmt::format("{} must be an object", where));
  for (const auto& [k, v] : j.items())
    if (std::find(keys.begin(), keys.end(), k) == keys.end())
      throw bad_key(fmt::format("unknown key '{}' in {}", k, where));
}

std::chrono::microseconds millis(const json& j, std::string_view where) {
  const double ms = j.get<double>();
  if (!(ms >= 0 && ms <= 10000))
    throw bad_key(fmt::format("{} must be between 0 and 10000 ms", where));
  return std::chrono::microseconds(std::llround(ms * 1000));
}

loss_spec parse_loss(const json& j, std::string_view where) {
  only_keys(j, where, {"random", "nth"});
  loss_spec l;
  if (j.contains("random")) l.random = j["random"].get<double>();
  if (j.contains("nth")) l.nth = j["nth"].get<std::uint64_t>();
  if (l.random < 0 || l.random > 1) throw bad_key(fmt::format("{}.random must be 0..1", where));
  return l;
}

rate_limit_spec parse_rate(const json& j, std::string_view where) {
  only_keys(j, where, {"burst", "per_second"});
  rate_limit_spec r;
  if (j.contains("burst")) r.burst = j["burst"].get<double>();
  if (j.contains("per_second")) r.per_second = j["per_second"].get<double>();
  if (r.burst < 1 || r.per_second < 0)
    throw bad_key(fmt::format("{}: burst must be >= 1, per_second >= 0", where));
  return r;
}

ip_address parse_address(const json& j, std::string_view where) {
  const auto text = j.get<std::string>();
  auto a = ip_address::parse(text);
  if (!a) throw bad_key(fmt::format("{}: '{}' is not an address", where, text));
  return *a;
}

hop_spec parse_hop(const json& j, std::size_t index) {
  const auto where = fmt::format("hops[{}]", index);
  only_keys(j, where,
            {"addresses", "rtt_ms", "silent", "loss", "rate_limit", "mpls", "return_extra", "mtu",
             "mtu_signal", "comment", "forward_loss", "nat"});
  hop_spec h;
  if (j.contains("addresses"))
    for (const auto& a : j["addresses"]) h.addresses.push_back(parse_address(a, where));
  if (j.contains("rtt_ms")) h.rtt = millis(j["rtt_ms"], where + ".rtt_ms");
  if (j.contains("silent")) h.silent = j["silent"].get<bool>();
  if (j.contains("return_extra")) h.return_extra = j["return_extra"].get<int>();
  if (j.contains("mtu")) h.mtu = j["mtu"].get<std::uint32_t>();
  if (j.contains("mtu_signal")) h.mtu_signal = j["mtu_signal"].get<bool>();
  if (j.contains("loss")) h.loss = parse_loss(j["loss"], where + ".loss");
  if (j.contains("rate_limit")) h.rate_limit = parse_rate(j["rate_limit"], where + ".rate_limit");
  if (j.contains("forward_loss")) {
    for (const auto& [text, p] : j["forward_loss"].items()) {
      const auto a = parse_address(json(text), where + ".forward_loss");
      if (std::find(h.addresses.begin(), h.addresses.end(), a) == h.addresses.end())
        throw bad_key(
            fmt::format("{}.forward_loss: {} is not one of the hop's addresses", where, text));
      const auto loss = p.get<double>();
      if (loss < 0 || loss > 1)
        throw bad_key(fmt::format("{}.forward_loss: a probability, 0 to 1", where));
      h.forward_loss.emplace_back(a, loss);
    }
  }
  if (j.contains("nat")) {
    only_keys(j["nat"], where + ".nat", {"restore"});
    h.nat_restore = j["nat"].value("restore", false);
  }
  if (j.contains("mpls")) {
    for (const auto& e : j["mpls"]) {
      only_keys(e, where + ".mpls[]", {"label", "exp", "ttl"});
      mpls_entry m;
      m.label = e.value("label", 0U);
      m.exp = e.value<std::uint8_t>("exp", 0);
      m.ttl = e.value<std::uint8_t>("ttl", 1);
      if (m.label >= (1U << 20) || m.exp > 7)
        throw bad_key(fmt::format("{}.mpls: label is 20 bits, exp 3 bits", where));
      h.mpls.push_back(m);
    }
  }
  return h;
}

template <typename E>
E pick(const json& j, std::string_view where,
       std::initializer_list<std::pair<std::string_view, E>> names) {
  const auto text = j.get<std::string>();
  for (const auto& [n, v] : names)
    if (n == text) return v;
  throw bad_key(fmt::format("{}: unknown value '{}'", where, text));
}

destination_spec parse_destination(const json& j) {
  only_keys(j, "destination",
            {"hop", "rtt_ms", "echo", "udp", "tcp", "loss", "rate_limit", "comment"});
  destination_spec d;
  if (j.contains("hop")) d.hop = j["hop"].get<int>();
  if (d.hop && (*d.hop < 1 || *d.hop > 255)) throw bad_key("destination.hop must be 1..255");
  if (j.contains("rtt_ms")) d.rtt = millis(j["rtt_ms"], "destination.rtt_ms");
  if (j.contains("echo"))
    d.echo = pick<echo_behaviour>(
        j["echo"], "destination.echo",
        {{"reply", echo_behaviour::reply}, {"silent", echo_behaviour::silent}});
  if (j.contains("udp"))
    d.udp = pick<udp_behaviour>(
        j["udp"], "destination.udp",
        {{"port_unreachable", udp_behaviour::port_unreachable}, {"silent", udp_behaviour::silent}});
  if (j.contains("tcp"))
    d.tcp = pick<tcp_behaviour>(j["tcp"], "destination.tcp",
                                {{"rst", tcp_behaviour::rst},
                                 {"synack", tcp_behaviour::synack},
                                 {"silent", tcp_behaviour::silent}});
  if (j.contains("loss")) d.loss = parse_loss(j["loss"], "destination.loss");
  if (j.contains("rate_limit"))
    d.rate_limit = parse_rate(j["rate_limit"], "destination.rate_limit");
  return d;
}

hostile_spec parse_hostile(const json& j) {
  only_keys(j, "hostile",
            {"forge", "real", "duplicates", "duplicate_gap_ms", "reorder_every", "reorder_ms",
             "extensions", "scope", "truncate_max", "comment"});
  hostile_spec h;
  if (j.contains("forge"))
    for (const auto& f : j["forge"])
      h.forge.push_back(pick<forgery>(f, "hostile.forge",
                                      {{"bad_checksum", forgery::bad_checksum},
                                       {"truncate", forgery::truncate},
                                       {"other_flow", forgery::other_flow},
                                       {"other_process", forgery::other_process},
                                       {"spoof_id", forgery::spoof_id},
                                       {"spoof_seq", forgery::spoof_seq},
                                       {"unprobed_source", forgery::unprobed_source},
                                       {"never_sent", forgery::never_sent}}));
  if (j.contains("real")) h.real = j["real"].get<bool>();
  if (j.contains("duplicates")) h.duplicates = j["duplicates"].get<int>();
  if (h.duplicates < 0 || h.duplicates > 100) throw bad_key("hostile.duplicates must be 0..100");
  if (j.contains("duplicate_gap_ms"))
    h.duplicate_gap = millis(j["duplicate_gap_ms"], "hostile.duplicate_gap_ms");
  if (j.contains("reorder_every")) h.reorder_every = j["reorder_every"].get<int>();
  if (j.contains("reorder_ms")) h.reorder_delay = millis(j["reorder_ms"], "hostile.reorder_ms");
  if (j.contains("extensions"))
    h.extensions = pick<extension_abuse>(j["extensions"], "hostile.extensions",
                                         {{"none", extension_abuse::none},
                                          {"zero_length", extension_abuse::zero_length},
                                          {"overlong", extension_abuse::overlong},
                                          {"many_objects", extension_abuse::many_objects},
                                          {"huge_stack", extension_abuse::huge_stack},
                                          {"bad_checksum", extension_abuse::bad_checksum},
                                          {"short_quote", extension_abuse::short_quote}});
  if (j.contains("scope"))
    h.scope = pick<hostile_scope>(j["scope"], "hostile.scope",
                                  {{"all", hostile_scope::all},
                                   {"hops", hostile_scope::hops},
                                   {"destination", hostile_scope::destination}});
  if (j.contains("truncate_max")) h.truncate_max = j["truncate_max"].get<std::size_t>();
  return h;
}

}  // namespace

scenario load_scenario(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(fmt::format("cannot read scenario '{}'", path));
  try {
    const json j = json::parse(in, nullptr, true, /*ignore_comments=*/true);
    only_keys(j, "the scenario",
              {"seed", "hops", "destination", "hostile", "unprobed4", "unprobed6", "comment"});
    scenario s;
    if (j.contains("seed")) s.seed = j["seed"].get<std::uint64_t>();
    if (j.contains("hops"))
      for (std::size_t i = 0; i < j["hops"].size(); ++i)
        s.hops.push_back(parse_hop(j["hops"][i], i));
    if (j.contains("destination")) s.destination = parse_destination(j["destination"]);
    if (j.contains("hostile")) s.hostile = parse_hostile(j["hostile"]);
    if (j.contains("unprobed4")) s.unprobed4 = parse_address(j["unprobed4"], "unprobed4");
    if (j.contains("unprobed6")) s.unprobed6 = parse_address(j["unprobed6"], "unprobed6");
    if (s.destination_hop() <= static_cast<int>(s.hops.size()) && s.destination.hop)
      s.hops.resize(static_cast<std::size_t>(*s.destination.hop - 1));
    return s;
  } catch (const json::exception& e) {
    throw std::runtime_error(fmt::format("scenario '{}': {}", path, e.what()));
  } catch (const bad_key& e) {
    throw std::runtime_error(fmt::format("scenario '{}': {}", path, e.what()));
  }
}

}  // namespace nettrio::sim
