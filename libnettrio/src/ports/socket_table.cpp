#include <nettrio/ports/proc_net.hpp>
#include <nettrio/ports/sock_diag.hpp>
#include <nettrio/ports/socket_table.hpp>

#include <arpa/inet.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <system_error>

namespace nettrio {

std::string_view to_string(transport t) noexcept {
  switch (t) {
    case transport::tcp:
      return "tcp";
    case transport::udp:
      return "udp";
    case transport::raw:
      return "raw";
  }
  return "?";
}

std::string_view to_string(socket_state s) noexcept {
  switch (s) {
    case socket_state::established:
      return "ESTAB";
    case socket_state::syn_sent:
      return "SYN-SENT";
    case socket_state::syn_recv:
      return "SYN-RECV";
    case socket_state::fin_wait1:
      return "FIN-WAIT-1";
    case socket_state::fin_wait2:
      return "FIN-WAIT-2";
    case socket_state::time_wait:
      return "TIME-WAIT";
    case socket_state::close:
      return "UNCONN";
    case socket_state::close_wait:
      return "CLOSE-WAIT";
    case socket_state::last_ack:
      return "LAST-ACK";
    case socket_state::listen:
      return "LISTEN";
    case socket_state::closing:
      return "CLOSING";
  }
  return "UNKNOWN";
}

std::optional<state_mask> parse_state(std::string_view word) {
  // Normalise: lower case, '_' as '-'.
  std::string w;
  w.reserve(word.size());
  for (char c : word)
    w.push_back(c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  struct name {
    std::string_view text;
    state_mask mask;
  };
  using enum socket_state;
  static constexpr std::array names{
      name{"established", state_bit(established)},
      name{"estab", state_bit(established)},
      name{"syn-sent", state_bit(syn_sent)},
      name{"syn-recv", state_bit(syn_recv)},
      name{"fin-wait-1", state_bit(fin_wait1)},
      name{"fin-wait1", state_bit(fin_wait1)},
      name{"fin-wait-2", state_bit(fin_wait2)},
      name{"fin-wait2", state_bit(fin_wait2)},
      name{"time-wait", state_bit(time_wait)},
      name{"close", state_bit(close)},
      name{"closed", state_bit(close)},
      name{"unconn", state_bit(close)},
      name{"unconnected", state_bit(close)},
      name{"close-wait", state_bit(close_wait)},
      name{"last-ack", state_bit(last_ack)},
      name{"listen", state_bit(listen)},
      name{"listening", listening_states},
      name{"closing", state_bit(closing)},
      name{"all", all_states},
      // ss's groups: the default set, and that without SYN-SENT.
      name{"connected", connected_states},
      name{"synchronized", connected_states & ~state_bit(syn_sent)},
  };
  for (const auto& n : names)
    if (n.text == w) return n.mask;
  return std::nullopt;
}

std::size_t format_endpoint(const ip_address& a, std::uint16_t port,
                            std::span<char, endpoint_text_max> out) noexcept {
  std::size_t n = 0;
  const auto& b = a.bytes();
  if (a.is_v4()) {
    for (std::size_t i = 0; i < 4; ++i) {
      unsigned v = b[i];
      if (v >= 100) out[n++] = static_cast<char>('0' + v / 100);
      if (v >= 10) out[n++] = static_cast<char>('0' + v / 10 % 10);
      out[n++] = static_cast<char>('0' + v % 10);
      if (i < 3) out[n++] = '.';
    }
  } else {
    char text[INET6_ADDRSTRLEN] = {};
    ::inet_ntop(AF_INET6, b.data(), text, sizeof text);
    out[n++] = '[';
    for (const char* p = text; *p != '\0'; ++p) out[n++] = *p;
    out[n++] = ']';
  }
  out[n++] = ':';
  if (port == 0) {
    out[n++] = '*';
  } else {
    char digits[5];
    std::size_t d = 0;
    for (unsigned v = port; v != 0; v /= 10) digits[d++] = static_cast<char>('0' + v % 10);
    while (d > 0) out[n++] = digits[--d];
  }
  return n;
}

std::string endpoint_text(const ip_address& a, std::uint16_t port) {
  std::array<char, endpoint_text_max> buf{};
  return std::string(buf.data(), format_endpoint(a, port, buf));
}

std::string validate(const socket_query& q) {
  if (!q.tcp && !q.udp && !q.raw) return "no protocol selected: use -t, -u or -w";
  if (!q.ipv4 && !q.ipv6) return "-4 and -6 exclude each other; give one or neither";
  if ((q.states & all_states) == 0) return "no socket state selected";
  if (q.port && *q.port == 0) return "--port 0 is out of range; use 1 to 65535";
  return {};
}

bool matches(const socket_query& q, const socket_record& r) noexcept {
  switch (r.proto) {
    case transport::tcp:
      if (!q.tcp) return false;
      break;
    case transport::udp:
      if (!q.udp) return false;
      break;
    case transport::raw:
      if (!q.raw) return false;
      break;
  }
  if (!(r.family() == ip_family::v4 ? q.ipv4 : q.ipv6)) return false;
  if ((q.states & state_bit(r.state)) == 0) return false;
  if (q.port && r.local_port != *q.port && r.remote_port != *q.port) return false;
  return true;
}

namespace {

// sock_diag first; per protocol and family, /proc/net when netlink cannot answer (no
// netlink in a sandbox, or a kernel built without udp_diag/raw_diag).
class automatic_source final : public socket_source {
 public:
  automatic_source() {
    try {
      netlink_ = std::make_unique<sock_diag_source>();
    } catch (const std::system_error& e) {
      spdlog::debug("sock_diag unavailable ({}); reading /proc/net", e.what());
    }
  }
  [[nodiscard]] std::string_view name() const noexcept override { return "auto"; }
  void collect(transport proto, ip_family family, const socket_query& q,
               std::vector<socket_record>& out) override {
    if (netlink_) {
      const auto before = out.size();
      try {
        netlink_->collect(proto, family, q, out);
        return;
      } catch (const std::system_error& e) {
        out.resize(before);
        spdlog::debug("sock_diag {}{}: {}; reading /proc/net instead", to_string(proto),
                      family == ip_family::v6 ? "6" : "", e.what());
      }
    }
    proc_.collect(proto, family, q, out);
  }

 private:
  std::unique_ptr<sock_diag_source> netlink_;
  proc_net_source proc_;
};

}  // namespace

std::unique_ptr<socket_source> make_socket_source(source_kind kind) {
  switch (kind) {
    case source_kind::netlink:
      return std::make_unique<sock_diag_source>();
    case source_kind::proc:
      return std::make_unique<proc_net_source>();
    case source_kind::automatic:
      break;
  }
  return std::make_unique<automatic_source>();
}

std::vector<socket_record> list_sockets(socket_source& source, const socket_query& q) {
  std::vector<socket_record> out;
  for (auto proto : {transport::tcp, transport::udp, transport::raw}) {
    if ((proto == transport::tcp && !q.tcp) || (proto == transport::udp && !q.udp) ||
        (proto == transport::raw && !q.raw))
      continue;
    if (q.ipv4) source.collect(proto, ip_family::v4, q, out);
    if (q.ipv6) source.collect(proto, ip_family::v6, q, out);
  }
  return out;
}

}  // namespace nettrio
