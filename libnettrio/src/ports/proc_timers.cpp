// /proc/net sockets with their timers (proc_timers.hpp); the words are tcp_do_one's,
// udp_do_one's and raw_do_one's of net-tools 2.10.

#include <nettrio/ports/proc_net.hpp>
#include <nettrio/ports/proc_timers.hpp>

#include "ports/proc_text.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <system_error>

namespace nettrio {

namespace {

std::string timer_text(transport proto, int timer_run, unsigned long time_len, unsigned long retr,
                       int timeout) {
  const double t = static_cast<double>(time_len) / 100.0;  // USER_HZ clock ticks
  if (timer_run == 0) return fmt::format("off (0.00/{}/{})", retr, timeout);
  if (proto == transport::tcp) {
    const char* word = timer_run == 1   ? "on"
                       : timer_run == 2 ? "keepalive"
                       : timer_run == 3 ? "timewait"
                       : timer_run == 4 ? "probe"
                                        : nullptr;
    if (word) return fmt::format("{} ({:.2f}/{}/{})", word, t, retr, timeout);
  } else if (timer_run == 1 || timer_run == 2) {
    return fmt::format("on{} ({:.2f}/{}/{})", timer_run, t, retr, timeout);
  }
  return fmt::format("unkn-{} ({:.2f}/{}/{})", timer_run, t, retr, timeout);
}

}  // namespace

void parse_proc_net_timed(std::string_view text, transport proto, ip_family family,
                          timed_sockets& out) {
  bool first = true;
  detail::for_each_line(text, [&](std::string_view line) {
    if (first) {
      first = false;
      if (line.find("local_address") != std::string_view::npos) return;
    }
    proc_net_stats stats;
    auto parsed = parse_proc_net(line, proto, family, stats);
    if (parsed.size() != 1) return;
    const std::string copy(line);
    int d = 0, local_port = 0, rem_port = 0, state = 0, timer_run = 0, uid = 0, timeout = 0;
    unsigned long txq = 0, rxq = 0, time_len = 0, retr = 0, inode = 0;
    char local[65]{}, remote[65]{};
    const int n = std::sscanf(
        copy.c_str(),
        "%d: %64[0-9A-Fa-f]:%X %64[0-9A-Fa-f]:%X %X %lX:%lX %X:%lX %lX %d "
        "%d %lu",
        &d, local, reinterpret_cast<unsigned*>(&local_port), remote,
        reinterpret_cast<unsigned*>(&rem_port), reinterpret_cast<unsigned*>(&state), &txq, &rxq,
        reinterpret_cast<unsigned*>(&timer_run), &time_len, &retr, &uid, &timeout, &inode);
    if (n < 11) return;
    if (proto == transport::udp) retr = 0;  // udp_do_one shows 0 retransmits
    out.records.push_back(std::move(parsed.front()));
    out.timers.push_back(timer_text(proto, timer_run, time_len, retr, timeout));
  });
}

timed_sockets read_proc_net_timed(transport proto, bool ipv4, bool ipv6,
                                  const std::string& proc_root) {
  timed_sockets out;
  for (const auto family : {ip_family::v4, ip_family::v6}) {
    if ((family == ip_family::v4 && !ipv4) || (family == ip_family::v6 && !ipv6)) continue;
    std::string path = proc_root + "/net/" + std::string(to_string(proto));
    if (family == ip_family::v6) path += '6';
    std::string text;
    try {
      text = detail::read_proc_text(path);
    } catch (const std::system_error& e) {
      if (e.code().value() == ENOENT) continue;
      throw;
    }
    parse_proc_net_timed(text, proto, family, out);
  }
  return out;
}

}  // namespace nettrio
