#!/usr/bin/env bash
# ports.listeners: `nettrio ports -l` lists exactly what `ss -H -ltun` lists in a namespace
# of known listeners, with the right owners under -p; the established pairs show without -l.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/common.sh"
ports_lab_up jq

ours=$(nt ports -ltun | ports_norm)
theirs=$(lab_client ss -H -ltun | ss_norm)
LAB_CONTEXT="nettrio:"$'\n'"$ours"$'\n'"ss:"$'\n'"$theirs"
lab_check "ports -ltun lists the same sockets as ss -H -ltun" test "$ours" == "$theirs"
lab_check "13 listening/bound sockets" test "$(printf '%s\n' "$ours" | grep -c .)" -eq 13
for e in "tcp LISTEN 0.0.0.0:8080" "tcp LISTEN 127.0.0.1:8081" "tcp LISTEN 198.19.0.2:8082" \
    "tcp LISTEN [::]:8083" "tcp LISTEN [::1]:8084" "tcp LISTEN [2001:db8::2]:8085" \
    "tcp LISTEN *:8443" "udp UNCONN 0.0.0.0:5353" "udp UNCONN 127.0.0.1:5354" \
    "udp UNCONN 198.19.0.2:5355" "udp UNCONN [::]:5353" "udp UNCONN [::1]:5356" \
    "udp UNCONN *:5357"; do
    lab_check "lists $e" grep -qxF -- "$e" <<<"$ours"
done

# -l without -t/-u also lists raw sockets (none here): the same as ss -l for inet.
all_l=$(nt ports -l | ports_norm)
LAB_CONTEXT=$all_l
lab_check "ports -l (all protocols) lists the same 13" test "$all_l" == "$ours"

withp=$(nt ports -ltunp)
LAB_CONTEXT=$withp
lab_check "-p adds a PID/Program column" grep -q 'PID/Program$' <<<"$(head -1 <<<"$withp")"
lab_check "-p: every socket owned by $LAB_LISTENER_PID/$LAB_LISTENER_COMM" \
    test "$(tail -n +2 <<<"$withp" | awk '{print $7}' | sort -u)" == "$LAB_LISTENER_PID/$LAB_LISTENER_COMM"

est=$(nt ports -tun)
LAB_CONTEXT=$est
lab_check "default: the 4 established loopback sockets, no listeners" \
    test "$(tail -n +2 <<<"$est" | grep -c ESTAB)" -eq 4 -a "$(grep -c LISTEN <<<"$est" || true)" -eq 0
ssest=$(lab_client ss -H -tun | ss_norm)
lab_check "ports -tun lists the same sockets as ss -H -tun" test "$(ports_norm <<<"$est")" == "$ssest"

filtered=$(nt ports -a --port 8081 -4)
LAB_CONTEXT=$filtered
lab_check "--port 8081 -4 -a: the listener and both ends of its pair" \
    test "$(tail -n +2 <<<"$filtered" | grep -c .)" -eq 3
state=$(nt ports --state listen -6 -t)
LAB_CONTEXT=$state
lab_check "--state listen -6 -t: 4 IPv6 TCP listeners" test "$(tail -n +2 <<<"$state" | grep -c LISTEN)" -eq 4

json=$(nt ports -ltp --json)
LAB_CONTEXT=$json
lab_check "--json is one array of 7 TCP listener records" \
    jq_ok "$json" 'type == "array" and length == 7 and all(.[]; .proto == "tcp")'
lab_check "--json is one line" test "$(wc -l <<<"$json")" -eq 1
lab_check "--json records carry the documented fields" \
    jq_ok "$json" 'any(.[]; . == {proto: "tcp", family: "ipv4", local_address: "0.0.0.0",
        local_port: 8080, remote_address: "0.0.0.0", remote_port: 0, state: "LISTEN",
        recv_q: 0, send_q: 0, uid: 0, inode: .inode, pid: $pid, process: "nt-listener",
        v6only: null, backlog: .backlog} and (.inode | type) == "number")' \
    --argjson pid "$LAB_LISTENER_PID"
nopid=$(nt ports -lt --json)
LAB_CONTEXT=$nopid
lab_check "--json without -p: pid and process are null" \
    jq_ok "$nopid" 'length == 7 and all(.[]; .pid == null and .process == null)'
LAB_CONTEXT=""
lab_finish
