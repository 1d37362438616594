#pragma once
// Linux sock_diag (NETLINK_SOCK_DIAG, INET_DIAG): the socket table as binary messages, with
// the state filter applied in the kernel. The same source ss uses.

#include <nettrio/ports/socket_table.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace nettrio {

namespace detail {
/// Decodes one SOCK_DIAG_BY_FAMILY payload (struct inet_diag_msg plus attributes).
/// nullopt when it is short or of an unknown family.
[[nodiscard]] std::optional<socket_record> decode_inet_diag(std::span<const std::byte> payload,
                                                            transport proto);

/// What one datagram of a sock_diag dump said, read by parse_dump_datagram.
struct dump_step {
  enum class kind : std::uint8_t {
    more,         // records (or nothing of ours): read the next datagram
    done,         // NLMSG_DONE with status 0: the dump is complete
    error,        // NLMSG_ERROR or a failed NLMSG_DONE: `error` holds the errno
    interrupted,  // NLM_F_DUMP_INTR: the table changed during the dump, it may be inconsistent
    malformed,    // a header that does not fit the datagram: the dump cannot be trusted
  };
  kind what = kind::more;
  int error = 0;
};

/// Walks the netlink messages of one datagram of a dump with sequence `seq`: appends the
/// payload of each SOCK_DIAG_BY_FAMILY message of ours to `payloads` (views into `data`)
/// and says how the dump goes on. Messages of other sequences (late answers) are skipped.
/// Pure: no I/O, so it is unit-tested on byte fixtures and fuzzed.
[[nodiscard]] dump_step parse_dump_datagram(std::span<const std::byte> data, std::uint32_t seq,
                                            std::vector<std::span<const std::byte>>& payloads);
}  // namespace detail

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
  // One dump: send the request, read to its end. Records go to `out`.
  detail::dump_step::kind dump_once(const void* request, std::size_t size, std::uint32_t seq,
                                    transport proto, ip_family family, const socket_query& q,
                                    std::vector<socket_record>& out);

  struct state;  // the netlink socket (a unique_fd), the sequence and the read buffer
  std::unique_ptr<state> state_;
};

}  // namespace nettrio
