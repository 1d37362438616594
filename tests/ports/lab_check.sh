#!/usr/bin/env bash
# ports.check: `nettrio ports --check PORT` gives each verdict, with exit 0 only when
# something listens on a non-loopback address.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/common.sh"
ports_lab_up jq

# verdict NAME EXPECTED_RC PATTERN ARGS...
verdict() {
    local name=$1 want=$2 pattern=$3 out rc
    shift 3
    set +e
    out=$(nt ports "$@" 2>&1)
    rc=$?
    set -e
    LAB_CONTEXT="exit $rc"$'\n'"$out"
    lab_check "$name: exit $want" test "$rc" -eq "$want"
    lab_check "$name: says /$pattern/" grep -qE -- "$pattern" <<<"$out"
}

verdict "wildcard 0.0.0.0:8080" 0 "TCP port 8080 is listening on all IPv4 addresses: reachable from other hosts over IPv4 if the firewall allows" --check 8080
verdict "wildcard owner" 0 "0\.0\.0\.0:8080 +pid $LAB_LISTENER_PID \(nt-listener\)" --check 8080
verdict "loopback only 127.0.0.1:8081" 1 "loopback only: remote clients will be refused\. Bind the service to 0\.0\.0\.0" --check 8081
verdict "specific 198.19.0.2:8082" 0 "listening on 198\.19\.0\.2 only" --check 8082
verdict "IPv6 only [::]:8083" 0 "IPv6 only: .*IPv4 clients are refused" --check 8083
verdict "IPv6 only, asked for IPv4 (-4)" 1 "Nothing listens on TCP port 8083" --check 8083 -4
verdict "loopback only [::1]:8084" 1 "TCP port 8084 is listening on loopback only" --check 8084
verdict "specific [2001:db8::2]:8085" 0 "listening on 2001:db8::2 only" --check 8085
verdict "dual stack *:8443" 0 "all addresses \(IPv4 and IPv6\)" --check 8443
verdict "dual stack binding described" 0 "dual stack" --check 8443
verdict "nothing on 9999" 1 "Nothing listens on TCP port 9999: a client gets \"connection refused\", which is expected\. Start the service, or check which port" --check 9999
verdict "UDP wildcard 5353 (-u)" 0 "UDP port 5353 is bound on all addresses" --check 5353 -u
verdict "UDP 5353 is not TCP" 1 "Nothing listens on TCP port 5353" --check 5353
verdict "UDP loopback 5354" 1 "UDP port 5354 is bound on loopback only" --check 5354 -u
verdict "TCP and UDP together (-t -u)" 0 "UDP port 5355 is bound on 198\.19\.0\.2 only" --check 5355 -t -u
# verdict_json NAME EXPECTED_RC JQ_FILTER ARGS...: stdout is one line of JSON the filter holds on.
verdict_json() {
    local name=$1 want=$2 filter=$3 out rc
    shift 3
    set +e
    out=$(nt ports "$@")
    rc=$?
    set -e
    LAB_CONTEXT="exit $rc"$'\n'"$out"
    lab_check "$name: exit $want" test "$rc" -eq "$want"
    lab_check "$name: one line" test "$(wc -l <<<"$out")" -eq 1
    lab_check "$name: $filter" jq_ok "$out" "$filter"
}
verdict_json "--check --json object" 0 '.port == 8080 and .protocols == ["tcp"]' --check 8080 --json
verdict_json "--check --json listening/bindings/verdict" 0 \
    '.listening and .outcome == "reachable" and (.bindings | length) > 0 and (.verdict | test("TCP port 8080 is listening"))' \
    --check 8080 --json
verdict_json "--check --json for nothing" 1 '.bindings == [] and .outcome == "not_listening"' --check 9999 --json
verdict "--check 70000 is a usage error" 2 "out of range" --check 70000
verdict "--check with -w is a usage error" 2 "not raw sockets" --check 80 -w

# What the check says matches what a client sees: from the router next door (lab
# addresses only), 198.19.0.2:8080 accepts and 198.19.0.2:8081 (loopback only) refuses.
connects() { lab_exec r1 timeout 5 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; }
refused() { ! connects "$@"; }
LAB_CONTEXT=""
lab_check "a client next door connects to 198.19.0.2:8080" connects 198.19.0.2 8080
lab_check "and is refused on 8081, as --check said" refused 198.19.0.2 8081
lab_finish
