#!/usr/bin/env bash
# ports.forged: a process name is any bytes its owner chose (prctl PR_SET_NAME), and root
# reads it. A listener named "\e[8m\nfake\xff" must not hide text or forge a row in
# `ports -ltnp`, `ports --check`, or `check --port`: no raw control or invalid byte of it
# reaches stdout, it shows as \x1b[8m\x0afake\xff, and JSON stays valid.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/common.sh"
[[ -x $NETTRIO_BIN ]] || { echo "no nettrio binary at $NETTRIO_BIN" >&2; exit 1; }
lab_require ss cc jq
lab_init
lab_chain 1
NT_LISTENER_NAME=$'\e[8m\nfake\xff' lab_listeners tcp4:127.0.0.1:8090 tcp4:0.0.0.0:8091
shown='\x1b[8m\x0afake\xff'
pid=$LAB_LISTENER_PID

# run NAME ARGS...: nettrio in the client namespace; stdout, byte for byte, in
# $LAB_TMP/NAME.out, exit status in $rc.
run() {
    local name=$1
    shift
    set +e
    nt "$@" >"$LAB_TMP/$name.out" 2>"$LAB_TMP/$name.err"
    rc=$?
    set -e
    LAB_CONTEXT="exit $rc; stdout (cat -v):"$'\n'"$(cat -v "$LAB_TMP/$name.out")"
}
# jqe ARGS... FILE: FILE is not empty and jq -e holds on it, quietly.
jqe() { [[ -s ${*: -1} ]] && jq -e "$@" >/dev/null; }
# clean FILE: no byte a terminal acts on (controls but newline, DEL, 0x80-0xff).
clean() { ! LC_ALL=C grep -qP '[\x00-\x09\x0b-\x1f\x7f-\xff]' "$1"; }

lab_check "the listener's comm holds the escape sequence" \
    grep -qF $'\e[8m' "/proc/$pid/comm"

run table ports -ltnp
lab_check "ports -ltnp: exit 0" test "$rc" -eq 0
lab_check "ports -ltnp: no raw control or 0xff byte" clean "$LAB_TMP/table.out"
lab_check "ports -ltnp: the name as $shown" grep -qF "$pid/$shown" "$LAB_TMP/table.out"
lab_check "ports -ltnp: one row per socket (header + $(lab_client ss -Hltn | wc -l))" \
    test "$(wc -l <"$LAB_TMP/table.out")" -eq $(($(lab_client ss -Hltn | wc -l) + 1))
lab_check "ports -ltnp: no row starts with the forged text" \
    bash -c '! grep -q "^fake" "$1"' _ "$LAB_TMP/table.out"

run tablejson ports -ltnp --json
lab_check "ports -ltnp --json parses" jqe 'length == 2' "$LAB_TMP/tablejson.out"
lab_check "ports --json: process is the raw name (invalid UTF-8 as U+FFFD)" \
    jqe '.[0].process == "\u001b[8m\nfake\ufffd"' "$LAB_TMP/tablejson.out"

run check ports --check 8091
lab_check "ports --check: exit 0 (listening on 0.0.0.0)" test "$rc" -eq 0
lab_check "ports --check: no raw control or 0xff byte" clean "$LAB_TMP/check.out"
lab_check "ports --check: owner as pid $pid ($shown)" \
    grep -qF "pid $pid ($shown)" "$LAB_TMP/check.out"
lab_check "ports --check: no line starts with the forged text" \
    bash -c '! grep -q "^fake" "$1"' _ "$LAB_TMP/check.out"

run checkjson ports --check 8091 --json
lab_check "ports --check --json parses" jqe '.port == 8091' "$LAB_TMP/checkjson.out"
lab_check "ports --check --json: owner is the sanitised prose" \
    jqe --arg o "pid $pid ($shown)" '.bindings[0].owner == $o' "$LAB_TMP/checkjson.out"
lab_check "ports --check --json: process is the raw name" \
    jqe '.bindings[0].process == "\u001b[8m\nfake\ufffd"' "$LAB_TMP/checkjson.out"

# check's ports step reads the same table (only loopback is probed: 127.0.0.1 in the ns).
run fulljson check 127.0.0.1 --port 8090 --json
lab_check "check --json: ran (exit 0 or 1, not 2)" test "$rc" -le 1
lab_check "check --json parses" jqe '.target == "127.0.0.1"' "$LAB_TMP/fulljson.out"
lab_check "check --json: the ports step's owner is sanitised" \
    jqe --arg o "pid $pid ($shown)" \
    '[.steps[] | select(.step == "ports") | .details.bindings[].owner] == [$o]' \
    "$LAB_TMP/fulljson.out"

run full check 127.0.0.1 --port 8090
lab_check "check: ran (exit 0 or 1, not 2)" test "$rc" -le 1
lab_check "check: no raw control or 0xff byte" clean "$LAB_TMP/full.out"
lab_check "check: the ports step is one line" \
    test "$(grep -c '\] ports ' "$LAB_TMP/full.out")" -eq 1
lab_finish
