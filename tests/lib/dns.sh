# shellcheck shell=bash
# DNS in the lab: a resolv.conf (and hosts, nsswitch.conf) per namespace, a dead server, and
# dnsmasq serving records. Sourced after tests/lab/lib.sh (tests/diag, tests/exporter).

# lab_netns_etc ROLE RESOLV_CONF [HOSTS [NSSWITCH]] : files /etc/netns/NS/ for ROLE's
# namespace, which `ip netns exec` bind-mounts over /etc; removed at exit. Sets ETC.
lab_netns_etc() {
    local ns
    ns=$(lab_ns "$1")
    ETC="/etc/netns/$ns"
    [[ ! -e $ETC ]] || { echo "$ETC exists already" >&2; exit 1; }
    mkdir -p "$ETC"
    lab_at_exit "rm -rf -- '$ETC'; rmdir /etc/netns 2>/dev/null || true"
    printf '%s' "$2" >"$ETC/resolv.conf"
    [[ -z ${3:-} ]] || printf '%s' "$3" >"$ETC/hosts"
    [[ -z ${4:-} ]] || printf '%s' "$4" >"$ETC/nsswitch.conf"
}

# lab_dead_dns ROLE ADDR : a DNS server at ADDR (on lo, as all of 127/8) that never sees
# its queries: dropped on input (a drop on output would fail the send at once: EPERM).
lab_dead_dns() {
    lab_exec "$1" nft -f - <<NFT
table ip nt_lab_dns {
  chain in {
    type filter hook input priority 0; policy accept;
    ip daddr $2 udp dport 53 drop
    ip daddr $2 tcp dport 53 drop
  }
}
NFT
}

# lab_dnsmasq ROLE ARGS... : dnsmasq on 127.0.0.1:53 in ROLE's namespace, no upstream and
# no /etc/hosts, with ARGS (the records); its log (and queries, if asked) in
# $LAB_TMP/dnsmasq.out, its pid in LAB_DNSMASQ_PID. Returns once it accepts connections.
lab_dnsmasq() {
    local role=$1
    shift
    lab_exec "$role" dnsmasq --keep-in-foreground --conf-file=/dev/null --no-resolv --no-hosts \
        --listen-address=127.0.0.1 --bind-interfaces --port=53 --user=nobody --group=nogroup \
        --pid-file="$LAB_TMP/dnsmasq.pid" "$@" >"$LAB_TMP/dnsmasq.out" 2>&1 </dev/null &
    for _ in $(seq 50); do
        if lab_exec "$role" bash -c 'exec 3<>/dev/tcp/127.0.0.1/53' 2>/dev/null; then
            LAB_DNSMASQ_PID=$(pgrep -o -f -- "--pid-file=$LAB_TMP/dnsmasq.pid")
            return 0
        fi
        sleep 0.1
    done
    echo "dnsmasq did not start: $(cat "$LAB_TMP/dnsmasq.out")" >&2
    exit 1
}
