#pragma once
// Privilege handling, as iputils ping does it. First thing in main, limit_privileges() keeps
// CAP_NET_RAW in the permitted set only (a setuid-root install becomes the real user), so
// options, target files, stdin and names are handled with no privilege in effect. The
// effective bit is raised only around the socket() calls that need it
// (socket_with_net_raw), and drop_privileges() then clears every set for good.
// Every function that can fail throws std::system_error saying what it was doing.
// Capability sets belong to a thread (the uid/gid changes are process-wide in glibc): call
// these from the main thread before any other thread is started.

namespace nettrio {

/// First thing in main, before parsing anything. For a user other than root: a setuid or
/// setgid install takes the real uid and gid for good (PR_SET_KEEPCAPS keeps the permitted
/// set across setresuid), and every capability goes except CAP_NET_RAW, which stays
/// permitted but not effective (a `cap_net_raw+p` install has it so already). The ambient
/// and inheritable sets are cleared. Root's own capabilities are left alone: they are the
/// user's, not the install's. Idempotent.
void limit_privileges();

/// socket(2) with CAP_NET_RAW raised in the effective set for this one call when it is
/// permitted, lowered again before returning. Returns the descriptor, or -1 with errno set
/// by socket() (a failure to raise or lower the bit is reported as that errno).
[[nodiscard]] int socket_with_net_raw(int domain, int type, int protocol) noexcept;

/// For good: real, effective and saved uid and gid become the real ones, every capability
/// set (permitted, effective, inheritable, ambient) is emptied and no_new_privs is set.
/// Then checks that nothing is left and throws std::system_error if anything is
/// (continuing privileged would be worse than stopping). Idempotent.
void drop_privileges();

/// True when the real user is root: their capabilities are their own (`ports` keeps them to
/// show every socket's owner) and iputils' rate floor does not apply.
[[nodiscard]] bool user_is_root() noexcept;

/// True when this run got CAP_NET_RAW (or a root identity) from the install, a setuid bit or
/// a file capability, for a user other than root. Such users get iputils' floor on probe
/// rates (ping_options in ping/pinger.hpp).
[[nodiscard]] bool privileged_by_install() noexcept;

/// True when no capability is left in any set (permitted, effective, inheritable, ambient),
/// every uid and gid is the real one, and no_new_privs is set.
[[nodiscard]] bool holds_no_privileges() noexcept;

}  // namespace nettrio
