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
# net-tools prints a counter only once it is nonzero, and the namespace's own IPv6 traffic
# (neighbour discovery after its addresses came up) can move one from zero between two runs:
# nettrio's run is compared with the genuine tool's just before and just after it, and must
# be the same as one of them.
same_stats() {
    local a1 b a2
    a1=$(run netstat "$@" | digits)
    b=$(run nettrio "$@" | digits)
    a2=$(run netstat "$@" | digits)
    LAB_CONTEXT=$(diff <(printf '%s\n' "$a1") <(printf '%s\n' "$b") || true)
    lab_check "netstat $* (statistics)" test "$b" == "$a1" -o "$b" == "$a2"
}
for args in "-s" "-st" "-su" "-sw" "-s -6" "-s -A inet"; do
    # shellcheck disable=SC2086
    same_stats $args
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

# The long interface list exactly, on one of each kind of interface a lab namespace can hold
# (added last, so the tables above see the plain namespace): loopback, a veth pair (one end
# a bridge port), a bridge, a dummy (an ifb where the kernel has no dummy driver) with two
# IPv4 and two IPv6 addresses, a tun with a point-to-point peer and no reader (UNSPEC
# hardware, no RUNNING), a tap that is down, a dummy that is down with an address, and an
# IPv4 alias label (nt-dummy0:5: no statistics).
zoo_dummy() { lab_client ip link add "$1" type dummy 2>/dev/null || lab_client ip link add "$1" type ifb; }
zoo_dummy nt-dummy0
lab_client ip addr add 198.18.250.1/24 dev nt-dummy0
lab_client ip addr add 198.18.251.1/25 dev nt-dummy0
lab_client ip addr add 2001:db8:250::1/64 dev nt-dummy0 nodad
lab_client ip addr add 2001:db8:251::1/80 dev nt-dummy0 nodad
lab_client ip addr add 198.18.249.1/24 dev nt-dummy0 label nt-dummy0:5
lab_client ip link set nt-dummy0 up
lab_client ip link add nt-br0 type bridge
lab_client ip addr add 198.18.252.1/24 dev nt-br0
lab_client ip link add nt-va type veth peer name nt-vb
lab_client ip link set nt-vb master nt-br0
lab_client ip addr add 198.18.253.1/30 dev nt-va
lab_client ip addr add 2001:db8:253::1/127 dev nt-va nodad
for l in nt-br0 nt-va nt-vb; do lab_client ip link set "$l" up; done
lab_client ip tuntap add dev nt-tun0 mode tun
lab_client ip addr add 198.18.254.1 peer 198.18.254.2 dev nt-tun0
lab_client ip link set nt-tun0 up
lab_client ip tuntap add dev nt-tap0 mode tap
zoo_dummy nt-down
lab_client ip addr add 198.18.255.1/24 dev nt-down
# same_still DESC ARGS...: netstat, nettrio, netstat again; when both netstat runs agree the
# counters stood still between them and nettrio's output must be the same byte for byte.
# New links send IPv6 neighbour and multicast packets for a few seconds: it tries again
# (up to 30 s), then compares with the counter lines' digits normalised.
counters() {
    sed -E '/^        (RX|TX) (packets|errors)/ s/[0-9]+/N/g; s/\(N\.N [KMGTP]?i?B\)/(U)/g' |
        awk '/^[^ ]/ && !/flags=|^Kernel|^Iface/ { t = substr($0, 23); gsub(/[0-9]+/, "N", t); $0 = substr($0, 1, 22) t } 1'
}
same_still() {
    local desc=$1 a b a2 try
    shift
    for ((try = 0; try < 60; try++)); do
        a=$(run netstat "$@")
        b=$(run nettrio "$@")
        a2=$(run netstat "$@")
        [[ $a == "$a2" ]] && break
        sleep 0.5
    done
    if [[ $a != "$a2" ]]; then
        echo "netstat $*: the counters kept moving; comparing without them" >&2
        a=$(counters <<<"$a")
        b=$(counters <<<"$b")
    fi
    LAB_CONTEXT=$(diff <(printf '%s\n' "$a") <(printf '%s\n' "$b") || true)
    lab_check "netstat $* ($desc)" test "$a" == "$b"
}
for args in "-ie" "-iea" "-i -e -a" "-i" "-ia"; do
    # shellcheck disable=SC2086
    same_still "every kind of interface, exactly" $args
done
# The kinds are there (a test that cannot fail is no test): each name with its own lines.
zoo=$(run netstat -iea)
for want in "nt-tun0: flags=4241<UP,POINTOPOINT,NOARP,MULTICAST>" "destination 198.18.254.2" \
    "unspec 00-00-00-00-00-00-00-00-00-00-00-00-00-00-00-00" "nt-tap0: flags=4098<BROADCAST,MULTICAST>" \
    "inet6 2001:db8:251::1  prefixlen 80  scopeid 0x0<global>" "inet 198.18.255.1" \
    "inet6 ::1  prefixlen 128  scopeid 0x10<host>" "nt-br0: " "nt-vb: " "nt-dummy0:5: "; do
    LAB_CONTEXT=$zoo
    lab_check "netstat -iea shows '$want'" grep -qF -- "$want" <<<"$zoo"
done

kill "$unix_pid" 2>/dev/null || true
lab_finish
