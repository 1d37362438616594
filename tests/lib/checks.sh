# shellcheck shell=bash
# tests/lib/checks.sh -- the one assertion idiom of nettrio's shell tests, and the helpers
# every test script shares. tests/lab/lib.sh sources it, so lab tests have it all; tests
# that need no lab (cli, install, package) source it alone.
#
#   lab_check "what a user would check" CMD...   # ok:/FAIL: line, failure remembered
#   lab_pass "what held" / lab_fail "what did not" # the same, for branchy checks
#   lab_finish                                    # RESULT line, exit 1 on any failure
#
# Output: "ok:   DESC" on stdout, "FAIL: DESC" on stderr with $LAB_CONTEXT (the command's
# output, when the test set it) so a failure shows what the user would have seen.

if [[ -n ${_NT_CHECKS_LOADED:-} ]]; then
    return 0
fi
_NT_CHECKS_LOADED=1

LAB_FAILED=${LAB_FAILED:-0}

lab_pass() { echo "ok:   $*"; }

lab_fail() {
    echo "FAIL: $*" >&2
    if [[ -n ${LAB_CONTEXT:-} ]]; then
        printf '%s\n' "----- output -----" "$LAB_CONTEXT" "------------------" >&2
    fi
    LAB_FAILED=1
}

# lab_check "description" CMD... : run CMD; print "ok: ..." or "FAIL: ..." (plus
# $LAB_CONTEXT) and remember the failure. Never exits, so one run reports every check.
lab_check() {
    local desc=$1
    shift
    if "$@"; then
        lab_pass "$desc"
    else
        lab_fail "$desc"
    fi
    return 0
}

# lab_finish : exit 1 if any check failed, else 0 (a lab's teardown runs from its trap).
lab_finish() {
    if [[ $LAB_FAILED != 0 ]]; then
        echo "RESULT: FAIL (${0##*/})" >&2
        exit 1
    fi
    echo "RESULT: PASS (${0##*/})"
    exit 0
}

# --- checks in parallel ----------------------------------------------------------------------
# lab_job CMD...: CMD in the background, in a directory of its own under $LAB_JOBS (its
# files are its own), at most ${LAB_JOBS_MAX:-6} at once, its output kept. lab_drain waits
# for every job and prints their output in the order they were started; a FAIL: line in
# any fails the test (lab_finish). For comparisons that do not depend on timing.
lab_job() {
    : "${LAB_JOBS:?set LAB_JOBS to a directory for the jobs}"
    while (($(jobs -rp | wc -l) >= ${LAB_JOBS_MAX:-6})); do wait -n || true; done
    _LAB_NJOBS=$((${_LAB_NJOBS:-0} + 1))
    local d
    d="$LAB_JOBS/$(printf %04d "$_LAB_NJOBS")"
    mkdir -p "$d"
    (cd "$d" && "$@") >"$d/log" 2>&1 &
}

lab_drain() {
    wait
    local d
    for d in "${LAB_JOBS:?}"/*/; do
        [[ -f $d/log ]] || continue
        cat "$d/log"
        if grep -q '^FAIL' "$d/log"; then LAB_FAILED=1; fi
        rm -rf "$d"
    done
    return 0
}

# --- running nettrio ------------------------------------------------------------------------
# NETTRIO: the binary under test (ctest sets it, or the script from its argument).

# nt ARGS... : nettrio in the lab's client namespace, as root; stdout to the caller.
nt() { lab_client "$NETTRIO" "$@"; }

# nt_rc VAR ARGS... : nettrio in the client namespace; stdout into VAR, exit code into RC,
# stderr into STDERR, all three into LAB_CONTEXT for a failing check to show.
nt_rc() {
    local __var=$1 __out
    shift
    set +e
    __out=$(lab_client "$NETTRIO" "$@" 2>"$LAB_TMP/stderr")
    RC=$?
    set -e
    printf -v "$__var" '%s' "$__out"
    STDERR=$(cat "$LAB_TMP/stderr")
    LAB_CONTEXT="$ nettrio $*"$'\n'"$__out"$'\n'"stderr: $STDERR"$'\n'"exit: $RC"
}

# NOBODY: the prefix that runs a command as the unprivileged user nobody (no groups, nothing
# inherited); for places a function cannot go, e.g. after `ip netns exec NS`.
NOBODY=(setpriv --reuid=nobody --regid=nogroup --clear-groups)

# as_nobody CMD... : CMD as nobody.
as_nobody() { "${NOBODY[@]}" "$@"; }

# lab_nobody CMD... : CMD in the lab's client namespace as nobody.
lab_nobody() { lab_client "${NOBODY[@]}" "$@"; }

# nt_nobody ARGS... : nettrio in the client namespace as nobody.
nt_nobody() { lab_nobody "$NETTRIO" "$@"; }

# What /proc/PID/status shows (Uid, Gid, the capability sets, NoNewPrivs) for a nettrio run
# by nobody once it has dropped everything for good.
NOBODY_DROPPED="Uid: 65534 65534 65534 65534
Gid: 65534 65534 65534 65534
CapInh: 0000000000000000
CapPrm: 0000000000000000
CapEff: 0000000000000000
CapAmb: 0000000000000000
NoNewPrivs: 1"

# --- reading what it printed ----------------------------------------------------------------

# jq_is JSON FILTER EXPECTED : the filter's raw output equals EXPECTED.
jq_is() { [[ $(jq -r "$2" <<<"$1") == "$3" ]]; }

# jq_ok JSON FILTER [JQ ARGS...] : the filter's result is true (jq -e), output discarded.
jq_ok() {
    local j=$1 f=$2
    shift 2
    jq -e "$@" "$f" <<<"$j" >/dev/null
}

# within MEASURED EXPECTED TOLERANCE : |MEASURED - EXPECTED| <= TOLERANCE (decimals ok).
within() { awk -v m="$1" -v e="$2" -v t="$3" 'BEGIN { d = m - e; if (d < 0) d = -d; exit !(m ~ /^-?[0-9.]+$/ && d <= t) }'; }

# sanitizers_quiet TEXT : no sanitizer report in TEXT (a run's stderr).
sanitizers_quiet() {
    ! grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer)|Sanitizer has encountered a fatal error|runtime error:|SUMMARY: UndefinedBehaviorSanitizer' <<<"$1"
}

# --- bad input ------------------------------------------------------------------------------

# expect_usage_error NAME PATTERN CMD... : what a user typed wrong gets exit 2, exactly one
# line on stderr matching PATTERN (ERE; "" for any), nothing on stdout, no crash or trace.
# The line stays in $EXPECT_STDERR for further checks.
expect_usage_error() {
    local name=$1 pattern=$2 rc lines out err
    shift 2
    out=$(mktemp) err=$(mktemp)
    "$@" >"$out" 2>"$err"
    rc=$?
    lines=$(wc -l <"$err")
    LAB_CONTEXT="$ $*"$'\n'"$(cat "$out")"$'\n'"stderr: $(cat "$err")"$'\n'"exit: $rc"
    if [[ $rc -eq 2 && $lines -eq 1 && ! -s $out ]] && grep -qE -- "$pattern" "$err" &&
        ! grep -qiE 'terminate|exception|Aborted|stack' "$err"; then
        lab_pass "$name: $(cat "$err")"
    else
        lab_fail "$name: exit $rc, $lines line(s) on stderr"
    fi
    LAB_CONTEXT=""
    EXPECT_STDERR=$(cat "$err")
    rm -f "$out" "$err"
}

# expect_success NAME PATTERN CMD... : exit 0 and stdout matches PATTERN (ERE).
expect_success() {
    local name=$1 pattern=$2 rc out err
    shift 2
    out=$(mktemp) err=$(mktemp)
    "$@" >"$out" 2>"$err"
    rc=$?
    LAB_CONTEXT="$ $*"$'\n'"$(head -5 "$out")"$'\n'"stderr: $(head -5 "$err")"$'\n'"exit: $rc"
    if [[ $rc -eq 0 ]] && grep -qE -- "$pattern" "$out"; then
        lab_pass "$name"
    else
        lab_fail "$name: exit $rc, stdout does not match /$pattern/"
    fi
    LAB_CONTEXT=""
    rm -f "$out" "$err"
}
