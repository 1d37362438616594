#!/usr/bin/env bash
# robust.concurrency: 16 nettrio processes at once on one lab, each gets exactly its own
# replies.
#
# Chain of 3 routers. 8 pings (4 IPv4, 4 IPv6, 200 probes each every 5 ms) and 8 traces
# (UDP, ICMP, TCP, --paris; both families) start together. As root every ping and ICMP
# trace reads a raw ICMP socket that sees every echo reply and ICMP error of the namespace,
# so each process must pick its own out of the others' by identifier, sequence, ports and
# payload.
#
# Known loss: router 2 drops every 4th echo request it forwards toward the destination, but
# only those with TTL > 32. Pings leave with TTL 64 and traces never exceed 30, so the loss
# hits the pings alone and the traces see a clean path. The nth counter is shared by all
# pings of a family, so per process the loss varies; what must hold:
#  - the router counted exactly the echo requests the pings say they sent, and dropped a
#    quarter of them;
#  - all pings of a family together received exactly the rest (sent x 3/4), each no more
#    than it sent, with no duplicate, corrupt or foreign reply, every reply from the
#    destination and for a distinct sequence;
#  - every trace reached the destination at hop 4, every answer at each hop came from the
#    right router, and (nearly) every probe was answered.
# shellcheck disable=SC2034  # LAB_CONTEXT is read by lab_check
set -euo pipefail
source "$NETTRIO_SOURCE_DIR/tests/e2e/e2e.sh"
lab_require jq
lab_init
lab_chain 3
lab_ratelimit all 0
# Many processes' errors at once: lift the per-namespace global ICMP limiter's burst too
# (icmp_msgs_burst, 50 by default), so only the planned loss produces a '*'.
for role in c 1 2 3 d; do
    lab_exec "$role" sysctl -qw net.ipv4.icmp_msgs_burst=10000 net.ipv4.icmp_msgs_per_sec=100000
done

# Router 2, from the client side (l1): count, then drop every 4th, echo requests with TTL
# (hop limit) > 32. Rule 1 counts, rule 2 drops.
for ipt in iptables ip6tables; do
    if [[ $ipt == iptables ]]; then
        match=(-i l1 -p icmp --icmp-type echo-request -m ttl --ttl-gt 32)
    else
        match=(-i l1 -p ipv6-icmp --icmpv6-type echo-request -m hl --hl-gt 32)
    fi
    lab_exec 2 "$ipt" -w -A FORWARD "${match[@]}"
    lab_exec 2 "$ipt" -w -A FORWARD "${match[@]}" -m statistic --mode nth --every 4 --packet 0 -j DROP
done
rule_pkts() { # rule_pkts iptables|ip6tables N : packets matched by FORWARD rule N
    lab_exec 2 "$1" -w -L FORWARD -n -v -x --line-numbers | awk -v n="$2" '$1 == n {print $2}'
}

count=200
declare -A CMD FAM PID RC
jobs_list=()
go=$LAB_TMP/go
# add NAME FAMILY ARGS... : a nettrio process, started when $go appears
add() {
    local name=$1 fam=$2
    shift 2
    CMD[$name]="nettrio $*"
    FAM[$name]=$fam
    jobs_list+=("$name")
    (
        while [[ ! -e $go ]]; do sleep 0.005; done
        exec ip netns exec "$LAB_CLIENT" "$NETTRIO" "$@"
    ) >"$LAB_TMP/$name.json" 2>"$LAB_TMP/$name.err" &
    PID[$name]=$!
}
for fam in 4 6; do
    dst=$(lab_dst "$fam")
    for i in 1 2 3 4; do add "ping$fam.$i" "$fam" ping --json -c "$count" -i 0.005 -W 1 "$dst"; done
    add "trace$fam.udp" "$fam" trace -n --json "$dst"
    add "trace$fam.icmp" "$fam" trace -n --json -I "$dst"
    add "trace$fam.tcp" "$fam" trace -n --json -T -p 9 "$dst"
done
add trace4.tcp2 4 trace -n --json -T -p 9 "$LAB_DST4"
add trace6.paris 6 trace -n --json --paris "$LAB_DST6"
lab_check "16 processes" test "${#jobs_list[@]}" -eq 16
touch "$go"
for name in "${jobs_list[@]}"; do
    RC[$name]=0
    wait "${PID[$name]}" || RC[$name]=$?
done

context() { LAB_CONTEXT="$ ${CMD[$1]}"$'\n'"$(head -c 3000 "$LAB_TMP/$1.json")"$'\n'"stderr: $(tail -5 "$LAB_TMP/$1.err")"$'\n'"exit: ${RC[$1]}"; }
json() { jq -r "$2" "$LAB_TMP/$1.json" 2>/dev/null; }

for fam in 4 6; do
    dst=$(lab_dst "$fam")
    sent=0 received=0
    for i in 1 2 3 4; do
        n=ping$fam.$i
        context "$n"
        r=$(json "$n" .received)
        # The pings run in lockstep, so one may stay in phase with the drop and lose nearly
        # all: exit 0 when something answered, else 1 (never 2 or a signal).
        lab_check "$n: exit $((r > 0 ? 0 : 1)) with $r received" test "${RC[$n]}" -eq $((${r:-0} > 0 ? 0 : 1))
        lab_check "$n: $count transmitted" test "$(json "$n" .transmitted)" == "$count"
        lab_check "$n: received ($r) <= sent" test "${r:-999}" -le "$count"
        lab_check "$n: no duplicate, corrupt or error replies" \
            test "$(json "$n" '"\(.duplicates) \(.corrupted) \(.errors)"')" == "0 0 0"
        lab_check "$n: one reply record per reply, distinct sequences in 1..$count" \
            test "$(json "$n" "[.replies[].seq | select(. >= 1 and . <= $count)] | unique | length")" == "$r"
        lab_check "$n: every reply from $dst" \
            test "$(json "$n" "[.replies[] | select(.from != \"$dst\")] | length")" == 0
        t=$(json "$n" .transmitted)
        sent=$((sent + ${t:-0})) received=$((received + ${r:-0}))
    done
    ipt=iptables
    [[ $fam == 6 ]] && ipt=ip6tables
    seen=$(rule_pkts "$ipt" 1) dropped=$(rule_pkts "$ipt" 2)
    LAB_CONTEXT="v$fam: pings sent $sent, received $received; router 2 counted $seen, dropped $dropped"
    lab_check "v$fam: router 2 forwarded exactly the $sent echo requests the pings sent ($seen)" test "$seen" -eq "$sent"
    lab_check "v$fam: router 2 dropped a quarter of them ($dropped)" test "$((dropped * 4))" -eq "$seen"
    lab_check "v$fam: the pings received together exactly sent x 3/4 ($received of $sent)" \
        test "$((received * 4))" -eq "$((sent * 3))"

    want="$(lab_hop_addr 1 "$fam") $(lab_hop_addr 2 "$fam") $(lab_hop_addr 3 "$fam") $dst"
    for n in "${jobs_list[@]}"; do
        [[ $n == trace* && ${FAM[$n]} == "$fam" ]] || continue
        context "$n"
        lab_check "$n: exit 0" test "${RC[$n]}" -eq 0
        lab_check "$n: reached at hop 4" test "$(json "$n" '"\(.verdict.kind) \(.verdict.hop)"')" == "reached 4"
        lab_check "$n: 4 hops of 3 probes" \
            test "$(json "$n" '[.hops[] | .probes | length] | map(tostring) | join(" ")')" == "3 3 3 3"
        lab_check "$n: every answer from the right hop: $want" \
            test "$(json "$n" '[.hops[] | [.probes[].from | select(. != null)] | unique | join(",")] | join(" ")')" == "$want"
        # A '*' is a lost answer, not a wrong one: one in ~100 runs the first probe of a
        # trace went unanswered here (cause not found). Allow one, never more.
        lab_check "$n: at most one '*'" \
            test "$(json "$n" '[.hops[].probes[] | select(.from == null or .rtt_ms == null)] | length')" -le 1
    done
done
lab_finish
