#!/usr/bin/env bash
# What a new user types wrong gets one line on stderr and exit 2; help and the multi-call
# names work. Needs no privileges and sends nothing.
set -u
bin=$(readlink -f "${1:?usage: test_cli.sh PATH_TO_NETTRIO}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# expect_usage_error, expect_success, lab_finish: tests/lib/checks.sh.
# shellcheck source=../lib/checks.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/../lib/checks.sh"

expect_usage_error "unknown subcommand" "" "$bin" frobnicate
expect_usage_error "unknown top-level option" "" "$bin" --frobnicate
expect_usage_error "no subcommand" "" "$bin"
expect_usage_error "non-numeric count" "" "$bin" ping --count=abc 127.0.0.1
expect_usage_error "zero count" "" "$bin" ping -c 0 127.0.0.1
expect_usage_error "negative interval" "" "$bin" ping -i -1 127.0.0.1
expect_usage_error "oversized payload" "" "$bin" ping -s 70000 127.0.0.1
expect_usage_error "ping without target" "" "$bin" ping
expect_usage_error "bad CIDR" "" "$bin" ping 198.18.0.0/33
expect_usage_error "bad CIDR text" "" "$bin" ping 198.18.0.0/abc
expect_usage_error "unknown host" "" "$bin" ping no-such-host.invalid
expect_usage_error "unknown ping flag" "" "$bin" ping --frobnicate 127.0.0.1
expect_usage_error "bad ttl" "" "$bin" ping -t 0 127.0.0.1
expect_usage_error "bad tcp port" "" "$bin" ping --tcp 70000 127.0.0.1
expect_usage_error "bad log level" "" "$bin" ping --log-level=loud -c 1 127.0.0.1
expect_usage_error "trace without target" "" "$bin" trace
expect_usage_error "trace max hops 0" "" "$bin" trace -m 0 127.0.0.1
expect_usage_error "trace max hops 300" "" "$bin" trace -m 300 127.0.0.1
expect_usage_error "trace zero queries" "" "$bin" trace -q 0 127.0.0.1
expect_usage_error "trace bad port" "" "$bin" trace -p 70000 127.0.0.1
expect_usage_error "trace unknown host" "" "$bin" trace -n no-such-host.invalid
expect_usage_error "ports bad port" "" "$bin" ports --port 70000
expect_usage_error "ports bad state" "" "$bin" ports --state nonsense
expect_usage_error "non-finite wait" "" "$bin" ping -W inf -c 1 127.0.0.1
expect_usage_error "NaN trace wait" "" "$bin" trace -w nan 127.0.0.1
expect_usage_error "trace --mtu with -T" "--mtu needs probes of a chosen size" "$bin" trace --mtu -T 127.0.0.1
expect_usage_error "trace --mtu in report mode" "exclude each other" "$bin" trace --mtu -r 127.0.0.1
expect_usage_error "ping -M maybe" "invalid -M argument" "$bin" ping -M maybe 127.0.0.1

# Bounds: the total target count is checked before any range is expanded or name resolved,
# target-file lines have a length cap, and what a file says is echoed without controls.
big=()
for i in $(seq 0 16 240); do big+=("10.$i.0.0/12"); done
expect_usage_error "16 /12 ranges: too many targets" "" timeout 10 "$bin" ping "${big[@]}"
lab_check "16 /12 ranges: the message says too many targets" grep -q "too many targets" <<<"$EXPECT_STDERR"
printf '%s\n' "${big[@]}" >"$tmp/big.txt"
expect_usage_error "16 /12 ranges in a file" "" timeout 10 "$bin" ping -f "$tmp/big.txt"
head -c 5000 /dev/zero | tr '\0' a >"$tmp/long.txt"
expect_usage_error "a 5000-byte line in a target file" "" "$bin" ping -f "$tmp/long.txt"
lab_check "a 5000-byte line: the line is named" grep -q "line 1 is longer than 1024 bytes" <<<"$EXPECT_STDERR"
expect_usage_error "a 5000-byte line on stdin" "" "$bin" ping -f - <"$tmp/long.txt"
printf '127.0.0.1\n\033[8m\033]0;owned\007fake\377\n' >"$tmp/esc.txt"
expect_usage_error "a target line with escapes" "" "$bin" ping -c 1 -f "$tmp/esc.txt"
if LC_ALL=C grep -qP '[\x00-\x09\x0b-\x1f\x7f-\xff]' <<<"$EXPECT_STDERR" || ! grep -qF '\x1b[8m\x1b]0;owned\x07fake\xff' <<<"$EXPECT_STDERR"; then
  LAB_CONTEXT=$(od -c <<<"$EXPECT_STDERR" | head -5) lab_fail "escapes in a target line reach the terminal"
else
  lab_pass "escapes in a target line are shown escaped"
fi
expect_usage_error "escapes in an unknown subcommand" "" "$bin" $'\033[2Jx'
lab_check "an unknown subcommand's name is shown escaped" grep -qF '\x1b[2Jx' <<<"$EXPECT_STDERR"

expect_success "top help" "Subcommands" "$bin" --help
expect_success "version" "^nettrio [0-9]+\.[0-9]+\.[0-9]+" "$bin" --version
expect_success "list" "^ping$" "$bin" --list
expect_success "ping help" "Usage: nettrio ping" "$bin" ping --help
expect_success "trace help" "Usage: nettrio trace" "$bin" trace --help
expect_success "ports help" "Usage: nettrio ports" "$bin" ports --help
expect_success "check help" "Usage: nettrio check" "$bin" check --help

# Multi-call: the binary acts as the subcommand it is linked as.
ln -sf "$bin" "$tmp/nettrio-ping"
expect_success "nettrio-ping link help" "Usage: nettrio-ping " "$tmp/nettrio-ping" --help
# Under its classic name ping is iputils ping (issue 13): --help is an unknown option there,
# answered with iputils' usage on stderr and exit 2.
ln -sf "$bin" "$tmp/ping"
lab_check "ping link: --help gets iputils' usage on stderr, exit 2" bash -c \
  '"$1" --help >/dev/null 2>"$2/ping.err"; [[ $? -eq 2 ]] && grep -qxF "  ping [options] <destination>" "$2/ping.err"' _ "$tmp/ping" "$tmp"
for pair in nettrio-trace:trace nettrio-ports:ports; do
  ln -sf "$bin" "$tmp/${pair%%:*}"
  expect_success "${pair%%:*} link help" "Usage: ${pair%%:*} " "$tmp/${pair%%:*}" --help
done
# Under its classic name, netstat is net-tools netstat (issue 13): its own usage, exit 0.
ln -sf "$bin" "$tmp/netstat"
expect_success "netstat link help" "^usage: netstat \\[-vWeenNcCF\\]" "$tmp/netstat" --help
# traceroute is traceroute 2.1.2 (issue 13): its usage on stderr, naming argv[0], exit 0.
ln -sf "$bin" "$tmp/traceroute"
expect_success "traceroute link help (on stderr)" "^  $tmp/traceroute \\[ -46dFITnreAUDV \\]" \
  bash -c '"$1" --help 2>&1' _ "$tmp/traceroute"

lab_finish
