#!/usr/bin/env bash
# lab.fig7 - firewall after hop 4 of 10: hops 1-4 answer, every later hop
# is '* * *' (traced to -m 9 to stay fast). IPv4 and IPv6.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"
lab_require traceroute
lab_init
lab_scenario fig7

max=9
for fam in 4 6; do
    out=$(lab_traceroute "-$fam" -q 3 -m "$max" "$(lab_dst "$fam")")
    LAB_CONTEXT=$out
    for k in 1 2 3 4; do
        lab_check "v$fam: hop $k answered by $(lab_hop_addr "$k" "$fam")" \
            lab_tr_hop_is "$out" "$k" "$(lab_hop_addr "$k" "$fam")"
    done
    for ((k = 5; k <= max; k++)); do
        lab_check "v$fam: hop $k is '* * *'" lab_tr_hop_silent "$out" "$k"
    done
    lab_check "v$fam: $max hop lines" test "$(lab_tr_last "$out")" -eq "$max"
done
lab_finish
