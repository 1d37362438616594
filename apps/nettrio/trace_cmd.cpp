// nettrio trace: traceroute's letters and output shape, mtr's report, and a verdict.

#include "common.hpp"

#include <nettrio/ping/targets.hpp>
#include <nettrio/probe/privileges.hpp>
#include <nettrio/probe/socket_network.hpp>
#include <nettrio/text/sanitize.hpp>
#include <nettrio/trace/reverse_dns.hpp>
#include <nettrio/trace/tracer.hpp>
#include <nettrio/trace/verdict.hpp>

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <condition_variable>
#include <csignal>
#include <deque>
#include <iostream>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>

#include <unistd.h>

namespace nettrio::cli {

namespace {

tracer* g_tracer = nullptr;
extern "C" void on_trace_sigint(int) {
  if (g_tracer) g_tracer->request_stop();
}

// reverse_dns hands out valid host names only (is_hostname); sanitize() is a second guard.
std::string label(const ip_address& a, bool numeric, const reverse_dns& dns) {
  if (!numeric)
    if (auto name = dns.ready(a)) return fmt::format("{} ({})", sanitize(*name), a.to_string());
  return a.to_string();
}

std::string mpls_text(const std::vector<packet::mpls_label>& labels) {
  std::string s;
  for (const auto& l : labels)
    s += fmt::format(" <MPLS:L={},E={},S={},T={}>", l.label, l.exp, l.bottom_of_stack ? 1 : 0,
                     l.ttl);
  return s;
}

std::string hop_line(const hop& h, bool numeric, const reverse_dns& dns) {
  std::string line = fmt::format("{:2} ", h.ttl);
  std::optional<ip_address> prev;
  for (const auto& p : h.probes) {
    if (!p.from) {
      line += " *";
      continue;
    }
    if (!prev || *prev != *p.from) {
      line += ' ';  // not " " + label(): GCC 12 warns falsely (-Wrestrict)
      line += label(*p.from, numeric, dns);
    }
    prev = p.from;
    if (p.rtt_ms) line += fmt::format("  {:.3f} ms", *p.rtt_ms);
    if (!p.flag.empty()) line += " " + p.flag;
    line += mpls_text(p.mpls);
  }
  return line;
}

nlohmann::json opt_num(const std::optional<double>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

nlohmann::json to_json(const trace_result& r, bool numeric, const reverse_dns& dns) {
  nlohmann::json j;
  j["target"] = r.target;
  j["address"] = r.address.to_string();
  j["method"] = std::string(to_string(r.method));
  j["max_hops"] = r.max_hops;
  j["first_ttl"] = r.first_ttl;
  j["packet_size"] = r.packet_size;
  j["rounds"] = r.rounds;
  auto& hops = j["hops"] = nlohmann::json::array();
  for (const auto& h : r.hops) {
    nlohmann::json jh{{"ttl", h.ttl}, {"notes", h.notes}};
    auto& probes = jh["probes"] = nlohmann::json::array();
    for (const auto& p : h.probes) {
      nlohmann::json jp;
      jp["from"] = p.from ? nlohmann::json(p.from->to_string()) : nlohmann::json(nullptr);
      jp["rtt_ms"] = opt_num(p.rtt_ms);
      jp["flag"] = p.flag.empty() ? nlohmann::json(nullptr) : nlohmann::json(p.flag);
      if (p.from && p.reply_ttl >= 0) jp["reply_ttl"] = p.reply_ttl;
      if (p.from && !numeric)
        if (auto name = dns.ready(*p.from)) jp["host"] = *name;
      if (!p.mpls.empty()) {
        auto& m = jp["mpls"] = nlohmann::json::array();
        for (const auto& l : p.mpls)
          m.push_back(
              {{"label", l.label}, {"exp", l.exp}, {"s", l.bottom_of_stack}, {"ttl", l.ttl}});
      }
      probes.push_back(std::move(jp));
    }
    hops.push_back(std::move(jh));
  }
  if (!r.stats.empty()) {
    auto& stats = j["stats"] = nlohmann::json::array();
    for (const auto& s : r.stats) {
      nlohmann::json js{{"ttl", s.ttl},
                        {"sent", s.sent},
                        {"received", s.received},
                        {"loss_percent", s.loss_percent},
                        {"last_ms", opt_num(s.last_ms)},
                        {"avg_ms", opt_num(s.avg_ms)},
                        {"best_ms", opt_num(s.best_ms)},
                        {"worst_ms", opt_num(s.worst_ms)},
                        {"stdev_ms", opt_num(s.stdev_ms)}};
      auto& who = js["responders"] = nlohmann::json::array();
      for (const auto& a : s.responders) who.push_back(a.to_string());
      stats.push_back(std::move(js));
    }
  }
  j["reached"] = r.reached;
  j["confirmed"] = r.confirmed;
  auto& answers = j["answers_to"] = nlohmann::json::array();
  for (const auto m : r.answers_to) answers.push_back(to_string(m));
  j["verdict"] = {{"kind", r.result.kind},
                  {"hop", r.result.hop ? nlohmann::json(*r.result.hop) : nlohmann::json(nullptr)},
                  {"text", sanitize(r.result.text)}};
  return j;
}

// How long a hop line waits for its names after the hop is complete, as traceroute waits
// for its resolver (but never holding probing back: the waiting is on another thread).
constexpr std::chrono::milliseconds name_wait{2000};

// Prints hop lines in TTL order, each once the names of its responders are known or
// name_wait has passed since the hop was complete. Runs on a thread of its own, so the
// event loop keeps probing while a slow resolver answers; with -n, or when no thread can
// start, lines go out at once.
class hop_printer {
 public:
  hop_printer(const reverse_dns& dns, bool numeric) : dns_(dns), numeric_(numeric) {
    if (numeric_) return;
    try {
      thread_ = std::thread([this] { run(); });
    } catch (const std::system_error& e) {
      spdlog::debug("hop lines without waiting for names: {}", e.what());
    }
  }
  hop_printer(const hop_printer&) = delete;
  hop_printer& operator=(const hop_printer&) = delete;
  ~hop_printer() { finish(); }

  void add(const hop& h) {
    if (!thread_.joinable()) {
      print(h);
      return;
    }
    {
      std::lock_guard lock(mu_);
      queue_.push_back({h, std::chrono::steady_clock::now() + name_wait});
    }
    cv_.notify_one();
  }

  /// Prints what is queued (each waiting at most to its deadline) and stops.
  void finish() {
    if (!thread_.joinable()) return;
    {
      std::lock_guard lock(mu_);
      closing_ = true;
    }
    cv_.notify_one();
    thread_.join();
  }

 private:
  struct item {
    hop h;
    std::chrono::steady_clock::time_point deadline;
  };

  void run() {
    std::unique_lock lock(mu_);
    for (;;) {
      cv_.wait(lock, [&] { return closing_ || !queue_.empty(); });
      if (queue_.empty()) return;
      auto next = std::move(queue_.front());
      queue_.pop_front();
      lock.unlock();
      for (const auto& a : next.h.responders()) (void)dns_.wait_for(a, next.deadline);
      print(next.h);
      lock.lock();
    }
  }

  void print(const hop& h) const {
    std::cout << hop_line(h, numeric_, dns_) << "\n";
    std::cout.flush();
  }

  const reverse_dns& dns_;
  bool numeric_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<item> queue_;
  bool closing_ = false;
  std::thread thread_;
};

}  // namespace

int trace_main(const invocation& inv) {
  common_options common;
  int max_hops = 30, queries = -1, first_ttl = 1, port = -1;
  std::string wait_s;
  std::string target_spec;
  bool icmp = false, tcp = false, numeric = false, v4 = false, v6 = false, paris = false,
       report = false;
  std::uint64_t rounds = 0;
  std::string interval_s;
  int packet_len = -1;
  bool dont_fragment = false;

  po::options_description desc("Options");
  desc.add_options()("icmp,I", po::bool_switch(&icmp), "probe with ICMP echo (as Windows tracert)")(
      "tcp,T", po::bool_switch(&tcp), "probe with TCP SYN (connect), port 80 unless -p")(
      "max-hops,m", po::value(&max_hops)->value_name("N"), "largest TTL to probe (default 30)")(
      "queries,q", po::value(&queries)->value_name("N"),
      "probes per hop (default 3; report mode 1)")(
      "first,f", po::value(&first_ttl)->value_name("N"), "first TTL (default 1)")(
      "wait,w", po::value(&wait_s)->value_name("SEC"),
      "longest wait for a reply (default 5); shorter waits adapt to RTTs seen")(
      "port,p", po::value(&port)->value_name("PORT"),
      "UDP: base destination port (default 33434, +1 per probe); TCP: port (default 80)")(
      "numeric,n", po::bool_switch(&numeric), "no reverse DNS")(
      "dont-fragment,F", po::bool_switch(&dont_fragment),
      "set Don't Fragment: a probe larger than a link's MTU gets !F (as traceroute -F); "
      "without it, routers fragment large probes")(
      "paris", po::bool_switch(&paris),
      "keep the flow constant so load balancers keep one path (UDP, ICMP)")(
      "report,r", po::bool_switch(&report),
      "mtr-style report: rounds, then per-hop loss and RTT statistics (default 10 rounds)")(
      "count,c", po::value(&rounds)->value_name("ROUNDS"), "report mode with ROUNDS rounds")(
      "interval,i", po::value(&interval_s)->value_name("SEC"),
      "report mode: seconds between rounds (default 1)")(
      "ipv4,4", po::bool_switch(&v4), "IPv4 only")("ipv6,6", po::bool_switch(&v6), "IPv6 only");
  po::options_description hidden;
  hidden.add_options()("target", po::value(&target_spec))("packetlen", po::value(&packet_len));
  add_common_options(desc, common);
  po::positional_options_description pos;
  pos.add("target", 1).add("packetlen", 1);
  auto vm = parse(inv, desc, hidden, pos);
  if (common.help) {
    drop_privileges();  // no socket to open
    print_help(
        inv, "[options] HOST [PACKETLEN]",
        "Show the path to HOST hop by hop (UDP by default, -I ICMP, -T TCP), then read it: "
        "reached,\n"
        "unreachable at a hop (!N !H !P !X), a firewall after a hop, a silent destination,\n"
        "silent or busy routers, load balancing, asymmetric return paths.",
        desc,
        "Exit status: 0 the destination was reached, 1 it was not, 2 usage or runtime error.\n"
        "Verdict kinds (JSON verdict.kind): reached, unreachable, filtered_after_hop,\n"
        "destination_silent, no_response, incomplete. See man nettrio-trace.");
    return exit_ok;
  }
  setup_logging(common);

  trace_options o;
  if (icmp && tcp) throw usage_error("-I and -T exclude each other");
  if (v4 && v6) throw usage_error("-4 and -6 exclude each other");
  o.method = icmp ? trace_method::icmp : tcp ? trace_method::tcp : trace_method::udp;
  o.max_hops = max_hops;
  o.first_ttl = first_ttl;
  if (vm.count("port")) {
    if (port < 1 || port > 65535)
      throw usage_error(fmt::format("port (-p) {} is out of range; use 1 to 65535", port));
    o.port = static_cast<std::uint16_t>(port);
  }
  if (vm.count("wait")) {
    const double w = parse_seconds("--wait", wait_s);
    if (w <= 0 || w > 60) throw usage_error("wait (-w) must be above 0 and at most 60 seconds");
    o.max_wait = std::chrono::milliseconds(static_cast<long>(w * 1000));
    o.min_wait = std::min(o.min_wait, o.max_wait);
  }
  if (vm.count("count") && rounds == 0) throw usage_error("rounds (-c) must be at least 1");
  if (report || rounds > 0) o.rounds = rounds > 0 ? rounds : 10;
  const bool report_mode = report || rounds > 0;
  o.probes_per_hop = queries >= 0 ? queries : (report_mode ? 1 : 3);
  if (vm.count("interval")) {
    const double s = parse_seconds("--interval", interval_s);
    if (s < 0) throw usage_error("interval (-i) must not be negative");
    o.round_interval = std::chrono::milliseconds(static_cast<long>(s * 1000));
  }
  o.paris = paris;
  if (paris && tcp) throw usage_error("--paris works with UDP and ICMP probes, not -T");
  if (packet_len >= 0) o.packet_size = static_cast<std::size_t>(packet_len);
  if (auto err = validate(o); !err.empty()) throw usage_error(err);
  if (target_spec.empty()) throw usage_error("no target given: name a host or an address");
  if (target_spec.find('/') != std::string::npos)
    throw usage_error("trace takes one host, not a range");

  std::optional<ip_family> family;
  if (v4) family = ip_family::v4;
  if (v6) family = ip_family::v6;
  target t;
  try {
    t = resolve_spec(target_spec, family).front();
  } catch (const input_error& e) {
    throw usage_error(e.what());
  }

  socket_options so;
  so.ipv4 = t.address.is_v4();
  so.ipv6 = t.address.is_v6();
  so.icmp = o.method == trace_method::icmp;
  so.udp = o.method == trace_method::udp;
  so.tcp = o.method == trace_method::tcp;
  // As traceroute: no Don't Fragment unless -F, for every method (the kernel sets it on UDP
  // and TCP sockets by default, so a large probe died at the first smaller link).
  so.dont_fragment = dont_fragment;
  if (o.method == trace_method::tcp) {
    // A connect() SYN has no data: it is an IP header and a TCP header with Linux's
    // options (MSS, SACK permitted, timestamps, window scale: 20 bytes), whatever PACKETLEN
    // says. The header and JSON say the size that goes out.
    o.packet_size = t.address.is_v4() ? 60 : 80;
  }
  socket_report rep;
  // CAP_NET_RAW is raised only inside socket() (socket_with_net_raw), then gone for good.
  auto net = make_socket_network(so, &rep);
  drop_privileges();

  reverse_dns dns;
  tracer tr(*net, o);
  g_tracer = &tr;
  std::signal(SIGINT, on_trace_sigint);

  if (!common.json) {
    if (report_mode)
      std::cout << fmt::format("report to {} ({}), {} rounds, {} probes, {} hops max\n",
                               sanitize(t.name), t.address.to_string(), o.rounds,
                               to_string(o.method), o.max_hops);
    else
      std::cout << fmt::format("traceroute to {} ({}), {} hops max, {} byte packets\n",
                               sanitize(t.name), t.address.to_string(), o.max_hops, o.packet_size);
    std::cout.flush();
  }
  std::optional<hop_printer> printer;
  if (!common.json && !report_mode) printer.emplace(dns, numeric);
  auto result = tr.run(
      t.name, t.address,
      [&](const hop& h) {
        if (!numeric)
          for (const auto& a : h.responders()) dns.request(a);
        if (printer) printer->add(h);
      },
      [&](std::uint64_t round) {
        if (report_mode && !common.json && ::isatty(STDERR_FILENO))
          std::cerr << fmt::format("\rround {}/{}", round, o.rounds)
                    << (round == o.rounds ? "\n" : "");
      });
  g_tracer = nullptr;
  std::signal(SIGINT, SIG_DFL);
  if (printer) printer->finish();
  if (!numeric && (common.json || report_mode)) {
    // JSON and the report table are written at the end: give the names the same bounded
    // wait, all at once.
    const auto deadline = std::chrono::steady_clock::now() + name_wait;
    for (const auto& h : result.hops)
      for (const auto& a : h.responders()) (void)dns.wait_for(a, deadline);
  }

  if (common.json) {
    // The target as typed may hold any bytes: invalid UTF-8 becomes U+FFFD, never an error.
    std::cout << to_json(result, numeric, dns)
                     .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
  } else {
    if (report_mode) {
      std::cout << fmt::format("{:>4}  {:<24} {:>6} {:>5} {:>8} {:>8} {:>8} {:>8} {:>8}\n", "Hop",
                               "Host", "Loss%", "Snt", "Last", "Avg", "Best", "Wrst", "StDev");
      auto num = [](const std::optional<double>& v) {
        return v ? fmt::format("{:.3f}", *v) : std::string("-");
      };
      for (const auto& s : result.stats) {
        // As mtr's report: the name alone where there is one, else the address.
        std::string host = "???";
        if (!s.responders.empty()) {
          const auto name = numeric ? std::nullopt : dns.ready(s.responders.front());
          host = name ? sanitize(*name) : s.responders.front().to_string();
        }
        if (host.size() > 24) {
          // As mtr does: the table keeps its columns. Cut on a UTF-8 character boundary.
          host.resize(24);
          while (!host.empty() && (static_cast<unsigned char>(host.back()) & 0xc0) == 0x80)
            host.pop_back();
          if (!host.empty() && (static_cast<unsigned char>(host.back()) & 0xc0) == 0xc0)
            host.pop_back();
        }
        std::cout << fmt::format("{:>4}  {:<24} {:>5.1f}% {:>5} {:>8} {:>8} {:>8} {:>8} {:>8}\n",
                                 s.ttl, host, s.loss_percent, s.sent, num(s.last_ms), num(s.avg_ms),
                                 num(s.best_ms), num(s.worst_ms), num(s.stdev_ms));
        for (std::size_t i = 1; i < s.responders.size(); ++i)
          std::cout << fmt::format("{:>4}  {}\n", "", label(s.responders[i], numeric, dns));
      }
    }
    std::cout << "\n" << fmt::format("verdict: {}\n", sanitize(result.result.text));
    for (const auto& h : result.hops)
      for (const auto& n : h.notes) std::cout << fmt::format("  hop {}: {}\n", h.ttl, sanitize(n));
  }
  std::cout.flush();
  spdlog::debug("sockets: icmp4={} icmp6={}", rep.icmp4, rep.icmp6);
  return result.reached ? exit_ok : exit_negative;
}

}  // namespace nettrio::cli
