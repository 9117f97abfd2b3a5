"""Issue 11.3 on a fresh school's case: every form a person signs prints as a PDF with the
statement he would read on screen and signature lines per person (the OPP instemming of each
parent with gezag, WPO art. 40a lid 2; hoorrecht, WPO art. 40a lid 3), and the pupil of 12+
signs for his own zienswijze on the aanmelding bij het Sociaal Team (domain.md §3 and §5)."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date, timedelta

from support.dates import born_years_ago

from ibdesk.domain.model import Organisation, OrgKind
from ibdesk.forms import drop_hidden
from ibdesk.services.demo_samples import people_for, sample_answers
from ibdesk.ui.kit import messages

from .helpers import drag
from .test_pages_notes import page  # noqa: F401 - the fresh school's case page


def _text(pdf) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _save(page, store, form_id: str, **extra) -> None:
    services, ov = page.context.services, page.overview
    definition = services.catalog.latest(form_id)
    kinds = {o.kind: o for o in services.records.organisations()}
    for kind, name in ((OrgKind.JEUGDHULP, "Jeugdhulp Vallei (fictief)"), (OrgKind.SWV_LOKET, "SWV Loket (fictief)")):
        kinds.setdefault(kind, services.records.save_organisation(Organisation(kind, name, "Ede")))
    main = kinds[OrgKind.SOCIAAL_TEAM if form_id != "opp" else OrgKind.SWV_LOKET]
    with store.session() as s:
        people = people_for(
            s,
            {
                "staff": "Marieke de Wit",
                "guardian": str(ov.pupil.guardians[0].id),
                "contact": "1",
                "organisation": str(main.id),
                "organisation:jeugdhulp": str(kinds[OrgKind.JEUGDHULP].id),
            },
        )
    answers = {**sample_answers(definition, date.today() - timedelta(days=60), people), **extra}
    services.forms.save(ov.pupil.id, form_id, definition.version, drop_hidden(definition, answers), case_id=ov.case.id)


def _thirteen(page) -> None:
    services, pupil = page.context.services, page.overview.pupil
    services.records.save_pupil(replace(pupil, birth_date=born_years_ago(date.today(), 13) - timedelta(days=3)))


def test_the_opp_instemming_and_hoorrecht_print_on_paper_per_person(page, store, monkeypatch, tmp_path):
    _thirteen(page)
    _save(page, store, "opp")
    page.refresh()
    panel = page.opp
    panel.sign_button.click()
    box = panel.sign_box
    box.method.setCurrentIndex(box.method.findData("getekend_papier"))
    assert box.print_button.isVisibleTo(box)
    printed = tmp_path / "instemming.pdf"
    monkeypatch.setattr(messages, "ask_save_path", lambda *a: printed)
    assert box.print_paper() == printed
    text = _text(printed)
    for guardian in page.overview.pupil.guardians:  # each parent with gezag, his own statement and lines
        assert f"Ik, {guardian.name}, ga akkoord met het handelingsdeel" in " ".join(text.split())
    assert "Instemming met het OPP" in text and text.count("Handtekening") == 2
    panel.heard_button.click()
    heard = tmp_path / "gehoord.pdf"
    monkeypatch.setattr(messages, "ask_save_path", lambda *a: heard)
    assert box.print_paper() == heard
    text = " ".join(_text(heard).split())
    pupil = page.overview.pupil
    assert f"Ik, {pupil.full_name}, heb mijn mening gegeven over het ontwikkelingsperspectiefplan (OPP)" in text
    printed_on = page.context.services.signatures.today().strftime("%d-%m-%Y")
    assert printed_on not in text, "the day of printing is not the day the pupil signs: it is written by hand"
    assert text.count("Handtekening") == 1 and "Anna" not in text  # only the pupil signs for hoorrecht


def test_the_pupil_signs_for_his_own_zienswijze_on_the_aanmelding(page, store, monkeypatch, tmp_path):
    _thirteen(page)
    page.refresh()
    view = page.viewpoints.pupil_view
    assert view.isVisibleTo(page.viewpoints) and not view.sign_button.isVisibleTo(view)  # nothing to sign yet
    assert "Eerst de aanmelding" in view.state.text()
    words = "Ik wil dat het rustiger wordt in de klas (fictief)."
    _save(page, store, "aanmelding-sociaal-team", visie_kind=words)
    page.refresh()
    assert view.sign_button.isVisibleTo(view)
    view.sign_button.click()
    box = view.sign_box
    assert words in box.statement.text() and "aanmelding bij het Sociaal Team" in box.statement.text()
    box.method.setCurrentIndex(box.method.findData("getekend_papier"))
    printed = tmp_path / "zienswijze.pdf"
    monkeypatch.setattr(messages, "ask_save_path", lambda *a: printed)
    assert box.print_paper() == printed
    assert "rustiger wordt in de klas" in " ".join(_text(printed).split())
    box.method.setCurrentIndex(box.method.findData("getekend_scherm"))
    drag(box.pad.pad, [(30, 30), (120, 70), (200, 30)])
    assert box.commit(), box.error.text()
    pupil = page.overview.pupil
    signed = page.context.services.signatures.signatures(case_id=page.overview.case.id, subject="zienswijze")
    assert [(s.name, s.decision) for s in signed] == [(pupil.full_name, "gehoord")] and words in signed[0].statement
    assert view.state.text().startswith(f"Getekend: {pupil.full_name}") and not view.sign_button.isVisibleTo(view)


def test_no_zienswijze_signature_is_asked_of_a_pupil_under_12(page):
    assert not page.viewpoints.pupil_view.isVisibleTo(page.viewpoints)  # Lotte is 11


def test_the_opp_tab_names_who_has_not_agreed_yet(page, store):
    """WPO art. 40a lid 2: the OPP waits for each parent with gezag; the tab says who."""
    _save(page, store, "opp")
    page.refresh()
    note = page.opp.signed_note.text()
    for guardian in page.overview.pupil.guardians:
        assert f"{guardian.name} ({guardian.relation}, gezag)" in note
    assert note.startswith("Nog niet akkoord:")


def test_the_last_parents_signature_makes_the_opp_vastgesteld_on_screen(page, store):
    """WPO art. 40a lid 2: the page says 'vastgesteld' as soon as the last parent signed."""
    _save(page, store, "opp")
    page.refresh()
    panel = page.opp
    assert "nog niet vastgesteld" in panel.state.headline.text()
    for _guardian in page.overview.pupil.guardians:
        panel.sign_button.click()
        drag(panel.sign_box.pad.pad, [(30, 30), (120, 70), (200, 30)])
        assert panel.sign_box.commit(), panel.sign_box.error.text()
    assert panel.state.headline.text().startswith("OPP vastgesteld op")
    tag, _ = panel.facts["agreement"]
    assert tag.text() == "gegeven"
