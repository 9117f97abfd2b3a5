"""Filling in one form (or one route step's evidence) of a case, for the UI and the CLI:
what it opens with (a concept to finish, the latest final version, or a new form prefilled
from what the app knows), and saving answers from a file exactly as the form editor does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ibdesk.domain.route import StepState
from ibdesk.errors import InvalidRecord, UserError
from ibdesk.forms import RouteDefinition, default_answers, drop_hidden, validate_answers
from ibdesk.forms.field_types import of
from ibdesk.i18n import tr
from ibdesk.services.consent_forms import ConsentForms
from ibdesk.services.forms import form_choices
from ibdesk.services.guidance import CaseOverview, Concept
from ibdesk.services.prefill import PrefillService
from ibdesk.text.dates import short_date_time

CONSENT_FORM = "toestemming"


@dataclass
class Start:
    """What a form of a case opens with."""

    definition: Any
    step_id: str | None
    answers: dict
    origins: dict[str, str] = field(default_factory=dict)  # prefilled field -> where it came from
    concept: Concept | None = None  # reopened from this concept
    new: bool = False

    @property
    def container(self) -> Any:
        return self.definition.step(self.step_id) if isinstance(self.definition, RouteDefinition) else self.definition

    def note(self) -> str:
        if self.concept is not None:
            return tr(
                "Concept van {saved_at} ({saved_by}). Vul aan en kies "
                "Opslaan om het af te ronden; tot dan telt het niet mee als afgerond.",
                saved_at=short_date_time(self.concept.saved_at),
                saved_by=self.concept.saved_by,
            )
        return ""


def start(services, overview: CaseOverview, definition: Any, step_id: str | None = None) -> Start:
    """A concept newer than the last final version, else that final version, else a new
    form with its defaults and what its ``prefill:`` sources already know."""
    key = (definition.id, step_id)
    if key in overview.concepts:
        concept = overview.concepts[key]
        return Start(definition, step_id, dict(concept.answers), concept=concept)
    if key in overview.forms:
        return Start(definition, step_id, dict(overview.forms[key]))
    container = definition.step(step_id) if step_id else definition
    prefilled = PrefillService(services.store, services.catalog).for_new(overview, definition, step_id)
    answers = {**default_answers(container, services.forms.today()), **prefilled.answers}
    return Start(definition, step_id, answers, prefilled.origins, new=True)


def step_participants(answers: dict, fallback: tuple[str, ...]) -> tuple[str, ...]:
    """Who took part in a step, from its evidence (fields about participants); else the route's roles."""
    found: list[str] = []
    for key, value in answers.items():
        if ("deelnemer" in key or key.endswith("uitgevoerd_door")) and isinstance(value, list):
            found += [str(v) for v in value if isinstance(v, str)]
    return tuple(dict.fromkeys(found)) or fallback


def mark_started(guidance, case_id: int, overview: CaseOverview, step_id: str) -> None:
    """Evidence was saved for a step that was still open: it is now in progress."""
    view = next((v for v in overview.view.steps if v.info.id == step_id), None)
    if view is not None and view.progress.state is StepState.OPEN:
        guidance.set_step(case_id, step_id, StepState.IN_PROGRESS)


# -- the CLI: `ibdesk form save/show` ---------------------------------------------------------------
def resolve(services, case_id: int, form_id: str, step_id: str | None) -> tuple[CaseOverview, Any]:
    """The case and the definition to save with: the latest version of a form, or the case's
    own route version for step evidence."""
    overview = services.guidance.overview(case_id, log_view=False)
    if step_id is not None:
        route = overview.route
        if route is None or route.id != form_id:
            own = route.id if route else "geen"
            raise UserError(
                tr(
                    "Casus {case_id} volgt routekaart '{own}', niet '{form_id}'.",
                    case_id=case_id,
                    own=own,
                    form_id=form_id,
                )
            )
        if step_id not in {s.id for s in route.steps}:
            raise UserError(
                tr(
                    "Routekaart '{form_id}' heeft geen stap '{step_id}'. Kies uit: {known}.",
                    form_id=form_id,
                    step_id=step_id,
                    known=", ".join(s.id for s in route.steps),
                )
            )
        return overview, route
    try:
        definition = services.catalog.latest(form_id)
    except KeyError:
        known = ", ".join(f.id for f in services.catalog.forms())
        raise UserError(
            tr("Onbekend formulier '{form_id}'. Kies uit: {known}.", form_id=form_id, known=known)
        ) from None
    if isinstance(definition, RouteDefinition):
        raise UserError(tr("'{form_id}' is een routekaart: geef de stap met --step.", form_id=form_id))
    return overview, definition


def reference_problems(services, overview: CaseOverview, container: Any, answers: dict) -> dict[str, str]:
    """Organisations, guardians and contacts must be ones the form editor would offer."""
    provide = form_choices(services.records, overview.pupil)
    problems = {}
    for f in container.fields:
        value = answers.get(f.id)
        refers_to = of(f).refers_to
        if value in (None, "") or refers_to == "none":
            continue
        if refers_to == "person" and getattr(f, "role", None) in (None, "staff"):
            continue  # staff are named by name; any name may be typed
        offered = {str(v) for v, _ in provide(f)}
        if str(value) not in offered:
            known = ", ".join(sorted(offered)) or tr("geen")
            if refers_to == "organisation":
                problems[f.id] = tr(
                    "Onbekende organisatie (zie Contacten): {value}. Kies uit: {known}.", value=value, known=known
                )
            else:
                problems[f.id] = tr(
                    "Onbekende persoon bij deze leerling: {value}. Kies uit: {known}.", value=value, known=known
                )
    return problems


def save_answers(
    services,
    case_id: int,
    form_id: str,
    answers: Any,
    step_id: str | None = None,
    concept: bool = False,
    done: bool = False,
) -> int:
    """Validate (as the editor does) and save; for step evidence, start (or finish) the step."""
    overview, definition = resolve(services, case_id, form_id, step_id)
    container = definition.step(step_id) if step_id else definition
    if not isinstance(answers, dict):
        raise UserError(tr("Het antwoordbestand moet een JSON-object zijn: {example}.", example='{"veld": waarde, …}'))
    today = services.forms.today()
    errors = validate_answers(container, answers, today, concept=concept)
    errors.update(reference_problems(services, overview, container, drop_hidden(container, answers, today)))
    if errors:
        raise InvalidRecord(errors)
    saver = ConsentForms(services.forms, services.consent, case_id) if form_id == CONSENT_FORM else services.forms
    answer_id = saver.save(
        overview.case.pupil_id, form_id, definition.version, answers, case_id=case_id, step_id=step_id, concept=concept
    )
    if step_id is not None:
        mark_started(services.guidance, case_id, overview, step_id)
        if done:
            fresh = services.guidance.overview(case_id, log_view=False)
            view = next(v for v in fresh.view.steps if v.info.id == step_id)
            services.guidance.set_step(
                case_id,
                step_id,
                StepState.DONE,
                participants=step_participants(fresh.forms.get((form_id, step_id), {}), view.info.participants),
            )
    return answer_id


def error_lines(container: Any, errors: dict[str, str]) -> list[str]:
    """'  veld (Label): melding' per problem, in the order of the form."""
    labels = {f.id: f.label for f in container.iter_fields() if getattr(f, "label", None)}
    order = [f.id for f in container.fields]

    def place(path: str) -> tuple[int, str]:
        top = path.split("[")[0].split(".")[0]
        return (order.index(top) if top in order else len(order), path)

    lines = []
    for path in sorted(errors, key=place):
        leaf = path.split(".")[-1].split("[")[0]
        label = labels.get(leaf)
        lines.append(f"  {path}{f' ({label})' if label else ''}: {errors[path]}")
    return lines


def latest_json(services, case_id: int, form_id: str, step_id: str | None = None) -> dict:
    """The newest saved version (final or concept) with its status, for `ibdesk form show`."""
    overview, _definition = resolve(services, case_id, form_id, step_id)
    saved = services.forms.latest(case_id, form_id, step_id)
    if saved is None:
        if step_id:
            raise UserError(
                tr(
                    "Er is nog niets opgeslagen voor stap '{step_id}' van formulier '{form_id}' bij casus {case_id}.",
                    step_id=step_id,
                    form_id=form_id,
                    case_id=case_id,
                )
            )
        raise UserError(
            tr(
                "Er is nog niets opgeslagen voor formulier '{form_id}' bij casus {case_id}.",
                form_id=form_id,
                case_id=case_id,
            )
        )
    _definition, answers = services.forms.load(saved.id)
    return {
        "case": case_id,
        "pupil": overview.pupil.id,
        "form": form_id,
        "step": step_id,
        "id": saved.id,
        "title": saved.title,
        "status": saved.status,
        "version": saved.form_version,
        "saved_at": saved.saved_at.isoformat(timespec="seconds"),
        "saved_by": saved.saved_by,
        "answers": answers,
    }
