#!/usr/bin/env bash
# shellcheck disable=SC2016,SC2317,SC2119 # jq's $vars; helpers run through lab_check
# sim.rtt: nettrio's RTTs against the wire, and its adaptive waits.
#  - hops at 50, 120 and 400 ms and the destination at 400 ms: trace (UDP, ICMP, TCP; v4 and
#    v6) shows every probe, each RTT within 1 ms of the RTT on the wire; no false * although
#    the third hop is more than 3x slower than the second;
#  - a path at 400 ms from the first hop on (satellite): no *, RTTs within 1 ms of the wire;
#  - ping at 400 ms and at 2 s: RTTs within 1 ms of the wire;
#  - a 1 ms path with a silent tail: the silent hops cost less than one 5 s maximum wait.
#
# "The wire" is what a packet socket on the sim's TUN device saw: the probe leaving and its
# reply arriving, with the kernel's timestamps (sim_wire). The sim itself may send late on a
# loaded machine; that changes the wire RTT and nettrio must report the changed one. The
# nominal delays are only checked as a floor (the sim never answers early). Wall-clock
# bounds are set against the waits nettrio must avoid (-w 5), never against an idle machine.
set -euo pipefail
# shellcheck source=sim.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/sim.sh"
sim_require
lab_init
sim_up

# rtt_ok JSON '[ms per hop]' : hop k has every probe answered, the j-th probe's RTT within
# 1 ms of the wire RTT of the j-th probe the sim read with TTL k, and no wire RTT below the
# hop's nominal ms[k] (the sim delayed as told).
rtt_ok() {
    jq -e --argjson exp "$2" --argjson wire "$(sim_wire)" 'def abs: if . < 0 then -. else . end;
        (.hops | length) == ($exp | length) and
        all(.hops | to_entries[]; .key as $i | .value.ttl as $ttl |
            [$wire[] | select(.ttl == $ttl)] as $w |
            ($w | length) == (.value.probes | length) and
            all(.value.probes | to_entries[]; .key as $j |
                .value.from != null and $w[$j].wire_ms != null and
                $w[$j].wire_ms >= $exp[$i] and ((.value.rtt_ms - $w[$j].wire_ms) | abs) <= 1))' \
        <<<"$1" >/dev/null || {
        echo "wire RTTs by TTL: $(sim_wire | jq -c '[.[] | [.ttl, .wire_ms]]')" >&2
        return 1
    }
}

# hops_are JSON ADDR... : hop k was answered by ADDR k alone.
hops_are() {
    local j=$1 exp
    shift
    exp=$(printf '%s\n' "$@" | jq -R . | jq -s -c '[.[] | [.]]')
    jq -e --argjson exp "$exp" '[.hops[] | [.probes[].from] | unique] == $exp' <<<"$j" >/dev/null
}

# ping_rtt_ok JSON COUNT MS : COUNT replies, no duplicates, each within 1 ms of the wire RTT
# of the echo request with its sequence, none of which came back faster than MS.
ping_rtt_ok() {
    jq -e --argjson n "$2" --argjson ms "$3" --argjson wire "$(sim_wire)" '
        def abs: if . < 0 then -. else . end;
        .received == $n and .duplicates == 0 and (.replies | length) == $n and
        all(.replies[]; .seq as $s | [$wire[] | select(.seq == $s) | .wire_ms] as $w |
            ($w | length) == 1 and $w[0] != null and $w[0] >= $ms and
            ((.rtt_ms - $w[0]) | abs) <= 1)' <<<"$1" >/dev/null
}

sim_start "$SIM_SCENARIOS/rtt.json"
for fam in 4 6; do
    dst=SIM_DST$fam
    dst=${!dst}
    if [[ $fam == 4 ]]; then
        path=(198.18.1.1 198.18.2.1 198.18.3.1 "$dst")
    else
        path=(2001:db8:1::1 2001:db8:2::1 2001:db8:3::1 "$dst")
    fi
    for method in udp icmp tcp; do
        case $method in
            udp) flag=() ;;
            icmp) flag=(-I) ;;
            tcp) flag=(-T) ;;
        esac
        sim_nt out trace -n --json "${flag[@]}" "$dst"
        what="v$fam trace $method, 50/120/400/400 ms"
        lab_check "$what: exit 0, no crash or sanitizer report" eval 'sim_sane && [[ $RC == 0 ]]'
        lab_check "$what: hops ${path[*]}" hops_are "$out" "${path[@]}"
        lab_check "$what: all 12 RTTs within 1 ms of the wire, no *" rtt_ok "$out" '[50,120,400,400]'
        lab_check "$what: done before one -w 5 wait (${WALL_MS} ms): answered probes end it" \
            test "$WALL_MS" -lt 5000
    done
    sim_nt out ping --json -c 3 -i 0.2 "$dst"
    lab_check "v$fam ping at 400 ms: 3 replies, each within 1 ms of the wire" ping_rtt_ok "$out" 3 400
done

sim_start "$SIM_SCENARIOS/satellite.json"
sim_nt out trace -n --json "$SIM_DST4"
lab_check "v4 satellite path (400 ms from hop 1): no *, RTTs within 1 ms of the wire" rtt_ok "$out" '[400,405,410,415]'
sim_nt out trace -n --json -I "$SIM_DST6"
lab_check "v6 ICMP satellite path: no *, RTTs within 1 ms of the wire" rtt_ok "$out" '[400,405,410,415]'

sim_start "$SIM_SCENARIOS/slow2s.json"
sim_nt out ping --json -c 2 -i 0.1 -W 3 "$SIM_DST4"
lab_check "v4 ping at 2 s: 2 replies, each within 1 ms of the wire" ping_rtt_ok "$out" 2 2000
sim_nt out ping --json -c 1 -W 3 "$SIM_DST6"
lab_check "v6 ping at 2 s: within 1 ms of the wire" ping_rtt_ok "$out" 1 2000

sim_start "$SIM_SCENARIOS/fast_silent_tail.json"
for fam in 4 6; do
    dst=SIM_DST$fam
    dst=${!dst}
    for method in udp icmp; do
        flag=()
        [[ $method == icmp ]] && flag=(-I)
        sim_nt out trace -n --json -m 8 "${flag[@]}" "$dst"
        what="v$fam trace $method, 1 ms path then silence (-m 8, -w 5)"
        lab_check "$what: exit 1 (not reached), no crash" eval 'sim_sane && [[ $RC == 1 ]]'
        lab_check "$what: hops 1-3 answered, 4-8 all *" jq_ok "$out" \
            '(.hops | length) == 8 and all(.hops[:3][]; all(.probes[]; .from != null)) and
             all(.hops[3:][]; all(.probes[]; .from == null))'
        lab_check "$what: 15 silent probes cost less than one -w 5 wait (${WALL_MS} ms)" \
            test "$WALL_MS" -lt 5000
    done
done

lab_finish
