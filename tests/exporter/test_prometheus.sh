#!/usr/bin/env bash
# lab.exporter.prometheus - Debian's prometheus scrapes `nettrio exporter` inside the lab's
# client namespace, and the test asks Prometheus's HTTP API:
#  - a host behind an exact 30 % drop over 300 probes of echo requests (three iptables nth rules: 1 of 10,
#    1 of the 9 left, 1 of the 8 left) shows a loss within 30 +- 5 points;
#  - a firewall at router 3 that drops everything toward a host: the per-hop series of the
#    periodic trace answer up to hop 3 and are lost after it, and the verdict says
#    filtered_after_hop at hop 3;
#  - a SIGHUP reload that adds a target: its series appear, the old counters do not reset;
#    a bad reload keeps the old configuration and shows in a metric;
#  - /probe answers like prometheus-blackbox-exporter's (probe_success) and gives a loss.
set -euo pipefail
source "${NETTRIO_SOURCE_DIR:?}/tests/lab/lib.sh"
[[ -x ${NETTRIO:-} ]] || { echo "SKIPPED: NETTRIO not set" >&2; exit 77; }
lab_require prometheus curl jq
lab_init
lab_chain 3
lab_ratelimit all 0
lab_sweep 198.18.1.0/24

LOSSY=198.18.1.10     # 30 % of its echo requests dropped at router 2
WALLED=198.18.1.20    # everything toward it dropped at router 3
NEW=$LAB_DST4         # added by the reload
NEW6=$LAB_DST6        # and its IPv6 address, beside it
PORT=9810
PROM=9090

r2=$(lab_ns r2)
r3=$(lab_ns r3)
for every in 10 9 8; do
    ip netns exec "$r2" iptables -w -A FORWARD -p icmp --icmp-type echo-request -d "$LOSSY" \
        -m statistic --mode nth --every "$every" --packet 0 -j DROP
done
ip netns exec "$r3" iptables -w -A FORWARD -d "$WALLED" -j DROP

CFG=$LAB_TMP/exporter.yml
write_config() { # [with-new]
    cat >"$CFG.tmp" <<YAML
interval: 20ms
timeout: 1s
targets:
  - hosts: [$LOSSY]
    probes: [icmp]
    labels: {case: loss}
  - hosts: [$WALLED]
    probes: [trace]
    trace_interval: 4s
    trace_method: udp
    labels: {case: firewall}
YAML
    if [[ ${1:-} == with-new ]]; then
        cat >>"$CFG.tmp" <<YAML
  - hosts: [$NEW, "$NEW6"]
    probes: [icmp, tcp:9]
    labels: {case: reload}
YAML
    fi
    mv "$CFG.tmp" "$CFG"
}
write_config

ip netns exec "$LAB_CLIENT" "$NETTRIO" exporter --config "$CFG" --listen "127.0.0.1:$PORT" \
    >"$LAB_TMP/exporter.log" 2>&1 &
EXPORTER=$!
lab_at_exit "kill $EXPORTER 2>/dev/null; wait $EXPORTER 2>/dev/null"

cat >"$LAB_TMP/prometheus.yml" <<YAML
global:
  scrape_interval: 1s
  scrape_timeout: 1s
scrape_configs:
  - job_name: nettrio
    static_configs:
      - targets: ['127.0.0.1:$PORT']
YAML
ip netns exec "$LAB_CLIENT" prometheus --config.file="$LAB_TMP/prometheus.yml" \
    --storage.tsdb.path="$LAB_TMP/tsdb" --web.listen-address="127.0.0.1:$PROM" \
    >"$LAB_TMP/prometheus.log" 2>&1 &
PROMPID=$!
lab_at_exit "kill $PROMPID 2>/dev/null; wait $PROMPID 2>/dev/null"

# query PROMQL : the first result's value ("" when none)
query() {
    lab_client curl -sf --get "http://127.0.0.1:$PROM/api/v1/query" \
        --data-urlencode "query=$1" | jq -r '.data.result[0].value[1] // empty'
}
# query_all PROMQL JQ : every result through JQ
query_all() {
    lab_client curl -sf --get "http://127.0.0.1:$PROM/api/v1/query" \
        --data-urlencode "query=$1" | jq -r ".data.result[] | $2"
}
wait_for() { # SECONDS PROMQL : until the query has a result
    local i
    for ((i = 0; i < $1 * 2; i++)); do
        [[ -n $(query "$2" 2>/dev/null || true) ]] && return 0
        sleep 0.5
    done
    return 1
}
context() {
    LAB_CONTEXT="$(tail -n 20 "$LAB_TMP/exporter.log")
$(lab_client curl -s "http://127.0.0.1:$PORT/metrics" | grep -v -E '^#|_bucket' | head -n 60)"
}

lab_check "exporter is healthy" lab_client curl -sf "http://127.0.0.1:$PORT/-/healthy" -o /dev/null --retry 20 --retry-connrefused --retry-delay 1
lab_check "Prometheus scrapes the exporter" wait_for 30 'up{job="nettrio"} == 1'

# -- loss: 300 probes at 50/s, 90 dropped; and the first periodic trace's answer
lab_check "300 probes sent to the lossy host" wait_for 30 "smokeping_requests_total{host=\"$LOSSY\"} >= 300"
lab_check "the first trace has a verdict" wait_for 30 "nettrio_trace_verdict_info{host=\"$WALLED\"}"
context
loss=$(query "100 * (1 - smokeping_response_duration_seconds_count{host=\"$LOSSY\"} / smokeping_requests_total{host=\"$LOSSY\"})")
sent=$(query "smokeping_requests_total{host=\"$LOSSY\"}")
lab_check "loss behind a 30 % drop is 30 +- 5 points (got ${loss:-none} % of ${sent:-0} probes)" \
    awk -v l="${loss:-x}" 'BEGIN { exit !(l != "x" && l >= 25 && l <= 35) }'
lab_check "labels of the group are on the series" \
    test -n "$(query "smokeping_requests_total{host=\"$LOSSY\",ip=\"$LOSSY\",case=\"loss\"}")"

# -- firewall path: hops 1..3 answer, after 3 nothing
r3addr=$(lab_hop_addr 3)
verdict=$(query_all "nettrio_trace_verdict_info{host=\"$WALLED\"}" '.metric.kind + " " + .metric.hop')
lab_check "the trace's verdict is filtered_after_hop 3 (got '$verdict')" test "$verdict" == "filtered_after_hop 3"
lab_check "hop 3 is router 3 ($r3addr) and answers" \
    test "$(query "nettrio_hop_loss_ratio{host=\"$WALLED\",ttl=\"3\",address=\"$r3addr\"}")" == 0
answered=$(query_all "nettrio_hop_loss_ratio{host=\"$WALLED\"} < 1" '.metric.ttl' | sort -n | tr '\n' ' ')
lab_check "exactly hops 1-3 answer (got: $answered)" test "$answered" == "1 2 3 "
lost=$(query "count(nettrio_hop_loss_ratio{host=\"$WALLED\"} == 1 and on(ttl) nettrio_hop_loss_ratio{host=\"$WALLED\",ttl=\"4\"})")
lab_check "hop 4 is lost entirely" test "${lost:-0}" == 1
lab_check "hop RTTs for the hops that answer" \
    test "$(query "count(nettrio_hop_rtt_seconds{host=\"$WALLED\"})")" == 3

# -- reload by SIGHUP: a new target, old counters keep counting
before=$(query "smokeping_requests_total{host=\"$LOSSY\"}")
write_config with-new
kill -HUP "$EXPORTER"
lab_check "SIGHUP: the new target's series appear" wait_for 20 "smokeping_requests_total{host=\"$NEW\"} > 0"
lab_check "SIGHUP: the new TCP series appear (port 9 refused)" \
    wait_for 20 "nettrio_tcp_connect_total{host=\"$NEW\",port=\"9\",outcome=\"refused\"} > 0"
lab_check "SIGHUP: the IPv6 target is probed too, ICMPv6 and TCP" \
    wait_for 20 "smokeping_requests_total{host=\"$NEW6\",ip=\"$NEW6\"} > 0 and on(host) smokeping_response_duration_seconds_count{host=\"$NEW6\"} > 0"
lab_check "SIGHUP: IPv6 TCP to port 9 refused" \
    wait_for 20 "nettrio_tcp_connect_total{host=\"$NEW6\",port=\"9\",outcome=\"refused\"} > 0"
sleep 2
after=$(query "smokeping_requests_total{host=\"$LOSSY\"}")
resets=$(query "resets(smokeping_requests_total{host=\"$LOSSY\"}[5m])")
lab_check "SIGHUP: the old counter went on ($before -> $after) without a reset ($resets)" \
    awk -v a="${before:-x}" -v b="${after:-x}" -v r="${resets:-x}" 'BEGIN { exit !(a != "x" && b + 0 > a + 0 && r == 0) }'

# -- a bad reload (port 70000) through /-/reload: refused, old config stays, metric says so
printf 'targets:\n  - hosts: [%s]\n    probes: [tcp:70000]\n' "$NEW" >"$CFG"
code=$(lab_client curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$PORT/-/reload")
lab_check "a bad /-/reload answers 500 (got $code)" test "$code" == 500
metrics=$(lab_client curl -s "http://127.0.0.1:$PORT/metrics")
lab_check "the failed reload shows in a metric" \
    grep -q '^nettrio_exporter_config_last_reload_successful 0$' <<<"$metrics"
lab_check "the error names file and line" \
    grep -q "nettrio_exporter_config_error_info{error=\"$CFG:3: probe 'tcp:70000'" <<<"$metrics"
lab_check "the error is in the log" grep -q "reload (/-/reload) refused" "$LAB_TMP/exporter.log"
lab_check "the old targets are still probed" \
    grep -q "^smokeping_requests_total{host=\"$NEW\"" <<<"$metrics"

# -- /probe: blackbox's names, plus a loss over N packets
probe() { lab_client curl -s "http://127.0.0.1:$PORT/probe?target=$1&module=$2&count=$3"; }
out=$(probe "$NEW" icmp 10)
LAB_CONTEXT=$out
lab_check "/probe icmp to a live host: success, no loss" \
    grep -q -x 'probe_success 1' <<<"$out"
lab_check "/probe icmp: probe_loss_ratio 0, probe_ip_protocol 4" \
    bash -c 'grep -q -x "probe_loss_ratio 0" <<<"$1" && grep -q -x "probe_ip_protocol 4" <<<"$1"' _ "$out"
out=$(probe "$NEW6" icmp 5)
LAB_CONTEXT=$out
lab_check "/probe icmp to an IPv6 host: success, probe_ip_protocol 6" \
    bash -c 'grep -q -x "probe_success 1" <<<"$1" && grep -q -x "probe_ip_protocol 6" <<<"$1"' _ "$out"
out=$(probe "$WALLED" icmp 3)
LAB_CONTEXT=$out
lab_check "/probe icmp behind the firewall: failure, loss 1" \
    bash -c 'grep -q -x "probe_success 0" <<<"$1" && grep -q -x "probe_loss_ratio 1" <<<"$1"' _ "$out"
out=$(probe "$NEW" tcp_9 2)
LAB_CONTEXT=$out
lab_check "/probe tcp_9 to a closed port: failure" grep -q -x 'probe_success 0' <<<"$out"

if command -v prometheus-blackbox-exporter >/dev/null; then
    cat >"$LAB_TMP/blackbox.yml" <<YAML
modules:
  icmp:
    prober: icmp
    timeout: 2s
YAML
    ip netns exec "$LAB_CLIENT" prometheus-blackbox-exporter --config.file="$LAB_TMP/blackbox.yml" \
        --web.listen-address=127.0.0.1:9115 >"$LAB_TMP/blackbox.log" 2>&1 &
    BB=$!
    lab_at_exit "kill $BB 2>/dev/null; wait $BB 2>/dev/null"
    lab_client curl -sf -o /dev/null --retry 20 --retry-connrefused --retry-delay 1 http://127.0.0.1:9115/ || true
    for t in "$NEW" "$WALLED"; do
        bb=$(lab_client curl -s "http://127.0.0.1:9115/probe?target=$t&module=icmp" | sed -n 's/^probe_success //p')
        nt=$(probe "$t" icmp 5 | sed -n 's/^probe_success //p')
        lab_check "/probe $t: probe_success as blackbox's ($nt vs $bb)" test "${nt:-x}" == "${bb:-y}"
    done
    bbloss=$(lab_client curl -s "http://127.0.0.1:9115/probe?target=$NEW&module=icmp" | grep -c '^probe_loss_ratio' || true)
    lab_check "blackbox gives no loss figure, nettrio does" test "$bbloss" == 0
fi
lab_finish
