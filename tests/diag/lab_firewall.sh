#!/usr/bin/env bash
# diag.firewall: ports/firewall reads a lab namespace's nftables ruleset (loaded with
# nft -f, then the same through iptables on the nft backend) and names the rule that drops,
# rejects or accepts a new connection, with its counter; a client next door sees the same.
set -euo pipefail
source "$(dirname -- "${BASH_SOURCE[0]}")/common.sh"
lab_require nft setpriv
lab_init
lab_chain 1
lab_listeners --ns c "tcp4:0.0.0.0:8080" "tcp4:0.0.0.0:8081" "tcp4:0.0.0.0:8082" \
    "tcp4:0.0.0.0:8083" "tcp6:[::]:8080"
C4=198.19.0.2   # the client namespace's address toward r1, where the listeners are

# A client in d (two hops away, lab addresses only): connects within 2 s?
connects() { lab_exec d timeout 2 bash -c "exec 3<>/dev/tcp/$C4/$1" 2>/dev/null; }
not_connects() { ! connects "$1"; }
refused_fast() {
    local start end
    start=$(date +%s%N)
    ! connects "$1" && end=$(date +%s%N) && (((end - start) / 1000000 < 1500))
}

cat >"$LAB_TMP/rules.nft" <<'NFT'
table inet nt_lab {
  chain input {
    type filter hook input priority 0; policy accept;
    ct state established,related accept
    tcp dport 8080 counter drop
    tcp dport 8081 counter reject with tcp reset
    tcp dport 8082 counter accept
    tcp dport 9999 counter drop
  }
}
NFT
lab_exec c nft -f "$LAB_TMP/rules.nft"

diag_in c firewall 8080
lab_check "nft drop: exit 1" test "$RC" -eq 1
lab_check "nft drop: ipv4 verdict drop" has '^path ipv4 tcp 8080 verdict=drop'
lab_check "nft drop: ipv6 verdict drop (inet table)" has '^path ipv6 tcp 8080 verdict=drop'
lab_check "nft drop: table, chain, handle, text" \
    has 'family=inet table=nt_lab chain=input handle=[0-9]+ action=drop conditional=false policy=false packets=0 text=\[tcp dport 8080 counter packets 0 bytes 0 drop\]'
LAB_CONTEXT=""
LAB_CONTEXT=""
lab_check "a client next door cannot connect to 8080 (dropped)" not_connects 8080
diag_in c firewall 8080
lab_check "nft drop: the counter rose with the client's SYNs" has 'action=drop .* packets=[1-9][0-9]* text'

diag_in c firewall 8081
lab_check "nft reject: exit 1" test "$RC" -eq 1
lab_check "nft reject: the rule" has 'action=reject .* text=\[tcp dport 8081 counter packets 0 bytes 0 reject with tcp reset\]'
LAB_CONTEXT=""
lab_check "a client next door is refused at once on 8081" refused_fast 8081

diag_in c firewall 8082
lab_check "nft accept with counter: exit 0" test "$RC" -eq 0
lab_check "nft accept: the rule, packets 0" has 'action=accept conditional=false policy=false packets=0 text=\[tcp dport 8082 counter'
LAB_CONTEXT=""
lab_check "a client next door connects to 8082" connects 8082
diag_in c firewall 8082
lab_check "nft accept: its counter counted the client" has 'action=accept .* packets=[1-9][0-9]* text'

diag_in c firewall 8083
lab_check "a rule for another port (9999) is not 8083's: exit 0" test "$RC" -eq 0
lab_check "8083: accepted, no rule" bash -c '! grep -q "  rule" <<<"$0"' "$OUT"

diag_in c firewall 8080 udp
lab_check "udp 8080 is not the tcp rule's" test "$RC" -eq 0

# Reading the ruleset needs CAP_NET_ADMIN: as nobody, one line and exit 2.
set +e
OUT=$(lab_exec c "${NOBODY[@]}" "$NETTRIO_DIAG" firewall 8080 2>&1)
RC=$?
set -e
LAB_CONTEXT="exit $RC"$'\n'"$OUT"
lab_check "as nobody: exit 2" test "$RC" -eq 2
lab_check "as nobody: says it needs CAP_NET_ADMIN" has 'error=.*CAP_NET_ADMIN'

# The same through iptables (nft backend): the rules land in table ip filter.
lab_exec c nft flush ruleset
lab_exec c iptables -w -A INPUT -p tcp --dport 8080 -j DROP
lab_exec c iptables -w -A INPUT -p tcp --dport 8081 -m comment --comment nt-lab -j REJECT
lab_exec c iptables -w -A INPUT -p tcp --dport 8082 -j ACCEPT
diag_in c firewall 8080
lab_check "iptables DROP: exit 1" test "$RC" -eq 1
lab_check "iptables DROP: table ip filter chain INPUT" \
    has 'family=ip table=filter chain=INPUT handle=[0-9]+ action=drop .*text=\[tcp dport 8080 counter packets 0 bytes 0 drop\]'
lab_check "iptables is IPv4 only: ipv6 accepted" has '^path ipv6 tcp 8080 verdict=accept'
diag_in c firewall 8081
lab_check "iptables REJECT (xt target, with a comment match): reject" \
    has '^path ipv4 tcp 8081 verdict=reject'
diag_in c firewall 8082
lab_check "iptables ACCEPT: exit 0, the rule told" has 'family=ip table=filter chain=INPUT .*action=accept'
LAB_CONTEXT=""
lab_check "a client next door is refused on 8081 (iptables REJECT)" refused_fast 8081

# Legacy iptables (x_tables) cannot be read through libnftables: it is named.
lab_exec c iptables -w -F INPUT
if command -v iptables-legacy >/dev/null &&
    lab_exec c iptables-legacy -w -A INPUT -p tcp --dport 8083 -j DROP 2>/dev/null; then
    diag_in c firewall 8083
    lab_check "legacy iptables tables are reported" has '^legacy=ip:filter'
    lab_exec c iptables-legacy -w -F INPUT || true
else
    echo "skip: iptables-legacy (ip_tables module) not available here"
fi
lab_finish
