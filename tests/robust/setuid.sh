#!/usr/bin/env bash
# robust.setuid: a setuid-root install of nettrio, run by an ordinary user (nobody).
#  - It can probe (raw ICMP sockets: the lab's ping_group_range allows no datagram socket).
#  - Once the sockets are open it is nobody through and through: real, effective, saved and
#    filesystem uid and gid all 65534, no capability in any set, no_new_privs set; checked
#    on a running ping and a running trace, IPv4 and IPv6.
# tests/e2e/privileges.sh covers the rest: CapEff 0 after open when started as root, and a
# setuid install reading a target file as the user (a root-only file is refused).
# shellcheck disable=SC2034  # LAB_CONTEXT is read by lab_check
set -euo pipefail
source "$NETTRIO_SOURCE_DIR/tests/e2e/e2e.sh"
lab_require setpriv
lab_init
lab_chain 2
lab_ratelimit all 0

# The setuid copy lives in a directory nobody can reach (a lab temp dir is root's 0700).
dir=$(mktemp -d /tmp/nettrio-setuid.XXXXXX)
lab_at_exit "rm -rf '$dir'"
chmod 755 "$dir"
install -o root -g root -m 4755 "$NETTRIO" "$dir/nettrio"
# A non-dumpable (setuid) process cannot be inspected by LeakSanitizer's ptrace: no leak check.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
# setuid_copy ARGS... : the setuid copy, run by nobody in the client namespace.
setuid_copy() { lab_nobody "$dir/nettrio" "$@"; }

lab_check "the lab's client allows no ICMP datagram socket (ping_group_range '1 0')" \
    test "$(lab_exec c sysctl -n net.ipv4.ping_group_range | tr -s '\t ' ' ')" == "1 0"
for fam in 4 6; do
    dst=$(lab_dst "$fam")
    out=$(setuid_copy ping -v -c 2 -i 0.05 "$dst" 2>&1) && rc=0 || rc=$?
    LAB_CONTEXT=$out
    lab_check "v$fam: setuid, run by nobody: raw ICMP socket" grep -q "ICMPv$fam raw socket open" <<<"$out"
    lab_check "v$fam: setuid, run by nobody: 2 of 2 answered, exit 0" \
        test "$rc" -eq 0 -a "$(grep -c "2 packets transmitted, 2 received" <<<"$out")" -eq 1
done

want=$NOBODY_DROPPED
# ids_of ARGS... : start the setuid copy as nobody, probing a blackholed address so it stays
# alive, and print the Uid/Gid/CapInh/CapPrm/CapEff/CapAmb/NoNewPrivs lines it runs with.
ids_of() {
    local pid i st=""
    ip netns exec "$LAB_CLIENT" "${NOBODY[@]}" \
        "$dir/nettrio" "$@" >/dev/null 2>&1 &
    pid=$!
    for ((i = 0; i < 100; i++)); do
        sleep 0.05
        [[ $(readlink "/proc/$pid/exe" 2>/dev/null) == "$dir/nettrio" ]] || continue
        st=$(awk '/^(Uid|Gid|CapInh|CapPrm|CapEff|CapAmb|NoNewPrivs):/ {$1 = $1; print}' \
            "/proc/$pid/status" 2>/dev/null || true)
        # Before its sockets are open it already has nobody's ids and CapEff 0, but still
        # CAP_NET_RAW permitted: poll until the final state or give up after 5 s.
        [[ $st == "$want" ]] && break
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    printf '%s\n' "$st"
}
for fam in 4 6; do
    silent=198.18.9.9
    [[ $fam == 6 ]] && silent=2001:db8:ff::9
    got=$(ids_of ping -c 20 -W 5 "$silent")
    LAB_CONTEXT=$got
    lab_check "v$fam: running ping: all ids nobody, no capabilities, no_new_privs" test "$got" == "$want"
    got=$(ids_of trace -n -I -w 5 "$silent")
    LAB_CONTEXT=$got
    lab_check "v$fam: running trace -I: all ids nobody, no capabilities, no_new_privs" test "$got" == "$want"
done

lab_finish
