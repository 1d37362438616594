#!/usr/bin/env bash
# lab.fig6 - two silent routers (3, 4) mid-path; the destination still answers.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"
lab_require traceroute
lab_init
lab_scenario fig6

for fam in 4 6; do
    out=$(lab_traceroute "-$fam" -q 3 "$(lab_dst "$fam")")
    LAB_CONTEXT=$out
    for k in 3 4; do
        lab_check "v$fam: hop $k is '* * *'" lab_tr_hop_silent "$out" "$k"
    done
    for k in 1 2 5 6 7; do
        lab_check "v$fam: hop $k answered by $(lab_hop_addr "$k" "$fam")" \
            lab_tr_hop_is "$out" "$k" "$(lab_hop_addr "$k" "$fam")"
    done
    lab_check "v$fam: destination reached at hop $LAB_DST_HOP" \
        test "$(lab_tr_last "$out")" -eq "$LAB_DST_HOP"
done
lab_finish
