#!/usr/bin/env bash
# install.consumer: the core library as an integrator gets it. `cmake --install --component
# devel` into a temporary prefix (headers, libnettrio_core.a, the nettrio CMake package),
# checks that nothing installed points back into the source or build tree, then configures
# and builds tests/install/consumer (find_package(nettrio), nettrio::core) against that
# prefix with this tree's compiler and runs it: a ping and a UDP trace of 127.0.0.1 through
# the public API. Loopback only. Root (or net.ipv4.ping_group_range) is needed only for the
# run; without an ICMP socket the test is SKIPPED (77) after the build.
set -u
build=$(cd "${1:?usage: test_consumer.sh BUILD_DIR SOURCE_DIR}" && pwd)
source_dir=$(cd "${2:?}" && pwd)
cmake=${CMAKE:-cmake}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
# lab_pass, lab_fail, lab_check, lab_finish: the one assertion idiom (tests/lib/checks.sh).
# shellcheck source=../lib/checks.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/../lib/checks.sh"

if "$cmake" --install "$build" --prefix "$prefix" --component devel >"$tmp/install.log" 2>&1; then
  lab_pass "cmake --install --component devel --prefix $prefix"
else
  lab_fail "cmake --install --component devel"; sed 's/^/  /' "$tmp/install.log"
  exit 1
fi
libdir=$(find "$prefix" -name libnettrio_core.a -printf '%h\n' | head -1)
for f in include/nettrio/ping/pinger.hpp include/nettrio/probe/socket_network.hpp \
  "${libdir#"$prefix/"}/libnettrio_core.a" "${libdir#"$prefix/"}/cmake/nettrio/nettrioConfig.cmake" \
  "${libdir#"$prefix/"}/cmake/nettrio/nettrioConfigVersion.cmake" \
  "${libdir#"$prefix/"}/cmake/nettrio/nettrioTargets.cmake"; do
  if [[ -f $prefix/$f ]]; then lab_pass "installed $f"; else lab_fail "not installed: $f"; fi
done
if [[ -z $(find "$prefix" -path '*/bin/*' -o -path '*/man/*') ]]; then
  lab_pass "component devel holds no runtime files (bin, man)"
else
  lab_fail "component devel installs runtime files"
fi
if grep -rlIF -e "$source_dir" -e "$build" "$prefix" >"$tmp/leaks"; then
  lab_fail "installed files name the source or build tree:"; sed 's/^/  /' "$tmp/leaks"
else
  lab_pass "no installed file names the source or build tree"
fi
if grep -qE 'Boost|nlohmann' "$prefix"/*/cmake/nettrio/*.cmake "$prefix"/lib/*/cmake/nettrio/*.cmake 2>/dev/null; then
  lab_fail "the package asks for Boost or nlohmann_json (header-only, private to the library)"
else
  lab_pass "the package needs only fmt, spdlog and libcap"
fi

# The consumer, with this tree's compiler and build type (a sanitized library wants the
# sanitizer runtime, which nettrio::core's link options bring).
cache() { sed -n "s/^$1:[A-Z]*=//p" "$build/CMakeCache.txt"; }
gen=()
command -v ninja >/dev/null && gen=(-G Ninja)
if "$cmake" -S "$source_dir/tests/install/consumer" -B "$tmp/consumer" "${gen[@]}" \
  -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_CXX_COMPILER="$(cache CMAKE_CXX_COMPILER)" \
  -DCMAKE_BUILD_TYPE="$(cache CMAKE_BUILD_TYPE)" >"$tmp/configure.log" 2>&1; then
  lab_pass "consumer configures: find_package(nettrio)"
else
  lab_fail "consumer configure"; sed 's/^/  /' "$tmp/configure.log"
  exit 1
fi
if [[ $(sed -n 's/^nettrio_DIR:PATH=//p' "$tmp/consumer/CMakeCache.txt") == "$prefix"/* ]]; then
  lab_pass "nettrio found in the install prefix, not the build tree"
else
  lab_fail "nettrio_DIR is not under $prefix"
fi
start=$SECONDS
if nice "$cmake" --build "$tmp/consumer" >"$tmp/build.log" 2>&1; then
  lab_pass "consumer builds against the installed package ($((SECONDS - start)) s)"
else
  lab_fail "consumer build"; sed 's/^/  /' "$tmp/build.log"
  exit 1
fi
"$tmp/consumer/nettrio_consumer" >"$tmp/run.out" 2>&1
rc=$?
sed 's/^/  /' "$tmp/run.out"
if [[ $rc == 77 ]]; then
  echo "SKIPPED: the consumer built, but no ICMP socket can be opened here (run as root)" >&2
  exit 77
elif [[ $rc == 0 ]]; then
  lab_pass "consumer: a ping reply and a trace that reached 127.0.0.1"
else
  lab_fail "consumer exited $rc"
fi
lab_finish
