#!/usr/bin/env bash
# Smoke test of a frozen ibdesk, headless: packaging/smoke.sh [PATH/TO/ibdesk]
#
# Runs in a temporary profile with no OS keyring (the passphrase comes from IBDESK_PASSPHRASE)
# and no machine policy, and leaves nothing behind. Prints one line per check and exits
# non-zero when any check failed.
# IBDESK_REFERENCE (optional): a command that runs ibdesk from source (e.g.
# "python -m ibdesk"); the frozen export must then have as many pages as the reference's.
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
BIN="${1:-$HERE/dist/ibdesk/ibdesk}"
MIN_PAGES=5  # a dossier without its forms has 4 pages (issue 15); with them, about 11
WORK="$(mktemp -d -t ibdesk-smoke.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

export QT_QPA_PLATFORM=offscreen
export PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring
export IBDESK_POLICY="$WORK/no-machine-policy.yaml"
export IBDESK_PASSPHRASE="paarse-olifant-fietst"
export IBDESK_HOME="$WORK/home"
unset IBDESK_FORMS_DIR IBDESK_RECOVERY_KEY

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok    $1"; }
bad() { failed=$((failed + 1)); echo "FAIL  $1"; sed 's/^/      | /' "$WORK/out" | tail -n 15; }
# run CMD...: run a command, its output in $WORK/out; a traceback is always a failure.
run() {
    "$@" >"$WORK/out" 2>&1
    local rc=$?
    if grep -q "Traceback" "$WORK/out"; then return 1; fi
    return $rc
}

[ -x "$BIN" ] || { echo "FAIL  no executable at $BIN"; exit 1; }
echo "smoke test of $BIN"

if run "$BIN" --version && grep -Eq '^ibdesk [0-9]' "$WORK/out"; then
    ok "--version: $(cat "$WORK/out")"
else bad "--version"; fi

if run "$BIN" --help && grep -Eq '^\s+selftest\b|[{,]selftest[,}]' "$WORK/out"; then
    if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
        # A private Secret Service for this one run (its keyring file stays in $WORK): all parts must pass.
        mkdir -p "$WORK/keyring-home"  # gnome-keyring needs an existing HOME for its sockets
        if run timeout 300 env -u PYTHON_KEYRING_BACKEND HOME="$WORK/keyring-home" dbus-run-session -- sh -c \
            'printf smoke | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$0" selftest' "$BIN" \
            && grep -q '^OK   sleutelbeheer' "$WORK/out"; then
            ok "selftest with a private Secret Service keyring: $(grep -E "^Zelftest" "$WORK/out")"
        else bad "selftest with a private Secret Service keyring"; fi
    fi
    # Without a keyring (as this run is set up) the self-test must fail on that part alone (exit 1).
    if run "$BIN" selftest; then bad "selftest exited 0 although this run has no keyring"
    elif [ "$(grep -c '^FOUT' "$WORK/out")" -eq 1 ] && grep -q '^FOUT sleutelbeheer .*fail\.Keyring' "$WORK/out" \
        && [ "$(grep -c '^OK ' "$WORK/out")" -ge 4 ]; then
        ok "selftest: every part in order except the keyring, which this run switches off (exit 1, as it should)"
    else bad "selftest"; fi
else
    echo "skip  selftest: this ibdesk has no 'selftest' command"
fi

if run "$BIN" demo --no-gui && grep -q "Demoschool ingevuld" "$WORK/out"; then
    ok "demo --no-gui: $(grep Demoschool "$WORK/out")"
else bad "demo --no-gui"; fi

PDF="$WORK/export/dossier.pdf"
mkdir -p "$WORK/export"
if run "$BIN" export 2 --out "$PDF" && [ -s "$PDF" ]; then
    pages="$(pdfinfo "$PDF" 2>/dev/null | awk '/^Pages:/ {print $2}')"
    want="$MIN_PAGES"
    if [ -n "${IBDESK_REFERENCE:-}" ]; then
        REF_HOME="$WORK/reference"
        IBDESK_HOME="$REF_HOME" $IBDESK_REFERENCE demo --no-gui >/dev/null 2>&1
        IBDESK_HOME="$REF_HOME" $IBDESK_REFERENCE export 2 --out "$WORK/export/reference.pdf" >/dev/null 2>&1
        want="$(pdfinfo "$WORK/export/reference.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')"
    fi
    if [ -n "$pages" ] && [ -n "$want" ] && [ "$pages" -ge "$want" ] && [ "$pages" -ge "$MIN_PAGES" ]; then
        ok "export: $pages pages (wanted at least $want)"
    else bad "export: ${pages:-?} pages, wanted at least ${want:-?}"; fi
else bad "export"; fi

if [ -s "$PDF" ] && run "$BIN" verify "$PDF" && grep -q "IN ORDE" "$WORK/out"; then
    ok "verify: IN ORDE"
else bad "verify"; fi

if run "$BIN" forms check && grep -q "Alle definities zijn in orde" "$WORK/out"; then
    ok "forms check: $(tail -n 1 "$WORK/out")"
else bad "forms check"; fi

if run "$BIN" inzage 1 --out "$WORK/export" && [ "$(grep -c '^Geschreven' "$WORK/out")" -eq 2 ]; then
    ok "inzage: JSON and PDF written"
else bad "inzage"; fi

if run "$BIN" backup --out "$WORK/export/backup.ibbak" && [ -s "$WORK/export/backup.ibbak" ]; then
    ok "backup: $(du -h "$WORK/export/backup.ibbak" | cut -f1)"
else bad "backup"; fi

# Every stored schema fixture opens (and is migrated) with exactly one pre-upgrade backup.
for fixture in "$ROOT"/tests/fixtures/schema/*/; do
    rev="$(basename "$fixture")"
    home="$WORK/schema-$rev"
    cp -r "$fixture" "$home"
    if IBDESK_PASSPHRASE="fictieve-schema-fixture" run "$BIN" --home "$home" check \
        && IBDESK_PASSPHRASE="fictieve-schema-fixture" run "$BIN" --home "$home" cases \
        && [ "$(find "$home/backups" -name '*-migration.ibbak' | wc -l)" -eq 1 ]; then
        ok "upgrade of schema $rev: check in orde, one pre-upgrade backup"
    else bad "upgrade of schema $rev"; fi
done

# The app: still running after 10 s means it started (exit 124 = killed by timeout), on a new
# (empty) profile -> first-run wizard, and on the demo profile -> unlock (no keyring here).
gui() {
    timeout 10 "$BIN" --home "$1" >"$WORK/out" 2>&1
    local rc=$?
    if [ $rc -eq 124 ] && ! grep -q "Traceback" "$WORK/out"; then ok "GUI alive after 10 s ($2)"
    else bad "GUI exited with $rc before 10 s ($2)"; fi
}
gui "$WORK/empty-profile" "new profile: first-run wizard"
gui "$IBDESK_HOME" "demo profile: unlock"

echo "smoke: $passed passed, $failed failed"
[ $failed -eq 0 ]
