// ping under its classic name: iputils ping 20221126's lines, byte for byte (ping.c,
// ping6_common.c, ping_common.c): the PING line (IPv4 and IPv6 shapes), one line per reply
// or ICMP error with iputils' words and time format, and the statistics block, computed in
// whole microseconds as iputils does (so min/avg/max/mdev agree to the last digit on the
// same round trips). Stdout, but for a local error ("message too long"), on stderr as iputils.

#include "report/ping_writers.hpp"

#include <nettrio/packet/ipv4_options.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <climits>
#include <cmath>
#include <cstdio>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace nettrio::report::detail {

namespace {

// iputils' pr_icmph (IPv4) and print_icmp (IPv6) words, without the newline.
std::string iputils_icmp_text(ip_family family, std::uint8_t type, std::uint8_t code,
                              std::uint32_t mtu) {
  // "fragmentation needed" and "packet too big" name the next-hop MTU (pr_icmph's info).
  if (family == ip_family::v4 && type == 3 && code == 4)
    return fmt::format("Frag needed and DF set (mtu = {})", mtu);
  if (family == ip_family::v6 && type == 2) return fmt::format("Packet too big: mtu={}", mtu);
  if (family == ip_family::v4) {
    if (type == 11) return code == 0 ? "Time to live exceeded" : "Frag reassembly time exceeded";
    if (type == 3) {
      static constexpr const char* words[] = {"Destination Net Unreachable",
                                              "Destination Host Unreachable",
                                              "Destination Protocol Unreachable",
                                              "Destination Port Unreachable",
                                              "Frag needed and DF set (mtu = 0)",
                                              "Source Route Failed",
                                              "Destination Net Unknown",
                                              "Destination Host Unknown",
                                              "Source Host Isolated",
                                              "Destination Net Prohibited",
                                              "Destination Host Prohibited",
                                              "Destination Net Unreachable for Type of Service",
                                              "Destination Host Unreachable for Type of Service",
                                              "Packet filtered",
                                              "Precedence Violation",
                                              "Precedence Cutoff"};
      if (code < std::size(words)) return words[code];
      return fmt::format("Dest Unreachable, Bad Code: {}", code);
    }
    return fmt::format("Bad ICMP type: {}", type);
  }
  if (type == 1) {
    static constexpr const char* words[] = {"No route", "Administratively prohibited",
                                            "Beyond scope of source address", "Address unreachable",
                                            "Port unreachable"};
    if (code < std::size(words)) return fmt::format("Destination unreachable: {}", words[code]);
    return fmt::format("Destination unreachable: Unknown code {}", code);
  }
  if (type == 2) return "Packet too big: mtu=0";
  if (type == 3) {
    if (code == 0) return "Time exceeded: Hop limit";
    if (code == 1) return "Time exceeded: Defragmentation failure";
    return fmt::format("Time exceeded: code {}", code);
  }
  return fmt::format("unknown icmp type: {}", type);
}

long long llsqrt(long long a) {
  long long prev = LLONG_MAX;
  long long x = a;
  if (x > 0)
    while (x < prev) {
      prev = x;
      x = (x + (a / x)) / 2;
    }
  return x;
}

// iputils -D: "[SECONDS.MICROS] " of the wall clock.
std::string wall_stamp() {
  const auto now =
      std::chrono::duration_cast<std::chrono::microseconds>(wall_clock::now().time_since_epoch())
          .count();
  return fmt::format("[{}.{:06}] ", now / 1000000, now % 1000000);
}

class ping_iputils_writer final : public ping_writer {
 public:
  ping_iputils_writer(std::ostream& out, std::ostream& err, const ping_writer_options& o)
      : out_(out), err_(err), opts_(o) {}

  void start(const ping_report& r) override {
    report_ = &r;
    const auto& t = r.targets.front();
    const auto& o = r.options;
    v4_ = t.address.is_v4();
    // iputils: a literal address as the target means numeric output.
    numeric_ = opts_.numeric || opts_.flood ||
               ip_address::parse(t.name).has_value();  // flood: no lookups either
    timing_ = o.payload_size >= 16;  // room for the timestamp (sizeof struct timeval)
    const auto& host = opts_.display_name.empty() ? t.name : opts_.display_name;
    const auto from = opts_.from.empty() ? std::string() : fmt::format("from {}: ", opts_.from);
    if (v4_)
      out_ << fmt::format("PING {} ({}) {}{}({}) bytes of data.\n", host, t.address.to_string(),
                          from, o.payload_size, o.payload_size + 28 + opts_.ip_options_length);
    else
      out_ << fmt::format("PING {}({}) {}{} data bytes\n", host, pr_addr(t.address), from,
                          o.payload_size);
    out_.flush();
  }

  void event(const ping_event& ev) override {
    const auto& r = ev.result;
    const auto& t = report_->targets[ev.target_index];
    if (!first_sent_ || r.sent_at < *first_sent_) first_sent_ = r.sent_at;
    if (!last_sent_ || r.sent_at > *last_sent_) last_sent_ = r.sent_at;
    ++outcomes_;
    if (opts_.flood && !opts_.quiet) out_ << '.';  // the dot iputils prints at the send
    if (r.status == probe_status::reply) {
      acknowledge(r, ev.transmitted);
      reply(r, t);
    } else if (r.status == probe_status::unreachable || r.status == probe_status::time_exceeded) {
      acknowledge(r, ev.transmitted);
      ++errors_;
      if (opts_.quiet) return;
      if (opts_.flood) {
        out_ << "\bE";
      } else {
        stamp();
        out_ << fmt::format("From {} icmp_seq={} {}\n", pr_addr(r.from ? *r.from : t.address),
                            r.sent.sequence,
                            iputils_icmp_text(t.address.family(), r.icmp_type, r.icmp_code, r.mtu));
      }
    } else if (r.status == probe_status::send_failed && r.error == std::errc::message_size) {
      // Larger than the local (or, -M do, the learnt path) MTU with Don't Fragment: iputils
      // reads it from the error queue, counts an error and says it on stderr.
      ++errors_;
      if (opts_.quiet) return;
      if (opts_.flood)
        out_ << "\bE";
      else
        err_ << fmt::format("ping: local error: message too long, mtu={}\n", r.mtu);
      err_.flush();
    } else if (r.status == probe_status::send_failed && !opts_.quiet) {
      out_ << fmt::format("ping: sendmsg: {}\n", r.error.message());
    }
    out_.flush();
  }

  void finish(const ping_report& r) override {
    const auto& s = r.run.targets.front();
    const auto& t = r.targets.front();
    const auto& host = opts_.display_name.empty() ? t.name : opts_.display_name;
    // iputils' "time": from the first probe sent to the last one sent, rounded to ms.
    long long elapsed_us = 0;
    if (first_sent_ && last_sent_)
      elapsed_us =
          std::chrono::duration_cast<std::chrono::microseconds>(*last_sent_ - *first_sent_).count();
    // Probes that timed out may carry no send time: then the schedule says when they left.
    const auto scheduled_us =
        std::chrono::duration_cast<std::chrono::microseconds>(
            r.options.interval *
            static_cast<long long>(s.transmitted > r.options.preload
                                       ? s.transmitted - r.options.preload  // -l: at once
                                       : 0))
            .count();
    if (elapsed_us < scheduled_us && !r.options.adaptive) elapsed_us = scheduled_us;
    const long long elapsed_ms = (elapsed_us + 500) / 1000;
    out_ << "\n";
    out_ << fmt::format("--- {} ping statistics ---\n", host);
    out_ << fmt::format("{} packets transmitted, {} received", s.transmitted, received_);
    if (repeats_) out_ << fmt::format(", +{} duplicates", repeats_);
    if (checksum_) out_ << fmt::format(", +{} corrupted", checksum_);
    if (errors_) out_ << fmt::format(", +{} errors", errors_);
    if (s.transmitted) {
      const float loss = static_cast<float>(
          (static_cast<double>(static_cast<long long>(s.transmitted - received_)) * 100.0) /
          static_cast<double>(s.transmitted));
      std::array<char, 64> buf{};
      std::snprintf(buf.data(), buf.size(), "%g", static_cast<double>(loss));
      out_ << fmt::format(", {}% packet loss", buf.data());
      out_ << fmt::format(", time {}ms", elapsed_ms);
    }
    out_ << "\n";
    std::string comma;
    if (received_ && timing_) {
      const long long total = static_cast<long long>(received_ + repeats_);
      const long long tmavg = tsum_ / total;
      long long tmvar = 0;
      if (tsum_ < INT_MAX)
        tmvar = static_cast<long long>((tsum2_ - static_cast<double>((tsum_ * tsum_) / total)) /
                                       static_cast<double>(total));
      else
        tmvar = static_cast<long long>(tsum2_ / static_cast<double>(total)) - tmavg * tmavg;
      const long long tmdev = llsqrt(tmvar);
      out_ << fmt::format("rtt min/avg/max/mdev = {}.{:03}/{}.{:03}/{}.{:03}/{}.{:03} ms",
                          tmin_ / 1000, tmin_ % 1000, tmavg / 1000, tmavg % 1000, tmax_ / 1000,
                          tmax_ % 1000, tmdev / 1000, tmdev % 1000);
      comma = ", ";
    }
    if (pipesize_ > 1) {
      out_ << fmt::format("{}pipe {}", comma, pipesize_);
      comma = ", ";
    }
    if (received_ && (r.options.interval.count() == 0 || opts_.flood || r.options.adaptive) &&
        s.transmitted > 1) {
      const long long ipg = elapsed_us / static_cast<long long>(s.transmitted - 1);
      out_ << fmt::format("{}ipg/ewma {}.{:03}/{}.{:03} ms", comma, ipg / 1000, ipg % 1000,
                          ewma_ / 8000, (ewma_ / 8) % 1000);
    }
    out_ << "\n";
    out_.flush();
  }

 private:
  // iputils' pr_addr: "NAME (ADDR)" (getnameinfo gives the address text itself when no
  // name is found), or the address alone with -n or a literal target.
  std::string pr_addr(const ip_address& a) const {
    const auto text = a.to_string();
    if (numeric_ || !opts_.name_of) return text;
    const auto name = opts_.name_of(a);
    if (name.empty()) return text;
    return fmt::format("{} ({})", name, text);
  }

  void stamp() {
    if (opts_.timestamps) out_ << wall_stamp();
  }

  // The pipe size iputils reports: how many probes were out when an answer came, the
  // answered one included. Probes leave every `interval`, so that is the round trip in
  // intervals, plus one.
  void acknowledge(const probe_result& r, std::uint64_t transmitted) {
    if (report_->options.adaptive) {
      // -A: no schedule to count by; iputils' own count, ntransmitted - icmp_seq + 1.
      const auto diff =
          static_cast<std::uint16_t>(static_cast<std::uint16_t>(transmitted) - r.sent.sequence);
      if (diff <= 0x7fff && diff + 1 > pipesize_) pipesize_ = diff + 1;
      return;
    }
    const auto iv = report_->options.interval;
    if (!r.rtt || iv.count() <= 0) return;
    auto n = static_cast<int>(r.rtt->count() / iv.count()) + 1;
    // -l N: the first N left at once, so the first answer finds N out.
    if (const auto pre = report_->options.preload; r.sent.sequence >= 1 && r.sent.sequence <= pre)
      n = std::max(n, static_cast<int>(pre - r.sent.sequence + 1));
    // Never more than were sent: with -c, probes after the last are not out (a slow first
    // reply to `-c 2 -i 0.2` is "pipe 2", as iputils counts the probes sent, not intervals).
    if (const auto count = report_->options.count; count > 0 && r.sent.sequence >= 1)
      n = static_cast<int>(
          std::min<std::uint64_t>(static_cast<std::uint64_t>(n), count - (r.sent.sequence - 1U)));
    if (n > pipesize_) pipesize_ = n;
  }

  void reply(const probe_result& r, const target& t) {
    const long long us = r.rtt ? r.rtt->count() / 1000 : 0;
    const bool bad = r.corrupt;
    bool dup = false;
    if (bad) {
      ++checksum_;
    } else if (r.duplicate) {
      ++repeats_;
      dup = true;
    } else {
      ++received_;
    }
    if (timing_ && r.rtt && !bad) {
      tsum_ += us;
      tsum2_ += static_cast<double>(us * us);
      if (us < tmin_) tmin_ = us;
      if (us > tmax_) tmax_ = us;
      ewma_ = ewma_ == 0 ? static_cast<int>(us * 8) : ewma_ + static_cast<int>(us - ewma_ / 8);
    }
    if (opts_.quiet) return;
    if (opts_.flood) {
      out_ << (bad ? "\bC" : "\b \b");
      if (opts_.audible) out_ << '\a';
      return;
    }
    stamp();
    std::string line = fmt::format("{} bytes from {}: icmp_seq={}", r.sent.payload_size + 8,
                                   pr_addr(r.from ? *r.from : t.address), r.sent.sequence);
    if (r.reply_ttl >= 0) line += fmt::format(" ttl={}", r.reply_ttl);
    if (timing_) {
      if (us >= 100000 - 50)
        line += fmt::format(" time={} ms", (us + 500) / 1000);
      else if (us >= 10000 - 5)
        line += fmt::format(" time={}.{:01} ms", (us + 50) / 1000, ((us + 50) % 1000) / 100);
      else if (us >= 1000)
        line += fmt::format(" time={}.{:02} ms", (us + 5) / 1000, ((us + 5) % 1000) / 10);
      else
        line += fmt::format(" time={}.{:03} ms", us / 1000, us % 1000);
    }
    if (dup) line += " (DUP!)";
    if (bad) line += " (BAD CHECKSUM!)";
    out_ << line;
    if (opts_.audible) out_ << '\a';
    if (v4_) print_options(r.ip_options);
    out_ << "\n";
  }

  // iputils' pr_address for the addresses in options: "NAME (ADDR)" or the address.
  std::string option_address(const ip_address& a) const {
    return a.to_v4_uint() == 0 ? std::string("0.0.0.0") : pr_addr(a);
  }

  // iputils' pr_options: each option of the reply's header after its line; a record route
  // the same as the one before is "(same route)" (iputils compares the pointer and the
  // recorded bytes).
  void print_options(const std::vector<std::byte>& area) {
    for (const auto& o : packet::parse_ipv4_options(area)) {
      switch (o.type) {
        case packet::ipopt::nop:
          out_ << "\nNOP";
          break;
        case packet::ipopt::loose_route:
        case packet::ipopt::strict_route: {
          out_ << fmt::format("\n{}SRR: ", o.type == packet::ipopt::strict_route ? 'S' : 'L');
          // As iputils: as many addresses as the length has room for, read from the pointer
          // octet on (never past the option here).
          const auto len = static_cast<int>(o.bytes[1]);
          for (int j = len, at = 2; j > 4; j -= 4, at += 4) {
            std::array<std::uint8_t, 4> a{};
            for (int k = 0; k < 4 && static_cast<std::size_t>(at + k) < o.bytes.size(); ++k)
              a[static_cast<std::size_t>(k)] = static_cast<std::uint8_t>(o.bytes[at + k]);
            out_ << "\t" << option_address(ip_address::v4_bytes(a.data())) << "\n";
          }
          break;
        }
        case packet::ipopt::record_route: {
          const auto rr = packet::parse_route(o);
          if (!rr || rr->addresses.empty()) break;
          const auto filled = static_cast<std::size_t>(std::min(rr->pointer, rr->length) - 4);
          // iputils keeps `filled` bytes from the pointer octet on.
          std::vector<std::byte> seen(filled);
          for (std::size_t k = 0; k < filled && 2 + k < o.bytes.size(); ++k)
            seen[k] = o.bytes[2 + k];
          if (seen == old_rr_) {
            out_ << "\t(same route)";
            break;
          }
          old_rr_ = std::move(seen);
          out_ << "\nRR: ";
          for (const auto& a : rr->addresses) out_ << "\t" << option_address(a) << "\n";
          break;
        }
        case packet::ipopt::timestamp: {
          const auto ts = packet::parse_timestamp(o);
          if (!ts || ts->entries.empty()) break;
          out_ << "\nTS: ";
          long stdtime = 0, nonstdtime = 0;
          for (const auto& e : ts->entries) {
            if (e.address) out_ << "\t" << option_address(*e.address);
            const long l = static_cast<long>(e.stamp);
            if (l & 0x80000000L) {
              if (nonstdtime == 0)
                out_ << fmt::format("\t{} absolute not-standard", l & 0x7fffffffL);
              else
                out_ << fmt::format("\t{} not-standard", (l & 0x7fffffffL) - nonstdtime);
              nonstdtime = l & 0x7fffffffL;
            } else {
              if (stdtime == 0)
                out_ << fmt::format("\t{} absolute", l);
              else
                out_ << fmt::format("\t{}", l - stdtime);
              stdtime = l;
            }
            out_ << "\n";
          }
          if (ts->overflow) out_ << fmt::format("Unrecorded hops: {}\n", ts->overflow);
          break;
        }
        default:
          out_ << fmt::format("\nunknown option {:x}", o.type);
          break;
      }
    }
  }

  std::ostream& out_;
  std::ostream& err_;  // only the local errors iputils prints with error()
  ping_writer_options opts_;
  const ping_report* report_ = nullptr;
  bool v4_ = true;
  bool numeric_ = false;
  bool timing_ = true;
  std::uint64_t received_ = 0, repeats_ = 0, checksum_ = 0, errors_ = 0, outcomes_ = 0;
  long long tsum_ = 0, tmin_ = LONG_MAX, tmax_ = 0;
  double tsum2_ = 0;
  int ewma_ = 0;
  int pipesize_ = -1;
  std::optional<wall_time> first_sent_, last_sent_;
  std::vector<std::byte> old_rr_;  // -R: the route last printed
};

}  // namespace

std::unique_ptr<ping_writer> make_ping_iputils_writer(std::ostream& out, std::ostream& err,
                                                      const ping_writer_options& o) {
  return std::make_unique<ping_iputils_writer>(out, err, o);
}

}  // namespace nettrio::report::detail

namespace nettrio::report {

void write_iputils_pattern(std::ostream& out, const std::vector<std::uint8_t>& pattern) {
  out << "PATTERN: 0x";
  for (const auto b : pattern) out << fmt::format("{:02x}", b);
  out << '\n';
}

void write_iputils_no_answer(std::ostream& out, const ping_writer_options& o, std::uint64_t seq) {
  out << (o.timestamps ? detail::wall_stamp() : std::string())
      << fmt::format("no answer yet for icmp_seq={}\n", seq);
  out.flush();
}

std::string iputils_broadcast_text(bool allowed) {
  return allowed ? "WARNING: pinging broadcast address"
                 : "Do you want to ping broadcast? Then -b. If not, check your local firewall "
                   "rules";
}

}  // namespace nettrio::report
