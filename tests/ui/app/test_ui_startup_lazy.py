"""Issue 14 (bench/bench_startup.py): what `ibdesk` does before its main window is first painted and
what `ibdesk cases` does before it prints stays small. Each start runs in a fresh process, which
reports the modules loaded at that moment; the deferred parts are shown to arrive when needed."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from support.rules_profile import school_services

from ibdesk.domain.model import Case, Pupil

TESTS = Path(__file__).resolve().parents[2]
# Loaded only once the profile is open (or a policy file is there, or a passphrase is typed).
NOT_BEFORE_THE_WINDOW = (
    "sqlalchemy",
    "ibdesk.store.models",
    "yaml",
    "cryptography",
    "keyring",
    "ibdesk.ui.search_popup",
    "ibdesk.ui.models",
    "ibdesk.ui.pages.parts",
    "ibdesk.ui.pages.overview",
    "ibdesk.domain.model",
)
NOT_FOR_CASES = ("sqlalchemy.orm", "ibdesk.store.models", "yaml", "cryptography", "PySide6")

GUI_CHILD = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ibdesk import app as desktop
from ibdesk.ui.theme import Polisher

report = {}

def state(window):
    app = QApplication.instance()
    return {"modules": sorted(sys.modules), "polisher": app.findChild(Polisher) is not None,
            "nav_tab_keys": window.nav.tabKeyNavigation(), "loading": window.context is None}

real_launch, real_open = desktop.AppController.launch, desktop.AppController._open_into

def launch(self):
    window = real_launch(self)
    window.painted.connect(lambda: report.setdefault("painted", state(window)))
    return window

def open_into(self, shell):
    real_open(self, shell)
    report["opened"] = state(shell)
    QTimer.singleShot(0, QApplication.instance().quit)

desktop.AppController.launch, desktop.AppController._open_into = launch, open_into
code = desktop.run_gui(Path(sys.argv[1]))
print(json.dumps(report))
sys.exit(code)
"""

CASES_CHILD = """
import json, runpy, sys
sys.argv = ["ibdesk", "--home", sys.argv[1], "cases"]
try:
    runpy.run_module("ibdesk", run_name="__main__")
except SystemExit as exit:
    assert not exit.code, exit.code
print(json.dumps(sorted(sys.modules)))
"""


def child(code: str, home: Path) -> subprocess.CompletedProcess:
    path = os.pathsep.join(filter(None, [str(TESTS), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": path}
    done = subprocess.run(
        [sys.executable, "-c", code, str(home)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def loaded(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == n or m.startswith(n + ".") for n in names)]


def a_school_with_a_case(make_profile) -> Path:
    """A new profile as the wizard leaves it, with one pupil and one case."""
    created = make_profile()
    services = school_services(created.store, date(2026, 9, 1))
    pupil = services.records.save_pupil(
        Pupil("Noor", "Startvast (fictief)", date(2016, 3, 1), "groep 5", services.records.school().id, "Renkum")
    )
    services.records.save_case(Case(pupil.id, "Leest nog moeizaam (fictief)", date(2026, 9, 1), "IB"))
    created.store.close()
    return created.home


def test_the_main_window_is_painted_before_the_store_the_filters_and_the_pages(make_profile):
    home = a_school_with_a_case(make_profile)
    report = json.loads(child(GUI_CHILD, home).stdout.splitlines()[-1])
    painted, opened = report["painted"], report["opened"]
    assert painted["loading"] and loaded(painted["modules"], NOT_BEFORE_THE_WINDOW) == []
    assert not painted["polisher"], "the app-wide event filters wait until after the first paint"
    assert not opened["loading"] and opened["polisher"]
    assert not opened["nav_tab_keys"], "a list made before the filters still gets the keyboard rules"
    assert {"sqlalchemy", "ibdesk.ui.pages.overview"} <= set(opened["modules"]), "the check sees late imports"


def test_ibdesk_cases_lists_without_the_orm_yaml_or_cryptography(make_profile):
    home = a_school_with_a_case(make_profile)
    child(CASES_CHILD, home)  # the first open of the day makes the daily backup (and signs the new audit anchor)
    done = child(CASES_CHILD, home)
    *printed, modules = done.stdout.splitlines()
    assert any("Startvast (fictief)" in line for line in printed)
    assert loaded(json.loads(modules), NOT_FOR_CASES) == []


def test_the_follow_up_facts_ibdesk_cases_reads_give_the_state_all_events_give(make_profile):
    """`ibdesk cases` reads only FACT_MOVES; each case's state equals the one from all its events
    (but `recorded`, which says whether a case has any event, and which it does not show)."""
    from ibdesk.services import case_events

    store = make_profile(demo=True, pupils=40).store
    every = case_events.follow_ups(store)
    facts = case_events.follow_ups(store, moves=case_events.FACT_MOVES)
    assert every.keys() == facts.keys() and len(every) > 10
    assert any(s.referred_on for s in every.values()) and any(s.closed_on for s in every.values())
    assert any(s.decision for s in every.values()) and any(s.reopened_on for s in every.values())
    assert all(dataclasses.replace(facts[case], recorded=s.recorded) == s for case, s in every.items())


def test_search_sources_name_their_tables_as_the_models_do():
    """The search index is checked at open by table name, without the ORM: the names must agree."""
    from ibdesk.store.search_index import sources

    for source in sources():
        assert source.table == source.model.__tablename__, source.kind
