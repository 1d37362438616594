#include <nettrio/check/dns.hpp>
#include <nettrio/probe/event_loop.hpp>

#include "dns/cares_channel.hpp"

#include <ares.h>
#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <netinet/in.h>

#include <spdlog/spdlog.h>
#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <system_error>

namespace nettrio {

std::string_view to_string(dns_rcode r) noexcept {
  switch (r) {
    case dns_rcode::noerror:
      return "NOERROR";
    case dns_rcode::nxdomain:
      return "NXDOMAIN";
    case dns_rcode::servfail:
      return "SERVFAIL";
    case dns_rcode::refused:
      return "REFUSED";
    case dns_rcode::timeout:
      return "timeout";
    case dns_rcode::unreachable:
      return "unreachable";
    case dns_rcode::error:
      return "error";
  }
  return "error";
}

std::string_view to_string(dns_finding_kind k) noexcept {
  switch (k) {
    case dns_finding_kind::dns_failure:
      return "dns_failure";
    case dns_finding_kind::dns_slow:
      return "dns_slow";
    case dns_finding_kind::dns_mismatch:
      return "dns_mismatch";
  }
  return "dns_failure";
}

std::vector<ip_address> dns_report::resolved() const {
  if (answered_by_hosts()) return hosts_answers;
  for (const auto& s : servers)
    if (s.rcode == dns_rcode::noerror && !s.answers.empty()) return s.answers;
  // "dns" before "files", and no server gave an address: glibc falls back to the file.
  return hosts_answers;
}

std::string validate(const dns_options& o) {
  if (o.name.empty()) return "no name to look up";
  if (o.name.size() > 253) return "the name is longer than 253 characters";
  if (!o.ipv4 && !o.ipv6) return "neither IPv4 (A) nor IPv6 (AAAA) asked for";
  if (o.timeout <= std::chrono::milliseconds::zero()) return "the DNS timeout must be positive";
  return {};
}

namespace {

std::vector<std::string_view> words(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i]))) ++i;
    const auto start = i;
    while (i < line.size() && !std::isspace(static_cast<unsigned char>(line[i]))) ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

template <typename F>
void for_each_line(std::string_view text, F&& f) {
  while (!text.empty()) {
    const auto nl = text.find('\n');
    auto line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    if (const auto hash = line.find_first_of("#;"); hash != std::string_view::npos)
      line = line.substr(0, hash);
    f(line);
  }
}

bool iequal(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::set<ip_address, bool (*)(const ip_address&, const ip_address&)> as_set(
    const std::vector<ip_address>& v) {
  std::set<ip_address, bool (*)(const ip_address&, const ip_address&)> s(
      [](const ip_address& a, const ip_address& b) {
        return std::pair(a.family(), a.bytes()) < std::pair(b.family(), b.bytes());
      });
  s.insert(v.begin(), v.end());
  return s;
}

}  // namespace

namespace detail {

resolv_conf parse_resolv_conf(std::string_view text) {
  resolv_conf rc;
  for_each_line(text, [&](std::string_view line) {
    const auto w = words(line);
    if (w.empty()) return;
    if (w[0] == "nameserver" && w.size() >= 2) {
      // "fe80::1%eth0": the scope is dropped (the address alone is still told).
      auto text_addr = w[1].substr(0, w[1].find('%'));
      if (auto a = ip_address::parse(text_addr)) rc.nameservers.push_back(*a);
    } else if ((w[0] == "search" || w[0] == "domain") && w.size() >= 2) {
      rc.search.clear();  // the last search or domain line wins
      for (std::size_t i = 1; i < w.size(); ++i) rc.search.emplace_back(w[i]);
    } else if (w[0] == "options") {
      for (std::size_t i = 1; i < w.size(); ++i) {
        auto value = [&](std::string_view prefix) -> std::optional<int> {
          if (!w[i].starts_with(prefix)) return std::nullopt;
          int v = 0;
          const auto s = w[i].substr(prefix.size());
          const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
          if (ec != std::errc{} || p != s.data() + s.size()) return std::nullopt;
          return v;
        };
        // glibc caps timeout at 30 s and attempts at 5 (RES_MAXRETRANS, RES_MAXRETRY).
        if (auto t = value("timeout:")) rc.timeout = std::chrono::seconds(std::clamp(*t, 1, 30));
        if (auto a = value("attempts:")) rc.attempts = std::clamp(*a, 1, 5);
        if (w[i] == "rotate") rc.rotate = true;
      }
    }
  });
  return rc;
}

std::vector<std::string> parse_nsswitch_hosts(std::string_view text) {
  std::vector<std::string> out;
  bool found = false;
  for_each_line(text, [&](std::string_view line) {
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) return;
    const auto key = words(line.substr(0, colon));
    if (key.size() != 1 || key[0] != "hosts") return;
    found = true;
    out.clear();
    for (const auto w : words(line.substr(colon + 1)))
      if (!w.starts_with("[")) out.emplace_back(w);
  });
  if (!found) return {"files", "dns"};
  return out;
}

std::vector<ip_address> hosts_lookup(std::string_view hosts_text, std::string_view name) {
  std::vector<ip_address> out;
  for_each_line(hosts_text, [&](std::string_view line) {
    const auto w = words(line);
    if (w.size() < 2) return;
    for (std::size_t i = 1; i < w.size(); ++i) {
      if (!iequal(w[i], name)) continue;
      if (auto a = ip_address::parse(w[0])) out.push_back(*a);
      break;
    }
  });
  return out;
}

}  // namespace detail

std::vector<dns_finding> diagnose_dns(const dns_report& r) {
  std::vector<dns_finding> out;
  const bool dns_used = std::find(r.nsswitch.begin(), r.nsswitch.end(), "dns") != r.nsswitch.end();
  const bool files_used =
      std::find(r.nsswitch.begin(), r.nsswitch.end(), "files") != r.nsswitch.end();

  std::vector<const dns_server_result*> answered, silent;
  for (const auto& s : r.servers) {
    if (s.rcode == dns_rcode::timeout)
      silent.push_back(&s);
    else if (s.rcode == dns_rcode::noerror || s.rcode == dns_rcode::nxdomain)
      answered.push_back(&s);
  }

  const bool from_hosts = files_used && !r.hosts_answers.empty();
  const bool from_dns =
      dns_used && std::any_of(r.servers.begin(), r.servers.end(), [](const auto& s) {
        return s.rcode == dns_rcode::noerror && !s.answers.empty();
      });
  if (!from_hosts && !from_dns) out.push_back({dns_finding_kind::dns_failure, {}});

  // A silent server makes every lookup wait for its timeout before glibc asks the next one;
  // when none answers the name simply does not resolve (dns_failure says it).
  if (dns_used && !silent.empty() && silent.size() < r.servers.size()) {
    dns_finding f{dns_finding_kind::dns_slow, {}};
    for (const auto* s : silent) f.servers.push_back(s->server);
    out.push_back(std::move(f));
  }

  // Disagreement: between the servers that answered, and between /etc/hosts (when it is
  // consulted first and has the name) and them. NXDOMAIN counts as "no addresses".
  std::optional<std::vector<ip_address>> first;
  std::vector<ip_address> differ;
  if (r.answered_by_hosts()) first = r.hosts_answers;
  for (const auto* s : answered) {
    if (!first) {
      first = s->answers;
      continue;
    }
    if (as_set(*first) != as_set(s->answers)) differ.push_back(s->server);
  }
  if (!differ.empty()) out.push_back({dns_finding_kind::dns_mismatch, std::move(differ)});
  return out;
}

// ---------------------------------------------------------------- the c-ares side

namespace {

dns_rcode rcode_of(int status) noexcept {
  switch (status) {
    case ARES_SUCCESS:
    case ARES_ENODATA:  // NOERROR, no record of that type
      return dns_rcode::noerror;
    case ARES_ENOTFOUND:
      return dns_rcode::nxdomain;
    case ARES_ESERVFAIL:
      return dns_rcode::servfail;
    case ARES_EREFUSED:
      return dns_rcode::refused;
    case ARES_ETIMEOUT:
      return dns_rcode::timeout;
    case ARES_ECONNREFUSED:
      return dns_rcode::unreachable;
    default:
      return dns_rcode::error;
  }
}

}  // namespace

struct dns_check::impl : std::enable_shared_from_this<impl> {
  struct query {
    bool done = false;
    int status = ARES_ETIMEOUT;
    std::vector<ip_address> answers;
    event_loop::time_point end{};
  };

  struct server {
    std::size_t index = 0;
    std::unique_ptr<detail::cares_channel> channel;
    event_loop::time_point start{};
    query a, aaaa;
    bool finished = false;
  };

  event_loop& loop;
  dns_options opts;
  std::function<void(dns_report)> done;
  dns_report report;
  std::vector<std::unique_ptr<server>> servers;
  std::size_t pending = 0;
  bool closing = false;

  impl(event_loop& l, dns_options o, std::function<void(dns_report)> d)
      : loop(l), opts(std::move(o)), done(std::move(d)) {}

  ~impl() { shutdown(); }

  void shutdown() {
    closing = true;
    for (auto& s : servers) s->channel.reset();  // callbacks see `closing`
  }

  struct query_arg {
    impl* self;
    server* s;
    query* q;
    int type;
  };

  static void on_answer(void* arg, int status, int /*timeouts*/, unsigned char* abuf, int alen) {
    std::unique_ptr<query_arg> qa(static_cast<query_arg*>(arg));
    if (status == ARES_EDESTRUCTION || status == ARES_ECANCELLED || qa->self->closing) return;
    auto& q = *qa->q;
    q.done = true;
    q.status = status;
    q.end = qa->self->loop.now();
    if (status == ARES_SUCCESS && abuf) {
      if (qa->type == ns_t_a) {
        std::array<ares_addrttl, 32> rr{};
        int n = static_cast<int>(rr.size());
        if (ares_parse_a_reply(abuf, alen, nullptr, rr.data(), &n) == ARES_SUCCESS)
          for (int i = 0; i < n; ++i)
            q.answers.push_back(ip_address::v4_bytes(
                reinterpret_cast<const std::uint8_t*>(&rr[static_cast<std::size_t>(i)].ipaddr)));
      } else {
        std::array<ares_addr6ttl, 32> rr{};
        int n = static_cast<int>(rr.size());
        if (ares_parse_aaaa_reply(abuf, alen, nullptr, rr.data(), &n) == ARES_SUCCESS)
          for (int i = 0; i < n; ++i)
            q.answers.push_back(ip_address::v6_bytes(
                reinterpret_cast<const std::uint8_t*>(&rr[static_cast<std::size_t>(i)].ip6addr)));
      }
    }
    qa->self->query_done(*qa->s);
  }

  void query_done(server& s) {
    const bool a_done = !opts.ipv4 || s.a.done;
    const bool aaaa_done = !opts.ipv6 || s.aaaa.done;
    if (!a_done || !aaaa_done || s.finished) return;
    s.finished = true;
    auto& r = report.servers[s.index];
    std::vector<const query*> asked;
    if (opts.ipv4) asked.push_back(&s.a);
    if (opts.ipv6) asked.push_back(&s.aaaa);
    event_loop::time_point end = s.start;
    bool any_noerror = false;
    for (const auto* q : asked) {
      end = std::max(end, q->end);
      r.answers.insert(r.answers.end(), q->answers.begin(), q->answers.end());
      any_noerror = any_noerror || rcode_of(q->status) == dns_rcode::noerror;
    }
    // One rcode per server: NOERROR if either type got one, else what the first said.
    r.rcode = any_noerror ? dns_rcode::noerror : rcode_of(asked.front()->status);
    if (r.rcode == dns_rcode::error) r.error = ares_strerror(asked.front()->status);
    r.time = std::chrono::duration_cast<std::chrono::microseconds>(end - s.start);
    if (--pending == 0) finish();
  }

  void finish() {
    // Not from inside c-ares: the channels may be destroyed by whoever `done` wakes.
    std::weak_ptr<impl> weak = weak_from_this();
    loop.post([weak] {
      auto self = weak.lock();
      if (!self || self->closing) return;
      self->report.findings = diagnose_dns(self->report);
      auto cb = std::move(self->done);
      if (cb) cb(std::move(self->report));
    });
  }

  void start() {
    const auto rc = detail::parse_resolv_conf(read_file(opts.resolv_conf_path));
    report.name = opts.name;
    report.nsswitch = detail::parse_nsswitch_hosts(read_file(opts.nsswitch_path));
    const auto files = std::find(report.nsswitch.begin(), report.nsswitch.end(), "files");
    const auto dns = std::find(report.nsswitch.begin(), report.nsswitch.end(), "dns");
    report.hosts_first = files != report.nsswitch.end() && files < dns;
    if (files != report.nsswitch.end())
      report.hosts_answers = detail::hosts_lookup(read_file(opts.hosts_path), opts.name);
    report.search = rc.search;
    report.resolver_timeout = rc.timeout;
    for (const auto& ns : rc.nameservers) {
      dns_server_result r;
      r.server = ns;
      r.port = opts.port;
      report.servers.push_back(std::move(r));
    }

    for (std::size_t i = 0; i < rc.nameservers.size(); ++i) {
      auto s = std::make_unique<server>();
      s->index = i;
      ares_options o{};
      o.flags = ARES_FLAG_NOCHECKRESP | ARES_FLAG_NOSEARCH;  // SERVFAIL/REFUSED are answers
      o.timeout = static_cast<int>(opts.timeout.count());
      o.tries = 1;
      s->channel = std::make_unique<detail::cares_channel>(
          loop, o, ARES_OPT_FLAGS | ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES);
      s->channel->use_server(rc.nameservers[i], opts.port);
      servers.push_back(std::move(s));
    }
    pending = servers.size();
    if (pending == 0) {
      finish();
      return;
    }
    for (auto& s : servers) {
      s->start = loop.now();
      if (opts.ipv4)
        ares_query(s->channel->get(), opts.name.c_str(), ns_c_in, ns_t_a, &impl::on_answer,
                   new query_arg{this, s.get(), &s->a, ns_t_a});
      if (opts.ipv6)
        ares_query(s->channel->get(), opts.name.c_str(), ns_c_in, ns_t_aaaa, &impl::on_answer,
                   new query_arg{this, s.get(), &s->aaaa, ns_t_aaaa});
      s->channel->kick();
    }
  }
};

dns_check::dns_check(event_loop& loop, dns_options opts, std::function<void(dns_report)> done) {
  if (auto why = validate(opts); !why.empty()) throw std::invalid_argument(why);
  if (loop.is_manual())
    throw std::invalid_argument("the dns step needs a real-time loop (c-ares uses sockets)");
  impl_ = std::make_shared<impl>(loop, std::move(opts), std::move(done));
  impl_->start();
}

dns_check::~dns_check() {
  if (impl_) impl_->shutdown();
}

dns_report run_dns_check(const dns_options& opts) {
  event_loop loop;
  dns_report out;
  dns_check check(loop, opts, [&](dns_report r) {
    out = std::move(r);
    loop.stop();
  });
  loop.run();
  return out;
}

}  // namespace nettrio
