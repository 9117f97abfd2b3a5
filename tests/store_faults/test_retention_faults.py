"""Issue 13 point 7: retention deletion reaches the automatic backups, survives a kill or a
full/unwritable backup folder (resumable), and one record that cannot go never blocks the rest.

Rule source: domain.md §5 (Kennisnet/PO-Raad) — dossier 2 years, enrolment/absence 5 years
after the pupil left (ibdesk.domain.retention)."""

import random
from contextlib import contextmanager
from datetime import date, timedelta

from support.capabilities import require_read_only_folders, set_immutable
from support.cli import assert_clean_failure, ibdesk, kill, start, wait_for

from ibdesk.domain.model import Case, CaseStatus, Pupil
from ibdesk.paths import ProfilePaths
from ibdesk.services.records import Records
from ibdesk.store.backup import automatic_backup, restore
from ibdesk.store.opening import open_profile

NAMES = ("Vertrokkenlang", "Vertrokkenkort")


def _expired_pupils(home) -> None:
    """Two pupils who left long ago, each with a closed case, entered as the app would."""
    today = date.today()
    store = open_profile(home)
    try:
        records = Records(store)
        for last, years in zip(NAMES, (6, 3)):
            left = today - timedelta(days=365 * years + 30)
            pupil = records.save_pupil(
                Pupil(
                    "Oud",
                    last,
                    date(2008, 3, 1),
                    "groep 8",
                    None,
                    "Renkum",
                    enrolled_on=date(2012, 8, 20),
                    left_on=left,
                )
            )
            records.save_case(
                Case(
                    pupil.id,
                    "Fictieve hulpvraag",
                    left - timedelta(days=300),
                    "IB Test",
                    status=CaseStatus.CLOSED,
                    closed_on=left - timedelta(days=30),
                )
            )
        automatic_backup(store, reason="migration")  # an automatic backup that holds them
    finally:
        store.close()


def _expired_data_in_backups(home, tmp_path) -> set[str]:
    """What should have gone and is still in an automatic backup: the long-gone pupil, and the
    dossier (cases) of both (the other one's name and dates stay until 5 years)."""
    found = set()
    for n, path in enumerate(sorted(ProfilePaths(home).backups.glob("ibdesk-*.ibbak"))):
        restored = restore(path, tmp_path / f"controle-{n}-{random.random()}")
        try:
            records = Records(restored)
            found |= {p.last_name for p in records.pupils()} & {NAMES[0]}
            found |= {f"casus van {r.pupil_name}" for r in records.case_rows() if r.pupil_name.endswith(NAMES)}
        finally:
            restored.close()
    return found


@contextmanager
def unwritable(folder):
    """A backup folder that refuses new files and deletions (root ignores modes: chattr +i)."""
    require_read_only_folders(folder.parent)
    set_immutable([folder], True)
    try:
        yield
    finally:
        set_immutable([folder], False)


def test_retention_deletes_everything_it_may_and_finishes_the_backups_later(home, tmp_path):
    assert ibdesk("init").returncode == 0
    _expired_pupils(home)
    assert ibdesk("cases").returncode == 0
    assert _expired_data_in_backups(home, tmp_path) == {NAMES[0], *(f"casus van Oud {n}" for n in NAMES)}
    with unwritable(home / "backups"):
        first = ibdesk("retention", "--delete", "--yes")
    assert_clean_failure(first, "back-ups nog niet")
    store = open_profile(home)
    try:
        assert not {p.last_name for p in Records(store).pupils()} & {NAMES[0]}, "past 5 years with a case: gone"
        assert Records(store).case_rows() == [], "both dossiers went, the other pupil's too"
    finally:
        store.close()  # this open already finished the purge (the folder is writable again)
    again = ibdesk("retention", "--delete", "--yes")
    assert again.returncode == 0, again.stdout + again.stderr
    assert _expired_data_in_backups(home, tmp_path) == set(), "no automatic backup still holds deleted data"


def test_retention_killed_at_any_moment_is_finished_by_the_next_run(home, tmp_path):
    rng = random.Random(7)
    assert ibdesk("init").returncode == 0
    for attempt in range(3):
        _expired_pupils(home)
        assert ibdesk("cases").returncode == 0
        process = start("retention", "--delete", "--yes")
        wait_for(lambda process=process: process.poll() is not None, timeout=rng.uniform(0.3, 2.5))
        kill(process)
        assert ibdesk("retention", "--delete", "--yes").returncode == 0
        assert _expired_data_in_backups(home, tmp_path) == set(), f"attempt {attempt}"
