#!/usr/bin/env bash
# trace.method_filtered: a destination that drops one probe method only. The path reaches
# router 3 on the destination's own subnet, then the destination drops UDP (IPv4 and IPv6)
# but answers ICMP echo and TCP. A UDP trace must not leave the engineer with "the
# destination does not answer probes": it says which method works and to trace with it,
# and `check` traces with that method itself.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/e2e.sh"
lab_require jq
lab_init
lab_chain 3
lab_ratelimit all 0
lab_reply_from 3 dst-side
lab_exec d iptables -w -A INPUT -p udp -j DROP
lab_exec d ip6tables -w -A INPUT -p udp -j DROP

for fam in 4 6; do
    dst=$(lab_dst "$fam")
    nt_rc out trace -n --json "$dst"
    lab_check "v$fam UDP trace: exit 1 (not reached with UDP)" test "$RC" -eq 1
    lab_check "v$fam UDP trace: verdict method_filtered after hop 3" \
        jq_is "$out" '"\(.verdict.kind) \(.verdict.hop)"' "method_filtered 3"
    lab_check "v$fam UDP trace: the destination answered ICMP echo and TCP" \
        jq_ok "$out" '.answers_to == ["icmp","tcp"]'
    lab_check "v$fam UDP trace: the verdict says to trace with -I" \
        grep -q "filters UDP; trace again with -I" <<<"$(jq -r .verdict.text <<<"$out")"
    nt_rc out trace -n -I --json "$dst"
    lab_check "v$fam and -I does reach it at hop 4" jq_is "$out" '"\(.verdict.kind) \(.verdict.hop)"' "reached 4"
    nt_rc out check --json --trace "$dst"
    lab_check "v$fam check: its trace step reaches the destination with ICMP" jq_ok "$out" \
        '.steps[] | select(.step == "trace") | .status == "ok" and (.details.method == "icmp")'
done
lab_finish
