#!/usr/bin/env bash
# lab.icmp_blocked - destination drops ICMP echo only: ping gets nothing,
# UDP traceroute still reaches it, ICMP traceroute (-I) does not.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"
lab_require traceroute ping
lab_init
lab_scenario icmp_blocked

for fam in 4 6; do
    dst=$(lab_dst "$fam")
    out=$(lab_client ping "-$fam" -n -c 3 -i 0.1 -W 1 "$dst" 2>&1 || true)
    LAB_CONTEXT=$out
    lab_check "v$fam: ping gets 0 replies" grep -q ' 0 received' <<<"$out"
    out=$(lab_traceroute "-$fam" -q 3 "$dst")
    LAB_CONTEXT=$out
    lab_check "v$fam: UDP traceroute reaches $dst at hop $LAB_DST_HOP" \
        lab_tr_hop_is "$out" "$LAB_DST_HOP" "$dst"
    out=$(lab_traceroute "-$fam" -I -q 3 -m "$LAB_DST_HOP" "$dst")
    LAB_CONTEXT=$out
    lab_check "v$fam: ICMP traceroute: routers answer" lab_tr_hop_is "$out" "$LAB_ROUTERS" "$(lab_hop_addr "$LAB_ROUTERS" "$fam")"
    lab_check "v$fam: ICMP traceroute: destination hop is '* * *'" lab_tr_hop_silent "$out" "$LAB_DST_HOP"
done
lab_finish
