#!/usr/bin/env bash
# trace.ratelimit: honest verdicts when routers' ICMP rate limits are drained.
#
# A 4-router chain at the kernel's default ICMP rate limits (icmp_ratelimit 1000 ms, and
# ip_error's 1/s for routing errors, burst 5-6) where router 3 has no route to the
# destination. The first trace empties router 3's allowance; run back to back, as an
# engineer at 3 a.m. does, later traces used to see only '*' past hop 2 and blamed "a
# firewall after hop 2", or put the !N that got through at hop 4 or 13. Every run, UDP
# and ICMP, IPv4 and IPv6, must say: unreachable at hop 3, !N from router 3. No sleep
# between the runs: waiting out the limiter is the product's job.
#
# trace.ratelimit_chain (argument "chain"): an 8-router chain at default limits, the
# destination at hop 9, traced back to back with UDP, ICMP and TCP on IPv4 and IPv6. Every
# run must say "reached at hop 9" with no row past it, and never call a rate-limited
# router "a router that does not send time-exceeded" or its stars "dropped packets".
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/e2e.sh"
lab_require jq
lab_init

if [[ ${1:-} == chain ]]; then
    lab_chain 8
    for fam in 4 6; do
        dst=$(lab_dst "$fam")
        for method in udp icmp tcp; do
            case $method in
            udp) flag=() ;;
            icmp) flag=(-I) ;;
            tcp) flag=(-T -p 9) ;;
            esac
            for run in 1 2 3; do
                what="v$fam $method run $run (back to back)"
                nt_rc out trace -n --json "${flag[@]}" "$dst"
                lab_check "$what: exit 0, reached at hop 9, no row past it" eval \
                    '[[ $RC == 0 ]] && jq_is "$out" "\"\(.verdict.kind) \(.verdict.hop) \(.hops | length)\"" "reached 9 9"'
                lab_check "$what: hop 9 is the destination" jq_ok "$out" \
                    '[.hops[8].probes[].from | select(. != null)] | unique == [$d]' --arg d "$dst"
                lab_check "$what: no rate-limited router called silent or lossy" jq_ok "$out" \
                    '[.hops[].notes[] | select(test("does not send time-exceeded|busy router"))] | length == 0'
            done
        done
    done
    lab_finish
fi

lab_chain 4
lab_unreach_route 3 net

for fam in 4 6; do
    dst=$(lab_dst "$fam")
    r3=$(lab_hop_addr 3 "$fam")
    for method in udp icmp; do
        flag=()
        [[ $method == icmp ]] && flag=(-I)
        for run in 1 2 3 4; do
            what="v$fam $method run $run (back to back)"
            nt_rc out trace -n --json "${flag[@]}" "$dst"
            lab_check "$what: exit 1, verdict unreachable at hop 3" eval \
                '[[ $RC == 1 ]] && jq_is "$out" "\"\(.verdict.kind) \(.verdict.hop)\"" "unreachable 3"'
            lab_check "$what: hop 3 shows !N from router 3 ($r3), the trace ends there" jq_ok "$out" \
                '(.hops | length) == 3 and ([.hops[2].probes[] | select(.from != null) | [.from, .flag]] | unique) == [[$r, "!N"]]' \
                --arg r "$r3"
            lab_check "$what: never 'a firewall after hop 2'" \
                eval '! grep -q "firewall" <<<"$(jq -r .verdict.text <<<"$out")"'
        done
    done
done
lab_finish
