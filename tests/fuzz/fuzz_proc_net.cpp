// libFuzzer target for the /proc/net/{tcp,udp,raw}[6] text parser.
//
// The input is parsed as each protocol and family. Invariants: every non-blank line after
// the header is either a record or counted malformed; records have the family asked for and
// a kernel state; and a record written back in the kernel's line format (as
// get_tcp4_sock/udp4_format_sock print it) parses to the same record.

#include <nettrio/ports/proc_net.hpp>

#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

namespace {

using namespace nettrio;

void require(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz_proc_net: invariant violated: %s\n", what);
  std::abort();
}

// The kernel prints each 32-bit word of the address as the host integer it is in memory.
std::string hex_address(const ip_address& a) {
  std::string out;
  const std::size_t words = a.is_v4() ? 1 : 4;
  for (std::size_t w = 0; w < words; ++w) {
    std::uint32_t v = 0;
    std::memcpy(&v, a.bytes().data() + 4 * w, 4);
    char buf[9];
    std::snprintf(buf, sizeof buf, "%08" PRIX32, v);
    out += buf;
  }
  return out;
}

std::string kernel_line(const socket_record& r) {
  char buf[512];
  std::snprintf(buf, sizeof buf,
                "%4d: %s:%04X %s:%04X %02X %08" PRIX32 ":%08" PRIX32
                " 00:00000000 00000000 %5" PRIu32 " %8d %" PRIu64
                " 1 0000000000000000 100 0 0 10 0",
                7, hex_address(r.local_address).c_str(), unsigned{r.local_port},
                hex_address(r.remote_address).c_str(), unsigned{r.remote_port},
                static_cast<unsigned>(r.state), r.send_q, r.recv_q, r.uid, 0, r.inode);
  return buf;
}

void check(std::string_view text, transport proto, ip_family family) {
  proc_net_stats stats;
  const auto records = parse_proc_net(text, proto, family, stats);
  require(stats.lines == stats.records + stats.malformed, "lines != records + malformed");
  require(records.size() == stats.records, "records lost by the all-states query");
  for (const auto& r : records) {
    require(r.proto == proto, "wrong protocol");
    require(r.family() == family && r.remote_address.family() == family, "wrong family");
    const auto st = static_cast<unsigned>(r.state);
    require(st >= 1 && st <= 11, "state outside the kernel's 1..11");
    require(!r.v6only && !r.backlog && !r.pid && r.process.empty(), "netlink-only fields set");

    const std::string again =
        "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  "
        "timeout inode\n" +
        kernel_line(r) + "\n";
    proc_net_stats s2;
    const auto back = parse_proc_net(again, proto, family, s2);
    require(s2.malformed == 0 && back.size() == 1, "a printed record does not parse");
    require(back[0] == r, "a printed record parses to something else");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (auto proto : {transport::tcp, transport::udp, transport::raw})
    for (auto family : {ip_family::v4, ip_family::v6}) check(text, proto, family);
  return 0;
}
