"""The case list and the case page in English (issue 16.8): from an empty profile with English
chosen in Instellingen, every part of the case list and the case page the user can reach speaks
English and keeps unique Alt+letters. Dutch shows only where it is stored data, a routekaart's own
wording (forms/), or a text the services and domain write (`domain_texts`, translated elsewhere).
Dutch stays the default."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from support.new_school import LEAD, open_first_case
from support.qt_checks import mnemonic_clashes
from support.ui_language import catalog_dir, dutch_left, english, start, visible_texts  # noqa: F401 (fixtures)

from ibdesk.domain.doorbraak import URGENCY_REASONS
from ibdesk.domain.lifecycle import DECISION_LABELS, Move
from ibdesk.domain.model import CaseStatus, OrgKind
from ibdesk.domain.route import StepState
from ibdesk.dossier.step_facts import participants_text, when_text
from ibdesk.services import audit
from ibdesk.text.dates import short_date
from ibdesk.ui.forms import DateInput
from ibdesk.ui.main_window import NAV_PAGES, MainWindow

SHOTS = Path("/tmp/uilang-case")


def shoot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def cases_of(window: MainWindow):
    window.show_page(next(i for i, (_label, name) in enumerate(NAV_PAGES) if name == "cases_page"))
    return window.page("cases_page")


def domain_texts() -> list[str]:
    """What the domain and services write (status labels, step states, decisions, urgency
    reasons, history moves, audit actions, organisation kinds): another helper's part of issue 16.8."""
    texts = [s.label for s in CaseStatus] + [s.label for s in StepState] + [m.label for m in Move]
    texts += list(DECISION_LABELS.values()) + [k.label for k in OrgKind]
    texts += [label[0].upper() + label[1:] for label in URGENCY_REASONS.values()]
    texts += list(audit.ACTION_LABELS.values()) + list(audit.ENTITY_LABELS.values())
    return texts


def stored(window: MainWindow) -> list[str]:
    """What the new school's records hold and the routekaart's own Dutch wording, which stay as
    they are in an English UI; with a case open also what the services computed for it."""
    services = window.context.services
    texts = [LEAD, "intern begeleider", "Lotte", "Veenstra-Ağaoğlu", "groep 8", "Wageningen"]
    texts += [org.name for org in services.records.organisations()]
    texts += [option.title for option in services.routes.choices(services.records.school())]
    ov = window.case_page.overview
    if ov is not None:
        texts.append(ov.case.help_question)
        texts += [line.strip(" –") for line in ov.readiness.missing]  # computed in services
        if ov.route is not None:
            texts.append(ov.route.title)
            for view in ov.view.steps:
                texts += [view.info.title, *view.missing_evidence, *view.warnings]
        for card in window.case_page.timeline.cards:  # dates and who took part, as the dossier words them
            if card.step_facts is not None:
                texts += [when_text(card.step_facts, card.calendar), participants_text(card.step_facts)]
    texts += ["IB'er"]  # kept in English (glossary); the word check reads its "er" as Dutch
    return sorted(texts + domain_texts(), key=len, reverse=True)  # the longest first: a name inside a text


def english_only(widget: QWidget, window: MainWindow, foreign: set[str] | None = None) -> set[str]:
    """The widget's texts, after asserting none is Dutch; the date fields (ui/forms) and the
    `foreign` texts are other helpers' parts and left out of the check."""
    texts = visible_texts(widget)
    foreign = (foreign or set()) | {text for field in widget.findChildren(DateInput) for text in visible_texts(field)}
    assert dutch_left(texts - foreign, allowed=stored(window)) == []
    return texts


@pytest.fixture
def window(qtbot, english, start) -> MainWindow:
    return start()


@pytest.fixture
def case_page(window):
    school = open_first_case(window.context.services.store)
    window.open_case(school.case_id)
    QApplication.processEvents()
    return window.case_page


def headers(page) -> set[str]:
    """The list's column headers: ui/models.py, translated on another branch (ui-main)."""
    return {page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(page.model.columnCount())}


def test_the_case_list_in_english_empty_and_with_a_case(window):
    page = cases_of(window)
    assert page.header.title.text() == "Cases"
    texts = english_only(page, window, foreign=headers(page))
    assert {"&Search:", "&Open", "&New case…", "S&tatus:", "&Group:", "L&ead:", "&Clear", "0 cases"} <= texts
    assert any(t.startswith("No cases yet. Start a case at the first sign of concern") for t in texts)
    assert {"All statuses", "All groups", "Everyone"} <= texts
    assert mnemonic_clashes(page) == []
    shoot(page, "cases-empty.png")

    open_first_case(window.context.services.store)
    page.refresh()
    texts = english_only(page, window, foreign=headers(page))
    assert "1 case" in texts
    shoot(page, "cases-one.png")
    page.search.setText("niemand (fictief)")
    texts = english_only(page, window, foreign=headers(page))
    assert "0 of 1 case" in texts
    assert any(t.startswith("No case matches the search or the filters. ‘Clear’ (Alt+C)") for t in texts)
    shoot(page, "cases-no-match.png")
    page.clear_filters()


def test_starting_a_new_case_in_english(window):
    page = cases_of(window)
    open_first_case(window.context.services.store)
    page.refresh()
    page.start_new()
    assert page.create_case() is None  # no pupil chosen: refused with a message
    picker = visible_texts(page.new_pupil) | {page.new_pupil.accessibleName()}  # ui/pickers: ui-main's part
    texts = english_only(page, window, foreign=picker | headers(page))
    assert {
        "New case",
        "&Pupil",
        "&Help question",
        "&Lead",
        "&Role",
        "Route&kaart",
        "Create and open the case",
    } <= texts
    assert "Search for the pupil and choose them in the list." in texts
    assert "Cancel" in texts
    route = page.new_route.itemText(0)
    assert route.endswith(" — your school's default") and "(version " in route
    assert mnemonic_clashes(page) == []
    shoot(page, "cases-new.png")


def test_the_case_page_route_tab_facts_and_readiness_in_english(window, case_page):
    page = case_page
    texts = english_only(page, window)
    case_id = page.case_id
    assert page.header.title.text() == f"Case {case_id} · Lotte Veenstra-Ağaoğlu"
    assert page.header.subtitle.text().startswith("groep 8 · opened on ")
    assert {"← Back", "Change status", "&Warm handover…", "&Export dossier…"} <= texts
    assert {"Pupil:", "Lead:", "Help question:", "Sociaal Team:", "Status:", "Not ready for referral yet"} <= texts
    assert {"Route", "Whose move is it?", "Consent", "Parents' views", "Notes and attachments", "Forms"} <= texts
    assert {"Audit log", "Status", "Ready for referral to the Sociaal Team?", "Mark as urgent"} <= texts
    assert page.facts.ready_badge.text() == "Not ready for referral yet"
    assert page.fact_labels["leerling"].text() == "Lotte Veenstra-Ağaoğlu, groep 8, lives in Wageningen"
    assert page.readiness.banner.headline.text().startswith("Not ready yet: ")
    assert page.readiness.team.text() == (
        "Refer to: Sociaal Team Wageningen (fictief) (municipality of residence Wageningen)."
    )
    card = page.timeline.cards[0]
    assert card.evidence_button.text() == "Fill in evidence"
    assert {"In progress", "Finished"} <= {b.text() for b in card.state_buttons.values()}
    assert card.facts.text().startswith("Required step · ")
    total = len(page.overview.view.steps)
    assert f"{page.overview.route.title} · 0 of {total} steps finished. Now: " in page.timeline.intro.text()
    assert [a.text() for a in page.handover_button.menu().actions()] == [
        "Primary → secondary (PO → VO: educational report and warm handover)",
        "To another school (also SBO/SO)",
        "Referral to the Sociaal Team",
    ]
    assert mnemonic_clashes(page) == []
    shoot(page, "case-route.png")

    skippable = next(c for c in page.timeline.cards if StepState.NOT_APPLICABLE in c.state_buttons)
    skippable.state_buttons[StepState.NOT_APPLICABLE].click()
    texts = english_only(skippable, window)
    assert {"Why not applicable?", "Record", "Cancel"} <= texts
    assert skippable.reason.placeholderText() == "for example: discussed in the MDO, not needed because…"
    assert mnemonic_clashes(page) == []
    shoot(skippable, "case-step-not-applicable.png")


def test_the_case_page_tabs_in_english(window, case_page):
    page = case_page
    for panel, name in (
        (page.responsibility, "responsibility"),
        (page.forms, "forms"),
        (page.audit, "audit"),
        (page.lifecycle, "status"),
    ):
        page.tabs.setCurrentIndex(next(i for i in range(page.tabs.count()) if page.tabs.widget(i).isAncestorOf(panel)))
        english_only(panel, window)
        assert mnemonic_clashes(page) == []
        shoot(page, f"case-tab-{name}.png")
    texts = visible_texts(page.responsibility)
    assert {"Whose move is it?", "Not filled in yet.", "Fill in Whose move is it?"} <= texts
    texts = visible_texts(page.forms)
    assert {"Saved forms of this case", "Open (read-only)", "Form", "Step", "Version", "Saved", "By", "State"} <= texts
    texts = visible_texts(page.audit)
    assert {"Who did what with this case", "Time", "Who", "Action", "Item", "Details"} <= texts
    texts = visible_texts(page.lifecycle)
    assert {"Status of the case", "History", "Set to running…", "Close case…"} <= texts
    assert page.lifecycle.history.texts()[0].endswith("Case opened by name not yet filled in")  # no user name yet
    assert [a.text() for a in page.status_button.menu().actions()][:1] == ["Set to running…"]


def test_the_status_forms_in_english(window, case_page):
    page = case_page
    form = page.open_status_form("lopend")
    assert page.host.title.text() == "Set to running — Lotte Veenstra-Ağaoğlu"
    texts = english_only(form, window)
    assert {"&Date", "C&omments (may be left empty)", "Save", "Cancel"} <= texts
    assert "The school starts working through the routekaart." in texts
    assert mnemonic_clashes(page) == []
    assert form.save() is not None
    assert page.lifecycle.history.texts()[0].startswith(short_date(date.today()) + " · ")
    form = page.open_status_form("aangemeld")
    assert page.host.title.text() == "Referred to Sociaal Team — Lotte Veenstra-Ağaoğlu"
    assert page.host.back.text() == "← Back"
    texts = english_only(form, window)
    assert {"&Date", "Referred &to", "Answer e&xpected by", "Save", "Cancel"} <= texts
    assert any(t.startswith("8 weeks by default (art. 4:13 Awb)") for t in texts)
    form.date.setText("")
    assert form.save() is None
    assert "Enter the date (dd-mm-yyyy)." in english_only(form, window)
    assert mnemonic_clashes(page) == []
    shoot(page, "case-status-refer.png")
    form.cancel_button.click()

    assert "C&omments (may be left empty)" in texts

    form = page.open_status_form("gesloten")
    texts = english_only(form, window)
    assert {"&Date", "&Reason", "Save"} <= texts
    assert any(t.startswith("The retention period (2 years) runs from the closing date.") for t in texts)
    assert mnemonic_clashes(page) == []
    shoot(page, "case-status-close.png")
    form.cancel_button.click()

    lifecycle = window.context.services.lifecycle
    team = page.overview.teams.residence
    lifecycle.change(
        page.case_id, "aangemeld", on=date.today(), organisation_id=team.id, due_on=date.today() + timedelta(days=56)
    )
    page.refresh()
    due = short_date(date.today() + timedelta(days=56))
    assert page.lifecycle.history.texts()[0].endswith(f"Sociaal Team Wageningen (fictief); answer by {due}")
    facts = page.lifecycle.facts.texts()  # where the case stands after the referral (issue 16.5)
    assert facts == [
        f"Referred to Sociaal Team Wageningen (fictief) on {short_date(date.today())}.",
        f"Answer expected by {due}.",
    ]
    english_only(page.lifecycle, window)
    form = page.open_status_form("opvolging")
    texts = english_only(form, window)
    assert {"&Date", "De&cision of the Sociaal Team", "&Next review", "C&omments (may be left empty)"} <= texts
    assert form.decision.itemText(0) == "Choose…"
    assert mnemonic_clashes(page) == []
    shoot(page, "case-status-decision.png")
    form.cancel_button.click()


def test_the_forms_opened_in_place_in_english(window, case_page):
    page = case_page
    step = page.overview.route.steps[0]
    editor = page.open_step_editor(step.id)
    assert page.host.title.text() == f"Evidence: {step.title} — Lotte Veenstra-Ağaoğlu"
    assert page.host.note.text() == "Every save keeps a new version; earlier versions stay visible under Forms."
    assert page.host.back.text() == "← Back"
    assert dutch_left({page.host.back.text(), page.host.back.toolTip(), page.host.note.text()}) == []
    editor.view.set_answers({"sig_datum_signaal": (date.today() - timedelta(days=3)).isoformat()})
    assert editor.save_concept() is not None
    page.close_editor()
    card = page.timeline.card(step.id)
    assert card.evidence_button.text() == "Finish the draft"
    assert card.concept_note.text().startswith("Draft evidence saved on ")
    english_only(card, window)

    page.tabs.setCurrentIndex(next(i for i in range(page.tabs.count()) if page.tabs.widget(i).isAncestorOf(page.forms)))
    assert page.forms.table.item(0, 5).text() == "Draft · latest"
    view = page.open_saved(page.forms.saved[0].id)
    assert view is not None
    assert page.host.back.text() == "← Close"
    assert page.host.note.text().startswith("Draft (not finished yet), saved on ")
    shoot(page, "case-saved-form.png")
    page.close_editor()

    editor = page.open_responsibility_editor()
    assert page.host.title.text() == "Whose move is it? — Lotte Veenstra-Ağaoğlu"
    assert page.host.note.text().startswith("The outcome under your routekaart's rules")
    assert editor.outcome.headline.text() == "Outcome: cannot be determined yet. First answer:"
    shoot(page, "case-responsibility-editor.png")
    page.close_editor()

    page.open_consent_editor()
    assert page.host.title.text() == "Record consent — Lotte Veenstra-Ağaoğlu"
    assert page.host.note.text() == (
        "Under 16 the parents with parental responsibility sign; with joint parental responsibility, both parents. "
        "Have the parent or pupil sign on the screen, or choose 'getekend op papier' (signed on paper)."
    )
    page.close_editor()


def test_dutch_is_still_the_default(qtbot, catalog_dir, start):
    window = start()
    page = cases_of(window)
    assert page.header.title.text() == "Casussen"
    assert {"&Zoeken:", "&Nieuwe casus…", "&Status:", "R&egie:", "Leerling"} <= visible_texts(page)
    school = open_first_case(window.context.services.store)
    window.open_case(school.case_id)
    page = window.case_page
    texts = visible_texts(page)
    assert {"&Dossier exporteren…", "&Warme overdracht…", "Wie is aan zet?", "Toestemming", "Logboek"} <= texts
    assert page.header.title.text() == f"Casus {school.case_id} · Lotte Veenstra-Ağaoğlu"
    assert page.facts.ready_badge.text() == "Nog niet klaar voor aanmelding"
    assert page.timeline.cards[0].evidence_button.text() == "Bewijs invullen"
    form = page.open_status_form("lopend")
    assert {"&Datum", "&Toelichting (mag leeg blijven)", "Opslaan", "Annuleren"} <= visible_texts(form)
    assert page.host.title.text() == "Op lopend zetten — Lotte Veenstra-Ağaoğlu"
