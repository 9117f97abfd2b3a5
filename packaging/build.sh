#!/usr/bin/env bash
# Build the frozen ibdesk and its installer, then smoke-test it: packaging/build.sh linux
#
# linux: PyInstaller one-folder build in packaging/dist/ibdesk, packaging/smoke.sh on it,
#        packaging/dist/ibdesk_<version>_amd64.deb (checked by unpacking and running it) and,
#        when wixl is installed, the MSI built from this folder as a structural check.
# PyInstaller and ibdesk's dependencies go into their own venv (packaging/.build-venv),
# at the versions in packaging/constraints.txt. Takes several minutes.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
VENV="$HERE/.build-venv"
DIST="$HERE/dist"
PYTHON="${PYTHON:-python3}"

usage() { echo "usage: packaging/build.sh linux" >&2; exit 2; }
[ "${1:-}" = "linux" ] || usage

need() { command -v "$1" >/dev/null || { echo "build.sh: '$1' is missing (Debian: apt-get install $2)" >&2; exit 1; }; }
need dpkg-deb dpkg; need fakeroot fakeroot; need objdump binutils; need pdfinfo poppler-utils

echo "== build venv ($VENV)"
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -c "$HERE/constraints.txt" \
    pyinstaller "$ROOT"
VERSION="$("$VENV/bin/python" -c 'import ibdesk; print(ibdesk.__version__)')"
# The .qm files Qt loads, from the translation catalogs (bundle.py takes both into the build).
"$VENV/bin/pyside6-lrelease" -silent "$ROOT"/resources/translations/*.ts

echo "== freeze ibdesk $VERSION"
start=$(date +%s)
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$DIST" \
    --workpath "$HERE/build/pyinstaller" "$HERE/pyinstaller/ibdesk.spec"
echo "froze in $(( $(date +%s) - start )) s"
FROZEN="$DIST/ibdesk"

echo "== smoke test"
smoke=0
# The reference is the same source installed (non-editable) in the build venv: `python -m ibdesk`
# with PYTHONPATH=src would miss the forms, which become package data only when installed.
IBDESK_REFERENCE="$VENV/bin/python -m ibdesk" "$HERE/smoke.sh" "$FROZEN/ibdesk" \
    | tee "$DIST/smoke.log" || smoke=$?

echo "== .deb"
rm -f "$DIST"/ibdesk_*.deb
DEB="$("$PYTHON" "$HERE/linux/make_deb.py" "$FROZEN" "$VERSION" "$DIST")"
dpkg-deb --field "$DEB" Depends
CHECK="$(mktemp -d -t ibdesk-deb.XXXXXX)"
trap 'rm -rf "$CHECK"' EXIT
dpkg-deb -x "$DEB" "$CHECK"
deb_ok=1
"$CHECK/opt/ibdesk/ibdesk" --version >/dev/null || deb_ok=0
[ "$(readlink "$CHECK/usr/bin/ibdesk")" = "/opt/ibdesk/ibdesk" ] || deb_ok=0
[ $deb_ok -eq 1 ] && echo "ok    .deb unpacks and its ibdesk runs" || echo "FAIL  .deb content"

# The MSI's structure from this (Linux) folder: every file harvested, tables as on Windows.
msi_ok=1
if command -v wixl >/dev/null && command -v msiinfo >/dev/null && command -v msibuild >/dev/null; then
    echo "== MSI structure (wixl, from this folder)"
    MSI="$DIST/ibdesk-structure-check.msi"
    "$HERE/windows/build_msi.sh" "$FROZEN" "$VERSION" "$MSI" || msi_ok=0
    listed=$(msiinfo export "$MSI" File 2>/dev/null | tail -n +4 | grep -c . || true)
    if [ $msi_ok -eq 1 ] && [ "$listed" -eq "$(find "$FROZEN" -type f | wc -l)" ]; then
        echo "ok    MSI lists all $listed files ($(du -h "$MSI" | cut -f1))"
    else msi_ok=0; echo "FAIL  MSI lists $listed files"; fi
else
    echo "skip  MSI structure: wixl/msitools not installed (Debian: apt-get install wixl msitools)"
fi

# Start time of `--version`: the frozen binary against the same code from source.
mean_ms() {
    local runs=5 total=0 t0 t1
    "$@" >/dev/null 2>&1
    for _ in $(seq $runs); do
        t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
        total=$(( total + (t1 - t0) / 1000000 ))
    done
    echo $(( total / runs ))
}
echo "== summary"
echo "$(tail -n 1 "$DIST/smoke.log") (packaging/dist/smoke.log)"
echo "frozen folder: $(du -sh "$FROZEN" | cut -f1) ($(find "$FROZEN" -type f | wc -l) files)"
echo ".deb:          $(du -h "$DEB" | cut -f1) $DEB"
echo "--version:     frozen $(mean_ms "$FROZEN/ibdesk" --version) ms," \
     "python -m ibdesk $(mean_ms "$VENV/bin/python" -m ibdesk --version) ms (mean of 5)"
if [ $smoke -eq 0 ] && [ $deb_ok -eq 1 ] && [ $msi_ok -eq 1 ]; then echo "build.sh: OK"; else echo "build.sh: FAILED"; exit 1; fi
