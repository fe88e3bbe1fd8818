#!/usr/bin/env bash
# The libraries for other C++ programs (issue 20, cmake/Package.cmake):
# `cmake --install` into a temporary prefix, then, from that prefix only,
# every installed header compiled on its own, examples/ configured with
# find_package(ogpx) and built, and examples/extract_kind.cpp built once more
# through `pkg-config --cflags --libs ogpx`; both programs read samples and
# must agree with their gold files (kind, commitments, report entries).
# usage: package_test.sh BUILD_DIR WORK_DIR SOURCE_DIR CXX_COMPILER
set -euo pipefail
build=$1 work=$2 src=$3 cxx=$4
fail() { echo "FAIL: $*" >&2; exit 1; }
rm -rf "$work"
mkdir -p "$work"
cd "$work"
prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" >install.log 2>&1 || { cat install.log; fail "cmake --install"; }

for f in lib/cmake/ogpx/ogpxConfig.cmake lib/cmake/ogpx/ogpxConfigVersion.cmake \
         lib/cmake/ogpx/ogpxTargets.cmake lib/pkgconfig/ogpx.pc lib/libogpx_extract.a \
         include/ogpx/extract/extract.h include/ogpx/model/domain.h; do
  [[ -f $prefix/$f ]] || fail "no $f in the installed prefix"
done
[[ ! -e $prefix/include/ogpx/extract/plan ]] || fail "a reader's internal headers were installed"
[[ ! -e $prefix/include/ogpx/cli ]] || fail "cli/ headers were installed"
# Nothing installed points back into the source or build tree.
if grep -rlF "$src" "$prefix/lib/cmake" "$prefix/lib/pkgconfig"; then
  fail "the installed package names the source tree"
fi

export PKG_CONFIG_PATH=$prefix/lib/pkgconfig
cflags=$(pkg-config --cflags ogpx)
[[ $cflags == *"/include/ogpx"* ]] || fail "ogpx.pc's Cflags lack include/ogpx: $cflags"
headers=$(cd "$prefix/include" && find ogpx -name '*.h' | sort)
for h in $headers; do
  # shellcheck disable=SC2086  # cflags is a list of flags
  echo "#include <$h>" | "$cxx" -std=c++20 -Wall -Wextra -Wpedantic -Werror -fsyntax-only $cflags -x c++ - \
    || fail "<$h> does not compile on its own from the installed prefix"
done
echo "$(wc -w <<<"$headers") installed headers compile on their own"

# What extract_kind prints for a sample, from its gold file.
expected() {
  python3 - "$src/samples/${1%.pdf}.gold.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
print("kind", d["kind"])
print("commitments", len((d.get("action_plan") or {}).get("commitments", [])))
print("report_entries", len((d.get("progress_report") or {}).get("entries", [])))
EOF
}
check() {  # PROGRAM SAMPLE
  local out
  out=$("$1" "$src/samples/$2") || fail "$1 $2 failed"
  diff <(expected "$2") <(grep -E '^(kind|commitments|report_entries) ' <<<"$out") \
    || fail "$1 $2 disagrees with the gold file"
  echo "$(basename "$1") $2: $(tr '\n' ' ' <<<"$out")"
}
samples=(nap5-en.pdf order-120-mn.pdf report-mof-2024q3-en.pdf)

# find_package(ogpx) from the prefix only (no package registry, no source tree).
cmake -S "$src/examples" -B example -G Ninja -DCMAKE_PREFIX_PATH="$prefix" \
      -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_CXX_FLAGS="-Wall -Wextra -Wpedantic -Werror" \
      -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF >example-configure.log 2>&1 \
  || { cat example-configure.log; fail "configuring examples/ with find_package(ogpx)"; }
grep -qx "ogpx_DIR:PATH=$prefix/lib/cmake/ogpx" example/CMakeCache.txt \
  || fail "find_package(ogpx) did not find the installed package: $(grep ogpx_DIR example/CMakeCache.txt)"
cmake --build example >example-build.log 2>&1 || { cat example-build.log; fail "building examples/"; }
for s in "${samples[@]}"; do check example/extract_kind "$s"; done

# pkg-config, as a Makefile would.
# shellcheck disable=SC2046  # pkg-config's output is a list of flags
"$cxx" -std=c++20 -Wall -Wextra -Wpedantic -Werror "$src/examples/extract_kind.cpp" \
       -o extract_kind_pc $(pkg-config --cflags --libs ogpx) || fail "building with pkg-config"
for s in "${samples[@]}"; do check ./extract_kind_pc "$s"; done

# A missing file: exit 1 and the file named.
set +e
msg=$(./extract_kind_pc "$work/missing.pdf" 2>&1 >/dev/null)
rc=$?
set -e
[[ $rc == 1 && $msg == *"$work/missing.pdf"* ]] || fail "a missing file gave exit $rc: $msg"
echo "ok: the installed package builds programs with CMake and with pkg-config"
