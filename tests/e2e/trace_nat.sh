#!/usr/bin/env bash
# shellcheck disable=SC2016,SC2034 # jq and eval strings; LAB_CONTEXT is read by lab_check
# trace.nat: a MASQUERADE router (scenario nat: router 2 of 4). UDP trace (root: the raw
# socket reads the quotes): JSON nat true on hop 3 only, the note and the --nat line in
# text; -T (the quoted SYN) the same. ICMP echo leaves complete checksums that Linux
# restores exactly: no NAT claimed, quotes compared. Then the NAT removed: no method claims
# one. UDP as nobody (error queue): --nat says it cannot tell. IPv6 where ip6tables has a
# nat table.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/e2e.sh"
lab_require jq
lab_init
lab_scenario nat

fams=(4)
if [[ $LAB_NAT6 == 1 ]]; then
    fams+=(6)
else
    echo "trace.nat: ip6tables has no nat table here: IPv6 not checked" >&2
fi

for fam in "${fams[@]}"; do
    dst=$(lab_dst "$fam")
    nt_rc out trace -n --json "$dst"
    lab_check "v$fam UDP: reached at hop 5" jq_is "$out" '"\(.verdict.kind) \(.verdict.hop)"' "reached 5"
    lab_check "v$fam UDP: nat true on hop 3" jq_ok "$out" '.hops[2].nat == true'
    lab_check "v$fam UDP: on no other hop" jq_ok "$out" '[.hops[] | select(.nat)] | length == 1'
    lab_check "v$fam UDP: hop 3 notes the NAT after hop 2" jq_ok "$out" \
        '.hops[2].notes | any(test("^NAT between hop 2 and here"))'
    lab_check "v$fam UDP: every answer's quote compared" jq_ok "$out" '.quotes_compared >= 15'

    nt_rc out trace -n --nat "$dst"
    lab_check "v$fam text: the note at hop 3" grep -q "^  hop 3: NAT between hop 2 and here" <<<"$out"
    lab_check "v$fam text: --nat line" grep -q "^NAT: rewritten before hop 3" <<<"$out"

    nt_rc out trace -n --json -I "$dst"
    lab_check "v$fam ICMP: reached at hop 5" jq_is "$out" '.verdict.kind' "reached"
    lab_check "v$fam ICMP: no NAT claimed (Linux restores complete checksums)" jq_ok "$out" \
        '([.hops[] | select(.nat)] | length == 0) and .quotes_compared > 0'

    nt_rc out trace -n --json -T -p 9 "$dst"
    lab_check "v$fam TCP: reached at hop 5" jq_is "$out" '"\(.verdict.kind) \(.verdict.hop)"' "reached 5"
    lab_check "v$fam TCP: nat true on hop 3 only (the quoted SYN's checksum)" jq_ok "$out" \
        '.hops[2].nat == true and ([.hops[] | select(.nat)] | length == 1)'
done

# The same path without the NAT: nothing claimed, whatever the method (no false NAT from
# the offload's unfinished checksums on veth).
lab_exec 2 iptables -w -t nat -F
[[ $LAB_NAT6 == 1 ]] && lab_exec 2 ip6tables -w -t nat -F
for fam in "${fams[@]}"; do
    dst=$(lab_dst "$fam")
    for flag in "" -I "-T -p 9"; do
        # shellcheck disable=SC2086 # flag is one or two words
        nt_rc out trace -n --json $flag "$dst"
        lab_check "v$fam ${flag:-UDP} without the NAT: reached, no NAT, quotes compared" jq_ok "$out" \
            '.reached and ([.hops[] | select(.nat)] | length == 0) and .quotes_compared > 0'
    done
done

# Unprivileged, UDP answers come through the error queue: no quoted header to compare.
out=$(nt_nobody trace -n --nat "$LAB_DST4" 2>&1) || true
LAB_CONTEXT="[nobody] $out"
lab_check "v4 UDP as nobody: reached, and --nat says it cannot tell without CAP_NET_RAW" eval \
    'grep -q "^verdict: reached" <<<"$out" && grep -q "^NAT: cannot tell: UDP probes need the raw ICMP socket" <<<"$out"'
lab_finish
