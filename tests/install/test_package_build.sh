#!/usr/bin/env bash
# package.build (fixture for package.lintian and package.lifecycle): makes the .deb with
# `cpack -G DEB` from THIS build tree (the binary ctest runs against, so no second build: a
# Release build would cost minutes on 2 cores), plus an "older build" for the upgrade, laid
# out as the package was before issue 18 (uncompressed man pages, no nettrio-* links, no
# copyright or changelog) under the version VERSION~test0 (dpkg sorts ~ before everything):
# the new package unpacked, changed so and built again with dpkg-deb (a second cpack run
# would cost 20 s more under ASan's 50 MB binary). Then checks what is inside: the runtime
# files only (no
# headers, no static library), the nettrio-* links and never the classic names, compressed
# man pages and changelog, the copyright, the postinst (cap_net_raw+p, never +ep) and a
# description within 80 columns. Writes OUT/new.deb and OUT/old.deb. Needs no network and
# no privileges; SKIPPED (77) without dpkg-deb.
set -u
build=$(cd "${1:?usage: test_package_build.sh BUILD_DIR OUT_DIR}" && pwd)
out=${2:?}
cpack=${CPACK:-cpack}
if ! command -v dpkg-deb >/dev/null; then
  echo "SKIPPED: dpkg-deb (package dpkg) not found; cannot build or inspect a .deb" >&2
  exit 77
fi
# lab_pass, lab_fail, lab_check, lab_finish: the one assertion idiom (tests/lib/checks.sh).
# shellcheck source=../lib/checks.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/../lib/checks.sh"

rm -rf "$out" && mkdir -p "$out"
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
if [[ -z $version ]]; then
  echo "FAIL no CPACK_PACKAGE_VERSION in $build/CPackConfig.cmake"
  exit 1
fi
old_version="$version~test0"

start=$SECONDS
if "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$out/new" >"$out/cpack.log" 2>&1 &&
  deb=$(find "$out/new" -maxdepth 1 -name '*.deb' | grep .); then
  ln -sf "$deb" "$out/new.deb"
  lab_pass "cpack -G DEB: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB, $((SECONDS - start)) s)"
else
  lab_fail "cpack -G DEB"
  sed 's/^/  /' "$out/cpack.log"
  exit 1
fi
# The older build: the layout before issue 18 (no docs, no links, no exporter unit), a
# lower version.
old_deb=$out/old/nettrio_${old_version}_$(dpkg-deb -f "$deb" Architecture).deb
old_tree=$out/old/tree
mkdir -p "$out/old" && dpkg-deb -R "$deb" "$old_tree" &&
  gunzip "$old_tree"/usr/share/man/man1/*.1.gz &&
  rm "$old_tree"/usr/bin/nettrio-* &&
  rm -rf "$old_tree"/usr/share/doc "$old_tree"/usr/lib/systemd &&
  { rmdir "$old_tree/usr/lib" 2>/dev/null || true; } &&
  (cd "$old_tree" && find usr -type f -print0 | sort -z | xargs -0 md5sum >DEBIAN/md5sums) &&
  sed -i "s/^Version: .*/Version: $old_version/" "$old_tree/DEBIAN/control" &&
  dpkg-deb --root-owner-group -Zgzip -z1 -b "$old_tree" "$old_deb" >/dev/null &&
  rm -rf "$old_tree" && ln -sf "$old_deb" "$out/old.deb" || {
  lab_fail "the older build $old_version with dpkg-deb"
  exit 1
}
lab_pass "the older build: $(basename "$old_deb") ($((SECONDS - start)) s in all)"

deb=$out/new.deb
field() { dpkg-deb -f "$deb" "$1"; }
lab_check "Package: nettrio, Version: $version" test "$(field Package) $(field Version)" = "nettrio $version"
lab_check "the older build is $old_version, lower" \
  dpkg --compare-versions "$(dpkg-deb -f "$out/old.deb" Version)" lt "$(field Version)"
lab_check "Depends (shlibdeps) names libcap2" grep -q 'libcap2' <<<"$(field Depends)"
lab_check "Recommends: libcap2-bin (setcap)" grep -q 'libcap2-bin' <<<"$(field Recommends)"
# Installed-Size as dpkg-gencontrol counts it (files in KiB rounded up, 1 per other entry):
# CPack alone counted the binary again through every nettrio-* symlink.
kib=$(dpkg-deb -c "$deb" | awk '$6 != "./" { n += substr($1, 1, 1) == "-" ? int(($3 + 1023) / 1024) : 1 } END { print n }')
lab_check "Installed-Size $(field Installed-Size) KiB: the files' size, each counted once ($kib)" \
  test "$(field Installed-Size)" = "$kib"
long=$(dpkg-deb -f "$deb" Description | awk 'length($0) > 80')
lab_check "description lines within 80 columns${long:+: $long}" test -z "$long"

# --- contents ----------------------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{ p = $6; sub(/^\./, "", p); print p ($7 == "->" ? " -> " $8 : "") }' \
  >"$out/contents"
has() { grep -qxF -- "$1" "$out/contents"; }
lab_check "/usr/bin/nettrio" has /usr/bin/nettrio
for name in nettrio-ping nettrio-trace nettrio-ports nettrio-check; do
  lab_check "/usr/bin/$name -> nettrio" has "/usr/bin/$name -> nettrio"
done
for name in ping traceroute netstat fping; do
  lab_check "no classic /usr/bin/$name (the genuine tools keep their names)" \
    bash -c '! grep -Eq "^/(usr/)?s?bin/$1( |$)" "$2"' _ "$name" "$out/contents"
done
for page in nettrio nettrio-ping nettrio-trace nettrio-ports nettrio-check nettrio-exporter; do
  lab_check "man page $page.1.gz" has "/usr/share/man/man1/$page.1.gz"
done
lab_check "no uncompressed man page" bash -c '! grep -q "/man/.*\.[0-9]$" "$1"' _ "$out/contents"
lab_check "/usr/share/doc/nettrio/copyright" has /usr/share/doc/nettrio/copyright
lab_check "/usr/share/doc/nettrio/changelog.gz" has /usr/share/doc/nettrio/changelog.gz
lab_check "the exporter's systemd unit" has /usr/lib/systemd/system/nettrio-exporter.service
lab_check "the exporter's example configuration" has /usr/share/doc/nettrio/examples/exporter.yml
lab_check "the example configuration is valid" \
  "$build/apps/nettrio/nettrio" exporter --config "$(dirname -- "${BASH_SOURCE[0]}")/../../packaging/examples/exporter.yml" --check-config
lab_check "the unit is shipped disabled (no enablement in the package)" \
  bash -c '! grep -q "^/etc/systemd" "$1"' _ "$out/contents"
lab_check "bash completion for nettrio-ping" has /usr/share/bash-completion/completions/nettrio-ping
lab_check "no headers, static library or CMake package (component devel)" \
  bash -c '! grep -Eq "^/usr/(include|lib/.*\.a$|lib/.*/cmake)" "$1"' _ "$out/contents"

x=$out/x
dpkg-deb -x "$deb" "$x" && dpkg-deb -e "$deb" "$x/DEBIAN"
lab_check "man pages and changelog: gzip without a name or timestamp (-n)" \
  bash -c 'for f; do gzip -t "$f" || exit 1; [[ $(od -An -tu1 -j3 -N5 "$f" | tr -d " \n") == 00000 ]] || exit 1; done' \
  _ "$x"/usr/share/man/man1/*.gz "$x/usr/share/doc/nettrio/changelog.gz"
lab_check "changelog.gz opens with nettrio ($version)" \
  bash -c 'zcat "$1" | head -1 | grep -qF "nettrio ($2) "' _ "$x/usr/share/doc/nettrio/changelog.gz" "$version"
lab_check "copyright is machine-readable (DEP-5) and states the licence (Expat = MIT)" \
  bash -c 'head -1 "$1" | grep -q "^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" && grep -q "^License: Expat" "$1"' \
  _ "$x/usr/share/doc/nettrio/copyright"
lab_check "postinst grants cap_net_raw+p, never +ep" \
  bash -c 'grep -q "setcap cap_net_raw+p \"\$bin\"" "$1" && ! grep -q "cap_net_raw+ep" "$1"' _ "$x/DEBIAN/postinst"
lab_check "postinst is 0755 and valid sh" \
  bash -c '[[ $(stat -c %a "$1") == 755 ]] && sh -n "$1"' _ "$x/DEBIAN/postinst"

echo "packages in $out: new.deb ($version), old.deb ($old_version)"
lab_finish
