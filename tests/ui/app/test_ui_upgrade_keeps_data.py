"""Upgrades keep data (issue 15): the stored database of every earlier schema is opened by this
version through the command line and through the app's own start path; every record is still
there, and exactly one pre-upgrade backup was written (a second start writes none)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from fixtures.make_schema_fixture import FIXTURE_PASSPHRASE, HERE
from support.cli import ibdesk
from support.pixels import settle
from support.schema_fixtures import STORED_VERSIONS, inserted, row_counts

from ibdesk.paths import ProfilePaths
from ibdesk.store import migrate
from ibdesk.store.opening import open_profile
from ibdesk.store.profile import Credentials

PUPIL, SCHOOL = "Fixture Ødegaard-Çelik", "Fixtureschool (fictief)"
ENV = {"IBDESK_PASSPHRASE": FIXTURE_PASSPHRASE}


def copy_fixture(revision: str, tmp_path: Path, how: str) -> Path:
    home = tmp_path / f"{how}-{revision}"
    shutil.copytree(HERE / revision, home)
    return home


def backups(home: Path) -> list[str]:
    folder = ProfilePaths(home).backups
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def assert_one_pre_upgrade_backup(home: Path) -> list[str]:
    written = backups(home)
    assert len(written) == 1 and written[0].endswith("-migration.ibbak"), written
    return written


def assert_every_record_kept(home: Path, revision: str) -> None:
    """Open the upgraded profile (no further migration) and count what the fixture stored."""
    store = open_profile(home, Credentials(passphrase=FIXTURE_PASSPHRASE))
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        assert row_counts(store, revision) == inserted(revision), "every stored record survives the upgrade"
        assert store.check() == []
    finally:
        store.close()


def cli_json(home: Path, *args: str):
    result = ibdesk(*args, "--json", home=home, env=ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("revision", STORED_VERSIONS)
def test_the_command_line_upgrades_every_stored_schema(revision, tmp_path):
    home = copy_fixture(revision, tmp_path, "cli")
    cases = cli_json(home, "cases")
    assert [(c["id"], c["pupil"], c["status"], c["opened_on"], c["lead"]) for c in cases] == [
        (1, PUPIL, "lopend", "2026-01-15", "IB Fixture")
    ]
    first = assert_one_pre_upgrade_backup(home)
    pupils = cli_json(home, "pupils")  # a second start
    assert len(pupils) == inserted(revision)["pupils"] and pupils[0]["name"] == PUPIL
    assert pupils[0]["date_of_birth"] == "2016-05-04" and pupils[0]["group"] == "groep 5"
    if revision >= "0013":
        assert pupils[0]["administration_key"] == "FX-0001"
    assert backups(home) == first, "a second start writes no further backup"
    assert_every_record_kept(home, revision)


@pytest.fixture
def launched(qtbot, monkeypatch):
    """`ibdesk` without a command: AppController.launch, the main window filled after its first paint."""
    from ibdesk.app import AppController

    monkeypatch.setenv("IBDESK_PASSPHRASE", FIXTURE_PASSPHRASE)
    made = []

    def launch(home: Path):
        controller = AppController(home, confirm_recovery=lambda key: True)
        made.append(controller)
        window = controller.launch()
        assert window is not None and not controller.failed
        qtbot.waitUntil(lambda: window.context is not None, timeout=30000)
        return controller, window

    yield launch
    for controller in made:
        if controller.window is not None:
            controller.window.close()
        controller.close_store()


def table_texts(page) -> set[str]:
    model = page.table.model()
    return {
        str(model.index(row, column).data()) for row in range(model.rowCount()) for column in range(model.columnCount())
    }


@pytest.mark.parametrize("revision", STORED_VERSIONS)
def test_the_app_upgrades_every_stored_schema(revision, tmp_path, launched, shown):
    home = copy_fixture(revision, tmp_path, "gui")
    controller, window = launched(home)
    assert window.windowTitle() == f"ibdesk — {SCHOOL}"
    window.show_page(2)  # Casussen
    settle()
    assert PUPIL in table_texts(window.cases_page)
    window.show_page(1)  # Leerlingen
    settle()
    assert PUPIL in table_texts(window.pupils_page)
    assert window.pupils_page.table.model().rowCount() == inserted(revision)["pupils"]
    assert not [m for m in shown if m.kind == "error"], shown
    first = assert_one_pre_upgrade_backup(home)
    window.close()
    controller.close_store()
    _again, second = launched(home)
    assert second.windowTitle() == f"ibdesk — {SCHOOL}"
    assert backups(home) == first, "a second start writes no further backup"
    second.close()
    _again.close_store()
    assert_every_record_kept(home, revision)
