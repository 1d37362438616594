#!/usr/bin/env bash
# What a new user types wrong gets one line on stderr and exit 2; help and the multi-call
# names work. Needs no privileges and sends nothing.
set -u
bin=$(readlink -f "${1:?usage: test_cli.sh PATH_TO_NETTRIO}")
fails=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# expect_error NAME CMD...: exit 2, exactly one line on stderr, nothing on stdout, no trace.
expect_error() {
  local name=$1; shift
  "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$? lines
  lines=$(wc -l <"$tmp/err")
  if [[ $rc -ne 2 || $lines -ne 1 || -s $tmp/out ]] || grep -qiE 'terminate|exception|Aborted|stack' "$tmp/err"; then
    echo "FAIL $name: rc=$rc stderr_lines=$lines"; sed 's/^/  stderr: /' "$tmp/err"; sed 's/^/  stdout: /' "$tmp/out"
    fails=$((fails + 1))
  else
    echo "ok   $name: $(cat "$tmp/err")"
  fi
}
# expect_ok NAME PATTERN CMD...: exit 0 and stdout matches PATTERN.
expect_ok() {
  local name=$1 pattern=$2; shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  if [[ $rc -ne 0 ]] || ! grep -qE -- "$pattern" "$tmp/out"; then
    echo "FAIL $name: rc=$rc, stdout does not match /$pattern/"; head -5 "$tmp/out" "$tmp/err" | sed 's/^/  /'
    fails=$((fails + 1))
  else
    echo "ok   $name"
  fi
}

expect_error "unknown subcommand" "$bin" frobnicate
expect_error "unknown top-level option" "$bin" --frobnicate
expect_error "no subcommand" "$bin"
expect_error "non-numeric count" "$bin" ping --count=abc 127.0.0.1
expect_error "zero count" "$bin" ping -c 0 127.0.0.1
expect_error "negative interval" "$bin" ping -i -1 127.0.0.1
expect_error "oversized payload" "$bin" ping -s 70000 127.0.0.1
expect_error "ping without target" "$bin" ping
expect_error "bad CIDR" "$bin" ping 198.18.0.0/33
expect_error "bad CIDR text" "$bin" ping 198.18.0.0/abc
expect_error "unknown host" "$bin" ping no-such-host.invalid
expect_error "unknown ping flag" "$bin" ping --frobnicate 127.0.0.1
expect_error "bad ttl" "$bin" ping -t 0 127.0.0.1
expect_error "bad tcp port" "$bin" ping --tcp 70000 127.0.0.1
expect_error "bad log level" "$bin" ping --log-level=loud -c 1 127.0.0.1
expect_error "trace without target" "$bin" trace
expect_error "trace max hops 0" "$bin" trace -m 0 127.0.0.1
expect_error "trace max hops 300" "$bin" trace -m 300 127.0.0.1
expect_error "trace zero queries" "$bin" trace -q 0 127.0.0.1
expect_error "trace bad port" "$bin" trace -p 70000 127.0.0.1
expect_error "trace unknown host" "$bin" trace -n no-such-host.invalid
expect_error "ports bad port" "$bin" ports --port 70000
expect_error "ports bad state" "$bin" ports --state nonsense
expect_error "non-finite wait" "$bin" ping -W inf -c 1 127.0.0.1
expect_error "NaN trace wait" "$bin" trace -w nan 127.0.0.1

# Bounds: the total target count is checked before any range is expanded or name resolved,
# target-file lines have a length cap, and what a file says is echoed without controls.
big=()
for i in $(seq 0 16 240); do big+=("10.$i.0.0/12"); done
expect_error "16 /12 ranges: too many targets" timeout 10 "$bin" ping "${big[@]}"
grep -q "too many targets" "$tmp/err" || { echo "FAIL 16 /12: no 'too many targets'"; fails=$((fails + 1)); }
printf '%s\n' "${big[@]}" >"$tmp/big.txt"
expect_error "16 /12 ranges in a file" timeout 10 "$bin" ping -f "$tmp/big.txt"
head -c 5000 /dev/zero | tr '\0' a >"$tmp/long.txt"
expect_error "a 5000-byte line in a target file" "$bin" ping -f "$tmp/long.txt"
grep -q "line 1 is longer than 1024 bytes" "$tmp/err" || { echo "FAIL long line: not named"; fails=$((fails + 1)); }
expect_error "a 5000-byte line on stdin" "$bin" ping -f - <"$tmp/long.txt"
printf '127.0.0.1\n\033[8m\033]0;owned\007fake\377\n' >"$tmp/esc.txt"
expect_error "a target line with escapes" "$bin" ping -c 1 -f "$tmp/esc.txt"
if LC_ALL=C grep -qP '[\x00-\x09\x0b-\x1f\x7f-\xff]' "$tmp/err" || ! grep -qF '\x1b[8m\x1b]0;owned\x07fake\xff' "$tmp/err"; then
  echo "FAIL escapes in a target line reach the terminal:"; od -c "$tmp/err" | head -5
  fails=$((fails + 1))
fi
expect_error "escapes in an unknown subcommand" "$bin" $'\033[2Jx'
grep -qF '\x1b[2Jx' "$tmp/err" || { echo "FAIL subcommand name not escaped"; fails=$((fails + 1)); }

expect_ok "top help" "Subcommands" "$bin" --help
expect_ok "version" "^nettrio [0-9]+\.[0-9]+\.[0-9]+" "$bin" --version
expect_ok "list" "^ping$" "$bin" --list
expect_ok "ping help" "Usage: nettrio ping" "$bin" ping --help
expect_ok "trace help" "Usage: nettrio trace" "$bin" trace --help
expect_ok "ports help" "Usage: nettrio ports" "$bin" ports --help
expect_ok "check help" "Usage: nettrio check" "$bin" check --help

# Multi-call: the binary acts as the subcommand it is linked as.
for name in ping nettrio-ping; do
  ln -sf "$bin" "$tmp/$name"
  expect_ok "$name link help" "Usage: $name " "$tmp/$name" --help
done
for pair in nettrio-trace:trace netstat:ports nettrio-ports:ports; do
  ln -sf "$bin" "$tmp/${pair%%:*}"
  expect_ok "${pair%%:*} link help" "Usage: ${pair%%:*} " "$tmp/${pair%%:*}" --help
done
# traceroute is traceroute 2.1.2 (issue 13): its usage on stderr, naming argv[0], exit 0.
ln -sf "$bin" "$tmp/traceroute"
expect_ok "traceroute link help (on stderr)" "^  $tmp/traceroute \\[ -46dFITnreAUDV \\]" \
  bash -c '"$1" --help 2>&1' _ "$tmp/traceroute"

echo "cli: $fails failure(s)"
[[ $fails -eq 0 ]]
