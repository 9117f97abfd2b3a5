"""Issue 11.1: every statement in the signed dossier comes from a stored record. Random cases
(tests/dossier/truth_case.py) are built on a new profile through the services, the real
signed dossier is exported (the service `ibdesk export` uses) and read back with pdftotext;
each date, count, period, participant and signature line in the text is checked against the
store, read here straight from its tables (not through the code that wrote the PDF)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from sqlalchemy import select

from ibdesk.domain.route import StepState
from ibdesk.services.certificates import verify_with_profile
from ibdesk.services.export_documents import export_case
from ibdesk.store import models as m
from ibdesk.store.profile import create_profile

from .truth_case import TODAY, build, case_plans

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
SHORT = re.compile(r"\b(\d{2})-(\d{2})-(\d{4})\b")
LONG = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b")
STATES = {"afgerond": "Afgerond", "bezig": "Bezig", "open": "Open", "nvt": "Niet van toepassing"}


def pdftotext(path: Path, layout: bool) -> str:
    args = ["pdftotext"] + (["-layout"] if layout else []) + [str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


# -- what the store holds ----------------------------------------------------------------------
def _dates_in(value) -> set[date]:
    if isinstance(value, datetime):
        return {value.date()}
    if isinstance(value, date):
        return {value}
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value):
        try:
            return {date.fromisoformat(value[:10])}
        except ValueError:
            return set()
    if isinstance(value, dict):
        return set().union(*map(_dates_in, value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*map(_dates_in, value)) if value else set()
    return set()


def _row_dates(row) -> set[date]:
    found = set()
    for column in row.__table__.columns:
        value = getattr(row, column.key)
        if isinstance(value, str) and value[:1] in "[{":
            try:
                value = json.loads(value)
            except ValueError:
                pass
        found |= _dates_in(value)
    return found


def stored_dates(store, case_id: int, pupil_id: int) -> set[date]:
    """Every date any record of this case (or its pupil) holds."""
    tables = [
        (m.CaseRow, m.CaseRow.id == case_id),
        (m.PupilRow, m.PupilRow.id == pupil_id),
        (m.FormAnswerRow, m.FormAnswerRow.case_id == case_id),
        (m.StepProgressRow, m.StepProgressRow.case_id == case_id),
        (m.LegalBasisRow, m.LegalBasisRow.case_id == case_id),
        (m.SignatureRow, m.SignatureRow.case_id == case_id),
    ]
    found: set[date] = set()
    with store.session() as s:
        for model, where in tables:
            for row in s.scalars(select(model).where(where)):
                found |= _row_dates(row)
    return found


def stored_steps(store, case_id: int) -> dict[str, m.StepProgressRow]:
    with store.session() as s:
        rows = list(s.scalars(select(m.StepProgressRow).where(m.StepProgressRow.case_id == case_id)))
        s.expunge_all()
        return {r.step_id: r for r in rows}


def stored_evidence(store, case_id: int, route_id: str) -> dict[str, dict]:
    """The latest final answers per route step, as saved."""
    with store.session() as s:
        rows = s.scalars(
            select(m.FormAnswerRow)
            .where(
                m.FormAnswerRow.case_id == case_id,
                m.FormAnswerRow.form_id == route_id,
                m.FormAnswerRow.status == "final",
            )
            .order_by(m.FormAnswerRow.saved_at, m.FormAnswerRow.id)
        )
        return {r.step_id: json.loads(r.answers) for r in rows}


def stored_signatures(store, case_id: int) -> list[m.SignatureRow]:
    with store.session() as s:
        rows = list(s.scalars(select(m.SignatureRow).where(m.SignatureRow.case_id == case_id)))
        s.expunge_all()
        return rows


# -- what the dossier should say about each step ------------------------------------------------
def _short(day: date) -> str:
    return day.strftime("%d-%m-%Y")


def expected_when(step, evidence: dict | None, progress, calendar) -> str:
    """The period of a step from its evidence (the completion click only without an evidence
    date, said so), in school weeks of the school's calendar."""
    if progress is None or progress.state == "open":
        return "—"
    if progress.state == "nvt":
        return f"niet van toepassing — {progress.reason}"
    evidence = evidence or {}
    starts = [date.fromisoformat(evidence[f]) for f in step.period.start_fields if evidence.get(f)]
    ends = [date.fromisoformat(evidence[f]) for f in step.period.end_fields if evidence.get(f)]
    first, last = (min(starts) if starts else None), (max(ends) if ends else None)
    notes = []
    if first is None:
        first = progress.started_on
        notes.append(f"begin: de dag dat de stap in ibdesk begon ({_short(first)}); het bewijs noemt geen begindatum")
    if last is None and progress.state == "afgerond":
        last = progress.done_on
        notes.append(
            f"einde: de dag dat de stap in ibdesk is afgerond ({_short(last)}); het bewijs noemt geen einddatum"
        )
    if last is None:
        text = f"vanaf {_short(first)} (loopt nog)"
    elif first == last:
        text = _short(first)
    else:
        first, last = min(first, last), max(first, last)
        weeks = calendar.school_weeks(first, last)
        begin = first.strftime("%d-%m") if first.year == last.year else _short(first)
        text = f"{begin} – {_short(last)} ({weeks} schoolwe{'ek' if weeks == 1 else 'ken'})"
    return text + "".join(f" — {n}" for n in notes)


def expected_participants(step, evidence: dict | None) -> str:
    if not step.participants_field or not evidence or not evidence.get(step.participants_field):
        return ""
    field = step.field(step.participants_field)
    labels = {o.value: o.label for o in field.options}
    return f"{field.label.rstrip('?:')}: " + ", ".join(labels[v] for v in evidence[step.participants_field])


def step_head(layout: str, title: str) -> tuple[str, str]:
    """The timeline's head of a step, read by column from the layout text: (when, 'title
    state · participants'). The head is the place where the title is followed by a state."""
    lines = layout.splitlines()
    for index, line in enumerate(lines):
        if title not in line or index + 1 >= len(lines):
            continue
        col = line.index(title)
        below = lines[index + 1]
        if not below[col:].lstrip().startswith(tuple(STATES.values())) or below[col - 1 : col] != " ":
            continue
        block = []
        for part in lines[index:]:
            if not part.strip():
                break
            block.append(part)
        left = " ".join(" ".join(p[:col].split()) for p in block).strip()
        right = " ".join(" ".join(p[col:].split()) for p in block).strip()
        return left, right
    return "", ""


def guardian_shown(layout: str, relation: str, name: str) -> str | None:
    """'gezag' or 'geen gezag' as the cover's parents table says it for `name` (its cell may
    wrap: 'Moeder (geen' on the name's line, 'gezag)' on the next)."""
    lines, label = layout.splitlines(), relation.capitalize()
    for index, line in enumerate(lines):
        if name in line and label in line and line.index(label) < line.index(name):
            start, col = line.index(label) + len(label), line.index(name)
            following = lines[index + 1][start - len(label) : col] if index + 1 < len(lines) else ""
            text = " ".join((line[start:col] + " " + following).split())
            return {"(gezag)": "gezag", "(geen gezag)": "geen gezag"}.get(text, text)
    return None


# -- the property ------------------------------------------------------------------------------
@settings(
    max_examples=10,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # no shrinking:
    suppress_health_check=[HealthCheck.too_slow],
)  # one example is a profile and a signed PDF (~2 s)
@given(plan=case_plans())
def test_every_statement_in_the_signed_dossier_matches_the_store(plan):
    with tempfile.TemporaryDirectory() as folder:
        store, _ = create_profile(Path(folder) / "profiel", None)
        try:
            check_case(store, plan, Path(folder))
        finally:
            store.close()


def check_case(store, plan, folder: Path) -> None:
    built = build(store, plan)
    services, case_id, route = built.services, built.case_id, built.route
    ready = services.guidance.overview(case_id, log_view=False).readiness.ready
    to, purpose = (built.team, "aanmelding_sociaal_team") if ready else (built.swv, "arrangement_swv")
    result = export_case(services, case_id, folder / "dossier.pdf", recipient_id=to.id, purpose=purpose)
    layout, flat = pdftotext(result.path, True), " ".join(pdftotext(result.path, False).split())
    assert verify_with_profile(store, result.path).ok  # what `ibdesk verify` checks

    # every date is one the store holds for this case, or the day of export and signing (named)
    allowed = stored_dates(store, case_id, built.pupil.id) | {TODAY}
    shown = {date(int(y), int(mo), int(d)) for d, mo, y in SHORT.findall(layout)}
    shown |= {date(int(y), MONTHS.index(mo) + 1, int(d)) for d, mo, y in LONG.findall(layout)}
    source = {date(2025, 5, 7)}  # the rule's named source: 'raadsbrief 7 mei 2025' (forms/rules)
    assert shown - allowed - source == set(), f"dates not in the store: {sorted(shown - allowed - source)}"
    assert f"opgesteld op {TODAY.day} {MONTHS[TODAY.month - 1]} {TODAY.year}" in flat

    # each step: its state, its period from the evidence, its participants exactly as recorded
    steps, evidence = stored_steps(store, case_id), stored_evidence(store, case_id, route.id)
    calendar, current = services.absence.calendar(), 0
    for step in route.steps:
        progress = steps.get(step.id)
        state = STATES[progress.state if progress else "open"]
        when = expected_when(step, evidence.get(step.id), progress, calendar)
        who = expected_participants(step, evidence.get(step.id))
        shown_when, shown_head = step_head(layout, step.title)
        assert shown_when == when, f"step '{step.id}': period"
        current += " · nu aan de beurt" in shown_head
        shown_head = shown_head.replace(" · nu aan de beurt", "")
        assert shown_head == f"{step.title} {state}" + (f" · {who}" if who else ""), f"step '{step.id}': state, who"

    assert current <= 1, "one step at most is 'nu aan de beurt'"

    # the count: afgerond is afgerond; 'niet van toepassing' is never counted as done
    required = [s for s in route.steps if s.required]
    done = [s for s in required if steps.get(s.id) and steps[s.id].state == "afgerond"]
    skipped = [s for s in required if steps.get(s.id) and steps[s.id].state == "nvt"]
    assert f"{len(done)} van de {len(required)} verplichte stappen van de routekaart zijn afgerond." in flat
    if skipped:
        listed = "; ".join(f"{s.title}: niet van toepassing — {steps[s.id].reason}" for s in skipped)
        assert f"niet van toepassing: {listed.rstrip('.')}. " in flat  # one full stop, not 'thuis..'"
    else:
        assert "verplichte stap is niet van toepassing" not in flat and "stappen zijn niet van toepassing" not in flat
    for step in route.steps:  # 'what the school did' lists only what was really done
        row = f"{step.title} {expected_when(step, evidence.get(step.id), steps.get(step.id), calendar)} Afgerond"
        assert (row in flat) == bool(steps.get(step.id) and steps[step.id].state == StepState.DONE), step.id

    # the parents as recorded, and a signature line for exactly the people who signed
    for g in built.pupil.guardians:
        assert guardian_shown(layout, g.relation, g.name) == ("gezag" if g.has_gezag else "geen gezag"), g.name
    signed = [s for s in stored_signatures(store, case_id) if s.subject == "consent"]
    with store.session() as s:
        basis_ids = set(
            s.scalars(
                select(m.LegalBasisRow.id).where(
                    m.LegalBasisRow.case_id == case_id,
                    m.LegalBasisRow.recipient_id == to.id,
                    m.LegalBasisRow.purpose == purpose,
                )
            )
        )
    lines = re.findall(
        r"(\w+ Verwey \(fictief\)) \((\w+), (?:geen )?gezag\), (\d{2}-\d{2}-\d{4}), (getekend op "
        r"het scherm|getekend op papier|mondeling in een overleg)",
        flat,
    )
    how = {"getekend_scherm": "getekend op het scherm", "getekend_papier": "getekend op papier"}
    expected = sorted(
        (s.name, s.role.split(",")[0], _short(s.signed_on), how[s.method]) for s in signed if s.subject_id in basis_ids
    )
    assert sorted(lines) == expected
    assert {name for name, *_ in lines} == {g.name for g in built.pupil.guardians if g.has_gezag}
