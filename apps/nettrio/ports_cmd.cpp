// nettrio ports: the socket table with netstat/ss letters, and --check PORT, the answer to
// "why is my server refusing connections?". Output is built in one buffer and written once:
// a busy host has tens of thousands of sockets and the table must beat ss.

#include "common.hpp"

#include <nettrio/ports/check.hpp>
#include <nettrio/ports/owners.hpp>
#include <nettrio/ports/socket_table.hpp>
#include <nettrio/probe/privileges.hpp>
#include <nettrio/text/parse.hpp>
#include <nettrio/text/sanitize.hpp>

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <system_error>

namespace nettrio::cli {

namespace {

using json = nlohmann::ordered_json;  // fields in the documented order

std::uint16_t port_option(std::string_view option, const std::string& text) {
  const auto p = parse_port(text);
  if (p.result == port_parse::status::malformed)
    throw usage_error(
        fmt::format("the argument ('{}') for option '{}' is invalid: expected a port number, "
                    "1 to 65535",
                    text, option));
  if (p.result == port_parse::status::out_of_range)
    throw usage_error(fmt::format("{} {} is out of range; use 1 to 65535", option, text));
  return p.port;
}

void write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    const auto n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      throw std::system_error(errno, std::generic_category(), "cannot write output");
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
}

json to_json(const socket_record& r) {
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

std::size_t digits(std::uint32_t v) noexcept {
  std::size_t n = 1;
  while (v >= 10) {
    v /= 10;
    ++n;
  }
  return n;
}

// Appends to memory the caller has sized; fields padded with spaces.
class row_writer {
 public:
  explicit row_writer(char* p) noexcept : p_(p) {}
  void put(char c) noexcept { *p_++ = c; }
  void text(std::string_view s) noexcept {
    std::memcpy(p_, s.data(), s.size());
    p_ += s.size();
  }
  void pad(std::size_t n) noexcept {
    std::memset(p_, ' ', n);
    p_ += n;
  }
  void left(std::string_view s, std::size_t width) noexcept {
    text(s);
    if (width > s.size()) pad(width - s.size());
  }
  void right(std::uint32_t v, std::size_t width) noexcept {
    char d[10];
    const auto n = static_cast<std::size_t>(std::to_chars(d, d + sizeof d, v).ptr - d);
    if (width > n) pad(width - n);
    text({d, n});
  }
  [[nodiscard]] char* end() const noexcept { return p_; }

 private:
  char* p_;
};

// "*:PORT" ("*:*" for port 0).
std::size_t star_endpoint(std::uint16_t port, std::span<char, endpoint_text_max> out) {
  const auto text = port == 0 ? std::string("*:*") : fmt::format("*:{}", port);
  std::copy(text.begin(), text.end(), out.begin());
  return text.size();
}

// netstat's column order with ss's address style; widths fitted to the content.
void render_table(const std::vector<socket_record>& records, bool processes,
                  fmt::memory_buffer& out) {
  struct endpoints {
    std::array<char, endpoint_text_max> local;
    std::array<char, endpoint_text_max> peer;
    std::uint8_t local_len;
    std::uint8_t peer_len;
  };
  std::vector<endpoints> text(records.size());
  std::size_t w_recv = 6, w_send = 6, w_local = 18, w_peer = 17, w_state = 5;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const auto& r = records[i];
    auto& t = text[i];
    if (r.v6only == false && r.local_address.is_v6() && r.local_address.is_unspecified()) {
      // ss's notation for a dual-stack wildcard: "*" (every IPv6 and IPv4 address).
      t.local_len = static_cast<std::uint8_t>(star_endpoint(r.local_port, t.local));
      t.peer_len =
          r.remote_address.is_unspecified()
              ? static_cast<std::uint8_t>(star_endpoint(r.remote_port, t.peer))
              : static_cast<std::uint8_t>(format_endpoint(r.remote_address, r.remote_port, t.peer));
    } else {
      t.local_len =
          static_cast<std::uint8_t>(format_endpoint(r.local_address, r.local_port, t.local));
      t.peer_len =
          static_cast<std::uint8_t>(format_endpoint(r.remote_address, r.remote_port, t.peer));
    }
    w_recv = std::max(w_recv, digits(r.recv_q));
    w_send = std::max(w_send, digits(r.send_q));
    w_local = std::max<std::size_t>(w_local, t.local_len);
    w_peer = std::max<std::size_t>(w_peer, t.peer_len);
    w_state = std::max(w_state, to_string(r.state).size());
  }
  out.reserve(records.size() * (w_local + w_peer + w_recv + w_send + w_state + 32) + 128);
  auto it = std::back_inserter(out);
  if (processes)
    fmt::format_to(it, "Proto {:>{}} {:>{}} {:<{}} {:<{}} {:<{}} PID/Program\n", "Recv-Q", w_recv,
                   "Send-Q", w_send, "Local Address:Port", w_local, "Peer Address:Port", w_peer,
                   "State", w_state);
  else
    fmt::format_to(it, "Proto {:>{}} {:>{}} {:<{}} {:<{}} State\n", "Recv-Q", w_recv, "Send-Q",
                   w_send, "Local Address:Port", w_local, "Peer Address:Port", w_peer);
  // The rows by hand into a buffer sized up front: fmt's width handling costs several
  // times more per row, and a busy host has tens of thousands of rows.
  std::size_t w_owner = 0;
  if (processes)
    for (const auto& r : records) w_owner = std::max(w_owner, 12 + r.process.size());
  const std::size_t row_max = 6 + w_recv + w_send + w_local + w_peer + w_state + w_owner + 8;
  const std::size_t start = out.size();
  out.resize(start + records.size() * row_max);
  row_writer w(out.data() + start);
  for (std::size_t i = 0; i < records.size(); ++i) {
    const auto& r = records[i];
    const auto& t = text[i];
    w.text(to_string(r.proto));
    w.text(r.family() == ip_family::v6 ? "6  " : "   ");  // "tcp6  ": Proto is 6 wide
    w.right(r.recv_q, w_recv);
    w.put(' ');
    w.right(r.send_q, w_send);
    w.put(' ');
    w.left({t.local.data(), t.local_len}, w_local);
    w.put(' ');
    w.left({t.peer.data(), t.peer_len}, w_peer);
    w.put(' ');
    if (!processes) {
      w.text(to_string(r.state));
    } else {
      w.left(to_string(r.state), w_state);
      w.put(' ');
      if (r.pid) {
        w.right(static_cast<std::uint32_t>(*r.pid), 0);
        w.put('/');
        w.text(r.process);
      } else {
        w.put('-');
      }
    }
    w.put('\n');
  }
  out.resize(static_cast<std::size_t>(w.end() - out.data()));
}

constexpr std::string_view hidden_note =
    "some owners are hidden (shown as '-'): processes of other users cannot be inspected; "
    "root sees all owners";

// Root reads the table and every owner with its own capabilities (other users' /proc/PID/fd
// need them), then gives them all up before anything is written: output runs with none.
void drop_after_reading() {
  if (!user_is_root()) return;  // main() dropped already
  drop_privileges();
  spdlog::debug("privileges dropped after reading the socket table: no capabilities left");
}

int run_check(const check_options& opts, source_kind kind, bool as_json) {
  if (auto err = validate(opts); !err.empty()) throw usage_error(err);
  auto source = make_socket_source(kind);
  auto records = list_sockets(*source, check_query(opts));
  owner_stats stats;
  resolve_owners(records, stats);
  drop_after_reading();
  auto v = analyse_port(opts, records);
  // Prose (owner, meaning, verdict, advice) quotes process names any user sets: it is shown
  // sanitised in text and JSON alike; JSON's "process" field keeps the raw name.
  for (auto& b : v.bindings) {
    b.owner = sanitize(b.owner);
    b.meaning = sanitize(b.meaning);
  }
  for (auto& s : v.summary) s = sanitize(s);
  for (auto& a : v.advice) a = sanitize(a);
  const bool hidden = stats.hidden_owners() && std::any_of(v.bindings.begin(), v.bindings.end(),
                                                           [](auto& b) { return !b.socket.pid; });
  if (hidden)
    v.advice.emplace_back(
        "An owner is not visible to this user: processes of other users cannot be inspected; "
        "root sees all owners.");

  fmt::memory_buffer out;
  auto it = std::back_inserter(out);
  if (as_json) {
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
    fmt::format_to(it, "{}\n", j.dump(2, ' ', false, json::error_handler_t::replace));
  } else {
    for (const auto& s : v.summary) fmt::format_to(it, "{}\n", s);
    std::size_t w_end = 0, w_owner = 0;
    std::vector<std::string> ends;
    for (const auto& b : v.bindings) {
      ends.push_back(endpoint_text(b.socket.local_address, b.socket.local_port));
      w_end = std::max(w_end, ends.back().size());
      w_owner = std::max(w_owner, b.owner.size());
    }
    for (std::size_t i = 0; i < v.bindings.size(); ++i) {
      const auto& b = v.bindings[i];
      fmt::format_to(it, "  {:<4} {:<{}}  {:<{}}  {}\n", to_string(b.socket.proto), ends[i], w_end,
                     b.owner, w_owner, b.meaning);
    }
    for (const auto& a : v.advice) fmt::format_to(it, "{}\n", a);
  }
  write_all(STDOUT_FILENO, {out.data(), out.size()});
  return v.outcome == check_outcome::reachable ? exit_ok : exit_negative;
}

}  // namespace

int ports_main(const invocation& inv) {
  common_options common;
  bool listening = false, all = false, tcp = false, udp = false, raw = false, v4 = false,
       v6 = false, numeric = false, processes = false;
  std::string port_text, check_text, source_text = "auto";
  std::vector<std::string> states;

  po::options_description desc("Options");
  desc.add_options()("listening,l", po::bool_switch(&listening),
                     "only listening sockets: TCP LISTEN, bound UDP and raw")(
      "all,a", po::bool_switch(&all), "sockets in every state (default: connected ones)")(
      "tcp,t", po::bool_switch(&tcp), "TCP sockets")("udp,u", po::bool_switch(&udp), "UDP sockets")(
      "raw,w", po::bool_switch(&raw), "raw sockets (default: TCP, UDP and raw)")(
      "ipv4,4", po::bool_switch(&v4), "IPv4 only")("ipv6,6", po::bool_switch(&v6), "IPv6 only")(
      "numeric,n", po::bool_switch(&numeric),
      "numeric addresses and ports (nettrio never resolves names)")(
      "processes,p", po::bool_switch(&processes),
      "show the owning pid/program (root sees every owner)")(
      "port", po::value(&port_text)->value_name("N"),
      "only sockets whose local or remote port is N")(
      "state", po::value(&states)->value_name("STATE"),
      "only sockets in STATE (repeatable): established, syn-sent, syn-recv, fin-wait-1, "
      "fin-wait-2, time-wait, close (unconn), close-wait, last-ack, listen, closing, or the "
      "groups listening, connected, synchronized, all")(
      "check", po::value(&check_text)->value_name("PORT"),
      "is anything listening on PORT, on which addresses, owned by whom? (TCP; -u for UDP, -t -u "
      "for both)");
  add_common_options(desc, common);
  po::options_description hidden("Hidden");
  std::vector<std::string> stray;
  hidden.add_options()("source", po::value(&source_text), "auto, netlink or proc (for tests)")(
      "stray", po::value(&stray));
  po::options_description everything;
  everything.add(desc).add(hidden);
  po::positional_options_description positional;
  positional.add("stray", -1);
  auto vm = parse(inv, everything, positional);
  if (common.help) {
    print_help(inv, "[options] | --check PORT [-t|-u]",
               "List sockets like ss/netstat (netlink sock_diag, /proc/net as fallback), or\n"
               "answer \"why is my server refusing connections?\" with --check PORT.",
               desc,
               "Examples: ports -ltn   ports -ltunp   ports --check 8080   ports --check 53 -u\n"
               "Exit status: 0 success; with --check, 0 when something listens on a non-loopback\n"
               "address, 1 when nothing does or only loopback; 2 usage or runtime error.");
    return exit_ok;
  }
  setup_logging(common);
  // main() dropped every privilege before dispatch, before logging was set up; a root user
  // keeps their own capabilities to read every socket's owner, and drops them right after
  // (drop_after_reading). Checked again and said here.
  if (!user_is_root()) {
    if (!holds_no_privileges())
      throw std::system_error(std::make_error_code(std::errc::operation_not_permitted),
                              "privileges are still held after dropping them");
    spdlog::debug("privileges dropped: no capabilities left");
  }
  (void)numeric;
  if (!stray.empty())
    throw usage_error(fmt::format(
        "unexpected argument '{}': ports takes options only (a port goes with --port or --check)",
        stray.front()));

  source_kind kind = source_kind::automatic;
  if (source_text == "netlink")
    kind = source_kind::netlink;
  else if (source_text == "proc")
    kind = source_kind::proc;
  else if (source_text != "auto")
    throw usage_error(
        fmt::format("unknown --source '{}' (use auto, netlink or proc)", source_text));
  if (v4 && v6) throw usage_error("-4 and -6 exclude each other; give one or neither");

  if (vm.count("check")) {
    if (raw) throw usage_error("--check works on TCP and UDP ports (-t, -u), not raw sockets (-w)");
    if (vm.count("port")) throw usage_error("--check takes the port itself; drop --port");
    if (vm.count("state") || all)
      throw usage_error("--check looks at listening sockets; drop --state and -a");
    check_options opts;
    opts.port = port_option("--check", check_text);
    opts.tcp = tcp || !udp;
    opts.udp = udp;
    opts.ipv4 = !v6;
    opts.ipv6 = !v4;
    return run_check(opts, kind, common.json);
  }

  socket_query q;
  if (tcp || udp || raw) {
    q.tcp = tcp;
    q.udp = udp;
    q.raw = raw;
  }
  q.ipv4 = !v6;
  q.ipv6 = !v4;
  if (!states.empty()) {
    if (listening || all) throw usage_error("--state replaces -l and -a; give one of them");
    q.states = 0;
    for (const auto& s : states) {
      auto m = parse_state(s);
      if (!m)
        throw usage_error(fmt::format(
            "unknown --state '{}' (use established, syn-sent, syn-recv, fin-wait-1, fin-wait-2, "
            "time-wait, close, close-wait, last-ack, listen, closing, listening, connected, all)",
            s));
      q.states |= *m;
    }
  } else if (all) {
    q.states = all_states;
  } else if (listening) {
    q.states = listening_states;
  }
  if (vm.count("port")) q.port = port_option("--port", port_text);
  if (auto err = validate(q); !err.empty()) throw usage_error(err);

  auto source = make_socket_source(kind);
  auto records = list_sockets(*source, q);
  owner_stats stats;
  if (processes) resolve_owners(records, stats);
  drop_after_reading();
  spdlog::debug("{} sockets from {}; owners: {}/{} found, {} processes read, {} denied, {} fds",
                records.size(), source->name(), stats.found, stats.wanted, stats.processes_scanned,
                stats.processes_denied, stats.descriptors_read);

  fmt::memory_buffer out;
  if (common.json) {
    auto j = json::array();
    for (const auto& r : records) j.push_back(to_json(r));
    // A comm is any bytes a process chose (PR_SET_NAME): never fail on invalid UTF-8.
    fmt::format_to(std::back_inserter(out), "{}\n",
                   j.dump(-1, ' ', false, json::error_handler_t::replace));
  } else {
    // comm is any bytes a process chose: an escape or a newline would forge rows.
    for (auto& r : records)
      if (!is_clean(r.process)) r.process = sanitize(r.process);
    render_table(records, processes, out);
  }
  write_all(STDOUT_FILENO, {out.data(), out.size()});
  if (processes && stats.hidden_owners()) fmt::print(stderr, "note: {}\n", hidden_note);
  return exit_ok;
}

}  // namespace nettrio::cli
