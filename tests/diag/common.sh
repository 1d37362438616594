# shellcheck shell=bash
# Shared by the tests/diag lab scripts: the lab library and the test-only driver.
NETTRIO_DIAG=$(readlink -f -- "${1:?usage: $0 PATH_TO_NETTRIO_DIAG}")
source "$(dirname -- "${BASH_SOURCE[0]}")/../lab/lib.sh"
source "$(dirname -- "${BASH_SOURCE[0]}")/../lib/dns.sh"
[[ -x $NETTRIO_DIAG ]] || { echo "no nettrio_diag binary at $NETTRIO_DIAG" >&2; exit 1; }

# diag_in ROLE ARGS... : the driver inside a lab namespace; sets OUT and RC, never fails.
diag_in() {
    local role=$1
    shift
    set +e
    OUT=$(lab_exec "$role" "$NETTRIO_DIAG" "$@" 2>&1)
    RC=$?
    set -e
    LAB_CONTEXT="exit $RC"$'\n'"$OUT"
}

# has PATTERN : the last output matches the extended regex.
has() { grep -qE -- "$1" <<<"$OUT"; }

# diag_full_queue ROLE BIND : two TCP listeners in ROLE's namespace on BIND that never
# accept: 18090 with backlog 2, filled by clients connecting for 8 s, and 18091 with
# backlog 128 and a few clients (room left). Returns once both listen.
diag_full_queue() {
    local role=$1 bind=$2
    cat >"$LAB_TMP/listen.py" <<'PY'
import socket, sys, time
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind((sys.argv[1], int(sys.argv[2])))
s.listen(int(sys.argv[3]))
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
    lab_exec "$role" python3 "$LAB_TMP/listen.py" "$bind" 18090 2 >"$LAB_TMP/full.out" 2>&1 </dev/null &
    lab_exec "$role" python3 "$LAB_TMP/listen.py" "$bind" 18091 128 >"$LAB_TMP/roomy.out" 2>&1 </dev/null &
    for _ in $(seq 50); do
        grep -q ready "$LAB_TMP/full.out" && grep -q ready "$LAB_TMP/roomy.out" && break
        sleep 0.1
    done
    lab_exec "$role" python3 "$LAB_TMP/clients.py" 18090 8 >"$LAB_TMP/clients.out" 2>&1 </dev/null &
    lab_exec "$role" python3 "$LAB_TMP/clients.py" 18091 0.3 >"$LAB_TMP/clients2.out" 2>&1 </dev/null &
}
