#!/usr/bin/env bash
# classic.traceroute: nettrio linked as `traceroute` and `traceroute6` beside the genuine
# traceroute 2.1.2 on one lab path, same arguments: stdout (times normalised), stderr and
# exit code must be the same, and jc's traceroute parser must give the same structure.
# Clean path, names and -n, -q -I -f -m, packetlen, !H !X !N, silent hops, a firewall, and
# bad input; -i -s -t -r -M -O --back, !F-<mtu>, --mtu's F=NUM, and death by Ctrl-C. Names come from a hosts file
# for the client namespace (hops 1-3 named, hop 4 and the destination not); its resolv.conf
# points at a closed port, so nothing waits for a DNS server.
# Fast: the genuine tool and nettrio run side by side, and the comparisons of one lab state
# run as parallel jobs (at most 6 at a time). Routers rate-limit nothing here (icmp_ratelimit
# 0, and a large icmp_msgs_burst per namespace where the kernel has it), so concurrent runs
# get every answer.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/../lab/lib.sh"
NETTRIO=$(readlink -f "${NETTRIO:?set NETTRIO to the nettrio binary (ctest does)}")
lab_require traceroute jc jq
lab_init
lab_chain 4
lab_ratelimit all 0
for n in c r1 r2 r3 r4 d; do
    lab_exec "$n" sysctl -qw net.ipv4.icmp_msgs_burst=100000 net.ipv4.icmp_msgs_per_sec=100000 \
        >/dev/null 2>&1 || true
done

ns=$(lab_ns c)
cleanup="rm -rf -- '/etc/netns/$ns'"
[[ -d /etc/netns ]] || cleanup+="; rmdir /etc/netns 2>/dev/null || true"
lab_at_exit "$cleanup"
mkdir -p "/etc/netns/$ns"
{
    echo "127.0.0.1 localhost"
    for k in 1 2 3; do
        echo "$(lab_hop_addr "$k" 4) r$k.lab.example"
        echo "$(lab_hop_addr "$k" 6) r$k.lab.example"
    done
} >"/etc/netns/$ns/hosts"
echo "nameserver 127.0.0.1" >"/etc/netns/$ns/resolv.conf"

# Both run by their bare name from a directory of their own, so argv[0] (which the usage
# text shows) is the same.
mkdir -p "$LAB_TMP/genuine" "$LAB_TMP/nettrio"
ln -s "$(command -v traceroute)" "$LAB_TMP/genuine/traceroute"
have6=0
if command -v traceroute6 >/dev/null; then
    ln -s "$(command -v traceroute6)" "$LAB_TMP/genuine/traceroute6"
    have6=1
fi
ln -s "$NETTRIO" "$LAB_TMP/nettrio/traceroute"
ln -s "$NETTRIO" "$LAB_TMP/nettrio/traceroute6"

# Only times differ between two runs on the same path.
norm() { sed -E 's/[0-9]+\.[0-9]{3} ms/T ms/g'; }
# jc's reading with the times taken out.
jc_norm() { jc --traceroute 2>&1 | jq -S 'walk(if type == "object" and has("rtt") then .rtt = 0 else . end)' 2>&1; }

# The comparisons of one lab state run as parallel jobs (lab_job, lab_drain).
LAB_JOBS=$LAB_TMP/jobs
# side NAME ARGS... : the genuine tool and nettrio, both named NAME, with ARGS, at once
# (SERIAL=1: one after the other).
# GEN_ARGS / NT_ARGS (words) go before ARGS for one of them only.
side() {
    local name=$1
    shift
    set +e
    local -a ga nta
    read -ra ga <<<"${GEN_ARGS:-}"
    read -ra nta <<<"${NT_ARGS:-}"
    lab_client env PATH="$LAB_TMP/genuine:/usr/bin:/bin" "$name" "${ga[@]}" "$@" >g.out 2>g.err &
    local gp=$! grc=""
    # SERIAL=1: the genuine tool first, alone (raw probes: any raw socket of the protocol
    # connected to the same address reads the other's errors, as traceroute's own does).
    if [[ -n ${SERIAL:-} ]]; then
        wait $gp
        grc=$?
    fi
    lab_client env ASAN_OPTIONS=detect_leaks=0 PATH="$LAB_TMP/nettrio:/usr/bin:/bin" \
        "$name" "${nta[@]}" "$@" >n.out 2>n.err
    local nrc=$?
    if [[ -z $grc ]]; then
        wait $gp
        grc=$?
    fi
    set -e
    LAB_CONTEXT="$ $name $*"$'\n'"--- genuine (exit $grc):"$'\n'"$(cat g.out g.err)"
    LAB_CONTEXT+=$'\n'"--- nettrio (exit $nrc):"$'\n'"$(cat n.out n.err)"
    lab_check "$name $*: same stdout" cmp -s <(norm <g.out) <(norm <n.out)
    lab_check "$name $*: same stderr" cmp -s g.err n.err
    lab_check "$name $*: same exit code ($grc)" test "$grc" -eq "$nrc"
    if [[ -s g.out ]]; then
        lab_check "$name $*: jc reads the same" cmp -s <(jc_norm <g.out) <(jc_norm <n.out)
    fi
}
sj() { lab_job side "$@"; }

w=(-w "1,0,0")  # traceroute's waits without HERE/NEAR: lab RTTs are microseconds
for fam in 4 6; do
    dst=$(lab_dst "$fam")
    names=(traceroute)
    [[ $fam == 6 && $have6 == 1 ]] && names+=(traceroute6)
    for name in "${names[@]}"; do
        fam_opt=("-$fam")
        [[ $name == traceroute6 ]] && fam_opt=()
        sj "$name" "${fam_opt[@]}" -n "${w[@]}" "$dst"
        sj "$name" "${fam_opt[@]}" "${w[@]}" "$dst"
    done
    sj traceroute "-$fam" -n -q 1 "${w[@]}" "$dst"
    sj traceroute "-$fam" -I "${w[@]}" "$dst"
    sj traceroute "-$fam" -T -n "${w[@]}" "$dst"
    sj traceroute "-$fam" -n -f 2 -m 3 "${w[@]}" "$dst"
    sj traceroute "-$fam" -n "${w[@]}" "$dst" 120
    sj traceroute "-$fam" -n "$dst"  # traceroute's own waits (5,3,10)
    sj traceroute "-$fam" -nq 1 -U "${w[@]}" "$dst"
    sj traceroute "-$fam" -n -UL "${w[@]}" "$dst"  # UDP-Lite to port 53
    sj traceroute "-$fam" -n "${w[@]}" -- "$dst"
    # Where probes leave and how: -i, -s, -t, -r; -M and -O onto nettrio's methods; --back.
    sj traceroute "-$fam" -n -i l0 "${w[@]}" "$dst"
    src=LAB_CLIENT$fam
    sj traceroute "-$fam" -n -s "${!src}" "${w[@]}" "$dst"
    sj traceroute "-$fam" -n -t 16 "${w[@]}" "$dst"
    sj traceroute "-$fam" -n -M icmp -O raw "${w[@]}" "$dst"
    sj traceroute "-$fam" -n -M tcpconn "${w[@]}" "$dst"
    sj traceroute "-$fam" -n -M udp "${w[@]}" "$dst"
    sj traceroute "-$fam" -n --back "${w[@]}" "$dst"
    # --sport: a port each, or the genuine tool's socket per probe could not bind it.
    GEN_ARGS="--sport=40001" NT_ARGS="--sport=40002" sj traceroute "-$fam" -n "${w[@]}" "$dst"
    GEN_ARGS="--sport=40003" NT_ARGS="--sport=40004" sj traceroute "-$fam" -n -U "${w[@]}" "$dst"
done
sj traceroute -4 -n -r "${w[@]}" "$(lab_hop_addr 1 4)"  # SO_DONTROUTE: only the neighbour
sj traceroute -4 -n -i nosuch0 "${w[@]}" "$LAB_DST4"
sj traceroute -4 -n -s 198.19.0.77 "${w[@]}" "$LAB_DST4"
sj traceroute -4 -n -s 2001:db8::2 "$LAB_DST4"
sj traceroute -M nosuch "$LAB_DST4"
sj traceroute -O help "$LAB_DST4"
sj traceroute -I -O help "$LAB_DST4"
sj traceroute -I -O foo,bar "$LAB_DST4"
sj traceroute -M udp -O help "$LAB_DST4"
sj traceroute -t abc "$LAB_DST4"
sj traceroute --fwmark=abc "$LAB_DST4"

# Bad input: traceroute's words on stderr and its exit code.
sj traceroute
sj traceroute -X "$LAB_DST4"
sj traceroute --bogus "$LAB_DST4"
sj traceroute -n -q
sj traceroute -q 11 "$LAB_DST4"
sj traceroute -m 256 "$LAB_DST4"
sj traceroute -f 5 -m 3 "$LAB_DST4"
sj traceroute -w abc "$LAB_DST4"
sj traceroute --wait=abc "$LAB_DST4"
sj traceroute "$LAB_DST4" 5000000
sj traceroute "$LAB_DST4" abc
sj traceroute "$LAB_DST4" 60 extra
sj traceroute -6 "$LAB_DST4"
sj traceroute nosuch.invalid
sj traceroute -V
sj traceroute -nq1 "$LAB_DST4"
sj traceroute -- -n "$LAB_DST4"
sj traceroute --help
sj traceroute -P 300 "$LAB_DST4"  # socket: Invalid argument, exit 1, no header
sj traceroute -P foo "$LAB_DST4"
sj traceroute -M raw -O help "$LAB_DST4"
sj traceroute -P 47 -O help "$LAB_DST4"
sj traceroute -O help -P 47 "$LAB_DST4"
sj traceroute -M raw -O foo "$LAB_DST4"
sj traceroute -M raw -O protocol "$LAB_DST4"
sj traceroute -P 47 -I "$LAB_DST4"
sj traceroute --sport=abc "$LAB_DST4"
sj traceroute -4 -n -q 1 -M udplite -O coverage=20 -p 33434 "${w[@]}" "$LAB_DST4"
sj traceroute -UL -O help "$LAB_DST4"
sj traceroute -UL -O foo "$LAB_DST4"
sj traceroute -UL -O coverage=x "$LAB_DST4"

# NETTRIO_HINTS=1: the same stdout, nettrio's verdict as one more line on stderr.
hints() {
    set +e
    hinted=$(lab_client env ASAN_OPTIONS=detect_leaks=0 NETTRIO_HINTS=1 \
        "$LAB_TMP/nettrio/traceroute" -n "${w[@]}" "$LAB_DST4" 2>h.err)
    set -e
    LAB_CONTEXT="$hinted"$'\n'"stderr: $(cat h.err)"
    lab_check "NETTRIO_HINTS=1: hop lines on stdout, no verdict there" \
        bash -c '[[ $(tail -1 <<<"$1") == " 5  $2  "* && $1 != *verdict* ]]' _ "$hinted" "$LAB_DST4"
    lab_check "NETTRIO_HINTS=1: the verdict on stderr" \
        grep -qx "verdict: reached $LAB_DST4 at hop 5" h.err
}
lab_job hints

# Ctrl-C: traceroute dies of the signal (its shell sees 130), with what it printed so far:
# each line starts with its newline, so the last one stays open, and nettrio's must too (the
# same bytes, no newline at the end). Job-control shells, so each background traceroute gets
# SIGINT as from a terminal (not ignored); both are interrupted at the same moment.
# 198.18.0.9 lies behind the destination, which drops it: hops 1-5 answer, hop 6 is silent
# (traceroute waits its 5 s there; nettrio holds the silent hop back for its re-probe).
ctrl_c() {
    local name rc
    for name in genuine nettrio; do
        lab_client bash -c 'set -m; env ASAN_OPTIONS=detect_leaks=0 PATH="$1:/usr/bin:/bin" \
            traceroute -n -w 5 -m 6 "$2" >"$3.out" 2>"$3.err" & p=$!; sleep 1.5; kill -INT $p
            wait $p' _ "$LAB_TMP/$name" 198.18.0.9 "$name" &
    done
    wait -n
    rc=$?
    wait -n
    rc="$rc $?"
    LAB_CONTEXT="--- genuine:"$'\n'"$(od -c genuine.out | tail -3)"$'\n'"$(cat genuine.err)"
    LAB_CONTEXT+=$'\n'"--- nettrio:"$'\n'"$(od -c nettrio.out | tail -3)"$'\n'"$(cat nettrio.err)"
    lab_check "Ctrl-C: both traceroutes die of SIGINT (exit 130 130)" test "$rc" == "130 130"
    lab_check "Ctrl-C: genuine printed its header and hops 1-5" grep -q '^ 5  ' genuine.out
    lab_check "Ctrl-C: the same stdout, the last line left open" \
        cmp -s <(norm <genuine.out) <(norm <nettrio.out)
    lab_check "Ctrl-C: no newline after nettrio's last line" \
        test "$(tail -c 1 nettrio.out | od -An -c | tr -d ' ')" != '\n'
    lab_check "Ctrl-C: the same stderr" cmp -s genuine.err nettrio.err
}
lab_job ctrl_c
lab_drain

# Raw probes (-P, -M raw), one comparison at a time (LAB_JOBS_MAX=1 and SERIAL=1: a raw
# socket of the protocol connected to the same address reads any other's errors, as
# traceroute's own does). The destination does not know protocol 47 (GRE) or 253: IPv4 !P,
# IPv6 parameter problem (!<4-1>).
rawside() { LAB_JOBS_MAX=1 SERIAL=1 lab_job side "$@"; }
for fam in 4 6; do
    dst=$(lab_dst "$fam")
    rawside traceroute "-$fam" -n -P 47 "${w[@]}" "$dst"
    rawside traceroute "-$fam" -n -M raw "${w[@]}" "$dst"
done
rawside traceroute -4 -P gre "${w[@]}" "$LAB_DST4"  # names
rawside traceroute -4 -n -q 1 -M raw -O proto=47 "${w[@]}" "$LAB_DST4" 100
rawside traceroute -4 -n -q 1 -P 47 -p 253 "${w[@]}" "$LAB_DST4"
rawside traceroute -4 -n -q 1 -P 0x2f "${w[@]}" "$LAB_DST4"
lab_drain

# Errors on the way: !H and !X from router 3 (hop 4), a silent router, a firewall.
lab_reject 3 host
for fam in 4 6; do sj traceroute "-$fam" -n "${w[@]}" "$(lab_dst "$fam")"; done
sj traceroute -4 "${w[@]}" "$LAB_DST4"
lab_drain
lab_clear 3
lab_reject 3 admin
for fam in 4 6; do sj traceroute "-$fam" -n "${w[@]}" "$(lab_dst "$fam")"; done
lab_drain
lab_clear 3
lab_silent_router 2
for fam in 4 6; do sj traceroute "-$fam" -n "${w[@]}" "$(lab_dst "$fam")"; done
lab_drain
lab_clear 2
lab_firewall_after 3
for fam in 4 6; do sj traceroute "-$fam" -n -m 6 "${w[@]}" "$(lab_dst "$fam")"; done
sj traceroute -4 -m 6 "${w[@]}" "$LAB_DST4"
lab_drain
# Router 1 has no route: every probe gets !N from it. Linux charges IPv4 routing errors to a
# bucket of 5 per source address, refilled at 1/s (ip_error): the genuine tool and nettrio
# each send from an address of their own (-s), so each finds its bucket full.
lab_exec c ip addr add 198.19.0.3/24 dev l0
lab_unreach_route 1 net
GEN_ARGS="-s $LAB_CLIENT4" NT_ARGS="-s 198.19.0.3" sj traceroute -4 -n "${w[@]}" "$LAB_DST4"
sj traceroute -6 -n "${w[@]}" "$LAB_DST6"
lab_drain
# --back: router 3's answers come back over 2 extra routers, so the genuine tool and nettrio
# both mark hops 3 on with ` '-N'` (the hops the answer took back, guessed from its TTL).
r1=$(lab_ns r1)
while IFS= read -r route; do  # what lab_unreach_route took from router 1
    # shellcheck disable=SC2086
    [[ -z $route ]] || ip -n "$r1" route replace $route
done <<<"${_LAB_UP[$r1]:-}"
lab_long_return 3 2
lab_ratelimit all 0
backside() {
    side "$@"
    lab_check "$*: a longer way back is marked" grep -q "'-[0-9]" n.out
}
for fam in 4 6; do lab_job backside traceroute "-$fam" -n --back "${w[@]}" "$(lab_dst "$fam")"; done
lab_drain
# Fragmentation needed: the link after router 2 carries 1400 bytes, so 1500-byte probes with
# Don't Fragment (-F) get "!F-1400" from router 2 (IPv6: packet too big) past hop 2.
lab_exec r2 ip link set dev l2 mtu 1400
lab_clear 3  # the firewall after router 3 (above) goes: the traces below reach the destination
fragside() {
    side "$@"
    lab_check "$*: the MTU router 2 named, as !F-1400" grep -q '!F-1400' n.out
}
for fam in 4 6; do lab_job fragside traceroute "-$fam" -n -F "${w[@]}" "$(lab_dst "$fam")" 1500; done
# --mtu: one probe at a time from 65000 bytes, Don't Fragment; the first probe of hop 1 is
# refused locally (the interface's 1500) and the first of hop 3 by router 2 (1400): each
# goes again at the size named and shows it as F=NUM.
mtuside() {
    side "$@"
    lab_check "$*: F=1500 on hop 1, F=1400 on hop 3, after their first probe" eval \
        "grep -qE '^ 1  [^*]* ms F=1500  ' n.out && grep -qE '^ 3  [^*]* ms F=1400  ' n.out &&
         test \$(grep -c F= n.out) == 2"
}
for fam in 4 6; do
    dst=$(lab_dst "$fam")
    lab_job mtuside traceroute "-$fam" -n --mtu "${w[@]}" "$dst"
    lab_job mtuside traceroute "-$fam" -n -I --mtu "${w[@]}" "$dst"
    sj traceroute "-$fam" -n --mtu -f 3 "${w[@]}" "$dst"  # F=1400 only: the last size named
    sj traceroute "-$fam" -n --mtu -q 1 "${w[@]}" "$dst" 1450
done
[[ $have6 == 1 ]] && lab_job mtuside traceroute6 -n --mtu "${w[@]}" "$LAB_DST6"
lab_job mtuside traceroute -4 --mtu "${w[@]}" "$LAB_DST4"  # names
sj traceroute -4 -n -U --mtu "${w[@]}" "$LAB_DST4"
sj traceroute -4 -n --mtu "${w[@]}" "$LAB_DST4" 1000  # fits: no F=
sj traceroute -4 -n -T --mtu "${w[@]}" "$LAB_DST4"    # traceroute's TCP: 60 bytes, no F=
lab_drain
# -UL sends UDP-Lite: with a UDP socket bound to port 53 at the destination, plain UDP (-U)
# gets no port unreachable there, UDP-Lite does.
lab_exec d python3 -c 'import socket, time
s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
s.bind(("::", 53))
time.sleep(120)' &
listener=$!
disown "$listener"  # not one of the jobs lab_drain waits for (it would wait its 120 s)
lab_at_exit "kill $listener 2>/dev/null || true"
sleep 1
ulside() {
    side "$@"
    lab_check "$*: the destination answers UDP-Lite past its UDP listener" grep -qE '^ 5  [0-9]' n.out
}
for fam in 4 6; do lab_job ulside traceroute "-$fam" -n -m 5 -UL "${w[@]}" "$(lab_dst "$fam")"; done
plain=$(lab_client env ASAN_OPTIONS=detect_leaks=0 "$LAB_TMP/nettrio/traceroute" -n -m 5 -U \
    "${w[@]}" "$LAB_DST4" 2>&1 || true)
LAB_CONTEXT=$plain
lab_check "-U (plain UDP) gets nothing from the destination's listener" \
    grep -qx ' 5  \* \* \*' <<<"$plain"
lab_drain
lab_finish
