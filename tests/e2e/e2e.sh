# shellcheck shell=bash
# Shared by the nettrio end-to-end tests: the lab library plus helpers to run nettrio
# inside the client namespace and read its JSON with jq.
source "$(dirname -- "${BASH_SOURCE[0]}")/../lab/lib.sh"

NETTRIO=${NETTRIO:?set NETTRIO to the nettrio binary (ctest does)}
NETTRIO=$(readlink -f "$NETTRIO")

# nt ARGS... : nettrio in the client namespace; stdout captured by the caller.
nt() { lab_client "$NETTRIO" "$@"; }

# nt_rc VAR ARGS... : run nettrio in the client ns, stdout into VAR, exit code into RC.
nt_rc() {
    local __var=$1
    shift
    local __out
    set +e
    __out=$(lab_client "$NETTRIO" "$@" 2>"$LAB_TMP/stderr")
    RC=$?
    set -e
    printf -v "$__var" '%s' "$__out"
    STDERR=$(cat "$LAB_TMP/stderr")
    LAB_CONTEXT="$ nettrio $*"$'\n'"$__out"$'\n'"stderr: $STDERR"$'\n'"exit: $RC"
}

# jq_is JSON FILTER EXPECTED : the filter's raw output equals EXPECTED.
jq_is() { [[ $(jq -r "$2" <<<"$1") == "$3" ]]; }

# jq_ok JSON FILTER [JQ ARGS...] : the filter's result is true (jq -e), output discarded.
jq_ok() {
    local j=$1 f=$2
    shift 2
    jq -e "$@" "$f" <<<"$j" >/dev/null
}

# What /proc/PID/status shows (Uid, Gid, the capability sets, NoNewPrivs) for a nettrio run
# by nobody once it has dropped everything for good.
NOBODY_DROPPED="Uid: 65534 65534 65534 65534
Gid: 65534 65534 65534 65534
CapInh: 0000000000000000
CapPrm: 0000000000000000
CapEff: 0000000000000000
CapAmb: 0000000000000000
NoNewPrivs: 1"
