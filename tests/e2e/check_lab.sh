#!/usr/bin/env bash
# check.lab: `nettrio check` tells the article's cases apart on real namespaces, each with
# its JSON diagnosis and exit code, in under 10 s: all good; ICMP blocked with the port
# open; the port refused; a firewall after hop K; a loopback-only listener checked locally.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/e2e.sh"
lab_require jq
lab_init
lab_chain 3
lab_ratelimit all 0
lab_listeners --ns d tcp4:0.0.0.0:8080 tcp6:[::]:8080
lab_listeners --ns c tcp4:127.0.0.1:9000

timed() { # VAR ARGS... : nt_rc plus wall time in ms in MS
    local t0=$(date +%s%N)
    nt_rc "$@"
    MS=$((($(date +%s%N) - t0) / 1000000))
}
kind() { jq -r .diagnosis.kind <<<"$1"; }

for fam in 4 6; do
    dst=$(lab_dst "$fam")
    target=$dst
    [[ $fam == 6 ]] && target="[$dst]"
    timed out check --json "$target:8080"
    lab_check "v$fam: all good: diagnosis ok, exit 0 (${MS} ms)" test "$(kind "$out") $RC" == "ok 0"
    lab_check "v$fam: steps in order" jq_is "$out" '[.steps[].step] | join(",")' "resolve,ping,tcp,trace,mtu,ports"
    lab_check "v$fam: mtu step: path MTU 1500 (clean path)" jq_is "$out" '.steps[] | select(.step == "mtu") | "\(.status) \(.details.path_mtu)"' "ok 1500"
    lab_check "v$fam: under 10 s" test "$MS" -lt 10000
    timed out check --json "$target:8081"
    lab_check "v$fam: port refused: diagnosis port_refused, exit 1" test "$(kind "$out") $RC" == "port_refused 1"
done

text=$(lab_client env NO_COLOR=1 "$NETTRIO" check "$LAB_DST4:8080" 2>&1 || true)
LAB_CONTEXT=$text
lab_check "text: one marked line per step" test "$(grep -cE '^\[( OK |WARN|FAIL| -- )\] ' <<<"$text")" -eq 6
lab_check "text: no colour codes when not a TTY" bash -c '! grep -q $'"'"'\033'"'"' <<<"$1"' _ "$text"
lab_check "text: diagnosis and next step" grep -q "^next step: " <<<"$text"

# The receiver does not let ICMP in, but the service answers.
lab_dst_block_echo
timed out check --json "$LAB_DST4:8080"
lab_check "ICMP blocked, port open: icmp_filtered, exit 0" test "$(kind "$out") $RC" == "icmp_filtered 0"
lab_check "ICMP blocked, port open: says the host is up" grep -q "is up" <<<"$(jq -r .diagnosis.text <<<"$out")"
lab_check "ICMP blocked, port open: ping step failed" jq_is "$out" '.steps[1].status' fail
lab_clear d

# A loopback-only listener, checked from this host through its own lab address.
timed out check --json "$LAB_CLIENT4:9000"
lab_check "loopback-only via own address: loopback_only, exit 1" test "$(kind "$out") $RC" == "loopback_only 1"
lab_check "loopback-only: the ports step names the binding" jq_is "$out" '.steps[] | select(.step == "ports") | .details.bindings[0].address' 127.0.0.1
lab_check "loopback-only: advice to bind 0.0.0.0" grep -q "bind the service to 0.0.0.0" <<<"$(jq -r .diagnosis.next_step <<<"$out")"
timed out check --json 127.0.0.1:9000
lab_check "same listener via 127.0.0.1: ok, exit 0, with the loopback note" test "$(kind "$out") $RC" == "ok 0"
lab_check "loopback note" grep -q "listens on loopback only" <<<"$(jq -r .diagnosis.text <<<"$out")"

# A firewall after hop 2: no ICMP, no TCP, the trace names the last responding hop.
lab_firewall_after 2
timed out check --json "$LAB_DST4:8080"
lab_check "firewall after hop 2: host_unreachable, exit 1" test "$(kind "$out") $RC" == "host_unreachable 1"
lab_check "firewall: the trace verdict is filtered_after_hop 2" jq_is "$out" '.steps[] | select(.step == "trace") | "\(.details.verdict.kind) \(.details.verdict.hop)"' "filtered_after_hop 2"
lab_check "firewall: diagnosis names hop 2's router" grep -q "$(lab_hop_addr 2 4)" <<<"$(jq -r .diagnosis.text <<<"$out")"
lab_check "firewall: under 10 s (${MS} ms)" test "$MS" -lt 10000
timed out check --json "$LAB_DST4"
lab_check "firewall, no port: path_broken, exit 1" test "$(kind "$out") $RC" == "path_broken 1"
lab_finish
