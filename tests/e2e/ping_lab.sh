#!/usr/bin/env bash
# ping.lab: nettrio ping on real namespace routers: replies over 3 hops (v4, v6), exact
# loss under every-nth drop and the same numbers as iputils ping, ICMP errors per probe,
# ICMP blocked at the destination (exit 1 + hint, --tcp works), and the unprivileged
# datagram socket as nobody.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/e2e.sh"
lab_require jq ping setpriv
lab_init
lab_chain 3
lab_ratelimit all 0

for fam in 4 6; do
    dst=$(lab_dst "$fam")
    nt_rc out ping -c 3 -i 0.05 "$dst"
    lab_check "v$fam: exit 0 over 3 hops" test "$RC" -eq 0
    lab_check "v$fam: three reply lines in iputils' shape" test "$(grep -cE "^[0-9]+ bytes from $dst: icmp_seq=[1-3] ttl=[0-9]+ time=[0-9.]+ ms$" <<<"$out")" -eq 3
    lab_check "v$fam: statistics header" grep -qx -- "--- $dst ping statistics ---" <<<"$out"
    lab_check "v$fam: 3 transmitted, 3 received, 0% loss" grep -qE "^3 packets transmitted, 3 received, 0% packet loss, time [0-9]+ms$" <<<"$out"
    lab_check "v$fam: rtt line" grep -qE "^rtt min/avg/max/mdev = [0-9.]+/[0-9.]+/[0-9.]+/[0-9.]+ ms$" <<<"$out"
    lab_check "v$fam: reply TTL is 64 minus 3 routers" grep -q "ttl=61 " <<<"$out"
    nt_rc out ping --json -c 2 -i 0.05 "$dst"
    lab_check "v$fam: JSON fields" jq_is "$out" '"\(.target) \(.address) \(.transmitted) \(.received) \(.duplicates) \(.loss_percent) \(.rtt_ms.min > 0) \(.replies | length) \(.replies[0].seq) \(.replies[0].from)"' "$dst $dst 2 2 0 0 true 2 1 $dst"
done

# Exact loss: router 2 drops every 4th echo toward the destination.
lab_path_loss 2 nth 4
for fam in 4 6; do
    dst=$(lab_dst "$fam")
    nt_rc out ping -q -c 20 -i 0.02 -W 0.5 "$dst"
    lab_check "v$fam: every-4th drop: 20 sent, 15 received, 25% loss" grep -qE "^20 packets transmitted, 15 received, 25% packet loss" <<<"$out"
    lab_check "v$fam: exit 0 (the host answered)" test "$RC" -eq 0
    peer=$(lab_client ping "-$fam" -n -q -c 20 -i 0.02 -W 0.5 "$dst" 2>&1 || true)
    LAB_CONTEXT=$peer
    lab_check "v$fam: iputils ping sees the same 15/20" grep -qE "^20 packets transmitted, 15 received, 25% packet loss" <<<"$peer"
done
# With a deadline, -c counts answers, not probes (iputils): lost ones are made up for.
nt_rc out ping -c 6 -w 5 -i 0.02 -W 0.5 "$LAB_DST4"
lab_check "-w 5 -c 6 with every 4th lost: 6 received, exit 0" test "$RC" -eq 0 -a -n "$(grep -E '^[0-9]+ packets transmitted, 6 received' <<<"$out")"
lab_check "-w 5 -c 6: more than 6 sent to make up for the loss" test "$(sed -n 's/^\([0-9]*\) packets transmitted.*/\1/p' <<<"$out")" -gt 6
lab_clear 2

# ICMP errors about our probes, per probe, as iputils prints them.
lab_reject 2 host
for fam in 4; do
    dst=$(lab_dst "$fam")
    nt_rc out ping -c 2 -i 0.05 -W 0.5 "$dst"
    lab_check "v$fam: 'From ROUTER icmp_seq=1 Destination Host Unreachable'" grep -qx "From $(lab_hop_addr 2 "$fam") icmp_seq=1 Destination Host Unreachable" <<<"$out"
    lab_check "v$fam: errors counted, 100% loss" grep -qE "^2 packets transmitted, 0 received, \+2 errors, 100% packet loss" <<<"$out"
    lab_check "v$fam: exit 1" test "$RC" -eq 1
done
nt_rc out ping -c 1 -W 0.5 "$(lab_dst 6)"
lab_check "v6: address unreachable reported from router 2" grep -q "^From $(lab_hop_addr 2 6) icmp_seq=1 Destination unreachable" <<<"$out"
lab_clear 2

# Unprivileged, and ping_group_range excludes us: one line naming the fix, exit 2.
out=$(nt_nobody ping -c 1 "$LAB_DST4" 2>&1) && rc=0 || rc=$?
LAB_CONTEXT=$out
lab_check "no socket at all: exit 2" test "$rc" -eq 2
lab_check "no socket at all: one line naming both fixes" test "$(wc -l <<<"$out")" -eq 1 -a -n "$(grep "needs CAP_NET_RAW, or add your group to net.ipv4.ping_group_range" <<<"$out")"

# Unprivileged: the ICMP datagram socket, as nobody, once ping_group_range allows it.
lab_exec c sysctl -qw net.ipv4.ping_group_range="0 2147483647"
for fam in 4 6; do
    dst=$(lab_dst "$fam")
    out=$(nt_nobody ping -v -c 2 -i 0.05 "$dst" 2>&1) && rc=0 || rc=$?
    LAB_CONTEXT=$out
    lab_check "v$fam: as nobody: replies over the datagram socket" grep -q "ICMPv$fam datagram socket open" <<<"$out"
    lab_check "v$fam: as nobody: exit 0" test "$rc" -eq 0
    lab_check "v$fam: as nobody: 2 received" grep -q "2 packets transmitted, 2 received" <<<"$out"
done

# The receiver does not let ICMP in: exit 1, the article's hint, and --tcp gets through.
lab_dst_block_echo
lab_listeners --ns d tcp4:0.0.0.0:8080 tcp6:[::]:8080
for fam in 4 6; do
    dst=$(lab_dst "$fam")
    nt_rc out ping -c 2 -i 0.05 -W 0.3 "$dst"
    lab_check "v$fam: ICMP blocked: exit 1" test "$RC" -eq 1
    lab_check "v$fam: ICMP blocked: 0 received" grep -qE "^2 packets transmitted, 0 received, 100% packet loss" <<<"$out"
    lab_check "v$fam: hint names the security group" grep -q "security group must allow inbound ICMP" <<<"$STDERR"
    lab_check "v$fam: hint suggests --tcp" grep -q -- "--tcp 22" <<<"$STDERR"
    nt_rc out ping --tcp 8080 -c 2 -i 0.05 "$dst"
    lab_check "v$fam: --tcp 8080 open: exit 0" test "$RC" -eq 0
    lab_check "v$fam: --tcp reports open per probe" test "$(grep -c "^tcp $dst:8080: seq=[12] open time=" <<<"$out")" -eq 2
    nt_rc out ping --tcp 8081 -c 1 "$dst"
    lab_check "v$fam: --tcp 8081 refused: host up, nothing listens" grep -q "seq=1 refused" <<<"$out"
done

lab_finish
