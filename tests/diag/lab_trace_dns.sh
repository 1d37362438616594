#!/usr/bin/env bash
# diag.trace_dns: trace's reverse names through c-ares on the tracer's loop, against dnsmasq
# in the lab's client namespace (its own /etc/netns resolv.conf) answering PTRs for the
# routers of a 3-router chain: hop 1 a good name, hop 2 a hostile one (escape sequence,
# bell, newline), hop 3 never answered (forwarded to a dead server), the destination a good
# name (hop 1 and the destination over IPv6 too). Names in text, JSON and traceroute's
# format; the hostile one never reaches the output; the silent one costs the bound (2 s),
# not the resolver's timeouts (5 s x 2); -n asks nothing.
set -euo pipefail
NETTRIO=$(readlink -f -- "${1:?usage: $0 PATH_TO_NETTRIO}")
source "$(dirname -- "${BASH_SOURCE[0]}")/common.sh" "$NETTRIO"
lab_require dnsmasq nft jq
lab_init
lab_chain 3
H1=$(lab_hop_addr 1) H2=$(lab_hop_addr 2) H3=$(lab_hop_addr 3)
lab_netns_etc c $'nameserver 127.0.0.1\noptions timeout:5 attempts:2\n'
lab_dead_dns c 127.0.0.53
# in-addr.arpa name of an IPv4 address.
ptr() {
    local a b c d
    IFS=. read -r a b c d <<<"$1"
    echo "$d.$c.$b.$a.in-addr.arpa"
}
# "evil<ESC>[2J<BEL>" "<LF>fake" "lab" "test", as wire labels (dnsmasq refuses such names
# in --ptr-record; --dns-rr serves the raw record).
HOSTILE=096576696c1b5b324a07050a66616b65036c6162047465737400
lab_dnsmasq c --log-queries --log-facility=- \
    --host-record="r1.lab.test,$H1,$(lab_hop_addr 1 6)" \
    --dns-rr="$(ptr "$H2"),12,$HOSTILE" \
    --server="/$(ptr "$H3")/127.0.0.53" \
    --host-record="dst.lab.test,$LAB_DST4,$LAB_DST6"
queries() { grep -c 'query\[PTR\]' "$LAB_TMP/dnsmasq.out" || true; }
clean() { ! tr -d '\n' <<<"$OUT" | LC_ALL=C grep -qE '[[:cntrl:]]|fake'; }

# run VAR ARGS... : nt_rc, and how long it took in TOOK_MS.
run() {
    local t0=$EPOCHREALTIME
    nt_rc "$@"
    TOOK_MS=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%d", (b - a) * 1000 }')
    LAB_CONTEXT+=$'\n'"took ${TOOK_MS} ms"
}
w=(-w 1)

run OUT trace "${w[@]}" "$LAB_DST4"
echo "time: trace ${TOOK_MS} ms"
lab_check "text: hop 1 by its name" grep -qE "^ 1  r1\.lab\.test \(${H1//./\\.}\) " <<<"$OUT"
lab_check "text: hop 2's hostile name not shown, the address is" grep -qE "^ 2  ${H2//./\\.} " <<<"$OUT"
lab_check "text: no control character, nothing of the hostile name" clean
lab_check "text: hop 3 (never answered) as its address" grep -qE "^ 3  ${H3//./\\.} " <<<"$OUT"
lab_check "text: the destination by its name" grep -qE "^ 4  dst\.lab\.test \(${LAB_DST4//./\\.}\) " <<<"$OUT"
lab_check "text: reached, exit 0" test "$RC" -eq 0
lab_check "text: the silent name cost the bound, not the resolver's 10 s (< 7 s)" test "$TOOK_MS" -lt 7000

run OUT trace "${w[@]}" --json "$LAB_DST4"
host() { jq -r ".hops[$1].probes[0].host // \"none\"" <<<"$OUT"; }
lab_check "json: hop 1 host" test "$(host 0)" = r1.lab.test
lab_check "json: hop 2 no host" test "$(host 1)" = none
lab_check "json: hop 3 no host" test "$(host 2)" = none
lab_check "json: destination host" test "$(host 3)" = dst.lab.test
lab_check "json: no control character, nothing of the hostile name" clean
lab_check "json: bounded (< 7 s)" test "$TOOK_MS" -lt 7000

run OUT trace "${w[@]}" -6 "$LAB_DST6"
lab_check "IPv6: hop 1 by its name" grep -qE "^ 1  r1\.lab\.test \($(lab_hop_addr 1 6)\) " <<<"$OUT"
lab_check "IPv6: the destination by its name" grep -qE "^ 4  dst\.lab\.test \($LAB_DST6\) " <<<"$OUT"

mkdir -p "$LAB_TMP/classic"
ln -s "$NETTRIO" "$LAB_TMP/classic/traceroute"
t0=$EPOCHREALTIME
set +e
OUT=$(lab_client env ASAN_OPTIONS=detect_leaks=0 "$LAB_TMP/classic/traceroute" -w 1,0,0 "$LAB_DST4" 2>&1)
RC=$?
set -e
TOOK_MS=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%d", (b - a) * 1000 }')
LAB_CONTEXT="$ traceroute -w 1,0,0 $LAB_DST4 (exit $RC, ${TOOK_MS} ms)"$'\n'"$OUT"
lab_check "traceroute: name (address)" grep -qE "^ 1  r1\.lab\.test \(${H1//./\\.}\) " <<<"$OUT"
lab_check "traceroute: address (address) for the hostile name" \
    grep -qE "^ 2  ${H2//./\\.} \(${H2//./\\.}\) " <<<"$OUT"
lab_check "traceroute: address (address) for the silent one" \
    grep -qE "^ 3  ${H3//./\\.} \(${H3//./\\.}\) " <<<"$OUT"
lab_check "traceroute: no control character" clean
lab_check "traceroute: bounded (< 7 s)" test "$TOOK_MS" -lt 7000

before=$(queries)
run OUT trace -n "${w[@]}" "$LAB_DST4"
lab_check "-n: addresses only" grep -qE "^ 1  ${H1//./\\.} " <<<"$OUT"
lab_check "-n: no PTR query reached the server ($before before, $(queries) after)" \
    test "$(queries)" -eq "$before"
lab_check "-n: the lookups before did reach it" test "$before" -ge 4
lab_finish
