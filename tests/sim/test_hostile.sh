#!/usr/bin/env bash
# shellcheck disable=SC2016,SC2317,SC2119 # jq's $vars; helpers run through lab_check
# sim.hostile: ping and trace on a path that lies. Every run must end by itself (timeout),
# without a crash or a sanitizer report (ASan/LSan/UBSan in the test build), and:
#  - forged replies alone are never counted: ping receives 0 (no errors either), trace
#    shows only *; forged + genuine: ping counts exactly the genuine replies (no DUP), trace
#    shows the clean path. One forgery at a time (ping), then all at once (ping v4 raw, v6,
#    v4 datagram socket; trace UDP/ICMP/TCP, v4/v6; UDP through the error queue as nobody);
#  - truncated copies of every length: never a wrong answer (ping: none counted; trace: the
#    right routers, from the copies long enough to quote the probe);
#  - duplicates are DUP exactly when they duplicate; reordered replies are all counted;
#  - hostile RFC 4884 extensions (zero-length, overlong, 1000 objects, 900 labels, bad
#    checksum, short quote) never crash or loop, and never yield more than 32 labels.
set -euo pipefail
# shellcheck source=sim.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/sim.sh"
sim_require setpriv
lab_init
sim_up

BASE="$SIM_SCENARIOS/hostile_base.json"
FORGERIES=(bad_checksum truncate other_flow other_process spoof_id spoof_seq unprobed_source never_sent)
# All that forge an identity; truncated copies of a genuine reply are tested on their own.
LIARS='["bad_checksum","other_flow","other_process","spoof_id","spoof_seq","unprobed_source","never_sent"]'

# hostile NAME HOSTILE_JSON : start the sim on the base path with this "hostile" object.
hostile() {
    sim_scenario "$1" "$(jq -c --argjson h "$2" '.hostile = $h' "$BASE")"
}

# ping_counts JSON RECEIVED DUPLICATES : counters of a ping --json run (errors always 0:
# a forged ICMP error is no error about our probes either).
ping_counts() {
    jq_ok "$1" '.transmitted == $t and .received == $r and .duplicates == $d and .errors == 0' \
        --argjson t "${4:-3}" --argjson r "$2" --argjson d "$3"
}

# trace_clean JSON FAMILY : the base path as it is: routers 1-3, the destination at hop 4,
# every probe answered.
trace_clean() {
    local exp
    if [[ $2 == 4 ]]; then
        exp='["198.18.1.1","198.18.2.1","198.18.3.1","203.0.113.10"]'
    else
        exp='["2001:db8:1::1","2001:db8:2::1","2001:db8:3::1","2001:db8:ff::10"]'
    fi
    jq_ok "$1" '.reached and ([.hops[] | [.probes[].from] | unique] == ($e | map([.])))' --argjson e "$exp"
}

# trace_silent JSON : nothing answered at all.
trace_silent() {
    jq_ok "$1" '(.reached | not) and (.hops | length) > 0 and all(.hops[].probes[]; .from == null)'
}

PING=(ping --json -c 3 -i 0.02 -W 0.3)

# --- one forgery at a time, ping v4 (raw socket: sees every ICMP message) -------------
for f in "${FORGERIES[@]}"; do
    hostile "only_$f" "{\"forge\":[\"$f\"],\"real\":false}"
    sim_nt out "${PING[@]}" "$SIM_DST4"
    lab_check "v4 ping, $f only: exits, no crash/leak" sim_sane
    lab_check "v4 ping, $f only: 0 received, 0 errors" ping_counts "$out" 0 0
    hostile "with_$f" "{\"forge\":[\"$f\"],\"real\":true}"
    sim_nt out "${PING[@]}" "$SIM_DST4"
    lab_check "v4 ping, $f + genuine: no crash/leak" sim_sane
    lab_check "v4 ping, $f + genuine: 3 received, no DUP" ping_counts "$out" 3 0
done

# --- every liar at once ----------------------------------------------------------------
TRACE=(trace -n --json -m 5 -q 1 -w 0.3)
for real in false true; do
    hostile "liars_real_$real" "{\"forge\":$LIARS,\"real\":$real}"
    tag=$([[ $real == true ]] && echo "liars + genuine" || echo "liars only")
    # Traces of a path where only liars answer spend their time waiting out nettrio's own
    # silence confirmation (~2.7 s each): they run side by side. With genuine answers each
    # runs alone, so a busy sim never turns an answer late.
    runs=()
    for fam in 4 6; do
        for method in udp icmp tcp; do runs+=("v$fam $method root"); done
    done
    # Unprivileged: UDP errors through the error queue (the kernel matches them to the
    # socket) and TCP (the quoted sequence is its SYN's).
    runs+=("v4 udp nobody" "v4 tcp nobody")
    trace_args() { # FAM METHOD WHO : the run's sim_nt_start arguments
        local dst=SIM_DST$1 flag=()
        [[ $2 == icmp ]] && flag=(-I)
        [[ $2 == tcp ]] && flag=(-T)
        [[ $3 == nobody ]] && printf '%s\n' --nobody
        printf '%s\n' "${TRACE[@]}" "${flag[@]}" "${!dst}"
    }
    i=0
    if [[ $real == false ]]; then
        for r in "${runs[@]}"; do
            read -r fam method who <<<"$r"
            mapfile -t args < <(trace_args "${fam#v}" "$method" "$who")
            sim_nt_start "t$i" "${args[@]}"
            i=$((i + 1))
        done
    fi
    for fam in 4 6; do
        dst=SIM_DST$fam
        dst=${!dst}
        sim_nt out "${PING[@]}" "$dst"
        lab_check "v$fam ping, $tag: no crash/leak" sim_sane
        if [[ $real == true ]]; then
            lab_check "v$fam ping, $tag: 3 received, no DUP" ping_counts "$out" 3 0
        else
            lab_check "v$fam ping, $tag: 0 received" ping_counts "$out" 0 0
        fi
    done
    # Unprivileged ping: an ICMP datagram socket (the kernel filters by identifier).
    ip netns exec "$SIM_NS" sysctl -qw net.ipv4.ping_group_range="0 2147483647"
    sim_nt out "${PING[@]}" -v "$SIM_DST4"
    lab_check "v4 ping on a datagram socket, $tag: no crash/leak" eval \
        'sim_sane && grep -q "ICMPv4 datagram socket open" <<<"$STDERR"'
    lab_check "v4 ping on a datagram socket, $tag: counts" ping_counts "$out" \
        "$([[ $real == true ]] && echo 3 || echo 0)" 0
    ip netns exec "$SIM_NS" sysctl -qw net.ipv4.ping_group_range="1 0"
    i=0
    for r in "${runs[@]}"; do
        read -r fam method who <<<"$r"
        if [[ $real == false ]]; then
            sim_nt_join "t$i" out
        else
            mapfile -t args < <(trace_args "${fam#v}" "$method" "$who")
            sim_nt out "${args[@]}"
        fi
        i=$((i + 1))
        what="$fam trace $method, $tag"
        [[ $who == nobody ]] && what="$fam trace $method as nobody (error queue), $tag"
        lab_check "$what: exits, no crash/leak" sim_sane
        if [[ $real == true ]]; then
            lab_check "$what: the clean path" trace_clean "$out" "${fam#v}"
        else
            lab_check "$what: nothing answered" trace_silent "$out"
        fi
    done
done

# --- truncated copies at every length ----------------------------------------------------
hostile truncate_only '{"forge":["truncate"],"real":false}'
for fam in 4 6; do
    dst=SIM_DST$fam
    dst=${!dst}
    sim_nt out "${PING[@]}" "$dst"
    lab_check "v$fam ping, truncated replies only: no crash/leak, 0 received" eval \
        'sim_sane && ping_counts "$out" 0 0'
    lab_check "v$fam ping, truncated replies only: the sim sent ~100 cuts per reply" jq_ok \
        "$(sim_probes | jq -s -c .)" 'all(.[]; .forged >= 60)'
    for method in udp icmp tcp; do
        flag=()
        [[ $method == icmp ]] && flag=(-I)
        [[ $method == tcp ]] && flag=(-T)
        sim_nt out "${TRACE[@]}" "${flag[@]}" "$dst"
        lab_check "v$fam trace $method, truncated only: no crash/leak" sim_sane
        # A time-exceeded quoting enough of the probe is a genuine answer, however short;
        # what must never happen is an answer from the wrong router.
        lab_check "v$fam trace $method, truncated only: routers 1-3 in place, never a wrong one" jq_ok "$out" \
            '[.hops[:3][] | [.probes[].from] | unique] == ($e | map([.]))' \
            --argjson e "$([[ $fam == 4 ]] && echo '["198.18.1.1","198.18.2.1","198.18.3.1"]' || echo '["2001:db8:1::1","2001:db8:2::1","2001:db8:3::1"]')"
    done
done

# --- duplicates and reordering --------------------------------------------------------------
hostile dups "{\"forge\":$LIARS,\"real\":true,\"duplicates\":1,\"duplicate_gap_ms\":2}"
for fam in 4 6; do
    dst=SIM_DST$fam
    dst=${!dst}
    # Each genuine reply comes twice, 2 ms apart, probes 50 ms apart. The copies of replies
    # 1-3 come while ping still waits for more; the 4th races ping's exit (like iputils, it
    # stops at the last genuine reply). So 3 or 4 DUP, never a forged one, never more.
    sim_nt out ping --json -c 4 -i 0.05 -W 0.3 "$dst"
    lab_check "v$fam ping, liars + each genuine reply twice: 4 received, 3-4 DUP, no errors" jq_ok "$out" \
        '.transmitted == 4 and .received == 4 and .errors == 0 and .duplicates >= 3 and .duplicates <= 4'
    sim_nt out ping -c 4 -i 0.05 -W 0.3 "$dst"
    dups=$(grep -c '(DUP!)$' <<<"$out" || true)
    lab_check "v$fam ping text: 3-4 '(DUP!)' lines, each on a genuine copy" eval \
        '[[ $dups -ge 3 && $dups -le 4 && $dups == $(grep -cE "^64 bytes .* ms \(DUP!\)$" <<<"$out") ]]'
    sim_nt out trace -n --json "$dst"
    lab_check "v$fam trace, every reply twice: the clean path" eval 'sim_sane && trace_clean "$out" "$fam"'
done
hostile reorder '{"real":true,"reorder_every":2,"reorder_ms":30}'
for fam in 4 6; do
    dst=SIM_DST$fam
    dst=${!dst}
    sim_nt out ping --json -c 6 -i 0.01 -W 0.5 "$dst"
    lab_check "v$fam ping, every 2nd reply 30 ms late: 6 received, 0 DUP" ping_counts "$out" 6 0 6
    lab_check "v$fam ping, every 2nd reply 30 ms late: they did arrive out of order" jq_ok "$out" \
        '[.replies[].seq] as $s | ($s | sort) == [1,2,3,4,5,6] and $s != ($s | sort)'
    sim_nt out trace -n --json -I "$dst"
    lab_check "v$fam ICMP trace, reordered replies: the clean path" eval 'sim_sane && trace_clean "$out" "$fam"'
done

# --- corrupted replies in multi-target (fping-style) output ---------------------------------
# Every genuine echo reply is preceded by a copy with a bad checksum: a corrupted reply of
# ours. fping's "NAME : [SEQ], TIME ms" is a success line; only the genuine replies get one.
hostile corrupt_multi '{"forge":["bad_checksum"],"real":true}'
sim_nt out ping -c 3 -i 0.02 -W 0.3 "$SIM_DST4" 203.0.113.11
ok_lines=$(grep -cE '^203\.0\.113\.1[01] : \[[0-2]\], [0-9.]+ ms$' <<<"$out" || true)
bad_lines=$(grep -cE '^203\.0\.113\.1[01] : \[[0-2]\], corrupted reply' <<<"$out" || true)
lab_check "multi-target ping, a bad-checksum copy before each reply: 6 success lines" eval \
    'sim_sane && [[ $ok_lines == 6 ]]'
lab_check "multi-target ping: the corrupted copies are shown as such, never as a success" eval \
    '[[ $bad_lines -ge 1 && $bad_lines -le 6 ]]'

# --- hostile extension structures -----------------------------------------------------------
for ext in zero_length overlong many_objects huge_stack bad_checksum short_quote; do
    hostile "ext_$ext" "{\"extensions\":\"$ext\"}"
    # ping reads extensions on the errors it gets too (-t 2: time exceeded at hop 2).
    sim_nt out ping --json -t 2 -c 2 -i 0.02 -W 0.3 "$SIM_DST6"
    lab_check "v6 ping -t 2, extensions $ext: no crash/leak, 2 errors" eval 'sim_sane && jq_ok "$out" ".errors == 2"'
    for fam in 4 6; do
        dst=SIM_DST$fam
        dst=${!dst}
        for method in udp icmp; do
            flag=()
            [[ $method == icmp ]] && flag=(-I)
            sim_nt out trace -n --json -q 1 "${flag[@]}" "$dst"
            what="v$fam trace $method, extensions $ext"
            lab_check "$what: no crash/leak, reached" eval 'sim_sane && jq_ok "$out" .reached'
            lab_check "$what: at most 32 labels a probe" jq_ok "$out" '[.hops[].probes[] | .mpls // [] | length] | max <= 32'
            case $ext in
                huge_stack)
                    lab_check "$what: the stack shows, cut to 32 labels" jq_ok "$out" \
                        'all(.hops[:3][].probes[]; (.mpls | length) == 32 and .mpls[0].label == 100000)'
                    ;;
                many_objects)
                    # 4.1 KB: beyond nettrio's 4 KB read. IPv6: the kernel checked the whole
                    # message, the routers show (without labels); IPv4: the checksum of the
                    # truncated read fails and the message is dropped (*), never misread.
                    lab_check "$what: no labels; routers shown or *, never wrong" jq_ok "$out" \
                        'all(.hops[].probes[]; has("mpls") | not) and
                         all(.hops[:3][].probes[]; .from == null or (.from | test("^(198\\.18\\.[123]\\.1|2001:db8:[123]::1)$")))'
                    [[ $fam == 6 ]] && lab_check "$what: all routers answered" jq_ok "$out" 'all(.hops[].probes[]; .from != null)'
                    ;;
                *)
                    lab_check "$what: every router answered, no labels taken from it" jq_ok "$out" \
                        'all(.hops[].probes[]; .from != null and (has("mpls") | not))'
                    ;;
            esac
        done
    done
done

lab_finish
