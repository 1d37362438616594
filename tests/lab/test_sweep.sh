#!/usr/bin/env bash
# lab.sweep - AnyIP sweep target: fping over 198.18.1.0/24 finds exactly the
# live /25 (fping -g skips .0 and .255, so .1-.127 = 127 hosts; the kernel
# also answers .0), nothing beyond; IPv6 /120 list finds exactly the /121.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"
lab_require fping ping
lab_init
lab_scenario sweep

out=$(lab_client fping -a -g 198.18.1.0/24 -r 0 -t 200 -i 1 2>/dev/null || true)
LAB_CONTEXT=$out
want=$(for i in $(seq 1 127); do echo "198.18.1.$i"; done)
lab_check "v4: fping -g 198.18.1.0/24 alive = 198.18.1.1-127 ($(printf '%s\n' "$out" | grep -c . || true) hosts)" \
    test "$(printf '%s\n' "$out" | sort -t. -k4,4n)" == "$want"
answers() { lab_client ping -n -q -c 1 -W 1 "$1" >/dev/null 2>&1; }
silent() { ! answers "$1"; }
LAB_CONTEXT=""
for a in 198.18.1.0 198.18.1.127; do
    lab_check "v4: $a answers (AnyIP has no network/broadcast address)" answers "$a"
done
for a in 198.18.1.128 198.18.2.1; do
    lab_check "v4: $a (outside the live set) is silent" silent "$a"
done

# fping 5.1 has no -g for IPv6: feed the /120 as a list.
targets=$(for i in $(seq 0 255); do printf '2001:db8:ff:1::%x\n' "$i"; done)
out=$(printf '%s\n' "$targets" | lab_client fping -6 -a -r 0 -t 200 -i 1 2>/dev/null || true)
LAB_CONTEXT=$out
want=$(printf '%s\n' "$targets" | head -n 128)
lab_check "v6: alive in 2001:db8:ff:1::/120 = ::0-::7f ($(printf '%s\n' "$out" | grep -c . || true) hosts)" \
    test "$(printf '%s\n' "$out" | sort)" == "$(printf '%s\n' "$want" | sort)"
lab_finish
