#!/usr/bin/env bash
# Installs a built tree into a temporary prefix and checks what an admin gets: bin/nettrio
# and its nettrio-* links, the multi-call links from --install-links, the man pages
# (gzip-compressed, rendered, and naming every option --help lists), the copyright and
# changelog, and the bash completion. Sends nothing; removes its temp dir.
set -u
build=$(cd "${1:?usage: test_install.sh BUILD_DIR}" && pwd)
cmake=${CMAKE:-cmake}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
# lab_pass, lab_fail, lab_check, lab_finish: the one assertion idiom (tests/lib/checks.sh).
# shellcheck source=../lib/checks.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/../lib/checks.sh"

# --- cmake --install ---------------------------------------------------------------------
if "$cmake" --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1; then
  lab_pass "cmake --install --prefix $prefix"
else
  lab_fail "cmake --install"; sed 's/^/  /' "$tmp/install.log"
  exit 1
fi
bin=$prefix/bin/nettrio

# --- the binary --------------------------------------------------------------------------
if [[ -x $bin ]] && "$bin" --version 2>&1 | grep -qE '^nettrio [0-9]+\.[0-9]+'; then
  lab_pass "bin/nettrio --version: $("$bin" --version)"
else
  lab_fail "bin/nettrio --version"
fi

# CAP_NET_RAW: granted (root with setcap) or the install says how to grant it.
if grep -q "granted cap_net_raw+p" "$tmp/install.log"; then
  if command -v getcap >/dev/null && ! getcap "$bin" | grep -Eq 'cap_net_raw[=+]p$'; then
    lab_fail "install said it granted cap_net_raw+p, getcap disagrees: $(getcap "$bin")"
  else
    lab_pass "install granted cap_net_raw+p"
  fi
elif grep -q "setcap cap_net_raw+p" "$tmp/install.log"; then
  lab_pass "install explains how to grant CAP_NET_RAW"
else
  lab_fail "install says nothing about CAP_NET_RAW"; sed 's/^/  /' "$tmp/install.log"
fi

# The nettrio-* links come with the install, relative, next to the binary; the classic
# names never do.
for name in nettrio-ping nettrio-trace nettrio-ports nettrio-check; do
  if [[ -L $prefix/bin/$name && $(readlink "$prefix/bin/$name") == nettrio ]]; then
    lab_pass "bin/$name -> nettrio"
  else
    lab_fail "bin/$name is not a link to nettrio"
  fi
done
for name in ping traceroute netstat fping; do
  [[ -e $prefix/bin/$name || -L $prefix/bin/$name ]] && lab_fail "bin/$name installed over the classic name"
done
for f in copyright changelog.gz; do
  if [[ -f $prefix/share/doc/nettrio/$f ]]; then lab_pass "share/doc/nettrio/$f"; else lab_fail "share/doc/nettrio/$f missing"; fi
done

# --- --install-links ---------------------------------------------------------------------
links=$tmp/links
if "$bin" --install-links "$links" --classic >"$tmp/links.out" 2>&1 &&
  [[ $(wc -l <"$tmp/links.out") -eq 8 ]]; then
  lab_pass "--install-links --classic: 8 links"
else
  lab_fail "--install-links --classic"; sed 's/^/  /' "$tmp/links.out"
fi
for name in nettrio-ping nettrio-trace nettrio-ports nettrio-check ping traceroute netstat fping; do
  if [[ -L $links/$name && $(readlink -f "$links/$name") == "$(readlink -f "$bin")" ]]; then
    :
  else
    lab_fail "link $name missing or not pointing at $bin"
  fi
done
expect_usage() {  # NAME EXPECTED_USAGE_PREFIX
  if "$links/$1" --help 2>&1 | head -1 | grep -qiF "Usage: $2"; then
    lab_pass "$1 --help shows its own usage"
  else
    lab_fail "$1 --help"; "$links/$1" --help 2>&1 | head -3 | sed 's/^/  /'
  fi
}
# Under its classic name ping is iputils' (issue 13): --help is an unknown option there,
# answered with iputils' usage on stderr and exit 2.
if "$links/ping" --help 2>&1 | grep -qxF "  ping [options] <destination>"; then
  lab_pass "ping --help shows iputils' usage"
else
  lab_fail "ping --help"; "$links/ping" --help 2>&1 | head -3 | sed 's/^/  /'
fi
# traceroute is traceroute 2.1.2's (issue 13): its usage names argv[0].
if "$links/traceroute" --help 2>&1 | grep -qF "  $links/traceroute [ -46dFITnreAUDV ]"; then
  lab_pass "traceroute --help shows traceroute 2.1.2's usage"
else
  lab_fail "traceroute --help"; "$links/traceroute" --help 2>&1 | head -3 | sed 's/^/  /'
fi
expect_usage netstat "netstat [-vWeenNcCF]"  # net-tools netstat's own (issue 13)
expect_usage nettrio-trace "nettrio-trace [options] HOST"
expect_usage nettrio-check "nettrio-check [options]"
if "$bin" --install-links "$links" | grep -c "already there" | grep -qx 4; then
  lab_pass "--install-links again: already there"
else
  lab_fail "--install-links twice"
fi
mkdir -p "$tmp/foreign" && echo "not ours" >"$tmp/foreign/ping"
"$bin" --install-links "$tmp/foreign" --classic >"$tmp/f.out" 2>"$tmp/f.err"
rc=$?
if [[ $rc -eq 2 && $(wc -l <"$tmp/f.err") -eq 1 && $(cat "$tmp/foreign/ping") == "not ours" &&
  ! -e $tmp/foreign/nettrio-ping ]]; then
  lab_pass "--install-links refuses a foreign file, changes nothing: $(cat "$tmp/f.err")"
else
  lab_fail "--install-links over a foreign file: rc=$rc"; cat "$tmp/f.err" "$tmp/f.out" | sed 's/^/  /'
fi

# The .deb's postinst grants the same: permitted, not effective (as iputils-ping's).
if grep -q 'setcap cap_net_raw+p "$bin"' "$build/deb/postinst" && ! grep -q 'cap_net_raw+ep' "$build/deb/postinst"; then
  lab_pass "postinst grants cap_net_raw+p"
else
  lab_fail "postinst does not grant cap_net_raw+p"; sed 's/^/  /' "$build/deb/postinst"
fi
# An earlier install's link (to a binary called nettrio, here gone) is ours and replaced.
mkdir -p "$tmp/old" && ln -s /nonexistent/old/nettrio "$tmp/old/nettrio-ping"
if "$bin" --install-links "$tmp/old" >/dev/null 2>&1 &&
  [[ $(readlink -f "$tmp/old/nettrio-ping") == "$(readlink -f "$bin")" ]]; then
  lab_pass "--install-links replaces its own old link"
else
  lab_fail "--install-links over an old nettrio link: $(readlink "$tmp/old/nettrio-ping")"
fi
# The directory is opened without following a symlink.
ln -s "$links" "$tmp/dirlink"
if ! "$bin" --install-links "$tmp/dirlink" >/dev/null 2>"$tmp/l.err" &&
  grep -q "is a symbolic link" "$tmp/l.err"; then
  lab_pass "--install-links refuses a symlinked directory: $(cat "$tmp/l.err")"
else
  lab_fail "--install-links through a symlinked directory"; sed 's/^/  /' "$tmp/l.err"
fi
# Root makes no links where others can write.
if [[ $(id -u) == 0 ]]; then
  mkdir -p "$tmp/shared" && chmod 1777 "$tmp/shared"
  "$bin" --install-links "$tmp/shared" >/dev/null 2>"$tmp/s.err"
  rc=$?
  if [[ $rc -eq 2 && $(wc -l <"$tmp/s.err") -eq 1 && -z $(ls -A "$tmp/shared") ]] &&
    grep -q "can be written by users other than root" "$tmp/s.err"; then
    lab_pass "root: --install-links refuses a world-writable directory: $(cat "$tmp/s.err")"
  else
    lab_fail "root: --install-links in a world-writable directory: rc=$rc"; sed 's/^/  /' "$tmp/s.err"
  fi
fi

# --- man pages ---------------------------------------------------------------------------
# Long options as --help lists them (positional placeholders aside).
help_options() {
  "$bin" "$1" --help | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u | grep -vxE -- '--(target|packetlen)'
}
for page in nettrio nettrio-ping nettrio-trace nettrio-ports nettrio-check nettrio-exporter; do
  file=$prefix/share/man/man1/$page.1.gz
  if [[ ! -f $file ]] || ! gzip -t "$file" 2>/dev/null || [[ -e ${file%.gz} ]]; then
    lab_fail "man page $page.1.gz not installed (gzip-compressed, without an uncompressed copy)"
    continue
  fi
  if command -v man >/dev/null; then
    LC_ALL=C MANWIDTH=100 man --warnings -l "$file" >"$tmp/man.out" 2>"$tmp/man.err"
  elif command -v groff >/dev/null; then
    zcat "$file" | groff -man -Tascii -ww >"$tmp/man.out" 2>"$tmp/man.err"
  else
    zcat "$file" | grep -m1 '^\.TH ' >"$tmp/man.out"; : >"$tmp/man.err"
  fi
  if [[ -s $tmp/man.err ]] || ! grep -qi "${page}" "$tmp/man.out"; then
    lab_fail "man page $page.1 does not render cleanly"; head -5 "$tmp/man.err" | sed 's/^/  /'
    continue
  fi
  missing=""
  if [[ $page == nettrio-* ]]; then
    sub=${page#nettrio-}
    for opt in $(help_options "$sub"); do
      zcat "$file" | sed 's/\\//g' | grep -qF -- "$opt" || missing+=" $opt"
    done
  fi
  if [[ -n $missing ]]; then lab_fail "man page $page.1 lacks:$missing"; else lab_pass "man page $page.1 renders"; fi
done
if zcat "$prefix/share/man/man1/nettrio-trace.1.gz" | grep -q "READING A TRACE" &&
  zcat "$prefix/share/man/man1/nettrio-trace.1.gz" | sed 's/\\//g' |
    grep -q "filtered_after_hop"; then
  lab_pass "nettrio-trace.1 has the interpretation guide and the verdict kinds"
else
  lab_fail "nettrio-trace.1 lacks the interpretation guide"
fi

# --- bash completion ---------------------------------------------------------------------
comp=$prefix/share/bash-completion/completions/nettrio
if [[ -f $comp ]] && bash -c "source '$comp' && complete -p nettrio && complete -p nettrio-ping" >/dev/null 2>&1; then
  lab_pass "completion registers nettrio and nettrio-ping"
else
  lab_fail "completion file $comp"
fi
for name in nettrio-ping nettrio-trace nettrio-ports nettrio-check; do
  [[ -f $prefix/share/bash-completion/completions/$name ]] || lab_fail "completion not installed as $name"
done
complete_words() {  # WORD... -> candidates for the last word
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _nettrio; printf "%s\n" "${COMPREPLY[@]}"' _ "$comp" "$@"
}
if complete_words nettrio tr | grep -qx trace && complete_words nettrio-trace --max | grep -qx -- --max-hops; then
  lab_pass "completion offers subcommands and options"
else
  lab_fail "completion candidates"
fi
for sub in ping trace ports check; do
  offered=$(complete_words nettrio "$sub" --)
  missing=""
  for opt in $(help_options "$sub"); do grep -qx -- "$opt" <<<"$offered" || missing+=" $opt"; done
  if [[ -n $missing ]]; then lab_fail "completion for $sub lacks:$missing"; else lab_pass "completion covers $sub's options"; fi
done

lab_finish
