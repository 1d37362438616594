#!/usr/bin/env bash
# lab.fig4 - unreachable markers.
#  a) routing errors at hop 1 (scenario fig4 and lab_unreach_route):
#     net -> !N (v4, v6), host -> !H (v4) / !N (v6), admin -> !X (v4, v6)
#  b) FORWARD REJECT at router 1 (lab_reject): hop 1 answers normally, hop 2
#     shows router 1's address with !N / !H / !P / !X (v6: no 'proto').
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"
lab_require traceroute

# a) Each routing variant gets a fresh lab (a subshell with its own lab_init):
# IPv4 ip_error() allows only 5 errors per source and then 1/s.
route_variant() { # SCENARIO|KIND MARKER4 MARKER6
    local kind=$1 m4=$2 m6=$3 rc
    set +e
    (
        set -e
        lab_init
        if [[ $kind == fig4 ]]; then
            lab_scenario fig4
        else
            lab_chain 2
            lab_ratelimit all 0
            lab_unreach_route 1 "$kind"
        fi
        for fam in 4 6; do
            marker=$m4
            [[ $fam == 6 ]] && marker=$m6
            out=$(lab_traceroute "-$fam" -N 1 -q 3 "$(lab_dst "$fam")")
            LAB_CONTEXT=$out
            lab_check "$kind v$fam: hop 1 = $(lab_hop_addr 1 "$fam") with $marker x3" \
                lab_tr_hop_marker "$out" 1 "$(lab_hop_addr 1 "$fam")" "$marker" 3
            lab_check "$kind v$fam: trace stops at hop 1" test "$(lab_tr_last "$out")" -eq 1
        done
        exit "$LAB_FAILED"
    )
    rc=$?
    set -e
    if [[ $rc != 0 ]]; then
        LAB_FAILED=1
    fi
}
route_variant fig4 '!N' '!N'
route_variant host '!H' '!N'
route_variant admin '!X' '!X'

# b) REJECT variants on one lab.
lab_init
lab_chain 2
lab_ratelimit all 0
for spec in net:!N:!N host:!H:!H proto:!P: admin:!X:!X; do
    IFS=: read -r kind m4 m6 <<<"$spec"
    lab_clear 1
    lab_reject 1 "$kind"
    for fam in 4 6; do
        marker=$m4
        [[ $fam == 6 ]] && marker=$m6
        out=$(lab_traceroute "-$fam" -q 3 "$(lab_dst "$fam")")
        LAB_CONTEXT=$out
        lab_check "reject $kind v$fam: hop 1 answers normally" \
            lab_tr_hop_is "$out" 1 "$(lab_hop_addr 1 "$fam")"
        if [[ -n $marker ]]; then
            lab_check "reject $kind v$fam: hop 2 = router 1 ($(lab_hop_addr 1 "$fam")) with $marker x3" \
                lab_tr_hop_marker "$out" 2 "$(lab_hop_addr 1 "$fam")" "$marker" 3
            lab_check "reject $kind v$fam: trace stops at hop 2" test "$(lab_tr_last "$out")" -eq 2
        else
            lab_check "reject $kind v$fam: not filtered, destination reached" \
                lab_tr_hop_is "$out" "$LAB_DST_HOP" "$(lab_dst "$fam")"
        fi
    done
done
lab_finish
