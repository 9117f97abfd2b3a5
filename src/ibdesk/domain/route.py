"""A case along its routekaart: step states, the timeline, stalled steps and escalation.

The route's definition comes from forms/ (data); the services hand this module plain
descriptions of the steps and of the evidence still missing, so the rules here stay
free of YAML, Qt and SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple

from ibdesk.domain.doorbraak import not_done_line
from ibdesk.domain.model import Organisation, OrgKind
from ibdesk.domain.reasons import meaningful
from ibdesk.i18n import DUTCH, in_language, language, mark, tr


class StepState(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "bezig"
    DONE = "afgerond"
    NOT_APPLICABLE = "nvt"

    @property
    def label(self) -> str:
        """As the screen and the command line show it, in the language shown."""
        return {"open": tr("Open"), "bezig": tr("Bezig"), "afgerond": tr("Afgerond"), "nvt": tr("Niet van toepassing")}[
            self.value
        ]

    @property
    def document_label(self) -> str:
        """The Dutch label documents state (the dossier, the inzage), whatever the language."""
        return {"open": "Open", "bezig": "Bezig", "afgerond": "Afgerond", "nvt": "Niet van toepassing"}[self.value]

    @property
    def finished(self) -> bool:
        return self is StepState.DONE or self is StepState.NOT_APPLICABLE

    @classmethod
    def of(cls, value: str) -> StepState:
        """Fast lookup by stored value (Enum calls are slow in bulk)."""
        return _STATES[value]


_STATES: dict[str, StepState] = {}


@dataclass(frozen=True)
class StepInfo:
    id: str
    title: str
    required: bool
    normal_duration_days: int | None
    participants: tuple[str, ...] = ()
    may_skip: bool = False  # the route allows 'niet van toepassing' for this step


class StepProgress(NamedTuple):
    """A step's state in one case (a NamedTuple: thousands are made for the overview)."""

    step_id: str
    state: StepState = StepState.OPEN
    started_on: date | None = None
    done_on: date | None = None
    reason: str | None = None  # why not applicable
    participants: tuple[str, ...] = ()  # who took part (names or roles)


@dataclass(frozen=True)
class StepView:
    info: StepInfo
    progress: StepProgress
    missing_evidence: tuple[str, ...] = ()
    stalled_days: int | None = None  # days past the normal duration
    due_on: date | None = None
    warnings: tuple[str, ...] = ()  # e.g. a regional deadline not met, with the reason given

    @property
    def stalled(self) -> bool:
        return self.stalled_days is not None and self.stalled_days > 0


@dataclass(frozen=True)
class RouteView:
    steps: tuple[StepView, ...]
    current: StepView | None
    next: StepView | None

    @property
    def stalled(self) -> list[StepView]:
        return [s for s in self.steps if s.stalled]

    @property
    def done(self) -> list[StepView]:
        return [s for s in self.steps if s.progress.state.finished]


_STATES.update({state.value: state for state in StepState})


FINISHED = frozenset({StepState.DONE, StepState.NOT_APPLICABLE})


class StepChangeRefused(ValueError):
    """A state change the route does not allow; the message is Dutch."""


def check_transition(info: StepInfo, new: StepState, missing_evidence: list[str], reason: str | None) -> None:
    """'Afgerond' needs the step's evidence; 'niet van toepassing' only where the route allows
    it for this step (`allow_not_applicable` in forms/), and with a real reason (domain/reasons.py)."""
    if new is StepState.DONE and missing_evidence:
        raise StepChangeRefused(
            tr(
                "Stap '{step}' kan nog niet worden afgerond. Nog nodig: {missing}.",
                step=info.title,
                missing=", ".join(missing_evidence),
            )
        )
    if new is StepState.NOT_APPLICABLE and not info.may_skip:
        raise StepChangeRefused(
            tr(
                "Stap '{step}' kan volgens de routekaart niet 'niet van toepassing' zijn: "
                "leg vast wat er in deze stap is gedaan.",
                step=info.title,
            )
        )
    if new is StepState.NOT_APPLICABLE and not (reason or "").strip():
        raise StepChangeRefused(tr("Geef aan waarom stap '{step}' niet van toepassing is.", step=info.title))
    if new is StepState.NOT_APPLICABLE and not meaningful(reason):
        raise StepChangeRefused(
            tr(
                "Geef aan waarom stap '{step}' niet van toepassing is, in een paar woorden "
                "(bijvoorbeeld: geen arrangement nodig, besproken in het MDO).",
                step=info.title,
            )
        )


def not_applicable_text(progress: StepProgress, *, lang: str = DUTCH) -> str:
    """How a skipped step reads everywhere (timeline, summary, dossier): never as 'afgerond'.
    Dutch (the dossier) unless a screen or the CLI passes `lang`; the reason is the user's own."""
    reason = (progress.reason or "").strip() or in_language(mark("geen reden vastgelegd"), lang)
    return in_language(mark("niet van toepassing — {reason}"), lang, reason=reason)


def _walk(steps: list[StepInfo], progress: dict[str, StepProgress], case_opened: date, today: date, active: bool):
    """(info, progress, due date, days stalled) per step, in order.

    A step is due its normal duration after it started (or after the previous step was
    done); only the step being worked on can stall: one in progress, or the first
    unfinished one. A closed case (`active` false) has no stalled steps."""
    previous_end, all_before_finished = case_opened, True
    for info in steps:
        state = progress.get(info.id) or StepProgress(info.id)
        finished = state.state in FINISHED
        started = state.started_on or previous_end
        due = started + timedelta(days=info.normal_duration_days) if info.normal_duration_days else None
        stalled = None
        if (
            active
            and not finished
            and due is not None
            and today > due
            and (all_before_finished or state.state is StepState.IN_PROGRESS)
        ):
            stalled = (today - due).days
        yield info, state, due, stalled
        if finished:
            previous_end = state.done_on or previous_end
        else:
            all_before_finished = False


def route_view(
    steps: list[StepInfo],
    progress: dict[str, StepProgress],
    missing: dict[str, list[str]],
    case_opened: date,
    today: date,
    active: bool = True,
    warnings: dict[str, list[str]] | None = None,
) -> RouteView:
    """The timeline: finished steps, the current step (first unfinished), the one after it."""
    warnings = warnings or {}
    views = [
        StepView(info, state, tuple(missing.get(info.id, ())), stalled, due, tuple(warnings.get(info.id, ())))
        for info, state, due, stalled in _walk(steps, progress, case_opened, today, active)
    ]
    unfinished = [v for v in views if v.progress.state not in FINISHED]
    current = unfinished[0] if unfinished else None
    following = unfinished[1] if len(unfinished) > 1 else None
    return RouteView(tuple(views), current, following)


@dataclass(frozen=True)
class StallSummary:
    """The little the overview needs per case, without building the whole timeline."""

    stalled: list[tuple[StepInfo, int, date]]
    required_finished: bool


def stall_summary(
    steps: list[StepInfo], progress: dict[str, StepProgress], case_opened: date, today: date
) -> StallSummary:
    """The rules of `_walk`, without building views (run for thousands of cases at once).
    Kept equal to `route_view` by a property test."""
    stalled, required_finished, previous_end, all_before_finished = [], bool(steps), case_opened, True
    for info in steps:
        state = progress.get(info.id)
        kind = state.state if state is not None else StepState.OPEN
        finished = kind in FINISHED
        if info.required and not finished:
            required_finished = False
        if not finished and info.normal_duration_days and (all_before_finished or kind is StepState.IN_PROGRESS):
            due = ((state.started_on if state is not None else None) or previous_end) + timedelta(
                days=info.normal_duration_days
            )
            if today > due:
                stalled.append((info, (today - due).days, due))
        if finished:
            previous_end = (state.done_on if state is not None else None) or previous_end
        else:
            all_before_finished = False
    return StallSummary(stalled, required_finished)


PARTICIPANT_ORGS = {
    "jeugdconsulent": OrgKind.SOCIAAL_TEAM,
    "sociaal_team": OrgKind.SOCIAAL_TEAM,
    "orthopedagoog_swv": OrgKind.SWV_LOKET,
    "swv": OrgKind.SWV_LOKET,
    "consulent_swv": OrgKind.SWV_LOKET,
    "jgz": OrgKind.JGZ,
    "jeugdarts": OrgKind.JGZ,
    "leerplicht": OrgKind.LEERPLICHT,
    "leerplichtambtenaar": OrgKind.LEERPLICHT,
    "jeugdhulp": OrgKind.JEUGDHULP,
}


WOONPLAATS_RULE = mark(
    "Woonplaatsbeginsel (Jeugdwet art. 1.1, sinds 2022): de gemeente waar het kind in de BRP staat "
    "ingeschreven betaalt de individuele jeugdhulp; voor een kind in pleegzorg of in een instelling "
    "is dat de gemeente van het BRP-adres van vóór het verblijf."
)


def same_municipality(a: str | None, b: str | None) -> bool:
    """Municipality names match whatever their case or spacing ('renkum' is 'Renkum')."""
    return " ".join((a or "").casefold().split()) == " ".join((b or "").casefold().split())


def border_text(residence: str, school: str, *, lang: str = DUTCH) -> str:
    """Grensverkeer (domain.md §9) in plain words: Dutch (the dossier) unless a screen passes `lang`."""
    rule = in_language(WOONPLAATS_RULE, lang)
    return in_language(BORDER_TEXT, lang, residence=residence, school=school, rule=rule)


BORDER_TEXT = mark(
    "De leerling staat in de BRP ingeschreven in {residence} en gaat naar school in {school}. "
    "{rule} De gemeente van de school heeft de regie over jeugdhulp op school."
)


@dataclass(frozen=True)
class Escalation:
    organisation: str
    person: str
    role: str
    mandate: str
    phone: str | None = None


def escalation_for(step: StepInfo, organisations: list[Organisation], municipality: str) -> list[Escalation]:
    """Whom to escalate a stalled step to: the escalation contact of each organisation
    taking part (the Sociaal Team of the pupil's municipality); the SWV when none does."""
    kinds = [PARTICIPANT_ORGS[p] for p in step.participants if p in PARTICIPANT_ORGS] or [OrgKind.SWV_LOKET]
    found: list[Escalation] = []
    for kind in dict.fromkeys(kinds):
        for org in organisations:
            if (
                not org.active
                or org.kind is not kind
                or (kind is OrgKind.SOCIAAL_TEAM and not same_municipality(org.municipality, municipality))
            ):
                continue
            contact = org.escalation_contact()
            if contact:
                found.append(Escalation(org.name, contact.name, contact.role, contact.mandate or "", contact.phone))
    return found


@dataclass(frozen=True)
class SocialTeams:
    """Grensverkeer (§9): the municipality of the BRP registration (before a stay in pleegzorg or
    care) pays individual jeugdhulp; the school's municipality holds regie over jeugdhulp at school."""

    residence: Organisation | None
    school: Organisation | None = None
    residence_municipality: str = ""
    school_municipality: str = ""

    @property
    def crosses_border(self) -> bool:
        return not same_municipality(self.residence_municipality, self.school_municipality)


def social_teams(organisations: list[Organisation], residence: str, school: str) -> SocialTeams:
    def team(municipality: str) -> Organisation | None:
        return next(
            (
                o
                for o in organisations
                if o.active and o.kind is OrgKind.SOCIAAL_TEAM and same_municipality(o.municipality, municipality)
            ),
            None,
        )

    crossing = not same_municipality(school, residence)
    return SocialTeams(team(residence), team(school) if crossing else None, residence, school)


@dataclass(frozen=True)
class Readiness:
    missing: list[str] = field(default_factory=list)  # blocks the aanmelding
    doorbraak: str | None = None  # why the doorbraak path applies
    not_done: list[str] = field(default_factory=list)  # 'nog niet doorlopen — reden: …' (doorbraak only)
    not_done_shown: list[str] = field(default_factory=list)  # the same in the language shown

    @property
    def ready(self) -> bool:
        return not self.missing


def readiness(
    route: RouteView,
    questions_missing: list[str] | None,
    parents_heard: bool,
    sharing_problem: str | None,
    team: Organisation | None,
    doorbraak: str | None = None,
    other_problems: tuple[str, ...] = (),
) -> Readiness:
    """Klaar voor aanmelding bij het Sociaal Team? Lists exactly what is missing.

    `questions_missing` is None when 'Wie is aan zet?' was never filled in;
    `sharing_problem` is a sentence when no valid legal basis exists. `missing` is shown on screen
    (in the language shown; documents only count it); `not_done` goes into the dossier, so it stays
    Dutch. With a
    `doorbraak` reason (thuiszitter, spoed) the school's own steps do not block: they are
    listed as not yet taken, with the reason (domain/doorbraak.py).
    """
    school_steps: list[str] = []
    skipped: list[tuple[str, dict]] = []  # (a marked text, its fields): Dutch in the dossier, shown on screen
    for view in route.steps:
        if view.info.required and not view.progress.state.finished:
            school_steps.append(tr("Stap '{step}' is nog niet afgerond.", step=view.info.title))
            school_steps += ["  – " + tr("bewijs ontbreekt: {label}", label=label) for label in view.missing_evidence]
            skipped.append((mark("Stap '{step}'"), {"step": view.info.title}))
    if questions_missing is None:
        school_steps.append(tr("De vragen van 'Wie is aan zet?' zijn nog niet beantwoord."))
        skipped.append((mark("'Wie is aan zet?'"), {}))
    elif questions_missing:
        school_steps += [f"'Wie is aan zet?': {q}" for q in questions_missing]
        skipped.append((mark("'Wie is aan zet?' (niet alle vragen beantwoord)"), {}))
    if not parents_heard:
        school_steps.append(tr("De visie van de ouders is nog niet vastgelegd (ouders nog niet gehoord)."))
        skipped.append((mark("Visie van de ouders vastleggen"), {}))
    needed = []
    if team is None:
        needed.append(tr("Er is geen Sociaal Team bekend voor de woongemeente van de leerling (Contacten)."))
    if sharing_problem:
        needed.append(sharing_problem)
    needed += other_problems
    if doorbraak:
        shown = language()
        return Readiness(
            needed,
            doorbraak,
            [not_done_line(in_language(item, DUTCH, **fields), doorbraak) for item, fields in skipped],
            [not_done_line(in_language(item, shown, **fields), doorbraak, lang=shown) for item, fields in skipped],
        )
    return Readiness(school_steps + needed)
