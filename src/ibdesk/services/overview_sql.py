"""The reads behind the Overzicht, as plain SQL on the session's own DB-API connection.

Tens of thousands of rows (every step of every open case) go straight from the cursor into
small tuples: no ORM objects and no per-value conversion, dates stay ISO text until a rule
needs them, and SQLite picks the few JSON values the deadlines need out of the stored
answers. Only open cases are kept. Same transaction as the rest of the unit of work.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from ibdesk.domain.model import Guardian
from ibdesk.domain.route import StepProgress, StepState
from ibdesk.services.forms import FINAL

OPP_FORM = "opp"
# What the OPP rules read of a saved OPP (domain/opp.py): dates and the instemming.
OPP_DATE_KEYS = (
    "startdatum_ondersteuning",
    "datum_opgesteld",
    "laatste_evaluatie",
    "instemming",
    "instemming_2",
    "instemming_door_2",
    "instemming_datum",
    "instemming_wie",
)
# Not yet final (a draft or a concept): the deadline runs, but it is neither drawn up nor agreed.
NOT_YET = {"datum_opgesteld": None, "instemming": None, "instemming_2": None}
_OPP_VALUES = ", ".join(f"json_extract(answers, '$.{key}')" for key in OPP_DATE_KEYS)
STATUS_COUNTS = "SELECT status, count(*) FROM cases GROUP BY status"
OPEN_CASES = (
    "SELECT c.id, c.pupil_id, c.opened_on, c.status, c.route_id, c.route_version, "
    "p.first_name, p.last_name, p.school_id, p.municipality, p.birth_date "
    "FROM cases c JOIN pupils p ON p.id = c.pupil_id WHERE c.status != ?"
)
_BY_ID = " ORDER BY c.id"  # the order the Overzicht keeps its cases in
PROGRESS = "SELECT case_id, step_id, state, started_on, done_on FROM step_progress"
_OPEN_IDS = "SELECT id FROM cases WHERE status != ?"
# Saved OPPs of open cases, oldest first, final and concept in one read: the last final one per case
# decides the deadlines; a concept OPP (saved, not final) is still being drawn up, like a draft.
SAVED_OPPS = (
    f"SELECT status, case_id, saved_at, {_OPP_VALUES} FROM form_answers WHERE form_id = ? "
    f"AND status IN ('final', 'concept') AND case_id IN ({_OPEN_IDS}) ORDER BY saved_at, id"
)
# An OPP still being drawn up counts towards the six-week deadline (it is not drawn up yet).
DRAFT_OPPS = (
    f"SELECT case_id, updated_at, {_OPP_VALUES} FROM form_drafts "
    f"WHERE form_id = ? AND case_id IN ({_OPEN_IDS}) ORDER BY id"
)
# The arrangement's start date recorded in a route step (the OPP's six-week clock starts there). Its
# WHERE is that of the partial index of migration 0015, so SQLite reads only the answers that have one;
# the open cases are picked in Python.
ARRANGEMENT_STARTS = (
    "SELECT case_id, json_extract(answers, '$.arr_startdatum') FROM form_answers "
    "WHERE step_id IS NOT NULL AND status = 'final' AND answers LIKE '%\"arr_startdatum\"%' "
    "ORDER BY saved_at, id"
)
CHUNK = 900  # ids per IN (…): far below SQLite's limit on bound values


def raw(session):
    """The DB-API connection under a Session, inside its transaction."""
    return session.connection().connection.dbapi_connection


def iso(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def day(text: str) -> date:
    """The date in a NOT NULL date or timestamp column."""
    return date.fromisoformat(text[:10])


class _Days(dict):
    """ISO text → date, each distinct day parsed once (steps share few dates)."""

    def __missing__(self, text: str) -> date:
        self[text] = day = date.fromisoformat(text[:10])
        return day


@dataclass
class OpenCases:
    counts: dict[str, int]
    rows: list[tuple]  # see OPEN_CASES
    progress: dict[int, dict[str, StepProgress]] = field(default_factory=dict)
    opps: dict[int, list[tuple[date, dict]]] = field(default_factory=dict)
    starts: dict[int, date] = field(default_factory=dict)  # arrangement start per case (route evidence)
    opp_decisions: dict[int, list[dict]] = field(default_factory=dict)  # see opp_decisions
    gezag: dict[int, list[Guardian]] = field(default_factory=dict)  # per pupil of a case with an OPP


def open_cases(conn, closed: str, only: Sequence[int] | None = None) -> OpenCases:
    """Every open case, or the open ones among `only` (at most CHUNK ids: a recount after a save)."""
    select = _Select(conn, only)
    data = OpenCases(dict(conn.execute(STATUS_COUNTS).fetchall()), select(OPEN_CASES, (closed,), _BY_ID))
    open_ids = {row[0] for row in data.rows}
    progress: dict[int, dict[str, StepProgress]] = defaultdict(dict)
    state_of, days, make = StepState.of, _Days(), StepProgress._make  # _make: no Python-level __new__
    for case_id, step_id, state, started, done in select(PROGRESS):
        if case_id in open_ids:
            progress[case_id][step_id] = make(
                (step_id, state_of(state), days[started] if started else None, days[done] if done else None, None, ())
            )
    data.progress = progress
    data.opps = _opps(select, closed)
    data.opp_decisions = opp_decisions(conn, sorted(data.opps))
    data.gezag = gezag(conn, sorted({row[1] for row in data.rows if row[0] in data.opps}))
    data.starts = {
        case_id: start
        for case_id, value in select(ARRANGEMENT_STARTS)
        if case_id in open_ids and (start := _safe_iso(value))
    }
    return data


class _Select:
    """Runs one of the reads above for every open case, or only for the cases in `only`."""

    def __init__(self, conn, only: Sequence[int] | None):
        self.conn, self.only = conn, None if only is None else tuple(only)

    def __call__(self, sql: str, params: tuple = (), order: str = "") -> list[tuple]:
        if self.only is None:
            return self.conn.execute(sql + order, params).fetchall()
        if not self.only:
            return []
        marks = _marks(self.only)
        if f"IN ({_OPEN_IDS})" in sql:  # the open-cases subquery; the closed status is its last parameter
            return self.conn.execute(
                sql.replace(f"IN ({_OPEN_IDS})", f"IN ({marks})"), params[:-1] + self.only
            ).fetchall()
        if sql == OPEN_CASES:
            return self.conn.execute(f"{OPEN_CASES} AND c.id IN ({marks}){order}", params + self.only).fetchall()
        if sql == PROGRESS:
            return self.conn.execute(f"{PROGRESS} WHERE case_id IN ({marks})", self.only).fetchall()
        if sql == ARRANGEMENT_STARTS:
            return self.conn.execute(
                sql.replace(" ORDER BY", f" AND case_id IN ({marks}) ORDER BY"), self.only
            ).fetchall()
        raise ValueError(f"no narrowed form of {sql[:40]!r}")


def _safe_iso(value) -> date | None:
    try:
        return iso(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _opps(select, closed: str) -> dict[int, list[tuple[date, dict]]]:
    """Per open case the deadline dates of its latest saved OPP, or else of its draft."""
    saved = select(SAVED_OPPS, (OPP_FORM, closed))
    latest = {case_id: (saved_at, values) for status, case_id, saved_at, *values in saved if status == FINAL}
    being_drawn_up = [*(row[1:] for row in saved if row[0] != FINAL), *select(DRAFT_OPPS, (OPP_FORM, closed))]
    drafts = {
        case_id: (updated_at, {**dict(zip(OPP_DATE_KEYS, values)), **NOT_YET})
        for case_id, updated_at, *values in being_drawn_up
    }
    finals = {case_id: (saved_at, dict(zip(OPP_DATE_KEYS, values))) for case_id, (saved_at, values) in latest.items()}
    return {case_id: [(day(when), answers)] for case_id, (when, answers) in {**drafts, **finals}.items()}


def chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _marks(ids: Sequence[int]) -> str:
    return ",".join("?" * len(ids))


def gezag(conn, pupil_ids: Sequence[int]) -> dict[int, list[Guardian]]:
    """The guardians of these pupils as far as consent needs them: id and gezag."""
    found: dict[int, list[Guardian]] = defaultdict(list)
    for part in chunks(list(pupil_ids)):
        sql = f"SELECT pupil_id, id, has_gezag FROM guardians WHERE pupil_id IN ({_marks(part)}) ORDER BY id"
        for pupil_id, guardian_id, has_gezag in conn.execute(sql, tuple(part)):
            found[pupil_id].append(Guardian("", has_gezag=bool(has_gezag), id=guardian_id))
    return found


# The decisions on the latest final OPP of each case: the OPP is agreed only through these
# signatures, one per person (domain/opp.py agreement_of, WPO art. 40a lid 2).
_OPP_VERSIONS = (
    "SELECT case_id, id FROM form_answers WHERE form_id = ? AND status = ? AND case_id IN ({}) ORDER BY saved_at, id"
)
_OPP_SIGNATURES = (
    "SELECT case_id, subject_id, signer, decision, signed_on FROM signatures "
    "WHERE subject = 'opp' AND case_id IN ({}) ORDER BY signed_on, id"
)


def opp_decisions(conn, case_ids: Sequence[int]) -> dict[int, list[dict[str, tuple[str, date]]]]:
    """Per case and per final OPP version (oldest first, the latest last): signer key ->
    (decision, day) on that version (a person's last decision counts)."""
    found: dict[int, list[dict[str, tuple[str, date]]]] = {}
    for part in chunks(list(case_ids)):
        marks = _marks(part)
        versions: dict[int, dict[int, dict]] = defaultdict(dict)  # case -> answer id -> decisions
        for case_id, answer_id in conn.execute(_OPP_VERSIONS.format(marks), (OPP_FORM, FINAL, *part)):
            versions[case_id][answer_id] = {}
        for case_id, subject_id, signer, decision, signed_on in conn.execute(
            _OPP_SIGNATURES.format(marks), tuple(part)
        ):
            if subject_id in versions.get(case_id, {}) and decision in ("gegeven", "geweigerd"):
                versions[case_id][subject_id][signer] = (decision, iso(str(signed_on)))
        found.update((case_id, list(by_id.values())) for case_id, by_id in versions.items())
    return found
