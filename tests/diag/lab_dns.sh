#!/usr/bin/env bash
# diag.dns: check/dns against a real DNS server (dnsmasq) in a lab namespace serving a
# test zone, with the namespace's own /etc/netns/NAME/{resolv.conf,hosts,nsswitch.conf}
# (bind-mounted over /etc by `ip netns exec`): the first server listed is dead (its
# queries dropped), a good name, an NXDOMAIN name, a name /etc/hosts answers differently.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/common.sh"
lab_require dnsmasq nft
lab_init
lab_chain 1
lab_netns_etc c $'nameserver 127.0.0.53\nnameserver 127.0.0.1\noptions timeout:1 attempts:1\n' \
    $'127.0.0.1 localhost\n198.51.100.99 web.lab.test\n' $'hosts: files dns\n'
lab_dead_dns c 127.0.0.53
lab_dnsmasq c --local=/lab.test/ --host-record=good.lab.test,198.51.100.10,2001:db8::10 \
    --host-record=web.lab.test,198.51.100.20

diag_in c dns good.lab.test 500
lab_check "good name: the first server timed out" has '^server 127\.0\.0\.53 rcode=timeout time_ms=(4[5-9][0-9]|5[0-9][0-9])'
lab_check "good name: the second answered NOERROR, A and AAAA" \
    has '^server 127\.0\.0\.1 rcode=NOERROR time_ms=[0-9]+ 198\.51\.100\.10 2001:db8::10$'
lab_check "good name: dns_slow names the dead server" has '^finding dns_slow 127\.0\.0\.53$'
lab_check "good name: no failure, no mismatch" bash -c '! grep -qE "finding dns_(failure|mismatch)" <<<"$0"' "$OUT"
lab_check "bounded by the timeout (500 ms), servers asked at once" \
    bash -c '[[ $0 =~ took_ms=([0-9]+) ]] && ((BASH_REMATCH[1] < 1200))' "$OUT"

diag_in c dns nothing.lab.test 500
lab_check "NXDOMAIN name: exit 1" test "$RC" -eq 1
lab_check "NXDOMAIN name: rcode" has '^server 127\.0\.0\.1 rcode=NXDOMAIN '
lab_check "NXDOMAIN name: dns_failure" has '^finding dns_failure$'

diag_in c dns web.lab.test 500
lab_check "/etc/netns hosts read, consulted first" has '^name=web\.lab\.test hosts_first=true '
lab_check "/etc/hosts answer" has '^hosts 198\.51\.100\.99$'
lab_check "the server's answer" has '^server 127\.0\.0\.1 rcode=NOERROR time_ms=[0-9]+ 198\.51\.100\.20$'
lab_check "dns_mismatch names the server that differs from /etc/hosts" \
    has '^finding dns_mismatch 127\.0\.0\.1$'
lab_finish
