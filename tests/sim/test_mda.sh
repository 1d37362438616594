#!/usr/bin/env bash
# shellcheck disable=SC2016 # jq's $vars
# sim.mda: trace --mda -I and -T through diamond_2_3.json, whose hops 2 and 3 balance per
# flow over two and three routers by a hash of addresses, protocol and the first four
# transport bytes (ICMP: type, code and checksum; TCP: the ports), as Paris traceroute
# assumes routers may. Kernel routers hash an echo request by addresses and protocol only
# (tests/e2e/trace_mda.sh), so this is where ICMP flows are seen to spread. v4 and v6:
#  - -I (raw socket, and v4 as nobody on a datagram socket) and -T (raw, and as nobody on
#    the error queue): every interface at every TTL, or a hop short by the stopping rule's
#    own chance (its interfaces all expected, flows_answered >= k(found)), as trace_mda.sh;
#  - what the sim received: -I, one echo identifier, one checksum per flow (as many as the
#    JSON's flows) and each checksum on one branch at every TTL; -T, destination port 80,
#    one source port per flow, each on one branch.
set -euo pipefail
# shellcheck source=sim.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/sim.sh"
sim_require setpriv
lab_init
sim_up
sim_start "$SIM_SCENARIOS/diamond_2_3.json"
ip netns exec "$SIM_NS" sysctl -qw net.ipv4.ping_group_range="0 2147483647"

# want FAM : the interfaces diamond_2_3.json has per TTL (the destination last), sorted.
want() {
    if [[ $1 == 4 ]]; then
        echo '[["198.18.1.1"],["198.18.2.1","198.18.2.2"],["198.18.3.1","198.18.3.2","198.18.3.3"],["198.18.4.1"],["203.0.113.10"]]'
    else
        echo '[["2001:db8:1::1"],["2001:db8:2::1","2001:db8:2::2"],["2001:db8:3::1","2001:db8:3::2","2001:db8:3::3"],["2001:db8:4::1"],["2001:db8:ff::10"]]'
    fi
}

# As tests/e2e/trace_mda.sh: "all", "rule:T:F/W" per hop short by the rule, or "bad:...".
hops_ok=$(<"$(dirname -- "${BASH_SOURCE[0]}")/../lib/mda_hops_ok.jq")

# check_run WHAT FAM KEY : the run in $out and the probes the sim received; KEY is the jq
# path of a probe's flow in the sim's log (.csum, .sport).
check_run() {
    local what=$1 fam=$2 key=$3 w found probes
    w=$(want "$fam")
    # (TCP: the SYNs; a connect that completed is closed with a reset, which the sim sees.)
    probes=$(sim_probes | jq -s -c 'map(select(.proto != "tcp" or .flags == 2))')
    found=$(jq -r --argjson w "$w" "$hops_ok" <<<"$out")
    echo "$what: interfaces found: $found, $(jq .probes_sent <<<"$out") probes, $(jq .flows <<<"$out") flows"
    lab_check "$what: exit 0, reached" eval 'sim_sane && [[ $RC == 0 ]] && jq_ok "$out" .reached'
    lab_check "$what: every interface at every TTL, or short by the rule: $found" \
        grep -qE '^(all|rule:.*)$' <<<"$found"
    lab_check "$what: as many TTLs as the path has" jq_ok "$out" '(.hops | length) == 5'
    lab_check "$what: the sim got every probe sent" jq_ok "$probes" 'length == $n' \
        --argjson n "$(jq .probes_sent <<<"$out")"
    lab_check "$what: one $key per flow (${key#.} values = flows)" jq_ok "$probes" \
        "[.[].${key#.}] | unique | length == \$f" --argjson f "$(jq .flows <<<"$out")"
    lab_check "$what: each $key keeps one branch at hops 2 and 3" jq_ok "$probes" \
        "group_by(.${key#.}) | all(map(select(.ttl >= 4) | .via[1:3]) | unique | length <= 1)"
    lab_check "$what: some flow followed to hop 4 or past" jq_ok "$probes" 'any(.[]; .ttl >= 4)'
}

for fam in 4 6; do
    dst=SIM_DST$fam
    dst=${!dst}
    sim_nt out trace --mda -n --json -I "$dst"
    check_run "v$fam --mda -I" "$fam" .csum
    lab_check "v$fam --mda -I: one identifier, sequences all different" jq_ok "$(sim_probes | jq -s -c .)" \
        '([.[].id] | unique | length == 1) and ([.[].seq] | unique | length == length)'
    sim_nt out trace --mda -n --json -T "$dst"
    check_run "v$fam --mda -T" "$fam" .sport
    lab_check "v$fam --mda -T: destination port 80" jq_ok "$(sim_probes | jq -s -c .)" \
        'all(.[]; .dport == 80)'
done

# Unprivileged: -I on an ICMP datagram socket (the kernel writes the identifier, constant
# too), -T without the raw socket (the errors from each connect's error queue).
for m in -I -T; do
    key=.csum
    [[ $m == -I ]] || key=.sport
    SIM_MARK=$(wc -l <"$SIM_LOG")
    sim_nt_start nobody --nobody trace --mda -n --json -v "$m" "$SIM_DST4"
    sim_nt_join nobody out
    sleep 0.05
    check_run "v4 --mda $m as nobody" 4 "$key"
    if [[ $m == -I ]]; then
        lab_check "v4 --mda -I as nobody: datagram socket" grep -q "ICMPv4 datagram socket open" <<<"$STDERR"
    fi
done
lab_finish
