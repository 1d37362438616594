#include <nettrio/ports/accept_queue.hpp>

#include <cerrno>
#include <charconv>
#include <fstream>
#include <sstream>
#include <system_error>
#include <vector>

namespace nettrio {

namespace {

std::vector<std::string_view> words(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    const auto start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

}  // namespace

namespace detail {

std::optional<listen_counters> parse_netstat(std::string_view text) {
  // "TcpExt: SyncookiesSent ... ListenOverflows ListenDrops ..." then "TcpExt: 0 ... 3 3".
  std::optional<std::vector<std::string_view>> names;
  while (!text.empty()) {
    const auto nl = text.find('\n');
    const auto line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    if (!line.starts_with("TcpExt:")) continue;
    auto w = words(line.substr(7));
    if (!names) {
      names = std::move(w);
      continue;
    }
    if (w.size() != names->size()) return std::nullopt;
    std::optional<std::uint64_t> overflows, drops;
    for (std::size_t i = 0; i < w.size(); ++i) {
      std::uint64_t v = 0;
      const auto [p, ec] = std::from_chars(w[i].data(), w[i].data() + w[i].size(), v);
      if (ec != std::errc{} || p != w[i].data() + w[i].size()) return std::nullopt;
      if ((*names)[i] == "ListenOverflows") overflows = v;
      if ((*names)[i] == "ListenDrops") drops = v;
    }
    if (!overflows || !drops) return std::nullopt;
    return listen_counters{*overflows, *drops};
  }
  return std::nullopt;
}

}  // namespace detail

listen_counters read_listen_counters(std::optional<std::int32_t> pid,
                                     const std::string& proc_root) {
  // /proc/thread-self/net follows the calling thread's namespace (a thread that setns'd);
  // /proc/self/net would follow the thread group leader's.
  const std::string path =
      proc_root + "/" + (pid ? std::to_string(*pid) : std::string("thread-self")) + "/net/netstat";
  std::ifstream in(path);
  if (!in)
    throw std::system_error(errno ? errno : ENOENT, std::generic_category(), "cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  const auto c = detail::parse_netstat(text.str());
  if (!c)
    throw std::system_error(EBADMSG, std::generic_category(),
                            path + " has no TcpExt ListenOverflows/ListenDrops counters");
  return *c;
}

std::optional<accept_queue_state> assess_accept_queue(const socket_record& listener,
                                                      const listen_counters& before,
                                                      const listen_counters& after,
                                                      std::chrono::milliseconds interval) {
  if (listener.proto != transport::tcp || listener.state != socket_state::listen ||
      !listener.backlog)
    return std::nullopt;
  return accept_queue_state{listener.recv_q, *listener.backlog, before, after, interval};
}

}  // namespace nettrio
