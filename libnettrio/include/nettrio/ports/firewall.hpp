#pragma once
// Does the host firewall let a new connection to a port in? The ruleset is read through
// libnftables (the JSON of `nft -j list ruleset`, plus the text of `nft -a list ruleset`
// for each rule as nft prints it); iptables on the nft backend keeps its rules in the same
// ruleset. The decision walks the input path as the kernel does: base chains on the
// ingress, prerouting and input hooks of the packet's family, by priority; in each, rules
// in order, jump/goto/return, and the chain's policy. A drop or reject ends the path; an
// accept ends only its base chain.
//
// The packet considered is a new connection from a remote client: conntrack state "new",
// not arriving on loopback, source address and port unknown. A rule that depends on what
// is unknown (ip saddr 198.51.100.0/24, a limit, an xt match) matches "conditionally": it
// is reported, and the walk goes on as if it had not matched.
//
// Legacy iptables (x_tables) is a separate ruleset libnftables cannot read: when its
// tables exist (/proc/net/ip_tables_names not empty), the report says so.

#include <nettrio/address.hpp>
#include <nettrio/ports/socket_table.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nettrio {

enum class firewall_action : std::uint8_t { accept, drop, reject };

/// "accept", "drop", "reject".
[[nodiscard]] std::string_view to_string(firewall_action a) noexcept;

/// One rule (or a chain's policy) on the input path that decides, or may decide, the fate
/// of the packet.
struct firewall_rule {
  std::string family;  // nft table family: "ip", "ip6", "inet", "netdev"
  std::string table;
  std::string chain;
  std::uint64_t handle = 0;  // 0 for a chain's policy
  firewall_action action = firewall_action::accept;
  std::string rule;  // as `nft list ruleset` prints it ("policy drop" for a policy)
  std::optional<std::uint64_t> packets;  // its counter, when it has one
  std::optional<std::uint64_t> bytes;
  bool policy = false;       // the base chain's policy, reached at its end
  bool conditional = false;  // matches only some packets (by source, interface, rate...)
  friend bool operator==(const firewall_rule&, const firewall_rule&) = default;
};

/// The fate of a new connection of one family and protocol to one port.
struct firewall_path {
  ip_family family = ip_family::v4;
  transport proto = transport::tcp;
  std::uint16_t port = 0;
  /// Rules that matched, in the order the kernel meets them: conditional ones, accepts that
  /// ended a base chain, and the final drop or reject if any.
  std::vector<firewall_rule> rules;
  /// accept when nothing dropped or rejected it (also when there are no chains at all).
  firewall_action verdict = firewall_action::accept;

  [[nodiscard]] bool blocked() const noexcept { return verdict != firewall_action::accept; }
  /// The rule that dropped or rejected it; nullptr when accepted.
  [[nodiscard]] const firewall_rule* blocking_rule() const noexcept;
};

struct firewall_report {
  bool read = false;  // the nftables ruleset was read
  std::string error;  // why not ("Operation not permitted (needs root: CAP_NET_ADMIN)")
  std::vector<firewall_path> paths;  // per family asked for, per protocol
  /// Legacy iptables tables present that libnftables cannot read: "ip:filter", "ip6:nat".
  std::vector<std::string> legacy_tables;

  /// A path that is blocked, or nullptr.
  [[nodiscard]] const firewall_path* blocked() const noexcept;
};

struct firewall_query {
  std::uint16_t port = 0;
  bool tcp = true;
  bool udp = false;
  bool ipv4 = true;
  bool ipv6 = true;
};

namespace detail {
/// The decision, pure: `ruleset_json` is the output of `nft -j list ruleset`, `ruleset_text`
/// that of `nft -a list ruleset` (for the rules' text; may be empty). Throws
/// std::invalid_argument when the JSON is not an nftables ruleset.
[[nodiscard]] firewall_path decide_firewall(std::string_view ruleset_json,
                                            std::string_view ruleset_text, ip_family family,
                                            transport proto, std::uint16_t port);

/// "table:NAME" lines of /proc/net/ip_tables_names (one name per line) as "ip:NAME"
/// (prefix "ip6" for ip6_tables_names).
[[nodiscard]] std::vector<std::string> legacy_table_names(std::string_view names,
                                                          std::string_view prefix);
}  // namespace detail

/// Reads the ruleset of the caller's network namespace through libnftables and decides for
/// each family and protocol asked. Never throws for a ruleset it may not read: the report
/// says why (reading needs CAP_NET_ADMIN).
[[nodiscard]] firewall_report read_firewall(const firewall_query& q);

}  // namespace nettrio
