# shellcheck shell=bash
# tests/lab/lib.sh -- nettrio network-namespace lab.
#
# Source this file from bash (>= 4.4); see docs/lab.md for the full guide.
#
#   source tests/lab/lib.sh
#   lab_require traceroute          # exit 77 (SKIPPED) if the lab cannot run
#   lab_init                        # unique prefix + teardown trap
#   lab_chain 7                     # client -> R1..R7 -> destination
#   lab_client traceroute -n "$LAB_DST4"
#
# SAFETY: the lab only creates namespaces connected to each other (veth pairs
# created directly inside lab namespaces, never in the root namespace) and only
# uses documentation/benchmark address ranges:
#   198.18.0.0/15, 2001:db8::/32 (plus 192.0.2.0/24, 198.51.100.0/24,
#   203.0.113.0/24 reserved for future use).
# The client namespace only has routes for 198.18.0.0/15 and 2001:db8::/32.
# Every probe must be sent from inside the client namespace (lab_client).
#
# The library does not change shell options of the caller; it works with and
# without `set -euo pipefail`. Fatal errors print "lab: ERROR: ..." and exit 1
# (the EXIT trap then tears the lab down).

if [[ -n ${_LAB_LIB_LOADED:-} ]]; then
    return 0
fi
_LAB_LIB_LOADED=1

LAB_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../lib/checks.sh
source "$LAB_DIR/../lib/checks.sh"
LAB_SCENARIO_DIR="$LAB_DIR/scenarios"
: "${NETTRIO_SOURCE_DIR:=$(cd -- "$LAB_DIR/../.." && pwd)}"
: "${LAB_STATE_DIR:=/run/nettrio-lab}"
export NETTRIO_SOURCE_DIR LAB_STATE_DIR

# Address plan (see docs/lab.md).
LAB_NET4=198.18.0.0/15        # everything the lab uses, IPv4
LAB_NET6=2001:db8::/32        # everything the lab uses, IPv6
LAB_REMOTE4=198.18.0.0/16     # "behind the destination" (sweeps, AnyIP)
LAB_REMOTE6=2001:db8:ff::/48
export LAB_NET4 LAB_NET6 LAB_REMOTE4 LAB_REMOTE6

LAB_LISTENER_COMM=nt-listener
LAB_LISTENER_DEFAULT_SPECS=(
    "tcp4:0.0.0.0:8080"
    "tcp4:127.0.0.1:8081"
    "tcp4:198.19.0.2:8082"
    "tcp6:[::]:8083"
    "tcp6:[::1]:8084"
    "tcp6:[2001:db8::2]:8085"
    "tcp6dual:[::]:8443"
    "udp4:0.0.0.0:5353"
    "udp4:127.0.0.1:5354"
    "udp4:198.19.0.2:5355"
    "udp6:[::]:5353"
    "udp6:[::1]:5356"
    "udp6dual:[::]:5357"
    "tcp4conn:127.0.0.1:8081"
    "tcp6conn:[::1]:8084"
)

# ---------------------------------------------------------------- internals
declare -ga _LAB_NS=()          # namespaces created by this run (full names)
declare -gA _LAB_BATCH=()       # pending `ip -batch` lines per namespace
declare -gA _LAB_UP=()          # per ns: lines "PREFIX ARGS" routed toward D
declare -gA _LAB_DOWN=()        # per ns: lines "PREFIX ARGS" routed toward C
declare -gA _LAB_DOWNIF=()      # per ns: interface toward the client
declare -gA _LAB_DOWNLINK=()    # per ns: link index toward the client
declare -ga _LAB_AT_EXIT=()
_LAB_OWNER=""
_LAB_REQUIRED=""
_LAB_STAGING=""
LAB_PREFIX=""
LAB_TMP=""
LAB_TOPOLOGY=""

_lab_die() {
    echo "lab: ERROR: $*" >&2
    exit 1
}

_lab_log() {
    if [[ ${LAB_VERBOSE:-0} == 1 ]]; then
        echo "lab: $*" >&2
    fi
    return 0
}

_lab_a4() { printf '198.19.%d.%d' "$1" "$2"; }
_lab_p4() { printf '198.19.%d.0/24' "$1"; }
_lab_a6() {
    if (($1 == 0)); then
        printf '2001:db8::%d' "$2"
    else
        printf '2001:db8:0:%d::%d' "$1" "$2"
    fi
}
_lab_p6() { printf '2001:db8:0:%d::/64' "$1"; }

_lab_need_init() {
    if [[ -z $LAB_PREFIX || $_LAB_OWNER != "$BASHPID" ]]; then
        _lab_die "call lab_init first (in this shell, not in a subshell)"
    fi
}

# _lab_resolve ROLE|K|NAME : set _LAB_R to the full namespace name (must
# belong to this run). No subshell, dies on unknown names.
_lab_resolve() {
    local x=$1 n
    if [[ $x =~ ^[0-9]+$ ]]; then
        x="r$x"
    fi
    if [[ $x != "$LAB_PREFIX"-* ]]; then
        x="$LAB_PREFIX-$x"
    fi
    for n in "${_LAB_NS[@]}"; do
        if [[ $n == "$x" ]]; then
            _LAB_R=$x
            return 0
        fi
    done
    _lab_die "no lab namespace '$1' in this run (have: ${_LAB_NS[*]##"$LAB_PREFIX"-})"
}

# _lab_nsname ROLE|K|NAME -> prints the full namespace name
_lab_nsname() {
    _lab_resolve "$1"
    printf '%s' "$_LAB_R"
}

# _lab_sysctl NS path=value...   (paths relative to /proc/sys, '/' separated)
_lab_sysctl() {
    local ns=$1
    shift
    local script="" kv
    for kv in "$@"; do
        script+="echo '${kv#*=}' > '/proc/sys/${kv%%=*}' || exit 1"$'\n'
    done
    ip netns exec "$ns" sh -c "$script" ||
        _lab_die "sysctl failed in $ns: $*"
}

_lab_ipt() {
    local ns=$1
    shift
    ip netns exec "$ns" iptables -w "$@" || _lab_die "iptables $* failed in $ns"
}

_lab_ip6t() {
    local ns=$1
    shift
    ip netns exec "$ns" ip6tables -w "$@" || _lab_die "ip6tables $* failed in $ns"
}

# _lab_add_ns ROLE router|host
_lab_add_ns() {
    local role=$1 kind=$2
    local ns="$LAB_PREFIX-$role"
    # Record before creating, so a crash in between cannot leak it.
    printf '%s\n' "$ns" >>"$LAB_RUN_DIR/namespaces"
    ip netns add "$ns" || _lab_die "ip netns add $ns failed"
    _LAB_NS+=("$ns")
    local fwd=0
    if [[ $kind == router ]]; then
        fwd=1
    fi
    _lab_sysctl "$ns" \
        net/ipv4/ip_forward=$fwd \
        net/ipv4/conf/all/rp_filter=0 \
        net/ipv4/conf/default/rp_filter=0 \
        net/ipv4/conf/all/send_redirects=0 \
        net/ipv4/conf/default/send_redirects=0 \
        net/ipv4/conf/all/accept_redirects=0 \
        net/ipv4/conf/default/accept_redirects=0 \
        net/ipv6/conf/all/forwarding=$fwd \
        net/ipv6/conf/default/forwarding=$fwd \
        net/ipv6/conf/all/accept_dad=0 \
        net/ipv6/conf/default/accept_dad=0 \
        net/ipv6/conf/all/accept_ra=0 \
        net/ipv6/conf/default/accept_ra=0 \
        net/ipv6/conf/all/accept_redirects=0 \
        net/ipv6/conf/default/accept_redirects=0 \
        net/ipv6/conf/default/router_solicitations=0
    _LAB_BATCH[$ns]="link set dev lo up"$'\n'
}

# _lab_link IDX DOWN_ROLE UP_ROLE
# veth pair named l<IDX> on both ends, created directly between the two lab
# namespaces. DOWN (client side) gets .2 / ::2, UP (destination side) .1 / ::1.
_lab_link() {
    local idx=$1 dn up
    _lab_resolve "$2"
    dn=$_LAB_R
    _lab_resolve "$3"
    up=$_LAB_R
    ip -n "$dn" link add "l$idx" type veth peer name "l$idx" netns "$up" ||
        _lab_die "veth l$idx between $dn and $up failed"
    _LAB_BATCH[$dn]+="addr add $(_lab_a4 "$idx" 2)/24 dev l$idx
addr add $(_lab_a6 "$idx" 2)/64 dev l$idx nodad
link set dev l$idx up
"
    _LAB_BATCH[$up]+="addr add $(_lab_a4 "$idx" 1)/24 dev l$idx
addr add $(_lab_a6 "$idx" 1)/64 dev l$idx nodad
link set dev l$idx up
"
    if [[ -z ${_LAB_DOWNIF[$up]:-} ]]; then
        _LAB_DOWNIF[$up]="l$idx"
        _LAB_DOWNLINK[$up]=$idx
    fi
}

# _lab_route ROLE up|down PREFIX ROUTE-ARGS...
_lab_route() {
    local ns dir=$2 prefix=$3
    _lab_resolve "$1"
    ns=$_LAB_R
    shift 3
    _LAB_BATCH[$ns]+="route add $prefix $*"$'\n'
    if [[ $dir == up ]]; then
        _LAB_UP[$ns]+="$prefix $*"$'\n'
    else
        _LAB_DOWN[$ns]+="$prefix $*"$'\n'
    fi
}

# Route both v4 and v6 link prefixes of link J via link L's address HOST.
_lab_route_link() {
    local role=$1 dir=$2 j=$3 l=$4 host=$5
    # Non-canonical v6 spelling (2001:db8:0:0::1) is fine for `ip` and
    # avoids a subshell per route; exported addresses use _lab_a6.
    _lab_route "$role" "$dir" "198.19.$j.0/24" via "198.19.$l.$host" dev "l$l"
    _lab_route "$role" "$dir" "2001:db8:0:$j::/64" via "2001:db8:0:$l::$host" dev "l$l"
}

_lab_flush() {
    local ns
    for ns in "${_LAB_NS[@]}"; do
        if [[ -n ${_LAB_BATCH[$ns]:-} ]]; then
            printf '%s' "${_LAB_BATCH[$ns]}" | ip -n "$ns" -batch - ||
                _lab_die "ip -batch failed in $ns"
            _LAB_BATCH[$ns]=""
        fi
    done
}

_lab_set_hop() { # K ADDR4 ADDR6
    printf -v "LAB_HOP4_$1" '%s' "$2"
    printf -v "LAB_HOP6_$1" '%s' "$3"
    export "LAB_HOP4_$1" "LAB_HOP6_$1"
}

# Quick sanity check that the built topology forwards (lab-internal pings).
_lab_check_path() {
    if [[ ${LAB_NO_WARMUP:-0} == 1 ]]; then
        return 0
    fi
    local a try ok
    for a in "$LAB_DST4" "$LAB_DST6"; do
        # Links come up and neighbours resolve asynchronously: under load (2 cores, parallel
        # builds) the first echo can be lost, so allow a few tries before calling it broken.
        ok=0
        for try in 1 2 3 4 5; do
            if ip netns exec "$LAB_CLIENT" ping -n -q -c 1 -W 1 "$a" >/dev/null 2>&1; then
                ok=1
                break
            fi
        done
        ((ok)) || _lab_die "topology check failed: client cannot ping $a"
    done
}

_lab_kill_del_ns() {
    local ns=$1 pids i
    # Only ever touch names produced by lab_init.
    [[ $ns =~ ^nt[0-9a-f]+-[a-z0-9]+$ ]] || return 0
    ip netns list 2>/dev/null | awk '{print $1}' | grep -qxF -- "$ns" || return 0
    pids=$(ip netns pids "$ns" 2>/dev/null || true)
    if [[ -n $pids ]]; then
        # shellcheck disable=SC2086
        kill -TERM $pids 2>/dev/null || true
        for i in 1 2 3 4 5 6 7 8 9 10; do
            pids=$(ip netns pids "$ns" 2>/dev/null || true)
            [[ -z $pids ]] && break
            sleep 0.05
        done
        if [[ -n $pids ]]; then
            # shellcheck disable=SC2086
            kill -KILL $pids 2>/dev/null || true
            sleep 0.05
        fi
    fi
    ip netns del "$ns" 2>/dev/null || true
}

# lab_destroy_run RUN_DIR : delete every namespace listed in RUN_DIR/namespaces,
# the run's temp dir and RUN_DIR itself. Used by teardown and scripts/lab.
lab_destroy_run() {
    local dir=$1 ns tmp
    if [[ -f $dir/namespaces ]]; then
        while IFS= read -r ns; do
            [[ -n $ns ]] && _lab_kill_del_ns "$ns"
        done <"$dir/namespaces"
    fi
    if [[ -f $dir/tmp ]]; then
        tmp=$(<"$dir/tmp")
        if [[ $tmp == */nettrio-lab.* && -d $tmp ]]; then
            rm -rf -- "$tmp"
        fi
    fi
    rm -rf -- "$dir"
}

# _lab_starttime PID : process start time (field 22 of /proc/PID/stat).
_lab_starttime() {
    local st
    st=$(cat "/proc/$1/stat" 2>/dev/null) || return 0
    st=${st##*) }
    # shellcheck disable=SC2086
    set -- $st
    printf '%s' "${20:-}"
}

# lab_run_state RUN_DIR : prints "persist NAME", "alive PID" or "stale PID".
lab_run_state() {
    local kind a b
    read -r kind a b 2>/dev/null <"$1/owner" || {
        echo "stale ?"
        return 0
    }
    case $kind in
        persist) echo "persist $a" ;;
        pid)
            if [[ -e /proc/$a && $(_lab_starttime "$a") == "$b" ]]; then
                echo "alive $a"
            else
                echo "stale $a"
            fi
            ;;
        *) echo "stale ?" ;;
    esac
}

# Names of namespaces (from `ip netns list`) starting with PREFIX-.
lab_leftover_ns() {
    local prefix=${1:-$LAB_PREFIX}
    [[ -n $prefix ]] || return 0
    ip netns list 2>/dev/null | awk '{print $1}' | grep -E "^${prefix}-" || true
}

# ------------------------------------------------------------------ public

# lab_require [TOOL...] : exit 77 with "SKIPPED: reason" on stderr unless we
# are root, network namespaces work, and iptables/ip6tables (with the
# REJECT and statistic targets) work inside one. Extra TOOL names must be in
# PATH too.
lab_require() {
    local why="" t probe
    if [[ $EUID -ne 0 ]]; then
        why="the nettrio lab needs root (EUID=$EUID)"
    fi
    if [[ -z $why ]]; then
        for t in ip iptables ip6tables awk grep "$@"; do
            if ! command -v "$t" >/dev/null 2>&1; then
                why="required tool '$t' not found in PATH"
                break
            fi
        done
    fi
    if [[ -z $why ]]; then
        probe="ntprobe-$BASHPID-$RANDOM"
        # Never leak the probe namespace, even if interrupted right here.
        local saved_traps
        saved_traps=$(trap -p EXIT INT TERM HUP)
        # shellcheck disable=SC2064
        trap "ip netns del '$probe' 2>/dev/null; exit 1" EXIT
        # shellcheck disable=SC2064
        trap "ip netns del '$probe' 2>/dev/null; exit 130" INT
        # shellcheck disable=SC2064
        trap "ip netns del '$probe' 2>/dev/null; exit 143" TERM
        # shellcheck disable=SC2064
        trap "ip netns del '$probe' 2>/dev/null; exit 129" HUP
        if ! ip netns add "$probe" 2>/dev/null; then
            why="cannot create network namespaces (ip netns add failed)"
        else
            if ! ip netns exec "$probe" iptables -w -A FORWARD -j REJECT --reject-with icmp-admin-prohibited >/dev/null 2>&1 ||
                ! ip netns exec "$probe" iptables -w -A OUTPUT -m statistic --mode nth --every 2 --packet 0 -j DROP >/dev/null 2>&1; then
                why="iptables (REJECT/statistic) does not work inside a network namespace"
            elif ! ip netns exec "$probe" ip6tables -w -A FORWARD -j REJECT --reject-with icmp6-adm-prohibited >/dev/null 2>&1; then
                why="ip6tables does not work inside a network namespace"
            fi
            ip netns del "$probe" 2>/dev/null || true
        fi
        trap - EXIT INT TERM HUP
        eval "$saved_traps"
    fi
    if [[ -n $why ]]; then
        echo "" >&2
        echo "SKIPPED: $why" >&2
        echo "" >&2
        exit 77
    fi
    _LAB_REQUIRED=1
}

# lab_init [--persist INSTANCE]
# Creates the run prefix (LAB_PREFIX, e.g. nt12345a1b2), LAB_TMP and the
# state directory $LAB_STATE_DIR/runs/$LAB_PREFIX, and installs the teardown
# trap on EXIT INT TERM HUP. With --persist the trap is only armed until
# lab_persist_commit (used by scripts/lab up).
lab_init() {
    local persist=""
    while (($#)); do
        case $1 in
            --persist)
                persist=${2:?--persist needs an instance name}
                shift 2
                ;;
            *) _lab_die "lab_init: unknown argument '$1'" ;;
        esac
    done
    if [[ -n $LAB_PREFIX && $_LAB_OWNER == "$BASHPID" ]]; then
        _lab_die "lab_init called twice"
    fi
    if [[ -z $_LAB_REQUIRED ]]; then
        lab_require
    fi
    _LAB_NS=()
    _LAB_BATCH=()
    _LAB_UP=()
    _LAB_DOWN=()
    _LAB_DOWNIF=()
    _LAB_DOWNLINK=()
    _LAB_AT_EXIT=()
    LAB_TOPOLOGY=""
    LAB_FAILED=0
    LAB_TMP=""
    # Forget topology variables inherited from the environment (e.g. when
    # running inside `scripts/lab shell`).
    local v
    for v in $(compgen -v | grep -E '^LAB_(HOP[46]_|ECMP_|SWEEP_|CLIENT|DST|ROUTERS$|SCENARIO$|INSTANCE$|RUN_DIR$|LISTENER_(PID|NS|OUT|SPECS|BIN)$)' || true); do
        unset "$v"
    done
    _LAB_OWNER=$BASHPID
    LAB_PREFIX=$(printf 'nt%d%04x' "$BASHPID" "$((RANDOM ^ (RANDOM << 1) & 0xffff))")
    LAB_RUN_DIR="$LAB_STATE_DIR/runs/$LAB_PREFIX"
    # Arm the trap before anything is created.
    trap '_lab_on_exit' EXIT
    trap '_lab_on_signal INT 130' INT
    trap '_lab_on_signal TERM 143' TERM
    trap '_lab_on_signal HUP 129' HUP
    # Build the run directory under a temporary name and rename it, so a
    # run directory always has its owner/namespaces/tmp files.
    mkdir -p -- "$LAB_STATE_DIR/runs" || _lab_die "cannot create $LAB_STATE_DIR/runs"
    _LAB_STAGING=$(mktemp -d "$LAB_STATE_DIR/runs/.new.XXXXXX") || _lab_die "mktemp in $LAB_STATE_DIR failed"
    local staging=$_LAB_STAGING
    if [[ -n $persist ]]; then
        printf 'persist %s\n' "$persist" >"$staging/owner"
    else
        # (expand $BASHPID here: inside $(...) it would be the subshell's)
        local me=$BASHPID
        printf 'pid %s %s\n' "$me" "$(_lab_starttime "$me")" >"$staging/owner"
    fi
    : >"$staging/namespaces"
    LAB_TMP=$(mktemp -d "${TMPDIR:-/tmp}/nettrio-lab.XXXXXX") || _lab_die "mktemp failed"
    printf '%s\n' "$LAB_TMP" >"$staging/tmp"
    mv -T -- "$staging" "$LAB_RUN_DIR" || _lab_die "cannot create $LAB_RUN_DIR"
    _LAB_STAGING=""
    LAB_INSTANCE=$persist
    export LAB_PREFIX LAB_TMP LAB_RUN_DIR LAB_INSTANCE
    _lab_log "init prefix=$LAB_PREFIX"
}

# lab_at_exit 'COMMAND' : run COMMAND (eval'd) during teardown, before the
# namespaces are deleted. Use this instead of your own EXIT trap.
lab_at_exit() {
    _LAB_AT_EXIT+=("$1")
}

# lab_teardown : kill processes in and delete every namespace of this run,
# remove LAB_TMP and the run state. Idempotent. Returns 1 if a namespace of
# this run is still present afterwards.
lab_teardown() {
    if [[ -z $LAB_PREFIX || $_LAB_OWNER != "$BASHPID" ]]; then
        return 0
    fi
    local cmd ns leftover
    for cmd in "${_LAB_AT_EXIT[@]}"; do
        eval "$cmd" || true
    done
    _LAB_AT_EXIT=()
    for ns in "${_LAB_NS[@]}"; do
        _lab_kill_del_ns "$ns"
    done
    lab_destroy_run "$LAB_RUN_DIR"
    # Interrupted inside lab_init: staging dir / temp dir not yet recorded.
    if [[ -n ${_LAB_STAGING:-} ]]; then
        rm -rf -- "$_LAB_STAGING"
        _LAB_STAGING=""
    fi
    if [[ -n ${LAB_TMP:-} && $LAB_TMP == */nettrio-lab.* && -d $LAB_TMP ]]; then
        rm -rf -- "$LAB_TMP"
    fi
    leftover=$(lab_leftover_ns "$LAB_PREFIX")
    local prefix=$LAB_PREFIX
    LAB_PREFIX=""
    _LAB_NS=()
    if [[ -n $leftover ]]; then
        echo "lab: FAIL: namespaces of run $prefix left behind after teardown:" >&2
        printf '  %s\n' "$leftover" >&2
        return 1
    fi
    _lab_log "teardown of $prefix complete"
    return 0
}

_lab_on_exit() {
    local rc=$?
    trap - EXIT INT TERM HUP
    if ! lab_teardown; then
        rc=1
    fi
    exit "$rc"
}

_lab_on_signal() {
    local sig=$1 code=$2
    trap - EXIT INT TERM HUP
    echo "lab: caught SIG$sig, tearing down" >&2
    lab_teardown || true
    exit "$code"
}

# lab_save_env [FILE] : write all exported LAB_* variables as `export` lines
# (default FILE: $LAB_RUN_DIR/env). scripts/lab and `lab shell` source it.
lab_save_env() {
    local file=${1:-$LAB_RUN_DIR/env} v
    {
        printf '# nettrio lab environment, run %s\n' "$LAB_PREFIX"
        for v in $(compgen -e | grep -E '^(LAB_|NETTRIO_SOURCE_DIR$)' | sort); do
            printf 'export %s=%q\n' "$v" "${!v}"
        done
    } >"$file"
}

# lab_persist_commit : (persistent mode) save state and disarm the trap, so
# the namespaces survive the end of the script. `scripts/lab down` removes them.
lab_persist_commit() {
    _lab_need_init
    [[ -n $LAB_INSTANCE ]] || _lab_die "lab_persist_commit without lab_init --persist"
    lab_save_env
    mkdir -p -- "$LAB_STATE_DIR/up"
    printf '%s\n' "$LAB_PREFIX" >"$LAB_STATE_DIR/up/$LAB_INSTANCE"
    trap - EXIT INT TERM HUP
}

# lab_ns ROLE : full namespace name of ROLE (c, d, r1..rN, r2a, ...).
lab_ns() {
    _lab_nsname "$1"
}

# lab_exec ROLE|K|NSNAME CMD... : run CMD inside that lab namespace.
lab_exec() {
    local ns
    _lab_resolve "$1"
    ns=$_LAB_R
    shift
    ip netns exec "$ns" "$@"
}

# lab_client CMD... : run CMD inside the client namespace (all probes!).
lab_client() {
    [[ -n ${LAB_CLIENT:-} ]] || _lab_die "no topology built yet"
    ip netns exec "$LAB_CLIENT" "$@"
}

# lab_hop_addr K [4|6] : address router K answers traceroute with (K =
# LAB_DST_HOP gives the destination address).
lab_hop_addr() {
    local k=$1 fam=${2:-4} v
    v="LAB_HOP${fam}_$k"
    if [[ -z ${!v:-} ]]; then
        _lab_die "lab_hop_addr: no hop $k (family $fam) in this topology"
    fi
    printf '%s\n' "${!v}"
}

_lab_export_common() {
    _lab_resolve c
    LAB_CLIENT=$_LAB_R
    _lab_resolve d
    LAB_DST_NS=$_LAB_R
    LAB_CLIENT4=$(_lab_a4 0 2)
    LAB_CLIENT6=$(_lab_a6 0 2)
    export LAB_CLIENT LAB_DST_NS LAB_DST4 LAB_DST6 LAB_CLIENT4 LAB_CLIENT6 \
        LAB_ROUTERS LAB_DST_HOP LAB_TOPOLOGY
}

# lab_chain N : client C -> R1 .. RN -> destination D (dual stack).
# Link i (0 = C-R1, ..., N = RN-D) is 198.19.i.0/24 and 2001:db8:0:i::/64;
# the side toward D is .1/::1, the side toward C is .2/::2.
# Router k answers traceroute from 198.19.(k-1).1; D is 198.19.N.1, hop N+1.
lab_chain() {
    local n=${1:?lab_chain N}
    _lab_need_init
    if ! [[ $n =~ ^[0-9]+$ ]] || ((n < 1 || n > 250)); then
        _lab_die "lab_chain: N must be 1..250"
    fi
    [[ -z $LAB_TOPOLOGY ]] || _lab_die "a topology ($LAB_TOPOLOGY) is already built in this run"
    LAB_TOPOLOGY=chain
    local k j
    _lab_add_ns c host
    for ((k = 1; k <= n; k++)); do
        _lab_add_ns "r$k" router
    done
    _lab_add_ns d host
    _lab_link 0 c r1
    for ((k = 1; k < n; k++)); do
        _lab_link "$k" "r$k" "r$((k + 1))"
    done
    _lab_link "$n" "r$n" d

    # Client: only the lab ranges.
    _lab_route c up "$LAB_NET4" via "$(_lab_a4 0 1)" dev l0
    _lab_route c up "$LAB_NET6" via "$(_lab_a6 0 1)" dev l0
    for ((k = 1; k <= n; k++)); do
        for ((j = k + 1; j <= n; j++)); do
            _lab_route_link "r$k" up "$j" "$k" 1
        done
        _lab_route "r$k" up "$LAB_REMOTE4" via "198.19.$k.1" dev "l$k"
        _lab_route "r$k" up "$LAB_REMOTE6" via "2001:db8:0:$k::1" dev "l$k"
        for ((j = 0; j <= k - 2; j++)); do
            _lab_route_link "r$k" down "$j" "$((k - 1))" 2
        done
    done
    _lab_route d down "$LAB_NET4" via "$(_lab_a4 "$n" 2)" dev "l$n"
    _lab_route d down "$LAB_NET6" via "$(_lab_a6 "$n" 2)" dev "l$n"
    # Remote ranges "behind" D answer nothing unless lab_sweep makes them local.
    _lab_resolve d
    _LAB_BATCH[$_LAB_R]+="route add blackhole $LAB_REMOTE4
route add blackhole $LAB_REMOTE6
"
    _lab_flush

    LAB_ROUTERS=$n
    LAB_DST_HOP=$((n + 1))
    LAB_DST4=$(_lab_a4 "$n" 1)
    LAB_DST6=$(_lab_a6 "$n" 1)
    for ((k = 1; k <= n + 1; k++)); do
        _lab_set_hop "$k" "$(_lab_a4 $((k - 1)) 1)" "$(_lab_a6 $((k - 1)) 1)"
    done
    _lab_export_common
    _lab_check_path
}

# lab_ecmp : C - R1 =(R2a | R2b)= R3 - D. R1 load-balances over R2a/R2b with
# fib_multipath_hash_policy=1 (L4 hash, v4 and v6), so probes with different
# ports take different branches. Links: 0 C-R1, 1 R1-R2a, 2 R1-R2b,
# 3 R2a-R3, 4 R2b-R3, 5 R3-D. R3 returns everything via R2a.
# Exports LAB_ECMP_HOP=2, LAB_ECMP_A4/B4/A6/B6 (the two hop-2 responders);
# hop 3 is R3 (198.19.3.1), D is hop 4 (198.19.5.1).
lab_ecmp() {
    _lab_need_init
    [[ -z $LAB_TOPOLOGY ]] || _lab_die "a topology ($LAB_TOPOLOGY) is already built in this run"
    LAB_TOPOLOGY=ecmp
    local r ns
    _lab_add_ns c host
    for r in r1 r2a r2b r3; do
        _lab_add_ns "$r" router
    done
    _lab_add_ns d host
    _lab_resolve r1
    _lab_sysctl "$_LAB_R" \
        net/ipv4/fib_multipath_hash_policy=1 \
        net/ipv6/fib_multipath_hash_policy=1
    _lab_link 0 c r1
    _lab_link 1 r1 r2a
    _lab_link 2 r1 r2b
    _lab_link 3 r2a r3
    _lab_link 4 r2b r3
    _lab_link 5 r3 d

    _lab_route c up "$LAB_NET4" via "$(_lab_a4 0 1)" dev l0
    _lab_route c up "$LAB_NET6" via "$(_lab_a6 0 1)" dev l0
    local p
    # R1: everything beyond the split is multipath.
    for p in "$(_lab_p4 3)" "$(_lab_p4 4)" "$(_lab_p4 5)" "$LAB_REMOTE4"; do
        _lab_route r1 up "$p" nexthop via "$(_lab_a4 1 1)" dev l1 nexthop via "$(_lab_a4 2 1)" dev l2
    done
    for p in "$(_lab_p6 3)" "$(_lab_p6 4)" "$(_lab_p6 5)" "$LAB_REMOTE6"; do
        _lab_route r1 up "$p" nexthop via "$(_lab_a6 1 1)" dev l1 nexthop via "$(_lab_a6 2 1)" dev l2
    done
    # R2a: up via R3 (link 3), down via R1 (link 1).
    _lab_route_link r2a up 4 3 1
    _lab_route_link r2a up 5 3 1
    _lab_route r2a up "$LAB_REMOTE4" via "$(_lab_a4 3 1)" dev l3
    _lab_route r2a up "$LAB_REMOTE6" via "$(_lab_a6 3 1)" dev l3
    _lab_route_link r2a down 0 1 2
    _lab_route_link r2a down 2 1 2
    # R2b: up via R3 (link 4), down via R1 (link 2).
    _lab_route_link r2b up 3 4 1
    _lab_route_link r2b up 5 4 1
    _lab_route r2b up "$LAB_REMOTE4" via "$(_lab_a4 4 1)" dev l4
    _lab_route r2b up "$LAB_REMOTE6" via "$(_lab_a6 4 1)" dev l4
    _lab_route_link r2b down 0 2 2
    _lab_route_link r2b down 1 2 2
    # R3: up is connected (link 5) + remote; down everything via R2a, with
    # src = its link-3 address so hop 3 always shows 198.19.3.1 /
    # 2001:db8:0:3::1 (IPv6 would otherwise pick the address of the
    # interface the probe arrived on).
    _lab_route r3 up "$LAB_REMOTE4" via "$(_lab_a4 5 1)" dev l5
    _lab_route r3 up "$LAB_REMOTE6" via "$(_lab_a6 5 1)" dev l5
    for p in 0 1 2; do
        _lab_route r3 down "198.19.$p.0/24" via 198.19.3.2 dev l3 src 198.19.3.1
        _lab_route r3 down "2001:db8:0:$p::/64" via 2001:db8:0:3::2 dev l3 src 2001:db8:0:3::1
    done
    _lab_route d down "$LAB_NET4" via "$(_lab_a4 5 2)" dev l5
    _lab_route d down "$LAB_NET6" via "$(_lab_a6 5 2)" dev l5
    _lab_resolve d
    _LAB_BATCH[$_LAB_R]+="route add blackhole $LAB_REMOTE4
route add blackhole $LAB_REMOTE6
"
    _lab_flush

    LAB_ROUTERS=3
    LAB_DST_HOP=4
    LAB_DST4=$(_lab_a4 5 1)
    LAB_DST6=$(_lab_a6 5 1)
    LAB_ECMP_HOP=2
    LAB_ECMP_A4=$(_lab_a4 1 1)
    LAB_ECMP_B4=$(_lab_a4 2 1)
    LAB_ECMP_A6=$(_lab_a6 1 1)
    LAB_ECMP_B6=$(_lab_a6 2 1)
    export LAB_ECMP_HOP LAB_ECMP_A4 LAB_ECMP_B4 LAB_ECMP_A6 LAB_ECMP_B6
    _lab_set_hop 1 "$(_lab_a4 0 1)" "$(_lab_a6 0 1)"
    _lab_set_hop 2 "$LAB_ECMP_A4" "$LAB_ECMP_A6"
    _lab_set_hop 3 "$(_lab_a4 3 1)" "$(_lab_a6 3 1)"
    _lab_set_hop 4 "$LAB_DST4" "$LAB_DST6"
    _lab_export_common
    _lab_check_path
}

# lab_diamond [--at-client] W1 [W2] : C - R1 =(A1..A<W1>)= [(B1..B<W2>)=] RJ - D, for
# trace --mda. R1 load-balances over the A routers (fib_multipath_hash_policy=1: the L4
# hash); with W2, every A router load-balances over every B router (a meshed 2-then-3
# diamond: W1=2 W2=3). The last stage joins at RJ. Hop 1 is R1 (198.19.0.1); A<i> answers
# from 198.19.(10+i).1; B<j> from 198.19.(30+j-1).1 (its link to A1); RJ from 198.19.61.1;
# D is 198.19.5.1. Links: 0 C-R1, 10+i R1-A<i>, 30+(i-1)*W2+(j-1) A<i>-B<j>, 60+k (last
# stage k)-RJ, 5 RJ-D.
# --at-client: no R1; the client itself balances over the A routers (its route to the lab
# is multipath, hash policy 1 in its namespace), from 198.19.0.2 / 2001:db8::2 on lo (the
# route's source), over links 10+i C-A<i>: hop 1 is the A routers.
# Exports LAB_DIAMOND_HOPS (TTLs), and per TTL t LAB_DIAMOND4_<t> / LAB_DIAMOND6_<t>: the
# interfaces expected there, space separated (v4, v6).
lab_diamond() {
    local at_client=0
    if [[ ${1:-} == --at-client ]]; then
        at_client=1
        shift
    fi
    local w1=${1:?lab_diamond [--at-client] W1 [W2]} w2=${2:-0} i j k l lb=r1
    _lab_need_init
    [[ -z $LAB_TOPOLOGY ]] || _lab_die "a topology ($LAB_TOPOLOGY) is already built in this run"
    [[ $w1 =~ ^[0-9]+$ && $w2 =~ ^[0-9]+$ ]] && ((w1 >= 2 && w1 <= 9 && w2 <= 9 && w2 != 1)) ||
        _lab_die "lab_diamond: W1 must be 2..9, W2 0 or 2..9"
    LAB_TOPOLOGY=diamond
    _lab_add_ns c host
    if ((at_client)); then
        lb=c
    else
        _lab_add_ns r1 router
    fi
    for ((i = 1; i <= w1; i++)); do _lab_add_ns "a$i" router; done
    for ((j = 1; j <= w2; j++)); do _lab_add_ns "b$j" router; done
    _lab_add_ns rj router
    _lab_add_ns d host
    if ((!at_client)); then
        _lab_link 0 c r1
        _lab_route c up "$LAB_NET4" via 198.19.0.1 dev l0
        _lab_route c up "$LAB_NET6" via 2001:db8::1 dev l0
    fi
    _lab_link 5 rj d
    _lab_route d down "$LAB_NET4" via 198.19.5.2 dev l5
    _lab_route d down "$LAB_NET6" via 2001:db8:0:5::2 dev l5
    local mp4="" mp6="" last=$w1 stage=a
    for ((i = 1; i <= w1; i++)); do
        _lab_link $((10 + i)) "$lb" "a$i"
        mp4+=" nexthop via 198.19.$((10 + i)).1 dev l$((10 + i))"
        mp6+=" nexthop via 2001:db8:0:$((10 + i))::1 dev l$((10 + i))"
        _lab_route "a$i" down 198.19.0.0/24 via "198.19.$((10 + i)).2" dev "l$((10 + i))"
        _lab_route "a$i" down 2001:db8::/64 via "2001:db8:0:$((10 + i))::2" dev "l$((10 + i))"
    done
    _lab_resolve "$lb"
    _lab_sysctl "$_LAB_R" net/ipv4/fib_multipath_hash_policy=1 net/ipv6/fib_multipath_hash_policy=1
    if ((at_client)); then
        _LAB_BATCH[$_LAB_R]+="addr add 198.19.0.2/32 dev lo
addr add 2001:db8::2/128 dev lo nodad
"
        # shellcheck disable=SC2086
        _lab_route c up "$LAB_NET4" src 198.19.0.2 $mp4
        # shellcheck disable=SC2086
        _lab_route c up "$LAB_NET6" src 2001:db8::2 $mp6
    else
        # shellcheck disable=SC2086
        _lab_route r1 up 198.19.5.0/24 $mp4
        # shellcheck disable=SC2086
        _lab_route r1 up 2001:db8:0:5::/64 $mp6
    fi
    if ((w2)); then
        last=$w2
        stage=b
        for ((i = 1; i <= w1; i++)); do
            mp4=""
            mp6=""
            for ((j = 1; j <= w2; j++)); do
                l=$((30 + (i - 1) * w2 + j - 1))
                _lab_link "$l" "a$i" "b$j"
                mp4+=" nexthop via 198.19.$l.1 dev l$l"
                mp6+=" nexthop via 2001:db8:0:$l::1 dev l$l"
            done
            _lab_resolve "a$i"
            _lab_sysctl "$_LAB_R" net/ipv4/fib_multipath_hash_policy=1 net/ipv6/fib_multipath_hash_policy=1
            # shellcheck disable=SC2086
            _lab_route "a$i" up 198.19.5.0/24 $mp4
            # shellcheck disable=SC2086
            _lab_route "a$i" up 2001:db8:0:5::/64 $mp6
        done
        # B<j> returns everything through A1, from its address there (IPv6 would pick the
        # address of the link the probe came in on).
        for ((j = 1; j <= w2; j++)); do
            l=$((30 + j - 1))
            _lab_route "b$j" down 198.19.0.0/24 via "198.19.$l.2" dev "l$l" src "198.19.$l.1"
            _lab_route "b$j" down 2001:db8::/64 via "2001:db8:0:$l::2" dev "l$l" src "2001:db8:0:$l::1"
        done
    fi
    for ((k = 1; k <= last; k++)); do
        _lab_link $((60 + k)) "$stage$k" rj
        _lab_route "$stage$k" up 198.19.5.0/24 via "198.19.$((60 + k)).1" dev "l$((60 + k))"
        _lab_route "$stage$k" up 2001:db8:0:5::/64 via "2001:db8:0:$((60 + k))::1" dev "l$((60 + k))"
    done
    _lab_route rj down 198.19.0.0/24 via 198.19.61.2 dev l61 src 198.19.61.1
    _lab_route rj down 2001:db8::/64 via 2001:db8:0:61::2 dev l61 src 2001:db8:0:61::1
    _lab_flush

    local t=1
    if ((!at_client)); then
        _lab_diamond_ttl 1 0
        t=2
    fi
    _lab_diamond_ttl "$t" $(seq 11 $((10 + w1)))
    if ((w2)); then
        t=$((t + 1))
        _lab_diamond_ttl "$t" $(seq 30 $((29 + w2)))
    fi
    _lab_diamond_ttl $((t + 1)) 61
    t=$((t + 2))
    _lab_diamond_ttl "$t" 5
    LAB_DST4=198.19.5.1
    LAB_DST6=2001:db8:0:5::1
    LAB_ROUTERS=$((t - 1))
    LAB_DST_HOP=$t
    LAB_DIAMOND_HOPS=$t
    for ((k = 1; k <= t; k++)); do export "LAB_DIAMOND4_$k" "LAB_DIAMOND6_$k"; done
    export LAB_DIAMOND_HOPS
    _lab_export_common
    _lab_check_path
}

# _lab_diamond_ttl T LINK... : LAB_DIAMOND4_T / LAB_DIAMOND6_T list the upper (.1, ::1)
# addresses of those links, space separated; the first is hop T's for lab_hop_addr.
_lab_diamond_ttl() {
    local t=$1 v4="" v6="" l
    shift
    for l in "$@"; do
        v4+="${v4:+ }$(_lab_a4 "$l" 1)"
        v6+="${v6:+ }$(_lab_a6 "$l" 1)"
    done
    printf -v "LAB_DIAMOND4_$t" '%s' "$v4"
    printf -v "LAB_DIAMOND6_$t" '%s' "$v6"
    _lab_set_hop "$t" "${v4%% *}" "${v6%% *}"
}

# ------------------------------------------------------------------ faults
# K is a router number (chain), or a role name (r2a, d, c, ...).

# lab_clear K : remove all iptables faults of router K (flush filter table).
lab_clear() {
    local ns
    _lab_resolve "$1"
    ns=$_LAB_R
    local t
    for t in iptables ip6tables; do
        ip netns exec "$ns" "$t" -w -F || _lab_die "$t -F failed in $ns"
        ip netns exec "$ns" "$t" -w -X || _lab_die "$t -X failed in $ns"
        ip netns exec "$ns" "$t" -w -P FORWARD ACCEPT || true
    done
}

# lab_silent_router K : router K never sends ICMP time-exceeded (v4 + v6),
# but still forwards. Traceroute shows "* * *" for its hop.
lab_silent_router() {
    local ns
    _lab_resolve "${1:?lab_silent_router K}"
    ns=$_LAB_R
    _lab_ipt "$ns" -A OUTPUT -p icmp --icmp-type time-exceeded -j DROP
    _lab_ip6t "$ns" -A OUTPUT -p ipv6-icmp --icmpv6-type time-exceeded -j DROP
}

# lab_firewall_after K : router K drops everything it would forward (v4+v6).
# Router K itself still answers (TTL expiry happens before FORWARD). K may be a role (an
# ECMP member that blackholes its flows: lab_firewall_after a2).
lab_firewall_after() {
    local ns
    _lab_resolve "${1:?lab_firewall_after K}"
    ns=$_LAB_R
    _lab_ipt "$ns" -A FORWARD -j DROP
    _lab_ip6t "$ns" -A FORWARD -j DROP
}

# lab_reject K net|host|proto|admin|port : router K rejects everything it
# would forward with an ICMP error. Traceroute: hop K answers normally, hop
# K+1 shows router K's address with !N / !H / !P / !X.
# IPv6: net=icmp6-no-route (!N), host=icmp6-addr-unreachable (!H),
# admin=icmp6-adm-prohibited (!X), port=icmp6-port-unreachable;
# proto has no ip6tables equivalent: IPv6 is NOT filtered for 'proto'.
lab_reject() {
    local ns kind=${2:?lab_reject K net|host|proto|admin|port} v4 v6
    _lab_resolve "${1:?}"
    ns=$_LAB_R
    case $kind in
        net) v4=icmp-net-unreachable v6=icmp6-no-route ;;
        host) v4=icmp-host-unreachable v6=icmp6-addr-unreachable ;;
        proto) v4=icmp-proto-unreachable v6="" ;;
        admin) v4=icmp-admin-prohibited v6=icmp6-adm-prohibited ;;
        port) v4=icmp-port-unreachable v6=icmp6-port-unreachable ;;
        *) _lab_die "lab_reject: unknown kind '$kind' (net|host|proto|admin|port)" ;;
    esac
    _lab_ipt "$ns" -A FORWARD -j REJECT --reject-with "$v4"
    if [[ -n $v6 ]]; then
        _lab_ip6t "$ns" -A FORWARD -j REJECT --reject-with "$v6"
    fi
}

# lab_unreach_route K net|host|admin : router K has no usable route toward
# the destination side, so it answers *every* probe (even TTL-expiring ones,
# routing happens before the TTL check) with an ICMP error: traceroute shows
# !N/!H/!X already at hop K.
#   net   : routes deleted          -> v4 !N, v6 !N
#   host  : 'unreachable' routes    -> v4 !H, v6 !N (Linux sends no-route)
#   admin : 'prohibit' routes       -> v4 !X, v6 !X
# Note: IPv4 errors from routing are rate limited by ip_error() (burst 5,
# then 1/s per source, global sysctls net.ipv4.route.error_*), independent
# of lab_ratelimit. Use few simultaneous probes (traceroute -N 3).
lab_unreach_route() {
    local ns kind=${2:?lab_unreach_route K net|host|admin} line prefix batch=""
    _lab_resolve "${1:?}"
    ns=$_LAB_R
    while IFS= read -r line; do
        [[ -n $line ]] || continue
        prefix=${line%% *}
        case $kind in
            net) batch+="route del $prefix"$'\n' ;;
            host) batch+="route replace unreachable $prefix"$'\n' ;;
            admin) batch+="route replace prohibit $prefix"$'\n' ;;
            *) _lab_die "lab_unreach_route: unknown kind '$kind' (net|host|admin)" ;;
        esac
    done <<<"${_LAB_UP[$ns]:-}"
    [[ -n $batch ]] || _lab_die "lab_unreach_route: $ns has no routes toward the destination"
    printf '%s' "$batch" | ip -n "$ns" -batch - || _lab_die "route change failed in $ns"
}

_lab_stat_args() { # random P | nth N
    case ${1:-} in
        random) printf '%s\n' -m statistic --mode random --probability "${2:?probability}" ;;
        nth) printf '%s\n' -m statistic --mode nth --every "${2:?every N}" --packet 0 ;;
        *) _lab_die "loss mode must be 'random P' or 'nth N'" ;;
    esac
}

# lab_loss K random P | lab_loss K nth N : router K drops a fraction of the
# ICMP it sends itself: time-exceeded, destination-unreachable and
# echo-reply (v4 and v6; neighbour discovery / MLD untouched). nth N drops
# the 1st, (N+1)th, ... such message (counter per family, kept across runs).
# Calling it again replaces the statistic of that router.
lab_loss() {
    local ns
    _lab_resolve "${1:?lab_loss K random P|nth N}"
    ns=$_LAB_R
    local -a stat
    mapfile -t stat < <(_lab_stat_args "${2:-}" "${3:-}")
    ((${#stat[@]})) || exit 1
    local fresh4=0 fresh6=0 ty
    if ip netns exec "$ns" iptables -w -N NT_LOSS 2>/dev/null; then fresh4=1; fi
    if ip netns exec "$ns" ip6tables -w -N NT_LOSS 2>/dev/null; then fresh6=1; fi
    _lab_ipt "$ns" -F NT_LOSS
    _lab_ip6t "$ns" -F NT_LOSS
    _lab_ipt "$ns" -A NT_LOSS "${stat[@]}" -j DROP
    _lab_ip6t "$ns" -A NT_LOSS "${stat[@]}" -j DROP
    if ((fresh4)); then
        for ty in time-exceeded destination-unreachable echo-reply; do
            _lab_ipt "$ns" -A OUTPUT -p icmp --icmp-type "$ty" -j NT_LOSS
        done
    fi
    if ((fresh6)); then
        for ty in time-exceeded destination-unreachable echo-reply; do
            _lab_ip6t "$ns" -A OUTPUT -p ipv6-icmp --icmpv6-type "$ty" -j NT_LOSS
        done
    fi
}

# lab_path_loss K random P|nth N [to-dst|to-client|both] : router K drops a
# fraction of the packets it forwards (all protocols). Default direction
# to-dst = packets not heading back to the client (probes, echo requests).
# nth 4 on a ping run loses exactly requests 1, 5, 9, ... (25 %).
lab_path_loss() {
    local ns dir=${4:-to-dst} dif
    _lab_resolve "${1:?lab_path_loss K random P|nth N [to-dst|to-client|both]}"
    ns=$_LAB_R
    local -a stat match
    mapfile -t stat < <(_lab_stat_args "${2:-}" "${3:-}")
    ((${#stat[@]})) || exit 1
    dif=${_LAB_DOWNIF[$ns]:-}
    [[ -n $dif ]] || _lab_die "lab_path_loss: $ns is not a router"
    case $dir in
        to-dst) match=('!' -o "$dif") ;;
        to-client) match=(-o "$dif") ;;
        both) match=() ;;
        *) _lab_die "lab_path_loss: direction must be to-dst|to-client|both" ;;
    esac
    _lab_ipt "$ns" -A FORWARD "${match[@]}" "${stat[@]}" -j DROP
    _lab_ip6t "$ns" -A FORWARD "${match[@]}" "${stat[@]}" -j DROP
}

# lab_ratelimit K|all MS : net.ipv4.icmp_ratelimit and net.ipv6.icmp.ratelimit
# in router K (or every namespace of the run). 0 disables the per-destination
# limiter. Kernel defaults: v4 1000 ms (token bucket, burst 6),
# v6 100 ms; plus global icmp_msgs_per_sec=1000 / icmp_msgs_burst=50 per netns.
lab_ratelimit() {
    local target=${1:?lab_ratelimit K|all MS} ms=${2:?lab_ratelimit K|all MS} ns
    [[ $ms =~ ^[0-9]+$ ]] || _lab_die "lab_ratelimit: MS must be a number"
    local -a list
    if [[ $target == all ]]; then
        list=("${_LAB_NS[@]}")
    else
        _lab_resolve "$target"
        list=("$_LAB_R")
    fi
    for ns in "${list[@]}"; do
        _lab_sysctl "$ns" net/ipv4/icmp_ratelimit="$ms" net/ipv6/icmp/ratelimit="$ms"
    done
}

# lab_long_return K N : on a chain, everything router K sends back towards the client
# (its own ICMP errors, and what routers past it return through it) goes over N extra
# routers x1..xN and then router 1, instead of back down the chain. The way back from hop K
# on is then N - K + 2 hops longer than the way out (N = K: two longer).
# Links 100..100+N; router K then answers from its address on link 100 (198.19.100.2).
lab_long_return() {
    local k=${1:?lab_long_return K N} n=${2:?lab_long_return K N} i prev next
    [[ $LAB_TOPOLOGY == chain ]] || _lab_die "lab_long_return: chain only"
    [[ $k =~ ^[0-9]+$ && $n =~ ^[0-9]+$ ]] && ((k >= 2 && k <= LAB_ROUTERS && n >= 1 && n <= 50)) ||
        _lab_die "lab_long_return: K must be 2..$LAB_ROUTERS, N 1..50"
    for ((i = 1; i <= n; i++)); do _lab_add_ns "x$i" router; done
    # r_K -l100- x1 -l101- x2 ... xN -l(100+N)- r1; each link's lower end is .2, upper .1.
    prev="r$k"
    for ((i = 1; i <= n; i++)); do
        _lab_link $((99 + i)) "$prev" "x$i"
        prev="x$i"
    done
    _lab_link $((100 + n)) "x$n" r1
    # Towards the client's link (198.19.0.0/24, 2001:db8::/64): r_K via x1, x_i via the next.
    _lab_resolve "r$k"
    _LAB_BATCH[$_LAB_R]+="route replace $(_lab_p4 0) via $(_lab_a4 100 1) dev l100
route replace 2001:db8::/64 via $(_lab_a6 100 1) dev l100
"
    for ((i = 1; i <= n; i++)); do
        next=$((100 + i))
        _lab_resolve "x$i"
        _LAB_BATCH[$_LAB_R]+="route add $(_lab_p4 0) via $(_lab_a4 "$next" 1) dev l$next
route add 2001:db8::/64 via $(_lab_a6 "$next" 1) dev l$next
"
    done
    _lab_flush
    _lab_set_hop "$k" "$(_lab_a4 100 2)" "$(_lab_a6 100 2)"
    _lab_export_common
}

# lab_reply_from K dst-side : router K sources its ICMP errors from its
# destination-side address (198.19.K.2), e.g. the last router then appears
# "on the destination's subnet". Updates LAB_HOP4_K / LAB_HOP6_K.
lab_reply_from() {
    local ns side=${2:-dst-side} line prefix rest batch="" l4 l6 dl
    _lab_resolve "${1:?lab_reply_from K dst-side}"
    ns=$_LAB_R
    [[ $side == dst-side ]] || _lab_die "lab_reply_from: only 'dst-side' is supported"
    [[ ${1} =~ ^[0-9]+$ && $LAB_TOPOLOGY == chain ]] || _lab_die "lab_reply_from: chain routers only"
    local k=$1
    l4=$(_lab_a4 "$k" 2)
    l6=$(_lab_a6 "$k" 2)
    dl=${_LAB_DOWNLINK[$ns]}
    batch+="route replace $(_lab_p4 "$dl") dev l$dl scope link src $l4"$'\n'
    batch+="route replace $(_lab_p6 "$dl") dev l$dl metric 256 src $l6"$'\n'
    while IFS= read -r line; do
        [[ -n $line ]] || continue
        prefix=${line%% *}
        rest=${line#* }
        if [[ $prefix == *:* ]]; then
            batch+="route replace $prefix src $l6 $rest"$'\n'
        else
            batch+="route replace $prefix src $l4 $rest"$'\n'
        fi
    done <<<"${_LAB_DOWN[$ns]:-}"
    printf '%s' "$batch" | ip -n "$ns" -batch - || _lab_die "route change failed in $ns"
    _lab_set_hop "$k" "$l4" "$l6"
}

# lab_dst_silent : the destination answers nothing (INPUT DROP except lo;
# IPv6 neighbour discovery is still allowed, like a real silent host).
lab_dst_silent() {
    local ns ty
    _lab_resolve d
    ns=$_LAB_R
    _lab_ipt "$ns" -A INPUT -i lo -j ACCEPT
    _lab_ipt "$ns" -A INPUT -j DROP
    _lab_ip6t "$ns" -A INPUT -i lo -j ACCEPT
    for ty in neighbour-solicitation neighbour-advertisement; do
        _lab_ip6t "$ns" -A INPUT -p ipv6-icmp --icmpv6-type "$ty" -j ACCEPT
    done
    _lab_ip6t "$ns" -A INPUT -j DROP
}

# lab_nat K : router K masquerades what it forwards toward the destination (iptables -t nat
# POSTROUTING -o lK -j MASQUERADE; lab_chain numbering): hosts past it see router K's address
# on link K (198.19.K.2). IPv6 too where ip6tables has a nat table: LAB_NAT6=1, else 0.
lab_nat() {
    local k=${1:?lab_nat K} ns
    _lab_resolve "$k"
    ns=$_LAB_R
    _lab_ipt "$ns" -t nat -A POSTROUTING -o "l$k" -j MASQUERADE
    if ip netns exec "$ns" ip6tables -w -t nat -A POSTROUTING -o "l$k" -j MASQUERADE 2>/dev/null; then
        LAB_NAT6=1
    else
        LAB_NAT6=0
    fi
    export LAB_NAT6
}

# lab_dst_block_echo : the destination drops ICMP echo-request (v4 + v6) only;
# UDP/TCP probes still get answers (port unreachable / RST).
lab_dst_block_echo() {
    local ns
    _lab_resolve d
    ns=$_LAB_R
    _lab_ipt "$ns" -A INPUT -p icmp --icmp-type echo-request -j DROP
    _lab_ip6t "$ns" -A INPUT -p ipv6-icmp --icmpv6-type echo-request -j DROP
}

# lab_sweep CIDR... : the destination namespace answers for every address of
# each CIDR (AnyIP: `ip route add local CIDR dev lo`). CIDRs must lie inside
# LAB_REMOTE4 (198.18.0.0/16) or LAB_REMOTE6 (2001:db8:ff::/48), which every
# router routes toward D and D blackholes otherwise (other addresses stay
# silent). Builds `lab_chain 1` first if no topology exists.
# Exports LAB_SWEEP_NS, LAB_SWEEP_LIVE (space separated CIDRs).
lab_sweep() {
    _lab_need_init
    (($#)) || _lab_die "lab_sweep CIDR..."
    if [[ -z $LAB_TOPOLOGY ]]; then
        lab_chain 1
    fi
    local ns c batch=""
    _lab_resolve d
    ns=$_LAB_R
    for c in "$@"; do
        case $c in
            198.18.*/*) ;;
            2001:db8:ff:*/*) ;;
            *) _lab_die "lab_sweep: $c is outside $LAB_REMOTE4 / $LAB_REMOTE6" ;;
        esac
        batch+="route add local $c dev lo"$'\n'
    done
    printf '%s' "$batch" | ip -n "$ns" -batch - || _lab_die "AnyIP routes failed in $ns"
    LAB_SWEEP_NS=$ns
    LAB_SWEEP_LIVE="${LAB_SWEEP_LIVE:+$LAB_SWEEP_LIVE }$*"
    export LAB_SWEEP_NS LAB_SWEEP_LIVE
}

# lab_build_listener : compile tests/lab/listener.c to $LAB_TMP/nettrio-listener
# (sets LAB_LISTENER_BIN).
lab_build_listener() {
    _lab_need_init
    LAB_LISTENER_BIN="$LAB_TMP/nettrio-listener"
    if [[ ! -x $LAB_LISTENER_BIN ]]; then
        command -v cc >/dev/null 2>&1 || _lab_die "no C compiler (cc) for listener.c"
        cc -O2 -Wall -o "$LAB_LISTENER_BIN" "$LAB_DIR/listener.c" ||
            _lab_die "compiling listener.c failed"
    fi
    export LAB_LISTENER_BIN
}

# lab_listeners [--ns ROLE] [SPEC...] : start nt-listener in ROLE (default
# the client) holding the given sockets (default LAB_LISTENER_DEFAULT_SPECS),
# wait for "ready". Exports LAB_LISTENER_PID, LAB_LISTENER_NS,
# LAB_LISTENER_COMM (=nt-listener), LAB_LISTENER_SPECS, LAB_LISTENER_OUT.
# The process is killed at teardown (it lives in a lab namespace).
lab_listeners() {
    _lab_need_init
    local role=c
    if [[ ${1:-} == --ns ]]; then
        role=${2:?--ns ROLE}
        shift 2
    fi
    local ns
    _lab_resolve "$role"
    ns=$_LAB_R
    local -a specs=("$@")
    if ((${#specs[@]} == 0)); then
        specs=("${LAB_LISTENER_DEFAULT_SPECS[@]}")
    fi
    lab_build_listener
    local out="$LAB_TMP/listener.$role.out" i pid
    ip netns exec "$ns" "$LAB_LISTENER_BIN" "${specs[@]}" >"$out" 2>&1 </dev/null &
    pid=$!
    for ((i = 0; i < 100; i++)); do
        if grep -qx ready "$out" 2>/dev/null; then
            break
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            _lab_die "nt-listener exited early: $(cat "$out")"
        fi
        sleep 0.05
    done
    grep -qx ready "$out" || _lab_die "nt-listener not ready after 5s: $(cat "$out")"
    LAB_LISTENER_PID=$pid
    LAB_LISTENER_NS=$ns
    LAB_LISTENER_OUT=$out
    LAB_LISTENER_SPECS="${specs[*]}"
    export LAB_LISTENER_PID LAB_LISTENER_NS LAB_LISTENER_COMM LAB_LISTENER_OUT LAB_LISTENER_SPECS
}

# lab_scenario NAME : source tests/lab/scenarios/NAME.sh and run scenario_up.
lab_scenario() {
    local name=${1:?lab_scenario NAME}
    local file="$LAB_SCENARIO_DIR/$name.sh"
    [[ $name =~ ^[A-Za-z0-9_-]+$ && -f $file ]] || _lab_die "no scenario '$name' ($file)"
    unset -f scenario_up
    # shellcheck source=/dev/null
    source "$file"
    declare -F scenario_up >/dev/null || _lab_die "$file does not define scenario_up"
    scenario_up
    LAB_SCENARIO=$name
    export LAB_SCENARIO
}

# lab_scenarios : list "NAME<TAB>description" of all scenarios.
lab_scenarios() {
    local f name desc
    for f in "$LAB_SCENARIO_DIR"/*.sh; do
        [[ -f $f ]] || continue
        name=$(basename "$f" .sh)
        desc=$(sed -n 's/^# desc: //p' "$f" | head -n 1)
        printf '%s\t%s\n' "$name" "$desc"
    done
}

# lab_describe : human readable summary of the current run.
lab_describe() {
    local k
    echo "prefix:      $LAB_PREFIX"
    echo "topology:    $LAB_TOPOLOGY${LAB_SCENARIO:+ (scenario $LAB_SCENARIO)}"
    echo "client ns:   $LAB_CLIENT  ($LAB_CLIENT4, $LAB_CLIENT6)"
    echo "dest ns:     $LAB_DST_NS  ($LAB_DST4, $LAB_DST6), hop $LAB_DST_HOP"
    echo "namespaces:  ${_LAB_NS[*]}"
    for ((k = 1; k < LAB_DST_HOP; k++)); do
        printf '  hop %-3d %-15s %s\n' "$k" "$(lab_hop_addr "$k" 4)" "$(lab_hop_addr "$k" 6)"
    done
    if [[ -n ${LAB_ECMP_HOP:-} ]]; then
        echo "ECMP hop $LAB_ECMP_HOP: $LAB_ECMP_A4 | $LAB_ECMP_B4   $LAB_ECMP_A6 | $LAB_ECMP_B6"
    fi
    if [[ -n ${LAB_SWEEP_LIVE:-} ]]; then
        echo "sweep:       live $LAB_SWEEP_LIVE (in $LAB_SWEEP_NS)"
    fi
    if [[ -n ${LAB_LISTENER_PID:-} ]]; then
        echo "listener:    pid $LAB_LISTENER_PID ($LAB_LISTENER_COMM) in $LAB_LISTENER_NS"
    fi
}

# --------------------------------------------------------- test helpers

# lab_traceroute ARGS... : system traceroute from the client, -n and a fixed
# 1 s wait (HERE/NEAR heuristics off: lab RTTs are microseconds).
lab_traceroute() {
    lab_client traceroute -n -w 1,0,0 "$@" 2>&1
}

# lab_tr_hop "$OUTPUT" K : the line of hop K from traceroute-style output
# (without the hop number), empty if absent.
lab_tr_hop() {
    printf '%s\n' "$1" | awk -v k="$2" '$1 == k { $1 = ""; sub(/^ +/, ""); print; exit }'
}

# lab_tr_addrs "$LINE" : distinct addresses in a hop line, one per line.
lab_tr_addrs() {
    printf '%s\n' "$1" | tr ' ' '\n' |
        grep -E '^([0-9]{1,3}\.){3}[0-9]{1,3}$|^[0-9a-fA-F]*:[0-9a-fA-F:.]*$' |
        awk '!seen[$0]++' || true
}

# lab_tr_stars "$LINE" : number of '*' (lost probes) in a hop line.
lab_tr_stars() {
    printf '%s\n' "$1" | tr ' ' '\n' | grep -cx '\*' || true
}

# lab_tr_answers "$LINE" : number of answered probes (RTT values) in a line.
lab_tr_answers() {
    printf '%s\n' "$1" | grep -o '[0-9.]* ms' | wc -l
}

# lab_tr_hop_is "$OUTPUT" K ADDR : hop K answered only by ADDR, every probe
# answered, no !X markers.
lab_tr_hop_is() {
    local line
    line=$(lab_tr_hop "$1" "$2")
    [[ -n $line ]] &&
        [[ $(lab_tr_addrs "$line") == "$3" ]] &&
        [[ $(lab_tr_stars "$line") -eq 0 ]] &&
        [[ $line != *'!'* ]]
}

# lab_tr_hop_silent "$OUTPUT" K : hop K present and no probe answered.
lab_tr_hop_silent() {
    local line
    line=$(lab_tr_hop "$1" "$2")
    [[ -n $line && -z $(lab_tr_addrs "$line") && $(lab_tr_answers "$line") -eq 0 ]] &&
        [[ $(lab_tr_stars "$line") -gt 0 ]]
}

# lab_tr_hop_marker "$OUTPUT" K ADDR MARKER COUNT : hop K answered only by
# ADDR, and MARKER (e.g. !N) appears exactly COUNT times.
lab_tr_hop_marker() {
    local line n
    line=$(lab_tr_hop "$1" "$2")
    n=$(printf '%s\n' "$line" | tr ' ' '\n' | grep -cxF -- "$4" || true)
    [[ -n $line && $(lab_tr_addrs "$line") == "$3" && $n -eq $5 ]]
}

# lab_dst 4|6 : LAB_DST4 or LAB_DST6.
lab_dst() {
    if [[ $1 == 6 ]]; then
        printf '%s\n' "$LAB_DST6"
    else
        printf '%s\n' "$LAB_DST4"
    fi
}

# lab_tr_last "$OUTPUT" : number of the last hop line.
lab_tr_last() {
    printf '%s\n' "$1" | awk '$1 ~ /^[0-9]+$/ { n = $1 } END { print n + 0 }'
}

# lab_check, lab_finish and the shared helpers (nt, jq_is, ...): tests/lib/checks.sh.
