#!/usr/bin/env bash
# interrupt.lab: Ctrl-C (SIGINT) ends ping and trace at once with what they have, as the
# genuine tools do: ping prints its statistics, trace keeps the hops shown and says it was
# interrupted. The signal reaches the session through the event loop (no polling), so the
# end comes well within a second of it even while every probe is still waiting.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/e2e.sh"
lab_require jq
lab_init
lab_scenario fig8  # the destination is silent: probes wait their full time

# interrupted AFTER_S ARGS... : run nettrio in the client namespace, SIGINT it AFTER_S
# seconds in; OUT, STDERR, RC, and LATE_MS (from the signal to its exit).
interrupted() {
    local after=$1 pid t0 t1
    shift
    # Background children of a non-interactive shell ignore SIGINT; a user's Ctrl-C does not.
    env --default-signal=INT ip netns exec "$LAB_CLIENT" "$NETTRIO" "$@" >"$LAB_TMP/out" 2>"$LAB_TMP/err" &
    pid=$!
    sleep "$after"
    t0=$(date +%s%N)
    kill -INT "$pid"
    set +e
    wait "$pid"
    RC=$?
    set -e
    t1=$(date +%s%N)
    LATE_MS=$(((t1 - t0) / 1000000))
    OUT=$(cat "$LAB_TMP/out")
    STDERR=$(cat "$LAB_TMP/err")
    LAB_CONTEXT="$ nettrio $* (SIGINT after ${after}s)"$'\n'"$OUT"$'\n'"stderr: $STDERR"$'\n'"exit: $RC"
}

for fam in 4 6; do
    dst=$(lab_dst "$fam")
    interrupted 1.5 ping -n -W 10 "$dst"
    lab_check "v$fam: ping: exit 1 (nothing received), not killed by the signal" test "$RC" -eq 1
    lab_check "v$fam: ping: statistics printed" grep -qE "^[0-9]+ packets transmitted, 0 received, 100% packet loss" <<<"$OUT"
    lab_check "v$fam: ping: ended within 1 s of the signal (took ${LATE_MS} ms)" test "$LATE_MS" -lt 1000

    interrupted 0.7 trace -n --json -w 5 "$dst"
    lab_check "v$fam: trace: exit 1 (not reached), not killed by the signal" test "$RC" -eq 1
    lab_check "v$fam: trace: verdict incomplete (interrupted)" jq_is "$OUT" '.verdict.kind' incomplete
    lab_check "v$fam: trace: the routers' hops that answered are kept" jq_is "$OUT" '[.hops[] | select(any(.probes[]; .from != null))] | length >= 1' true
    lab_check "v$fam: trace: ended within 1 s of the signal (took ${LATE_MS} ms)" test "$LATE_MS" -lt 1000
done
lab_finish
