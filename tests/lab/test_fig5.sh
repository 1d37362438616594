#!/usr/bin/env bash
# lab.fig5 - busy routers: deliberate loss of time-exceeded at hops 2 and 4
# (iptables statistic nth), every other hop clean, destination reached.
# Plus: lab_loss random produces partial loss.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"
lab_require traceroute
lab_init
lab_scenario fig5

for fam in 4 6; do
    out=$(lab_traceroute "-$fam" -q 3 "$(lab_dst "$fam")")
    LAB_CONTEXT=$out
    h2=$(lab_tr_hop "$out" 2)
    h4=$(lab_tr_hop "$out" 4)
    lab_check "v$fam: hop 2 answered only by $(lab_hop_addr 2 "$fam")" \
        test "$(lab_tr_addrs "$h2")" == "$(lab_hop_addr 2 "$fam")"
    lab_check "v$fam: hop 2 has exactly one '*' (nth 3)" test "$(lab_tr_stars "$h2")" -eq 1
    lab_check "v$fam: hop 4 answered only by $(lab_hop_addr 4 "$fam")" \
        test "$(lab_tr_addrs "$h4")" == "$(lab_hop_addr 4 "$fam")"
    lab_check "v$fam: hop 4 has one or two '*' (nth 2)" \
        test "$(lab_tr_stars "$h4")" -ge 1 -a "$(lab_tr_stars "$h4")" -le 2
    for k in 1 3 5 6 7; do
        lab_check "v$fam: hop $k clean ($(lab_hop_addr "$k" "$fam"))" \
            lab_tr_hop_is "$out" "$k" "$(lab_hop_addr "$k" "$fam")"
    done
    lab_check "v$fam: destination reached at hop $LAB_DST_HOP" \
        test "$(lab_tr_last "$out")" -eq "$LAB_DST_HOP"
done

# Random mode: router 3 loses half of its ICMP; 2 x 10 probes at hop 3.
lab_loss 3 random 0.5
out=$(lab_traceroute -q 10 -f 3 -m 3 "$LAB_DST4")$'\n'$(lab_traceroute -q 10 -f 3 -m 3 "$LAB_DST4")
LAB_CONTEXT=$out
stars=$(printf '%s\n' "$out" | awk '$1 == 3' | tr ' ' '\n' | grep -cx '\*' || true)
lab_check "random 0.5: some but not all of 20 probes at hop 3 lost ($stars lost)" \
    test "$stars" -ge 1 -a "$stars" -le 19
lab_finish
