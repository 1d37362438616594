#include <nettrio/probe/privileges.hpp>

#include <spdlog/spdlog.h>
#include <sys/capability.h>
#include <sys/fsuid.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

namespace nettrio {

namespace {

bool g_limited = false;     // limit_privileges() ran for a user other than root
bool g_net_raw = false;     // CAP_NET_RAW is permitted: raise it around socket()
bool g_by_install = false;  // ... and it came from the install, for a user other than root

[[noreturn]] void fail(int err, const char* what) {
  throw std::system_error(err, std::generic_category(), what);
}

// Owns a cap_t. A caller that fails reads errno before this frees it (fail(errno, ...) is
// evaluated before the throw unwinds): cap_free may change errno.
struct caps {
  cap_t c;
  explicit caps(cap_t value) : c(value) {}
  caps(const caps&) = delete;
  caps& operator=(const caps&) = delete;
  ~caps() {
    if (c) ::cap_free(c);
  }
};

// PR_CAP_AMBIENT exists since Linux 4.3; EINVAL before it means there is nothing to clear.
int clear_ambient() noexcept {
  if (::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) != 0 && errno != EINVAL) return -1;
  return 0;
}

// Sets or clears CAP_NET_RAW in the effective set. Returns 0, or -1 with errno set by the
// call that failed (saved across cap_free, which may change it).
int set_net_raw_effective(cap_flag_value_t value) noexcept {
  cap_t cur = ::cap_get_proc();
  if (!cur) return -1;
  const cap_value_t raw = CAP_NET_RAW;
  int rc = ::cap_set_flag(cur, CAP_EFFECTIVE, 1, &raw, value);
  if (rc == 0) rc = ::cap_set_proc(cur);
  const int err = errno;
  ::cap_free(cur);
  errno = err;
  return rc == 0 ? 0 : -1;
}

}  // namespace

void limit_privileges() {
  uid_t ru = 0, eu = 0, su = 0;
  gid_t rg = 0, eg = 0, sg = 0;
  if (::getresuid(&ru, &eu, &su) != 0 || ::getresgid(&rg, &eg, &sg) != 0)
    fail(errno, "cannot read the process's user and group ids");
  if (ru == 0 || g_limited) return;

  cap_flag_value_t raw = CAP_CLEAR;
  {
    caps cur(::cap_get_proc());
    if (!cur.c) fail(errno, "cannot read the process's capabilities");
    if (::cap_get_flag(cur.c, CAP_NET_RAW, CAP_PERMITTED, &raw) != 0)
      fail(errno, "cannot read CAP_NET_RAW");
  }
  if (eu != ru || su != ru || eg != rg || sg != rg) {
    // Installed setuid/setgid: the real ids for good. KEEPCAPS keeps the permitted set
    // across the change away from uid 0 (the effective set is cleared by it); the group
    // goes first, while the effective uid may still change it.
    if (::prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0) != 0) fail(errno, "cannot set PR_SET_KEEPCAPS");
    if (::setresgid(rg, rg, rg) != 0) fail(errno, "cannot drop setgid privilege");
    if (::setresuid(ru, ru, ru) != 0) fail(errno, "cannot drop setuid privilege");
    if (::prctl(PR_SET_KEEPCAPS, 0, 0, 0, 0) != 0) fail(errno, "cannot clear PR_SET_KEEPCAPS");
  }
  caps want(::cap_init());
  if (!want.c) fail(errno, "cannot allocate a capability set");
  if (raw == CAP_SET) {
    const cap_value_t net_raw = CAP_NET_RAW;
    if (::cap_set_flag(want.c, CAP_PERMITTED, 1, &net_raw, CAP_SET) != 0)
      fail(errno, "cannot build the capability set");
  }
  if (::cap_set_proc(want.c) != 0) fail(errno, "cannot limit capabilities to CAP_NET_RAW");
  if (clear_ambient() != 0) fail(errno, "cannot clear the ambient capabilities");
  g_net_raw = raw == CAP_SET;
  g_by_install = g_net_raw;
  g_limited = true;
}

int socket_with_net_raw(int domain, int type, int protocol) noexcept {
  if (!g_net_raw) return ::socket(domain, type, protocol);
  if (set_net_raw_effective(CAP_SET) != 0) return -1;
  const int fd = ::socket(domain, type, protocol);
  const int err = errno;
  if (set_net_raw_effective(CAP_CLEAR) != 0) {
    // Never hand out a socket while the bit stays up; drop_privileges() clears it anyway.
    const int lower_err = errno;
    if (fd >= 0) ::close(fd);
    errno = lower_err;
    return -1;
  }
  errno = err;
  return fd;
}

void drop_privileges() {
  // All three ids (real, effective, saved) become the real ones, so a setuid process cannot
  // take root back either; then every capability set is emptied.
  uid_t ru = 0, eu = 0, su = 0;
  gid_t rg = 0, eg = 0, sg = 0;
  if (::getresuid(&ru, &eu, &su) != 0 || ::getresgid(&rg, &eg, &sg) != 0)
    fail(errno, "cannot read the process's user and group ids");
  if ((eg != rg || sg != rg) && ::setresgid(rg, rg, rg) != 0)
    fail(errno, "cannot drop setgid privilege");
  if ((eu != ru || su != ru) && ::setresuid(ru, ru, ru) != 0)
    fail(errno, "cannot drop setuid privilege");
  {
    caps none(::cap_init());
    if (!none.c) fail(errno, "cannot allocate a capability set");
    if (::cap_set_proc(none.c) != 0) fail(errno, "cannot drop capabilities");
  }
  if (clear_ambient() != 0) fail(errno, "cannot clear the ambient capabilities");
  if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) fail(errno, "cannot set no_new_privs");
  g_net_raw = false;
  if (!holds_no_privileges())
    throw std::system_error(std::make_error_code(std::errc::operation_not_permitted),
                            "privileges are still held after dropping them");
  spdlog::debug("privileges dropped: no capabilities left");
}

bool user_is_root() noexcept {
  return ::getuid() == 0;
}

bool privileged_by_install() noexcept {
  return g_by_install;
}

bool holds_no_privileges() noexcept {
  uid_t ru = 0, eu = 0, su = 0;
  gid_t rg = 0, eg = 0, sg = 0;
  if (::getresuid(&ru, &eu, &su) != 0 || ::getresgid(&rg, &eg, &sg) != 0) return false;
  if (eu != ru || su != ru || ::setfsuid(static_cast<uid_t>(-1)) != static_cast<int>(ru))
    return false;
  if (eg != rg || sg != rg || ::setfsgid(static_cast<gid_t>(-1)) != static_cast<int>(rg))
    return false;
  {
    caps cur(::cap_get_proc());
    caps none(::cap_init());
    if (!cur.c || !none.c || ::cap_compare(cur.c, none.c) != 0) return false;
  }
  // The ambient set is not part of cap_get_proc(); ask for every capability number.
  for (unsigned long cap = 0; cap < 64; ++cap)
    if (::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, cap, 0, 0) == 1) return false;
  return ::prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) == 1;
}

}  // namespace nettrio
