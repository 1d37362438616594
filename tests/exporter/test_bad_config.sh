#!/usr/bin/env bash
# lab.exporter.bad_config - a bad configuration at start: one line naming file, line and
# problem, exit 2, nothing probed (no namespace needed: nothing is sent).
set -uo pipefail
[[ -x ${NETTRIO:-} ]] || { echo "SKIPPED: NETTRIO not set" >&2; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

check() { # NAME YAML EXPECTED-LINE
    local out rc lines
    printf '%s' "$2" >"$tmp/$1.yml"
    out=$("$NETTRIO" exporter --config "$tmp/$1.yml" --listen 127.0.0.1:0 2>&1 </dev/null)
    rc=$?
    lines=$(printf '%s\n' "$out" | wc -l)
    if [[ $rc == 2 && $lines == 1 && $out == "nettrio exporter: $tmp/$1.yml:"$3 ]]; then
        echo "ok:   $1: $out"
    else
        echo "FAIL: $1: exit $rc, $lines lines: $out (wanted ...:$3)" >&2
        fail=1
    fi
}

check unknown_key $'interval: 1s\ntargets:\n  - hosts: [198.18.0.1]\n    probes: [icmp]\n    intervall: 2s\n' \
    "5: unknown key 'intervall' in a target group"
check bad_cidr $'targets:\n  - hosts: [198.18.0.1, 198.18.0.0/40]\n    probes: [icmp]\n' \
    "2: bad CIDR*"
check port_70000 $'targets:\n  - hosts: [198.18.0.1]\n    probes:\n      - icmp\n      - tcp:70000\n' \
    "5: probe 'tcp:70000': the port must be from 1 to 65535"
check duplicate $'targets:\n  - hosts: [198.18.0.1]\n    probes: [icmp]\n  - hosts: [198.18.0.1]\n    probes: [trace]\n' \
    "4: duplicate target '198.18.0.1'"
exit $fail
