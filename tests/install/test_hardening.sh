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
fails=0
ok() { echo "ok   $*"; }
fail() { echo "FAIL $*"; fails=$((fails + 1)); }
check() {  # DESC CMD...
  local desc=$1
  shift
  if "$@"; then ok "$desc"; else fail "$desc"; fi
}

# --- the built binary --------------------------------------------------------------------
header=$(readelf -h "$bin")
dynamic=$(readelf -d "$bin")
segments=$(readelf -lW "$bin")
dynsyms=$(readelf --dyn-syms -W "$bin")
check "PIE: ELF type DYN" grep -Eq 'Type:[[:space:]]+DYN' <<<"$header"
check "PIE: FLAGS_1 has PIE" grep -Eq 'FLAGS_1.*PIE' <<<"$dynamic"
check "immediate binding: BIND_NOW / FLAGS_1 NOW" grep -Eq 'BIND_NOW|FLAGS_1.* NOW' <<<"$dynamic"
check "RELRO: a GNU_RELRO segment" grep -q 'GNU_RELRO' <<<"$segments"
check "stack protector: __stack_chk_fail is called" grep -q '__stack_chk_fail' <<<"$dynsyms"
case "$build_type:$sanitize" in
  Release:OFF | RelWithDebInfo:OFF | MinSizeRel:OFF)
    check "$build_type: _FORTIFY_SOURCE checked calls (__*_chk)" \
      grep -Eq ' __[a-z_]+_chk(@|$)' <<<"$dynsyms"
    ;;
  *) ok "$build_type build, sanitize $sanitize: _FORTIFY_SOURCE not expected here (optimised builds only)" ;;
esac

# --- the shipped (Release) configuration, configured only ----------------------------------
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if "$cmake" -S "$source_dir" -B "$tmp/release" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DNETTRIO_BUILD_TESTS=OFF -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >"$tmp/configure.log" 2>&1; then
  ok "a Release tree configures"
  cc=$(grep -F '"command"' "$tmp/release/compile_commands.json" | grep -F 'privileges.cpp' | head -1)
  main=$(grep -F '"command"' "$tmp/release/compile_commands.json" | grep -F 'apps/nettrio/main.cpp' | head -1)
  link=$(grep -A3 -E '^build apps/nettrio/nettrio:' "$tmp/release/build.ninja" | grep -E 'LINK_FLAGS|LINK_PATH' || true)
  for flag in -D_FORTIFY_SOURCE=2 -D_GLIBCXX_ASSERTIONS -fstack-protector-strong \
    -fstack-clash-protection -O; do
    check "Release: the core compiles with $flag" grep -qF -- "$flag" <<<"$cc"
    check "Release: the executable compiles with $flag" grep -qF -- "$flag" <<<"$main"
  done
  if grep -q 'NETTRIO_HAVE_CF_PROTECTION:INTERNAL=1' "$tmp/release/CMakeCache.txt"; then
    check "Release: -fcf-protection (the compiler has it)" grep -qF -- -fcf-protection <<<"$cc"
  else
    ok "Release: the compiler has no -fcf-protection"
  fi
  check "Release: PIE executable (-fPIE/-fPIC, -pie)" bash -c 'grep -Eq -- "-fPI[EC]" <<<"$1" && grep -q -- "-pie" <<<"$2"' _ "$main" "$link"
  check "Release: linked with -z,relro,-z,now" grep -qF -- '-z,relro,-z,now' <<<"$link"
else
  fail "a Release tree configures"
  sed 's/^/  /' "$tmp/configure.log"
fi

if ((fails)); then
  echo "$fails check(s) failed"
  exit 1
fi
echo "all hardening checks passed"
