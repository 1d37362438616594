# shellcheck shell=bash
# Shared by scripts/bench/{ping,trace}: a Release nettrio, the namespace lab, and timing.
set -euo pipefail
BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$BENCH_ROOT/scripts/lib.sh"
source "$BENCH_ROOT/tests/lab/lib.sh"

# bench_binary [PATH]: the nettrio to measure (default: the Release build, built if needed).
bench_binary() {
    if [[ $# -ge 1 && -n $1 ]]; then
        readlink -f -- "$1"
        return
    fi
    ensure_packages "${NETTRIO_BUILD_PACKAGES[@]}" >&2
    configure_and_build release >&2
    echo "$NETTRIO_ROOT/build/release/apps/nettrio/nettrio"
}

# wall CMD... : seconds (3 decimals) the command took; its output goes to $BENCH_OUT.
wall() {
    local t0 t1
    t0=$(date +%s%N)
    "$@" >"$BENCH_OUT" 2>"$BENCH_OUT.err" || true
    t1=$(date +%s%N)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }'
}

# median of numbers given as arguments
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }'; }

# spread of numbers given as arguments: "median M (min A, max B, N runs)"
spread() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "median %s (min %s, max %s, %d runs)", m, v[1], v[NR], NR }'
}

# goal DESCRIPTION MEASURED OP LIMIT : checks MEASURED OP LIMIT (OP: <, <=, ==, >=), prints
# "goal met" or "goal MISSED", and counts misses for bench_result.
BENCH_MISSED=0
goal() {
    local what=$1 value=$2 op=$3 limit=$4 ok
    ok=$(awk -v v="$value" -v l="$limit" -v op="$op" 'BEGIN {
        if (v !~ /^-?[0-9.]+$/) { print 0; exit }
        r = (op == "<") ? v < l : (op == "<=") ? v <= l : (op == "==") ? v == l : (op == ">=") ? v >= l : 0
        print r ? 1 : 0 }')
    if [[ $ok == 1 ]]; then
        echo "goal met:    $what: $value $op $limit"
    else
        echo "goal MISSED: $what: $value (goal $op $limit)"
        BENCH_MISSED=$((BENCH_MISSED + 1))
    fi
}

# bench_result NAME : the closing line; exits 1 when any goal was missed.
bench_result() {
    if ((BENCH_MISSED > 0)); then
        echo "RESULT: FAIL ($1: $BENCH_MISSED goal(s) missed)"
        exit 1
    fi
    echo "RESULT: PASS ($1: every goal met)"
}
