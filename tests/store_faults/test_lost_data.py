"""Issue 13 points 1, 2, 4, 5 and 6: nothing committed is lost or silently destroyed.

Every test starts from `ibdesk init` in a subprocess and damages real files.
"""

import hashlib
import json
import random
import shutil
from pathlib import Path

import pytest
from fixtures.make_schema_fixture import FIXTURE_PASSPHRASE, HERE
from sqlalchemy import text
from support.cli import assert_clean_failure, flip, ibdesk, kill, profile_key, raw_connection, start, wait_for
from support.profiles import FAIL_KEYRING


def _demo(home):
    assert ibdesk("init").returncode == 0
    result = ibdesk("demo", "--no-gui", "--pupils", "4")
    assert result.returncode == 0, result.stderr


def _digest(folder):
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "ibdesk.lock" and "logs" not in p.parts
    }


# -- 1. an empty or missing database is damage, never a new profile -------------------------------
@pytest.mark.parametrize("damage", ["truncate", "delete"])
def test_empty_or_missing_database_is_damage_not_a_new_profile(home, damage):
    _demo(home)
    for name in ("ibdesk.db-wal", "ibdesk.db-shm"):
        (home / name).unlink(missing_ok=True)
    if damage == "truncate":
        (home / "ibdesk.db").write_bytes(b"")
    else:
        (home / "ibdesk.db").unlink()
    cases = ibdesk("cases")
    assert_clean_failure(cases, "beschadigd", "ibdesk restore")
    assert "Nog geen casussen" not in cases.stdout
    assert_clean_failure(ibdesk("check"), "beschadigd")
    assert damage == "delete" or (home / "ibdesk.db").stat().st_size == 0, "nothing was written into it"


# -- 2. migrations and init are all or nothing; newer profiles are refused --------------------------
def _tables(path, key):
    conn = raw_connection(path, key)
    try:
        return sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
    finally:
        conn.close()


def _fixture_key(home):
    from ibdesk.store.keys import KeyFile

    return KeyFile.load(home / "keys.json").unlock("passphrase", FIXTURE_PASSPHRASE)


def test_a_failing_migration_changes_nothing(tmp_path):
    home = tmp_path / "oud"
    shutil.copytree(HERE / "0001", home)
    key = _fixture_key(home)
    conn = raw_connection(home / "ibdesk.db", key)
    conn.execute("CREATE TABLE viewpoints (id INTEGER)")  # a stray table: migration 0004 will fail on it
    conn.close()
    before = _tables(home / "ibdesk.db", key)
    env = {"PYTHON_KEYRING_BACKEND": FAIL_KEYRING, "IBDESK_PASSPHRASE": FIXTURE_PASSPHRASE}
    assert_clean_failure(ibdesk("cases", env=env, home=home), "niet worden bijgewerkt")
    assert _tables(home / "ibdesk.db", key) == before, "no half-migrated schema"
    conn = raw_connection(home / "ibdesk.db", key)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    conn.close()


def test_init_killed_at_any_moment_leaves_no_or_a_whole_profile(tmp_path):
    rng = random.Random(13)
    for attempt in range(8):
        home = tmp_path / f"p{attempt}"
        process = start("--home", str(home), "init")
        wait_for(lambda home=home: (home / "keys.json").exists(), timeout=30)
        wait_for(lambda: False, timeout=rng.uniform(0, 0.6))
        kill(process)
        again = ibdesk("init", home=home)
        if again.returncode == 0:
            continue  # nothing usable was left: a new profile was made
        assert "staat al een ibdesk-profiel" in again.stderr, again.stderr
        check = ibdesk("check", home=home)
        assert check.returncode == 0, f"attempt {attempt}: {check.stdout}{check.stderr}"


def test_a_profile_from_a_newer_ibdesk_is_refused_before_anything_is_written(home):
    _demo(home)
    conn = raw_connection(home / "ibdesk.db", profile_key(home))
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('ibdesk.schema_written_by', '7.1.0')")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _digest(home)
    result = ibdesk("cases")
    assert_clean_failure(
        result,
        "dit profiel is gemaakt met een nieuwere ibdesk (versie 7.1.0); installeer 7.1.0 of nieuwer".capitalize(),
    )
    assert _digest(home) == before, "not a byte written (no backup, no migration)"


def test_rotation_never_drops_the_last_backup_that_opens_cleanly(store):
    from ibdesk.store import backup

    clean = backup.automatic_backup(store, reason="daily")
    assert backup.opens_cleanly(clean)
    conn = raw_connection(store.paths.database, store.key)  # a reference to a pupil that does not exist
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO guardians (pupil_id, name, relation, has_gezag) VALUES (999, 'Fictief', 'vader', 1)")
    conn.close()
    for _ in range(backup.KEEP_AUTOMATIC + 2):
        backup.automatic_backup(store, reason="migration")
    assert clean.exists(), "the only clean backup survived rotation"
    assert len(backup.automatic_backups(store.paths)) == backup.KEEP_AUTOMATIC + 1


# -- 4. no command writes into the profile or over a file without --force -------------------------
def test_no_command_overwrites_the_profile_or_other_files(home, tmp_path):
    _demo(home)
    before = _digest(home)
    assert_clean_failure(ibdesk("backup", "--out", str(home / "ibdesk.db")), "profielmap")
    assert_clean_failure(ibdesk("cert", "export", "--out", str(home / "keys.json")), "profielmap")
    assert_clean_failure(ibdesk("backup", "--out", str(home / "backups" / "nieuw.ibbak")), "profielmap")
    assert _digest(home) == before
    existing = tmp_path / "bestaand.ibbak"
    existing.write_bytes(b"van iemand anders")
    assert_clean_failure(ibdesk("backup", "--out", str(existing)), "--force")
    assert existing.read_bytes() == b"van iemand anders"
    missing = tmp_path / "bestaat-niet" / "b.ibbak"
    assert_clean_failure(ibdesk("backup", "--out", str(missing)), "bestaat niet")
    assert not missing.parent.exists(), "no folder created silently"
    assert ibdesk("backup", "--out", str(existing), "--force").returncode == 0
    assert existing.read_bytes().startswith(b"IBDESK-BACKUP-1")


# -- 5. restore works on a damaged profile; backups are made daily --------------------------------
def test_restore_in_place_after_the_database_is_damaged(home):
    _demo(home)
    assert sorted((home / "backups").glob("*daily*.ibbak")), "the first open of the day made an automatic backup"
    shutil.rmtree(home / "backups")  # as on the next day: its first open backs up what is there now
    expected = json.loads(ibdesk("cases", "--json").stdout)
    assert len(expected) == 12 and sorted((home / "backups").glob("*daily*.ibbak"))
    for offset in range(0, 64):
        flip(home / "ibdesk.db", offset)
    damaged = ibdesk("cases")
    assert_clean_failure(damaged, "beschadigd", "ibdesk restore")
    newest = damaged.stderr.split("ibdesk restore", 1)[1].split('"')[1]
    restored = ibdesk("restore", newest)
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert json.loads(ibdesk("cases", "--json").stdout) == expected
    assert list(home.glob("beschadigd-*/ibdesk.db")), "the damaged file is set aside, not deleted"
    assert ibdesk("check").returncode == 0


# -- 6. a damaged WAL never silently drops committed transactions ---------------------------------
WAL_WRITER = """
import os, signal, sys, sqlcipher3
conn = sqlcipher3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA key = \\"x'" + sys.argv[2] + "'\\"")
conn.execute("PRAGMA wal_autocheckpoint = 0")
for n in range(30):
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (f"wal-test-{n}", "x" * 3000))
print("committed", flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_flipped_byte_in_the_wal_is_caught_not_replayed(home, tmp_path):
    _demo(home)
    script = tmp_path / "wal_writer.py"
    script.write_text(WAL_WRITER)
    process = start(str(home / "ibdesk.db"), profile_key(home).hex(), script=script)
    assert "committed" in process.stdout.readline()
    process.wait(timeout=30)
    wal = home / "ibdesk.db-wal"
    assert wal.stat().st_size > 3 * 4120, "30 commits wait in the WAL"
    flip(wal, 32 + 24 + 100)  # inside the first frame's page
    before = wal.read_bytes()
    check = ibdesk("check")
    assert_clean_failure(check, "WAL")
    assert_clean_failure(ibdesk("cases"), "beschadigd")
    assert wal.read_bytes() == before, "the WAL was not replayed (and so not cut)"


def test_writers_killed_leave_every_committed_record_and_an_empty_wal(home):
    from ibdesk.store.opening import open_profile

    _demo(home)
    writer = start(str(home), script=Path(__file__).parents[1] / "support" / "writer.py")
    committed = 0
    while committed < 200:
        committed = int(writer.stdout.readline())
    kill(writer)
    wal = home / "ibdesk.db-wal"
    if wal.exists() and wal.stat().st_size > 32 + 24 + 200:
        flip(wal, 32 + 24 + 100)
    check = ibdesk("check")
    assert check.returncode in (0, 1) and "Traceback" not in check.stderr
    if check.returncode == 1:
        assert "WAL" in check.stdout + check.stderr, "damage is reported, never silent"
        return
    store = open_profile(home)
    try:
        with store.session() as s:
            count = s.execute(text("SELECT count(*) FROM pupils WHERE first_name = 'Kill'")).scalar()
    finally:
        store.close()
    assert count >= committed


def test_a_backup_from_a_newer_ibdesk_is_refused_before_anything_is_written(home, tmp_path):
    import struct

    _demo(home)
    backup = tmp_path / "nieuw.ibbak"
    assert ibdesk("backup", "--out", str(backup)).returncode == 0
    raw = backup.read_bytes()
    magic = b"IBDESK-BACKUP-1\n"
    (length,) = struct.unpack(">I", raw[len(magic) : len(magic) + 4])
    header = json.loads(raw[len(magic) + 4 : len(magic) + 4 + length])
    header.update(schema="9999", app_version="7.1.0")  # as a newer ibdesk would write it
    new_header = json.dumps(header).encode()
    backup.write_bytes(magic + struct.pack(">I", len(new_header)) + new_header + raw[len(magic) + 4 + length :])
    before = _digest(home)
    assert_clean_failure(ibdesk("restore", str(backup)), "nieuwere ibdesk (versie 7.1.0); installeer 7.1.0")
    assert _digest(home) == before
    empty = tmp_path / "leeg"
    assert_clean_failure(ibdesk("restore", str(backup), home=empty), "installeer 7.1.0 of nieuwer")
    assert not (empty / "keys.json").exists()
