#!/usr/bin/env bash
# trace.hostnames: without -n, hop lines show names the way traceroute does. The names are
# in a hosts file for the client namespace only (/etc/netns/NAME/hosts, bind-mounted over
# /etc/hosts by `ip netns exec`, removed at teardown). A trace ends in milliseconds, yet
# every hop line must carry its name, in 5 runs of 5; the report table cuts a long name to
# its column, as mtr does.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/e2e.sh"
lab_require jq
lab_init
lab_chain 4
lab_ratelimit all 0
ns=$(lab_ns c)
cleanup="rm -rf -- '/etc/netns/$ns'"
[[ -d /etc/netns ]] || cleanup+="; rmdir /etc/netns 2>/dev/null || true"
lab_at_exit "$cleanup"
mkdir -p "/etc/netns/$ns"
long=$(printf 'x%.0s' {1..60}).$(printf 'y%.0s' {1..60}).$(printf 'z%.0s' {1..60}).lab.example
{
    echo "127.0.0.1 localhost"
    for k in 1 2 3 4; do echo "$(lab_hop_addr "$k" 4) r$k.lab.example"; done
    echo "$LAB_DST4 $long"
} >"/etc/netns/$ns/hosts"

for run in 1 2 3 4 5; do
    nt_rc out trace -w 1 "$LAB_DST4"
    lab_check "run $run: exit 0" test "$RC" -eq 0
    for k in 1 2 3 4; do
        lab_check "run $run: hop $k shows r$k.lab.example ($(lab_hop_addr "$k" 4))" \
            grep -qE "^ $k  r$k\\.lab\\.example \\($(lab_hop_addr "$k" 4)\\)  " <<<"$out"
    done
    lab_check "run $run: hop 5 shows the destination's long name" \
        grep -qF " 5  $long ($LAB_DST4)" <<<"$out"
done

nt_rc out trace --json -w 1 "$LAB_DST4"
lab_check "--json: every hop has its host name" jq_ok "$out" \
    '[.hops[:4][] | .probes[0].host] == ["r1.lab.example","r2.lab.example","r3.lab.example","r4.lab.example"]'

nt_rc out trace -c 2 -i 0.2 -w 1 "$LAB_DST4"
lab_check "report: exit 0" test "$RC" -eq 0
row=$(grep -E '^ +5  ' <<<"$out" || true)
lab_check "report: the long name is cut to the 24-character column" \
    test "$(awk '{print $2}' <<<"$row")" == "${long:0:24}"
lab_check "report: every row keeps the column layout" \
    bash -c '[[ $(grep -cE "^ +[0-9]+  \S+ +[0-9.]+% +[0-9]+ " <<<"$1") -eq 5 ]]' _ "$out"
lab_finish
