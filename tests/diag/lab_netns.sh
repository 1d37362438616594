#!/usr/bin/env bash
# diag.netns: ports/netns finds every network namespace through /proc/*/ns/net and
# /run/netns, reads the sockets inside each, and labels a "container" (a lab namespace
# plus a process in a cgroup whose path looks like docker's, or containerd's) and the
# `ip netns` name; as nobody it says what it cannot see.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/common.sh"
lab_require setpriv findmnt
lab_init
lab_chain 1

CG2=$(findmnt -n -t cgroup2 -o TARGET | head -n 1)
[[ -n $CG2 && -w $CG2 ]] || { echo "SKIPPED: no writable cgroup2 mount"; exit 77; }
CG_SLICE="$CG2/nettrio-lab-$LAB_PREFIX.slice"
DOCKER_ID=$(printf '%s' "$LAB_PREFIX-docker" | sha256sum | cut -c1-64)
CTRD_ID=$(printf '%s' "$LAB_PREFIX-containerd" | sha256sum | cut -c1-64)
mkdir -p "$CG_SLICE/docker-$DOCKER_ID.scope" "$CG_SLICE/cri-containerd-$CTRD_ID.scope"
cleanup_cgroups() {
    local d pid
    for d in "$CG_SLICE"/*.scope; do
        [[ -d $d ]] || continue
        for pid in $(cat "$d/cgroup.procs" 2>/dev/null); do kill -9 "$pid" 2>/dev/null || true; done
    done
    sleep 0.2
    rmdir "$CG_SLICE"/*.scope "$CG_SLICE" 2>/dev/null || true
}
lab_at_exit cleanup_cgroups

# The "containers": a listener in d (docker) and one in r1 (containerd), each moved into
# its cgroup; the client namespace (the "host" here) listens on neither port.
NT_LISTENER_NAME=nt-webapp lab_listeners --ns d "tcp4:0.0.0.0:18080" "tcp6:[::]:18080"
WEB_PID=$LAB_LISTENER_PID
echo "$WEB_PID" >"$CG_SLICE/docker-$DOCKER_ID.scope/cgroup.procs"
NT_LISTENER_NAME=nt-cache lab_listeners --ns r1 "tcp4:127.0.0.1:16379"
CACHE_PID=$LAB_LISTENER_PID
echo "$CACHE_PID" >"$CG_SLICE/cri-containerd-$CTRD_ID.scope/cgroup.procs"
D_NS=$(lab_ns d)
R1_NS=$(lab_ns r1)
D_INODE=$(stat -L -c %i "/run/netns/$D_NS")
R1_INODE=$(stat -L -c %i "/run/netns/$R1_NS")

diag_in c netns 18080
lab_check "the caller's namespace comes first" has "^netns [0-9]+ current=true name=$(lab_ns c) "
lab_check "d: named, labelled docker, its pid and process" \
    has "^netns $D_INODE current=false name=$D_NS container=docker:$DOCKER_ID pid=$WEB_PID process=nt-webapp$"
lab_check "the docker container's listener, IPv4" \
    has "^socket netns=$D_INODE name=$D_NS container=docker tcp 0\.0\.0\.0:18080 pid=$WEB_PID process=nt-webapp$"
lab_check "and IPv6" has "^socket netns=$D_INODE .* tcp \[::\]:18080 pid=$WEB_PID"
lab_check "nothing on 18080 in the caller's own namespace" \
    bash -c '! grep -E "^socket netns=$1 " <<<"$0"' "$OUT" "$(stat -L -c %i "/run/netns/$(lab_ns c)")"
lab_check "no failures as root" bash -c '! grep -q "^failure" <<<"$0"' "$OUT"

# A busy host: namespaces come and go while the scan runs (short-lived containers, other
# tests). One that vanished between the scan and the read has no sockets left; it is never
# a failure, and a reused pid is never read under the old namespace's label.
lab_require unshare
( while :; do unshare -n sleep 0.002 2>/dev/null || true; done ) &
CHURN_PID=$!
lab_at_exit "kill $CHURN_PID 2>/dev/null || true"
CHURN_FAILURES=0
for _ in 1 2 3 4 5 6 7 8; do
    diag_in c netns 18080
    grep -q '^failure' <<<"$OUT" && CHURN_FAILURES=$((CHURN_FAILURES + 1))
done
kill "$CHURN_PID" 2>/dev/null || true
wait "$CHURN_PID" 2>/dev/null || true
lab_check "namespaces vanishing during 8 scans: no failures" test "$CHURN_FAILURES" -eq 0
lab_check "and the docker listener is still found" \
    has "^socket netns=$D_INODE .* tcp 0\.0\.0\.0:18080 pid=$WEB_PID"

diag_in c netns 16379
lab_check "r1: labelled containerd" has "^netns $R1_INODE current=false name=$R1_NS container=containerd:$CTRD_ID "
lab_check "the containerd container's loopback listener" \
    has "^socket netns=$R1_INODE name=$R1_NS container=containerd tcp 127\.0\.0\.1:16379 pid=$CACHE_PID process=nt-cache$"

# A namespace with a name and no process (the router r1 had none before the cache): the
# name alone finds it. r2 does not exist in a chain of 1; d's routers do: use c's peer r1.
lab_check "the namespace of a lab router is found by its name" has "^netns $R1_INODE "

# As nobody: other users' processes and entering namespaces are denied; it says so.
set +e
OUT=$(lab_exec c "${NOBODY[@]}" "$NETTRIO_DIAG" netns 18080 2>&1)
RC=$?
set -e
LAB_CONTEXT="exit $RC"$'\n'"$OUT"
lab_check "as nobody: still runs (exit 0)" test "$RC" -eq 0
lab_check "as nobody: not root, processes denied" has '^as_root=false denied=[1-9]'
lab_check "as nobody: the namespaces it cannot enter, and why" \
    has "^failure netns=$D_INODE .*CAP_SYS_ADMIN"
lab_check "as nobody: the docker listener is not seen" bash -c '! grep -q "^socket netns=$1 " <<<"$0"' "$OUT" "$D_INODE"
lab_finish
