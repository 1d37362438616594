#pragma once
// Privilege handling, as iputils ping does it: open the sockets that need CAP_NET_RAW first,
// then give up every capability and any setuid identity before touching the network.

namespace nettrio {

/// A setuid-root install acts as the real user from the start (effective uid = real uid,
/// saved uid kept), so nothing the user names (a target file, a host name) is read as
/// root. No-op when not setuid.
void lower_setuid() noexcept;

/// Takes the saved uid back just to open sockets; drop_privileges() ends it for good.
void raise_setuid() noexcept;

/// Drops to the real uid/gid when running setuid, then clears all capability sets.
/// Throws std::system_error if the drop fails (continuing privileged would be worse).
void drop_privileges();

/// True when the effective capability set is empty.
[[nodiscard]] bool holds_no_capabilities() noexcept;

}  // namespace nettrio
