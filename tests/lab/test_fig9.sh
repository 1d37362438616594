#!/usr/bin/env bash
# lab.fig9 - ECMP: classic UDP traceroute shows two different responders on
# hop 2 (LAB_ECMP_A*/B*). Each probe picks a branch by L4 hash, so with 6
# probes there is a 1/32 chance that all take the same branch: retry up to 5
# times (all five failing: ~3e-8).
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"
lab_require traceroute
lab_init
lab_scenario fig9

for fam in 4 6; do
    if [[ $fam == 4 ]]; then
        want=$(printf '%s\n' "$LAB_ECMP_A4" "$LAB_ECMP_B4" | sort)
    else
        want=$(printf '%s\n' "$LAB_ECMP_A6" "$LAB_ECMP_B6" | sort)
    fi
    for attempt in 1 2 3 4 5; do
        out=$(lab_traceroute "-$fam" -q 6 "$(lab_dst "$fam")")
        got=$(lab_tr_addrs "$(lab_tr_hop "$out" "$LAB_ECMP_HOP")" | sort)
        [[ $got == "$want" ]] && break
    done
    LAB_CONTEXT=$out
    echo "v$fam: attempts needed: $attempt"
    lab_check "v$fam: hop $LAB_ECMP_HOP shows both responders (${want//$'\n'/ })" test "$got" == "$want"
    for k in 1 3 4; do
        lab_check "v$fam: hop $k answered by $(lab_hop_addr "$k" "$fam")" \
            lab_tr_hop_is "$out" "$k" "$(lab_hop_addr "$k" "$fam")"
    done
    lab_check "v$fam: destination reached at hop $LAB_DST_HOP" \
        test "$(lab_tr_last "$out")" -eq "$LAB_DST_HOP"
done
lab_finish
