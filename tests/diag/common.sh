# shellcheck shell=bash
# Shared by the tests/diag lab scripts: the lab library and the test-only driver.
NETTRIO_DIAG=$(readlink -f -- "${1:?usage: $0 PATH_TO_NETTRIO_DIAG}")
source "$(dirname -- "${BASH_SOURCE[0]}")/../lab/lib.sh"
[[ -x $NETTRIO_DIAG ]] || { echo "no nettrio_diag binary at $NETTRIO_DIAG" >&2; exit 1; }

# diag_in ROLE ARGS... : the driver inside a lab namespace; sets OUT and RC, never fails.
diag_in() {
    local role=$1
    shift
    set +e
    OUT=$(lab_exec "$role" "$NETTRIO_DIAG" "$@" 2>&1)
    RC=$?
    set -e
    LAB_CONTEXT="exit $RC"$'\n'"$OUT"
}

# has PATTERN : the last output matches the extended regex.
has() { grep -qE -- "$1" <<<"$OUT"; }
