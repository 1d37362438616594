#!/usr/bin/env bash
# lab.cli - scripts/lab list / up --as / status / exec / env / down.
set -euo pipefail
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
source "$HERE/lib.sh"
lab_require traceroute
LAB=$HERE/../../scripts/lab
inst="ctest$$"
trap '"$LAB" down "$inst" >/dev/null 2>&1 || true' EXIT

out=$("$LAB" list)
LAB_CONTEXT=$out
for s in fig3 fig4 fig5 fig6 fig7 fig8 fig9 clean28 sweep listeners icmp_blocked; do
    lab_check "list shows $s" grep -qE "^ +$s +" <<<"$out"
done

out=$("$LAB" up fig6 --as "$inst" 2>&1)
LAB_CONTEXT=$out
prefix=$(sed -n 's/^prefix: *//p' <<<"$out")
lab_check "up prints the prefix" test -n "$prefix"
lab_check "up prints how to enter" grep -q "scripts/lab shell $inst" <<<"$out"
lab_check "namespaces survive the end of 'up' (8)" test "$(lab_leftover_ns "$prefix" | grep -c .)" -eq 8
lab_check "status lists the instance" grep -q "^$inst " <<<"$("$LAB" status)"
lab_check "second 'up' of the same instance is refused" bash -c '"$0" up fig6 --as "$1" 2>&1 | grep -q "already up"' "$LAB" "$inst"

env_out=$("$LAB" env "$inst")
LAB_CONTEXT=$env_out
lab_check "env exports LAB_CLIENT=$prefix-c" grep -qx "export LAB_CLIENT=$prefix-c" <<<"$env_out"

tr=$("$LAB" exec "$inst" c sh -c 'traceroute -n -w 1,0,0 -q 1 "$LAB_DST4"')
LAB_CONTEXT=$tr
lab_check "exec: traceroute in the client sees silent hops 3-4, destination at 7" \
    bash -c 'source "$0"; lab_tr_hop_silent "$1" 3 && lab_tr_hop_silent "$1" 4 && [[ $(lab_tr_last "$1") == 7 ]]' "$HERE/lib.sh" "$tr"

LAB_CONTEXT=""
lab_check "down succeeds" "$LAB" down "$inst"
lab_check "no namespace of $prefix left" test -z "$(lab_leftover_ns "$prefix")"
lab_check "instance gone from status" bash -c '! "$0" status | grep -q "^$1 "' "$LAB" "$inst"
lab_finish
