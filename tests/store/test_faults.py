"""Faults a school PC will meet: damaged files, read-only or full disks, a killed process."""

import os
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event
from support.capabilities import require_read_only_folders, set_immutable

from ibdesk.domain.model import Pupil
from ibdesk.errors import CorruptStoreError, StorageError
from ibdesk.services.records import Records
from ibdesk.store.backup import automatic_backup
from ibdesk.store.opening import open_profile


def _damage(path: Path, offset: int, length: int = 512) -> None:
    data = bytearray(path.read_bytes())
    data[offset : offset + length] = os.urandom(length)
    path.write_bytes(bytes(data))


@pytest.fixture
def closed_demo(demo_store):
    automatic_backup(demo_store, reason="daily")
    demo_store.close()
    return demo_store.paths


def test_damaged_header_gives_a_clear_message_pointing_to_the_backup(closed_demo):
    _damage(closed_demo.database, 0, 64)
    before = closed_demo.database.read_bytes()
    with pytest.raises(CorruptStoreError) as info:
        open_profile(closed_demo.home)
    assert "back-up" in str(info.value) and str(closed_demo.backups) in str(info.value)
    assert closed_demo.database.read_bytes() == before, "the damaged file is left alone"


def test_truncated_database_is_reported_not_overwritten(closed_demo):
    data = closed_demo.database.read_bytes()
    closed_demo.database.write_bytes(data[: len(data) // 3])
    with pytest.raises(CorruptStoreError):
        store = open_profile(closed_demo.home)
        try:
            problems = store.check()
            if problems:
                raise CorruptStoreError(problems[0])
        finally:
            store.close()
    assert len(closed_demo.database.read_bytes()) == len(data) // 3


def test_damaged_page_in_the_middle_is_found_at_open_or_by_check(closed_demo):
    size = closed_demo.database.stat().st_size
    _damage(closed_demo.database, (size // 4096 // 2) * 4096 + 100, 200)
    try:
        store = open_profile(closed_demo.home)  # the quick check at open usually finds it already
    except CorruptStoreError as exc:
        assert "ibdesk restore" in str(exc)
        return
    try:
        assert any("versleuteling" in p or "beschadigd" in p for p in store.check())
    finally:
        store.close()


@contextmanager
def read_only(folder: Path):
    """Really read-only: chmod for a normal user; root ignores modes, so chattr +i."""
    require_read_only_folders(folder.parent)
    targets = [folder, *folder.iterdir()]
    set_immutable(targets, True)
    try:
        yield
    finally:
        set_immutable(targets, False)


def test_read_only_profile_folder_is_reported(closed_demo):
    for extra in closed_demo.home.glob("ibdesk.db-*"):
        extra.unlink()
    with read_only(closed_demo.home), pytest.raises(StorageError, match="alleen-lezen"):
        open_profile(closed_demo.home)


def test_full_disk_while_saving_loses_nothing_already_saved(demo_store):
    """SQLite reports a full disk as SQLITE_FULL; max_page_count produces exactly that."""
    records = Records(demo_store)
    before = records.counts()
    demo_store.engine.dispose()

    @event.listens_for(demo_store.engine, "connect")
    def _tiny_disk(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    pupil = Pupil("Volle", "Schijf" + "x" * 100, "01-01-2016", "groep 5", None, "Renkum", guardians=[])
    with pytest.raises(StorageError, match="schijf is vol"):
        for n in range(400):
            pupil.id, pupil.last_name = None, f"Schijf{n}" + "x" * 100
            records.save_pupil(pupil)
    event.remove(demo_store.engine, "connect", _tiny_disk)
    demo_store.engine.dispose()
    after = records.counts()
    assert after["cases"] == before["cases"] and after["pupils"] >= before["pupils"]
    assert demo_store.check() == []


def test_sigkill_mid_batch_keeps_every_committed_write(store, home):
    store.close()
    proc = subprocess.Popen(
        [sys.executable, "-m", "support.writer", str(home)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[1],
    )
    last = 0
    for line in proc.stdout:
        last = int(line)
        if last >= 1000:
            break
    # The kill must land while the writer is still writing, after at least 1000 committed rows:
    # a writer that ended early (or never wrote) would make the checks below vacuous.
    assert last >= 1000, f"the writer stopped after {last} rows (exit code {proc.poll()})"
    assert proc.poll() is None, f"the writer had already ended (exit code {proc.returncode})"
    proc.send_signal(signal.SIGKILL)
    assert proc.wait() == -signal.SIGKILL
    reopened = open_profile(home)
    try:
        assert reopened.check() == []
        assert Records(reopened).counts()["pupils"] >= last
    finally:
        reopened.close()
    result = subprocess.run(
        [sys.executable, "-m", "ibdesk", "--home", str(home), "check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
