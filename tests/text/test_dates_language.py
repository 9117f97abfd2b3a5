"""Dates in the language shown, documents in Dutch (issue 16.8): every writer of ibdesk.text.dates
with words writes Dutch by default and English when a screen or the CLI asks (`lang`); reading
takes 'vandaag' and 'today' in both languages; what documents call stays Dutch in English mode,
and the source says which callers are which (screens and the CLI pass `lang`, the dossier never
asks for another language)."""

from __future__ import annotations

import ast
from datetime import date, datetime
from pathlib import Path

import pytest

from ibdesk import i18n
from ibdesk.domain.route import StepState
from ibdesk.dossier.step_facts import CLICKED, EVIDENCE, StepFacts, when_text
from ibdesk.errors import ValidationError
from ibdesk.text import dates

SRC = Path(__file__).parents[2] / "src" / "ibdesk"
MOMENT = datetime(2026, 2, 3, 9, 5)
NOW = datetime(2026, 2, 3, 17, 0)


@pytest.fixture
def in_english():
    """The process in English, as Instellingen → Taal makes it; Dutch again afterwards."""
    i18n.set_language("en")
    yield
    i18n.set_language(None)


class _Calendar:
    def school_weeks(self, first, last):
        return 9 if first.year == 2026 else None


# -- writing, both languages --------------------------------------------------------------------
def test_every_month_has_its_english_name_and_the_dutch_stays():
    english = [dates.long_date(date(2026, m, 3), lang="en") for m in range(1, 13)]
    assert english[1] == "3 February 2026" and english[4] == "3 May 2026" and english[11] == "3 December 2026"
    assert [d.split()[1] for d in english] == list(dates.ENGLISH_MONTHS)
    assert dates.long_date(date(2026, 2, 3), lang="nl") == dates.long_date(date(2026, 2, 3)) == "3 februari 2026"
    assert dates.long_date(None, "—", lang="en") == "—"


def test_date_time_and_moment_in_both_languages():
    assert dates.date_time(MOMENT) == "3 februari 2026 om 09:05"
    assert dates.date_time(MOMENT, lang="en") == "3 February 2026 at 09:05"
    assert dates.moment(datetime(2026, 2, 3, 10, 32), NOW, lang="en") == "today at 10:32"
    assert dates.moment(datetime(2026, 2, 2, 16, 5), NOW, lang="en") == "yesterday at 16:05"
    assert dates.moment(datetime(2025, 3, 14, 10, 32), NOW, lang="en") == "14 March 2025 at 10:32"
    assert dates.moment(datetime(2026, 2, 3, 10, 32), NOW, lang="nl") == "vandaag om 10:32"
    assert dates.moment(datetime(2026, 2, 2, 16, 5), NOW) == "gisteren om 16:05"


def test_periods_spans_and_durations_in_both_languages():
    calendar = _Calendar()
    assert dates.period("2026-09-14", "2026-11-20", calendar, lang="en") == "14-09 – 20-11-2026 (9 school weeks)"
    assert dates.period("2026-09-14", "2026-11-20", calendar) == "14-09 – 20-11-2026 (9 schoolweken)"
    assert dates.period(date(2026, 3, 2), None, lang="en") == "from 02-03-2026 (ongoing)"
    assert dates.period(date(2026, 3, 2), date(2026, 3, 2), lang="en") == "02-03-2026"
    assert (
        dates.period(date(2025, 12, 29), date(2026, 1, 2), lang="en")
        == "29-12-2025 – 02-01-2026 (1 calendar week; school calendar for that period unknown)"
    )
    assert dates.duration(date(2026, 9, 1), date(2026, 9, 2), calendar, lang="en") == "9 school weeks"
    assert dates.duration(date(2026, 9, 1), date(2026, 9, 2), calendar) == "9 schoolweken"
    assert dates.span(date(2026, 9, 1), date(2026, 10, 20), lang="en") == "01-09-2026 to 20-10-2026"
    assert dates.span(date(2026, 9, 1), date(2026, 10, 20)) == "01-09-2026 t/m 20-10-2026"


def test_numbers_stay_day_month_year_in_english(in_english):
    assert dates.short_date(date(2026, 2, 3)) == "03-02-2026"
    assert dates.short_or_time(MOMENT) == "03-02-2026 09:05"
    assert "February" not in dates.period("2026-02-03", "2026-02-20", lang="en")


def test_a_language_without_date_words_is_refused():
    with pytest.raises(ValueError, match="'de'"):
        dates.long_date(date(2026, 2, 3), lang="de")
    with pytest.raises(ValueError):
        dates.moment(MOMENT, NOW, lang="")


def test_a_step_reads_in_both_languages():
    clicked = StepFacts(date(2026, 9, 14), date(2026, 11, 20), CLICKED, EVIDENCE, (), "", StepState.DONE)
    assert when_text(clicked, _Calendar(), lang="en") == (
        "14-09 – 20-11-2026 (9 school weeks) — start: the day the step began in ibdesk (14-09-2026); "
        "the evidence gives no start date"
    )
    assert when_text(clicked, _Calendar()) == (
        "14-09 – 20-11-2026 (9 schoolweken) — begin: de dag dat de stap in ibdesk begon (14-09-2026); "
        "het bewijs noemt geen begindatum"
    )
    ongoing = StepFacts(date(2026, 9, 14), None, EVIDENCE, EVIDENCE, (), "", StepState.IN_PROGRESS)
    assert when_text(ongoing, lang="en") == "from 14-09-2026 (ongoing)"


# -- reading ------------------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("word", ["vandaag", "today", "Today", " VANDAAG "])
def test_today_reads_in_both_languages(language, word):
    i18n.set_language(language)
    try:
        assert dates.parse_date(word, today=date(2026, 2, 3)) == date(2026, 2, 3)
        assert dates.read_date(word, today=date(2026, 2, 3)) == date(2026, 2, 3)
    finally:
        i18n.set_language(None)


def test_a_wrong_date_is_refused_in_english(in_english):
    with pytest.raises(ValidationError, match=r"not a date\. Write the date as dd-mm-yyyy"):
        dates.parse_date("morgen")
    with pytest.raises(ValidationError, match="is not a real date"):
        dates.parse_date("31-04-2026")
    assert dates.invalid_date() == "Invalid date; type the date as dd-mm-yyyy, for example 05-03-2025."


# -- documents stay Dutch -----------------------------------------------------------------------
def test_what_documents_call_stays_dutch_in_english_mode(in_english):
    """The dossier's calls pass no language: in an English session they still write Dutch."""
    assert dates.long_date(date(2026, 2, 3)) == "3 februari 2026"
    assert dates.date_time(MOMENT) == "3 februari 2026 om 09:05"
    assert dates.period("2026-09-14", "2026-11-20", _Calendar()) == "14-09 – 20-11-2026 (9 schoolweken)"
    facts = StepFacts(date(2026, 9, 14), None, EVIDENCE, EVIDENCE, (), "", StepState.IN_PROGRESS)
    assert when_text(facts) == "vanaf 14-09-2026 (loopt nog)"


WORDED = {"long_date", "date_time", "moment", "period", "span", "duration", "when_text"}
WRITERS = ("ibdesk.text.dates", "ibdesk.dossier.step_facts")


def worded_calls(path: Path) -> list[tuple[int, str | None]]:
    """(line, the `lang=` argument's source or None) of every call in `path` of a date writer with
    words imported from ibdesk.text.dates or ibdesk.dossier.step_facts (a module's own function of
    the same name, such as the timeline's `duration`, is not one)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module in WRITERS
        for alias in node.names
        if alias.name in WORDED
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names:
            lang = next((k.value for k in node.keywords if k.arg == "lang"), None)
            found.append((node.lineno, None if lang is None else ast.unparse(lang)))
    return found


def calls_under(folder: str) -> dict[str, list[tuple[int, str | None]]]:
    calls = {str(p.relative_to(SRC)): worded_calls(p) for p in sorted((SRC / folder).rglob("*.py"))}
    return {name: found for name, found in calls.items() if found}


def test_screens_and_the_cli_say_which_language_they_show():
    """A date with words on a screen or the CLI follows the language shown; a call without `lang`
    there would put Dutch on an English screen."""
    screens = calls_under("ui") | calls_under("cli")
    assert len(screens) >= 5, screens  # the check sees the callers (export page, verdict, timeline, …)
    missing = {name: [line for line, lang in found if lang is None] for name, found in screens.items()}
    assert {name: lines for name, lines in missing.items() if lines} == {}


def test_the_dossier_never_asks_for_another_language_than_dutch():
    documents = calls_under("dossier")
    documents.pop("dossier/step_facts.py")  # a writer itself: it passes on its caller's `lang`
    documents.pop("dossier/verify.py")  # what a check of a signed PDF found: screen and CLI, no document
    assert len(documents) >= 5, documents  # cover, story, case and inzage content, …
    other = {
        name: [(line, lang) for line, lang in found if lang not in (None, "DUTCH", "'nl'")]
        for name, found in documents.items()
    }
    assert {name: found for name, found in other.items() if found} == {}


def test_the_source_check_sees_a_missing_language(tmp_path):
    source = tmp_path / "screen.py"
    text = (
        "from ibdesk.text.dates import long_date as ld, period\n"
        "from ibdesk.i18n import language\n"
        "a = ld(x)\nb = period(x, y, lang=language())\n"
    )
    source.write_text(text, encoding="utf-8")
    assert worded_calls(source) == [(3, None), (4, "language()")]


# -- the command line and the MDO preparation ----------------------------------------------------
CASES = [("en", "school weeks", "schoolweken", "finished"), ("nl", "schoolweken", "school weeks", "afgerond")]


@pytest.mark.parametrize(("language", "said", "not_said", "done"), CASES)
def test_the_cli_and_the_mdo_preparation_date_steps_in_their_language(store, language, said, not_said, done):
    """`ibdesk case show` and the MDO preparation screen's 'what the school already did', on a new
    school's case whose first step's evidence runs 14-09 to 02-10-2026 (the region's school
    calendar: 3 school weeks)."""
    from support.new_school import LEAD, open_first_case

    from ibdesk.cli.guidance import case_text
    from ibdesk.services.absence import calendar_or_none
    from ibdesk.services.container import Services
    from ibdesk.services.demo_samples import people_for, sample_answers

    services = Services.build(store)
    school = open_first_case(store)
    route = services.guidance.overview(school.case_id).route
    first = route.steps[0]
    guardian = services.records.pupil(school.pupil_id).guardians[0]
    with store.session() as s:
        people = people_for(s, {"staff": LEAD, "guardian": str(guardian.id), "contact": "1", "organisation": "1"})
    answers = sample_answers(first, date(2026, 9, 1), people)
    answers.update({first.period.start_fields[0]: "2026-09-14", first.period.end_fields[0]: "2026-10-02"})
    services.forms.save(school.pupil_id, route.id, route.version, answers, case_id=school.case_id, step_id=first.id)
    services.guidance.set_step(school.case_id, first.id, StepState.DONE, on=date(2026, 11, 20))
    meeting = services.meetings.plan("2026-11-30", "MDO (fictief)", [], [(school.case_id, "Hoe verder? (fictief)")])
    i18n.set_language(language)
    try:
        text = case_text(services.guidance.overview(school.case_id), calendar_or_none(services))
        sheet = services.meetings.preparation(meeting, school.case_id)
    finally:
        i18n.set_language(None)
    assert f"{first.title}: 14-09 – 02-10-2026 (3 {said})" in text and not_said not in text
    assert sheet.tried == [f"{first.title} ({done}, 14-09 – 02-10-2026 (3 {said}))"]
