#!/usr/bin/env bash
# Build the per-machine MSI from a frozen ibdesk folder with wixl (Debian: apt-get install wixl msitools):
#   packaging/windows/build_msi.sh FROZEN_DIR VERSION OUT.msi
# The folder's files are harvested with wixl-heat; VERSION must be numeric (major.minor.patch),
# as Windows Installer compares it for upgrades.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
[ $# -eq 3 ] || { echo "usage: $0 FROZEN_DIR VERSION OUT.msi" >&2; exit 2; }
FROZEN="$(cd "$1" && pwd)"
VERSION="$2"
OUT="$(cd "$(dirname "$3")" && pwd)/$(basename "$3")"
[[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "build_msi: version '$VERSION' is not major.minor.patch" >&2; exit 2; }
WORK="$(mktemp -d -t ibdesk-msi.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

# wixl wants source paths relative to where it runs: harvest and build inside the folder.
cd "$FROZEN"
find . -type f | sort | wixl-heat -p ./ --var var.SourceDir --directory-ref INSTALLDIR \
    --component-group AppFiles --win64 >"$WORK/files.wxs"
wixl -a x64 -D Version="$VERSION" -D SourceDir=. -D Win64=yes -o "$OUT" \
    "$HERE/ibdesk.wxs" "$WORK/files.wxs" 2> >(grep -v "no property named 'Secure'" | grep -v '^$' >&2)
# wixl ignores Secure="yes"; without it a property set on the msiexec command line does not
# reach the per-machine part of the install.
msibuild "$OUT" -q "UPDATE \`Property\` SET \`Value\`='POLICYFILE;WIX_DOWNGRADE_DETECTED;WIX_UPGRADE_DETECTED' WHERE \`Property\`='SecureCustomProperties'"
