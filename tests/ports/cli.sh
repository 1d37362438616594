#!/usr/bin/env bash
# ports.cli: bad input to `nettrio ports` is one line on stderr and exit 2; help works.
# Needs no privileges and sends nothing.
set -u
bin=$(readlink -f -- "${1:?usage: cli.sh PATH_TO_NETTRIO}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0

expect_error() { # NAME PATTERN ARGS...
    local name=$1 pattern=$2 rc lines
    shift 2
    "$bin" ports "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    lines=$(wc -l <"$tmp/err")
    if [[ $rc -ne 2 || $lines -ne 1 || -s $tmp/out ]] || ! grep -qE -- "$pattern" "$tmp/err" ||
        grep -qiE 'terminate|exception|Aborted' "$tmp/err"; then
        echo "FAIL $name: rc=$rc stderr_lines=$lines"
        sed 's/^/  stderr: /' "$tmp/err"
        sed 's/^/  stdout: /' "$tmp/out"
        fails=$((fails + 1))
    else
        echo "ok   $name: $(cat "$tmp/err")"
    fi
}
expect_ok() { # NAME PATTERN ARGS...
    local name=$1 pattern=$2 rc
    shift 2
    "$bin" ports "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    if [[ $rc -ne 0 ]] || ! grep -qE -- "$pattern" "$tmp/out"; then
        echo "FAIL $name: rc=$rc"
        head -5 "$tmp/out" "$tmp/err" | sed 's/^/  /'
        fails=$((fails + 1))
    else
        echo "ok   $name"
    fi
}

expect_error "--port 70000" "--port 70000 is out of range; use 1 to 65535" --port 70000
expect_error "--port 0" "out of range" --port 0
expect_error "--port abc" "expected a port number" --port abc
expect_error "--port -1" "" --port -1
expect_error "--state nonsense" "unknown --state 'nonsense'" --state nonsense
expect_error "--state with -l" "--state replaces -l and -a" --state listen -l
expect_error "unknown flag" "unrecognised option '--frobnicate'" --frobnicate
expect_error "unknown short flag" "" -z
expect_error "a stray argument" "unexpected argument 'extra'" extra
expect_error "-4 and -6" "exclude each other" -4 -6
expect_error "--check 70000" "out of range" --check 70000
expect_error "--check with --port" "drop --port" --check 80 --port 80
expect_error "--check with -w" "not raw sockets" --check 80 -w
expect_error "--source bogus" "unknown --source" --source bogus
expect_ok "--help" "--check PORT" --help
expect_ok "-ltn prints the header" "^Proto +Recv-Q +Send-Q +Local Address:Port +Peer Address:Port +State$" -ltn
expect_ok "-ltn --json prints an array" '^\[' -ltn --json
expect_ok "--source=proc works" "^Proto" -ltn --source=proc

if ((fails)); then
    echo "RESULT: FAIL ($fails)"
    exit 1
fi
echo "RESULT: PASS"
