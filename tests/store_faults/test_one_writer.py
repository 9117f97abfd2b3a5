"""Issue 13 point 3: one process per profile, with the holder named; a crash is recognised."""

import socket
from pathlib import Path

from sqlalchemy import text
from support.cli import assert_clean_failure, ibdesk, kill, start

WRITER = Path(__file__).parents[1] / "support" / "writer.py"


def _profile_with_backup(home, tmp_path):
    assert ibdesk("init").returncode == 0
    assert ibdesk("demo", "--no-gui", "--pupils", "3").returncode == 0
    backup = tmp_path / "b.ibbak"
    assert ibdesk("backup", "--out", str(backup)).returncode == 0
    return backup


def _count_kill_pupils(home) -> int:
    from ibdesk.store.opening import open_profile

    store = open_profile(home)
    try:
        with store.session() as s:
            return s.execute(text("SELECT count(*) FROM pupils WHERE first_name = 'Kill'")).scalar()
    finally:
        store.close()


def test_a_second_process_is_refused_with_the_holder_named_and_nothing_is_lost(home, tmp_path):
    backup = _profile_with_backup(home, tmp_path)
    writer = start(str(home), script=WRITER)
    committed = int(writer.stdout.readline())
    try:
        holder = f"computer {socket.gethostname()} (proces {writer.pid}"
        assert_clean_failure(ibdesk("restore", str(backup)), "in gebruik", holder)
        assert_clean_failure(ibdesk("retention", "--delete", "--yes"), "in gebruik", holder)
        second = ibdesk("cases")
        assert_clean_failure(second, "in gebruik", holder)
        assert "database is locked" not in second.stderr
        committed = int(writer.stdout.readline())
    finally:
        kill(writer)
    check = ibdesk("check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "Vorige afsluiting: NIET netjes" in check.stdout, "a crash is recognised: the full check ran"
    assert "Vergrendeling: in gebruik door ibdesk op computer" in check.stdout
    assert "WAL:" in check.stdout and "Sleutel (herstelsleutel): in orde" in check.stdout
    assert _count_kill_pupils(home) >= committed, "every save the writer reported is there"
    again = ibdesk("check")
    assert "Vorige afsluiting: netjes" in again.stdout, "a clean close allows the quick check next time"


def test_restore_after_the_other_process_ended_works(home, tmp_path):
    backup = _profile_with_backup(home, tmp_path)
    writer = start(str(home), script=WRITER)
    writer.stdout.readline()
    kill(writer)
    result = ibdesk("restore", str(backup))
    assert result.returncode == 0, result.stderr
    assert _count_kill_pupils(home) == 0
