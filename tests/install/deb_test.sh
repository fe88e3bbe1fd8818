#!/usr/bin/env bash
# The Debian package (issue 20, cmake/Install.cmake): `cpack -G DEB` from the
# build tree, its control fields, then the package unpacked into a temporary
# root with `dpkg-deb -x` (nothing is installed on the machine) and run from
# the installed files only: `ogpx --version`, one sample, one page by OCR
# (the OCR module, usr/lib/ogpx/), every man page checked by
# `man --warnings`, the bash completion.
# usage: deb_test.sh BUILD_DIR WORK_DIR
set -euo pipefail
build=$1 work=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
rm -rf "$work"
mkdir -p "$work"
cpack --config "$build/CPackConfig.cmake" -B "$work" -G DEB >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/ogpx_*.deb)
echo "package: $deb"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for p in libpoppler libtesseract liblept libicu libsqlite3 libpq5 libxlsxwriter tesseract-ocr-eng tesseract-ocr-mon tesseract-ocr-osd; do
  [[ $depends == *"$p"* ]] || fail "Depends lacks $p"
done
root=$work/root
dpkg-deb -x "$deb" "$root"
ogpx=$root/usr/bin/ogpx
version=$("$ogpx" --version)
[[ $version =~ ^ogpx\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "--version said '$version'"
[[ $(dpkg-deb -f "$deb" Version) == "${version#ogpx }" ]] || fail "package version is not the binary's"
# One sample from the installed files only, in a folder of its own.
cd "$work"
"$ogpx" extract "$root/usr/share/doc/ogpx/examples/order-120-mn.pdf" > order.json
grep -q '"kind": "order"' order.json || fail "the installed sample was not read as an order"
[[ -f $root/usr/share/ogpx/org-aliases-mn-en.tsv ]] || fail "no shipped alias table"
[[ -f $root/usr/share/doc/ogpx/docs/cli.md ]] || fail "no docs"
[[ ! -e $root/usr/include ]] || fail "the package carries the headers (component dev)"
# Of libraries, only the modules opened on first use (base/module.h).
libs=$(cd "$root/usr" && find lib -type f | sort | tr '\n' ' ')
[[ $libs == "lib/ogpx/ogpx_ocr.so lib/ogpx/ogpx_pg.so " ]] || fail "the package's libraries: $libs"
needed=$(readelf -d "$ogpx" | grep NEEDED)
[[ $needed != *libtesseract* && $needed != *liblept* && $needed != *libpq* ]] || fail "ogpx links: $needed"
# OCR from the installed files: the module found from the installed binary.
"$ogpx" extract --ocr always --page 1 --jobs 1 "$root/usr/share/doc/ogpx/examples/order-120-mn.pdf" > ocr.json
grep -q '"ocr_pages"' ocr.json && ! grep -q ocr_failed ocr.json || fail "OCR from the package: $(grep -A2 ocr_failed ocr.json)"
# A man page per command, none with a warning.
commands=$("$ogpx" --help | sed -n '/^commands:/,/^$/p' | awk 'NF > 1 {print $1}')
for c in "" $commands; do
  page=$root/usr/share/man/man1/ogpx${c:+-$c}.1.gz
  [[ -f $page ]] || fail "no man page $page"
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
  [[ -z $warnings ]] || fail "man --warnings $page: $warnings"
  # The options the help lists are in the page.
  if [[ -n $c ]]; then
    for opt in $("$ogpx" help "$c" | grep -oE '^  (-[a-zA-Z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+'); do
      MANWIDTH=200 man -l "$page" 2>/dev/null | grep -q -- "$opt" || fail "$page lacks $opt"
    done
  fi
done
# The bash completion completes commands and options.
completion=$root/usr/share/bash-completion/completions/ogpx
words=$(bash -c "source '$completion'; COMP_WORDS=(ogpx ing); COMP_CWORD=1; _ogpx; echo \${COMPREPLY[*]}")
[[ $words == ingest ]] || fail "bash completion of 'ing' gave '$words'"
words=$(bash -c "source '$completion'; COMP_WORDS=(ogpx ingest --jo); COMP_CWORD=2; _ogpx; echo \${COMPREPLY[*]}")
[[ $words == --jobs ]] || fail "bash completion of 'ingest --jo' gave '$words'"
words=$(bash -c "source '$completion'; COMP_WORDS=(ogpx ingest --sha); COMP_CWORD=2; _ogpx; echo \${COMPREPLY[*]}")
[[ $words == --shard ]] || fail "bash completion of 'ingest --sha' gave '$words'"
[[ -f $root/usr/share/zsh/vendor-completions/_ogpx ]] || fail "no zsh completion"
echo "ok: $(dpkg-deb -c "$deb" | wc -l) entries, ogpx $version ran from the package"
