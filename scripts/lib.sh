# Shared by scripts/run and scripts/test: install what is missing, from Debian only.
# shellcheck shell=bash

NETTRIO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Packages to build nettrio.
NETTRIO_BUILD_PACKAGES=(cmake ninja-build g++ pkg-config libboost-dev libboost-program-options-dev
  libspdlog-dev libfmt-dev nlohmann-json3-dev catch2 libcap-dev libcap2-bin libyaml-cpp-dev
  libnftables-dev libc-ares-dev)
# Peers and lab plumbing the tests compare against or build networks with.
NETTRIO_TEST_PACKAGES=(iputils-ping iputils-tracepath traceroute mtr-tiny fping iproute2 net-tools
  iptables clang-format clang libclang-rt-14-dev procps util-linux jq
  jc monitoring-plugins-basic monitoring-plugins-standard
  nftables dnsmasq-base  # tests/diag: nft rulesets, a DNS server in a lab namespace
  prometheus prometheus-blackbox-exporter curl  # tests/exporter: run inside a lab namespace
  scamper  # scripts/bench/mda: tracelb, the MDA peer (run inside a lab namespace)
  prometheus-smokeping-prober  # scripts/bench/exporter: the exporter's peer (run inside a lab namespace)
  dpkg-dev file lintian man-db)  # the .deb: cpack -G DEB (dpkg-shlibdeps, file), lintian, man -w

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

# ensure_packages PKG...: installs the ones dpkg does not know as installed.
ensure_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  echo "nettrio: installing missing Debian packages: ${missing[*]}" >&2
  # No service of these packages starts on the host (prometheus would listen on :9090): the
  # tests run their own, inside lab namespaces. Debian's policy-rc.d says so to invoke-rc.d
  # for the time of the install, unless the machine has a policy of its own.
  local policy=/usr/sbin/policy-rc.d added=0 rc=0
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\n# nettrio scripts/lib.sh: no service starts during this install\nexit 101\n' |
      as_root tee "$policy" >/dev/null && as_root chmod 755 "$policy" && added=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 &&
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 ||
    rc=$?
  if ((added)); then as_root rm -f "$policy"; fi
  return "$rc"
}

# configure_and_build PRESET: configures once, then builds only what changed.
configure_and_build() {
  local preset=$1 dir="$NETTRIO_ROOT/build/$1"
  if [[ ! -f $dir/build.ninja ]]; then
    cmake -S "$NETTRIO_ROOT" --preset "$preset" >&2
  fi
  cmake --build "$dir" >&2
}
