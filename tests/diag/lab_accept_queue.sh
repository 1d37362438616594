#!/usr/bin/env bash
# diag.accept_queue: a listener with backlog 2 that never accepts, filled by clients that
# keep connecting: ports/accept_queue sees Recv-Q past the backlog (3/2) and
# TcpExtListenOverflows/ListenDrops rising in the namespace; a listener with room is not
# full. ports/tcp_info reads the clients' connections (rtt, cwnd, ...) as ss -ti does.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/common.sh"
lab_require python3 ss
lab_init
lab_chain 1

cat >"$LAB_TMP/listen.py" <<'PY'
import socket, sys, time
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[1])))
s.listen(int(sys.argv[2]))
print("ready", flush=True)
time.sleep(120)  # never accepts
PY
cat >"$LAB_TMP/clients.py" <<'PY'
import socket, sys, time
# Keep connecting for a while: once the queue is full every new handshake overflows.
held = []
end = time.time() + float(sys.argv[2])
while time.time() < end:
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    c.setblocking(False)
    try:
        c.connect(("127.0.0.1", int(sys.argv[1])))
    except BlockingIOError:
        pass
    held.append(c)
    time.sleep(0.05)
time.sleep(60)
PY
start_bg() { # ROLE OUTFILE CMD...
    local role=$1 out=$2
    shift 2
    lab_exec "$role" "$@" >"$out" 2>&1 </dev/null &
}
start_bg c "$LAB_TMP/full.out" python3 "$LAB_TMP/listen.py" 18090 2
start_bg c "$LAB_TMP/roomy.out" python3 "$LAB_TMP/listen.py" 18091 128
for _ in $(seq 50); do
    grep -q ready "$LAB_TMP/full.out" && grep -q ready "$LAB_TMP/roomy.out" && break
    sleep 0.1
done
start_bg c "$LAB_TMP/clients.out" python3 "$LAB_TMP/clients.py" 18090 8
start_bg c "$LAB_TMP/clients2.out" python3 "$LAB_TMP/clients.py" 18091 0.3
sleep 1

diag_in c accept-queue 18090 1000
lab_check "backlog 2 never accepted: exit 1 (full)" test "$RC" -eq 1
lab_check "Recv-Q 3 against backlog 2, full" has '^listener 127\.0\.0\.1:18090 queued=3 backlog=2 overflows=[1-9][0-9]* drops=[1-9][0-9]* full=true$'
LAB_CONTEXT="$LAB_CONTEXT"$'\n'"$(lab_exec c ss -ltn)"
lab_check "ss agrees on Recv-Q/backlog" bash -c 'grep -qE "^LISTEN +3 +2 +127\.0\.0\.1:18090" <<<"$0"' "$(lab_exec c ss -ltn)"

diag_in c accept-queue 18091 200
lab_check "a listener with room: exit 0" test "$RC" -eq 0
lab_check "a listener with room: not full" has '^listener 127\.0\.0\.1:18091 queued=[0-9]+ backlog=128 .*full=false$'

# Connection health: the clients' connections to the roomy listener are established.
diag_in c tcp-info 18091
lab_check "tcp_info of an established connection: rtt, cwnd 10, no retransmission" \
    has '^socket ESTAB 127\.0\.0\.1:[0-9]+ 127\.0\.0\.1:18091 rtt_us=[1-9][0-9]* rttvar_us=[0-9]+ retrans=0 total_retrans=0 cwnd=10 ssthresh=[0-9]+ unacked=0 lost=0 delivery_rate=[0-9]+$'
lab_check "a listener's tcp_info too" has '^socket LISTEN 127\.0\.0\.1:18091 0\.0\.0\.0:\* rtt_us='
lab_finish
