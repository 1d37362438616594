#!/usr/bin/env bash
# ping.sweep: a sweep of a /24 behind an AnyIP namespace finds exactly the live hosts, as
# fping does, on IPv4 and IPv6; -a lists the alive, -u the rest; exit 1 when some are dead.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/e2e.sh"
lab_require jq fping
lab_init
lab_scenario sweep   # live: 198.18.1.0/25 and 2001:db8:ff:1::/121

nt_rc alive ping -a --rate 0 -W 0.3 198.18.1.0/24
lab_check "v4: exit 1 (some hosts dead)" test "$RC" -eq 1
want=$(for i in $(seq 1 127); do echo "198.18.1.$i"; done | sort)
lab_check "v4: -a lists exactly .1-.127" test "$(sort <<<"$alive")" == "$want"
nt_rc dead ping -u --rate 0 -W 0.3 198.18.1.0/24
lab_check "v4: -u lists exactly .128-.254" test "$(sort <<<"$dead")" == "$(for i in $(seq 128 254); do echo "198.18.1.$i"; done | sort)"
peer=$(lab_client fping -a -g 198.18.1.0/24 -r 0 -t 300 2>/dev/null | sort || true)
lab_check "v4: fping finds the same hosts" test "$peer" == "$want"

nt_rc out ping --json --rate 0 -W 0.3 198.18.1.0/28 198.18.1.200
lab_check "v4: one JSON object per target per line" test "$(wc -l <<<"$out")" -eq 15
lab_check "v4: the dead one has null rtt and 100% loss" jq_is "$(tail -1 <<<"$out")" '"\(.target) \(.rtt_ms) \(.loss_percent) \(.alive)"' "198.18.1.200 null 100 false"

nt_rc alive ping -a --rate 0 -W 0.3 2001:db8:ff:1::/120
lab_check "v6: -a lists exactly the 128 live addresses of the /121" test "$(wc -l <<<"$alive")" -eq 128
lab_check "v6: the first live is 2001:db8:ff:1::" grep -qx "2001:db8:ff:1::" <<<"$alive"
lab_check "v6: nothing past ::7f" bash -c '! grep -qE "::(8[0-9a-f]|[9a-f][0-9a-f])$" <<<"$1"' _ "$alive"

# Targets from a file and from stdin.
printf '198.18.1.1\n# comment\n\n198.18.1.130\n' >"$LAB_TMP/targets"
nt_rc out ping -c 1 -W 0.3 -f "$LAB_TMP/targets"
lab_check "-f FILE: one summary line per target" test "$(grep -c "xmt/rcv/%loss" <<<"$out")" -eq 2
lab_check "-f FILE: alive one 1/1/0%" grep -q "^198.18.1.1 : xmt/rcv/%loss = 1/1/0%" <<<"$out"
lab_check "-f FILE: dead one 1/0/100%" grep -q "^198.18.1.130 : xmt/rcv/%loss = 1/0/100%" <<<"$out"
out=$(printf '198.18.1.2\n' | lab_client "$NETTRIO" ping -a -f - 198.18.1.3 2>/dev/null || true)
LAB_CONTEXT=$out
lab_check "-f -: stdin targets join the command line ones" test "$(sort <<<"$out" | tr '\n' ' ')" == "198.18.1.2 198.18.1.3 "
lab_finish
