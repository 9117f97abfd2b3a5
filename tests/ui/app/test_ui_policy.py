"""School IT's policy and forms folder at start-up (issue 15): a broken policy is refused before
the wizard or the unlock screen; an unreachable forms folder is named, with the forms it lacks."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from support.rules_profile import add_pupil, school_services

from ibdesk.app import AppController
from ibdesk.domain.model import Case
from ibdesk.paths import bundled_forms_dir
from ibdesk.store import keyring_access
from ibdesk.ui.main_window import MainWindow

ROUTE = "routekaart-po-regio-oost"


@pytest.fixture
def controller(qtbot, home):
    made: list[AppController] = []
    yield lambda: made.append(AppController(home)) or made[-1]
    for c in made:
        if c.window is not None:
            c.window.close()
        c.close_store()


def write_policy(text: str) -> None:
    Path(os.environ["IBDESK_POLICY"]).write_text(text, encoding="utf-8")


@pytest.mark.parametrize("with_profile", [False, True])
def test_a_broken_policy_is_refused_before_the_wizard_or_unlock(controller, make_profile, shown, with_profile):
    if with_profile:  # locked: the key is not in this computer's keyring
        created = make_profile(passphrase="paarse olifant fietst")
        created.store.close()
        keyring_access.forget_key(created.store.keyfile.profile_id)
    write_policy("holiday_region: west\n")
    c = controller()
    assert c.start() is None and c.window is None and c.failed
    assert [m.title for m in shown] == ["Beleid van deze computer"]
    assert "'west' is geen vakantieregio" in shown[0].text and "ICT-beheerder" in shown[0].text


def test_an_unreachable_forms_folder_names_the_missing_forms(controller, make_profile, shown, tmp_path):
    folder = tmp_path / "regio-forms"
    folder.mkdir()
    route = (bundled_forms_dir() / f"{ROUTE}.yaml").read_text(encoding="utf-8")
    (folder / "regio-v5.yaml").write_text(route.replace("\nversion: 1\n", "\nversion: 5\n", 1), encoding="utf-8")
    write_policy(f"forms_dir: {folder}\n")
    created = make_profile()
    services = school_services(created.store, date.today())
    pupil = add_pupil(services, date(2016, 3, 12), "groep 5")
    case = services.records.save_case(
        Case(pupil.id, "Lezen (fictief)", date.today(), "Eva de Wit (fictief)", route_id=ROUTE, route_version=5)
    )
    created.store.close()
    folder.rename(tmp_path / "share-is-down")
    window = controller().start()
    assert isinstance(window, MainWindow) and window.isVisible()
    info = [m for m in shown if m.title == "Formulieren niet beschikbaar"]
    assert len(info) == 1, shown
    assert f"De formulierenmap {folder} is niet bereikbaar" in info[0].text
    assert f"{ROUTE} versie 5 (casus {case.id})" in info[0].text
