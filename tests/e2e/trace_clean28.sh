#!/usr/bin/env bash
# trace.clean28: 28 routers, destination at hop 29: every hop right, no '*' on any
# responsive hop, nothing past the destination; and the same hops as system traceroute.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/e2e.sh"
lab_require jq traceroute
lab_init
lab_scenario clean28
for fam in 4 6; do
    dst=$(lab_dst "$fam")
    nt_rc out trace -n --json "$dst"
    lab_check "v$fam: reached at hop 29" jq_is "$out" '"\(.verdict.kind) \(.verdict.hop) \(.hops | length)"' "reached 29 29"
    lab_check "v$fam: no '*' on any hop" jq_is "$out" '[.hops[].probes[] | select(.from == null)] | length' 0
    bad=0
    for k in $(seq 1 28); do
        got=$(jq -r --argjson t "$k" '[.hops[] | select(.ttl == $t) | .probes[].from] | unique | join(" ")' <<<"$out")
        [[ $got == "$(lab_hop_addr "$k" "$fam")" ]] || bad=$((bad + 1))
    done
    lab_check "v$fam: hops 1..28 are the chain's routers in order" test "$bad" -eq 0
    peer=$(lab_traceroute "-$fam" -q 3 "$dst")
    lab_check "v$fam: system traceroute agrees on the hop count" test "$(lab_tr_last "$peer")" -eq 29
done
lab_finish
