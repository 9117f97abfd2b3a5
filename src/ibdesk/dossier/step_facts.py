"""What a screen or document says about a route step: when it ran and who took part, from
the evidence the user entered. The moment someone clicked 'Afgerond' is used only where the
evidence holds no date, and then the text says so. Durations are school weeks of the
school's calendar (domain/calendar.py); participants are only those the evidence records.

The route says which evidence fields date a step (`period`) and which records who took
part (`participants_field`), see forms/README.md."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ibdesk.domain.route import StepState, not_applicable_text
from ibdesk.i18n import DUTCH, ENGLISH
from ibdesk.text.dates import as_date, period, short_date

EVIDENCE, CLICKED = "bewijs", "ibdesk"
# Why a date is not from the evidence, as `when_text` adds it: Dutch for the dossier (the
# default), English for a screen or the CLI in English (see ibdesk.text.dates on `lang`).
_CLICKED_NOTES = {
    DUTCH: (
        "begin: de dag dat de stap in ibdesk begon ({date}); het bewijs noemt geen begindatum",
        "einde: de dag dat de stap in ibdesk is afgerond ({date}); het bewijs noemt geen einddatum",
    ),
    ENGLISH: (
        "start: the day the step began in ibdesk ({date}); the evidence gives no start date",
        "end: the day the step was completed in ibdesk ({date}); the evidence gives no end date",
    ),
}


@dataclass(frozen=True)
class StepFacts:
    first: date | None
    last: date | None
    first_from: str  # "bewijs" (a date in the evidence) | "ibdesk" (when the state was changed)
    last_from: str
    participants: tuple[str, ...]
    participants_label: str  # the evidence field's own label, e.g. "Wie namen deel?"
    state: StepState
    reason: str | None = None  # why not applicable

    @property
    def from_evidence(self) -> bool:
        return self.first_from == EVIDENCE and (self.last is None or self.last_from == EVIDENCE)


def _dates(answers: dict, fields: tuple[str, ...]) -> list[date]:
    return [d for d in (as_date(answers.get(f)) for f in fields) if d is not None]


def facts_for(step, answers: dict, progress) -> StepFacts:
    """`step` is the route's step definition, `answers` its latest final evidence, `progress`
    the StepProgress of the case."""
    answers = answers or {}
    state = progress.state
    first = last = None
    first_from = last_from = EVIDENCE
    if step.period is not None:
        starts, ends = _dates(answers, step.period.start_fields), _dates(answers, step.period.end_fields)
        first = min(starts) if starts else None
        last = max(ends) if ends else None
    if first is None and progress.started_on is not None and state is not StepState.OPEN:
        first, first_from = progress.started_on, CLICKED
    if last is None and state is StepState.DONE and progress.done_on is not None:
        last, last_from = progress.done_on, CLICKED
    if first is not None and last is not None and last < first:
        first, last = last, first
    names: tuple[str, ...] = ()
    label = ""
    if step.participants_field:
        field = step.field(step.participants_field)
        label, names = field.label, _participants(field, answers.get(field.id))
    return StepFacts(first, last, first_from, last_from, names, label, state, progress.reason)


def _participants(field, value) -> tuple[str, ...]:
    if isinstance(value, list):
        labels = {str(o.value): o.label for o in getattr(field, "options", ())}
        return tuple(labels.get(str(v), str(v)) for v in value)
    text = str(value or "").strip()
    return (text,) if text else ()


def all_facts(route, forms: dict, view) -> dict[str, StepFacts]:
    """Facts per step id of a case (CaseOverview.route, .forms and .view)."""
    if route is None:
        return {}
    return {
        v.info.id: facts_for(route.step(v.info.id), forms.get((route.id, v.info.id), {}), v.progress)
        for v in view.steps
    }


def when_text(facts: StepFacts, calendar=None, *, lang: str = DUTCH) -> str:
    """'14-09 – 20-11-2026 (9 schoolweken)', with a note where a date is not from the evidence;
    'niet van toepassing — reden' for a skipped step; '' for a step not begun. Dutch (the
    dossier) unless a screen or the CLI passes `lang` (ibdesk.text.dates)."""
    if facts.state is StepState.NOT_APPLICABLE:
        from ibdesk.domain.route import StepProgress

        return not_applicable_text(StepProgress("", facts.state, reason=facts.reason), lang=lang)
    if facts.first is None:
        return ""
    text = period(facts.first, facts.last, calendar, lang=lang)
    began, ended = _CLICKED_NOTES[lang]
    notes = []
    if facts.first_from == CLICKED:
        notes.append(began.format(date=short_date(facts.first)))
    if facts.last is not None and facts.last_from == CLICKED:
        notes.append(ended.format(date=short_date(facts.last)))
    return text + "".join(f" — {n}" for n in notes)


def participants_text(facts: StepFacts) -> str:
    """'Wie namen deel?: IB'er, Ouders' — only what the evidence records; '' when it records nothing."""
    if not facts.participants:
        return ""
    return f"{facts.participants_label.rstrip('?:')}: {', '.join(facts.participants)}"
