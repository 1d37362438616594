#!/usr/bin/env bash
# classic.netstat: nettrio under the name `netstat` against net-tools netstat 2.10, side by
# side in the lab's "listeners" namespace (tests/lab/lib.sh: TCP/UDP listeners on
# wildcard, loopback, specific and IPv6 addresses, established loopback pairs, all owned
# by one nt-listener process). Both run there with the same arguments, each found as
# `netstat` in PATH (so argv[0] is the same); stdout, stderr and the exit code are
# compared. Normalised only where the two runs must differ: counters that move between the
# runs (-i, -s), and the countdown of -o timers. Then the consumers: jc's netstat parser
# gives the same JSON, and the runbook one-liners count the same.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/../ports/common.sh"
ports_lab_up netstat jc

mine=$LAB_TMP/classic-netstat
mkdir -p "$mine"
ln -sf "$NETTRIO_BIN" "$mine/netstat"
genuine_dir=$(dirname -- "$(command -v netstat)")

# UNIX sockets in the namespace (a fresh one has none): a listener with a path and a
# connected pair, held by one python3 process (the teardown kills what is left in the
# namespace).
lab_client python3 -c '
import socket, sys, time
l = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
l.bind(sys.argv[1]); l.listen()
c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM); c.connect(sys.argv[1])
a, _ = l.accept()
d = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); d.bind(sys.argv[1] + ".dgram")
print("ready", flush=True)
time.sleep(600)' "$LAB_TMP/nt-unix.sock" >"$LAB_TMP/unix.out" 2>&1 &
unix_pid=$!
for _ in $(seq 100); do grep -qx ready "$LAB_TMP/unix.out" 2>/dev/null && break; sleep 0.05; done

# run WHICH ARGS...: "stdout", then "--- stderr", then "--- rc N".
run() {
    local which=$1 path
    shift
    if [[ $which == nettrio ]]; then path=$mine:$PATH; else path=$genuine_dir:$PATH; fi
    local out err rc=0
    out=$(lab_client env PATH="$path" LC_ALL=C netstat "$@" 2>"$LAB_TMP/ns.err") || rc=$?
    err=$(cat "$LAB_TMP/ns.err")
    printf '%s\n--- stderr\n%s\n--- rc %s\n' "$out" "$err" "$rc"
}

# same DESC NORMALISER ARGS...: both give the same after NORMALISER (cat for none).
same() {
    local desc=$1 norm=$2
    shift 2
    local a b
    a=$(run netstat "$@" | $norm)
    b=$(run nettrio "$@" | $norm)
    LAB_CONTEXT=$(diff <(printf '%s\n' "$a") <(printf '%s\n' "$b") || true)
    lab_check "netstat $* ($desc)" test "$a" == "$b"
}

digits() { sed -E 's/[0-9]+/N/g'; }
timers() { sed -E 's/\(([0-9]+\.[0-9]+)\//(T\//'; }

# The socket table in the letter combinations runbooks use.
for args in "-tln" "-tlnp" "-tunap" "-tulpen" "-tn" "-tno" "-uln" "-ulnp" "-lnW" "-an" \
    "-tln -A inet" "-tln -A inet6" "-ln -4" "-ln -6" "-tlnpe" "-tlnpee" "-lnt --programs" \
    "-tl" "-tul" "-ta" "-tuna --numeric-hosts" "-wln" "-tunlp -W" "--inet -ln" \
    "--tcp --listening --numeric"; do
    # shellcheck disable=SC2086
    same "socket table" cat $args
done
# shellcheck disable=SC2086
same "timers" timers -tnao

# UNIX domain sockets, routes, interfaces, statistics.
for args in "-x" "-xl" "-xa" "-xlp" "-A unix -a"; do
    # shellcheck disable=SC2086
    same "unix" cat $args
done
for args in "-r" "-rn" "-rne" "-rnee" "-nr" "-rC" "-rCF" "-rN" "-rCee" "-rn -6" "-r -6" "-rn -A inet6"; do
    # shellcheck disable=SC2086
    same "routes" cat $args
done
for args in "-gn" "-g" "-gn -4" "-gn -6" "-gtn"; do
    # shellcheck disable=SC2086
    same "groups" cat $args
done
for args in "-i" "-ia" "-in"; do
    # shellcheck disable=SC2086
    same "interfaces" digits $args
done
# The long list (ifconfig's blocks): counters and their units may move between the two runs.
ifunits() { sed -E 's/[0-9]+/N/g; s/\(N\.N [KMGTP]?i?B\)/(U)/g'; }
for args in "-ie" "-iea" "-ei" "--interfaces --extend -a"; do
    # shellcheck disable=SC2086
    same "interfaces, long" ifunits $args
done
for args in "-s" "-st" "-su" "-sw" "-s -6" "-s -A inet"; do
    # shellcheck disable=SC2086
    same "statistics" digits $args
done

# Bad input and the odd corners: the same words on the same stream, the same exit code.
for args in "-k" "-h" "--help" "-V" "-A foo" "-r -i" "--tc" "--tcpip -ln" "-Z" "-S"; do
    # shellcheck disable=SC2086
    same "usage" cat $args
done

# Runbook one-liners.
for cmd in "netstat -tn | grep -c ESTABLISHED" "netstat -tln | awk 'NR>2' | wc -l" \
    "netstat -tunap | awk 'NR>2 {print \$6}' | sort | uniq -c" \
    "netstat -tlnp | awk 'NR>2 {print \$4, \$7}'" "netstat -uln | awk 'NR>2 {print \$6}'"; do
    a=$(lab_client env PATH="$genuine_dir:$PATH" bash -c "$cmd" || true)
    b=$(lab_client env PATH="$mine:$PATH" bash -c "$cmd" || true)
    LAB_CONTEXT="netstat:"$'\n'"$a"$'\n'"nettrio:"$'\n'"$b"
    lab_check "runbook: $cmd" test "$a" == "$b"
done
est=$(lab_client env PATH="$mine:$PATH" bash -c "netstat -tn | grep -c ESTABLISHED" || true)
lab_check "the lab's established loopback pairs are counted (4)" test "$est" -eq 4

# jc's netstat parser: the same structure from both.
for args in "-tlnp" "-tunap" "-rn" "-i" "-x" "-xa" "-tln" "-an"; do
    # shellcheck disable=SC2086
    a=$(lab_client env PATH="$genuine_dir:$PATH" netstat $args 2>/dev/null | jc --netstat)
    # shellcheck disable=SC2086
    b=$(lab_client env PATH="$mine:$PATH" netstat $args 2>/dev/null | jc --netstat)
    if [[ $args == -i ]]; then
        a=$(jq -c 'map(del(.rx_ok, .tx_ok, .rx_err, .tx_err, .rx_drp, .tx_drp))' <<<"$a")
        b=$(jq -c 'map(del(.rx_ok, .tx_ok, .rx_err, .tx_err, .rx_drp, .tx_drp))' <<<"$b")
    fi
    LAB_CONTEXT="netstat:"$'\n'"$a"$'\n'"nettrio:"$'\n'"$b"
    lab_check "jc --netstat on netstat $args: the same JSON" test "$a" == "$b"
    lab_check "jc --netstat on netstat $args: not empty" test "$(jq length <<<"$b")" -gt 0
done

# nettrio's notes stay off unless asked for, and then go to stderr.
out=$(lab_client env PATH="$mine:$PATH" NETTRIO_HINTS=1 netstat -lnU 2>/dev/null)
plain=$(lab_client env PATH="$genuine_dir:$PATH" netstat -lnU 2>/dev/null)
LAB_CONTEXT=$out
lab_check "NETTRIO_HINTS=1 leaves stdout as netstat's" test "$out" == "$plain"

kill "$unix_pid" 2>/dev/null || true
lab_finish
