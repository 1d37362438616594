#!/usr/bin/env bash
# sim.paris: trace -I --paris through a load balancer that hashes the ICMP checksum.
# ecmp.json balances hop 2 over four routers by a hash of addresses, protocol and the
# first four transport bytes (for ICMP: type, code and checksum), as Paris traceroute
# assumes routers may. Asserted, v4 and v6, on a raw socket and (v4) on a datagram socket:
#  - classic -I: the checksum changes with the sequence, and hop 2 shows several routers;
#  - -I --paris: every echo request of the run has one identifier and one checksum (the
#    payload compensates the sequence), the sequences still differ, and hop 2 shows one router, in each of several runs.
set -euo pipefail
# shellcheck source=sim.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/sim.sh"
sim_require setpriv
lab_init
sim_up
sim_start "$SIM_SCENARIOS/ecmp.json"

for fam in 4 6; do
    dst=SIM_DST$fam
    dst=${!dst}
    sim_nt out trace -n --json -I -q 10 "$dst"
    probes=$(sim_probes | jq -s -c 'sort_by(.t)')
    what="v$fam classic ICMP trace -q 10"
    lab_check "$what: exit 0, reached" eval 'sim_sane && [[ $RC == 0 ]] && jq_ok "$out" .reached'
    lab_check "$what: the checksum changes with the sequence" jq_ok "$probes" \
        'length >= 40 and ([.[].csum] | unique | length > 1)'
    lab_check "$what: hop 2 shows several of the 4 balanced routers" jq_ok "$out" \
        '[.hops[1].probes[].from | select(. != null)] | unique | length >= 2'

    for run in 1 2 3; do
        sim_nt out trace -n --json -I --paris -q 10 "$dst"
        probes=$(sim_probes | jq -s -c 'sort_by(.t)')
        what="v$fam ICMP --paris trace -q 10, run $run"
        lab_check "$what: exit 0, reached" eval 'sim_sane && [[ $RC == 0 ]] && jq_ok "$out" .reached'
        lab_check "$what: one identifier and one checksum for all $(jq length <<<"$probes") probes" \
            jq_ok "$probes" \
            'length >= 40 and ([.[] | [.proto, .src, .dst, .id, .csum]] | unique | length == 1)'
        lab_check "$what: the sequence tells the probes apart" jq_ok "$probes" \
            '[.[].seq] | unique | length == ($p | length)' --argjson p "$probes"
        lab_check "$what: the balanced hop shows one router" jq_ok "$out" \
            '[.hops[1].probes[].from | select(. != null)] | unique | length == 1'
    done
done

# Unprivileged: on an ICMP datagram socket the kernel writes the identifier (the socket's
# port), which is constant too, so the checksum still is.
ip netns exec "$SIM_NS" sysctl -qw net.ipv4.ping_group_range="0 2147483647"
SIM_MARK=$(wc -l <"$SIM_LOG")
set +e
out=$(timeout -k 2 30 ip netns exec "$SIM_NS" "${NOBODY[@]}" \
    "$NETTRIO" trace -n --json -v -I --paris -q 10 "$SIM_DST4" 2>"$LAB_TMP/stderr")
RC=$?
set -e
STDERR=$(cat "$LAB_TMP/stderr")
LAB_CONTEXT="[nobody] $out"$'\n'"$STDERR"$'\n'"exit $RC"
sleep 0.05
probes=$(sim_probes | jq -s -c 'sort_by(.t)')
what="v4 ICMP --paris trace as nobody (datagram socket)"
lab_check "$what: exit 0, reached, datagram socket" eval \
    'sim_sane && [[ $RC == 0 ]] && jq_ok "$out" .reached && grep -q "ICMPv4 datagram socket open" <<<"$STDERR"'
lab_check "$what: one identifier and one checksum" jq_ok "$probes" \
    'length >= 40 and ([.[] | [.id, .csum]] | unique | length == 1)'
lab_check "$what: the balanced hop shows one router" jq_ok "$out" \
    '[.hops[1].probes[].from | select(. != null)] | unique | length == 1'
lab_finish
