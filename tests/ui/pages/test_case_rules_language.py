"""Texts the domain rules write, on an English case page (issue 16.8): the note for a pupil who
lives in another municipality than the school (woonplaatsbeginsel) and the doorbraak path of a
case marked urgent. From an empty profile with English chosen in Instellingen; the pupil moves
and the case is marked urgent through the services, as the pupil form and the case's "Mark as
urgent" button do. The dossier keeps the Dutch (tests/domain/test_shown_language.py)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication
from support.new_school import open_first_case
from support.ui_language import catalog_dir, dutch_left, english, start, visible_texts  # noqa: F401 (fixtures)

from ibdesk.domain.model import Contact, Organisation, OrgKind

SHOTS = Path("/tmp/uilang-rules")
PUPIL = ["Lotte", "Veenstra-Ağaoğlu", "groep 8"]  # stored data


def open_case_of_a_pupil_from_renkum(window):
    """The new school's pupil lives in Renkum, the school is in Wageningen; both Sociaal Teams known."""
    services = window.context.services
    school = open_first_case(services.store)
    services.records.save_organisation(
        Organisation(
            OrgKind.SOCIAAL_TEAM,
            "Sociaal Team Renkum (fictief)",
            "Renkum",
            "0317123450",
            None,
            [Contact("Sanne Bos", "jeugdconsulent", "0317123451", None, is_primary=True)],
        )
    )
    pupil = services.records.pupil(school.pupil_id)
    services.records.save_pupil(replace(pupil, municipality="Renkum"))
    window.open_case(school.case_id)
    QApplication.processEvents()
    return school


def stored(window) -> list[str]:
    services = window.context.services
    return PUPIL + ["Renkum", "Wageningen"] + [org.name for org in services.records.organisations()]


def test_the_border_note_in_english(qtbot, english, start):
    window = start()
    window.show()
    open_case_of_a_pupil_from_renkum(window)
    note = window.case_page.border_note
    assert note.isVisibleTo(window.case_page)
    text = note.text()
    assert "The pupil is registered in the BRP in Renkum and goes to school in Wageningen." in text
    assert "Residence principle (woonplaatsbeginsel, Jeugdwet art. 1.1, since 2022)" in text
    keeps_dutch = ["woonplaatsbeginsel", "Jeugdwet", "jeugdhulp"]  # glossary: Dutch law and institutions
    assert dutch_left([text], allowed=stored(window) + keeps_dutch) == [], text
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "border-note-en.png"))


def test_the_doorbraak_path_of_an_urgent_case_in_english(qtbot, english, start):
    """Doorbraakaanpak (seed 001): a case urgent for a crisis is not held back by the school's steps."""
    window = start()
    window.show()
    school = open_case_of_a_pupil_from_renkum(window)
    window.context.services.doorbraak.mark_urgent(school.case_id, "crisis", "Crisis thuis (fictief)")
    window.case_page.refresh()
    QApplication.processEvents()
    texts = visible_texts(window.case_page.readiness)
    expected = (
        "Doorbraak route (urgent: crisis): the school's steps do not hold the referral up; only this is still missing."
    )
    assert any(expected in t for t in texts), "\n".join(sorted(texts))
    assert not [t for t in texts if "spoed" in t or "thuiszitter" in t], sorted(texts)
    assert window.case_page.readiness.urgency_reason.currentText() == "Urgent: crisis"  # the reason it is marked with
    qtbot.wait(200)
    window.grab().save(str(SHOTS / "doorbraak-en.png"))


def test_the_border_note_stays_dutch_by_default(qtbot, catalog_dir, start):
    window = start()
    window.show()
    open_case_of_a_pupil_from_renkum(window)
    assert "De leerling staat in de BRP ingeschreven in Renkum" in window.case_page.border_note.text()
