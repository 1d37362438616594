#!/usr/bin/env bash
# lab.fig8 - silent destination: routers answer, the last responder (router
# 5) is on the destination's subnet, everything after is '* * *'.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"
lab_require traceroute
lab_init
lab_scenario fig8

max=8
for fam in 4 6; do
    out=$(lab_traceroute "-$fam" -q 3 -m "$max" "$(lab_dst "$fam")")
    LAB_CONTEXT=$out
    for ((k = 1; k <= LAB_ROUTERS; k++)); do
        lab_check "v$fam: hop $k answered by $(lab_hop_addr "$k" "$fam")" \
            lab_tr_hop_is "$out" "$k" "$(lab_hop_addr "$k" "$fam")"
    done
    last=$(lab_tr_addrs "$(lab_tr_hop "$out" "$LAB_ROUTERS")")
    dst=$(lab_dst "$fam")
    if [[ $fam == 4 ]]; then
        same=$([[ ${last%.*} == "${dst%.*}" ]] && echo yes || echo no)
    else
        same=$([[ ${last%::*} == "${dst%::*}" ]] && echo yes || echo no)
    fi
    lab_check "v$fam: last responder $last is on the destination's subnet ($dst)" test "$same" == yes
    for ((k = LAB_ROUTERS + 1; k <= max; k++)); do
        lab_check "v$fam: hop $k is '* * *'" lab_tr_hop_silent "$out" "$k"
    done
done
lab_finish
