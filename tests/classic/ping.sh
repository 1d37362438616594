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
# B forwards: 198.51.100.0/24 is a blackhole there (silent), 203.0.113.0/25 a prohibit
# route ("Packet filtered"), and 203.0.113.128/25 goes back to A, so TTL 1 gives "Time to
# live exceeded" from B. Behind B, C (198.18.0.2/24, B 198.18.0.1) answers: -R and -T
# record the routers of A -> B -> C and back. Every comparison is a job of its own, all run at once (the genuine
# tool and nettrio side by side too): what is compared never depends on the timing, and
# the slowest (check_ping's 10 s deadline on a silent host) bounds the whole run.
set -uo pipefail
[[ $(id -u) -eq 0 ]] || { echo "classic.ping: needs root (network namespaces)" >&2; exit 77; }
for t in ping fping ip unshare jq; do
  command -v $t >/dev/null || { echo "classic.ping: $t missing" >&2; exit 77; }
done
: "${NETTRIO:?}"
# shellcheck source=../lib/checks.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/../lib/checks.sh"
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
tmp=$(mktemp -d /tmp/nettrio-classic.XXXXXX)
A=ncpa$$ B=ncpb$$ C=ncpc$$
cleanup() {
  local j
  for j in $(jobs -p); do kill "$j" 2>/dev/null; done
  wait 2>/dev/null
  ip netns del "$A" 2>/dev/null; ip netns del "$B" 2>/dev/null; ip netns del "$C" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
ip netns add "$A" && ip netns add "$B" && ip netns add "$C" || exit 77
ip link add va$$ netns "$A" type veth peer name vb$$ netns "$B"
ip -n "$A" link set lo up; ip -n "$B" link set lo up
ip -n "$A" addr add 192.0.2.1/24 dev va$$; ip -n "$B" addr add 192.0.2.2/24 dev vb$$
ip -n "$A" addr add 2001:db8::1/64 dev va$$ nodad; ip -n "$B" addr add 2001:db8::2/64 dev vb$$ nodad
ip -n "$A" link set va$$ up; ip -n "$B" link set vb$$ up
ip -n "$A" route add 198.51.100.0/24 via 192.0.2.2
ip -n "$A" route add 203.0.113.0/24 via 192.0.2.2
ip netns exec "$B" sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0
ip -n "$B" route add blackhole 198.51.100.0/24
ip -n "$B" route add prohibit 203.0.113.0/25
ip -n "$B" route add 203.0.113.128/25 via 192.0.2.1
ip link add vc$$ netns "$B" type veth peer name vd$$ netns "$C"
ip -n "$C" link set lo up
ip -n "$B" addr add 198.18.0.1/24 dev vc$$; ip -n "$C" addr add 198.18.0.2/24 dev vd$$
ip -n "$B" link set vc$$ up; ip -n "$C" link set vd$$ up
ip -n "$A" route add 198.18.0.0/24 via 192.0.2.2
ip -n "$C" route add default via 198.18.0.1
mkdir "$tmp/bin" "$tmp/jobs" && ln -s "$NETTRIO" "$tmp/bin/ping" && ln -s "$NETTRIO" "$tmp/bin/fping"
vdev=va$$
# Neighbours resolved once here, so no comparison depends on how fast ARP/ND answer.
ip netns exec "$A" ping -c 1 -W 2 192.0.2.2 >/dev/null 2>&1
ip netns exec "$A" ping -c 1 -W 2 2001:db8::2 >/dev/null 2>&1
ip netns exec "$A" ping -c 1 -W 2 198.18.0.2 >/dev/null 2>&1

inA() { ip netns exec "$A" "$@"; }
# Times and what is made of them: reply times, the rtt line, the run's time, fping's values.
norm() {
  sed -E -e 's/time=[0-9.]+ ms/time=T ms/' \
    -e 's#(rtt min/avg/max/mdev = )[0-9./]+ ms#\1R ms#' -e 's/time [0-9]+ms/time Nms/' \
    -e 's/[0-9]+\.[0-9]+( ms|\b)/T\1/g'
}
# -R and -T: the same, but addresses kept whole (they are what is compared); the times and
# the stamps (milliseconds since midnight, and the differences between them) normalised.
rnorm() {
  sed -E -e 's/time=[0-9.]+ ms/time=T ms/' \
    -e 's#(rtt min/avg/max/mdev = )[0-9./]+ ms#\1R ms#' -e 's/time [0-9]+ms/time Nms/' \
    -e 's#ipg/ewma [0-9./]+ ms#ipg/ewma T ms#' \
    -e 's/^(TS: )?\t(([0-9]+\.){3}[0-9]+\t)?[0-9]+( absolute)?( not-standard)?$/\1\t\2N\4\5/'
}
# Every comparison a job of its own (lab_job), all at once.
LAB_JOBS=$tmp/jobs LAB_JOBS_MAX=100
# side NAME TOOL ARGS...: genuine and nettrio's at once, stdout and stderr apart, exit codes
# compared (in the job's own directory). side_n NORMALISER NAME TOOL ARGS...: the same with
# another normaliser.
side() { side_n norm "$@"; }
side_n() {
  local nf=$1 name=$2 tool=$3; shift 3
  inA "$tool" "$@" >g.out 2>g.err & local gp=$!
  inA "$tmp/bin/$tool" "$@" >n.out 2>n.err; local nrc=$?
  wait $gp; local grc=$?
  LAB_CONTEXT="$ $tool $*"$'\n'"$(diff <($nf <g.out) <($nf <n.out); diff <($nf <g.err) <($nf <n.err))"
  if [[ $grc -eq $nrc ]] && cmp -s <($nf <g.out) <($nf <n.out) && cmp -s <($nf <g.err) <($nf <n.err); then
    lab_pass "$name (exit $grc)"
  else
    lab_fail "$name: exit $grc vs $nrc"
  fi
}
sj() { lab_job side "$@"; }
# -A: a probe leaves 10 ms after one that got no reply yet, so whether `pipe 2` shows depends
# on whether some reply took over 10 ms, which the scheduler's load at that instant decides
# (the two tools run side by side and see different instants). Compared: everything else;
# with -l N, that `pipe` is at least N.
anorm() { norm | sed -E -e 's/, pipe [0-9]+,/,/' ; }
anorm_l3() { norm | sed -E -e 's/, pipe ([3-9]|[1-9][0-9]+),/, pipe 3+,/'; }
sjr() { lab_job side_n rnorm "$@"; }

# check_ping and check_fping, nettrio bound over the genuine binary in a mount namespace of
# their own (the real files are never touched). First, and a second before the rest: on a
# silent host check_ping's alarm (-t) and ping's deadline (-w, the same number) race, and
# the ping that starts late under load loses it, genuine or not.
plugins=/usr/lib/nagios/plugins
over() {  # over BINARY CMD...: CMD with nettrio mounted over BINARY
  local target=$1; shift
  inA unshare --mount sh -c 'mount --bind "$1" "$2" && shift 2 && exec "$@"' _ "$NETTRIO" "$target" "$@"
}
nrta() { sed -E 's/[0-9]+\.[0-9]+ ?ms/T ms/g; s/rta=[0-9.]+m?s/rta=T/g'; }
plugin() {  # plugin NAME GENUINE_BINARY ARGS...
  local name=$1 bin=$2; shift 2
  inA "$plugins/$name" "$@" >pg 2>&1 & local gp=$!
  over "$(readlink -f "$(command -v "$bin")")" "$plugins/$name" "$@" >pn 2>&1; local nrc=$?
  wait $gp; local grc=$?
  local g n; g=$(<pg); n=$(<pn)
  if [[ $grc -eq $nrc && "$(nrta <<<"$g")" == "$(nrta <<<"$n")" ]]; then
    lab_pass "$name $*: $g"
  else
    lab_fail "$name $*: '$g' ($grc) vs '$n' ($nrc)"
  fi
}
if [[ -x $plugins/check_ping ]]; then
  for h in 192.0.2.2 198.51.100.9 192.0.2.9 203.0.113.9; do
    lab_job plugin check_ping ping -4 -H $h -w 100,20% -c 500,60% -p 3 -t 20
  done
else
  echo "skip: check_ping missing (monitoring-plugins-basic)"
fi
if [[ -x $plugins/check_fping ]]; then
  for h in 192.0.2.2 198.51.100.9; do
    lab_job plugin check_fping fping -H $h -n 3 -w 100,20% -c 500,60%
  done
else
  echo "skip: check_fping missing (monitoring-plugins-standard)"
fi
sleep 1

sj "ping -c 3 -i 0.2 (replies)" ping -c 3 -i 0.2 192.0.2.2
sj "ping -q -n -c 2 -i 0.2" ping -q -n -c 2 -i 0.2 192.0.2.2
sj "ping -6 -c 2 -i 0.2 (IPv6 header)" ping -6 -c 2 -i 0.2 2001:db8::2
sj "ping localhost (NAME (ADDR) replies)" ping -c 2 -i 0.2 localhost
sj "ping ::1" ping -c 2 -i 0.2 ::1
sj "ping 100% loss (trailing blank line)" ping -c 2 -i 0.2 -W 1 198.51.100.9
sj "ping -a (bell)" ping -a -c 1 192.0.2.2
sj "ping -D (timestamps)" ping -D -c 1 192.0.2.2
sj "ping -s 8 (no timing)" ping -s 8 -c 2 -i 0.2 192.0.2.2
sj "ping unknown host" ping -c 1 no-such-host.invalid
sj "ping -c 0" ping -c 0 192.0.2.2
sj "ping -t 300" ping -t 300 192.0.2.2
sj "ping -M xx" ping -M xx 192.0.2.2
sj "ping (no target)" ping
sj "ping -Z (usage)" ping -Z 192.0.2.2
# Routers' errors: iputils' words, the +N errors count, the exit code (check_ping reads them).
sj "ping -t 1 (Time to live exceeded)" ping -n -c 2 -i 0.2 -t 1 203.0.113.200
sj "ping -t 1 names (From NAME (ADDR))" ping -c 1 -t 1 203.0.113.200
sj "ping prohibit route (Packet filtered)" ping -n -c 2 -i 0.2 203.0.113.9
# Where probes leave and what they carry: -I DEVICE / ADDRESS (the PING line's "from"),
# -p, -Q, -r, -S, -m, -e, -l, -O, broadcast with and without -b, and their bad values.
sj "ping -I DEVICE" ping -c 1 -I "$vdev" 192.0.2.2
sj "ping -I ADDRESS" ping -c 1 -I 192.0.2.1 192.0.2.2
sj "ping -6 -I DEVICE" ping -6 -c 1 -I "$vdev" 2001:db8::2
sj "ping -I IPv6 ADDRESS" ping -c 1 -I 2001:db8::1 2001:db8::2
sj "ping -I no such device" ping -c 1 -I nosuch0 192.0.2.2
sj "ping -I address not ours" ping -c 1 -I 192.0.2.77 192.0.2.2
sj "ping -p ff00 (PATTERN line)" ping -c 1 -p ff00 192.0.2.2
sj "ping -q -p abc" ping -q -c 1 -p abc 192.0.2.2
sj "ping -p xyz" ping -c 1 -p xyz 192.0.2.2
sj "ping -Q 0x10 -r -S 5000 -m 3" ping -c 1 -Q 0x10 -r -S 5000 -m 3 192.0.2.2
sj "ping -Q abc" ping -c 1 -Q abc 192.0.2.2
sj "ping -Q 300" ping -c 1 -Q 300 192.0.2.2
sj "ping -e 4321" ping -c 1 -e 4321 192.0.2.2
sj "ping -e 70000" ping -c 1 -e 70000 192.0.2.2
sj "ping -l 3 (preload: pipe, time)" ping -c 5 -l 3 -i 0.2 192.0.2.2
sj "ping -l 0" ping -c 1 -l 0 192.0.2.2
sj "ping -O (no answer yet)" ping -O -c 3 -i 0.2 -W 1 198.51.100.9
sj "ping -O -D with replies" ping -O -D -c 3 -i 0.2 192.0.2.2
sj "ping broadcast without -b" ping -c 1 192.0.2.255
sj "ping -b broadcast" ping -c 1 -W 1 -b 192.0.2.255
# -A: the pace follows the round trip; compared are the lines and the statistics' shape
# (ipg/ewma, pipe with -l), times normalised.
lab_job side_n anorm "ping -A" ping -A -c 5 192.0.2.2
lab_job side_n anorm_l3 "ping -A -l 3 (pipe 3 or more)" ping -A -c 6 -l 3 192.0.2.2
lab_job side_n anorm "ping -A -q through a router" ping -A -q -n -c 5 198.18.0.2
sj "ping -A -i 0.3 silent (100% loss)" ping -A -c 2 -i 0.3 -W 1 198.51.100.9
lab_job side_n anorm "ping -A ::1" ping -A -c 3 ::1
sj "ping -A -O silent (no answer yet)" ping -A -O -c 3 -i 0.3 -W 1 198.51.100.9
# nettrio's own ping takes -A too: 20 probes paced by the replies take well under the 19 s
# a second apart would (the run's own "time Nms", so a slow start under load is no matter).
adaptive_own() {
  local out ms
  out=$(inA "$NETTRIO" ping -A -c 20 192.0.2.2 2>&1); local rc=$?
  ms=$(sed -nE 's/^20 packets transmitted, 20 received.*, time ([0-9]+)ms$/\1/p' <<<"$out")
  LAB_CONTEXT=$out
  if [[ $rc -eq 0 && -n $ms ]] && ((ms < 5000)); then
    lab_pass "nettrio ping -A: 20 replies in $ms ms"
  else
    lab_fail "nettrio ping -A: exit $rc, time '${ms}' ms"
  fi
}
lab_job adaptive_own
# -R and -T: the routes and stamps the replies bring, addresses compared.
sjr "ping -R 127.0.0.1 (RR, same route)" ping -R -c 3 -i 0.2 127.0.0.1
sjr "ping -R localhost (names)" ping -R -c 2 -i 0.2 localhost
sjr "ping -R -n A -> B -> C" ping -R -n -c 3 -i 0.2 198.18.0.2
sjr "ping -R -q" ping -R -q -n -c 2 -i 0.2 198.18.0.2
sjr "ping -R -A" ping -R -A -n -c 3 198.18.0.2
sjr "ping -R -6 (ignored)" ping -R -6 -c 1 ::1
sj "ping -R -T" ping -R -T tsonly 127.0.0.1
sj "ping -T bad" ping -T foo 127.0.0.1
sj "ping -R two destinations (usage)" ping -R 127.0.0.1 127.0.0.2
sjr "ping -T tsonly" ping -T tsonly -c 2 -i 0.2 127.0.0.1
sjr "ping -T tsandaddr A -> B -> C" ping -T tsandaddr -n -c 2 -i 0.2 198.18.0.2
sjr "ping -T tsprespec" ping -T tsprespec -c 1 127.0.0.1

# An unreachable neighbour: iputils stops at -c errors when they come at once; compared
# is what a consumer reads: the error lines' words, loss, exit code.
unreach() {
  inA ping -c 3 -i 0.3 -w 8 192.0.2.9 >ug 2>&1 & local gp=$!
  inA "$tmp/bin/ping" -c 3 -i 0.3 -w 8 192.0.2.9 >un 2>&1; local unrc=$?
  wait $gp; local ugrc=$?
  LAB_CONTEXT=$(cat un)
  if [[ $ugrc -eq $unrc ]] && grep -q "^From 192.0.2.1 icmp_seq=1 Destination Host Unreachable$" un &&
    grep -Eq "^[0-9]+ packets transmitted, 0 received, \+[0-9]+ errors, 100% packet loss" un; then
    lab_pass "ping: Destination Host Unreachable, +N errors, exit $unrc"
  else
    lab_fail "ping unreachable: exit $ugrc vs $unrc"
  fi
}
lab_job unreach

# jc's ping parser: the same structure, times aside.
jcq='walk(if type == "object" then with_entries(select(.key | test("time|rtt|round_trip|ms|timestamp|mdev|min|max|avg") | not)) else . end)'
jcside() {
  # shellcheck disable=SC2086
  inA ping $1 2>/dev/null | jc --ping | jq -S "$jcq" >jg &
  # shellcheck disable=SC2086
  inA "$tmp/bin/ping" $1 2>/dev/null | jc --ping | jq -S "$jcq" >jn
  wait
  LAB_CONTEXT=$(diff jg jn)
  if cmp -s jg jn && [[ -s jg ]]; then lab_pass "jc --ping: ping $1"; else lab_fail "jc --ping: ping $1"; fi
}
if command -v jc >/dev/null; then
  for args in "-c 2 -i 0.2 192.0.2.2" "-c 2 -i 0.2 localhost" "-c 2 -i 0.2 2001:db8::2" \
    "-c 2 -i 0.2 -W 1 198.51.100.9" "-n -c 2 -i 0.2 -t 1 203.0.113.200"; do
    lab_job jcside "$args"
  done
else
  echo "skip: jc missing"
fi

# smokeping's FPing probe: `fping -C N -q -B1 -r1 -i10 HOSTS`, per-host lines on stderr,
# read as its probe does (split on blanks: host, ":", then N values, "-" for a loss).
smoke() {
  awk '$2 == ":" { n = 0; l = 0; for (i = 3; i <= NF; i++) { n++; if ($i == "-") l++ } print $1, n, l }'
}
smokeside() {
  inA fping -C 3 -q -B1 -r1 -i10 192.0.2.2 198.51.100.9 127.0.0.1 2>&1 >/dev/null | smoke >sg &
  inA "$tmp/bin/fping" -C 3 -q -B1 -r1 -i10 192.0.2.2 198.51.100.9 127.0.0.1 2>&1 >/dev/null | smoke >sn
  wait
  LAB_CONTEXT=$(diff sg sn)
  if cmp -s sg sn && [[ $(wc -l <sg) -eq 3 ]]; then
    lab_pass "smokeping FPing: $(tr '\n' ';' <sn)"
  else
    lab_fail "smokeping FPing"
  fi
}
lab_job smokeside
sj "fping -C 3 -q (stderr values)" fping -C 3 -q -p 200 192.0.2.2 198.51.100.9
sj "fping (is alive / is unreachable)" fping -r 0 -t 300 192.0.2.2 198.51.100.9
sj "fping -a" fping -a -r 0 -t 300 192.0.2.2 198.51.100.9
sj "fping -u" fping -u -r 0 -t 300 192.0.2.2 198.51.100.9
sj "fping -e" fping -e -r 0 -t 300 192.0.2.2
sj "fping -c 2 -q (summary on stderr)" fping -c 2 -q -p 200 192.0.2.2 198.51.100.9
# -i 100: the silent target's first probe leaves 100 ms after the first, so its timeout (200 ms
# later) comes 100 ms after the live target's second reply in both tools; with fping's 10 ms
# default the two lines' order was a 10 ms race that load decided.
sj "fping -c 2 (a line per reply or timeout)" fping -c 2 -p 200 -i 100 192.0.2.2 198.51.100.9
sj "fping -g 192.0.2.0/30" fping -a -r 0 -t 300 -g 192.0.2.0/30
sj "fping -Z (bad option)" fping -Z 192.0.2.2
sj "fping -s (statistics without -c)" fping -s -r 0 -t 300 192.0.2.2 198.51.100.9
sj "fping -s -r 2 (an alive target probed once)" fping -s -r 2 -t 200 192.0.2.2 198.51.100.9 127.0.0.1
sj "fping -s -c 2" fping -s -c 2 -p 200 192.0.2.2 198.51.100.9

lab_drain
lab_finish
