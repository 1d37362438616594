#!/usr/bin/env bash
# privileges.lab: once its sockets are open, nettrio holds no capabilities (CapEff 0),
# even when started as root; checked on a running ping and a running trace.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/e2e.sh"
lab_require
lab_init
lab_chain 2
lab_dst_silent   # probes go unanswered, so the processes stay alive to be inspected

capeff_of() { # CMD... : start it in the client ns, read CapEff while it runs
    ip netns exec "$LAB_CLIENT" "$NETTRIO" "$@" >/dev/null 2>&1 &
    local pid=$! i cap=""
    # ip netns exec execs, so $pid becomes nettrio; it drops right after opening sockets.
    for ((i = 0; i < 60; i++)); do
        sleep 0.05
        [[ $(readlink "/proc/$pid/exe" 2>/dev/null) == "$NETTRIO" ]] || continue
        cap=$(awk '/^CapEff:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
        [[ $cap == 0000000000000000 ]] && break
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "$cap"
}
root_cap=$(awk '/^CapEff:/ {print $2}' /proc/self/status)
lab_check "the test itself runs with capabilities ($root_cap)" test "$root_cap" != 0000000000000000
got=$(capeff_of ping -c 5 -W 2 "$LAB_DST4")
lab_check "ping as root: CapEff after open is 0 (got $got)" test "$got" == 0000000000000000
got=$(capeff_of trace -n -w 2 "$LAB_DST4")
lab_check "trace as root: CapEff after open is 0 (got $got)" test "$got" == 0000000000000000
got=$(capeff_of ping -c 5 -W 2 "$LAB_DST6")
lab_check "ping v6 as root: CapEff after open is 0 (got $got)" test "$got" == 0000000000000000

# Installed setuid root: input the user names is read as the user, not as root.
su_dir=$(mktemp -d /tmp/nettrio-setuid.XXXXXX)
lab_at_exit "rm -rf '$su_dir'"
chmod 755 "$su_dir"
cp "$NETTRIO" "$su_dir/nettrio"
chown root:root "$su_dir/nettrio"
chmod 4755 "$su_dir/nettrio"
echo 127.0.0.1 >"$su_dir/root-only"
chmod 600 "$su_dir/root-only"
echo 127.0.0.1 >"$su_dir/public"
chmod 644 "$su_dir/public"
# A setuid process is not dumpable: LeakSanitizer cannot ptrace it.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
out=$(as_nobody "$su_dir/nettrio" ping -c 1 -f "$su_dir/root-only" 2>&1) && rc=0 || rc=$?
LAB_CONTEXT=$out
if [[ $(stat -c %A "$su_dir/nettrio") == *s* ]] && ! as_nobody "$su_dir/nettrio" --version >/dev/null 2>&1; then
    echo "SKIPPED: setuid binaries do not run from $su_dir here" >&2
else
    lab_check "setuid: a root-only target file is not read for nobody (exit 2)" test "$rc" -eq 2
    lab_check "setuid: says it cannot read it" grep -q "cannot read target file" <<<"$out"
    out=$(as_nobody "$su_dir/nettrio" ping -c 1 -v -f "$su_dir/public" 2>&1) && rc=0 || rc=$?
    LAB_CONTEXT=$out
    lab_check "setuid: a readable file works, over a raw socket opened as root" test "$rc" -eq 0 -a -n "$(grep 'raw socket open' <<<"$out")"
fi
lab_finish
