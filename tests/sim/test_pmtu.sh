#!/usr/bin/env bash
# sim.pmtu: trace --mtu through a PMTU black hole (pmtu_black_hole.json: the link after hop 2
# has MTU 1400 and hop 2's "fragmentation needed" / "packet too big" is filtered), then the
# same link with the signal allowed. The TUN device's MTU is 9000, so the search spans
# 60..9000 bytes; the MTU found must be exact, the hop right, and every probe of the
# search must have the size the sim saw.
set -euo pipefail
# shellcheck source=sim.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/sim.sh"
sim_require
lab_init
sim_up
sim_start "$SIM_SCENARIOS/pmtu_black_hole.json"

for fam in 4 6; do
    dst=SIM_DST$fam
    dst=${!dst}
    what="v$fam -I --mtu, black hole"
    sim_nt out trace -n --json -I --mtu "$dst"
    lab_check "$what: exit 1, pmtu_black_hole after hop 2" eval \
        'sim_sane && [[ $RC == 1 ]] && jq_is "$out" "\"\(.verdict.kind) \(.verdict.hop)\"" "pmtu_black_hole 2"'
    lab_check "$what: path_mtu 1400, exactly" jq_is "$out" .path_mtu 1400
    lab_check "$what: pmtu per hop" test "$(jq -c '[.hops[].pmtu]' <<<"$out")" == "[9000,9000,1400,1400]"
    lab_check "$what: the sim dropped probes of 1401 bytes and passed 1400" jq_ok \
        "$(sim_probes | jq -s -c .)" \
        '(map(select(.action == "too_big_dropped")) | map(.len) | min) == 1401'
done

# The signal allowed: "fragmentation needed" / "packet too big" names the MTU at once.
sim_scenario pmtu_signal "$(jq -c '.hops[1].mtu_signal = true' "$SIM_SCENARIOS/pmtu_black_hole.json")"
for fam in 4 6; do
    dst=SIM_DST$fam
    dst=${!dst}
    what="v$fam UDP --mtu, signal"
    sim_nt out trace -n --json --mtu "$dst"
    lab_check "$what: exit 0, reached" eval 'sim_sane && [[ $RC == 0 ]] && jq_ok "$out" .reached'
    lab_check "$what: path_mtu 1400, dropping after hop 2" jq_ok "$out" \
        '.path_mtu == 1400 and ([.hops[].pmtu] == [9000, 9000, 1400, 1400])'
done
lab_finish
