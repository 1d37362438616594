#!/usr/bin/env bash
# trace.pmtu: trace --mtu and ping -M on kernel routers. A 3-router chain whose link from
# router 2 to router 3 has MTU 1400 (interfaces elsewhere: 1500).
#  - the signal allowed: router 2's "fragmentation needed" (IPv6: packet too big) gives the
#    path MTU, hop by hop as tracepath shows it (1500 up to hop 2, 1400 from hop 3), for UDP
#    and ICMP, IPv4 and IPv6; ping -M do shows iputils' "Frag needed and DF set (mtu = 1400)"
#    and, over the local MTU, "local error: message too long";
#  - router 2 drops its "fragmentation needed" (iptables OUTPUT, as a filtering tunnel end
#    does): a PMTU black hole after hop 2, with the path MTU found exactly (1400) by
#    searching sizes, at the routers' default ICMP rate limits (the search must not read a
#    drained limiter as a drop);
#  - check runs its mtu step (ping answers) and diagnoses pmtu_black_hole;
#  - --mtu with -T is refused (one line, exit 2).
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/e2e.sh"
lab_require jq
lab_init
lab_chain 3
lab_exec r2 ip link set dev l2 mtu 1400
lab_exec r3 ip link set dev l2 mtu 1400
r2_4=$(lab_hop_addr 2 4)

pmtus() { jq -c '[.hops[].pmtu]' <<<"$1"; }

for fam in 4 6; do
    dst=$(lab_dst "$fam")
    for flag in "" -I; do
        what="v$fam ${flag:-UDP} --mtu, signal allowed"
        nt_rc out trace -n --json --mtu $flag "$dst"
        lab_check "$what: exit 0, reached at hop 4" eval \
            '[[ $RC == 0 ]] && jq_is "$out" "\"\(.verdict.kind) \(.verdict.hop)\"" "reached 4"'
        lab_check "$what: path_mtu 1400" jq_is "$out" .path_mtu 1400
        lab_check "$what: pmtu per hop 1500 1500 1400 1400" test "$(pmtus "$out")" == "[1500,1500,1400,1400]"
    done
done
# Without privileges: UDP's error queue names the MTU (ee_info) and the hop by address.
for fam in 4 6; do
    out=$(nt_nobody trace -n \
        --json --mtu "$(lab_dst "$fam")" 2>&1 || true)
    LAB_CONTEXT=$out
    lab_check "v$fam UDP --mtu as nobody: path_mtu 1400, 1500 1500 1400 1400" jq_ok "$out" \
        '.path_mtu == 1400 and ([.hops[].pmtu] == [1500, 1500, 1400, 1400])'
done
nt_rc text trace -n --mtu "$LAB_DST4"
lab_check "text: hop 3 line (router 3) ends in 'pmtu 1400'" grep -qE "^ 3 .*$(lab_hop_addr 3 4) .* pmtu 1400$" <<<"$text"
lab_check "text: hop 1 line ends in 'pmtu 1500'" grep -qE "^ 1  .* pmtu 1500$" <<<"$text"
lab_check "text: path MTU line" grep -q "^path MTU: 1400 bytes$" <<<"$text"

# ping -M, as iputils: router 2's answer names the MTU; more than the interface is refused here.
# probe: past the path MTU the kernel has learnt, so the probe leaves and router 2 answers.
nt_rc text ping -n -c 1 -W 1 -M probe -s 1472 "$LAB_DST4"
lab_check "ping -M probe -s 1472: Frag needed from router 2 (mtu = 1400)" \
    grep -q "^From $r2_4 icmp_seq=1 Frag needed and DF set (mtu = 1400)$" <<<"$text"
# do: the kernel has learnt 1400 by now (as iputils, a local error) or router 2 says it.
nt_rc text ping -n -c 1 -W 1 -M do -s 1472 "$LAB_DST4"
lab_check "ping -M do -s 1472: mtu 1400, from router 2 or the learnt path MTU" grep -qE \
    "^(From $r2_4 icmp_seq=1 Frag needed and DF set \(mtu = 1400\)|ping: local error: message too long, mtu=1400)$" \
    <<<"$text"
nt_rc text ping -n -c 1 -W 1 -M do -s 1372 "$LAB_DST4"
lab_check "ping -M do -s 1372: a reply (1400 bytes pass)" grep -q "^1380 bytes from $LAB_DST4" <<<"$text"
nt_rc text ping -n -c 1 -W 1 -M probe -s 3000 "$LAB_DST4"
lab_check "ping -M probe -s 3000: local error, mtu=1500" \
    grep -q "^ping: local error: message too long, mtu=1500$" <<<"$text"
nt_rc text ping -n -c 1 -W 1 -M dont -s 1472 "$LAB_DST4"
lab_check "ping -M dont -s 1472: fragmented, a reply" grep -q "^1480 bytes from $LAB_DST4" <<<"$text"
# The classic name: iputils' lines, the local error on stderr as iputils prints it.
mkdir -p "$LAB_TMP/bin" && ln -sf "$NETTRIO" "$LAB_TMP/bin/ping"
text=$(lab_client "$LAB_TMP/bin/ping" -n -c 1 -W 1 -M probe -s 1472 "$LAB_DST4" 2>&1 || true)
LAB_CONTEXT=$text
lab_check "classic ping -M probe -s 1472: iputils' Frag needed line" \
    grep -q "^From $r2_4 icmp_seq=1 Frag needed and DF set (mtu = 1400)$" <<<"$text"
text=$(lab_client "$LAB_TMP/bin/ping" -n -c 1 -W 1 -M probe -s 3000 "$LAB_DST4" 2>&1 || true)
LAB_CONTEXT=$text
lab_check "classic ping -M probe -s 3000: iputils' local error" \
    grep -q "^ping: local error: message too long, mtu=1500$" <<<"$text"
nt_rc text ping -n -c 1 -M maybe "$LAB_DST4"
lab_check "ping -M maybe: exit 2, one line" eval '[[ $RC == 2 && -z $text && $(wc -l <<<"$STDERR") == 1 ]]'

# Router 2 filters its "fragmentation needed": a black hole. Default ICMP rate limits.
lab_exec r2 iptables -w -A OUTPUT -p icmp --icmp-type fragmentation-needed -j DROP
lab_exec r2 ip6tables -w -A OUTPUT -p ipv6-icmp --icmpv6-type packet-too-big -j DROP
# UDP (its search goes on with echo once the hole is confirmed) on IPv4 only.
for run in "4 -I" "6 -I" "4 UDP"; do
    read -r fam flag <<<"$run"
    [[ $flag == UDP ]] && flag=""
    dst=$(lab_dst "$fam")
    {
        what="v$fam ${flag:-UDP} --mtu, black hole"
        start=$SECONDS
        nt_rc out trace -n --json --mtu $flag "$dst"
        lab_check "$what: exit 1, pmtu_black_hole after hop 2" eval \
            '[[ $RC == 1 ]] && jq_is "$out" "\"\(.verdict.kind) \(.verdict.hop)\"" "pmtu_black_hole 2"'
        lab_check "$what: path_mtu 1400, exactly" jq_is "$out" .path_mtu 1400
        lab_check "$what: pmtu per hop 1500 1500 1400 1400" test "$(pmtus "$out")" == "[1500,1500,1400,1400]"
        lab_check "$what: the verdict's words" grep -q \
            "packets over 1400 bytes are dropped after hop 2 without an ICMP 'fragmentation needed'" \
            <<<"$(jq -r .verdict.text <<<"$out")"
        lab_check "$what: took $((SECONDS - start)) s (at most 15)" test $((SECONDS - start)) -le 15
    }
done

# check: ping answers, so the mtu step runs, finds the black hole and says so.
for fam in 4 6; do
    dst=$(lab_dst "$fam")
    nt_rc out check --json "$dst"
    what="v$fam check through the black hole"
    lab_check "$what: exit 1, diagnosis pmtu_black_hole" eval \
        '[[ $RC == 1 ]] && jq_is "$out" .diagnosis.kind pmtu_black_hole'
    lab_check "$what: mtu step fails with path_mtu 1400 after hop 2" jq_is "$out" \
        '.steps[] | select(.step == "mtu") | "\(.status) \(.details.path_mtu) \(.details.verdict.hop)"' "fail 1400 2"
done

nt_rc text trace --mtu -T "$LAB_DST4"
lab_check "--mtu -T: exit 2, one line" eval '[[ $RC == 2 && -z $text && $(wc -l <<<"$STDERR") == 1 ]]'
lab_finish
