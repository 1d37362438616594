#!/usr/bin/env bash
# lab.exporter.dns - the exporter follows a name as its DNS answer changes: dnsmasq in the
# client namespace serves web.lab.test with a 2 s TTL; when the record moves to another
# host, the target's series move to the new `ip` label within the TTL (plus a probe), long
# before resolve_interval (5 min), and the probes go to the new host and are answered.
set -euo pipefail
source "${NETTRIO_SOURCE_DIR:?}/tests/lab/lib.sh"
source "$NETTRIO_SOURCE_DIR/tests/lib/dns.sh"
[[ -x ${NETTRIO:-} ]] || { echo "SKIPPED: NETTRIO not set" >&2; exit 77; }
lab_require dnsmasq curl
lab_init
lab_chain 1
lab_ratelimit all 0
lab_sweep 198.18.1.0/24

OLD=198.18.1.10
NEW=198.18.1.11
PORT=9810
# dnsmasq reads its hosts files as nobody: a directory it may enter.
chmod o+x "$LAB_TMP"
mkdir -m 755 "$LAB_TMP/dns"
RECORDS=$LAB_TMP/dns/records
echo "$OLD web.lab.test" >"$RECORDS"
chmod 644 "$RECORDS"
lab_netns_etc c $'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n'
lab_dnsmasq c --addn-hosts="$RECORDS" --local-ttl=2 --local=/lab.test/ --log-queries --log-facility=-
DNSMASQ=$LAB_DNSMASQ_PID

cat >"$LAB_TMP/exporter.yml" <<YAML
interval: 100ms
targets:
  - hosts: [web.lab.test]
    probes: [icmp]
YAML
ip netns exec "$LAB_CLIENT" "$NETTRIO" exporter --config "$LAB_TMP/exporter.yml" \
    --listen "127.0.0.1:$PORT" >"$LAB_TMP/exporter.log" 2>&1 &
EXPORTER=$!
lab_at_exit "kill $EXPORTER 2>/dev/null; wait $EXPORTER 2>/dev/null"

metrics() { lab_client curl -s "http://127.0.0.1:$PORT/metrics"; }
# answered IP : the target's probes to IP have answers (the histogram's count > 0)
answered() {
    metrics | grep -qE "^smokeping_response_duration_seconds_count\{host=\"web\.lab\.test\",ip=\"${1//./\\.}\"[,}].* [1-9][0-9]*$"
}
# within SECONDS CMD... : CMD succeeds before SECONDS pass; sets TOOK (ms)
within_s() {
    local end=$((SECONDS + $1)) t0
    t0=$(date +%s%N)
    shift
    until "$@"; do
        ((SECONDS < end)) || return 1
        sleep 0.2
    done
    TOOK=$((($(date +%s%N) - t0) / 1000000))
}
context() { LAB_CONTEXT="$(tail -n 5 "$LAB_TMP/exporter.log")"$'\n'"$(metrics | grep -E '^smokeping_(requests|response_duration_seconds_count)' || true)"; }

lab_client curl -sf -o /dev/null --retry 20 --retry-connrefused --retry-delay 1 "http://127.0.0.1:$PORT/-/healthy"
context
lab_check "the name resolves through the lab's DNS: probes to $OLD are answered" within_s 20 answered "$OLD"

echo "$NEW web.lab.test" >"$RECORDS"
kill -HUP "$DNSMASQ"  # dnsmasq reads its hosts files again
TOOK=
within_s 15 answered "$NEW" || true
context
LAB_CONTEXT+=$'\n'"$(tail -n 8 "$LAB_TMP/dnsmasq.out")"
lab_check "the record moved: probes go to $NEW and are answered (after ${TOOK:-?} ms; TTL 2 s)" answered "$NEW"
lab_check "it took about the TTL, not resolve_interval (under 6 s)" test "${TOOK:-99999}" -lt 6000
lab_check "the series carry the new ip label; the old one is gone" \
    bash -c '! grep -q "ip=\"$1\"" <<<"$2"' _ "$OLD" "$(metrics)"
lab_check "the log says where the name went, with the TTL" \
    grep -q "web.lab.test is $NEW (TTL 2 s)" "$LAB_TMP/exporter.log"
lab_finish
