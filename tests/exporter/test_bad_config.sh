#!/usr/bin/env bash
# lab.exporter.bad_config - a bad configuration at start: one line naming file, line and
# problem, exit 2, nothing probed (no namespace needed: nothing is sent).
set -uo pipefail
[[ -x ${NETTRIO:-} ]] || { echo "SKIPPED: NETTRIO not set" >&2; exit 77; }
# lab_check, lab_finish: the one assertion idiom (tests/lib/checks.sh).
# shellcheck source=../lib/checks.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/../lib/checks.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# one_line_exit2 NAME EXPECTED-LINE : the run of $tmp/NAME.yml printed one line, the expected
# one (a glob after "FILE:"), and exited 2.
one_line_exit2() {
    [[ $RC == 2 && $(printf '%s\n' "$OUT" | wc -l) == 1 && $OUT == "nettrio exporter: $tmp/$1.yml:"$2 ]]
}

check() { # NAME YAML EXPECTED-LINE
    printf '%s' "$2" >"$tmp/$1.yml"
    OUT=$("$NETTRIO" exporter --config "$tmp/$1.yml" --listen 127.0.0.1:0 2>&1 </dev/null)
    RC=$?
    LAB_CONTEXT="$OUT"$'\n'"exit: $RC (wanted 2 and one line ...:$3)"
    lab_check "$1: one line, exit 2: $OUT" one_line_exit2 "$1" "$3"
    LAB_CONTEXT=
}

check unknown_key $'interval: 1s\ntargets:\n  - hosts: [198.18.0.1]\n    probes: [icmp]\n    intervall: 2s\n' \
    "5: unknown key 'intervall' in a target group"
check bad_cidr $'targets:\n  - hosts: [198.18.0.1, 198.18.0.0/40]\n    probes: [icmp]\n' \
    "2: bad CIDR*"
check port_70000 $'targets:\n  - hosts: [198.18.0.1]\n    probes:\n      - icmp\n      - tcp:70000\n' \
    "5: probe 'tcp:70000': the port must be from 1 to 65535"
check duplicate $'targets:\n  - hosts: [198.18.0.1]\n    probes: [icmp]\n  - hosts: [198.18.0.1]\n    probes: [trace]\n' \
    "4: duplicate target '198.18.0.1'"

# A bad --listen port: the one port parser's rule (1-65535; 0 asks the kernel for one).
printf 'targets:\n  - hosts: [198.18.0.1]\n    probes: [icmp]\n' >"$tmp/ok.yml"
OUT=$("$NETTRIO" exporter --config "$tmp/ok.yml" --listen 127.0.0.1:70000 2>&1 </dev/null)
RC=$?
LAB_CONTEXT="$OUT"$'\n'"exit: $RC"
listen_refused() {
    [[ $RC == 2 && $(wc -l <<<"$OUT") == 1 &&
        $OUT == "nettrio exporter: --listen '127.0.0.1:70000' is not ADDR:PORT"* ]]
}
lab_check "--listen 127.0.0.1:70000: one line naming --listen, exit 2" listen_refused
lab_finish
