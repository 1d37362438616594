#include <nettrio/ports/firewall.hpp>

#include <nftables/libnftables.h>
#include <sys/capability.h>

#include <spdlog/spdlog.h>
#include <algorithm>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <tuple>

namespace nettrio {

std::string_view to_string(firewall_action a) noexcept {
  switch (a) {
    case firewall_action::accept:
      return "accept";
    case firewall_action::drop:
      return "drop";
    case firewall_action::reject:
      return "reject";
  }
  return "accept";
}

const firewall_rule* firewall_path::blocking_rule() const noexcept {
  if (!blocked()) return nullptr;
  for (auto it = rules.rbegin(); it != rules.rend(); ++it)
    if (!it->conditional && it->action == verdict) return &*it;
  return nullptr;
}

const firewall_path* firewall_report::blocked() const noexcept {
  for (const auto& p : paths)
    if (p.blocked()) return &p;
  return nullptr;
}

namespace {

using json = nlohmann::json;

enum class tri : std::uint8_t { no, yes, maybe };

tri operator&&(tri a, tri b) noexcept {
  if (a == tri::no || b == tri::no) return tri::no;
  if (a == tri::maybe || b == tri::maybe) return tri::maybe;
  return tri::yes;
}

tri from_bool(bool b) noexcept {
  return b ? tri::yes : tri::no;
}

struct packet {
  ip_family family;
  transport proto;
  std::uint16_t port;
};

using chain_key = std::tuple<std::string, std::string, std::string>;  // family, table, chain

struct chain_info {
  std::string family, table, name;
  std::string hook;  // empty for a regular chain
  std::int64_t prio = 0;
  std::string policy = "accept";
  std::size_t order = 0;  // position in the listing
  std::vector<const json*> rules;
};

struct ruleset {
  json doc;
  std::map<chain_key, chain_info> chains;
  std::map<std::tuple<std::string, std::string, std::string, std::uint64_t>, std::string> text;
};

std::string str(const json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Rule texts from `nft -a list ruleset`: "\t\ttcp dport 8080 counter ... drop # handle 5".
void index_text(std::string_view text, ruleset& rs) {
  std::string family, table, chain;
  bool in_chain = false;
  while (!text.empty()) {
    const auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
    if (line.starts_with("table ")) {
      std::istringstream words{std::string(line.substr(6))};
      words >> family >> table;
      in_chain = false;
      continue;
    }
    if (line.starts_with("chain ")) {
      std::istringstream words{std::string(line.substr(6))};
      words >> chain;
      in_chain = true;
      continue;
    }
    if (line.starts_with("}")) {
      in_chain = false;
      continue;
    }
    if (!in_chain) continue;
    static constexpr std::string_view marker = " # handle ";
    const auto at = line.rfind(marker);
    if (at == std::string_view::npos) continue;
    std::uint64_t handle = 0;
    try {
      handle = std::stoull(std::string(line.substr(at + marker.size())));
    } catch (const std::exception&) {
      continue;
    }
    rs.text[{family, table, chain, handle}] = std::string(line.substr(0, at));
  }
}

ruleset load(std::string_view ruleset_json, std::string_view ruleset_text) {
  ruleset rs;
  rs.doc = json::parse(ruleset_json, nullptr, /*allow_exceptions=*/false);
  if (rs.doc.is_discarded() || !rs.doc.is_object() || !rs.doc.contains("nftables") ||
      !rs.doc["nftables"].is_array())
    throw std::invalid_argument("not an nftables JSON ruleset");
  std::size_t order = 0;
  for (const auto& item : rs.doc["nftables"]) {
    if (!item.is_object()) continue;
    if (const auto c = item.find("chain"); c != item.end() && c->is_object()) {
      chain_info ci;
      ci.family = str(*c, "family");
      ci.table = str(*c, "table");
      ci.name = str(*c, "name");
      ci.hook = str(*c, "hook");
      if (const auto p = c->find("prio"); p != c->end() && p->is_number_integer())
        ci.prio = p->get<std::int64_t>();
      if (auto pol = str(*c, "policy"); !pol.empty()) ci.policy = pol;
      ci.order = order++;
      rs.chains[{ci.family, ci.table, ci.name}] = std::move(ci);
    } else if (const auto r = item.find("rule"); r != item.end() && r->is_object()) {
      const auto it = rs.chains.find({str(*r, "family"), str(*r, "table"), str(*r, "chain")});
      if (it != rs.chains.end()) it->second.rules.push_back(&*r);
    }
  }
  index_text(ruleset_text, rs);
  return rs;
}

std::optional<std::uint64_t> number(const json& j) {
  if (j.is_number_unsigned()) return j.get<std::uint64_t>();
  if (j.is_number_integer() && j.get<std::int64_t>() >= 0)
    return static_cast<std::uint64_t>(j.get<std::int64_t>());
  return std::nullopt;
}

// Does the right-hand side of a match contain `value`? nullopt when it cannot be told (a
// named set, a service name, a prefix, ...).
template <typename Equal>
std::optional<bool> contains(const json& right, Equal&& equal) {
  if (right.is_object()) {
    if (const auto s = right.find("set"); s != right.end() && s->is_array()) {
      bool unknown = false;
      for (const auto& e : *s) {
        const auto c = contains(e, equal);
        if (c && *c) return true;
        if (!c) unknown = true;
      }
      return unknown ? std::nullopt : std::optional<bool>(false);
    }
    if (const auto r = right.find("range"); r != right.end() && r->is_array() && r->size() == 2) {
      const auto lo = number((*r)[0]), hi = number((*r)[1]);
      if (!lo || !hi) return std::nullopt;
      return equal.in_range(*lo, *hi);
    }
    return std::nullopt;
  }
  if (right.is_array()) return contains(json{{"set", right}}, equal);
  return equal(right);
}

tri compare(const std::string& op, const std::optional<bool>& in) {
  if (!in) return tri::maybe;
  if (op == "==" || op == "in") return from_bool(*in);
  if (op == "!=") return from_bool(!*in);
  return tri::maybe;
}

struct port_equal {
  std::uint16_t port;
  std::optional<bool> operator()(const json& v) const {
    const auto n = number(v);
    if (!n) return std::nullopt;
    return *n == port;
  }
  std::optional<bool> in_range(std::uint64_t lo, std::uint64_t hi) const {
    return lo <= port && port <= hi;
  }
};

struct word_equal {
  std::vector<std::string> words;  // any of these names the packet's value
  std::optional<std::uint64_t> number_form;
  std::optional<bool> operator()(const json& v) const {
    if (v.is_string())
      return std::find(words.begin(), words.end(), v.get<std::string>()) != words.end();
    if (const auto n = number(v); n && number_form) return *n == *number_form;
    return std::nullopt;
  }
  std::optional<bool> in_range(std::uint64_t lo, std::uint64_t hi) const {
    if (!number_form) return std::nullopt;
    return lo <= *number_form && *number_form <= hi;
  }
};

word_equal proto_words(transport t) {
  return t == transport::tcp ? word_equal{{"tcp"}, 6} : word_equal{{"udp"}, 17};
}

std::optional<transport> transport_named(const std::string& s) {
  if (s == "tcp") return transport::tcp;
  if (s == "udp") return transport::udp;
  return std::nullopt;
}

tri eval_match(const json& m, const packet& p) {
  const auto op = str(m, "op");
  const auto left = m.find("left");
  const auto right = m.find("right");
  if (left == m.end() || right == m.end() || !left->is_object()) return tri::maybe;
  if (const auto pl = left->find("payload"); pl != left->end() && pl->is_object()) {
    const auto proto = str(*pl, "protocol");
    const auto field = str(*pl, "field");
    if (const auto t = transport_named(proto)) {
      // A tcp/udp header field implies the protocol: on another protocol it cannot match.
      if (*t != p.proto) return tri::no;
      if (field == "dport") return compare(op, contains(*right, port_equal{p.port}));
      return tri::maybe;
    }
    if (proto == "th") {
      if (field == "dport") return compare(op, contains(*right, port_equal{p.port}));
      return tri::maybe;
    }
    if (proto == "ip" || proto == "ip6") {
      // An ip/ip6 header field implies the family (in inet and netdev tables).
      if ((proto == "ip") != (p.family == ip_family::v4)) return tri::no;
      if (field == "protocol" || field == "nexthdr")
        return compare(op, contains(*right, proto_words(p.proto)));
      return tri::maybe;  // addresses, ttl, ...: unknown for a remote client
    }
    return tri::maybe;
  }
  if (const auto meta = left->find("meta"); meta != left->end() && meta->is_object()) {
    const auto key = str(*meta, "key");
    if (key == "l4proto") return compare(op, contains(*right, proto_words(p.proto)));
    if (key == "nfproto")
      return compare(op, contains(*right, p.family == ip_family::v4 ? word_equal{{"ipv4"}, 2}
                                                                    : word_equal{{"ipv6"}, 10}));
    if (key == "protocol")
      return compare(op, contains(*right, p.family == ip_family::v4 ? word_equal{{"ip"}, 0x0800}
                                                                    : word_equal{{"ip6"}, 0x86dd}));
    if (key == "iif" || key == "iifname") {
      // A remote client never arrives on loopback; any other interface is unknown.
      const auto lo = contains(*right, word_equal{{"lo"}, std::nullopt});
      if (lo && *lo) return compare(op, false);
      return tri::maybe;
    }
    return tri::maybe;
  }
  if (const auto ct = left->find("ct"); ct != left->end() && ct->is_object()) {
    if (str(*ct, "key") == "state") {
      // A state match is a bit test: "ct state new" or "ct state { established, new }".
      const auto in = contains(*right, word_equal{{"new"}, 8});
      if (op == "in" || op == "==") return in ? from_bool(*in) : tri::maybe;
      return compare(op, in);
    }
    return tri::maybe;
  }
  return tri::maybe;
}

enum class flow : std::uint8_t { next, ret, accept, drop, reject };

flow to_flow(firewall_action a) noexcept {
  return a == firewall_action::accept ? flow::accept
                                      : (a == firewall_action::drop ? flow::drop : flow::reject);
}

struct walker {
  const ruleset& rs;
  packet p;
  std::vector<firewall_rule>& hits;

  void hit(const chain_info& c, const json& rule, firewall_action a, bool conditional,
           std::optional<std::uint64_t> packets, std::optional<std::uint64_t> bytes) {
    firewall_rule r;
    r.family = c.family;
    r.table = c.table;
    r.chain = c.name;
    if (const auto h = rule.find("handle"); h != rule.end()) r.handle = number(*h).value_or(0);
    r.action = a;
    if (const auto t = rs.text.find({c.family, c.table, c.name, r.handle}); t != rs.text.end())
      r.rule = t->second;
    r.packets = packets;
    r.bytes = bytes;
    r.conditional = conditional;
    hits.push_back(std::move(r));
  }

  const chain_info* chain(const chain_info& from, const json& target) const {
    if (!target.is_object()) return nullptr;
    const auto it = rs.chains.find({from.family, from.table, str(target, "target")});
    return it == rs.chains.end() ? nullptr : &it->second;
  }

  // Walks a chain; `conditional` when the way here depends on unknowns. The kernel allows
  // 16 levels of jumps; a deeper (or looping) ruleset is cut there.
  flow walk(const chain_info& c, bool conditional, int depth) {
    if (depth > 16) return flow::next;
    for (const json* rule : c.rules) {
      const auto exprs = rule->find("expr");
      if (exprs == rule->end() || !exprs->is_array()) continue;
      tri m = tri::yes;
      std::optional<std::uint64_t> packets, bytes;
      for (const auto& e : *exprs) {
        if (!e.is_object() || e.empty()) continue;
        const auto item = e.items().begin();
        const std::string name = item.key();
        const json& v = item.value();
        if (name == "match") {
          m = m && eval_match(v, p);
        } else if (name == "counter" && v.is_object()) {
          packets = number(v.value("packets", json()));
          bytes = number(v.value("bytes", json()));
        } else if (name == "limit" || name == "quota" || name == "meter" || name == "numgen") {
          m = m && tri::maybe;  // matches some packets only
        } else if (name == "xt") {
          // iptables-nft: what the nft grammar cannot express stays an xtables extension.
          if (!v.is_object()) {
            m = m && tri::maybe;
            continue;
          }
          const auto type = str(v, "type"), xname = str(v, "name");
          if (type == "match" && xname != "comment") m = m && tri::maybe;
          if (type == "target" && xname == "REJECT") {
            if (m == tri::no) break;
            const bool cond = conditional || m == tri::maybe;
            hit(c, *rule, firewall_action::reject, cond, packets, bytes);
            if (!cond) return flow::reject;
            break;
          }
        } else if (name == "accept" || name == "drop" || name == "reject") {
          if (m == tri::no) break;
          const auto a = name == "accept"
                             ? firewall_action::accept
                             : (name == "drop" ? firewall_action::drop : firewall_action::reject);
          const bool cond = conditional || m == tri::maybe;
          hit(c, *rule, a, cond, packets, bytes);
          if (!cond) return to_flow(a);
          break;
        } else if (name == "jump" || name == "goto") {
          if (m == tri::no) break;
          const bool cond = conditional || m == tri::maybe;
          const chain_info* target = chain(c, v);
          if (!target) break;
          const auto f = walk(*target, cond, depth + 1);
          if (cond) break;
          if (f == flow::accept || f == flow::drop || f == flow::reject) return f;
          if (name == "goto") return flow::ret;  // back to the caller of this chain
          break;
        } else if (name == "return") {
          if (m == tri::no) break;
          if (!(conditional || m == tri::maybe)) return flow::ret;
          break;
        } else if (name == "vmap" && v.is_object()) {
          if (m == tri::no) break;
          // "tcp dport vmap { 22 : accept, 80 : drop }": find the element of the port.
          const auto key = v.find("key");
          const auto data = v.find("data");
          if (key == v.end() || data == v.end() || !data->is_object()) break;
          const auto elems = data->find("set");
          if (elems == data->end() || !elems->is_array()) break;
          for (const auto& el : *elems) {
            if (!el.is_array() || el.size() != 2 || !el[1].is_object() || el[1].empty()) continue;
            const tri km = eval_match(json{{"op", "=="}, {"left", *key}, {"right", el[0]}}, p);
            if (km == tri::no) continue;
            const auto vname = el[1].items().begin().key();
            if (vname != "accept" && vname != "drop" && vname != "reject") break;
            const auto a = vname == "accept" ? firewall_action::accept
                                             : (vname == "drop" ? firewall_action::drop
                                                                : firewall_action::reject);
            const bool cond = conditional || m == tri::maybe || km == tri::maybe;
            hit(c, *rule, a, cond, packets, bytes);
            if (!cond) return to_flow(a);
            break;
          }
          break;
        }
      }
    }
    return flow::next;
  }
};

int hook_rank(const std::string& hook) {
  if (hook == "ingress") return 0;
  if (hook == "prerouting") return 1;
  if (hook == "input") return 2;
  return -1;
}

bool family_sees(const std::string& table_family, ip_family f) {
  if (table_family == "inet" || table_family == "netdev") return true;
  return table_family == (f == ip_family::v4 ? "ip" : "ip6");
}

}  // namespace

namespace detail {

firewall_path decide_firewall(std::string_view ruleset_json, std::string_view ruleset_text,
                              ip_family family, transport proto, std::uint16_t port) {
  const auto rs = load(ruleset_json, ruleset_text);
  firewall_path path{family, proto, port, {}, firewall_action::accept};
  std::vector<const chain_info*> base;
  for (const auto& [key, c] : rs.chains)
    if (hook_rank(c.hook) >= 0 && family_sees(c.family, family)) base.push_back(&c);
  // The input path: hook by hook, and on one hook by priority (lower first).
  std::sort(base.begin(), base.end(), [](const chain_info* a, const chain_info* b) {
    return std::tuple(hook_rank(a->hook), a->prio, a->order) <
           std::tuple(hook_rank(b->hook), b->prio, b->order);
  });
  walker w{rs, {family, proto, port}, path.rules};
  for (const chain_info* c : base) {
    auto f = w.walk(*c, false, 0);
    if (f == flow::next || f == flow::ret) {
      // The end of a base chain: its policy decides.
      if (c->policy == "drop") {
        firewall_rule r;
        r.family = c->family;
        r.table = c->table;
        r.chain = c->name;
        r.action = firewall_action::drop;
        r.rule = "policy drop";
        r.policy = true;
        path.rules.push_back(std::move(r));
        f = flow::drop;
      } else {
        f = flow::accept;
      }
    }
    if (f == flow::drop || f == flow::reject) {
      path.verdict = f == flow::drop ? firewall_action::drop : firewall_action::reject;
      break;
    }
  }
  return path;
}

std::vector<std::string> legacy_table_names(std::string_view names, std::string_view prefix) {
  std::vector<std::string> out;
  while (!names.empty()) {
    const auto nl = names.find('\n');
    auto line = names.substr(0, nl);
    names = nl == std::string_view::npos ? std::string_view{} : names.substr(nl + 1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
    if (!line.empty()) out.push_back(std::string(prefix) + ":" + std::string(line));
  }
  return out;
}

}  // namespace detail

namespace {

struct nft_ctx_deleter {
  void operator()(nft_ctx* c) const noexcept { nft_ctx_free(c); }
};

// libnftables prints "Operation not permitted (you must be root)" to stderr itself when its
// netlink dump is refused, whatever its error buffer; the library never prints, so the
// capability the kernel asks for (nfnetlink: CAP_NET_ADMIN) is checked first.
bool holds_net_admin() noexcept {
  cap_t caps = cap_get_proc();
  if (!caps) return false;
  cap_flag_value_t v = CAP_CLEAR;
  const bool ok = cap_get_flag(caps, CAP_NET_ADMIN, CAP_EFFECTIVE, &v) == 0;
  cap_free(caps);
  return ok && v == CAP_SET;
}

// One `list ruleset` through libnftables, output and errors buffered (never printed).
std::optional<std::string> list_ruleset(unsigned flags, std::string& error) {
  std::unique_ptr<nft_ctx, nft_ctx_deleter> ctx(nft_ctx_new(NFT_CTX_DEFAULT));
  if (!ctx) {
    error = "libnftables could not start";
    return std::nullopt;
  }
  nft_ctx_output_set_flags(ctx.get(), flags);
  if (nft_ctx_buffer_output(ctx.get()) != 0 || nft_ctx_buffer_error(ctx.get()) != 0) {
    error = "libnftables could not buffer its output";
    return std::nullopt;
  }
  if (nft_run_cmd_from_buffer(ctx.get(), "list ruleset") != 0) {
    std::string e = nft_ctx_get_error_buffer(ctx.get()) ? nft_ctx_get_error_buffer(ctx.get()) : "";
    if (const auto nl = e.find('\n'); nl != std::string::npos) e.resize(nl);
    if (e.starts_with("Error: ")) e.erase(0, 7);
    if (e.empty()) e = "cannot list the nftables ruleset";
    if (e.find("Operation not permitted") != std::string::npos) e += " (needs root: CAP_NET_ADMIN)";
    error = e;
    return std::nullopt;
  }
  const char* out = nft_ctx_get_output_buffer(ctx.get());
  return std::string(out ? out : "");
}

std::string read_text(const char* path) {
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

firewall_report read_firewall(const firewall_query& q) {
  firewall_report report;
  for (const auto& [path, prefix] : {std::pair{"/proc/net/ip_tables_names", "ip"},
                                     std::pair{"/proc/net/ip6_tables_names", "ip6"}}) {
    for (auto& t : detail::legacy_table_names(read_text(path), prefix))
      report.legacy_tables.push_back(std::move(t));
  }
  if (!holds_net_admin()) {
    report.error = "reading the nftables ruleset needs root (CAP_NET_ADMIN)";
    return report;
  }
  std::string error;
  auto as_json = list_ruleset(NFT_CTX_OUTPUT_JSON, error);
  if (!as_json) {
    report.error = error;
    return report;
  }
  auto as_text = list_ruleset(NFT_CTX_OUTPUT_HANDLE, error);
  if (as_json->empty()) *as_json = R"({"nftables": []})";  // no tables at all
  try {
    for (const auto family : {ip_family::v4, ip_family::v6}) {
      if ((family == ip_family::v4 && !q.ipv4) || (family == ip_family::v6 && !q.ipv6)) continue;
      for (const auto proto : {transport::tcp, transport::udp}) {
        if ((proto == transport::tcp && !q.tcp) || (proto == transport::udp && !q.udp)) continue;
        report.paths.push_back(
            detail::decide_firewall(*as_json, as_text.value_or(""), family, proto, q.port));
      }
    }
  } catch (const std::invalid_argument& e) {
    spdlog::debug("nftables JSON: {}", e.what());
    report.paths.clear();
    report.error = "libnftables gave a ruleset nettrio cannot read";
    return report;
  }
  report.read = true;
  return report;
}

}  // namespace nettrio
