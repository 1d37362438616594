#!/usr/bin/env bash
# ports.cli: bad input to `nettrio ports` is one line on stderr and exit 2; help works.
# Needs no privileges and sends nothing.
set -u
bin=$(readlink -f -- "${1:?usage: cli.sh PATH_TO_NETTRIO}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# expect_usage_error, expect_success, lab_finish: tests/lib/checks.sh.
# shellcheck source=../lib/checks.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/../lib/checks.sh"
expect_error() { expect_usage_error "$1" "$2" "$bin" ports "${@:3}"; } # NAME PATTERN ARGS...
expect_ok() { expect_success "$1" "$2" "$bin" ports "${@:3}"; }        # NAME PATTERN ARGS...

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

lab_finish
