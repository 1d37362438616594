// nettrio ports' text: the socket table in netstat's column order with ss's address style,
// widths fitted to the content; the check as plain-words lines, one row per binding, then
// the advice. Process names are any bytes a process chose (PR_SET_NAME): an escape or a
// newline would forge rows, so they are shown sanitised.

#include "report/ports_writers.hpp"

#include <nettrio/text/sanitize.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstring>
#include <deque>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace nettrio::report::detail {

namespace {

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
void render_table(const ports_report& report, fmt::memory_buffer& out) {
  const auto& records = report.sockets;
  const bool processes = report.processes;
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
  // Owners' names as shown: the raw name when it is clean (nearly always), else sanitised.
  std::vector<std::string_view> owners;
  std::deque<std::string> sanitised;
  if (processes) {
    owners.reserve(records.size());
    for (const auto& r : records) {
      if (is_clean(r.process)) {
        owners.emplace_back(r.process);
      } else {
        sanitised.push_back(sanitize(r.process));
        owners.emplace_back(sanitised.back());
      }
    }
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
  for (const auto owner : owners) w_owner = std::max(w_owner, 12 + owner.size());
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
        w.text(owners[i]);
      } else {
        w.put('-');
      }
    }
    w.put('\n');
  }
  out.resize(static_cast<std::size_t>(w.end() - out.data()));
}

// --all-netns: a Netns column after the rest: the container, the `ip netns` name, "host"
// for the caller's own namespace, or the namespace's inode.
std::string netns_label(const ports_report& r, std::uint64_t inode) {
  const auto* ns = find_namespace(r.namespaces, inode);
  if (!ns) return std::to_string(inode);
  if (ns->container)
    return fmt::format("{}:{}", to_string(ns->container->runtime), ns->container->id.substr(0, 12));
  if (!ns->name.empty()) return sanitize(ns->name);
  return ns->current ? std::string("host") : std::to_string(inode);
}

// ss -ti's second line: "rtt:12.5/3.25 ms ...", ssthresh left out while infinite.
std::string info_line(const tcp_info_summary& i) {
  auto ms = [](std::chrono::microseconds us) {
    return fmt::format("{:g}", static_cast<double>(us.count()) / 1000.0);
  };
  std::string line = fmt::format("\trtt:{}/{}ms retrans:{}/{} cwnd:{}", ms(i.rtt), ms(i.rttvar),
                                 i.retransmits, i.total_retrans, i.cwnd);
  if (!i.ssthresh_infinite()) line += fmt::format(" ssthresh:{}", i.ssthresh);
  if (i.delivery_rate) {
    const double bps = static_cast<double>(*i.delivery_rate) * 8;
    line += bps >= 1e9   ? fmt::format(" delivery_rate:{:.1f}Gbps", bps / 1e9)
            : bps >= 1e6 ? fmt::format(" delivery_rate:{:.1f}Mbps", bps / 1e6)
            : bps >= 1e3 ? fmt::format(" delivery_rate:{:.1f}Kbps", bps / 1e3)
                         : fmt::format(" delivery_rate:{:.0f}bps", bps);
  }
  line += fmt::format(" unacked:{} lost:{}\n", i.unacked, i.lost);
  return line;
}

// The table's rows (line 0 is the header, line i + 1 socket i) with the --all-netns column
// and the -i lines added.
void add_table_extras(const ports_report& r, fmt::memory_buffer& buf) {
  std::vector<std::string_view> lines;
  const std::string_view all(buf.data(), buf.size());
  for (std::size_t at = 0; at < all.size();) {
    const auto nl = all.find('\n', at);
    const auto end = nl == std::string_view::npos ? all.size() : nl;
    lines.push_back(all.substr(at, end - at));
    at = end + 1;
  }
  std::size_t width = 0;
  for (const auto l : lines) width = std::max(width, l.size());
  fmt::memory_buffer out;
  auto it = std::back_inserter(out);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (r.netns.empty()) {
      fmt::format_to(it, "{}\n", lines[i]);
    } else {
      const auto label = i == 0 ? std::string("Netns")
                                : (i - 1 < r.netns.size() ? netns_label(r, r.netns[i - 1]) : "");
      fmt::format_to(it, "{:<{}}  {}\n", lines[i], width, label);
    }
    if (i > 0 && i - 1 < r.info.size() && r.info[i - 1])
      fmt::format_to(it, "{}", info_line(*r.info[i - 1]));
  }
  buf = std::move(out);
}

void render_check(const port_check_report& report, fmt::memory_buffer& out) {
  const auto& v = report.verdict;
  auto it = std::back_inserter(out);
  for (const auto& s : shown_lines(v.summary)) fmt::format_to(it, "{}\n", s);
  std::size_t w_end = 0, w_owner = 0;
  std::vector<std::string> ends;
  std::vector<shown_binding> words;
  for (const auto& b : v.bindings) {
    ends.push_back(endpoint_text(b.socket.local_address, b.socket.local_port));
    w_end = std::max(w_end, ends.back().size());
    words.push_back(shown(b));
    w_owner = std::max(w_owner, words.back().owner.size());
  }
  for (std::size_t i = 0; i < v.bindings.size(); ++i) {
    const auto& b = v.bindings[i];
    fmt::format_to(it, "  {:<4} {:<{}}  {:<{}}  {}\n", to_string(b.socket.proto), ends[i], w_end,
                   words[i].owner, w_owner, words[i].meaning);
  }
  for (const auto& a : shown_lines(v.advice)) fmt::format_to(it, "{}\n", a);
}

class ports_text_writer final : public ports_writer {
 public:
  ports_text_writer(std::ostream& out, std::ostream& err) : out_(out), err_(err) {}

  void table(const ports_report& r) override {
    fmt::memory_buffer buf;
    render_table(r, buf);
    if (!r.netns.empty() || !r.info.empty()) add_table_extras(r, buf);
    out_.write(buf.data(), static_cast<std::streamsize>(buf.size()));
    out_.flush();
    write_hidden_owners_note(err_, r);
    write_netns_note(err_, r);
  }

  void check(const port_check_report& r) override {
    fmt::memory_buffer buf;
    render_check(r, buf);
    out_.write(buf.data(), static_cast<std::streamsize>(buf.size()));
    out_.flush();
  }

 private:
  std::ostream& out_;
  std::ostream& err_;
};

}  // namespace

void write_hidden_owners_note(std::ostream& err, const ports_report& r) {
  if (!r.hidden_owners) return;
  err << "note: some owners are hidden (shown as '-'): processes of other users cannot be "
         "inspected; root sees all owners\n";
  err.flush();
}

void write_netns_note(std::ostream& err, const ports_report& r) {
  if (r.netns_failures.empty()) return;
  err << "note: the sockets of " << r.netns_failures.size() << " network namespace"
      << (r.netns_failures.size() == 1 ? "" : "s")
      << " could not be read: " << sanitize(r.netns_failures.front().what) << "\n";
  err.flush();
}

std::unique_ptr<ports_writer> make_ports_text_writer(std::ostream& out, std::ostream& err) {
  return std::make_unique<ports_text_writer>(out, err);
}

}  // namespace nettrio::report::detail
