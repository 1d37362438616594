#!/usr/bin/env bash
# diag.check_dns: `nettrio check NAME` runs the dns step before resolve, against dnsmasq in
# the lab's client namespace with its own /etc/netns/NAME files (a dead first server, a
# good name, an NXDOMAIN name, a name /etc/hosts answers differently): dns_slow,
# dns_failure (exit 1, not exit 2 "unknown host"), dns_mismatch, in text and JSON.
set -euo pipefail
NETTRIO=$(readlink -f -- "${1:?usage: $0 PATH_TO_NETTRIO}")
source "$(dirname -- "${BASH_SOURCE[0]}")/common.sh" "$NETTRIO"
lab_require dnsmasq nft jq
lab_init
lab_chain 1
lab_netns_etc c $'nameserver 127.0.0.53\nnameserver 127.0.0.1\noptions timeout:1 attempts:1\n' \
    "$(printf '127.0.0.1 localhost\n%s web.lab.test\n' "$LAB_DST4")" $'hosts: files dns\n'
lab_dead_dns c 127.0.0.53
lab_dnsmasq c --local=/lab.test/ --host-record=good.lab.test,"$LAB_DST4" \
    --host-record=web.lab.test,198.51.100.20

nt_rc OUT check good.lab.test
lab_check "good name: the dns step comes first" bash -c 'head -2 <<<"$0" | tail -1 | grep -qE "^\[WARN\] dns +127\.0\.0\.53 timeout \([0-9]+ ms\), 127\.0\.0\.1 NOERROR $1 \([0-9]+ ms\)$"' "$OUT" "${LAB_DST4//./\\.}"
lab_check "good name: then resolve" grep -qE "^\[ OK \] resolve +good\.lab\.test -> $LAB_DST4" <<<"$OUT"
lab_check "good name: diagnosis dns_slow, naming the dead server" grep -qF \
    "diagnosis: $LAB_DST4 is reachable, but DNS is slow: 127.0.0.53 in /etc/resolv.conf does not answer" <<<"$OUT"
lab_check "good name: exit 1" test "$RC" -eq 1
nt_rc OUT check good.lab.test --json
lab_check "good name JSON" jq_ok "$OUT" '.diagnosis.kind == "dns_slow" and .steps[0].step == "dns" and .steps[0].status == "warn" and .steps[0].details.servers[0].rcode == "timeout" and .steps[0].details.servers[1].rcode == "NOERROR" and .steps[1].step == "resolve"'

nt_rc OUT check nothing.lab.test
lab_check "NXDOMAIN: exit 1, not 2" test "$RC" -eq 1
lab_check "NXDOMAIN: header without an address" grep -qx "check nothing.lab.test (no address)" <<<"$OUT"
lab_check "NXDOMAIN: dns FAIL" grep -qE "^\[FAIL\] dns +127\.0\.0\.53 timeout .*127\.0\.0\.1 NXDOMAIN" <<<"$OUT"
lab_check "NXDOMAIN: the reason" grep -qF "diagnosis: nothing.lab.test does not resolve: no DNS server gives an address: 127.0.0.53 says timeout, 127.0.0.1 says NXDOMAIN." <<<"$OUT"
nt_rc OUT check nothing.lab.test --json
lab_check "NXDOMAIN JSON" jq_ok "$OUT" '.diagnosis.kind == "dns_failure" and .diagnosis.problem and .address == null and (.steps | length) == 1'

nt_rc OUT check web.lab.test
lab_check "mismatch: /etc/hosts wins the resolve" grep -qE "^\[ OK \] resolve +web\.lab\.test -> $LAB_DST4" <<<"$OUT"
lab_check "mismatch: diagnosis dns_mismatch" grep -qF \
    "but the answers for web.lab.test disagree: /etc/hosts says $LAB_DST4, 127.0.0.1 says 198.51.100.20." <<<"$OUT"
nt_rc OUT check web.lab.test --json
lab_check "mismatch JSON" jq_ok "$OUT" '.diagnosis.kind == "dns_mismatch" and .steps[0].details.hosts_first and .steps[0].details.hosts_answers == ["'"$LAB_DST4"'"]'

nt_rc OUT check "$LAB_DST4"
lab_check "an address: no dns step" bash -c '! grep -q "dns" <<<"$0"' "$OUT"
lab_finish
