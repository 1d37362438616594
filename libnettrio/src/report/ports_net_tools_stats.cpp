// netstat -s: statistics.c of net-tools 2.10, its tables and its printing state machine.
// The tables are netstat's own, in its order; that order is not always sorted (Iptab has
// "Forwarding" before "ForwDatagrams"), and netstat looks entries up with glibc's bsearch,
// so a lookup that misses prints the counter the generic way ("Forwarding: 2"), as the
// genuine netstat does. lookup() repeats that bsearch step for step.

#include <nettrio/report/ports_net_tools.hpp>

#include <fmt/format.h>

#include <cstring>
#include <ostream>
#include <span>
#include <string>

namespace nettrio::report {

namespace {

enum class kind { number, opt_number, i_forward, i_inp_icmp, i_outp_icmp, i_rto_alg };

struct entry {
  const char* title;
  const char* out;
  kind type;
  bool is_static;
  bool is_title;
};

// clang-format off
constexpr entry iptab[] = {
    {"DefaultTTL", "Default TTL is %llu", kind::number, true, false},
    {"Forwarding", "Forwarding is %s", kind::i_forward, true, false},
    {"ForwDatagrams", "%llu forwarded", kind::number, false, false},
    {"FragCreates", "%llu fragments created", kind::opt_number, false, false},
    {"FragFails", "%llu outgoing packets failed fragmentation", kind::opt_number, false, false},
    {"FragOKs", "%llu outgoing packets fragmented ok", kind::opt_number, false, false},
    {"InAddrErrors", "%llu with invalid addresses", kind::opt_number, false, false},
    {"InDelivers", "%llu incoming packets delivered", kind::number, false, false},
    {"InDiscards", "%llu incoming packets discarded", kind::number, false, false},
    {"InHdrErrors", "%llu with invalid headers", kind::opt_number, false, false},
    {"InReceives", "%llu total packets received", kind::number, false, false},
    {"InUnknownProtos", "%llu with unknown protocol", kind::opt_number, false, false},
    {"OutDiscards", "%llu outgoing packets dropped", kind::opt_number, false, false},
    {"OutNoRoutes", "%llu dropped because of missing route", kind::opt_number, false, false},
    {"OutRequests", "%llu requests sent out", kind::number, false, false},
    {"ReasmFails", "%llu packet reassemblies failed", kind::opt_number, false, false},
    {"ReasmOKs", "%llu packets reassembled ok", kind::opt_number, false, false},
    {"ReasmReqds", "%llu reassemblies required", kind::opt_number, false, false},
    {"ReasmTimeout", "%llu fragments dropped after timeout", kind::opt_number, false, false},
};
constexpr entry ip6tab[] = {
    {"Ip6FragCreates", "%llu fragments created", kind::opt_number, false, false},
    {"Ip6FragFails", "%llu outgoing packets failed fragmentation", kind::opt_number, false, false},
    {"Ip6FragOKs", "%llu outgoing packets fragmented ok", kind::opt_number, false, false},
    {"Ip6InAddrErrors", "%llu with invalid addresses", kind::opt_number, false, false},
    {"Ip6InDelivers", "%llu incoming packets delivered", kind::number, false, false},
    {"Ip6InDiscards", "%llu incoming packets discarded", kind::number, false, false},
    {"Ip6InHdrErrors", "%llu with invalid headers", kind::opt_number, false, false},
    {"Ip6InMcastPkts", "%llu incoming multicast packets", kind::opt_number, false, false},
    {"Ip6InNoRoutes", "%llu incoming packets with no route", kind::opt_number, false, false},
    {"Ip6InReceives", "%llu total packets received", kind::number, false, false},
    {"Ip6InTooBigErrors", "%llu with packets too big", kind::opt_number, false, false},
    {"Ip6InTruncatedPkts", "%llu with truncated packets", kind::opt_number, false, false},
    {"Ip6InUnknownProtos", "%llu with unknown protocol", kind::opt_number, false, false},
    {"Ip6OutDiscards", "%llu outgoing packets dropped", kind::opt_number, false, false},
    {"Ip6OutForwDatagrams", "%llu forwarded", kind::number, false, false},
    {"Ip6OutMcastPkts", "%llu outgoing multicast packets", kind::opt_number, false, false},
    {"Ip6OutNoRoutes", "%llu dropped because of missing route", kind::opt_number, false, false},
    {"Ip6OutRequests", "%llu requests sent out", kind::number, false, false},
    {"Ip6ReasmFails", "%llu packet reassemblies failed", kind::opt_number, false, false},
    {"Ip6ReasmOKs", "%llu packets reassembled ok", kind::opt_number, false, false},
    {"Ip6ReasmReqds", "%llu reassemblies required", kind::opt_number, false, false},
    {"Ip6ReasmTimeout", "%llu fragments dropped after timeout", kind::opt_number, false, false},
};
constexpr entry icmptab[] = {
    {"InAddrMaskReps", "address mask replies: %llu", kind::i_inp_icmp, false, true},
    {"InAddrMasks", "address mask request: %llu", kind::i_inp_icmp, false, true},
    {"InDestUnreachs", "destination unreachable: %llu", kind::i_inp_icmp, false, true},
    {"InEchoReps", "echo replies: %llu", kind::i_inp_icmp, false, true},
    {"InEchos", "echo requests: %llu", kind::i_inp_icmp, false, true},
    {"InErrors", "%llu input ICMP message failed", kind::number, false, false},
    {"InMsgs", "%llu ICMP messages received", kind::number, false, false},
    {"InParmProbs", "wrong parameters: %llu", kind::i_inp_icmp, false, true},
    {"InRedirects", "redirects: %llu", kind::i_inp_icmp, false, true},
    {"InSrcQuenchs", "source quenches: %llu", kind::i_inp_icmp, false, true},
    {"InTimeExcds", "timeout in transit: %llu", kind::i_inp_icmp, false, true},
    {"InTimestampReps", "timestamp reply: %llu", kind::i_inp_icmp, false, true},
    {"InTimestamps", "timestamp request: %llu", kind::i_inp_icmp, false, true},
    {"OutAddrMaskReps", "address mask replies: %llu", kind::i_outp_icmp, false, true},
    {"OutAddrMasks", "address mask requests: %llu", kind::i_outp_icmp, false, true},
    {"OutDestUnreachs", "destination unreachable: %llu", kind::i_outp_icmp, false, true},
    {"OutEchoReps", "echo replies: %llu", kind::i_outp_icmp, false, true},
    {"OutEchos", "echo requests: %llu", kind::i_outp_icmp, false, true},
    {"OutErrors", "%llu ICMP messages failed", kind::number, false, false},
    {"OutMsgs", "%llu ICMP messages sent", kind::number, false, false},
    {"OutParmProbs", "wrong parameters: %llu", kind::i_outp_icmp, false, true},
    {"OutRedirects", "redirect: %llu", kind::i_outp_icmp, false, true},
    {"OutSrcQuenchs", "source quench: %llu", kind::i_outp_icmp, false, true},
    {"OutTimeExcds", "time exceeded: %llu", kind::i_outp_icmp, false, true},
    {"OutTimestampReps", "timestamp replies: %llu", kind::i_outp_icmp, false, true},
    {"OutTimestamps", "timestamp requests: %llu", kind::i_outp_icmp, false, true},
};
constexpr entry icmp6tab[] = {
    {"Icmp6InDestUnreachs", "destination unreachable: %llu", kind::i_inp_icmp, false, true},
    {"Icmp6InEchoReplies", "echo replies: %llu", kind::i_inp_icmp, false, true},
    {"Icmp6InEchos", "echo requests: %llu", kind::i_inp_icmp, false, true},
    {"Icmp6InErrors", "%llu input ICMP message failed", kind::number, false, false},
    {"Icmp6InGroupMembQueries", "group member queries: %llu", kind::i_inp_icmp, false, true},
    {"Icmp6InGroupMembReductions", "group member reductions: %llu", kind::i_inp_icmp, false, true},
    {"Icmp6InGroupMembResponses", "group member responses: %llu", kind::i_inp_icmp, false, true},
    {"Icmp6InMsgs", "%llu ICMP messages received", kind::number, false, false},
    {"Icmp6InNeighborAdvertisements", "neighbour advertisement: %llu", kind::i_inp_icmp, false, true},
    {"Icmp6InNeighborSolicits", "neighbour solicits: %llu", kind::i_inp_icmp, false, true},
    {"Icmp6InParmProblems", "parameter problem: %llu", kind::i_inp_icmp, false, true},
    {"Icmp6InPktTooBigs", "packets too big: %llu", kind::i_inp_icmp, false, true},
    {"Icmp6InRedirects", "redirects: %llu", kind::i_inp_icmp, false, true},
    {"Icmp6InRouterAdvertisements", "router advertisement: %llu", kind::i_inp_icmp, false, true},
    {"Icmp6InRouterSolicits", "router solicits: %llu", kind::i_inp_icmp, false, true},
    {"Icmp6InTimeExcds", "received ICMPv6 time exceeded: %llu", kind::i_inp_icmp, false, true},
    {"Icmp6OutDestUnreachs", "destination unreachable: %llu", kind::i_outp_icmp, false, true},
    {"Icmp6OutEchoReplies", "echo replies: %llu", kind::i_outp_icmp, false, true},
    {"Icmp6OutEchos", "echo requests: %llu", kind::i_outp_icmp, false, true},
    {"Icmp6OutGroupMembQueries", "group member queries: %llu", kind::i_outp_icmp, false, true},
    {"Icmp6OutGroupMembReductions", "group member reductions: %llu", kind::i_outp_icmp, false, true},
    {"Icmp6OutGroupMembResponses", "group member responses: %llu", kind::i_outp_icmp, false, true},
    {"Icmp6OutMsgs", "%llu ICMP messages sent", kind::number, false, false},
    {"Icmp6OutNeighborAdvertisements", "neighbor advertisements: %llu", kind::i_outp_icmp, false, true},
    {"Icmp6OutNeighborSolicits", "neighbor solicits: %llu", kind::i_outp_icmp, false, true},
    {"Icmp6OutParmProblems", "parameter problem: %llu", kind::i_outp_icmp, false, true},
    {"Icmp6OutPktTooBigs", "packets too big: %llu", kind::i_outp_icmp, false, true},
    {"Icmp6OutRedirects", "redirects: %llu", kind::i_outp_icmp, false, true},
    {"Icmp6OutRouterAdvertisements ", "router advertisement: %llu", kind::i_outp_icmp, false, true},
    {"Icmp6OutRouterSolicits", "router solicits: %llu", kind::i_outp_icmp, false, true},
    {"Icmp6OutTimeExcds", "sent ICMPv6 time exceeded: %llu", kind::i_outp_icmp, false, true},
};
constexpr entry tcptab[] = {
    {"ActiveOpens", "%llu active connection openings", kind::number, false, false},
    {"AttemptFails", "%llu failed connection attempts", kind::number, false, false},
    {"CurrEstab", "%llu connections established", kind::number, false, false},
    {"EstabResets", "%llu connection resets received", kind::number, false, false},
    {"InErrs", "%llu bad segments received", kind::number, false, false},
    {"InSegs", "%llu segments received", kind::number, false, false},
    {"MaxConn", "", kind::number, false, false},
    {"OutRsts", "%llu resets sent", kind::number, false, false},
    {"OutSegs", "%llu segments sent out", kind::number, false, false},
    {"PassiveOpens", "%llu passive connection openings", kind::number, false, false},
    {"RetransSegs", "%llu segments retransmitted", kind::number, false, false},
    {"RtoAlgorithm", "RTO algorithm is %s", kind::i_rto_alg, true, false},
    {"RtoMax", "", kind::number, false, false},
    {"RtoMin", "", kind::number, false, false},
};
constexpr entry udptab[] = {
    {"InDatagrams", "%llu packets received", kind::number, false, false},
    {"InErrors", "%llu packet receive errors", kind::number, false, false},
    {"NoPorts", "%llu packets to unknown port received", kind::number, false, false},
    {"OutDatagrams", "%llu packets sent", kind::number, false, false},
    {"RcvbufErrors", "%llu receive buffer errors", kind::number, false, false},
    {"SndbufErrors", "%llu send buffer errors", kind::number, false, false},
};
constexpr entry udp6tab[] = {
    {"Udp6InDatagrams", "%llu packets received", kind::number, false, false},
    {"Udp6InErrors", "%llu packet receive errors", kind::number, false, false},
    {"Udp6NoPorts", "%llu packets to unknown port received", kind::number, false, false},
    {"Udp6OutDatagrams", "%llu packets sent", kind::number, false, false},
};
constexpr entry tcpexttab[] = {
    {"DelayedACKLocked", "%llu delayed acks further delayed because of locked socket", kind::opt_number, false, false},
    {"DelayedACKLost", "Quick ack mode was activated %llu times", kind::opt_number, false, false},
    {"DelayedACKs", "%llu delayed acks sent", kind::opt_number, false, false},
    {"EmbryonicRsts", "%llu resets received for embryonic SYN_RECV sockets", kind::opt_number, false, false},
    {"ListenDrops", "%llu SYNs to LISTEN sockets dropped", kind::opt_number, false, false},
    {"ListenOverflows", "%llu times the listen queue of a socket overflowed", kind::opt_number, false, false},
    {"LockDroppedIcmps", "%llu ICMP packets dropped because socket was locked", kind::opt_number, false, false},
    {"OfoPruned", "%llu packets dropped from out-of-order queue because of socket buffer overrun", kind::opt_number, false, false},
    {"OutOfWindowIcmps", "%llu ICMP packets dropped because they were out-of-window", kind::opt_number, false, false},
    {"PAWSActive", "%llu active connections rejected because of time stamp", kind::opt_number, false, false},
    {"PAWSEstab", "%llu packets rejected in established connections because of timestamp", kind::opt_number, false, false},
    {"PAWSPassive", "%llu passive connections rejected because of time stamp", kind::opt_number, false, false},
    {"PruneCalled", "%llu packets pruned from receive queue because of socket buffer overrun", kind::opt_number, false, false},
    {"RcvPruned", "%llu packets pruned from receive queue", kind::opt_number, false, false},
    {"SockMallocOOM", "Ran %llu times out of system memory during packet sending", kind::opt_number, false, false},
    {"SyncookiesFailed", "%llu invalid SYN cookies received", kind::opt_number, false, false},
    {"SyncookiesRecv", "%llu SYN cookies received", kind::opt_number, false, false},
    {"SyncookiesSent", "%llu SYN cookies sent", kind::opt_number, false, false},
    {"TCPAbortFailed", "%llu times unable to send RST due to no memory", kind::opt_number, false, false},
    {"TCPAbortOnClose", "%llu connections reset due to early user close", kind::opt_number, false, false},
    {"TCPAbortOnData", "%llu connections reset due to unexpected data", kind::opt_number, false, false},
    {"TCPAbortOnLinger", "%llu connections aborted after user close in linger timeout", kind::opt_number, false, false},
    {"TCPAbortOnMemory", "%llu connections aborted due to memory pressure", kind::opt_number, false, false},
    {"TCPAbortOnSyn", "%llu connections reset due to unexpected SYN", kind::opt_number, false, false},
    {"TCPAbortOnTimeout", "%llu connections aborted due to timeout", kind::opt_number, false, false},
    {"TCPDirectCopyFromBacklog", "%llu bytes directly in process context from backlog", kind::opt_number, false, false},
    {"TCPDirectCopyFromPrequeue", "%llu bytes directly received in process context from prequeue", kind::opt_number, false, false},
    {"TCPDSACKOfoRecv", "%llu DSACKs for out of order packets received", kind::opt_number, false, false},
    {"TCPDSACKOfoSent", "%llu DSACKs sent for out of order packets", kind::opt_number, false, false},
    {"TCPDSACKOldSent", "%llu DSACKs sent for old packets", kind::opt_number, false, false},
    {"TCPDSACKRecv", "%llu DSACKs received", kind::opt_number, false, false},
    {"TCPDSackUndo", "%llu congestion window recovered without slow start using DSACK", kind::opt_number, false, false},
    {"TCPDSACKUndo", "%llu congestion windows recovered without slow start by DSACK", kind::opt_number, false, false},
    {"TCPFACKReorder", "Detected reordering %llu times using FACK", kind::opt_number, false, false},
    {"TCPFastRetrans", "%llu fast retransmits", kind::opt_number, false, false},
    {"TCPForwardRetrans", "%llu forward retransmits", kind::opt_number, false, false},
    {"TCPFullUndo", "%llu congestion windows fully recovered without slow start", kind::opt_number, false, false},
    {"TCPHPAcks", "%llu predicted acknowledgments", kind::opt_number, false, false},
    {"TCPHPHits", "%llu packet headers predicted", kind::number, false, false},
    {"TCPHPHitsToUser", "%llu packet headers predicted and directly queued to user", kind::opt_number, false, false},
    {"TCPLossFailures", "%llu timeouts in loss state", kind::opt_number, false, false},
    {"TCPLoss", "%llu TCP data loss events", kind::opt_number, false, false},
    {"TCPLossUndo", "%llu congestion windows recovered without slow start after partial ack", kind::opt_number, false, false},
    {"TCPLostRetransmits", "%llu retransmits lost", kind::opt_number, false, false},
    {"TCPMemoryPressures", "TCP ran low on memory %llu times", kind::opt_number, false, false},
    {"TCPPartialUndo", "%llu congestion windows partially recovered using Hoe heuristic", kind::opt_number, false, false},
    {"TCPPrequeued", "%llu packets directly queued to recvmsg prequeue", kind::opt_number, false, false},
    {"TCPPrequeueDropped", "%llu packets dropped from prequeue", kind::opt_number, false, false},
    {"TCPPureAcks", "%llu acknowledgments not containing data payload received", kind::opt_number, false, false},
    {"TCPRcvCollapsed", "%llu packets collapsed in receive queue due to low socket buffer", kind::opt_number, false, false},
    {"TCPRenoFailures", "%llu timeouts after reno fast retransmit", kind::opt_number, false, false},
    {"TCPRenoRecoveryFailed", "%llu reno fast retransmits failed", kind::opt_number, false, false},
    {"TCPRenoRecoveryFail", "%llu classic Reno fast retransmits failed", kind::opt_number, false, false},
    {"TCPRenoRecovery", "%llu times recovered from packet loss due to fast retransmit", kind::opt_number, false, false},
    {"TCPRenoReorder", "Detected reordering %llu times using reno fast retransmit", kind::opt_number, false, false},
    {"TCPSackFailures", "%llu timeouts after SACK recovery", kind::opt_number, false, false},
    {"TCPSackRecoveryFail", "%llu SACK retransmits failed", kind::opt_number, false, false},
    {"TCPSackRecovery", "%llu times recovered from packet loss by selective acknowledgements", kind::opt_number, false, false},
    {"TCPSACKReneging", "%llu bad SACK blocks received", kind::opt_number, false, false},
    {"TCPSACKReorder", "Detected reordering %llu times using SACK", kind::opt_number, false, false},
    {"TCPSchedulerFailed", "%llu times receiver scheduled too late for direct processing", kind::opt_number, false, false},
    {"TCPSlowStartRetrans", "%llu retransmits in slow start", kind::opt_number, false, false},
    {"TCPTimeouts", "%llu other TCP timeouts", kind::opt_number, false, false},
    {"TCPTSReorder", "Detected reordering %llu times using time stamp", kind::opt_number, false, false},
    {"TWKilled", "%llu TCP sockets finished time wait in slow timer", kind::opt_number, false, false},
    {"TW", "%llu TCP sockets finished time wait in fast timer", kind::opt_number, false, false},
    {"TWRecycled", "%llu time wait sockets recycled by time stamp", kind::opt_number, false, false},
};
constexpr entry sctptab[] = {
    {"SctpAborteds", "%llu Number of Aborteds ", kind::number, false, false},
    {"SctpActiveEstabs", "%llu Active Associations", kind::number, false, false},
    {"SctpChecksumErrors", "%llu Number of Packets with invalid Checksum", kind::number, false, false},
    {"SctpCurrEstab", "%llu Current Associations", kind::number, false, false},
    {"SctpFragUsrMsgs", "%llu Number of messages fragmented", kind::number, false, false},
    {"SctpInCtrlChunks", "%llu Number of control chunks received", kind::number, false, false},
    {"SctpInOrderChunks", "%llu Number of ordered chunks received", kind::number, false, false},
    {"SctpInSCTPPacks", "%llu Number of SCTP packets received", kind::number, false, false},
    {"SctpInUnorderChunks", "%llu Number of Unordered chunks received", kind::number, false, false},
    {"SctpOutCtrlChunks", "%llu Number of control chunks sent", kind::number, false, false},
    {"SctpOutOfBlues", "%llu Number of Out of Blue packets", kind::number, false, false},
    {"SctpOutOrderChunks", "%llu Number of ordered chunks sent", kind::number, false, false},
    {"SctpOutSCTPPacks", "%llu Number of SCTP packets sent", kind::number, false, false},
    {"SctpOutUnorderChunks", "%llu Number of Unordered chunks sent", kind::number, false, false},
    {"SctpPassiveEstabs", "%llu Passive Associations", kind::number, false, false},
    {"SctpReasmUsrMsgs", "%llu Number of messages reassembled ", kind::number, false, false},
    {"SctpShutdowns", "%llu Number of Graceful Terminations", kind::number, false, false},
};

// clang-format on

int indent_of(kind k) {
  return (k == kind::i_inp_icmp || k == kind::i_outp_icmp) ? 8 : 4;
}

const char* title_of(kind k) {
  if (k == kind::i_inp_icmp) return "ICMP input histogram:";
  if (k == kind::i_outp_icmp) return "ICMP output histogram:";
  return nullptr;
}

struct table {
  const char* title;
  std::span<const entry> entries;
  bool known;
  bool shown;  // its f_* flag
};

// glibc's bsearch with strcmp, step for step.
const entry* lookup(std::span<const entry> tab, const std::string& key) {
  std::size_t l = 0, u = tab.size();
  while (l < u) {
    const std::size_t idx = (l + u) / 2;
    const int c = std::strcmp(key.c_str(), tab[idx].title);
    if (c < 0)
      u = idx;
    else if (c > 0)
      l = idx + 1;
    else
      return &tab[idx];
  }
  return nullptr;
}

std::string fill(const char* format, const std::string& value) {
  std::string s(format);
  for (const char* spec : {"%llu", "%s"}) {
    const auto at = s.find(spec);
    if (at != std::string::npos) {
      s.replace(at, std::strlen(spec), value);
      break;
    }
  }
  return s;
}

class printer {
 public:
  printer(std::ostream& out, const net_tools_stats_flags& f, bool v6) : out_(out), f_(f), v6_(v6) {}

  // newtable()
  table open(const std::string& title) {
    struct known {
      const char* title;
      std::span<const entry> tab;
      bool flag;
    };
    const known known4[] = {{"Ip", iptab, f_.raw},      {"Icmp", icmptab, f_.raw},
                            {"Tcp", tcptab, f_.tcp},    {"Udp", udptab, f_.udp},
                            {"Sctp", sctptab, f_.sctp}, {"TcpExt", tcpexttab, f_.tcp}},
                known6[] = {{"Ip6", ip6tab, f_.raw},
                            {"Icmp6", icmp6tab, f_.raw},
                            {"Udp6", udp6tab, f_.udp},
                            {"Tcp6", tcptab, f_.tcp}};
    for (const auto& k : v6_ ? std::span<const known>(known6) : std::span<const known>(known4)) {
      if (title == k.title) {
        if (k.flag) out_ << title << ":\n";
        state_ = kind::number;
        return {k.title, k.tab, true, k.flag};
      }
    }
    out_ << title << ":\n";  // f_unknown is 1: every other group is shown
    return {nullptr, {}, false, true};
  }

  // printval()
  void value(const table& t, const std::string& title, unsigned long long val) {
    const entry* ent = t.known ? lookup(t.entries, title) : nullptr;
    if (!ent) {
      if (val) out_ << fmt::format("{:{}}{}: {}\n", "", indent_of(state_), title, val);
      return;
    }
    kind type = ent->type;
    if (ent->is_static) return;  // print_static is never set
    if (*ent->out == '\0') return;
    if (ent->is_title && state_ != type)
      out_ << fmt::format("{:{}}{}\n", "", indent_of(state_), title_of(type));
    std::string buf;
    switch (type) {
      case kind::opt_number:
        if (val == 0) break;
        [[fallthrough]];
      case kind::number:
        buf = fill(ent->out, std::to_string(val));
        break;
      case kind::i_forward:
        type = kind::number;
        buf = fill(ent->out, val == 2 ? "enabled" : "disabled");
        break;
      case kind::i_outp_icmp:
      case kind::i_inp_icmp:
        if (val > 0) buf = fill(ent->out, std::to_string(val));
        break;
      case kind::i_rto_alg:
        break;
    }
    if (!buf.empty()) out_ << fmt::format("{:{}}{}\n", "", indent_of(type), buf);
    state_ = type;
  }

  void groups(const std::vector<stat_group>& groups, std::string_view prefix = {}) {
    for (const auto& g : groups) {
      if (!prefix.empty() && !std::string_view(g.title).starts_with(prefix)) continue;
      const auto t = open(g.title);
      for (const auto& c : g.counters)
        if (t.shown) value(t, c.name, c.value);
    }
  }

  void set_v6(bool v6) { v6_ = v6; }

 private:
  std::ostream& out_;
  net_tools_stats_flags f_;
  bool v6_;
  kind state_ = kind::number;
};

// cpytitle(): up to and including the first '6'.
std::string title6(const std::string& name) {
  const auto six = name.find('6');
  return six == std::string::npos ? name : name.substr(0, six + 1);
}

}  // namespace

void write_net_tools_statistics(std::ostream& out, const proc_stats& stats,
                                const net_tools_stats_flags& flags) {
  printer p(out, flags, false);
  p.groups(stats.snmp);
  p.groups(stats.netstat);
  if (stats.sctp_present) {
    const auto t = p.open("Sctp");
    for (const auto& c : stats.sctp)
      if (t.shown) p.value(t, c.name, c.value);
  }
}

void write_net_tools_statistics6(std::ostream& out, const proc_stats& stats,
                                 const net_tools_stats_flags& flags) {
  printer p(out, flags, true);
  std::string current;
  table t{};
  bool first = true;
  for (const auto& c : stats.snmp6) {
    if (first || c.name.find(current) == std::string::npos) {
      current = title6(c.name);
      t = p.open(current);
      first = false;
    }
    if (t.shown) p.value(t, c.name, c.value);
  }
  p.set_v6(false);
  p.groups(stats.snmp, "Tcp");
}

}  // namespace nettrio::report
