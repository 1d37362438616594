#!/usr/bin/env bash
# ping.forger: a local forger beside nettrio's ping (tests/e2e/forger.py, same namespace,
# root, so stronger than a local user) learns the echo identifier from the pid and from
# the wire, and forges, for every probe it sees: the first router's time exceeded quoting
# an echo with the pid as identifier and our sequence; a time exceeded quoting the probe
# itself with other data (a wrong cookie); an echo reply from the destination with a good
# checksum over other data. nettrio must print no time exceeded, no DUP and no corrupted
# reply, and count exactly the genuine replies.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/e2e.sh"
lab_require python3 jq
lab_init
lab_chain 2
lab_ratelimit all 0

forger=$(dirname -- "${BASH_SOURCE[0]}")/forger.py
count=20
# Not lab_client: a function runs in a subshell, and $! must be nettrio's pid (ip netns
# exec execs the command).
ip netns exec "$LAB_CLIENT" "$NETTRIO" ping -c "$count" -i 0.1 -W 1 "$LAB_DST4" \
    >"$LAB_TMP/ping.out" 2>"$LAB_TMP/ping.err" &
pid=$!
# The forger starts once nettrio runs: it needs the pid, so it misses the first probes.
lab_client python3 "$forger" l0 "$LAB_CLIENT4" "$(lab_hop_addr 1 4)" "$pid" $((count / 10 + 2)) \
    "${FORGER_MODES:-pid,sniff}" >"$LAB_TMP/forger.out" 2>&1 &
fpid=$!
set +e
wait "$pid"
RC=$?
wait "$fpid"
FRC=$?
set -e
out=$(cat "$LAB_TMP/ping.out")
counters=$(tail -n 1 "$LAB_TMP/forger.out")
LAB_CONTEXT="$out"$'\n'"stderr: $(cat "$LAB_TMP/ping.err")"$'\n'"exit: $RC"$'\n'"forger: $(cat "$LAB_TMP/forger.out")"

lab_check "the forger ran" test "$FRC" -eq 0
lab_check "the forger saw and forged against at least half the probes" jq_ok "$counters" \
    '.probes_seen >= 10 and .pid_echoes >= 10 and .forged_errors >= 10 and .forged_replies >= 10'
lab_check "the forger read nettrio's pid" jq_ok "$counters" '.pid == $pid and .comm == "nettrio"' --argjson pid "$pid"
lab_check "the identifier on the wire is not the pid" jq_ok "$counters" \
    '.identifiers | length == 1 and .[0] != $pid' --argjson pid "$((pid & 0xffff))"
lab_check "ping: exit 0" test "$RC" -eq 0
lab_check "ping: no time exceeded line" eval '! grep -q "Time to live exceeded" <<<"$out"'
lab_check "ping: no DUP" eval '! grep -q "DUP" <<<"$out"'
lab_check "ping: no corrupted reply" eval '! grep -q "BAD CHECKSUM" <<<"$out"'
lab_check "ping: $count reply lines, icmp_seq 1..$count" test \
    "$(grep -cE "^64 bytes from $LAB_DST4: icmp_seq=[0-9]+ ttl=62 time=[0-9.]+ ms$" <<<"$out")" -eq "$count"
lab_check "ping: $count transmitted, $count received, no duplicates, errors or corrupted, 0% loss" \
    grep -qE "^$count packets transmitted, $count received, 0% packet loss" <<<"$out"
lab_finish
