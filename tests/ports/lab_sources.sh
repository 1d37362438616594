#!/usr/bin/env bash
# ports.sources: the netlink (sock_diag) and /proc/net sources list the same records on a
# live table: TCP/UDP/raw, IPv4/IPv6, every state present in the namespace.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/common.sh"
ports_lab_up jq

# Raw sockets too (ICMP and ICMPv6), held by a tiny program in the client namespace.
cat >"$LAB_TMP/rawhold.c" <<'C'
#include <netinet/in.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>
int main(void) {
  if (socket(AF_INET, SOCK_RAW, IPPROTO_ICMP) < 0) return 2;
  if (socket(AF_INET6, SOCK_RAW, IPPROTO_ICMPV6) < 0) return 2;
  puts("ready");
  fflush(stdout);
  pause();
  return 0;
}
C
cc -O2 -o "$LAB_TMP/rawhold" "$LAB_TMP/rawhold.c"
lab_client "$LAB_TMP/rawhold" >"$LAB_TMP/rawhold.out" 2>&1 &
disown  # killed with the namespace at teardown; no "Terminated" noise
for _ in $(seq 100); do grep -q ready "$LAB_TMP/rawhold.out" 2>/dev/null && break; sleep 0.05; done
LAB_CONTEXT=$(cat "$LAB_TMP/rawhold.out")
lab_check "raw socket holder is ready" grep -q ready "$LAB_TMP/rawhold.out"

# Kernels without raw_diag end a raw dump with ENOENT: netlink alone cannot list raw
# sockets there, and the automatic source reads /proc/net/raw for them instead.
protos="-t -u -w"
if ! nt ports -wa --source=netlink >/dev/null 2>&1; then
    echo "note: this kernel has no raw_diag; raw sockets compared through --source=auto"
    protos="-t -u"
fi

# JSON minus the two fields only netlink can know (v6only, backlog), one record a line.
strip() {
    jq -c '.[] | del(.v6only, .backlog)' | sort
}
# shellcheck disable=SC2086
from_netlink=$(nt ports -a $protos --json --source=netlink | strip)
# shellcheck disable=SC2086
from_proc=$(nt ports -a $protos --json --source=proc | strip)
LAB_CONTEXT="netlink:"$'\n'"$from_netlink"$'\n'"proc:"$'\n'"$from_proc"
lab_check "netlink and /proc/net agree record for record ($protos)" test "$from_netlink" == "$from_proc"
lab_check "the table has 7 listeners, 6 bound UDP and 4 established TCP sockets" \
    test "$(grep -c '"state":"LISTEN"' <<<"$from_netlink")" -eq 7 \
    -a "$(grep -c '"proto":"udp"' <<<"$from_netlink")" -eq 6 \
    -a "$(grep -c '"state":"ESTAB"' <<<"$from_netlink")" -eq 4

auto_all=$(nt ports -a -t -u -w --json | strip)
proc_all=$(nt ports -a -t -u -w --json --source=proc | strip)
LAB_CONTEXT="auto:"$'\n'"$auto_all"$'\n'"proc:"$'\n'"$proc_all"
lab_check "the default source and /proc/net agree, raw sockets included" test "$auto_all" == "$proc_all"
lab_check "raw sockets show their IP protocol as the port (1 ICMP, 58 ICMPv6)" \
    test "$(grep '"proto":"raw"' <<<"$auto_all" | grep -oE '"local_port":[0-9]+' | sort | tr '\n' ' ')" == '"local_port":1 "local_port":58 '

# The text tables and the state filters (in the kernel for netlink, ours for /proc).
# Squeeze the columns; netlink knows [::] dual-stack sockets and writes them "*" as ss does.
squeeze() { awk 'NR > 1 { $1 = $1; print }' | sed -E 's/(^| )\*:/\1[::]:/g' | sort; }
for args in "-ltun" "-tn" "-a -tu" "--state established -tu" "--state listening -6 -tu" "--state listen --port 8443 -t"; do
    # shellcheck disable=SC2086
    a=$(nt ports $args --source=netlink | squeeze)
    # shellcheck disable=SC2086
    b=$(nt ports $args --source=proc | squeeze)
    LAB_CONTEXT="netlink:"$'\n'"$a"$'\n'"proc:"$'\n'"$b"
    lab_check "ports $args: the same table from both sources" test "$a" == "$b" -a -n "$a"
done
LAB_CONTEXT=""
lab_finish
