#pragma once
// Network interfaces and their counters: /proc/net/dev for the names and counters (what
// netstat -i reads), the flags and MTU from the kernel by name. The parser is pure so
// fixtures can pin it down.

#include <nettrio/address.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nettrio {

struct interface_counters {
  std::string name;
  std::uint64_t rx_bytes = 0, rx_packets = 0, rx_errors = 0, rx_dropped = 0, rx_fifo = 0,
                rx_frame = 0, rx_compressed = 0, rx_multicast = 0;
  std::uint64_t tx_bytes = 0, tx_packets = 0, tx_errors = 0, tx_dropped = 0, tx_fifo = 0,
                tx_collisions = 0, tx_carrier = 0, tx_compressed = 0;
  // Filled by read_interfaces(); the parser leaves them 0.
  std::uint32_t flags = 0;  // IFF_UP, IFF_BROADCAST, ... (SIOCGIFFLAGS)
  std::int32_t mtu = 0;
  // False for an alias label (eth0:1, from SIOCGIFCONF): it has no line in /proc/net/dev.
  bool statistics = true;
  friend bool operator==(const interface_counters&, const interface_counters&) = default;
};

/// What the long interface list (netstat -ie, ifconfig) shows besides the counters.
struct interface_details {
  std::optional<ip_address> inet, netmask, broadcast, destination;  // SIOCGIF*ADDR
  struct inet6_address {
    ip_address address;
    int prefix_len = 0;
    unsigned scope = 0;  // IPV6_ADDR_* scope bits of /proc/net/if_inet6
    friend bool operator==(const inet6_address&, const inet6_address&) = default;
  };
  std::vector<inet6_address> inet6;  // in /proc/net/if_inet6's order
  int hw_type = -1;                  // ARPHRD_* (SIOCGIFHWADDR); -1 unknown
  std::vector<std::uint8_t> hw_address;
  int tx_queue_len = -1;  // SIOCGIFTXQLEN; -1 unknown
  // The device's resources (SIOCGIFMAP, struct ifmap): all 0 for virtual interfaces.
  struct device_map {
    std::uint64_t mem_start = 0, mem_end = 0;
    std::uint16_t base_addr = 0;
    std::uint8_t irq = 0, dma = 0, port = 0;
    friend bool operator==(const device_map&, const device_map&) = default;
  };
  device_map map;
};

/// The IPv6 addresses of interface `name` in the text of /proc/net/if_inet6 ("ADDR32HEX
/// IFINDEX PREFIXLEN SCOPE FLAGS NAME" per line), in its order.
[[nodiscard]] std::vector<interface_details::inet6_address> parse_if_inet6(std::string_view text,
                                                                           std::string_view name);

/// Asks the kernel for `name`'s addresses, hardware address and queue length, and reads
/// PROC_ROOT/net/if_inet6 (missing: no IPv6 addresses).
[[nodiscard]] interface_details read_interface_details(const std::string& name,
                                                       const std::string& proc_root = "/proc");

/// Parses the whole text of /proc/net/dev (two header lines), in the kernel's order.
[[nodiscard]] std::vector<interface_counters> parse_proc_net_dev(std::string_view text);

/// Orders names as net-tools does: by name, runs of digits compared as numbers
/// ("eth2" < "eth10").
[[nodiscard]] bool interface_name_less(std::string_view a, std::string_view b) noexcept;

/// Reads PROC_ROOT/net/dev, adds the names only the kernel's SIOCGIFCONF lists (IPv4 alias
/// labels such as eth0:1, without statistics) as net-tools does, and asks the kernel for
/// each interface's flags and MTU, ordered by interface_name_less. Throws std::system_error when
/// /proc/net/dev cannot be read.
[[nodiscard]] std::vector<interface_counters> read_interfaces(
    const std::string& proc_root = "/proc");

}  // namespace nettrio
