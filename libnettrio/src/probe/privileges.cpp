#include <nettrio/probe/privileges.hpp>

#include <sys/capability.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

namespace nettrio {

void drop_privileges() {
  const uid_t ruid = ::getuid();
  const gid_t rgid = ::getgid();
  if (::getegid() != rgid && ::setresgid(rgid, rgid, rgid) != 0)
    throw std::system_error(errno, std::generic_category(), "cannot drop setgid privilege");
  if (::geteuid() != ruid && ::setresuid(ruid, ruid, ruid) != 0)
    throw std::system_error(errno, std::generic_category(), "cannot drop setuid privilege");
  cap_t none = ::cap_init();
  if (!none) throw std::system_error(errno, std::generic_category(), "cap_init");
  const int rc = ::cap_set_proc(none);
  ::cap_free(none);
  if (rc != 0) throw std::system_error(errno, std::generic_category(), "cannot drop capabilities");
  ::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
}

bool holds_no_capabilities() noexcept {
  cap_t caps = ::cap_get_proc();
  if (!caps) return false;
  cap_t none = ::cap_init();
  const bool empty = none && ::cap_compare(caps, none) == 0;
  ::cap_free(caps);
  if (none) ::cap_free(none);
  return empty;
}

}  // namespace nettrio
