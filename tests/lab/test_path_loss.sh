#!/usr/bin/env bash
# lab.path_loss - lab_path_loss nth gives exact, deterministic loss with the
# system ping: nth 4 toward the destination -> exactly 25 % (v4 and v6),
# nth 5 on replies toward the client -> exactly 20 %.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"
lab_require ping
lab_init
lab_chain 3
lab_ratelimit all 0

ping_received() { # FAM COUNT -> number of replies
    local out
    out=$(lab_client ping "-$1" -n -q -c "$2" -i 0.05 -W 1 "$(lab_dst "$1")" 2>&1 || true)
    LAB_CONTEXT=$out
    printf '%s\n' "$out" | sed -n 's/.* \([0-9][0-9]*\) received.*/\1/p'
}

lab_path_loss 2 nth 4
for fam in 4 6; do
    got=$(ping_received "$fam" 20)
    lab_check "v$fam: nth 4 toward destination: 15 of 20 replies (got $got)" test "${got:-x}" == 15
done

lab_clear 2
lab_path_loss 2 nth 5 to-client
for fam in 4 6; do
    got=$(ping_received "$fam" 20)
    lab_check "v$fam: nth 5 toward client: 16 of 20 replies (got $got)" test "${got:-x}" == 16
done
lab_finish
