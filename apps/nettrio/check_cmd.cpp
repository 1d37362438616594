// nettrio check: resolve, ping, TCP connect, trace and the socket table, in that order, each
// printed live as one marked line, then one diagnosis (libnettrio/check/trifecta).

#include "common.hpp"

#include <nettrio/check/trifecta.hpp>
#include <nettrio/ping/pinger.hpp>
#include <nettrio/ports/owners.hpp>
#include <nettrio/probe/privileges.hpp>
#include <nettrio/probe/socket_network.hpp>
#include <nettrio/text/parse.hpp>
#include <nettrio/text/sanitize.hpp>
#include <nettrio/trace/tracer.hpp>
#include <nettrio/trace/verdict.hpp>

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <charconv>
#include <cstdlib>
#include <iostream>

namespace nettrio::cli {

namespace {

using namespace std::chrono_literals;

struct step_printer {
  bool json = false;
  bool color = false;
  nlohmann::json steps = nlohmann::json::array();

  // Summaries quote outside text (the target, process names, hop names): sanitised for the
  // terminal and for JSON's prose alike.
  void operator()(std::string_view step, step_status s, std::string_view raw_summary,
                  nlohmann::json details = nlohmann::json::object()) {
    const auto summary = sanitize(raw_summary);
    steps.push_back({{"step", step},
                     {"status", to_string(s)},
                     {"summary", summary},
                     {"details", std::move(details)}});
    if (json) return;
    const char* mark = s == step_status::ok     ? " OK "
                       : s == step_status::warn ? "WARN"
                       : s == step_status::fail ? "FAIL"
                                                : " -- ";
    const char* col = s == step_status::ok     ? "\033[32m"
                      : s == step_status::warn ? "\033[33m"
                      : s == step_status::fail ? "\033[31m"
                                               : "\033[2m";
    std::cout << fmt::format("[{}{}{}] {:<8} {}\n", color ? col : "", mark, color ? "\033[0m" : "",
                             step, summary);
    std::cout.flush();
  }
};

// TARGET[:PORT], [V6]:PORT or a bare IPv6 address.
std::pair<std::string, std::optional<std::uint16_t>> split_target(const std::string& spec) {
  auto r = split_host_port(spec);
  switch (r.error) {
    case host_port::problem::none:
      break;
    case host_port::problem::bad_port:
      throw usage_error(fmt::format("bad port in '{}': use HOST:PORT with PORT 1 to 65535", spec));
    case host_port::problem::missing_bracket:
      throw usage_error(fmt::format("bad target '{}': missing ']'", spec));
    case host_port::problem::expected_port:
      throw usage_error(fmt::format("bad target '{}': expected [ADDRESS]:PORT", spec));
  }
  return {std::move(r.host), r.port};
}

}  // namespace

int check_main(const invocation& inv) {
  common_options common;
  std::string spec = "localhost";
  std::vector<int> ports;
  bool force_trace = false, v4 = false, v6 = false;

  po::options_description desc("Options");
  desc.add_options()("port,p", po::value(&ports)->value_name("PORT")->composing(),
                     "TCP port to test (repeatable); also TARGET:PORT")(
      "trace", po::bool_switch(&force_trace), "always trace, even when ping answers")(
      "ipv4,4", po::bool_switch(&v4), "IPv4 only")("ipv6,6", po::bool_switch(&v6), "IPv6 only");
  po::options_description hidden;
  hidden.add_options()("target", po::value(&spec));
  add_common_options(desc, common);
  po::positional_options_description pos;
  pos.add("target", 1);
  parse(inv, desc, hidden, pos);
  if (common.help) {
    drop_privileges();  // no socket to open
    print_help(
        inv, "[options] [TARGET[:PORT]] [--port N ...]",
        "The first-response steps in one command: resolve the name, ping it, connect to the\n"
        "TCP ports given, trace the path when ping fails or is lossy or slow, and on this host\n"
        "read the socket table for the ports. Ends with one diagnosis and the next step.\n"
        "Takes under 10 s.",
        desc,
        "Exit status: 0 everything asked works (ICMP filtered while the ports answer counts as\n"
        "working), 1 the diagnosis found a problem, 2 usage or runtime error.");
    return exit_ok;
  }
  setup_logging(common);
  if (v4 && v6) throw usage_error("-4 and -6 exclude each other");

  auto [host, port_in_target] = split_target(spec);
  std::vector<std::uint16_t> port_list;
  if (port_in_target) port_list.push_back(*port_in_target);
  for (int p : ports) {
    if (p < 1 || p > 65535)
      throw usage_error(fmt::format("port {} is out of range; use 1 to 65535", p));
    if (std::find(port_list.begin(), port_list.end(), p) == port_list.end())
      port_list.push_back(static_cast<std::uint16_t>(p));
  }

  step_printer step;
  step.json = common.json;
  step.color = !common.json && ::isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR");

  // 1. Resolve.
  std::optional<ip_family> family;
  if (v4) family = ip_family::v4;
  if (v6) family = ip_family::v6;
  target t;
  try {
    t = resolve_spec(host, family).front();
  } catch (const input_error& e) {
    throw usage_error(e.what());
  }
  trifecta_facts facts;
  facts.target = host;
  facts.address = t.address;
  facts.local = is_local_address(t.address);
  if (!common.json)
    std::cout << fmt::format("check {} ({})\n", sanitize(host), t.address.to_string());
  step("resolve", step_status::ok,
       fmt::format("{} -> {}{}", host, t.address.to_string(), facts.local ? " (this host)" : ""),
       {{"address", t.address.to_string()}, {"local", facts.local}});

  // Every socket is opened before privileges go (CAP_NET_RAW is raised only inside socket()).
  socket_options so;
  so.ipv4 = t.address.is_v4();
  so.ipv6 = t.address.is_v6();
  std::unique_ptr<network> icmp_net, tcp_net, udp_net;
  try {
    so.icmp = true;
    icmp_net = make_socket_network(so);
  } catch (const std::system_error& e) {
    facts.ping_skipped = e.what();
  }
  so.icmp = false;
  if (!port_list.empty()) {
    so.tcp = true;
    tcp_net = make_socket_network(so);
    so.tcp = false;
  }
  so.udp = true;
  udp_net = make_socket_network(so);
  // The socket table is read as the user, as `ports` does: a user other than root has lost
  // what the install granted before it, so another user's listener shows no owner. Root's
  // capabilities are its own (`ports` run by root sees every owner too) and go after it.
  if (!user_is_root()) drop_privileges();
  std::vector<check_verdict> local_verdicts;
  std::string table_error;
  if (facts.local && !port_list.empty()) {
    try {
      auto source = make_socket_source(source_kind::automatic);
      for (auto port : port_list) {
        check_options co;
        co.port = port;
        auto records = list_sockets(*source, check_query(co));
        owner_stats stats;
        resolve_owners(records, stats);
        local_verdicts.push_back(analyse_port(co, records));
      }
    } catch (const std::system_error& e) {
      table_error = e.what();
    }
  }
  if (user_is_root()) drop_privileges();

  // 2. Ping: a few probes, short timeouts.
  if (icmp_net) {
    ping_options po;
    po.count = 3;
    po.interval = 200ms;
    po.timeout = 1s;
    auto run = pinger(*icmp_net, po).run({t}, [](const ping_event&) {});
    const auto& s = run.targets.front();
    facts.ping_ran = true;
    facts.ping_sent = s.transmitted;
    facts.ping_received = s.received;
    facts.ping_errors = s.errors;
    if (s.rtt) facts.ping_avg_ms = s.rtt->avg_ms;
    nlohmann::json d{
        {"transmitted", s.transmitted}, {"received", s.received}, {"loss_percent", s.loss()}};
    d["rtt_avg_ms"] = s.rtt ? nlohmann::json(s.rtt->avg_ms) : nlohmann::json(nullptr);
    if (s.received == 0)
      step("ping", step_status::fail,
           fmt::format("no reply to {} ICMP echo requests{}", s.transmitted,
                       s.errors ? fmt::format(" ({} ICMP errors)", s.errors) : ""),
           d);
    else
      step("ping",
           s.received < s.transmitted || s.rtt->avg_ms > slow_rtt_ms ? step_status::warn
                                                                     : step_status::ok,
           fmt::format("{}/{} replies, {:g}% loss, avg {:.3f} ms", s.received, s.transmitted,
                       s.loss(), s.rtt->avg_ms),
           d);
  } else {
    step("ping", step_status::skip, fmt::format("cannot ping: {}", facts.ping_skipped));
  }

  // 3. TCP connect to each port asked.
  for (auto port : port_list) {
    ping_options po;
    po.count = 1;
    po.timeout = 2s;
    po.tcp_port = port;
    port_fact pf;
    pf.port = port;
    auto run = pinger(*tcp_net, po).run({t}, [&](const ping_event& ev) {
      const auto& r = ev.result;
      if (r.status == probe_status::reply) {
        pf.state = r.tcp_open ? tcp_state::open : tcp_state::refused;
        if (r.rtt) pf.rtt_ms = std::chrono::duration<double, std::milli>(*r.rtt).count();
      } else if (r.status == probe_status::send_failed) {
        pf.state = tcp_state::error;
        pf.error = r.error.message();
      } else if (r.status == probe_status::unreachable) {
        pf.state = tcp_state::error;
        pf.error = icmp_error_text(t.address.family(), r.icmp_type, r.icmp_code);
      }
    });
    nlohmann::json d{{"port", port}, {"state", to_string(pf.state)}};
    d["rtt_ms"] = pf.rtt_ms ? nlohmann::json(*pf.rtt_ms) : nlohmann::json(nullptr);
    switch (pf.state) {
      case tcp_state::open:
        step("tcp", step_status::ok,
             fmt::format("port {} open (connected in {:.3f} ms)", port, pf.rtt_ms.value_or(0)), d);
        break;
      case tcp_state::refused:
        step("tcp", step_status::fail,
             fmt::format("port {} refused: the host answered with a reset", port), d);
        break;
      case tcp_state::filtered:
        step("tcp", step_status::fail, fmt::format("port {} filtered: no answer in 2 s", port), d);
        break;
      case tcp_state::error:
        step("tcp", step_status::fail, fmt::format("port {}: {}", port, pf.error), d);
        break;
    }
    facts.ports.push_back(std::move(pf));
  }

  // 4. Trace when ping failed, lost or was slow, when a port is silent, or when asked.
  const bool port_silent =
      std::any_of(facts.ports.begin(), facts.ports.end(), [](const port_fact& p) {
        return p.state == tcp_state::filtered || p.state == tcp_state::error;
      });
  if (force_trace || trace_needed(facts) || (port_silent && facts.ping_received == 0)) {
    trace_options to;
    to.max_wait = 1000ms;
    to.probes_per_hop = 2;
    auto tr = tracer(*udp_net, to).run(host, t.address, [](const hop&) {});
    std::string summary = tr.result.text;
    if (tr.result.kind == verdict_kind::method_filtered && !tr.answers_to.empty()) {
      // The destination drops UDP probes but answered another method: trace with that one,
      // as the verdict tells a user to.
      const auto m = tr.answers_to.front();
      std::unique_ptr<network> made;
      network* alt = m == trace_method::icmp ? icmp_net.get() : tcp_net.get();
      if (!alt && m == trace_method::tcp) {
        try {
          socket_options tso;
          tso.ipv4 = t.address.is_v4();
          tso.ipv6 = t.address.is_v6();
          tso.icmp = false;
          tso.tcp = true;
          made = make_socket_network(tso);
          alt = made.get();
        } catch (const std::system_error& e) {
          spdlog::debug("check: no TCP network for the trace: {}", e.what());
        }
      }
      if (alt) {
        auto again = to;
        again.method = m;
        auto tr2 = tracer(*alt, again).run(host, t.address, [](const hop&) {});
        if (tr2.reached) {
          summary = fmt::format("{} drops UDP probes; traced with {}: {}", host,
                                m == trace_method::icmp ? "ICMP echo (-I)" : "TCP SYN (-T)",
                                tr2.result.text);
          tr = std::move(tr2);
        }
      }
    }
    nlohmann::json d{
        {"verdict",
         {{"kind", tr.result.kind},
          {"hop", tr.result.hop ? nlohmann::json(*tr.result.hop) : nlohmann::json(nullptr)},
          {"text", sanitize(tr.result.text)}}},
        {"method", to_string(tr.method)},
        {"hops", tr.hops.size()}};
    const auto status = tr.reached ? step_status::ok : step_status::fail;
    step("trace", status, summary, d);
    facts.trace = std::move(tr);
  } else {
    step("trace", step_status::skip, "not needed: ping answered without loss");
  }

  // 5. On this host: who listens on the ports, and where (read above, as the user).
  if (facts.local && !port_list.empty()) {
    if (!table_error.empty())
      step("ports", step_status::skip,
           fmt::format("cannot read the socket table: {}", table_error));
    for (std::size_t i = 0; i < local_verdicts.size() && i < facts.ports.size(); ++i) {
      auto& v = local_verdicts[i];
      nlohmann::json d{{"port", v.port}, {"outcome", to_string(v.outcome)}};
      auto& b = d["bindings"] = nlohmann::json::array();
      for (const auto& x : v.bindings)
        b.push_back({{"address", x.socket.local_address.to_string()},
                     {"scope", to_string(x.scope)},
                     {"owner", sanitize(x.owner)}});
      std::string summary =
          v.summary.empty() ? std::string(to_string(v.outcome)) : v.summary.front();
      step("ports",
           v.outcome == check_outcome::reachable       ? step_status::ok
           : v.outcome == check_outcome::loopback_only ? step_status::warn
                                                       : step_status::fail,
           summary, d);
      facts.ports[i].local = std::move(v);
    }
  } else {
    step("ports", step_status::skip,
         facts.local ? "no port given"
                     : "the target is another host (run `nettrio ports --check PORT` there)");
  }

  const auto dx = diagnose(facts);
  if (common.json) {
    nlohmann::json j{{"target", host},
                     {"address", t.address.to_string()},
                     {"local", facts.local},
                     {"ports", port_list},
                     {"steps", step.steps},
                     {"diagnosis",
                      {{"kind", dx.kind},
                       {"problem", dx.problem},
                       {"text", sanitize(dx.text)},
                       {"next_step", sanitize(dx.next_step)}}}};
    // The raw target may hold any bytes: invalid UTF-8 becomes U+FFFD, never an exception.
    std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else {
    std::cout << fmt::format("\ndiagnosis: {}\nnext step: {}\n", sanitize(dx.text),
                             sanitize(dx.next_step));
  }
  return dx.problem ? exit_negative : exit_ok;
}

}  // namespace nettrio::cli
