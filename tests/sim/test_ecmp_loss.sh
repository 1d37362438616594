#!/usr/bin/env bash
# shellcheck disable=SC2016 # jq's $vars
# sim.ecmp_loss: a 4-way ECMP group at hop 2 (ecmp_loss.json) where member .3 blackholes
# every flow hashed onto it and member .2 loses 30 % of what it forwards. Nothing here
# depends on the simulator's timing or on which members a run's hashes pick:
#  - the sim: only .3 and .2 drop, and every probe whose flow went via .3 past hop 2 died;
#  - classic UDP -q 10 (a new flow per probe): hop 2 shows members of the group only, and
#    several when the sim answered from several; hop 3 shows at least as many '*' as the sim
#    dropped at TTL 3, and answers when the sim answered; reached when the destination did;
#  - --paris (one flow): its flow's fate, read from the sim, is what the trace says: via .3
#    it never reaches the destination, otherwise it does through one member.
# diamond_2_3.json: -q 10 shows at hops 2 and 3 only members the sim answered from, and
# several when it answered from several.
set -euo pipefail
# shellcheck source=sim.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/sim.sh"
sim_require
lab_init
sim_up

# members_ok OUT LOG HOP : the responders nettrio shows at HOP are among those the sim
# answered from there, and at least two when the sim answered from two or more.
members_ok() {
    jq -e -n --argjson out "$1" --argjson log "$2" --argjson h "$3" '
        ([$out.hops[$h - 1].probes[].from | select(. != null)] | unique) as $shown
        | ($log | map(select(.ttl == $h and .action == "reply") | .from) | unique) as $sim
        | ($shown - $sim | length == 0) and ($shown | length) >= ([$sim | length, 2] | min)' >/dev/null
}

sim_start "$SIM_SCENARIOS/ecmp_loss.json"
for fam in 4 6; do
    if [[ $fam == 4 ]]; then dst=$SIM_DST4 net=198.18.2. dead=198.18.2.3 lossy=198.18.2.2; else
        dst=$SIM_DST6 net=2001:db8:2:: dead=2001:db8:2::3 lossy=2001:db8:2::2; fi
    what="v$fam classic UDP -q 10"
    sim_nt out trace -n --json -q 10 "$dst"
    log=$(sim_probes | jq -s -c .)
    lab_check "$what: exit 0 or 1, no crash" eval 'sim_sane && [[ $RC == 0 || $RC == 1 ]]'
    if jq_ok "$log" 'any(.[]; .reply == "port_unreachable")'; then
        lab_check "$what: reached (the destination answered)" jq_ok "$out" .reached
    fi
    lab_check "$what: the sim dropped only at $dead and $lossy" jq_ok "$log" \
        '[.[] | select(.action == "dropped") | .dropped_by] | all(. == $d or . == $l)' \
        --arg d "$dead" --arg l "$lossy"
    lab_check "$what: every flow via $dead died past hop 2" jq_ok "$log" \
        '[.[] | select(.ttl >= 3 and (.via // [])[1] == $d)] | all(.action == "dropped")' --arg d "$dead"
    lab_check "$what: hop 2 shows members of the group only, several if the sim answered from several" \
        members_ok "$out" "$log" 2
    lab_check "$what: ... all of them in $net" jq_ok "$out" \
        '[.hops[1].probes[].from | select(. != null)] | all(startswith($n))' --arg n "$net"
    dropped3=$(jq '[.[] | select(.ttl == 3 and .action == "dropped")] | length' <<<"$log")
    answered3=$(jq '[.[] | select(.ttl == 3 and .action == "reply")] | length' <<<"$log")
    lab_check "$what: hop 3 has >= $dropped3 '*' (the sim's drops at TTL 3), answers if the sim did" \
        jq_ok "$out" '[.hops[2].probes[].from] | (map(select(. == null)) | length >= $n)
                      and ($a == 0 or any(. != null))' --argjson n "$dropped3" --argjson a "$answered3"

    for run in 1 2 3; do
        what="v$fam --paris run $run"
        sim_nt out trace -n --json --paris -q 3 -m 6 "$dst"
        log=$(sim_probes | jq -s -c .)
        lab_check "$what: exit 0 or 1, no crash" eval 'sim_sane && [[ $RC == 0 || $RC == 1 ]]'
        lab_check "$what: hop 2 shows one member" jq_ok "$out" \
            '[.hops[1].probes[].from | select(. != null)] | unique | length == 1'
        if jq_ok "$log" 'any(.[]; (.via // [])[1] == $d)' --arg d "$dead"; then
            lab_check "$what: its flow goes via $dead: never reached" jq_ok "$out" '.reached == false'
        elif jq_ok "$log" 'any(.[]; (.via // [])[1] == $l)' --arg l "$lossy"; then
            lab_check "$what: its flow goes via $lossy (30 % loss): no crash (fate by chance)" true
        else
            lab_check "$what: its flow goes via a sound member: reached" jq_ok "$out" .reached
        fi
    done
done

sim_start "$SIM_SCENARIOS/diamond_2_3.json"
for fam in 4 6; do
    dst=$(sim_dst "$fam")
    what="diamond_2_3 v$fam classic UDP -q 10"
    sim_nt out trace -n --json -q 10 "$dst"
    log=$(sim_probes | jq -s -c .)
    lab_check "$what: exit 0, reached" eval 'sim_sane && [[ $RC == 0 ]] && jq_ok "$out" .reached'
    for h in 2 3; do
        lab_check "$what: hop $h shows only members the sim answered from, several if it did" \
            members_ok "$out" "$log" "$h"
    done
done
lab_finish
