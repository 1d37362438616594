# shellcheck shell=bash
# Shared by the nettrio end-to-end tests: the lab library plus helpers to run nettrio
# inside the client namespace and read its JSON with jq.
source "$(dirname -- "${BASH_SOURCE[0]}")/../lab/lib.sh"

NETTRIO=${NETTRIO:?set NETTRIO to the nettrio binary (ctest does)}
NETTRIO=$(readlink -f "$NETTRIO")

# nt, nt_rc, jq_is, jq_ok, NOBODY_DROPPED: tests/lib/checks.sh (through lab/lib.sh).
