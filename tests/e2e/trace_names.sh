#!/usr/bin/env bash
# trace.names: names come from outside (PTR records, /etc/hosts) and may hold any bytes.
# A hop whose name holds 0xff or an escape sequence shows as its address, in text and JSON;
# `trace --json` and `check --json` stay valid JSON and exit normally when the target's own
# name holds 0xff. The names live in a hosts file that `ip netns exec` bind-mounts over
# /etc/hosts for the client namespace only (/etc/netns/NAME/hosts), removed at teardown.
# And names need no thread: where none can start (RLIMIT_NPROC), they still come.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/e2e.sh"
lab_require jq setpriv prlimit
lab_init
lab_chain 2
lab_ratelimit all 0
ns=$(lab_ns c)
cleanup="rm -rf -- '/etc/netns/$ns'"
[[ -d /etc/netns ]] || cleanup+="; rmdir /etc/netns 2>/dev/null || true"  # if we made it
lab_at_exit "$cleanup"
mkdir -p "/etc/netns/$ns"
{
    echo "127.0.0.1 localhost"
    printf '%s hop1\377bad\n' "$LAB_HOP4_1"
    printf '%s \033[8mhop2\033[0m\n' "$LAB_HOP4_2"
    printf '%s dst.lab.example\n' "$LAB_DST4"
    printf '%s dst\377name\n' "$LAB_DST4"
} >"/etc/netns/$ns/hosts"
bad_target=$'dst\xffname'

# clean TEXT: no byte a terminal acts on (controls but newline, DEL, 0x80-0xff).
clean() { ! LC_ALL=C grep -qP '[\x00-\x09\x0b-\x1f\x7f-\xff]' <<<"$1"; }

lab_check "the namespace sees the hosts file" \
    bash -c "ip netns exec '$ns' getent hosts '$LAB_HOP4_1' | grep -q hop1"

# Report mode: the names are asked for during the rounds and are ready at the end.
nt_rc out trace --json -c 2 -i 0.3 -w 1 "$LAB_DST4"
lab_check "trace --json: exit 0 (reached)" test "$RC" -eq 0
lab_check "trace --json: valid JSON, reached" jq_is "$out" '.reached' true
lab_check "trace --json: only the valid name is given as a host" \
    jq_is "$out" '[.hops[].probes[].host // empty] | unique | join(",")' dst.lab.example
lab_check "trace --json: hop 1 is still its address" \
    jq_is "$out" '.hops[0].probes[0].from' "$LAB_HOP4_1"

nt_rc out trace -c 2 -i 0.3 -w 1 "$LAB_DST4"
lab_check "trace report: exit 0" test "$RC" -eq 0
lab_check "trace report: no raw control or 0xff byte" clean "$out"
lab_check "trace report: hop 1 shown as its address" \
    grep -qE "^ +1  $LAB_HOP4_1 " <<<"$out"
lab_check "trace report: hop 2 shown as its address" \
    grep -qE "^ +2  $LAB_HOP4_2 " <<<"$out"
lab_check "trace report: a valid name is kept (the name alone, as mtr's report shows it)" \
    grep -qE "^ +3  dst\.lab\.example " <<<"$out"

nt_rc out trace -w 1 "$LAB_DST4"
lab_check "trace: exit 0" test "$RC" -eq 0
lab_check "trace: no raw control or 0xff byte" clean "$out"

# Names need no thread (c-ares on the tracer's loop): with RLIMIT_NPROC 1 for an otherwise
# unused uid, where every std::thread would fail with EAGAIN, the trace ends and names come.
set +e
out=$(lab_client env ASAN_OPTIONS=detect_leaks=0 setpriv --reuid=65533 --regid=65533 \
    --clear-groups prlimit --nproc=1 "$NETTRIO" trace -v -w 1 "$LAB_DST4" 2>"$LAB_TMP/nproc.err")
RC=$?
set -e
LAB_CONTEXT="exit $RC"$'\n'"$out"$'\n'"stderr: $(cat "$LAB_TMP/nproc.err")"
lab_check "no thread can start: the trace still ends, exit 0" test "$RC" -eq 0
lab_check "no thread can start: hop 1 shown as its address" \
    grep -qE "^ 1  $LAB_HOP4_1 " <<<"$out"
lab_check "no thread can start: the destination still has its name" \
    grep -qE "^ 3  dst\.lab\.example \($LAB_DST4\) " <<<"$out"

nt_rc out trace --json -n -w 1 "$bad_target"
lab_check "trace --json to a name holding 0xff: exit 0" test "$RC" -eq 0
lab_check "trace --json: the target with U+FFFD" jq_is "$out" '.target' $'dst\uFFFDname'
nt_rc out trace -n -w 1 "$bad_target"
lab_check "trace to a name holding 0xff: exit 0" test "$RC" -eq 0
lab_check "trace: the header shows the name escaped" \
    grep -qF "traceroute to dst\\xffname ($LAB_DST4)" <<<"$out"
lab_check "trace: no raw 0xff byte" clean "$out"

nt_rc out check --json "$bad_target"
lab_check "check --json to a name holding 0xff: exit 0" test "$RC" -eq 0
lab_check "check --json: the target with U+FFFD" jq_is "$out" '.target' $'dst\uFFFDname'
nt_rc out check "$bad_target"
lab_check "check: exit 0" test "$RC" -eq 0
lab_check "check: no raw 0xff byte" clean "$out"
lab_check "check: the name escaped" grep -qF "check dst\\xffname ($LAB_DST4)" <<<"$out"
lab_finish
