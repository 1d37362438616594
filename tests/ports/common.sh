# shellcheck shell=bash
# Shared by the tests/ports lab scripts: the lab library, the nettrio binary, and a
# namespace holding the lab's known listeners (tests/lab/lib.sh, scenario "listeners":
# wildcard, loopback-only, specific-address, IPv6-only and dual-stack TCP/UDP sockets,
# plus two established loopback pairs, all owned by one nt-listener process).
#
# Every command that touches the lab runs inside the lab's client namespace
# (lab_client = ip netns exec); the lab deletes its namespaces on exit.

NETTRIO_BIN=$(readlink -f -- "${1:?usage: $0 PATH_TO_NETTRIO}")
source "$(dirname -- "${BASH_SOURCE[0]}")/../lab/lib.sh"

# ports_lab_up [TOOL...]: require root + tools, build the listeners namespace.
ports_lab_up() {
    [[ -x $NETTRIO_BIN ]] || { echo "no nettrio binary at $NETTRIO_BIN" >&2; exit 1; }
    lab_require ss cc "$@"
    lab_init
    lab_scenario listeners
    # Teardown (lib.sh's EXIT trap) kills the listeners, deletes the namespaces and fails
    # the test if `ip netns list` still shows one of them.
}

# nt, nt_nobody, jq_ok, jq_is: tests/lib/checks.sh (through lab/lib.sh).
NETTRIO=$NETTRIO_BIN


# ports_norm: "proto STATE local" per line from a nettrio table (tcp6 -> tcp), sorted.
ports_norm() {
    awk 'NR > 1 { p = $1; sub(/6$/, "", p); print p, $6, $4 }' | sort
}

# ss_norm: the same from `ss -H`.
ss_norm() {
    awk '{ print $1, $2, $5 }' | sort
}
