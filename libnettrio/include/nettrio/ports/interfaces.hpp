#pragma once
// Network interfaces and their counters: /proc/net/dev for the names and counters (what
// netstat -i reads), the flags and MTU from the kernel by name. The parser is pure so
// fixtures can pin it down.

#include <cstdint>
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
  friend bool operator==(const interface_counters&, const interface_counters&) = default;
};

/// Parses the whole text of /proc/net/dev (two header lines), in the kernel's order.
[[nodiscard]] std::vector<interface_counters> parse_proc_net_dev(std::string_view text);

/// Orders names as net-tools does: by name, runs of digits compared as numbers
/// ("eth2" < "eth10").
[[nodiscard]] bool interface_name_less(std::string_view a, std::string_view b) noexcept;

/// Reads PROC_ROOT/net/dev and asks the kernel for each interface's flags and MTU, ordered
/// by interface_name_less. Throws std::system_error when /proc/net/dev cannot be read.
[[nodiscard]] std::vector<interface_counters> read_interfaces(
    const std::string& proc_root = "/proc");

}  // namespace nettrio
