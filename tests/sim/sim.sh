# shellcheck shell=bash
# shellcheck disable=SC2034 # variables are for the scripts that source this
# tests/sim/sim.sh -- run nettrio against nettrio-sim, a simulated path behind a TUN device.
#
#   source tests/sim/sim.sh
#   sim_require                       # exit 77 (SKIPPED) without root/netns/TUN/jq
#   lab_init                          # the lab's unique prefix + teardown trap
#   sim_up                            # namespace $LAB_PREFIX-sim with TUN "tsim"
#   sim_start "$SIM_SCENARIOS/rtt.json"      # or: sim_scenario NAME '<json>'
#   sim_nt out trace -n --json "$SIM_DST4"  # nettrio in the namespace, with a timeout
#   sim_probes | jq ...               # what the sim received during that run
#   sim_wire | jq ...                 # the same, each with the wire RTT of its reply
#
# The namespace is created with the lab library (tests/lab/lib.sh), so it is named
# "$LAB_PREFIX-sim", recorded before creation and deleted by the lab's teardown trap, which
# also kills every process inside it (the sim). It has no link to any other namespace: its
# only interface besides lo is the TUN device, which routes the lab ranges to the sim.
#
# Address plan inside the namespace (see docs/testing.md):
#   client (on tsim)    198.18.0.1/32        2001:db8::1/128
#   routes via tsim     198.18.0.0/15, 203.0.113.0/24, 2001:db8::/32
#   destinations        203.0.113.0/24 (SIM_DST4=203.0.113.10), 2001:db8:ff::/48
#                       (SIM_DST6=2001:db8:ff::10): the sim answers for any of them
#   routers             whatever the scenario says (198.18.K.1 / 2001:db8:K::1 by habit)
#   never probed        198.18.99.99, 2001:db8:99::99, 203.0.113.250 must stay unused

SIM_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../lab/lib.sh
source "$SIM_DIR/../lab/lib.sh"

SIM_SCENARIOS="$SIM_DIR/scenarios"
SIM_TUN=tsim
SIM_CLIENT4=198.18.0.1
SIM_CLIENT6=2001:db8::1
SIM_DST4=203.0.113.10
SIM_DST6=2001:db8:ff::10
SIM_NS=""
SIM_PID=""
SIM_LOG=""
SIM_MARK=0

# sim_require [TOOL...] : lab_require plus the TUN device, jq, timeout and the binaries.
sim_require() {
    lab_require jq timeout "$@"
    local why=""
    if [[ ! -c /dev/net/tun ]]; then
        why="/dev/net/tun is missing (no TUN support)"
    elif [[ -z ${NETTRIO:-} || ! -x ${NETTRIO:-} ]]; then
        why="NETTRIO does not name the nettrio binary (ctest sets it)"
    elif [[ -z ${NETTRIO_SIM:-} || ! -x ${NETTRIO_SIM:-} ]]; then
        why="NETTRIO_SIM does not name the nettrio-sim binary (ctest sets it)"
    fi
    if [[ -n $why ]]; then
        printf '\nSKIPPED: %s\n\n' "$why" >&2
        exit 77
    fi
    NETTRIO=$(readlink -f "$NETTRIO")
    NETTRIO_SIM=$(readlink -f "$NETTRIO_SIM")
}

# sim_up : the simulator's namespace and its TUN device, addressed and routed.
sim_up() {
    _lab_need_init
    _lab_add_ns sim host
    _lab_flush
    SIM_NS="$LAB_PREFIX-sim"
    # A persistent device: the sim can be restarted with another scenario while the
    # addresses and routes stay. MTU 9000: hostile replies may be long.
    ip -n "$SIM_NS" -batch - <<EOF || _lab_die "TUN setup failed in $SIM_NS"
tuntap add dev $SIM_TUN mode tun
link set dev $SIM_TUN mtu 9000 up
addr add $SIM_CLIENT4/32 dev $SIM_TUN
addr add $SIM_CLIENT6/128 dev $SIM_TUN nodad
route add 198.18.0.0/15 dev $SIM_TUN
route add 203.0.113.0/24 dev $SIM_TUN
route add 2001:db8::/32 dev $SIM_TUN
EOF
    # No qdisc on the device: a probe goes to the sim (and past its packet socket, which
    # stamps the wire times) inside nettrio's sendto(), never later from a softirq that a
    # loaded machine defers by milliseconds (a pfifo_fast backlog did, once).
    ip netns exec "$SIM_NS" tc qdisc replace dev "$SIM_TUN" root noqueue ||
        _lab_die "cannot set noqueue on $SIM_TUN"
    # Probes are sent from here (lab_client works too).
    LAB_CLIENT=$SIM_NS
    lab_at_exit 'sim_stop'
    export SIM_NS LAB_CLIENT
}

# sim_start FILE : (re)start the sim on FILE; its log becomes $LAB_TMP/<name>.jsonl.
sim_start() {
    local file=$1 name i
    name=$(basename "$file" .json)
    sim_stop
    "$NETTRIO_SIM" --check "$file" >/dev/null || _lab_die "bad scenario $file"
    SIM_LOG="$LAB_TMP/$name.jsonl"
    : >"$LAB_TMP/sim.out"
    ip netns exec "$SIM_NS" "$NETTRIO_SIM" --tun "$SIM_TUN" --scenario "$file" --log "$SIM_LOG" \
        >"$LAB_TMP/sim.out" 2>>"$LAB_TMP/sim.err" </dev/null &
    SIM_PID=$!
    for ((i = 0; i < 200; i++)); do
        grep -qx ready "$LAB_TMP/sim.out" 2>/dev/null && break
        kill -0 "$SIM_PID" 2>/dev/null || _lab_die "nettrio-sim exited: $(cat "$LAB_TMP/sim.err")"
        sleep 0.02
    done
    grep -qx ready "$LAB_TMP/sim.out" || _lab_die "nettrio-sim not ready after 4 s"
    SIM_MARK=0
    SIM_SCENARIO=$name
}

# sim_scenario NAME JSON : write JSON to $LAB_TMP/NAME.json and start the sim on it.
sim_scenario() {
    printf '%s\n' "$2" >"$LAB_TMP/$1.json"
    sim_start "$LAB_TMP/$1.json"
}

# sim_dst 4|6 : the destination address of that family.
sim_dst() {
    local v=SIM_DST$1
    printf '%s\n' "${!v}"
}

# sim_stop : stop the running sim (SIGTERM, then wait for it).
sim_stop() {
    if [[ -n $SIM_PID ]]; then
        kill -TERM "$SIM_PID" 2>/dev/null || true
        wait "$SIM_PID" 2>/dev/null || true
        SIM_PID=""
    fi
}

# nettrio runs at real-time priority (below the sim's): the tests compare its RTTs with the
# wire's, and what they check is its timestamping, not how fair the scheduler is to it
# while a parallel build or test holds both cores (a send delayed between nettrio's clock
# read and sendto() would add that delay to the RTT, as it would for iputils ping).
SIM_PRIO=()
if command -v chrt >/dev/null && chrt -f 5 true 2>/dev/null; then SIM_PRIO=(chrt -f 5); fi

# sim_nt VAR ARGS... : nettrio ARGS in the sim namespace under `timeout` (SIM_TIMEOUT,
# default 30 s). Stdout into VAR; sets RC, STDERR, WALL_MS (wall time) and LAB_CONTEXT.
# The sim log from here on is what this run sent (sim_probes).
sim_nt() {
    local __var=$1
    shift
    SIM_MARK=$(wc -l <"$SIM_LOG")
    sim_nt_start fg "$@"
    sim_nt_join fg "$__var"
    # Let the sim log the last packets it read.
    sleep 0.05
}

# sim_nt_start NAME [--nobody] ARGS... : as sim_nt, in the background (as nobody with
# --nobody); sim_nt_join NAME VAR collects it. For runs whose answers do not depend on
# timing (a path that never answers spends its time in nettrio's own waits), so several
# may overlap; sim_probes does not tell them apart.
sim_nt_start() {
    local name=$1 as=()
    shift
    if [[ ${1:-} == --nobody ]]; then
        as=("${NOBODY[@]}")
        shift
    fi
    local f=$LAB_TMP/run.$name
    printf '%s\n' "$*" >"$f.args"
    (
        t0=$(date +%s%N)
        rc=0
        timeout -k 2 "${SIM_TIMEOUT:-30}" ip netns exec "$SIM_NS" "${SIM_PRIO[@]}" "${as[@]}" \
            "$NETTRIO" "$@" >"$f.out" 2>"$f.err" </dev/null || rc=$?
        echo "$rc $((($(date +%s%N) - t0) / 1000000))" >"$f.rc"
    ) &
    printf '%s' "$!" >"$f.pid"
}

sim_nt_join() {
    local f=$LAB_TMP/run.$1 __var=$2
    wait "$(cat "$f.pid")" || true
    read -r RC WALL_MS <"$f.rc"
    printf -v "$__var" '%s' "$(cat "$f.out")"
    STDERR=$(cat "$f.err")
    LAB_CONTEXT="[$SIM_SCENARIO] \$ nettrio $(cat "$f.args")"$'\n'"${!__var}"$'\n'"stderr: $STDERR"$'\n'"exit: $RC, ${WALL_MS} ms"
}

# sim_probes : the probes the sim received since the last sim_nt, one JSON object a line.
sim_probes() {
    tail -n +"$((SIM_MARK + 1))" "$SIM_LOG" | jq -c 'select(.probe)'
}

# sim_wire : the probes of the last sim_nt as one JSON array, each with "wire_ms": the RTT
# the packet socket on the TUN device saw for it (probe leaving to reply arriving, kernel
# timestamps), and "wire_sent": when it left (seconds, kernel time); both null when the sim
# sent no genuine reply. Tests compare nettrio's RTTs with
# these, never with the scenario's nominal delays: the sim is not punctual under load.
sim_wire() {
    tail -n +"$((SIM_MARK + 1))" "$SIM_LOG" | jq -s -c '
        (map(select(.wire != null) | {key: (.wire | tostring), value: .}) | from_entries) as $w
        | map(select(.probe) | . + {wire_ms: $w[.n | tostring].rtt_ms,
                                    wire_sent: $w[.n | tostring].sent})'
}

# sim_sane : the last run exited by itself (no timeout, no signal, no runtime error) and
# the sanitizers said nothing.
sim_sane() {
    [[ $RC -ne 124 && $RC -ne 137 && $RC -lt 128 && $RC -ne 2 ]] && sanitizers_quiet "$STDERR"
}

# jq_is, jq_ok, within: tests/lib/checks.sh (through lab/lib.sh).
