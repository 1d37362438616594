#!/usr/bin/env bash
# diag.ports: `nettrio ports` with issue 15 wired in, as a user sees it: --check says
# firewall_blocked (an nft rule drops the port), other_namespace (only a "container"
# listens: a lab namespace plus a process in a docker-like cgroup), accept_queue_full (a
# backlog-2 listener that never accepts, filled by clients); --all-netns labels the
# container's sockets; -i shows tcp_info; bad input is one line and exit 2.
set -euo pipefail
NETTRIO=$(readlink -f -- "${1:?usage: $0 PATH_TO_NETTRIO}")
source "$(dirname -- "${BASH_SOURCE[0]}")/common.sh" "$NETTRIO"
lab_require nft python3 jq setpriv findmnt
lab_init
lab_chain 1

CG2=$(findmnt -n -t cgroup2 -o TARGET | head -n 1)
[[ -n $CG2 && -w $CG2 ]] || { echo "SKIPPED: no writable cgroup2 mount"; exit 77; }
CG="$CG2/nettrio-lab-$LAB_PREFIX.slice"
ID=$(printf '%s' "$LAB_PREFIX-web" | sha256sum | cut -c1-64)
mkdir -p "$CG/docker-$ID.scope"
cleanup_cgroup() {
    local pid
    for pid in $(cat "$CG/docker-$ID.scope/cgroup.procs" 2>/dev/null); do kill -9 "$pid" 2>/dev/null || true; done
    sleep 0.2
    rmdir "$CG/docker-$ID.scope" "$CG" 2>/dev/null || true
}
lab_at_exit cleanup_cgroup

# The "container" in d, listening where the client namespace (the "host") does not.
NT_LISTENER_NAME=nt-webapp lab_listeners --ns d "tcp4:0.0.0.0:18080"
WEB_PID=$LAB_LISTENER_PID
echo "$WEB_PID" >"$CG/docker-$ID.scope/cgroup.procs"
# The host's own listeners: one behind a firewall rule, one with room.
lab_listeners --ns c "tcp4:0.0.0.0:18081"
diag_full_queue c 0.0.0.0
lab_exec c nft -f - <<'NFT'
table inet nt_lab {
  chain input {
    type filter hook input priority 0; policy accept;
    tcp dport 18081 counter drop
  }
}
NFT
sleep 1

# firewall_blocked
nt_rc OUT ports --check 18081
lab_check "firewall: exit 1" test "$RC" -eq 1
lab_check "firewall: it listens" grep -q "TCP port 18081 is listening on all IPv4 addresses" <<<"$OUT"
lab_check "firewall: names the rule and its counter" grep -qE \
    "^But the host firewall drops new TCP connections to port 18081 over IPv4: rule inet nt_lab input handle [0-9]+: tcp dport 18081 counter packets 0 bytes 0 drop \(0 packets so far\)\.$" <<<"$OUT"
lab_check "firewall: the fix" grep -qE "nft insert rule inet nt_lab input tcp dport 18081 accept" <<<"$OUT"
nt_rc OUT ports --check 18081 --json
lab_check "firewall JSON: outcome" jq_is "$OUT" .outcome firewall_blocked
lab_check "firewall JSON: the rule" jq_ok "$OUT" '.firewall[0] | .family == "inet" and .table == "nt_lab" and .chain == "input" and (.handle | type) == "number" and .action == "drop" and .packets == 0 and (.rule | startswith("tcp dport 18081"))'
lab_check "firewall JSON: no namespaces, no legacy tables" jq_ok "$OUT" '.namespaces == [] and .legacy_iptables == [] and .firewall_error == null'
nt_rc OUT ports --check 18091
lab_check "no rule for 18091: reachable, exit 0" test "$RC" -eq 0
# check's ports step reads the firewall too (a local connect goes through the input hook:
# the rule drops it, the tcp step sees it filtered).
nt_rc OUT check --json 127.0.0.1:18081
lab_check "check: the ports step says firewall_blocked" jq_ok "$OUT" \
    '.steps | map(select(.step == "ports"))[0] | .status == "fail" and .details.outcome == "firewall_blocked" and (.summary | contains("But the host firewall drops new TCP connections to port 18081"))'

# other_namespace
nt_rc OUT ports --check 18080
lab_check "container: exit 1" test "$RC" -eq 1
lab_check "container: nothing here" grep -q "Nothing listens on TCP port 18080" <<<"$OUT"
lab_check "container: who, where, which container" grep -qF \
    "But pid $WEB_PID (nt-webapp) listens on TCP 0.0.0.0:18080 in another network namespace: docker container ${ID:0:12} (network namespace $(lab_ns d))." <<<"$OUT"
lab_check "container: publish the port" grep -qF "publish the port (docker run -p 18080:18080" <<<"$OUT"
nt_rc OUT ports --check 18080 --json
lab_check "container JSON: outcome" jq_is "$OUT" .outcome other_namespace
lab_check "container JSON: namespaces[0]" jq_ok "$OUT" \
    '.namespaces[0] | .pid == ($pid | tonumber) and .process == "nt-webapp" and .container.runtime == "docker" and .container.id == $id and .name == $name and .local_address == "0.0.0.0" and .local_port == 18080 and (.netns | type) == "number"' \
    --arg pid "$WEB_PID" --arg id "$ID" --arg name "$(lab_ns d)"
nt_rc OUT ports --check 18099
lab_check "nothing anywhere: not_listening, exit 1" grep -q "Nothing listens on TCP port 18099" <<<"$OUT"

# accept_queue_full
nt_rc OUT ports --check 18090
lab_check "accept queue: exit 1" test "$RC" -eq 1
lab_check "accept queue: the issue's words" grep -qE \
    "^The accept queue of pid [0-9]+ is full \(3/2\): the service is not accepting fast enough; new connections are dropped\.$" <<<"$OUT"
lab_check "accept queue: the counters" grep -qE "TcpExtListenOverflows rose by [1-9][0-9]* and ListenDrops by [1-9][0-9]* in [0-9]+ ms" <<<"$OUT"
nt_rc OUT ports --check 18090 --json
lab_check "accept queue JSON" jq_ok "$OUT" '.outcome == "accept_queue_full" and .accept_queue[0].queued == 3 and .accept_queue[0].backlog == 2 and .accept_queue[0].full and .accept_queue[0].listen_overflows > 0'

# --all-netns
nt_rc OUT ports -ltn --all-netns
lab_check "--all-netns: the container's listener, labelled" grep -qE "^tcp .* 0\.0\.0\.0:18080 .* LISTEN +docker:${ID:0:12}$" <<<"$OUT"
lab_check "--all-netns: the host's own, labelled by name" grep -qE "^tcp .* 0\.0\.0\.0:18081 .* LISTEN +$(lab_ns c)$" <<<"$OUT"
lab_check "--all-netns: a Netns column" grep -qE "^Proto .*State +Netns$" <<<"$OUT"
nt_rc OUT ports -ltn --all-netns --json
lab_check "--all-netns JSON: netns, name, container" jq_ok "$OUT" \
    'map(select(.local_port == 18080)) | length == 1 and .[0].container.runtime == "docker" and .[0].container.id == $id and (.[0].netns | type) == "number"' --arg id "$ID"
nt_rc OUT ports -ltn
lab_check "without --all-netns: unchanged, no container column" bash -c '! grep -q "Netns\|18080" <<<"$0"' "$OUT"

# -i: tcp_info
nt_rc OUT ports -tn -i --port 18091
lab_check "-i: an info line under an established row" grep -qE $'^\trtt:[0-9.]+/[0-9.]+ms retrans:0/0 cwnd:10 ' <<<"$OUT"
nt_rc OUT ports -tn -i --port 18091 --json
lab_check "-i JSON: info" jq_ok "$OUT" 'map(select(.state == "ESTAB")) | length > 0 and all(.info.cwnd == 10 and .info.rtt_us > 0 and .info.total_retrans == 0)'

# As nobody: --check says the firewall was not read; --all-netns is refused in one line.
set +e
OUT=$(nt_nobody ports --check 18081 2>&1)
set -e
LAB_CONTEXT="$OUT"
lab_check "as nobody: the firewall was not checked, and why" grep -qF \
    "The host firewall was not checked: reading the nftables ruleset needs root (CAP_NET_ADMIN)." <<<"$OUT"
lab_check "as nobody: other namespaces need root" bash -c 'grep -qF "were not searched: that needs root" <<<"$0"' "$(nt_nobody ports --check 18080 2>&1 || true)"
set +e  # expect_usage_error runs commands that fail
expect_usage_error "--all-netns as nobody" "needs root" nt_nobody ports --all-netns
expect_usage_error "--check 70000" "out of range" nt ports --check 70000
expect_usage_error "--check with --all-netns" "drop --all-netns" nt ports --check 80 --all-netns
expect_usage_error "-i with --all-netns" "drop --all-netns or -i" nt ports -i --all-netns
lab_finish
