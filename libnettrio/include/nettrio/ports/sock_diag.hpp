#pragma once
// Linux sock_diag (NETLINK_SOCK_DIAG, INET_DIAG): the socket table as binary messages, with
// the state filter applied in the kernel. The same source ss uses.

#include <nettrio/ports/socket_table.hpp>

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace nettrio {

class sock_diag_source final : public socket_source {
 public:
  /// Opens the netlink socket. Throws std::system_error with context.
  sock_diag_source();
  ~sock_diag_source() override;
  sock_diag_source(const sock_diag_source&) = delete;
  sock_diag_source& operator=(const sock_diag_source&) = delete;

  [[nodiscard]] std::string_view name() const noexcept override { return "netlink"; }
  /// Throws std::system_error, e.g. ENOENT when the kernel lacks that protocol's diag module.
  void collect(transport proto, ip_family family, const socket_query& q,
               std::vector<socket_record>& out) override;

 private:
  int fd_ = -1;
  std::uint32_t seq_ = 0;
  std::vector<std::byte> buf_;
};

namespace detail {
/// Decodes one SOCK_DIAG_BY_FAMILY payload (struct inet_diag_msg plus attributes).
/// nullopt when it is short or of an unknown family.
[[nodiscard]] std::optional<socket_record> decode_inet_diag(std::span<const std::byte> payload,
                                                            transport proto);
}  // namespace detail

}  // namespace nettrio
