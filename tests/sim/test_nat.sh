#!/usr/bin/env bash
# shellcheck disable=SC2016 # jq's $vars
# sim.nat: NATs the kernel lab cannot build. nat.json: router 2 does not translate quotes
# back (routers past it quote the probe from router 2's address); nat_restore.json: it
# translates the address back but not the checksum (Dublin traceroute's case). Asserted
# from JSON, v4 and v6, for what a user reads: nat true on hop 3 only, its note, reached
# (UDP and ICMP; TCP behind nat_restore.json, whose quotes the kernel still accepts);
# where a method cannot see the NAT (ICMPv4 echo behind nat_restore: no pseudo-header in
# its checksum), no NAT claimed. The sim's own log confirms it rewrote the quotes it should.
set -euo pipefail
# shellcheck source=sim.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/sim.sh"
sim_require
lab_init
sim_up

# nat_at_hop3 OUT : nat true on hop 3 and on no other hop.
nat_at_hop3() { jq_ok "$1" '.hops[2].nat == true and ([.hops[] | select(.nat)] | length == 1)'; }

sim_start "$SIM_SCENARIOS/nat.json"
for fam in 4 6; do
    dst=$(sim_dst "$fam")
    for flag in "" -I; do
        what="nat.json v$fam ${flag:-UDP}"
        sim_nt out trace -n --json $flag "$dst"
        log=$(sim_probes | jq -s -c .)
        lab_check "$what: exit 0, reached" eval 'sim_sane && [[ $RC == 0 ]] && jq_ok "$out" .reached'
        lab_check "$what: the sim rewrote the quotes past router 2, only those" jq_ok "$log" \
            '([.[] | select(.action == "reply" and .reply != "echo_reply" and .hop >= 3)] | length > 0 and all(.nat == "source"))
             and ([.[] | select(.hop <= 2)] | all(.nat == null))'
        lab_check "$what: nat true on hop 3 only" nat_at_hop3 "$out"
        lab_check "$what: the note says the source address is rewritten after hop 2" jq_ok "$out" \
            '.hops[2].notes | any(test("^NAT between hop 2 and here: .* another source address"))'
    done
done

sim_start "$SIM_SCENARIOS/nat_restore.json"
for fam in 4 6; do
    dst=$(sim_dst "$fam")
    what="nat_restore.json v$fam UDP"
    sim_nt out trace -n --json "$dst"
    lab_check "$what: exit 0, reached" eval 'sim_sane && [[ $RC == 0 ]] && jq_ok "$out" .reached'
    lab_check "$what: nat true on hop 3 only" nat_at_hop3 "$out"
    lab_check "$what: the note says the checksum" jq_ok "$out" \
        '.hops[2].notes | any(test("^NAT between hop 2 and here: .* another checksum"))'
    what="nat_restore.json v$fam TCP"
    sim_nt out trace -n --json -T "$dst"
    lab_check "$what: exit 0, reached" eval 'sim_sane && [[ $RC == 0 ]] && jq_ok "$out" .reached'
    lab_check "$what: nat true on hop 3 only (the quoted SYN's checksum)" nat_at_hop3 "$out"
    what="nat_restore.json v$fam ICMP"
    sim_nt out trace -n --json -I "$dst"
    lab_check "$what: exit 0, reached" eval 'sim_sane && [[ $RC == 0 ]] && jq_ok "$out" .reached'
    if [[ $fam == 6 ]]; then
        lab_check "$what: nat true on hop 3 only (ICMPv6 sums the addresses)" nat_at_hop3 "$out"
    else
        lab_check "$what: no NAT claimed, quotes compared (ICMPv4 cannot see it)" jq_ok "$out" \
            '([.hops[] | select(.nat)] | length == 0) and .quotes_compared > 0'
    fi
done
lab_finish
