"""'Warme overdracht…' on a fresh school's case: the PO→VO form opens prefilled (each value
says where it came from), is saved as a concept, reopened, completed, and only then made into
a signed PDF — the save dialog comes last."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from support.new_school import open_first_case, po_vo_answers


@pytest.fixture
def fresh(store):
    """An empty profile with the school's first case and a final OPP (made through the services,
    see support/new_school.py)."""
    from ibdesk.services.container import Services
    from ibdesk.services.demo_samples import sample_answers
    from ibdesk.services.profile import save_user

    services = Services.build(store)
    save_user(store, "Marieke de Wit", "intern begeleider")  # asked in the first-run wizard
    school = open_first_case(store)
    people = {"staff": "Marieke de Wit", "guardian": school.guardian_ids[0], "organisation": school.swv_id}
    opp = sample_answers(services.catalog.latest("opp"), date.today() - timedelta(days=90), people)
    opp.update(
        bevorderende_factoren="Doorzetter; tekent graag en goed (fictief).",
        onderwijsbehoeften="Korte instructie en een vaste plek (fictief).",
        jeugdhulp_in_plan=False,
    )
    services.forms.save(school.pupil_id, "opp", services.catalog.latest("opp").version, opp, case_id=school.case_id)
    return services, school


@pytest.fixture
def page(qtbot, fresh):
    from ibdesk.ui.pages.base import Context
    from ibdesk.ui.pages.case_page import CasePage

    services, school = fresh
    widget = CasePage(Context(services))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    assert widget.open_case(school.case_id)
    return widget


def choose(page, label: str):
    action = next(a for a in page.handover_button.menu().actions() if a.text().startswith(label))
    action.trigger()
    return page.host.editor


def test_po_vo_handover_from_prefill_to_signed_pdf(page, fresh, dialogs, out, qtbot):
    from ibdesk.services.certificates import verify_with_profile

    services, school = fresh
    editor = choose(page, "PO → VO")
    assert page.stack.currentWidget() is page.host and editor.definition.id == "overdracht-po-vo"
    strengths = editor.view.row("sterke_kanten")
    assert strengths.input.value() == "Doorzetter; tekent graag en goed (fictief)."
    assert strengths.origin_label.isVisible()
    assert strengths.origin_label.text().startswith(f"Overgenomen uit OPP van {date.today():%d-%m-%Y}")
    assert editor.view.row("afzender").origin_label.text().startswith("Overgenomen uit de casus (regie)")
    assert editor.view.row("opp_aanwezig").input.value() is True
    assert not editor.export_button.isEnabled()  # incomplete: no PDF yet

    answers = editor.view.answers()
    answers["ontvangende_school"] = school.vo_school_id
    editor.view.set_answers(answers)
    qtbot.mouseClick(editor.concept_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.main  # parked as a concept
    assert page.forms.table.item(0, 5).text() == "Concept · nieuwste"
    page.export_handover("po-vo")  # the PDF of a concept is refused ...
    assert "nog een concept" in dialogs.of("error")[-1].text and not dialogs.of("save")  # ... before any dialog

    editor = choose(page, "PO → VO")  # reopen: the concept, not a new form
    assert editor.concept_note.text().startswith("Concept van") and not editor.view.row("sterke_kanten").origin
    assert editor.view.answers()["ontvangende_school"] == school.vo_school_id
    editor.view.set_answers({**editor.view.answers(), **po_vo_answers(school, date.today())})
    assert editor.export_button.isEnabled()
    # the onderwijskundig rapport duty (the consent screen records it; tested in tests/ui/pages)
    services.consent.record(school.case_id, okr_basis(school))
    dialogs.save_path = out / "overdracht.pdf"
    qtbot.mouseClick(editor.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialogs.shown[-1].kind != "save", timeout=30000)  # written off the UI thread
    assert [s.kind for s in dialogs.shown][-2:] == ["save", "info"]  # where to save: asked last
    assert verify_with_profile(services.store, out / "overdracht.pdf").ok, "signed by this profile's own certificate"
    assert services.forms.latest(school.case_id, "overdracht-po-vo").status == "final"
    assert "Veenstra" not in dialogs.suggested[-1].name


def okr_basis(school):
    from ibdesk.domain.consent import Basis

    return Basis(
        "legal_task",
        school.vo_school_id,
        "overdracht",
        frozenset({"identification", "school_results", "support_history"}),
        date.today(),
        task="okr",
    )
