#!/usr/bin/env bash
# ports.nobody: an unprivileged user sees the whole table (sock_diag needs no privilege)
# but not other users' processes: owners show '-' with one note that root sees them all.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/common.sh"
ports_lab_up setpriv

root_table=$(nt ports -ltun | ports_norm)
set +e
out=$(nt_nobody ports -ltunp 2>"$LAB_TMP/err")
rc=$?
set -e
err=$(cat "$LAB_TMP/err")
LAB_CONTEXT="exit $rc"$'\n'"$out"$'\n'"stderr:"$'\n'"$err"
lab_check "nobody: exit 0" test "$rc" -eq 0
lab_check "nobody sees the same 13 sockets as root" test "$(ports_norm <<<"$out" | cut -d' ' -f1-3)" == "$root_table"
lab_check "nobody: every owner shows '-'" \
    test "$(tail -n +2 <<<"$out" | awk '{print $7}' | sort -u)" == "-"
lab_check "nobody: exactly one note, saying root sees all owners" \
    test "$(grep -c . <<<"$err")" -eq 1 -a "$(grep -c 'root sees all owners' <<<"$err")" -eq 1
lab_check "nobody without -p: no note" test -z "$(nt_nobody ports -ltun 2>&1 >/dev/null)"

set +e
chk=$(nt_nobody ports --check 8080 2>&1)
rc=$?
set -e
LAB_CONTEXT="exit $rc"$'\n'"$chk"
lab_check "nobody --check 8080: still exit 0 (listening on a wildcard)" test "$rc" -eq 0
lab_check "nobody --check 8080: owner not visible, root sees all owners" \
    grep -q "owner not visible" <<<"$chk"
lab_check "nobody --check 8080: the root note" grep -q "root sees all owners" <<<"$chk"

json=$(nt_nobody ports -ltp --json)
LAB_CONTEXT=$json
lab_check "nobody --json -p: pid null" test "$(grep -o '"pid":null' <<<"$json" | wc -l)" -eq 7
LAB_CONTEXT=""
lab_finish
