#pragma once
// Privilege handling, as iputils ping does it: open the sockets that need CAP_NET_RAW first,
// then give up every capability and any setuid identity before touching the network.

namespace nettrio {

/// Drops to the real uid/gid when running setuid, then clears all capability sets.
/// Throws std::system_error if the drop fails (continuing privileged would be worse).
void drop_privileges();

/// True when the effective capability set is empty.
[[nodiscard]] bool holds_no_capabilities() noexcept;

}  // namespace nettrio
