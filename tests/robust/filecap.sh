#!/usr/bin/env bash
# robust.filecap: nettrio installed as iputils is (`setcap cap_net_raw+p`, 0755, root's), as
# it was before (`cap_net_raw+ep`) and setuid root, run by nobody in the lab's client
# namespace (ping_group_range '1 0': no ICMP datagram socket, so every ping below goes over
# a raw socket). Targets: 127.0.0.1.
#  - While `ping -f -` waits on stdin it holds nothing: CapEff and CapPrm 0 (the raw socket
#    is already open, and every uid is nobody's); once stdin closes the ping works.
#  - `ports` says "privileges dropped: no capabilities left" (logged after the check); run
#    by root it reads the owners first, then drops every capability before writing.
#  - `check` shows no owner for root's listener on 127.0.0.1, as `ports --check` does.
#  - iputils' floor: `ping -i 0` refused with its message, exit 2; root may.
# shellcheck disable=SC2034  # LAB_CONTEXT is read by lab_check
set -euo pipefail
source "$NETTRIO_SOURCE_DIR/tests/e2e/e2e.sh"
lab_require setpriv setcap getcap jq
lab_init
lab_chain 1
# A root-owned listener on loopback in the client namespace.
lab_listeners --ns c tcp4:127.0.0.1:8081

dir=$(mktemp -d /tmp/nettrio-filecap.XXXXXX)
lab_at_exit "rm -rf '$dir'"
chmod 755 "$dir"
install -o root -g root -m 0755 "$NETTRIO" "$dir/nettrio"
setcap cap_net_raw+p "$dir/nettrio"
install -o root -g root -m 4755 "$NETTRIO" "$dir/nettrio-suid"
# As installs before cap_net_raw+p had it: effective at exec, so it must clear it itself.
install -o root -g root -m 0755 "$NETTRIO" "$dir/nettrio-ep"
setcap cap_net_raw+ep "$dir/nettrio-ep"
ln -s nettrio "$dir/ping"
# A process started from a file with capabilities or setuid is not dumpable: LeakSanitizer
# cannot ptrace it.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

lab_check "the copy carries cap_net_raw=p only" \
    bash -c "getcap '$dir/nettrio' | grep -Eq 'cap_net_raw[=+]p\$'"
lab_check "the lab's client allows no ICMP datagram socket (ping_group_range '1 0')" \
    test "$(lab_exec c sysctl -n net.ipv4.ping_group_range | tr -s '\t ' ' ')" == "1 0"

# stdin_ping BIN : `BIN ping -v -c 2 -i 0.05 -f -` as nobody, its stdin a pipe that stays
# open until told. Sets CAPS (the Uid/Gid/Cap*/NoNewPrivs lines read while it waits),
# WAITING (no output yet when read), RC, OUT (stdout and stderr).
stdin_ping() {
    local bin=$1 ctl=$LAB_TMP/ctl pid i st="" out=$LAB_TMP/stdin_ping.out
    rm -f "$ctl"
    mkfifo "$ctl"
    { read -r _ <"$ctl"; echo 127.0.0.1; } |
        ip netns exec "$LAB_CLIENT" "${NOBODY[@]}" \
            "$bin" ping -v -c 2 -i 0.05 -f - >"$out" 2>&1 &
    pid=$!
    for ((i = 0; i < 100; i++)); do
        sleep 0.05
        [[ $(readlink "/proc/$pid/exe" 2>/dev/null) == "$bin" ]] || continue
        st=$(awk '/^(Uid|Gid|CapInh|CapPrm|CapEff|CapAmb|NoNewPrivs):/ {$1 = $1; print}' \
            "/proc/$pid/status" 2>/dev/null || true)
        # Wait for the final state, or give up after 5 s (the old code never got there).
        [[ $st == *"CapPrm: 0000000000000000"*"CapEff: 0000000000000000"* ]] && break
    done
    CAPS=$st
    WAITING=no
    if kill -0 "$pid" 2>/dev/null && ! grep -q '^PING' "$out"; then WAITING=yes; fi
    echo go >"$ctl"
    RC=0
    wait "$pid" || RC=$?
    OUT=$(cat "$out")
}
want=$NOBODY_DROPPED
for kind in filecap suid filecap_ep; do
    bin=$dir/nettrio
    [[ $kind == suid ]] && bin=$dir/nettrio-suid
    [[ $kind == filecap_ep ]] && bin=$dir/nettrio-ep
    stdin_ping "$bin"
    LAB_CONTEXT="$CAPS"$'\n'"waiting: $WAITING"
    lab_check "$kind: ping -f - waiting on stdin: CapEff 0, CapPrm 0, all ids nobody, no_new_privs" \
        test "$CAPS" == "$want"
    lab_check "$kind: it was still waiting on stdin when read" test "$WAITING" == yes
    LAB_CONTEXT="exit $RC"$'\n'"$OUT"
    lab_check "$kind: after stdin closes: 2 of 2 answered, exit 0" \
        test "$RC" -eq 0 -a "$(grep -c "2 packets transmitted, 2 received" <<<"$OUT")" -eq 1
    lab_check "$kind: over a raw socket" grep -q "ICMPv4 raw socket open" <<<"$OUT"
done

# ports: dropped before dispatch; logged once logging is up, after checking every set.
for kind in filecap suid filecap_ep; do
    bin=$dir/nettrio
    [[ $kind == suid ]] && bin=$dir/nettrio-suid
    [[ $kind == filecap_ep ]] && bin=$dir/nettrio-ep
    out=$(lab_nobody "$bin" ports -lt -v 2>&1) && rc=0 || rc=$?
    LAB_CONTEXT="exit $rc"$'\n'"$out"
    lab_check "$kind: ports as nobody: exit 0" test "$rc" -eq 0
    lab_check "$kind: ports as nobody: privileges dropped: no capabilities left" \
        grep -q "privileges dropped: no capabilities left" <<<"$out"
done

# Root reads every owner with its own capabilities, then drops them all before writing.
out=$(lab_client "$NETTRIO" ports -ltp -v 2>&1) && rc=0 || rc=$?
LAB_CONTEXT="exit $rc"$'\n'"$out"
lab_check "root: ports -ltp still shows the listener's owner" grep -q " $LAB_LISTENER_PID/" <<<"$out"
lab_check "root: ports drops every capability after reading the table" \
    grep -q "privileges dropped after reading the socket table: no capabilities left" <<<"$out"

# check reads the socket table as the user: root's listener has no visible owner.
out=$(lab_client "$dir/nettrio" check --json 127.0.0.1:8081 2>&1 || true)
LAB_CONTEXT=$out
lab_check "root: check shows the listener's owner (the test can tell)" \
    grep -q "pid $LAB_LISTENER_PID" <<<"$out"
out=$(lab_nobody "$dir/nettrio" ports --check 8081 2>&1 || true)
LAB_CONTEXT=$out
lab_check "nobody: ports --check hides the owner" grep -q "owner not visible" <<<"$out"
for kind in filecap suid; do
    bin=$dir/nettrio
    [[ $kind == suid ]] && bin=$dir/nettrio-suid
    out=$(lab_nobody "$bin" check --json 127.0.0.1:8081 2>&1) && rc=0 || rc=$?
    LAB_CONTEXT="exit $rc"$'\n'"$out"
    lab_check "$kind: check as nobody: the ports step names the binding, owner not visible" \
        jq_is "$out" '.steps[] | select(.step == "ports") | .details.bindings[0] | "\(.address) \(.owner)"' \
        "127.0.0.1 owner not visible"
    lab_check "$kind: check as nobody: no pid or process of root's listener" \
        bash -c '! grep -Eq "pid $1|$2" <<<"$3"' _ "$LAB_LISTENER_PID" "$LAB_LISTENER_COMM" "$out"
done

# iputils' floor for users other than root: 2 ms between probes, and a bounded total rate.
out=$(lab_nobody "$dir/ping" -i 0 -c 3 127.0.0.1 2>&1) && rc=0 || rc=$?
LAB_CONTEXT="exit $rc"$'\n'"$out"
lab_check "nobody: ping -i 0 refused as iputils does, exit 2" \
    test "$rc" -eq 2 -a "$out" == "ping: cannot flood; minimal interval allowed for user is 2ms"
out=$(lab_nobody "$dir/nettrio" ping -i 0.001 -c 3 127.0.0.1 2>&1) && rc=0 || rc=$?
LAB_CONTEXT="exit $rc"$'\n'"$out"
lab_check "nobody: nettrio ping -i 0.001 refused, exit 2" \
    test "$rc" -eq 2 -a "$out" == "nettrio ping: cannot flood; minimal interval allowed for user is 2ms"
out=$(lab_nobody "$dir/nettrio" ping --rate 0 -c 1 127.0.0.1 2>&1) && rc=0 || rc=$?
LAB_CONTEXT="exit $rc"$'\n'"$out"
lab_check "nobody: --rate 0 (unlimited) refused, exit 2" \
    test "$rc" -eq 2 -a "$(grep -c "cannot flood; maximal total rate" <<<"$out")" -eq 1
out=$(lab_nobody "$dir/nettrio" ping -i 0.002 -c 3 127.0.0.1 2>&1) && rc=0 || rc=$?
LAB_CONTEXT="exit $rc"$'\n'"$out"
lab_check "nobody: -i 0.002 is allowed: 3 of 3, exit 0" \
    test "$rc" -eq 0 -a "$(grep -c "3 packets transmitted, 3 received" <<<"$out")" -eq 1
out=$(lab_client "$dir/ping" -i 0 -c 3 127.0.0.1 2>&1) && rc=0 || rc=$?
LAB_CONTEXT="exit $rc"$'\n'"$out"
lab_check "root: ping -i 0 works: 3 of 3, exit 0" \
    test "$rc" -eq 0 -a "$(grep -c "3 packets transmitted, 3 received" <<<"$out")" -eq 1

lab_finish
