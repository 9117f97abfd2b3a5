"""The store rows of issue 10, measured the way the user waits for them.

    .venv/bin/python bench/bench_store_integrity.py [--pupils 10000] [--backup-pupils 20000]

1. Unlock at N pupils: `open_profile` with the quick check (after a clean shutdown) against
   the full check (after an unclean shutdown, and what every GUI open did before); goal
   quick < 0.5 s. Warm-up first, then alternating A/B, min and median.
2. Passphrase derivations per unlock (the GUI used to derive twice) and the peak memory of a
   whole `ibdesk cases` process with a passphrase against one with the keyring key.
3. `ibdesk backup` peak memory at M pupils (streamed; goal < 100 MiB above the process that
   only opens the profile), against `ibdesk cases` on the same profile.

The profiles are the demo school (2,000 pupils) multiplied in SQL to the wanted size.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import use_test_keyring

PARENT_TABLES = ("cases", "form_answers", "guardians", "absences")


def build(home: Path, pupils: int, passphrase: str | None = None) -> None:
    from ibdesk.services.demo import fill_demo
    from ibdesk.store.profile import create_profile

    store, _ = create_profile(home, passphrase)
    try:
        fill_demo(store, pupils=min(pupils, 2000))
        copies = max(1, pupils // 2000)
        with store.engine.begin() as conn:
            top = conn.exec_driver_sql("SELECT max(id) FROM pupils").scalar()
            case_top = conn.exec_driver_sql("SELECT max(id) FROM cases").scalar()
            cols = {
                t: [r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({t})") if r[1] != "id"]
                for t in ("pupils", *PARENT_TABLES)
            }
            for n in range(1, copies):
                names = ", ".join(cols["pupils"])
                conn.exec_driver_sql(
                    f"INSERT INTO pupils (id, {names}) SELECT id + {n * top}, {names} FROM pupils WHERE id <= {top}"
                )
                for table in PARENT_TABLES:
                    fields = [c for c in cols[table] if c not in ("pupil_id", "case_id")]
                    extra = ", case_id" if "case_id" in cols[table] else ""
                    case_expr = f", case_id + {n * case_top}" if extra else ""
                    keep_id = "id, " if table == "cases" else ""
                    id_expr = f"id + {n * case_top}, " if table == "cases" else ""
                    conn.exec_driver_sql(
                        f"INSERT INTO {table} ({keep_id}pupil_id{extra}, {', '.join(fields)}) SELECT {id_expr}"
                        f"pupil_id + {n * top}{case_expr}, {', '.join(fields)} FROM {table} WHERE pupil_id <= {top}"
                    )
    finally:
        store.close()


def _open(home: Path, full: bool, passphrase: str | None = None) -> float:
    from ibdesk.store.opening import open_profile
    from ibdesk.store.profile import Credentials

    start = time.process_time()
    store = open_profile(home, Credentials(passphrase=passphrase), full_check=full)
    spent = time.process_time() - start
    store.close()
    return spent


def unlock_row(home: Path, rounds: int = 5) -> None:
    _open(home, False), _open(home, True)  # warm-up (page cache, imports)
    quick, full = [], []
    for _ in range(rounds):
        quick.append(_open(home, False))
        full.append(_open(home, True))
    size = (home / "ibdesk.db").stat().st_size / 2**20
    print(
        f"unlock ({size:.0f} MiB database), CPU s: quick check min {min(quick):.3f} median "
        f"{statistics.median(quick):.3f} | full check (baseline) min {min(full):.3f} median "
        f"{statistics.median(full):.3f} | ratio {statistics.median(quick) / statistics.median(full):.2f}x "
        "(goal quick < 0.5 s)"
    )


def derivations_row(home: Path, passphrase: str) -> None:
    from cryptography.hazmat.primitives.kdf import scrypt

    from ibdesk.services import profile
    from ibdesk.store import keyring_access

    calls = []
    original = scrypt.Scrypt.derive
    scrypt.Scrypt.derive = lambda self, data: calls.append(1) or original(self, data)  # type: ignore[method-assign]
    saved = keyring_access.keyring_usable
    keyring_access.keyring_usable = lambda: False  # as on a PC without a keyring: the GUI unlock path
    try:
        profile.unlock(home, passphrase=passphrase).close()
    finally:
        scrypt.Scrypt.derive, keyring_access.keyring_usable = original, saved
    print(f"passphrase derivations per GUI unlock: {len(calls)} (goal 1; was 2)")


PEAK = """
import resource, subprocess, sys
code = subprocess.run([sys.executable, "-m", "ibdesk", *sys.argv[1:]], stdin=subprocess.DEVNULL,
                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def peak_mib(*args: str, env: dict | None = None) -> float:
    """Peak resident memory of one whole `ibdesk` process, in MiB (measured by a fresh parent,
    because a process's children's maximum only ever grows)."""
    from benchlib import TESTS

    result = subprocess.run(
        [sys.executable, "-c", PEAK, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(TESTS), **(env or {})},
        stdin=subprocess.DEVNULL,
    )
    code, peak = result.stdout.split()
    if code != "0":
        raise SystemExit(f"ibdesk {' '.join(args)} failed")
    return int(peak) / 1024


def memory_rows(work: Path, backup_pupils: int, passphrase: str) -> None:
    home = work / "groot"
    build(home, backup_pupils)
    peak_mib("--home", str(home), "cert", "show")  # warm-up: the daily backup of the day is made here
    opened = [peak_mib("--home", str(home), "cert", "show") for _ in range(2)]
    backup = [peak_mib("--home", str(home), "backup", "--out", str(work / f"b{n}.ibbak")) for n in range(2)]
    size = (home / "ibdesk.db").stat().st_size / 2**20
    print(
        f"backup at {backup_pupils} pupils ({size:.0f} MiB database): peak min {min(backup):.0f} MiB | "
        f"`ibdesk cert show` on the same profile (baseline: opens it, does nothing) {min(opened):.0f} MiB | "
        f"difference {min(backup) - min(opened):.0f} MiB (goal streamed, < 100 MiB)"
    )
    small = work / "wachtwoord"
    build(small, 30, passphrase)
    with_key = peak_mib("--home", str(small), "cert", "show")
    with_passphrase = peak_mib(
        "--home",
        str(small),
        "cert",
        "show",
        env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "IBDESK_PASSPHRASE": passphrase},
    )
    print(
        f"one CLI call, 30 pupils: passphrase {with_passphrase:.0f} MiB vs keyring {with_key:.0f} MiB "
        "(one scrypt derivation per process, N=2^17 r=8: 128 MiB by design)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pupils", type=int, default=10000)
    parser.add_argument("--backup-pupils", type=int, default=20000)
    args = parser.parse_args()
    passphrase = "paarse olifant fietst naar zee"
    with tempfile.TemporaryDirectory(prefix="ibdesk-bench-store-") as tmp:
        work = Path(tmp)
        use_test_keyring(work)
        home = work / "school"
        build(home, args.pupils)
        unlock_row(home)
        small = work / "ontgrendel"
        build(small, 30, passphrase)
        derivations_row(small, passphrase)
        memory_rows(work, args.backup_pupils, passphrase)


if __name__ == "__main__":
    main()
