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

diag_full_queue c 127.0.0.1
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
