#!/usr/bin/env bash
# lab.teardown - no namespace (or process) of a run survives its end:
#   normal exit, failing command under set -e, lab error (_lab_die),
#   SIGINT while waiting, SIGTERM while waiting, SIGINT while the topology
#   is still being built, and SIGKILL followed by `scripts/lab down --stale`.
set -euo pipefail
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
source "$HERE/lib.sh"
lab_require
# This test does not build a lab itself; it drives child scripts.
work=$(mktemp -d "${TMPDIR:-/tmp}/nt-teardown-test.XXXXXX")
trap 'rm -rf -- "$work"' EXIT

cat >"$work/child.sh" <<'EOS'
set -euo pipefail
source "$1"
out=$2
lab_init
echo "$LAB_PREFIX" >"$out.prefix"
case $3 in
    normal) lab_chain 2 ;;
    fail) lab_chain 2; false; echo "not reached" ;;
    die) lab_chain 2; lab_silent_router 99 ;;
    wait)
        lab_chain 3
        lab_listeners >/dev/null
        echo "$LAB_LISTENER_PID" >"$out.listener"
        lab_client sleep 300 &
        echo up >"$out.up"
        wait
        ;;
    build) lab_chain 40 ;;
esac
EOS

wait_for() { # FILE SECONDS
    local i
    for ((i = 0; i < $2 * 20; i++)); do
        [[ -s $1 ]] && return 0
        sleep 0.05
    done
    return 1
}

# run_child MODE EXPECTED_RC [SIGNAL [TRIGGER]]
run_child() {
    local mode=$1 want=$2 sig=${3:-} trigger=${4:-} out="$work/$1${3:+-$3}" pid rc prefix left lpid i
    # Background children of a non-interactive shell ignore SIGINT; reset it.
    env --default-signal=INT bash "$work/child.sh" "$HERE/lib.sh" "$out" "$mode" >"$out.log" 2>&1 &
    pid=$!
    if [[ -n $sig ]]; then
        if [[ $trigger == built ]]; then
            wait_for "$out.up" 30 || true
        else
            # Signal as soon as a few namespaces exist (mid-build).
            wait_for "$out.prefix" 10 || true
            for ((i = 0; i < 200; i++)); do
                [[ $(lab_leftover_ns "$(cat "$out.prefix" 2>/dev/null)" | grep -c .) -ge 3 ]] && break
                sleep 0.02
            done
        fi
        kill "-$sig" "$pid" 2>/dev/null || true
    fi
    set +e
    wait "$pid"
    rc=$?
    set -e
    prefix=$(cat "$out.prefix" 2>/dev/null || true)
    lab_check "$mode${sig:+ + SIG$sig}: run started (prefix ${prefix:-none})" test -n "$prefix"
    LAB_CONTEXT=$(cat "$out.log")
    lab_check "$mode${sig:+ + SIG$sig}: exit status $rc == $want" test "$rc" == "$want"
    left=$(lab_leftover_ns "$prefix")
    LAB_CONTEXT="leftover: $left"
    lab_check "$mode${sig:+ + SIG$sig}: no namespace of $prefix left" test -z "$left"
    lab_check "$mode${sig:+ + SIG$sig}: run state removed" test ! -e "$LAB_STATE_DIR/runs/$prefix"
    if [[ -s $out.listener ]]; then
        lpid=$(cat "$out.listener")
        for ((i = 0; i < 40; i++)); do
            [[ -e /proc/$lpid ]] || break
            sleep 0.05
        done
        lab_check "$mode${sig:+ + SIG$sig}: nt-listener (pid $lpid) is gone" test ! -e "/proc/$lpid"
    fi
    LAB_CONTEXT=""
}

run_child normal 0
run_child fail 1
run_child die 1
run_child wait 130 INT built
run_child wait 143 TERM built
run_child build 130 INT mid

# SIGKILL cannot be trapped: the namespaces leak, `scripts/lab down --stale`
# must find the dead run and remove them -- and must leave a live run alone.
live="$work/live"
env --default-signal=INT bash "$work/child.sh" "$HERE/lib.sh" "$live" wait >"$live.log" 2>&1 &
live_pid=$!
out="$work/kill"
bash "$work/child.sh" "$HERE/lib.sh" "$out" wait >"$out.log" 2>&1 &
pid=$!
wait_for "$out.up" 30 || true
wait_for "$live.up" 30 || true
kill -KILL "$pid"
wait "$pid" 2>/dev/null || true
prefix=$(cat "$out.prefix")
live_prefix=$(cat "$live.prefix")
lab_check "SIGKILL: namespaces of $prefix leaked as expected" test -n "$(lab_leftover_ns "$prefix")"
"$HERE/../../scripts/lab" down --stale
lab_check "SIGKILL + down --stale: no namespace of $prefix left" test -z "$(lab_leftover_ns "$prefix")"
lab_check "SIGKILL + down --stale: run state removed" test ! -e "$LAB_STATE_DIR/runs/$prefix"
lab_check "down --stale leaves the live run $live_prefix alone (5 namespaces)" \
    test "$(lab_leftover_ns "$live_prefix" | grep -c .)" -eq 5
lab_check "down --stale leaves the live run's state alone" test -d "$LAB_STATE_DIR/runs/$live_prefix"
kill -INT "$live_pid"
wait "$live_pid" 2>/dev/null || true
lab_check "live run cleaned up after its SIGINT" test -z "$(lab_leftover_ns "$live_prefix")"
lab_finish
