"""Dates on English screens, Dutch dates in documents (issue 16.8), from an empty profile with
English chosen in Instellingen: the case timeline dates its steps with '(3 school weeks)' and
'(ongoing)', a form's date field asks for dd-mm-yyyy, reads 'today' and opens an English calendar,
the draft question says 'today at', the export wizard writes '3 December 2026'; no Dutch month
name or date word on those screens. The access request PDF made in the same English session keeps
its Dutch dates (a document). Dutch stays the default."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QScrollArea, QToolButton, QWidget
from support.new_school import LEAD, open_first_case
from support.qt_checks import mnemonic_clashes
from support.tasks import settle
from support.ui_language import catalog_dir, dutch_left, english, start, visible_texts  # noqa: F401 (fixtures)

from ibdesk.domain.route import StepState
from ibdesk.dossier.step_facts import participants_text
from ibdesk.services.demo_samples import people_for, sample_answers
from ibdesk.services.profile import save_user
from ibdesk.text.dates import ENGLISH_MONTHS, MONTHS, long_date, short_date
from ibdesk.ui.forms import DateInput

SHOTS = Path("/tmp/uilang-dates")
# Dutch date words the Dutch-word list does not know (month names, 'schoolweken', 't/m', …); the
# month names in lower case, as Dutch writes them: 'december' is Dutch, 'December' English.
DUTCH_DATE_WORDS = re.compile(
    rf"\b({'|'.join(MONTHS)}|(?i:vandaag|gisteren|schoolweek|schoolweken|kalenderweken?|loopt nog|vanaf)|t/m)\b"
)
ENGLISH_MONTH = re.compile(rf"\b({'|'.join(ENGLISH_MONTHS)})\b")


def shoot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    for _ in range(3):
        QApplication.processEvents()
    widget.grab().save(str(SHOTS / name))


def show(widget: QWidget) -> None:
    """Scroll the form so `widget` is in the screenshot."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget, 50, 200)


def dutch_dates(texts) -> list[str]:
    return sorted(t for t in texts if DUTCH_DATE_WORDS.search(t))


def school_with_dated_steps(window):
    """The new school's first case; its first step's evidence dated 14-09 to 02-10-2026 and
    marked done (as test_mdo_no_basis records it), the second step started today on the screen."""
    services = window.context.services
    save_user(services.store, "Marieke de Wit (fictief)", "intern begeleider")  # the PDF's signer
    school = open_first_case(services.store)
    route = services.guidance.overview(school.case_id).route
    first, second = route.steps[0], route.steps[1]
    pupil = services.records.pupil(school.pupil_id)
    with services.store.session() as s:
        people = people_for(
            s, {"staff": LEAD, "guardian": str(pupil.guardians[0].id), "contact": "1", "organisation": "1"}
        )
    answers = sample_answers(first, date(2026, 9, 1), people)
    answers.update({first.period.start_fields[0]: "2026-09-14", first.period.end_fields[0]: "2026-10-02"})
    services.forms.save(school.pupil_id, route.id, route.version, answers, case_id=school.case_id, step_id=first.id)
    services.guidance.set_step(school.case_id, first.id, StepState.DONE, on=date(2026, 11, 20))
    window.open_case(school.case_id)
    assert window.case_page.set_step_state(second.id, StepState.IN_PROGRESS, None) is None  # as the card's button
    return school, first, second


def test_dates_on_english_screens_and_dutch_in_the_pdf(qtbot, english, start, dialogs, tmp_path):
    window = start()
    window.show()
    school, first, second = school_with_dated_steps(window)
    page = window.case_page
    today = short_date(date.today())

    cards = {card.view.info.id: card for card in page.timeline.cards}
    done, started = cards[first.id].facts.text(), cards[second.id].facts.text()
    assert "finished, 14-09 – 02-10-2026 (3 school weeks)" in done
    assert f"from {today} (ongoing) — start: the day the step began in ibdesk ({today}); " in started
    assert "the evidence gives no start date" in started
    facts = [card.facts.text() for card in page.timeline.cards]
    recorded = [participants_text(card.step_facts) for card in page.timeline.cards if card.step_facts]
    recorded.append("IB'er")  # kept in English (glossary); the word check reads its "er" as Dutch
    assert dutch_left(facts, allowed=recorded) == [] and dutch_dates(facts) == []
    assert dutch_dates(visible_texts(page)) == []  # the records and history: numbers only
    shoot(window, "1-case-timeline.png")

    editor = page.open_step_editor(second.id)  # a form with date fields
    field = next(f for f in editor.findChildren(DateInput) if f.isVisibleTo(editor))
    assert field.placeholderText() == "dd-mm-yyyy"
    assert field.toolTip() == "Type the date as dd-mm-yyyy; Alt+↓ opens the calendar."
    for word in ("today", "vandaag", "Today"):
        field.setText(word)
        assert field.date() == date.today() and field.problem() is None, word
    field.setText("31-04-2026")
    assert field.problem() == "Invalid date; type the date as dd-mm-yyyy, for example 05-03-2025."
    field.clear()
    qtbot.keyClicks(field, "03-02-2026")  # typed, so the editor keeps a draft
    field.open_calendar()
    calendar = field._calendar
    assert calendar is not None and calendar.locale().name() == "en_GB"
    month = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    assert month.text() == "February"
    assert calendar.locale().dayName(1) == "Monday"
    shoot(calendar, "2-calendar.png")
    field._menu.close()
    show(field)
    shoot(window, "3-form-date-field.png")
    editor.save_draft_now()
    editor.cancel()

    page.open_step_editor(second.id)  # the draft is offered again
    asked = dialogs.of("confirm")[-1]
    assert re.fullmatch(r"Unsaved work from today at \d\d:\d\d was found\. Restore it\?", asked.text), asked.text
    assert dutch_dates([asked.text]) == []

    page.open_export_wizard()
    wizard = page.export_wizard
    wizard.resize(1000, 700)
    wizard.next()
    shown = visible_texts(wizard)
    assert any(f"<b>Date:</b> {long_date(date.today(), lang='en')}" in t for t in shown)
    assert any(ENGLISH_MONTH.search(t) for t in shown) and dutch_dates(shown) == []
    assert mnemonic_clashes(wizard) == []
    shoot(wizard, "4-export-content.png")
    wizard.close()

    window.open_inzage(school.pupil_id)
    dialogs.folder = tmp_path
    written = settle(window.inzage_page.export())
    assert written, dialogs.of("error")
    pdf = next(p for p in written if p.suffix == ".pdf")
    text = pdf_text(pdf)
    birth = window.context.services.records.pupil(school.pupil_id).birth_date
    assert long_date(birth) in text and long_date(date.today()) in text  # '3 februari 2015'
    assert "(3 schoolweken)" in text and "loopt nog" in text
    assert "(niet-opgeslagen werk)" in text  # the step's draft is listed (it broke the export before)
    assert not ENGLISH_MONTH.search(text) and "school weeks" not in text and "ongoing" not in text
    render(pdf)


def pdf_text(path: Path) -> str:
    import subprocess

    from pypdf import PdfReader

    text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    text += subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    return " ".join(text.split())


def render(pdf: Path) -> None:
    import shutil
    import subprocess

    if shutil.which("pdftoppm"):
        SHOTS.mkdir(exist_ok=True)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "3", str(pdf), str(SHOTS / "5-pdf")], check=True
        )


def test_dates_stay_dutch_by_default(qtbot, catalog_dir, start, dialogs):
    window = start()
    _school, first, second = school_with_dated_steps(window)
    page = window.case_page
    cards = {card.view.info.id: card for card in page.timeline.cards}
    assert "afgerond, 14-09 – 02-10-2026 (3 schoolweken)" in cards[first.id].facts.text()
    assert f"vanaf {short_date(date.today())} (loopt nog)" in cards[second.id].facts.text()
    editor = page.open_step_editor(second.id)
    field = next(f for f in editor.findChildren(DateInput) if f.isVisibleTo(editor))
    assert field.placeholderText() == "dd-mm-jjjj"
    field.setText("vandaag")
    assert field.date() == date.today()
    field.setText("today")
    assert field.date() == date.today()
    field.setText((date.today() - timedelta(days=1)).strftime("%d-%m-%Y"))
    field.open_calendar()
    assert field._calendar is not None and field._calendar.locale().name() == "nl_NL"
    field._menu.close()
