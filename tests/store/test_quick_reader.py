"""Quick reads without SQLAlchemy or Alembic: only with the key in the keyring and a current
schema; anything else takes the full path (unlock, migrate after a backup)."""
from __future__ import annotations

import os
import subprocess
import sys

from ibdesk.services import lists
from ibdesk.store import migrate
from ibdesk.store.reader import quick_connection


def test_the_newest_revision_read_from_the_files_is_alembics():
    assert migrate._head_from_files() == migrate._alembic_head() == migrate.head_revision()


def test_a_current_profile_opens_quickly_and_lists_its_cases(make_profile):
    profile = make_profile(demo=True)
    with quick_connection(profile.home) as conn:
        assert conn is not None
        rows = lists.case_rows_from(conn.execute(*lists.case_rows_query()).fetchall())
    from ibdesk.services.records import Records

    assert rows == Records(profile.store).case_rows() and len(rows) == 12


def test_an_outdated_schema_is_left_to_the_full_path(make_profile):
    profile = make_profile()
    with profile.store.session() as s:
        s.connection().exec_driver_sql("UPDATE alembic_version SET version_num = '0004'")
    with quick_connection(profile.home) as conn:
        assert conn is None


def test_without_a_keyring_the_full_path_asks_for_the_passphrase(make_profile, no_keyring):
    from support.profiles import TEST_PASSPHRASE

    profile = make_profile(passphrase=TEST_PASSPHRASE)
    with quick_connection(profile.home) as conn:
        assert conn is None


def test_ibdesk_cases_imports_neither_sqlalchemy_nor_alembic(home):
    env = {**os.environ}
    for command in (["init"], ["demo", "--no-gui"]):
        made = subprocess.run([sys.executable, "-m", "ibdesk", "--home", str(home), *command], capture_output=True,
                              text=True, env=env, stdin=subprocess.DEVNULL, timeout=300)
        assert made.returncode == 0, made.stderr
    probe = ("import sys, io, contextlib\nfrom ibdesk.cli import main\nout = io.StringIO()\n"
             "with contextlib.redirect_stdout(out):\n    code = main(['--home', sys.argv[1], 'cases', '--json'])\n"
             "print(code, len(out.getvalue().splitlines()), sorted(m for m in ('sqlalchemy', 'alembic', 'PySide6', "
             "'pydantic', 'reportlab') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe, str(home)], capture_output=True, text=True, env=env,
                            stdin=subprocess.DEVNULL, timeout=120)
    assert result.stdout.split("\n")[0] == "0 1 []", result.stdout + result.stderr  # JSON on one line
