#!/usr/bin/env bash
# lab.fig3 / lab.clean28 - clean chain: every hop answers with the expected
# address, the last line is the destination (IPv4 and IPv6).
# Usage: test_fig3.sh [SCENARIO]   (default fig3; ctest also runs clean28)
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"
lab_require traceroute
lab_init
lab_scenario "${1:-fig3}"

for fam in 4 6; do
    out=$(lab_traceroute "-$fam" -q 3 -m $((LAB_DST_HOP + 2)) "$(lab_dst "$fam")")
    LAB_CONTEXT=$out
    lab_check "v$fam: trace ends at hop $LAB_DST_HOP" test "$(lab_tr_last "$out")" -eq "$LAB_DST_HOP"
    for ((k = 1; k <= LAB_DST_HOP; k++)); do
        lab_check "v$fam: hop $k answered 3x by $(lab_hop_addr "$k" "$fam")" \
            lab_tr_hop_is "$out" "$k" "$(lab_hop_addr "$k" "$fam")"
    done
done
lab_finish
