"""Encrypted store vs plain SQLite, same workload, same run.

    .venv/bin/python bench/bench_store.py [--pupils 2000] [--runs 9]

Workload (issue 2): insert 2,000 pupils and 5,000 cases, list the cases with their
pupils, look one case up (a read: one row by id, no audit entry). Both stores are made
first; then each step runs on the plain and the encrypted store in turn (A B A B …) after
a warm-up, and each is reported as min and median with the median of the per-pair
ratios (target <= 1.3x). Then the time to open the store with the key from the keyring
(target < 100 ms) and, for information, with a passphrase (scrypt is deliberately slow),
each against one bare keyed query.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import Pair, alternate, samples, use_test_keyring

from ibdesk.paths import ProfilePaths
from ibdesk.services import convert
from ibdesk.services.demo import fill_demo
from ibdesk.services.records import Records
from ibdesk.store import migrate
from ibdesk.store import models as m
from ibdesk.store.engine import CONNECTION_PRAGMAS, connect
from ibdesk.store.keys import KeyFile, new_database_key
from ibdesk.store.opening import open_profile
from ibdesk.store.profile import Credentials, Store, create_profile, set_passphrase

LOOKUPS = 100


def plain_store(folder: Path) -> Store:
    """The same models, migrations and pragmas on unencrypted SQLite, through the same driver
    (sqlcipher3 without a key: the same SQLite version), so only the encryption differs."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "plain.db"

    def creator():
        conn = sqlcipher3.connect(str(path), check_same_thread=False)
        for pragma in CONNECTION_PRAGMAS:
            conn.execute(pragma)
        return conn

    engine = create_engine(f"sqlite:///{path}", creator=creator, module=sqlcipher3)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode = WAL")
    migrate.upgrade(engine)
    key = new_database_key()
    return Store(ProfilePaths(folder), KeyFile.new(key), key, engine)


def look_up(store: Store, case_ids: range) -> None:
    """Read cases one by one, as a screen showing one case reads it (no audit write here)."""
    for case_id in case_ids:
        with store.session() as s:
            convert.case_from_row(s.get(m.CaseRow, case_id))


def insert_pair(tmp: Path, pupils: int, runs: int) -> tuple[Pair, Store, Store]:
    """Fill a fresh plain and a fresh encrypted store in turn; the last pair is kept for the reads."""
    pair, stores = Pair([], []), []
    for n in range(runs):
        plain = plain_store(tmp / f"plain-{n}")
        encrypted, _ = create_profile(tmp / f"encrypted-{n}")
        for store, into in ((plain, pair.b), (encrypted, pair.a)):
            into.extend(
                samples(
                    lambda s=store: fill_demo(s, pupils=pupils, cases=pupils * 5 // 2, enrich=False), repeat=1, warmup=0
                )
            )
        stores.append((plain, encrypted))
    for plain, encrypted in stores[:-1]:
        plain.close()
        encrypted.close()
    return pair, stores[-1][0], stores[-1][1]


def open_rows(home: Path, passphrase: str, runs: int) -> tuple[Pair, Pair]:
    from ibdesk.store import keyring_access

    store = open_profile(home)
    key, profile_id = store.key, store.keyfile.profile_id
    store.close()
    paths = ProfilePaths(home)

    def bare() -> None:
        conn = connect(paths.database, key, check=True)
        conn.close()

    def open_and_query(credentials: Credentials) -> None:
        opened = open_profile(home, credentials)
        Records(opened).counts()
        opened.close()

    from_keyring = alternate(lambda: open_and_query(Credentials()), bare, runs)

    def with_passphrase() -> None:
        keyring_access.forget_key(profile_id)
        open_and_query(Credentials(passphrase=passphrase))

    by_passphrase = alternate(with_passphrase, bare, max(3, runs // 3))
    keyring_access.store_key(profile_id, key)
    return from_keyring, by_passphrase


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pupils", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ibdesk-bench-") as tmp:
        tmp_path = Path(tmp)
        use_test_keyring(tmp_path)
        insert, plain, encrypted = insert_pair(tmp_path, args.pupils, max(2, args.runs // 3))
        plain_records, encrypted_records = Records(plain), Records(encrypted)
        listing = alternate(encrypted_records.case_rows, plain_records.case_rows, args.runs)
        ids = range(1, LOOKUPS + 1)
        lookup = alternate(lambda: look_up(encrypted, ids), lambda: look_up(plain, ids), args.runs)
        lookup = Pair([t / LOOKUPS for t in lookup.a], [t / LOOKUPS for t in lookup.b])
        plain.close()
        print("encrypted (a) against plain SQLite (baseline), alternated; target <= 1.3x")
        print(insert.row(f"insert {args.pupils} pupils + {args.pupils * 5 // 2} cases"))
        print(listing.row("list cases with pupils"))
        print(lookup.row("look up one case (read)"))
        passphrase = "benchmark wachtwoordzin"
        set_passphrase(encrypted, passphrase)
        home = encrypted.paths.home
        encrypted.close()
        from_keyring, by_passphrase = open_rows(home, passphrase, args.runs)
        print("opening, against one bare keyed query on the same file")
        print(from_keyring.row("open store, key from keyring", goal="(target < 100 ms)"))
        print(by_passphrase.row("open store, key from passphrase", goal="(scrypt n=2^17, by design)"))


if __name__ == "__main__":
    main()
