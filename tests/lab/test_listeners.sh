#!/usr/bin/env bash
# lab.listeners - nt-listener in the client namespace: `ss` there lists every
# expected socket, owned by nt-listener; the sockets are not visible in
# other namespaces.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/lib.sh"
lab_require ss cc
lab_init
lab_scenario listeners

out=$(lab_client ss -H -ltunp)
LAB_CONTEXT=$out
has() { # NETID STATE LOCAL
    printf '%s\n' "$out" | awk -v n="$1" -v s="$2" -v l="$3" -v c="\"$LAB_LISTENER_COMM\"" \
        '$1 == n && $2 == s && $5 == l && index($0, c) { f = 1 } END { exit !f }'
}
for e in "tcp LISTEN 0.0.0.0:8080" "tcp LISTEN 127.0.0.1:8081" "tcp LISTEN 198.19.0.2:8082" \
    "tcp LISTEN [::]:8083" "tcp LISTEN [::1]:8084" "tcp LISTEN [2001:db8::2]:8085" \
    "tcp LISTEN *:8443" \
    "udp UNCONN 0.0.0.0:5353" "udp UNCONN 127.0.0.1:5354" "udp UNCONN 198.19.0.2:5355" \
    "udp UNCONN [::]:5353" "udp UNCONN [::1]:5356" "udp UNCONN *:5357"; do
    read -r n s l <<<"$e"
    lab_check "ss lists $n $s $l owned by $LAB_LISTENER_COMM" has "$n" "$s" "$l"
done
lab_check "exactly 13 listening/bound sockets" test "$(printf '%s\n' "$out" | grep -c .)" -eq 13

est=$(lab_client ss -H -tnp state established)
LAB_CONTEXT=$est
lab_check "4 established TCP sockets (2 loopback pairs) owned by nt-listener" \
    test "$(printf '%s\n' "$est" | grep -c "\"$LAB_LISTENER_COMM\"")" -eq 4
LAB_CONTEXT=""
lab_check "process comm is $LAB_LISTENER_COMM" test "$(cat "/proc/$LAB_LISTENER_PID/comm")" == "$LAB_LISTENER_COMM"
lab_check "sockets invisible in the destination namespace" \
    test -z "$(lab_exec d ss -H -ltun)"
lab_finish
