#!/usr/bin/env bash
# trace.asymmetric: an asymmetric return on kernel routers. A 5-router chain where router 3
# sends everything back to the client over three extra routers (lab_long_return 3 3): from
# hop 3 on, answers come back over two hops more than the way out. The note must be on hop
# 3, from the reply TTL, saying 2 more; not on later hops, not from RTTs. IPv4 and IPv6,
# UDP and ICMP.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/e2e.sh"
lab_require jq
lab_init
lab_chain 5
lab_ratelimit all 0
lab_long_return 3 3

for fam in 4 6; do
    dst=$(lab_dst "$fam")
    for flag in "" -I; do
        what="v$fam ${flag:-UDP}"
        nt_rc out trace -n --json $flag "$dst"
        lab_check "$what: reached at hop 6" jq_is "$out" '"\(.verdict.kind) \(.verdict.hop)"' "reached 6"
        lab_check "$what: reply TTLs 64 63 60 59 58 at hops 1-5" jq_ok "$out" \
            '[.hops[:5][] | [.probes[].reply_ttl] | unique] == [[64],[63],[60],[59],[58]]'
        lab_check "$what: hop 3 says its answers come back over 5 hops, 2 more" jq_ok "$out" \
            '.hops[2].notes | any(test("come back over 5 hops, 2 more"))'
        lab_check "$what: no asymmetry note on any other hop" jq_ok "$out" \
            '[.hops | to_entries[] | select(.key != 2) | .value.notes[] | select(test("asymmetric|lower RTT"))] | length == 0'
    done
done
lab_finish
