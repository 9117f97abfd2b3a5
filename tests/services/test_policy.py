"""School IT's machine policy: central settings that win over the user's own."""

import os
import shutil
from datetime import date

import pytest

from ibdesk.errors import UserError
from ibdesk.paths import bundled_data, bundled_forms_dir
from ibdesk.policy import Policy, load_policy
from ibdesk.services.container import Services
from ibdesk.services.forms import load_forms


def write(tmp_path, text):
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_policy_file_means_no_policy(tmp_path):
    assert load_policy(tmp_path / "absent.yaml").school_certificate is None


def test_policy_values_win_over_the_profile_settings(store, tmp_path, monkeypatch):
    path = write(
        tmp_path,
        "school_certificate: C:/ProgramData/ibdesk/school.p12\nretention_auto_delete: true\nholiday_region: zuid\n",
    )
    monkeypatch.setenv("IBDESK_POLICY", str(path))
    store.set_setting("retention.auto_delete", "0")
    services = Services.build(store)
    assert store.get_setting("dossier.school_p12") == "C:/ProgramData/ibdesk/school.p12"
    assert store.get_setting("retention.auto_delete") == "1"
    assert services.absence.calendar().region == "zuid"


def test_forms_dir_from_policy_adds_to_the_bundled_forms(store, tmp_path, monkeypatch):
    forms = tmp_path / "regio-forms"
    forms.mkdir()
    bundled = load_forms()
    route = (bundled_forms_dir() / "routekaart-po-regio-oost.yaml").read_text(encoding="utf-8")
    (forms / "regio-v3.yaml").write_text(route.replace("\nversion: 1\n", "\nversion: 3\n", 1), encoding="utf-8")
    monkeypatch.setenv("IBDESK_POLICY", str(write(tmp_path, f"forms_dir: {forms}\n")))
    services = Services.build(store)
    assert services.form_folders == [bundled_forms_dir(), forms]
    assert len(services.catalog) == len(bundled) + 1 and services.catalog.ok
    assert ("routekaart-po-regio-oost", 3) in services.catalog and ("opp", 2) in services.catalog
    assert "IBDESK_FORMS_DIR" not in os.environ, "the policy never replaces the bundled set"


def test_unreachable_policy_forms_dir_is_reported(store, tmp_path, monkeypatch):
    gone = tmp_path / "share-is-down"
    monkeypatch.setenv("IBDESK_POLICY", str(write(tmp_path, f"forms_dir: {gone}\n")))
    services = Services.build(store)
    assert ("opp", 2) in services.catalog, "the bundled forms still load"
    assert services.form_problems and f"De formulierenmap {gone} is niet bereikbaar" in services.form_problems[0]


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("school_cert: x\n", "Onbekende instelling"),
        ("retention_auto_delete: ja\n", "true of false"),
        ("- a\n- b\n", "sleutels"),
        ("forms_dir: [1, 2]\n", "tekst"),
        ("a: [\n", "kan niet worden gelezen"),
        ("school_type: mbo\n", "'school_type' in .*Kies po, vo of so"),
    ],
)
def test_broken_policy_is_reported_by_name(tmp_path, text, fragment):
    with pytest.raises(UserError, match=fragment):
        load_policy(write(tmp_path, text))


def test_policy_school_type_and_region_decide_the_route_over_the_school(store, tmp_path, monkeypatch):
    from ibdesk.domain.model import School

    services = Services.build(store)
    services.records.save_school(School("OBS De Es (fictief)", "Renkum", school_type="po"))
    assert services.routes.default_option(services.records.school()).id == "routekaart-po"
    monkeypatch.setenv("IBDESK_POLICY", str(write(tmp_path, "school_type: VO\n")))
    services = Services.build(store)
    assert services.routes.locked() == {"schooltype": "vo"}
    assert services.routes.default_option(services.records.school()).id == "routekaart-vo"
    monkeypatch.setenv("IBDESK_POLICY", str(write(tmp_path, "school_region: SWV Regio Oost (fictief)\n")))
    services = Services.build(store)
    assert services.routes.default_option(services.records.school()).id == "routekaart-po-regio-oost"


def test_a_policy_resources_folder_with_only_holidays_keeps_the_bundled_fonts(tmp_path, monkeypatch):
    from reportlab.pdfbase import pdfmetrics

    from ibdesk.dossier import document

    folder = tmp_path / "resources"
    folder.mkdir()
    (folder / "holidays.yaml").write_text("regions: {}\n", encoding="utf-8")
    monkeypatch.setattr(pdfmetrics, "getRegisteredFontNames", lambda: [])  # as in a fresh process
    registered = []
    monkeypatch.setattr(pdfmetrics, "registerFont", lambda font: registered.append(font.face.filename))
    monkeypatch.setattr(pdfmetrics, "registerFontFamily", lambda *a, **k: None)
    document.register_fonts(Policy(resources_dir=str(folder)).resources())
    fonts = str(bundled_data("resources") / "fonts")
    assert len(registered) == 4 and all(f.startswith(fonts) for f in registered), registered


def test_a_policy_resources_folder_with_fonts_is_used_for_the_fonts(tmp_path, monkeypatch):
    from reportlab.pdfbase import pdfmetrics

    from ibdesk.dossier import document

    folder = tmp_path / "resources"
    shutil.copytree(bundled_data("resources") / "fonts", folder / "fonts")
    monkeypatch.setattr(pdfmetrics, "getRegisteredFontNames", lambda: [])  # as in a fresh process
    registered = []
    monkeypatch.setattr(pdfmetrics, "registerFont", lambda font: registered.append(font.face.filename))
    monkeypatch.setattr(pdfmetrics, "registerFontFamily", lambda *a, **k: None)
    document.register_fonts(Policy(resources_dir=str(folder)).resources())
    assert len(registered) == 4 and all(f.startswith(str(folder / "fonts")) for f in registered), registered


STUDIEDAG = """regions:
  zuid:
    - {name: Studiedag (fictief), first: 2026-11-23, last: 2026-11-23, source: Besluit schoolbestuur (fictief)}
"""


def test_the_policy_resources_folder_reaches_the_calendar_as_an_object_not_the_environment(store, tmp_path):
    """issue 14, move 5: the policy is passed to Services.build; nothing is written into os.environ."""
    folder = tmp_path / "resources"
    folder.mkdir()
    (folder / "holidays.yaml").write_text(STUDIEDAG, encoding="utf-8")
    environment = dict(os.environ)
    with_folder = Services.build(store, policy=Policy(resources_dir=str(folder), holiday_region="zuid"))
    assert dict(os.environ) == environment
    assert with_folder.resources == folder  # what the exports hand to the fonts
    assert with_folder.absence.calendar().holiday_on(date(2026, 11, 23)).name == "Studiedag (fictief)"
    bundled = Services.build(store, policy=Policy(holiday_region="zuid"))
    assert bundled.absence.calendar().holiday_on(date(2026, 11, 23)) is None
