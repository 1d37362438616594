#!/usr/bin/env bash
# classic.ping: `ping` and `fping` as links to nettrio against iputils ping 20221126 and
# fping 5.1, side by side in two namespaces of our own: A (192.0.2.1/24, 2001:db8::1/64)
# wired to B (192.0.2.2, 2001:db8::2), which answers and forwards nothing, so 198.51.100.9
# (routed to B) is silent and 192.0.2.9 (no neighbour) gives "Destination Host
# Unreachable". Only times, and what is made of times, are normalised. Then the consumers:
# jc --ping (the same JSON but times), check_ping and check_fping with nettrio bind-mounted
# over the genuine binary in a private mount namespace (the same state and figures but RTA),
# and smokeping's FPing command line (`fping -C N -q -B1 -r1 -i10 HOSTS`) read the way its
# probe reads it (the same number of values and of losses per host).
set -uo pipefail
[[ $(id -u) -eq 0 ]] || { echo "classic.ping: needs root (network namespaces)" >&2; exit 77; }
for t in ping fping ip unshare jq; do
  command -v $t >/dev/null || { echo "classic.ping: $t missing" >&2; exit 77; }
done
: "${NETTRIO:?}"
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
tmp=$(mktemp -d /tmp/nettrio-classic.XXXXXX)
A=ncpa$$ B=ncpb$$
cleanup() { ip netns del "$A" 2>/dev/null; ip netns del "$B" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
ip netns add "$A" && ip netns add "$B" || exit 77
ip link add va$$ netns "$A" type veth peer name vb$$ netns "$B"
ip -n "$A" link set lo up; ip -n "$B" link set lo up
ip -n "$A" addr add 192.0.2.1/24 dev va$$; ip -n "$B" addr add 192.0.2.2/24 dev vb$$
ip -n "$A" addr add 2001:db8::1/64 dev va$$ nodad; ip -n "$B" addr add 2001:db8::2/64 dev vb$$ nodad
ip -n "$A" link set va$$ up; ip -n "$B" link set vb$$ up
ip -n "$A" route add 198.51.100.0/24 via 192.0.2.2
ip netns exec "$B" sysctl -qw net.ipv4.ip_forward=0
mkdir "$tmp/bin" && ln -s "$NETTRIO" "$tmp/bin/ping" && ln -s "$NETTRIO" "$tmp/bin/fping"

pass=0 failed=0
ok() { echo "ok: $1"; pass=$((pass + 1)); }
bad() { echo "FAIL: $1"; failed=$((failed + 1)); }
inA() { ip netns exec "$A" "$@"; }
# Times and what is made of them: reply times, the rtt line, the run's time, fping's values.
norm() {
  sed -E -e 's/time=[0-9.]+ ms/time=T ms/' \
    -e 's#(rtt min/avg/max/mdev = )[0-9./]+ ms#\1R ms#' -e 's/time [0-9]+ms/time Nms/' \
    -e 's/[0-9]+\.[0-9]+( ms|\b)/T\1/g'
}
# run TOOL ARGS...: genuine and nettrio's, stdout and stderr apart, exit codes compared.
side() {
  local name=$1 tool=$2; shift 2
  inA "$tool" "$@" >"$tmp/g.out" 2>"$tmp/g.err"; local grc=$?
  inA "$tmp/bin/$tool" "$@" >"$tmp/n.out" 2>"$tmp/n.err"; local nrc=$?
  if [[ $grc -eq $nrc ]] && diff <(norm <"$tmp/g.out") <(norm <"$tmp/n.out") >"$tmp/d" &&
    diff <(norm <"$tmp/g.err") <(norm <"$tmp/n.err") >>"$tmp/d"; then
    ok "$name (exit $grc)"
  else
    bad "$name: exit $grc vs $nrc"; sed 's/^/  /' "$tmp/d"
  fi
}
side "ping -c 3 -i 0.2 (replies)" ping -c 3 -i 0.2 192.0.2.2
side "ping -q -n -c 2 -i 0.2" ping -q -n -c 2 -i 0.2 192.0.2.2
side "ping -6 -c 2 -i 0.2 (IPv6 header)" ping -6 -c 2 -i 0.2 2001:db8::2
side "ping localhost (NAME (ADDR) replies)" ping -c 2 -i 0.2 localhost
side "ping ::1" ping -c 2 -i 0.2 ::1
side "ping 100% loss (trailing blank line)" ping -c 2 -i 0.3 -W 1 198.51.100.9
side "ping -a (bell)" ping -a -c 1 192.0.2.2
side "ping -D (timestamps)" ping -D -c 1 192.0.2.2
side "ping -s 8 (no timing)" ping -s 8 -c 2 -i 0.2 192.0.2.2
side "ping unknown host" ping -c 1 no-such-host.invalid
side "ping -c 0" ping -c 0 192.0.2.2
side "ping -t 300" ping -t 300 192.0.2.2
side "ping -M xx" ping -M xx 192.0.2.2
side "ping (no target)" ping
side "ping -Z (usage)" ping -Z 192.0.2.2
# An unreachable neighbour: iputils stops at -c errors when they come at once; compared
# is what a consumer reads: the error lines' words, loss, exit code.
for tool in ping "$tmp/bin/ping"; do
  inA "$tool" -c 3 -i 0.3 -w 8 192.0.2.9 >"$tmp/u.$(basename "$tool").out" 2>&1
  echo "rc=$?" >>"$tmp/u.$(basename "$tool").out"
done
inA ping -c 3 -i 0.3 -w 8 192.0.2.9 >"$tmp/ug" 2>&1; ugrc=$?
inA "$tmp/bin/ping" -c 3 -i 0.3 -w 8 192.0.2.9 >"$tmp/un" 2>&1; unrc=$?
if [[ $ugrc -eq $unrc ]] && grep -q "^From 192.0.2.1 icmp_seq=1 Destination Host Unreachable$" "$tmp/un" &&
  grep -Eq "^[0-9]+ packets transmitted, 0 received, \+[0-9]+ errors, 100% packet loss" "$tmp/un"; then
  ok "ping: Destination Host Unreachable, +N errors, exit $unrc"
else
  bad "ping unreachable: exit $ugrc vs $unrc"; sed 's/^/  /' "$tmp/un"
fi

# jc's ping parser: the same structure, times aside.
if command -v jc >/dev/null; then
  for args in "-c 2 -i 0.2 192.0.2.2" "-c 2 -i 0.2 localhost" "-c 2 -i 0.2 2001:db8::2" \
    "-c 2 -i 0.3 -W 1 198.51.100.9"; do
    # shellcheck disable=SC2086
    inA ping $args 2>/dev/null | jc --ping | jq -S 'walk(if type == "object" then with_entries(select(.key | test("time|rtt|round_trip|ms|timestamp|mdev|min|max|avg") | not)) else . end)' >"$tmp/jg"
    # shellcheck disable=SC2086
    inA "$tmp/bin/ping" $args 2>/dev/null | jc --ping | jq -S 'walk(if type == "object" then with_entries(select(.key | test("time|rtt|round_trip|ms|timestamp|mdev|min|max|avg") | not)) else . end)' >"$tmp/jn"
    if diff "$tmp/jg" "$tmp/jn" >"$tmp/d" && [[ -s $tmp/jg ]]; then
      ok "jc --ping: ping $args"
    else
      bad "jc --ping: ping $args"; sed 's/^/  /' "$tmp/d"
    fi
  done
else
  echo "skip: jc missing"
fi

# check_ping and check_fping, nettrio bound over the genuine binary in a mount namespace of
# their own (the real files are never touched).
plugins=/usr/lib/nagios/plugins
over() {  # over BINARY CMD...: CMD with nettrio mounted over BINARY
  local target=$1; shift
  inA unshare --mount sh -c 'mount --bind "$1" "$2" && shift 2 && exec "$@"' _ "$NETTRIO" "$target" "$@"
}
nrta() { sed -E 's/[0-9]+\.[0-9]+ ?ms/T ms/g; s/rta=[0-9.]+m?s/rta=T/g'; }
if [[ -x $plugins/check_ping ]]; then
  for h in 192.0.2.2 198.51.100.9 192.0.2.9; do
    g=$(inA "$plugins/check_ping" -4 -H $h -w 100,20% -c 500,60% -p 3 -t 20 2>&1); grc=$?
    n=$(over "$(readlink -f "$(command -v ping)")" "$plugins/check_ping" -4 -H $h -w 100,20% -c 500,60% -p 3 -t 20 2>&1); nrc=$?
    if [[ $grc -eq $nrc && "$(nrta <<<"$g")" == "$(nrta <<<"$n")" ]]; then
      ok "check_ping $h: $g"
    else
      bad "check_ping $h: '$g' ($grc) vs '$n' ($nrc)"
    fi
  done
else
  echo "skip: check_ping missing (monitoring-plugins-basic)"
fi
if [[ -x $plugins/check_fping ]]; then
  for h in 192.0.2.2 198.51.100.9; do
    g=$(inA "$plugins/check_fping" -H $h -n 3 -w 100,20% -c 500,60% 2>&1); grc=$?
    n=$(over "$(readlink -f "$(command -v fping)")" "$plugins/check_fping" -H $h -n 3 -w 100,20% -c 500,60% 2>&1); nrc=$?
    if [[ $grc -eq $nrc && "$(nrta <<<"$g")" == "$(nrta <<<"$n")" ]]; then
      ok "check_fping $h: $g"
    else
      bad "check_fping $h: '$g' ($grc) vs '$n' ($nrc)"
    fi
  done
else
  echo "skip: check_fping missing (monitoring-plugins-standard)"
fi

# smokeping's FPing probe: `fping -C N -q -B1 -r1 -i10 HOSTS`, per-host lines on stderr,
# read as its probe does (split on blanks: host, ":", then N values, "-" for a loss).
smoke() {
  awk '$2 == ":" { n = 0; l = 0; for (i = 3; i <= NF; i++) { n++; if ($i == "-") l++ } print $1, n, l }'
}
inA fping -C 3 -q -B1 -r1 -i10 192.0.2.2 198.51.100.9 127.0.0.1 2>&1 >/dev/null | smoke >"$tmp/sg"
inA "$tmp/bin/fping" -C 3 -q -B1 -r1 -i10 192.0.2.2 198.51.100.9 127.0.0.1 2>&1 >/dev/null | smoke >"$tmp/sn"
if diff "$tmp/sg" "$tmp/sn" >"$tmp/d" && [[ $(wc -l <"$tmp/sg") -eq 3 ]]; then
  ok "smokeping FPing: $(tr '\n' ';' <"$tmp/sn")"
else
  bad "smokeping FPing"; sed 's/^/  /' "$tmp/d"
fi
side "fping -C 3 -q (stderr values)" fping -C 3 -q -p 200 192.0.2.2 198.51.100.9
side "fping (is alive / is unreachable)" fping -r 0 -t 300 192.0.2.2 198.51.100.9
side "fping -a" fping -a -r 0 -t 300 192.0.2.2 198.51.100.9
side "fping -u" fping -u -r 0 -t 300 192.0.2.2 198.51.100.9
side "fping -e" fping -e -r 0 -t 300 192.0.2.2
side "fping -c 2 -q (summary on stderr)" fping -c 2 -q -p 200 192.0.2.2 198.51.100.9
side "fping -c 2 (a line per reply or timeout)" fping -c 2 -p 200 192.0.2.2 198.51.100.9
side "fping -g 192.0.2.0/30" fping -a -r 0 -t 300 -g 192.0.2.0/30
side "fping -Z (bad option)" fping -Z 192.0.2.2

echo "$pass passed, $failed failed"
[[ $failed -eq 0 ]]
