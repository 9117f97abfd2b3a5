"""A random case for the property test of issue 11.1, made on a new empty profile through
the services the screens use: school, user, organisations, a pupil with 1-3 guardians (with
or without gezag), a case, route steps with their evidence dates and participants, steps
'niet van toepassing' with a reason, 'Wie is aan zet?', consent for the Sociaal Team and for
the SWV, each parent with gezag signing on screen or on paper. Only fictional people."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from hypothesis import strategies as st

from ibdesk.domain.model import Case, Guardian, Organisation, OrgKind, Pupil, School
from ibdesk.domain.route import StepState
from ibdesk.domain.signatures import PAPER, SCREEN, Signature
from ibdesk.services.demo_samples import people_for, sample_answers

TODAY = date(2027, 3, 19)  # a Friday in the school year 2026-2027
YEAR_START = date(2026, 8, 31)  # first school day in region midden
LEAD = "Marieke de Wit (fictief)"
PARENTS = [("Anna", "moeder"), ("Mark", "vader"), ("Sanne", "stiefmoeder")]
REASONS = [
    "Geen arrangement nodig: de basisondersteuning volstaat (fictief).",
    "Besproken in het MDO; ouders kiezen eerst voor hulp thuis.",
    "De leerling is verhuisd naar een andere regio.",
    "Niet nodig, de evaluatie is samen met de leerlingbespreking gedaan.",
]


@dataclass(frozen=True)
class StepPlan:
    state: str  # "afgerond" | "nvt" | "bezig" | "open"
    dates: tuple[date, ...]  # ascending, one per date field of the step
    participants: tuple[int, ...]  # indexes into the participants field's options
    reason: str = ""


@dataclass(frozen=True)
class CasePlan:
    guardians: tuple[bool, ...]  # has gezag, per guardian (at least one True)
    born: date
    opened: date
    steps: tuple[StepPlan, ...]
    signed: tuple[tuple[str, date], ...]  # per parent with gezag: method and day


@dataclass
class BuiltCase:
    services: object
    case_id: int
    pupil: Pupil
    route: object
    team: Organisation
    swv: Organisation
    signed: list[Signature] = field(default_factory=list)


@st.composite
def case_plans(draw) -> CasePlan:
    gezag = draw(st.lists(st.booleans(), min_size=1, max_size=3))
    if not any(gezag):
        gezag[0] = True
    if all(gezag) and len(gezag) == 3:  # a stepparent has no gezag next to two parents who have it
        gezag[2] = False
    opened = YEAR_START + timedelta(days=draw(st.integers(0, 40)))
    steps, complete = [], draw(st.booleans())  # complete: every required step finished, ready to refer
    for index in range(7):  # the seven steps of routekaart-po
        skippable = index >= 4  # forms/routekaart-po.yaml: allow_not_applicable
        states = ["afgerond", "afgerond", "bezig", "open"] + (["nvt", "nvt"] if skippable else [])
        if complete and index < 5:  # the first five are required
            states = ["afgerond"] + (["nvt"] if skippable else [])
        state = draw(st.sampled_from(states))
        span = (TODAY - opened).days
        days = sorted(draw(st.lists(st.integers(0, span), min_size=6, max_size=6, unique=True)))
        steps.append(
            StepPlan(
                state,
                tuple(opened + timedelta(days=d) for d in days),
                tuple(draw(st.lists(st.integers(0, 5), min_size=1, max_size=4, unique=True))),
                draw(st.sampled_from(REASONS)),
            )
        )
    signed = tuple(
        (draw(st.sampled_from([SCREEN, PAPER])), TODAY - timedelta(days=draw(st.integers(0, 20))))
        for has in gezag
        if has
    )
    born = date(2016, 1, 10) + timedelta(days=draw(st.integers(0, 900)))
    return CasePlan(tuple(gezag), born, opened, tuple(steps), signed)


def build(store, plan: CasePlan) -> BuiltCase:
    from ibdesk.services.container import Services

    services = Services.build(store, today=lambda: TODAY)
    services.records.save_school(School("OBS De Regel (fictief)", "Renkum", holiday_region="midden"))
    services.store.set_setting("user.name", LEAD)  # as the first-run wizard asks
    services.store.set_setting("user.role", "intern begeleider")
    team = services.records.save_organisation(
        Organisation(OrgKind.SOCIAAL_TEAM, "Sociaal Team Renkum (fictief)", "Renkum", "0261234567")
    )
    swv = services.records.save_organisation(Organisation(OrgKind.SWV_LOKET, "SWV Loket (fictief)", "Renkum"))
    guardians = [
        Guardian(f"{first} Verwey (fictief)", relation, has) for (first, relation), has in zip(PARENTS, plan.guardians)
    ]
    pupil = services.records.save_pupil(
        Pupil(
            "Floor",
            "Verwey (fictief)",
            plan.born,
            "groep 5",
            services.records.school().id,
            "Renkum",
            guardians=guardians,
        )
    )
    case = services.records.save_case(Case(pupil.id, "Wat heeft Floor nodig? (fictief)", plan.opened, LEAD))
    route = services.guidance.overview(case.id).route
    built = BuiltCase(services, case.id, pupil, route, team, swv)
    _walk(built, plan)
    _responsibility(built)
    _consent(built, plan)
    return built


def _walk(built: BuiltCase, plan: CasePlan) -> None:
    services, route, pupil = built.services, built.route, built.pupil
    with services.store.session() as s:
        people = people_for(
            s,
            {"staff": LEAD, "guardian": str(pupil.guardians[0].id), "contact": "1", "organisation": str(built.swv.id)},
        )
    for step, step_plan in zip(route.steps, plan.steps):
        if step_plan.state == "nvt":
            services.guidance.set_step(
                built.case_id, step.id, StepState.NOT_APPLICABLE, reason=step_plan.reason, on=step_plan.dates[0]
            )
            continue
        if step_plan.state == "open":
            continue
        answers = sample_answers(step, plan.opened, people)
        dates = iter(step_plan.dates)
        for f in step.fields:
            if f.type == "date" and f.id in answers:
                answers[f.id] = next(dates).isoformat()
        if step.participants_field:
            options = step.field(step.participants_field).options
            answers[step.participants_field] = list(
                dict.fromkeys(options[i % len(options)].value for i in step_plan.participants)
            )
        services.forms.save(pupil.id, route.id, route.version, answers, case_id=built.case_id, step_id=step.id)
        state = StepState.DONE if step_plan.state == "afgerond" else StepState.IN_PROGRESS
        services.guidance.set_step(built.case_id, step.id, state, on=step_plan.dates[-1])


def _responsibility(built: BuiltCase) -> None:
    built.services.forms.save(
        built.pupil.id,
        "wie-is-aan-zet",
        1,
        {"ook_buiten_school": False, "vrijstelling": False, "datum_afweging": (TODAY - timedelta(days=9)).isoformat()},
        case_id=built.case_id,
    )


def _consent(built: BuiltCase, plan: CasePlan) -> None:
    """Consent for both recipients, as the consent form records it; each parent with gezag signs."""
    from ibdesk.services.consent_forms import ConsentForms

    services, pupil = built.services, built.pupil
    gezag = [g for g in pupil.guardians if g.has_gezag]
    for org, purpose in ((built.team, "aanmelding_sociaal_team"), (built.swv, "arrangement_swv")):
        answers = {
            "grondslag": "toestemming",
            "ontvanger": str(org.id),
            "doel_soort": purpose,
            "doel": "Hulp voor Floor (fictief)",
            "categorieen": ["identification", "support_history"],
            "beslissing": "gegeven",
            "gegeven_door": "ouders",
            "ouder": str(gezag[0].id),
            "datum": (TODAY - timedelta(days=21)).isoformat(),
            "wijze": SCREEN,
            "geldig_tot": "2027-07-31",
        }
        if len(gezag) > 1:
            answers["tweede_ouder"] = str(gezag[1].id)
        facade = ConsentForms(services.forms, services.consent, built.case_id)
        facade.save(
            pupil.id, "toestemming", services.catalog.latest("toestemming").version, answers, case_id=built.case_id
        )
        for signer, (method, day) in zip(services.signatures.required(built.case_id, "consent"), plan.signed):
            signature = Signature("consent", facade.basis_id, signer.key, signer.name, signer.role, day, method)
            if method == SCREEN:
                signature = Signature(
                    **{
                        **signature.__dict__,
                        "strokes": "strokes:[[[0,500],[500,900],[1000,100]]]",
                        "statement": services.signatures.consent_statement(built.case_id, facade.basis_id, signer),
                    }
                )
                services.signatures.record(built.case_id, signature)
            else:
                services.signatures.record_paper(built.case_id, signature, b"%PDF-1.4 scan (fictief)", "scan.pdf")
            built.signed.append(signature)
