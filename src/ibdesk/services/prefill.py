"""What a new form of a case starts with: the values its definition's ``prefill:`` sources
name (other final forms, route evidence, the pupil/school/case records), each with where
it came from. The engine (ibdesk.forms.prefill) does the matching; this module knows the
store."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from ibdesk.domain.model import stored_id
from ibdesk.forms import Catalog, Found, Prefilled, PrefillSource, RouteDefinition, prefill_answers
from ibdesk.i18n import tr
from ibdesk.services.forms import FINAL
from ibdesk.services.guidance import OPP_FORM, CaseOverview
from ibdesk.store import models as m
from ibdesk.store.profile import Store
from ibdesk.text.dates import short_date


@dataclass(frozen=True)
class _Saved:
    answers: dict
    saved_at: datetime


def short_title(title: str) -> str:
    """'Ontwikkelingsperspectiefplan (OPP)' → 'OPP'; other titles as they are."""
    found = re.search(r"\(([^()]{2,8})\)\s*$", title)
    return found.group(1) if found else title


def record_values(overview: CaseOverview) -> dict[str, tuple[Any, str]]:
    """What the store holds about the case, for ``{record: …}`` sources: (value, origin). The
    origin is shown next to the field only (never stored), so it is in the user's language."""
    pupil, case, school, teams = overview.pupil, overview.case, overview.school, overview.teams
    has_opp = (OPP_FORM, None) in overview.forms
    from_pupil, from_school = tr("uit de leerlinggegevens"), tr("uit de schoolgegevens")
    values = {
        "pupil.municipality": (pupil.municipality, from_pupil),
        "pupil.group": (pupil.group, from_pupil),
        "school.name": (school.name if school else None, from_school),
        "school.municipality": (school.municipality if school else None, from_school),
        "school.municipality_if_other": (
            teams.school_municipality if teams.crosses_border else None,
            tr("uit de schoolgegevens (de leerling woont in een andere gemeente)"),
        ),
        "case.lead": (case.lead_name, tr("uit de casus (regie)")),
        "case.help_question": (case.help_question, tr("uit de casus (hulpvraag)")),
        "case.social_team": (
            teams.residence.id if teams.residence else None,
            tr("uit Contacten (Sociaal Team van {municipality})", municipality=teams.residence_municipality),
        ),
        "case.has_opp": (has_opp, tr("uit de casus (er is een OPP)") if has_opp else tr("uit de casus (nog geen OPP)")),
    }
    return values


class PrefillService:
    def __init__(self, store: Store, catalog: Catalog):
        self.store, self.catalog = store, catalog

    def for_new(self, overview: CaseOverview, definition: Any, step_id: str | None = None) -> Prefilled:
        """Answers and origins for a new form (or step evidence) of the case."""
        container = definition.step(step_id) if isinstance(definition, RouteDefinition) else definition
        if not any(getattr(f, "prefill", ()) for f in container.fields):
            return Prefilled()
        return prefill_answers(container, self._lookup(overview))

    def _lookup(self, overview: CaseOverview) -> Callable[[PrefillSource], Found | None]:
        saved = self._final_forms(stored_id(overview.case.id))
        records = record_values(overview)

        def lookup(source: PrefillSource) -> Found | None:
            if source.record is not None:
                value, origin = records.get(source.record, (None, ""))
                return Found(value, origin) if value is not None else None
            if source.form is None:  # a source names a record or a form (forms/README.md, Prefill)
                return None
            entry = saved.get((source.form, source.step))
            if entry is None or source.field not in entry.answers:
                return None
            return Found(entry.answers[source.field], self._origin(source.form, source, entry))

        return lookup

    def _origin(self, form: str, source: PrefillSource, entry: _Saved) -> str:
        day = short_date(entry.saved_at)
        try:
            definition = self.catalog.latest(form)
        except KeyError:
            return tr("uit {form} van {day}", form=form, day=day)
        if isinstance(definition, RouteDefinition):
            number = next((i for i, s in enumerate(definition.steps, 1) if s.id == source.step), None)
            title = definition.step(source.step).title if number else source.step
            return tr("uit de routekaart, stap {number} ({title}), van {day}", number=number, title=title, day=day)
        return tr("uit {form} van {day}", form=short_title(definition.title), day=day)

    def _final_forms(self, case_id: int) -> dict[tuple[str, str | None], _Saved]:
        """The latest final answers per (form, step) of the case; concepts are not facts yet."""
        with self.store.session() as s:
            rows = s.execute(
                select(
                    m.FormAnswerRow.form_id, m.FormAnswerRow.step_id, m.FormAnswerRow.answers, m.FormAnswerRow.saved_at
                )
                .where(m.FormAnswerRow.case_id == case_id, m.FormAnswerRow.status == FINAL)
                .order_by(m.FormAnswerRow.saved_at, m.FormAnswerRow.id)
            ).all()
        return {
            (form_id, step_id): _Saved(json.loads(answers), saved_at) for form_id, step_id, answers, saved_at in rows
        }
