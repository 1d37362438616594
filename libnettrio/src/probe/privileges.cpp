#include <nettrio/probe/privileges.hpp>

#include <sys/capability.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

namespace nettrio {

namespace {
uid_t g_saved_euid = 0;
bool g_lowered = false;
}  // namespace

void lower_setuid() noexcept {
  const uid_t ruid = ::getuid();
  const uid_t euid = ::geteuid();
  if (euid == ruid) return;
  if (::seteuid(ruid) == 0) {
    g_saved_euid = euid;
    g_lowered = true;
  }
}

void raise_setuid() noexcept {
  if (g_lowered && ::seteuid(g_saved_euid) == 0) g_lowered = false;
}

void drop_privileges() {
  // All three ids (real, effective, saved) become the real one, so a lowered setuid
  // process cannot take root back either.
  uid_t ru = 0, eu = 0, su = 0;
  gid_t rg = 0, eg = 0, sg = 0;
  ::getresuid(&ru, &eu, &su);
  ::getresgid(&rg, &eg, &sg);
  if ((eg != rg || sg != rg) && ::setresgid(rg, rg, rg) != 0)
    throw std::system_error(errno, std::generic_category(), "cannot drop setgid privilege");
  if ((eu != ru || su != ru) && ::setresuid(ru, ru, ru) != 0)
    throw std::system_error(errno, std::generic_category(), "cannot drop setuid privilege");
  g_lowered = false;
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
