#!/usr/bin/env bash
# shellcheck disable=SC2016,SC2317,SC2119 # jq's $vars; helpers run through lab_check
# sim.probes: what nettrio puts on the wire, read from the sim's log, and how it shows
# what the path does.
#  - classic UDP trace: one fixed source port, destination port 33434 + n for the n-th
#    probe, the sequence in the payload +1 per probe, -q probes per TTL, TTLs sent first in
#    increasing order; per-flow ECMP then shows several routers at the balanced hop, exactly
#    the ones the sim picked;
#  - --paris (v4, v6): the 5-tuple never changes, and the balanced hop shows one router;
#  - ICMP trace: one identifier, sequence +1 per probe; TCP trace: SYNs to port 80;
#  - ping pacing: -i 0.1 sends every 100 ms (500 ms for 5 gaps, within 50 ms), icmp_seq
#    1..N, one identifier;
#  - MPLS label stacks (RFC 4950) in text (<MPLS:L=...>) and JSON (probes[].mpls), v4 and
#    v6 (RFC 4884 length in 32-bit / 64-bit words), UDP and ICMP traces;
#  - exact loss (every 4th answer lost: 15 of 20), a Linux-like rate limit (burst 6: 6 of
#    10 time-exceeded) that trace's scheduling stays inside, TCP open / refused.
set -euo pipefail
# shellcheck source=sim.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/sim.sh"
sim_require setpriv
lab_init
sim_up

# --- ECMP, classic UDP ---------------------------------------------------------------
sim_start "$SIM_SCENARIOS/ecmp.json"
sim_nt out trace -n --json -q 10 "$SIM_DST4"
probes=$(sim_probes | jq -s -c 'sort_by(.t)')
what="v4 classic UDP trace -q 10"
lab_check "$what: exit 0, reached, no crash" eval 'sim_sane && [[ $RC == 0 ]]'
lab_check "$what: one source port for every probe" jq_ok "$probes" '[.[].sport] | unique | length == 1'
lab_check "$what: destination port 33434 + n for the n-th probe" jq_ok "$probes" \
    'length > 40 and ([.[].dport] == [range(0; length) | . + 33434])'
lab_check "$what: payload sequence +1 per probe" jq_ok "$probes" \
    '[.[].useq] as $s | all(range(1; $s | length); ($s[.] - $s[. - 1] + 65536) % 65536 == 1)'
lab_check "$what: 10 probes at each TTL 1-4" jq_ok "$probes" \
    '[.[] | select(.ttl <= 4)] | group_by(.ttl) | map(length) == [10, 10, 10, 10]'
lab_check "$what: TTLs first probed in increasing order" jq_ok "$probes" \
    '[.[].ttl] | reduce .[] as $t ([]; if index([$t]) then . else . + [$t] end) | . == sort'
lab_check "$what: hop 2 shows several of the 4 balanced routers" jq_ok "$out" \
    '[.hops[1].probes[].from] | unique | length >= 2'
lab_check "$what: hop 2 shows exactly the routers the sim answered from" jq_ok "$out" \
    '[.hops[1].probes[].from] | sort == ($sim | map(select(.ttl == 2) | .from) | sort)' \
    --argjson sim "$probes"

for fam in 4 6; do
    dst=SIM_DST$fam
    dst=${!dst}
    sim_nt out trace -n --json --paris -q 10 "$dst"
    probes=$(sim_probes | jq -s -c 'sort_by(.t)')
    what="v$fam --paris UDP trace -q 10"
    lab_check "$what: exit 0, reached" eval 'sim_sane && [[ $RC == 0 ]]'
    lab_check "$what: one 5-tuple for all $(jq length <<<"$probes") probes, port 33434" jq_ok "$probes" \
        'length >= 40 and ([.[] | [.proto, .src, .dst, .sport, .dport]] | unique | length == 1) and .[0].dport == 33434'
    lab_check "$what: the payload sequence tells the probes apart" jq_ok "$probes" \
        '[.[].useq] | unique | length == ($p | length)' --argjson p "$probes"
    lab_check "$what: the balanced hop shows one router" jq_ok "$out" \
        '[.hops[1].probes[].from] | unique | length == 1'
done

sim_nt out trace -n --json -I "$SIM_DST4"
probes=$(sim_probes | jq -s -c 'sort_by(.t)')
lab_check "v4 ICMP trace: one identifier, sequence +1 per probe" jq_ok "$probes" \
    '([.[].id] | unique | length == 1) and
     ([.[].seq] as $s | all(range(1; $s | length); ($s[.] - $s[. - 1] + 65536) % 65536 == 1))'
lab_check "v4 ICMP trace: 3 probes at each TTL 1-4, reached" eval \
    'jq_ok "$probes" "[.[] | select(.ttl <= 4)] | group_by(.ttl) | map(length) == [3,3,3,3]" && jq_ok "$out" .reached'
sim_nt out trace -n --json -T "$SIM_DST6"
probes=$(sim_probes | jq -s -c 'sort_by(.t)')
lab_check "v6 TCP trace: SYNs to port 80, 3 at each TTL 1-4, reached" eval \
    'jq_ok "$probes" "all(.[]; .proto == \"tcp\" and .dport == 80) and ([.[] | select(.ttl <= 4)] | group_by(.ttl) | map(length) == [3,3,3,3])" && jq_ok "$out" .reached'

# --- ping pacing ----------------------------------------------------------------------
for fam in 4 6; do
    dst=SIM_DST$fam
    dst=${!dst}
    sim_nt out ping --json -c 6 -i 0.1 "$dst"
    probes=$(sim_wire | jq -c 'sort_by(.n)')
    what="v$fam ping -c 6 -i 0.1"
    lab_check "$what: 6 echo requests, icmp_seq 1-6, one identifier, TTL 64" jq_ok "$probes" \
        '[.[].seq] == [1,2,3,4,5,6] and ([.[].id] | unique | length == 1) and all(.[]; .ttl == 64)'
    # ping keeps an absolute schedule: a send the CPU delays shortens the next gap, the
    # five intervals still add up to 500 ms. Times are when each request left (kernel).
    lab_check "$what: paced every 100 ms (gaps 50-150 ms, 500 +- 50 ms in all)" jq_ok "$probes" \
        'def abs: if . < 0 then -. else . end;
         [.[].wire_sent * 1000] as $t | all(range(1; 6); ($t[.] - $t[. - 1]) as $g | $g >= 50 and $g <= 150) and
         (($t[5] - $t[0] - 500) | abs) <= 50'
    lab_check "$what: 6 received" jq_ok "$out" '.received == 6 and .transmitted == 6'
done

# --- MPLS -----------------------------------------------------------------------------
sim_start "$SIM_SCENARIOS/mpls.json"
mpls2='[{"label":24001,"exp":0,"s":false,"ttl":1},{"label":24002,"exp":5,"s":true,"ttl":1}]'
mpls3='[{"label":16004,"exp":7,"s":true,"ttl":254}]'
for fam in 4 6; do
    dst=SIM_DST$fam
    dst=${!dst}
    for method in udp icmp; do
        flag=()
        [[ $method == icmp ]] && flag=(-I)
        what="v$fam $method trace through MPLS"
        sim_nt out trace -n "${flag[@]}" "$dst"
        lab_check "$what: text shows both labels of hop 2 on each probe" test \
            "$(lab_tr_hop "$out" 2 | grep -o '<MPLS:L=24001,E=0,S=0,T=1> <MPLS:L=24002,E=5,S=1,T=1>' | wc -l)" -eq 3
        lab_check "$what: text shows hop 3's label" test \
            "$(lab_tr_hop "$out" 3 | grep -o '<MPLS:L=16004,E=7,S=1,T=254>' | wc -l)" -eq 3
        lab_check "$what: no labels on hops 1 and 4" eval \
            '! lab_tr_hop "$out" 1 | grep -q MPLS && ! lab_tr_hop "$out" 4 | grep -q MPLS'
        sim_nt out trace -n --json "${flag[@]}" "$dst"
        lab_check "$what: JSON probes[].mpls" jq_ok "$out" \
            'all(.hops[1].probes[]; .mpls == $m2) and all(.hops[2].probes[]; .mpls == $m3) and
             all(.hops[0].probes[], .hops[3].probes[]; has("mpls") | not)' \
            --argjson m2 "$mpls2" --argjson m3 "$mpls3"
    done
done

# --- loss, rate limit, TCP answers ----------------------------------------------------
sim_start "$SIM_SCENARIOS/limits.json"
for fam in 4 6; do
    dst=SIM_DST$fam
    dst=${!dst}
    sim_nt out ping --json -c 20 -i 0.02 -W 0.3 "$dst"
    lab_check "v$fam ping, every 4th answer lost: 20 sent, 15 received, 25% loss" jq_ok "$out" \
        '.transmitted == 20 and .received == 15 and .loss_percent == 25 and .duplicates == 0'
    sim_nt out ping --json -t 2 -c 10 -i 0.01 -W 0.3 "$dst"
    lab_check "v$fam ping -t 2 at a rate-limited router: 6 of 10 time-exceeded (burst 6)" jq_ok "$out" \
        '.errors == 6 and .received == 0'
    sleep 1.1 # one token back in hop 2's bucket
    sim_nt out trace -n --json -f 2 -m 2 -q 1 "$dst"
    lab_check "v$fam trace: the rate-limited hop refilled 1 token/s" jq_ok "$out" \
        '.hops[0].probes[0].from != null'
done
sim_scenario limits_fresh "$(jq -c '.seed = 70' "$SIM_SCENARIOS/limits.json")"
sim_nt out trace -n --json -q 3 "$SIM_DST4"
lab_check "v4 trace through a rate-limited router (fresh bucket): no * at hop 2" jq_ok "$out" \
    'all(.hops[1].probes[]; .from == "198.18.2.1")'

# wire_rtts_ok 'RTTS' : the RTTs (ms, in sending order, one per line or space-separated)
# are within 1 ms of the wire RTTs of the last run's probes, in the order the sim read them.
wire_rtts_ok() {
    jq -e -n --argjson wire "$(sim_wire)" --arg rtts "$1" 'def abs: if . < 0 then -. else . end;
        [$rtts | splits("[ \n]+") | select(. != "") | tonumber] as $r |
        [$wire[] | .wire_ms] as $w |
        ($r | length) > 0 and ($r | length) == ($w | length) and
        all(range($r | length); $w[.] != null and (($r[.] - $w[.]) | abs) <= 1)' >/dev/null
}
# times OUT : the time=X values of ping --tcp lines, in order.
times() { grep -oE 'time=[0-9.]+' <<<"$1" | cut -d= -f2; }

sim_start "$SIM_SCENARIOS/tcp_open.json"
for fam in 4 6; do
    dst=SIM_DST$fam
    dst=${!dst}
    sim_nt out ping -c 2 -i 0.1 --tcp 80 "$dst"
    lab_check "v$fam ping --tcp to a listening port: 2 open" test \
        "$(grep -cE "^tcp $dst:80: seq=[12] open time=[0-9]+\.[0-9]+ ms$" <<<"$out")" -eq 2
    lab_check "v$fam ping --tcp to a listening port: RTTs within 1 ms of the wire (~20 ms)" \
        wire_rtts_ok "$(times "$out")"
    # As nobody there is no raw socket and no kernel timestamp: the RTT is the event loop's
    # clock, never shorter than the wire, later by however long the loop took to run.
    SIM_MARK=$(wc -l <"$SIM_LOG")
    out=$(timeout 20 ip netns exec "$SIM_NS" "${NOBODY[@]}" \
        "$NETTRIO" ping -c 2 -i 0.1 --tcp 80 "$dst" 2>&1) || true
    sleep 0.05
    LAB_CONTEXT=$out
    lab_check "v$fam ping --tcp as nobody (no raw socket, the loop's clock): 2 open" test \
        "$(grep -cE "^tcp $dst:80: seq=[12] open time=[0-9]+\.[0-9]+ ms$" <<<"$out")" -eq 2
    lab_check "v$fam ping --tcp as nobody: RTTs not below the wire's" jq -e -n \
        --argjson wire "$(sim_wire)" --arg rtts "$(times "$out")" \
        '[$rtts | splits("\n") | select(. != "") | tonumber] as $r | [$wire[].wire_ms] as $w |
         ($r | length) == 2 and ($w | length) == 2 and all(range(2); $r[.] >= $w[.] - 0.05)'
    sim_nt out trace -n --json -T "$dst"
    lab_check "v$fam trace -T: reached the listening destination at hop 2" jq_ok "$out" \
        '.reached and (.hops | length == 2)'
    lab_check "v$fam trace -T: hop 2's RTTs within 1 ms of the wire" jq_ok "$out" \
        'def abs: if . < 0 then -. else . end;
         [$wire[] | select(.ttl == 2)] as $w | ($w | length) == 3 and
         all(.hops[1].probes | to_entries[]; $w[.key].wire_ms != null and
             ((.value.rtt_ms - $w[.key].wire_ms) | abs) <= 1)' --argjson wire "$(sim_wire)"
done
sim_start "$SIM_SCENARIOS/rtt.json"
sim_nt out ping -c 1 --tcp 443 "$SIM_DST4"
lab_check "v4 ping --tcp to a closed port: refused" grep -qE "^tcp $SIM_DST4:443: seq=1 refused time=[0-9.]+ ms$" <<<"$out"
lab_check "v4 ping --tcp to a closed port: RTT within 1 ms of the wire (~400 ms)" \
    wire_rtts_ok "$(times "$out")"

# --- asymmetric return (reply TTL) ---------------------------------------------------
# From router 3 on, answers come back over two more hops (and slower): the note goes on hop
# 3, from the reply TTL, not on hops 4 and 5 from their lower RTTs.
sim_start "$SIM_SCENARIOS/asymmetric.json"
for fam in 4 6; do
    dst=SIM_DST$fam
    dst=${!dst}
    for method in udp icmp; do
        flag=()
        [[ $method == icmp ]] && flag=(-I)
        what="v$fam $method trace, way back 2 hops longer from hop 3"
        sim_nt out trace -n --json "${flag[@]}" "$dst"
        lab_check "$what: reached at hop 6" jq_is "$out" '"\(.verdict.kind) \(.verdict.hop)"' "reached 6"
        lab_check "$what: reply TTLs 64 63 60 59 58 for hops 1-5" jq_ok "$out" \
            '[.hops[:5][] | [.probes[].reply_ttl] | unique] == [[64],[63],[60],[59],[58]]'
        lab_check "$what: hop 3 says the way back is 5 hops, 2 more" jq_ok "$out" \
            '.hops[2].notes | any(test("come back over 5 hops, 2 more"))'
        lab_check "$what: no asymmetry note on any other hop" jq_ok "$out" \
            '[.hops | to_entries[] | select(.key != 2) | .value.notes[] | select(test("asymmetric|lower RTT"))] | length == 0'
    done
done

lab_finish
