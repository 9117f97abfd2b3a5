"""Encrypted store vs plain SQLite, same workload, same run.

    .venv/bin/python bench/bench_store.py [--pupils 2000]

Workload (issue 2): insert 2,000 pupils and 5,000 cases, list the cases with their
pupils, look one case up. Prints each timing and the encrypted/plain ratio (target
<= 1.3x), then the time to open the store with the key from the keyring (target
< 100 ms) and, for information, with a passphrase (scrypt is deliberately slow).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from sqlalchemy import create_engine, event

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import timed, use_test_keyring  # noqa: E402

from ibdesk.paths import ProfilePaths  # noqa: E402
from ibdesk.services.demo import fill_demo  # noqa: E402
from ibdesk.services.records import Records  # noqa: E402
from ibdesk.store import migrate  # noqa: E402
from ibdesk.store.engine import CONNECTION_PRAGMAS  # noqa: E402
from ibdesk.store.keys import KeyFile, new_database_key  # noqa: E402
from ibdesk.store.profile import Credentials, Store, create_profile, open_profile, set_passphrase  # noqa: E402


def plain_store(folder: Path) -> Store:
    """The same models, migrations and pragmas on unencrypted SQLite."""
    engine = create_engine(f"sqlite:///{folder / 'plain.db'}")

    @event.listens_for(engine, "connect")
    def _pragmas(conn, _record):
        for pragma in CONNECTION_PRAGMAS:
            conn.execute(pragma)

    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode = WAL")
    migrate.upgrade(engine)
    key = new_database_key()
    return Store(ProfilePaths(folder), KeyFile.new(key), key, engine)


def workload(store: Store, pupils: int) -> dict[str, float]:
    records = Records(store)
    insert = timed(lambda: fill_demo(store, pupils=pupils, cases=pupils * 5 // 2, enrich=False), repeat=1)
    listing = timed(records.case_rows, repeat=21)
    lookup = timed(lambda: [records.case(n) for n in range(1, 101)], repeat=5) / 100
    return {"insert pupils+cases": insert, "list cases with pupils": listing, "look up one case": lookup}


def open_times(home: Path, passphrase: str) -> tuple[float, float]:
    def open_and_query(credentials: Credentials) -> None:
        store = open_profile(home, credentials)
        Records(store).counts()
        store.close()

    from_keyring = timed(lambda: open_and_query(Credentials()), repeat=7)
    from ibdesk.store import keyring_access

    store = open_profile(home)
    profile_id = store.keyfile.profile_id
    store.close()
    keyring_access.forget_key(profile_id)

    def with_passphrase() -> None:
        open_and_query(Credentials(passphrase=passphrase))
        keyring_access.forget_key(profile_id)

    return from_keyring, timed(with_passphrase, repeat=3)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pupils", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ibdesk-bench-") as tmp:
        tmp_path = Path(tmp)
        use_test_keyring(tmp_path)
        plain_folder = tmp_path / "plain"
        plain_folder.mkdir()
        plain = workload(plain_store(plain_folder), args.pupils)
        encrypted_store, _ = create_profile(tmp_path / "encrypted")
        encrypted = workload(encrypted_store, args.pupils)
        passphrase = "benchmark wachtwoordzin"
        set_passphrase(encrypted_store, passphrase)
        encrypted_store.close()
        print(f"{'step':<26}{'plain':>12}{'encrypted':>12}{'ratio':>8}")
        for step in plain:
            print(f"{step:<26}{plain[step] * 1000:>10.2f}ms{encrypted[step] * 1000:>10.2f}ms"
                  f"{encrypted[step] / plain[step]:>7.2f}x")
        total_plain, total_enc = sum(plain.values()), sum(encrypted.values())
        print(f"{'total':<26}{total_plain * 1000:>10.2f}ms{total_enc * 1000:>10.2f}ms"
              f"{total_enc / total_plain:>7.2f}x   (target <= 1.3x)")
        from_keyring, from_passphrase = open_times(tmp_path / "encrypted", passphrase)
        print(f"open store, key from keyring:    {from_keyring * 1000:7.1f} ms   (target < 100 ms)")
        print(f"open store, key from passphrase: {from_passphrase * 1000:7.1f} ms   (scrypt n=2^17, by design)")


if __name__ == "__main__":
    main()
