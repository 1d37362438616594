#!/usr/bin/env bash
# classic.traceroute: nettrio linked as `traceroute` and `traceroute6` beside the genuine
# traceroute 2.1.2 on one lab path, same arguments: stdout (times normalised), stderr and
# exit code must be the same, and jc's traceroute parser must give the same structure.
# Clean path, names and -n, -q -I -f -m, packetlen, !H !X !N, silent hops, a firewall, and
# bad input. Names come from a hosts file for the client namespace (hops 1-3 named, hop 4
# and the destination not); its resolv.conf points at a closed port, so nothing waits for a
# DNS server.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/../lab/lib.sh"
NETTRIO=$(readlink -f "${NETTRIO:?set NETTRIO to the nettrio binary (ctest does)}")
lab_require traceroute jc jq
lab_init
lab_chain 4
lab_ratelimit all 0

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

# side NAME ARGS... : the genuine tool and nettrio, both named NAME, with ARGS.
side() {
    local name=$1
    shift
    set +e
    ((${PAUSE:-0} == 0)) || sleep "$PAUSE"
    local t0=$EPOCHREALTIME
    lab_client env PATH="$LAB_TMP/genuine:/usr/bin:/bin" "$name" "$@" >"$LAB_TMP/g.out" 2>"$LAB_TMP/g.err"
    local grc=$? t1=$EPOCHREALTIME
    ((${PAUSE:-0} == 0)) || sleep "$PAUSE"
    local t2=$EPOCHREALTIME
    lab_client env ASAN_OPTIONS=detect_leaks=0 PATH="$LAB_TMP/nettrio:/usr/bin:/bin" \
        "$name" "$@" >"$LAB_TMP/n.out" 2>"$LAB_TMP/n.err"
    local nrc=$? t3=$EPOCHREALTIME
    set -e
    # How long each took (for the record; never checked: the machine may be loaded).
    local times
    times=$(awk -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" \
        'BEGIN { printf "genuine %.2f s, nettrio %.2f s", b - a, d - c }')
    echo "time: $name $*: $times"
    LAB_CONTEXT="$ $name $*"$'\n'"--- genuine (exit $grc):"$'\n'"$(cat "$LAB_TMP/g.out" "$LAB_TMP/g.err")"
    LAB_CONTEXT+=$'\n'"--- nettrio (exit $nrc):"$'\n'"$(cat "$LAB_TMP/n.out" "$LAB_TMP/n.err")"
    lab_check "$name $*: same stdout" cmp -s <(norm <"$LAB_TMP/g.out") <(norm <"$LAB_TMP/n.out")
    lab_check "$name $*: same stderr" cmp -s "$LAB_TMP/g.err" "$LAB_TMP/n.err"
    lab_check "$name $*: same exit code ($grc)" test "$grc" -eq "$nrc"
    if [[ -s $LAB_TMP/g.out ]]; then
        lab_check "$name $*: jc reads the same" \
            cmp -s <(jc_norm <"$LAB_TMP/g.out") <(jc_norm <"$LAB_TMP/n.out")
    fi
}

w=(-w "1,0,0")  # traceroute's waits without HERE/NEAR: lab RTTs are microseconds
for fam in 4 6; do
    dst=$(lab_dst "$fam")
    names=(traceroute)
    [[ $fam == 6 && $have6 == 1 ]] && names+=(traceroute6)
    for name in "${names[@]}"; do
        fam_opt=("-$fam")
        [[ $name == traceroute6 ]] && fam_opt=()
        side "$name" "${fam_opt[@]}" -n "${w[@]}" "$dst"
        side "$name" "${fam_opt[@]}" "${w[@]}" "$dst"
    done
    side traceroute "-$fam" -n -q 1 "${w[@]}" "$dst"
    side traceroute "-$fam" -I "${w[@]}" "$dst"
    side traceroute "-$fam" -T -n "${w[@]}" "$dst"
    side traceroute "-$fam" -n -f 2 -m 3 "${w[@]}" "$dst"
    side traceroute "-$fam" -n "${w[@]}" "$dst" 120
    side traceroute "-$fam" -n "$dst"  # traceroute's own waits (5,3,10)
    side traceroute "-$fam" -nq 1 -U "${w[@]}" "$dst"
    side traceroute "-$fam" -n "${w[@]}" -- "$dst"
done

# NETTRIO_HINTS=1: the same stdout, nettrio's verdict as one more line on stderr.
set +e
hinted=$(lab_client env ASAN_OPTIONS=detect_leaks=0 NETTRIO_HINTS=1 \
    "$LAB_TMP/nettrio/traceroute" -n "${w[@]}" "$LAB_DST4" 2>"$LAB_TMP/h.err")
set -e
LAB_CONTEXT="$hinted"$'\n'"stderr: $(cat "$LAB_TMP/h.err")"
lab_check "NETTRIO_HINTS=1: hop lines on stdout, no verdict there" \
    bash -c '[[ $(tail -1 <<<"$1") == " 5  $2  "* && $1 != *verdict* ]]' _ "$hinted" "$LAB_DST4"
lab_check "NETTRIO_HINTS=1: the verdict on stderr" \
    grep -qx "verdict: reached $LAB_DST4 at hop 5" "$LAB_TMP/h.err"

# Errors on the way: !H and !X from router 3 (hop 4), a silent router, a firewall.
lab_reject 3 host
for fam in 4 6; do side traceroute "-$fam" -n "${w[@]}" "$(lab_dst "$fam")"; done
side traceroute -4 "${w[@]}" "$LAB_DST4"
lab_clear 3
lab_reject 3 admin
for fam in 4 6; do side traceroute "-$fam" -n "${w[@]}" "$(lab_dst "$fam")"; done
lab_clear 3
lab_silent_router 2
for fam in 4 6; do side traceroute "-$fam" -n "${w[@]}" "$(lab_dst "$fam")"; done
lab_clear 2
lab_firewall_after 3
for fam in 4 6; do side traceroute "-$fam" -n -m 6 "${w[@]}" "$(lab_dst "$fam")"; done
side traceroute -4 -m 6 "${w[@]}" "$LAB_DST4"
# Router 1 has no route: every probe gets !N from it. Linux charges routing errors to a
# bucket of 5 refilled at 1/s (ip_error); 6 s of quiet before each run fills it.
lab_clear 3
lab_unreach_route 1 net
for fam in 4 6; do PAUSE=6 side traceroute "-$fam" -n "${w[@]}" "$(lab_dst "$fam")"; done

# Bad input: traceroute's words on stderr and its exit code.
side traceroute
side traceroute -X "$LAB_DST4"
side traceroute --bogus "$LAB_DST4"
side traceroute -n -q
side traceroute -q 11 "$LAB_DST4"
side traceroute -m 256 "$LAB_DST4"
side traceroute -f 5 -m 3 "$LAB_DST4"
side traceroute -w abc "$LAB_DST4"
side traceroute --wait=abc "$LAB_DST4"
side traceroute "$LAB_DST4" 5000000
side traceroute "$LAB_DST4" abc
side traceroute "$LAB_DST4" 60 extra
side traceroute -6 "$LAB_DST4"
side traceroute nosuch.invalid
side traceroute -V
side traceroute -nq1 "$LAB_DST4"
side traceroute -- -n "$LAB_DST4"
side traceroute --help
lab_finish
