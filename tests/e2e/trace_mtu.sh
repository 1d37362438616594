#!/usr/bin/env bash
# trace.mtu: Don't Fragment as traceroute does it, and "fragmentation needed" at its hop.
# A 3-router chain whose link from router 2 to router 3 has MTU 1400; 1500-byte probes.
#  - without -F (IPv4): routers fragment, the trace reaches the destination at hop 4, for
#    UDP and ICMP alike (the kernel's default DF on UDP sockets killed it at the step);
#  - with -F: router 2 answers "fragmentation needed" (IPv6: packet too big), shown at hop
#    3 (the first TTL past it), never beside router 2's own answers at hop 2 (that read as
#    "2 routers answered for this hop: load balancing"); the verdict names !F;
#  - with -F where router 2 drops its "fragmentation needed": no !F, hops 1-2 answer, and
#    the silence after hop 2 is what the verdict reads.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/e2e.sh"
lab_require jq
lab_init
lab_chain 3
lab_ratelimit all 0
lab_exec r2 ip link set dev l2 mtu 1400
lab_exec r3 ip link set dev l2 mtu 1400
r2_4=$(lab_hop_addr 2 4)
r2_6=$(lab_hop_addr 2 6)

for flag in "" -I; do
    what="v4 ${flag:-UDP} 1500 bytes, no -F"
    nt_rc out trace -n --json $flag "$LAB_DST4" 1500
    lab_check "$what: reached at hop 4 (fragmented on the way)" \
        jq_is "$out" '"\(.verdict.kind) \(.verdict.hop)"' "reached 4"
    lab_check "$what: no !F anywhere" jq_ok "$out" '[.hops[].probes[].flag | select(. == "!F")] | length == 0'

    for fam in 4 6; do
        dst=$(lab_dst "$fam")
        r2=$([[ $fam == 4 ]] && echo "$r2_4" || echo "$r2_6")
        what="v$fam ${flag:-UDP} 1500 bytes, -F"
        nt_rc out trace -n --json -F $flag "$dst" 1500
        lab_check "$what: exit 1, unreachable at hop 3 (!F)" eval \
            '[[ $RC == 1 ]] && jq_is "$out" "\"\(.verdict.kind) \(.verdict.hop)\"" "unreachable 3" && grep -q "(!F" <<<"$(jq -r .verdict.text <<<"$out")"'
        lab_check "$what: hop 2 is router 2 alone, no load-balancing note" jq_ok "$out" \
            '([.hops[1].probes[].from] | unique) == [$r] and ([.hops[1].notes[] | select(test("routers answered"))] | length == 0)' \
            --arg r "$r2"
        lab_check "$what: hop 3 shows !F from router 2" jq_ok "$out" \
            '[.hops[2].probes[] | select(.from != null) | [.from, .flag]] | unique == [[$r, "!F"]]' --arg r "$r2"
    done
done

# Router 2 drops its own "fragmentation needed": a path MTU black hole.
lab_exec r2 iptables -w -A OUTPUT -p icmp --icmp-type fragmentation-needed -j DROP
nt_rc out trace -n --json -F "$LAB_DST4" 1500
lab_check "v4 -F, fragmentation needed dropped: no !F" jq_ok "$out" \
    '[.hops[].probes[].flag | select(. == "!F")] | length == 0'
lab_check "v4 -F, fragmentation needed dropped: hops 1-2 answer, silence after" jq_ok "$out" \
    '(.hops[0].probes | any(.from != null)) and (.hops[1].probes | any(.from != null)) and .verdict.hop == 2'
nt_rc out trace -n --json "$LAB_DST4" 1500
lab_check "v4 without -F through that black hole: reached at hop 4" \
    jq_is "$out" '"\(.verdict.kind) \(.verdict.hop)"' "reached 4"
lab_finish
