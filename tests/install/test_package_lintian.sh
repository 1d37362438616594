#!/usr/bin/env bash
# package.lintian: lintian on the .deb package.build made (OUT/new.deb). No error may be
# left; each warning left must be one explained in docs/install.md ("What lintian still
# says") and listed here with its reason. Tags the package overrides (with the reason, in
# /usr/share/lintian/overrides/nettrio) do not show. SKIPPED (77) without lintian or without
# the package. Needs no network and no privileges.
set -u
# lab_pass, lab_fail, lab_check, lab_finish: the one assertion idiom (tests/lib/checks.sh).
# shellcheck source=../lib/checks.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/../lib/checks.sh"
out=${1:?usage: test_package_lintian.sh OUT_DIR}
deb=$out/new.deb
if ! command -v lintian >/dev/null; then
  echo "SKIPPED: lintian not found (apt install lintian; scripts/test installs it)" >&2
  exit 77
fi
if [[ ! -e $deb ]]; then
  echo "SKIPPED: no $deb (package.build did not run or was skipped)" >&2
  exit 77
fi

# Warnings that may remain, each with its reason (docs/install.md, "What lintian says",
# says the same). None today; an entry reads [tag-name]="why it stays".
declare -A explained=()

start=$SECONDS
# --tag-display-limit 0: every occurrence; -I (info) shown for the log, not judged.
lintian --tag-display-limit 0 -I "$deb" >"$out/lintian.log" 2>"$out/lintian.err"
echo "lintian $(lintian --print-version) on $(basename "$(readlink -f "$deb")") in $((SECONDS - start)) s:"
sed 's/^/  /' "$out/lintian.log"
grep -v 'running with root privileges' "$out/lintian.err" | sed 's/^/  stderr: /'

errors=$(grep -c '^E: ' "$out/lintian.log")
if ((errors)); then
  lab_fail "lintian reports $errors error(s)"
else
  lab_pass "no lintian errors"
fi
while read -r tag; do
  [[ -z $tag ]] && continue
  if [[ -n ${explained[$tag]+x} ]]; then
    lab_pass "warning $tag: explained (${explained[$tag]})"
  else
    lab_fail "warning $tag is not explained in docs/install.md nor overridden"
  fi
done < <(sed -n 's/^W: [^:]*: \([^ ]*\).*/\1/p' "$out/lintian.log" | sort -u)
echo "lintian: no errors, no unexplained warnings"
lab_finish
