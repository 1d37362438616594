#!/usr/bin/env bash
# install.hardening: the built nettrio carries the hardening cmake/NettrioWarnings.cmake
# (nettrio_set_hardening) sets in every build type: PIE, full RELRO with immediate binding,
# the stack protector; _FORTIFY_SOURCE in optimised builds without sanitizers. The binary of
# this tree is checked with readelf; a Release tree is configured (not built) in a temp dir
# and its compile and link commands are checked, so the flags of the shipped build are
# proved without a second build. Needs no network and no privileges.
set -u
bin=${1:?usage: test_hardening.sh NETTRIO BUILD_TYPE SANITIZE SOURCE_DIR}
build_type=${2:-}
sanitize=${3:-OFF}
source_dir=${4:?}
cmake=${CMAKE:-cmake}
if ! command -v readelf >/dev/null; then
  echo "SKIPPED: readelf (binutils) not found" >&2
  exit 77
fi
# lab_pass, lab_fail, lab_check, lab_finish: the one assertion idiom (tests/lib/checks.sh).
# shellcheck source=../lib/checks.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/../lib/checks.sh"

# --- the built binary --------------------------------------------------------------------
header=$(readelf -h "$bin")
dynamic=$(readelf -d "$bin")
segments=$(readelf -lW "$bin")
dynsyms=$(readelf --dyn-syms -W "$bin")
lab_check "PIE: ELF type DYN" grep -Eq 'Type:[[:space:]]+DYN' <<<"$header"
lab_check "PIE: FLAGS_1 has PIE" grep -Eq 'FLAGS_1.*PIE' <<<"$dynamic"
lab_check "immediate binding: BIND_NOW / FLAGS_1 NOW" grep -Eq 'BIND_NOW|FLAGS_1.* NOW' <<<"$dynamic"
lab_check "RELRO: a GNU_RELRO segment" grep -q 'GNU_RELRO' <<<"$segments"
lab_check "stack protector: __stack_chk_fail is called" grep -q '__stack_chk_fail' <<<"$dynsyms"
case "$build_type:$sanitize" in
  Release:OFF | RelWithDebInfo:OFF | MinSizeRel:OFF)
    lab_check "$build_type: _FORTIFY_SOURCE checked calls (__*_chk)" \
      grep -Eq ' __[a-z_]+_chk(@|$)' <<<"$dynsyms"
    ;;
  *) lab_pass "$build_type build, sanitize $sanitize: _FORTIFY_SOURCE not expected here (optimised builds only)" ;;
esac

# --- the shipped (Release) configuration, configured only ----------------------------------
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if "$cmake" -S "$source_dir" -B "$tmp/release" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DNETTRIO_BUILD_TESTS=OFF -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >"$tmp/configure.log" 2>&1; then
  lab_pass "a Release tree configures"
  cc=$(grep -F '"command"' "$tmp/release/compile_commands.json" | grep -F 'privileges.cpp' | head -1)
  main=$(grep -F '"command"' "$tmp/release/compile_commands.json" | grep -F 'apps/nettrio/main.cpp' | head -1)
  link=$(grep -A3 -E '^build apps/nettrio/nettrio:' "$tmp/release/build.ninja" | grep -E 'LINK_FLAGS|LINK_PATH' || true)
  for flag in -D_FORTIFY_SOURCE=2 -D_GLIBCXX_ASSERTIONS -fstack-protector-strong \
    -fstack-clash-protection -O; do
    lab_check "Release: the core compiles with $flag" grep -qF -- "$flag" <<<"$cc"
    lab_check "Release: the executable compiles with $flag" grep -qF -- "$flag" <<<"$main"
  done
  if grep -q 'NETTRIO_HAVE_CF_PROTECTION:INTERNAL=1' "$tmp/release/CMakeCache.txt"; then
    lab_check "Release: -fcf-protection (the compiler has it)" grep -qF -- -fcf-protection <<<"$cc"
  else
    lab_pass "Release: the compiler has no -fcf-protection"
  fi
  lab_check "Release: PIE executable (-fPIE/-fPIC, -pie)" bash -c 'grep -Eq -- "-fPI[EC]" <<<"$1" && grep -q -- "-pie" <<<"$2"' _ "$main" "$link"
  lab_check "Release: linked with -z,relro,-z,now" grep -qF -- '-z,relro,-z,now' <<<"$link"
else
  lab_fail "a Release tree configures"
  sed 's/^/  /' "$tmp/configure.log"
fi

echo "all hardening checks passed"
lab_finish
