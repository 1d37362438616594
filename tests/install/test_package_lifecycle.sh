#!/usr/bin/env bash
# package.lifecycle: the .deb package.build made is installed, upgraded over an older build,
# reinstalled, removed and purged with dpkg in a throwaway root, then installed and purged once more with
# setcap missing. After each purge nothing of nettrio is left.
#
# The throwaway root is this host seen through an overlay, in a private mount namespace
# (unshare --mount): lowerdir=/ read-only, every write going to a tmpfs that vanishes with
# the namespace, the real /dev and a fresh /proc bound in, and dpkg run in it by chroot. So
# the host's own dpkg database and the libraries the package depends on are there as they
# are (no mmdebstrap: building a Debian root takes minutes and a mirror), nothing touches
# the host, and the overlay's upper layer is the exact list of what the package left
# behind. Needs root (mount namespaces, overlayfs, chroot); SKIPPED (77) otherwise.
# Sends only to 127.0.0.1 (nobody pings it through the file capability).
set -u
out=${1:?usage: test_package_lifecycle.sh OUT_DIR}
out=$(cd "$out" 2>/dev/null && pwd) || out=$1

if [[ -z ${NETTRIO_PKG_NS:-} ]]; then
  if [[ $(id -u) != 0 ]]; then
    echo "SKIPPED: needs root (a mount namespace, an overlay and chroot for the throwaway root)" >&2
    exit 77
  fi
  for f in new.deb old.deb; do
    if [[ ! -e $out/$f ]]; then
      echo "SKIPPED: no $out/$f (package.build did not run or was skipped)" >&2
      exit 77
    fi
  done
  for tool in unshare chroot dpkg getcap; do
    if ! command -v "$tool" >/dev/null; then
      echo "SKIPPED: $tool not found" >&2
      exit 77
    fi
  done
  if ! unshare --mount --propagation private true 2>/dev/null; then
    echo "SKIPPED: unshare --mount fails here (a container without CAP_SYS_ADMIN?)" >&2
    exit 77
  fi
  NETTRIO_PKG_NS=1 exec unshare --mount --propagation private "$BASH" "$0" "$@"
fi

# --- inside the mount namespace: build the throwaway root -------------------------------
tmp=$(mktemp -d)
if ! mount -t tmpfs -o mode=0755 nettrio-pkg "$tmp"; then
  rmdir "$tmp"
  echo "SKIPPED: cannot mount a tmpfs (no CAP_SYS_ADMIN here?)" >&2
  exit 77
fi
cleanup() {
  umount -R "$tmp/root" 2>/dev/null
  umount "$tmp" 2>/dev/null
  rmdir "$tmp" 2>/dev/null
}
trap cleanup EXIT
root=$tmp/root
mkdir "$tmp/upper" "$tmp/work" "$root"
if ! mount -t overlay nettrio-pkg -o "lowerdir=/,upperdir=$tmp/upper,workdir=$tmp/work" "$root"; then
  echo "SKIPPED: cannot mount an overlay over / (kernel without overlayfs?)" >&2
  exit 77
fi
mount --rbind /dev "$root/dev" && mount -t proc proc "$root/proc" &&
  mount -t tmpfs -o mode=1777 nettrio-pkg-tmp "$root/tmp" || {
  echo "FAIL cannot set up /dev, /proc and /tmp in the throwaway root"
  exit 1
}
cp "$out/new.deb" "$root/tmp/new.deb" && cp "$out/old.deb" "$root/tmp/old.deb"
# man-db/auto-update off, as an admin sets it with debconf: man-db's dpkg trigger would
# otherwise run mandb after each dpkg run, 7 s each in the overlay. man -w finds
# the pages without the index.
rm -f "$root/var/lib/man-db/auto-update"

# lab_pass, lab_fail, lab_check, lab_finish: the one assertion idiom (tests/lib/checks.sh).
# shellcheck source=../lib/checks.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/../lib/checks.sh"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 "$@"; }
step=0
dpkg_step() {  # DESC EXPECTED_RC dpkg-args...: runs dpkg in the root, logs to OUT/dpkg-N.log
  local desc=$1 want=$2
  shift 2
  step=$((step + 1))
  local log=$out/dpkg-$step.log t0=$SECONDS
  in_root dpkg "$@" >"$log" 2>&1
  local rc=$?
  if [[ $rc == "$want" ]]; then
    lab_pass "$desc: dpkg $* ($((SECONDS - t0)) s)"
  else
    lab_fail "$desc: dpkg $* exited $rc"
    sed 's/^/  /' "$log"
  fi
}
status() { in_root dpkg-query -W -f='${Status} ${Version}' nettrio 2>/dev/null; }
version=$(dpkg-deb -f "$out/new.deb" Version)
old_version=$(dpkg-deb -f "$out/old.deb" Version)

if [[ -n $(status | grep -v '^unknown ok not-installed') ]] || [[ -e $root/usr/bin/nettrio ]]; then
  echo "SKIPPED: nettrio is installed on this host ($(status)); the throwaway root copies it" >&2
  exit 77
fi

# What the overlay's upper layer may hold once nettrio is purged: dpkg's and man-db's own
# bookkeeping, and what the test itself changed (the setcap it hides). Directories copied up
# on the way (usr/bin for the links) stay as directories the host has too. man-db's index
# (/var/cache/man, not updated here, see above) would keep a removed package's whatis
# entries until its daily cron job: its trigger runs `mandb -p`, which never purges.
leftovers() {  # prints every path of the upper layer that is nettrio's, or not bookkeeping
  (cd "$tmp/upper" && find . -mindepth 1 | sed 's|^\./||') | while read -r p; do
    case $p in
      var/lib/dpkg | var/lib/dpkg/* | var/log | var/log/dpkg.log | var/log/alternatives.log) ;;
      var/cache/man | var/cache/man/*) ;;
      usr/sbin/setcap | sbin/setcap | var/lib/man-db | var/lib/man-db/auto-update) ;;
      *)
        [[ -d $tmp/upper/$p && ! -L $tmp/upper/$p && -d /$p && ! -L /$p ]] || echo "$p"
        ;;
    esac
  done
  # dpkg must have forgotten the package: no status entry, no info files.
  grep -l '^Package: nettrio$' "$tmp/upper/var/lib/dpkg/status" 2>/dev/null
  ls "$tmp/upper/var/lib/dpkg/info/" 2>/dev/null | grep '^nettrio[.:]' | sed 's|^|var/lib/dpkg/info/|'
}
nothing_left() {  # DESC
  local left
  left=$(leftovers)
  if [[ -z $left ]]; then
    lab_pass "$1: nothing of nettrio left (upper layer: $(cd "$tmp/upper" && find . -type f | wc -l) bookkeeping files)"
  else
    lab_fail "$1: left behind:"
    sed 's/^/  /' <<<"$left"
  fi
  lab_check "$1: man -w nettrio finds no page" bash -c '! chroot "$1" man -w nettrio >/dev/null 2>&1' _ "$root"
}
installed_ok() {  # DESC VERSION
  local desc=$1 v=$2
  lab_check "$desc: status install ok installed $v" test "$(status)" = "install ok installed $v"
  lab_check "$desc: /usr/bin/nettrio has cap_net_raw=p (getcap: $(getcap "$root/usr/bin/nettrio"))" \
    bash -c 'getcap "$1" | grep -Eq "cap_net_raw[=+]p$"' _ "$root/usr/bin/nettrio"
  local missing=""
  while read -r f; do
    [[ -e $root$f || -L $root$f ]] || missing+=" $f"
  done < <(in_root dpkg-query -L nettrio)
  lab_check "$desc: every file dpkg lists is there${missing:+; missing:$missing}" test -z "$missing"
  lab_check "$desc: nettrio --version runs" \
    bash -c 'chroot "$1" /usr/bin/nettrio --version 2>&1 | grep -q "^nettrio [0-9]"' _ "$root"
  lab_check "$desc: man -w nettrio-trace finds the page" \
    bash -c 'chroot "$1" man -w nettrio-trace | grep -q "nettrio-trace.1"' _ "$root"
}

# --- install the older build, upgrade, remove, purge -----------------------------------
t_all=$SECONDS
dpkg_step "install the older build $old_version" 0 -i /tmp/old.deb
installed_ok "older build" "$old_version"
lab_check "older build: its man pages uncompressed, no nettrio-* links (the layout before issue 18)" \
  bash -c '[[ -f $1/usr/share/man/man1/nettrio.1 && ! -e $1/usr/bin/nettrio-ping ]]' _ "$root"
dpkg_step "upgrade to $version" 0 -i /tmp/new.deb
lab_check "upgrade: dpkg unpacked $version over $old_version" \
  grep -qF "over ($old_version)" "$out/dpkg-$step.log"
lab_check "upgrade: the postinst said nothing (setcap worked)" \
  bash -c '! grep -q "^nettrio:" "$1"' _ "$out/dpkg-$step.log"
lab_check "upgraded: nettrio-ping --help shows its own usage" \
  bash -c 'chroot "$1" /usr/bin/nettrio-ping --help 2>&1 | head -1 | grep -qF "Usage: nettrio-ping"' _ "$root"
lab_check "upgraded: man -w nettrio-trace finds the compressed page" \
  bash -c 'chroot "$1" man -w nettrio-trace | grep -q "nettrio-trace.1.gz$"' _ "$root"
installed_ok "upgraded" "$version"
lab_check "upgraded: the old uncompressed man pages are gone, the links are there" \
  bash -c '[[ -z $(ls "$1"/usr/share/man/man1/nettrio*.1 2>/dev/null) && -L $1/usr/bin/nettrio-ping ]]' _ "$root"
lab_check "upgraded: dpkg --verify finds every file as packaged" \
  bash -c '[[ -z $(chroot "$1" dpkg --verify nettrio 2>&1) ]]' _ "$root"
dpkg_step "reinstall $version (the postinst runs again)" 0 -i /tmp/new.deb
installed_ok "reinstalled" "$version"
# The capability at work: nobody pings loopback over the raw socket it allows.
if chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin setpriv --reuid=nobody --regid=nogroup \
  --clear-groups /usr/bin/nettrio ping -c 1 -W 2 127.0.0.1 >"$out/nobody.log" 2>&1; then
  lab_pass "nobody: nettrio ping -c 1 127.0.0.1 answered"
else
  lab_fail "nobody: nettrio ping 127.0.0.1"
  sed 's/^/  /' "$out/nobody.log"
fi
dpkg_step "remove" 0 -r nettrio
lab_check "removed: /usr/bin/nettrio and its links are gone" \
  bash -c '! ls "$1"/usr/bin/nettrio* >/dev/null 2>&1' _ "$root"
dpkg_step "purge" 0 -P nettrio
nothing_left "purged"

# --- setcap missing (libcap2-bin is only recommended) -----------------------------------
setcap=$(in_root sh -c 'command -v setcap')
[[ -n $setcap ]] && rm -f "$root$(in_root readlink -f "$setcap")"
lab_check "setcap hidden in the throwaway root" bash -c '! chroot "$1" sh -c "command -v setcap" >/dev/null' _ "$root"
dpkg_step "install $version without setcap" 0 -i /tmp/new.deb
lab_check "without setcap: installed all the same" test "$(status)" = "install ok installed $version"
lab_check "without setcap: the postinst says why (setcap was not found, libcap2-bin)" \
  grep -q "nettrio: setcap was not found (package libcap2-bin), so /usr/bin/nettrio has no CAP_NET_RAW" \
  "$out/dpkg-$step.log"
lab_check "without setcap: and what does not work (ping_group_range)" \
  grep -q "need their group in net.ipv4.ping_group_range" "$out/dpkg-$step.log"
lab_check "without setcap: no capability on /usr/bin/nettrio" test -z "$(getcap "$root/usr/bin/nettrio")"
grep '^nettrio:' "$out/dpkg-$step.log" | sed 's/^/  postinst: /'
dpkg_step "purge" 0 -P nettrio
nothing_left "purged again"

echo "install, upgrade, reinstall, remove, purge, install without setcap, purge: $((SECONDS - t_all)) s"
echo "all package lifecycle checks passed"
lab_finish
