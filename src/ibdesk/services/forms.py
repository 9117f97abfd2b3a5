"""Filling in forms: the catalog of definitions, drafts saved while typing, saved answers.

Answers are stored with the form's id and version and are always read back with that
exact definition, so a newer version of a form still shows answers given under an
older one. Drafts live in the encrypted store (never in a temp file).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select

from ibdesk.errors import InvalidRecord, NotFoundError, UserError
from ibdesk.forms import Catalog, FormError, drop_hidden, load_catalog, validate_answers
from ibdesk.forms.field_types import of
from ibdesk.i18n import tr
from ibdesk.paths import bundled_forms_dir
from ibdesk.services.organisations import OfferedChoices, OrganisationService
from ibdesk.store import models as m
from ibdesk.store.models import CONCEPT, FINAL
from ibdesk.store.profile import Store

if TYPE_CHECKING:
    from ibdesk.domain.model import Pupil
    from ibdesk.services.records import Records

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SavedForm:
    id: int
    form_id: str
    form_version: int
    title: str
    step_id: str | None
    saved_at: datetime
    saved_by: str
    status: str = FINAL

    @property
    def concept(self) -> bool:
        return self.status == CONCEPT


@dataclass(frozen=True)
class Draft:
    context: str
    form_id: str
    form_version: int
    answers: dict
    updated_at: datetime
    pupil_id: int | None
    case_id: int | None


def load_forms(folder: Path | list[Path] | None = None) -> Catalog:
    """Load every definition (a folder or several); broken files are left out and listed in `catalog.errors`."""
    catalog = load_catalog(folder or bundled_forms_dir())
    for error in catalog.errors:
        log.warning("form definition unavailable: %s", error.code)
    return catalog


def unavailable_messages(errors: list[FormError]) -> list[str]:
    """Dutch lines for the UI: which definition file cannot be used, and why."""
    by_file: dict[str, FormError] = {}
    for error in errors:
        by_file.setdefault(Path(error.file).name, error)
    return [
        f"Formulier {name} is niet beschikbaar: {err.message} (regel {err.line})."
        for name, err in sorted(by_file.items())
    ]


class FormService:
    supports_concepts = True  # the form editor offers "Opslaan als concept"

    def __init__(self, store: Store, catalog: Catalog, today: Callable[[], date] = date.today):
        self.store = store
        self.catalog = catalog
        self.today = today
        # (container, answers, stored answers) -> problems; the container sets it so that an
        # organisation field names an existing organisation (OrganisationService).
        self.reference_check: Callable[[object, dict, dict], dict[str, str]] | None = None

    # -- drafts ---------------------------------------------------------------------------
    def save_draft(
        self,
        context: str,
        form_id: str,
        form_version: int,
        answers: dict,
        pupil_id: int | None = None,
        case_id: int | None = None,
    ) -> None:
        """Upsert the draft for `context` (e.g. 'case:12:opp'); called while the user types."""
        payload = json.dumps(answers, ensure_ascii=False, default=str)
        with self.store.session() as s:
            row = s.scalars(select(m.FormDraftRow).where(m.FormDraftRow.context == context)).first()
            row = row or m.FormDraftRow(context=context)
            row.form_id, row.form_version, row.answers = form_id, form_version, payload
            row.pupil_id, row.case_id, row.updated_at = pupil_id, case_id, datetime.now()
            s.add(row)

    def draft(self, context: str) -> Draft | None:
        with self.store.session() as s:
            row = s.scalars(select(m.FormDraftRow).where(m.FormDraftRow.context == context)).first()
            return _draft(row) if row else None

    def drafts(self) -> list[Draft]:
        """Unsaved work, e.g. left behind by a crash, newest first."""
        with self.store.session() as s:
            rows = s.scalars(select(m.FormDraftRow).order_by(m.FormDraftRow.updated_at.desc()))
            return [_draft(r) for r in rows]

    def discard_draft(self, context: str) -> None:
        with self.store.session() as s:
            s.execute(delete(m.FormDraftRow).where(m.FormDraftRow.context == context))

    # -- saved answers --------------------------------------------------------------------
    def save(
        self,
        pupil_id: int,
        form_id: str,
        form_version: int,
        answers: dict,
        case_id: int | None = None,
        step_id: str | None = None,
        draft_context: str | None = None,
        answer_id: int | None = None,
        concept: bool = False,
    ) -> int:
        """Validate against the exact definition version and store; removes the draft.

        A concept may leave required fields empty (to be finished later) but every value it
        holds must fit its field; it never counts as done (see guidance and dossier)."""
        definition = self._definition(form_id, form_version)
        container = definition.step(step_id) if step_id and hasattr(definition, "step") else definition
        errors = validate_answers(container, answers, today=self.today(), concept=concept)
        if self.reference_check is not None:  # only what is saved: a hidden field's value is dropped
            shown = drop_hidden(container, answers, self.today())
            errors = {**self.reference_check(container, shown, self._stored_answers(answer_id)), **errors}
        if errors:
            raise InvalidRecord(errors)
        answers = drop_hidden(container, answers, self.today())
        status = CONCEPT if concept else FINAL
        with self.store.session() as s:
            row = s.get(m.FormAnswerRow, answer_id) if answer_id else m.FormAnswerRow()
            if row is None:
                raise NotFoundError(tr("Formulier {answer_id} bestaat niet (meer).", answer_id=answer_id))
            row.pupil_id, row.case_id, row.step_id = pupil_id, case_id, step_id
            row.form_id, row.form_version, row.status = form_id, form_version, status
            row.answers = json.dumps(answers, ensure_ascii=False, default=str)
            row.saved_at, row.saved_by = datetime.now(), self.store.actor_in(s)
            s.add(row)
            if draft_context:
                s.execute(delete(m.FormDraftRow).where(m.FormDraftRow.context == draft_context))
            s.flush()
            self.store.audit(
                s,
                "update" if answer_id else "create",
                "form",
                row.id,
                f"form={form_id}@{form_version}" + (" status=concept" if concept else ""),
            )
            return row.id

    def _stored_answers(self, answer_id: int | None) -> dict:
        if not answer_id:
            return {}
        with self.store.session() as s:
            row = s.get(m.FormAnswerRow, answer_id)
            return json.loads(row.answers) if row is not None else {}

    def saved_forms(self, case_id: int | None = None, pupil_id: int | None = None) -> list[SavedForm]:
        query = select(m.FormAnswerRow).order_by(m.FormAnswerRow.saved_at, m.FormAnswerRow.id)
        if case_id is not None:
            query = query.where(m.FormAnswerRow.case_id == case_id)
        if pupil_id is not None:
            query = query.where(m.FormAnswerRow.pupil_id == pupil_id)
        with self.store.session() as s:
            return [
                SavedForm(
                    r.id,
                    r.form_id,
                    r.form_version,
                    self._title(r.form_id, r.form_version),
                    r.step_id,
                    r.saved_at,
                    r.saved_by,
                    r.status,
                )
                for r in s.scalars(query)
            ]

    def latest(self, case_id: int, form_id: str, step_id: str | None = None) -> SavedForm | None:
        """The newest saved version (final or concept) of one form (or step) of a case."""
        found = [f for f in self.saved_forms(case_id=case_id) if f.form_id == form_id and f.step_id == step_id]
        return found[-1] if found else None

    def load(self, answer_id: int):
        """(definition of the version it was filled in with, answers)."""
        with self.store.session() as s:
            row = s.get(m.FormAnswerRow, answer_id)
            if row is None:
                raise NotFoundError(tr("Formulier {answer_id} bestaat niet.", answer_id=answer_id))
            self.store.audit(s, "view", "form", answer_id)
            return self._definition(row.form_id, row.form_version), json.loads(row.answers)

    def _definition(self, form_id: str, version: int):
        try:
            return self.catalog.get(form_id, version)
        except KeyError:
            raise UserError(
                tr(
                    "De definitie van formulier '{form_id}' versie {version} ontbreekt of is beschadigd; de "
                    "antwoorden blijven bewaard.",
                    form_id=form_id,
                    version=version,
                )
            ) from None

    def _title(self, form_id: str, version: int) -> str:
        try:
            return self.catalog.get(form_id, version).title
        except KeyError:
            return f"{form_id} (versie {version})"


def _draft(row: m.FormDraftRow) -> Draft:
    return Draft(
        row.context, row.form_id, row.form_version, json.loads(row.answers), row.updated_at, row.pupil_id, row.case_id
    )


# -- for the form editor ---------------------------------------------------------------------
Choices = list[tuple[Any, str]]


class FormsFacade:
    """Looks like FormService to the form editor; drafts go to the real service."""

    def __init__(self, forms: FormService):
        self.forms = forms
        self.today = forms.today

    def save_draft(self, *args, **kwargs):
        return self.forms.save_draft(*args, **kwargs)

    def draft(self, context: str):
        return self.forms.draft(context)

    def discard_draft(self, context: str) -> None:
        self.forms.discard_draft(context)


def form_choices(records: Records, pupil: Pupil | None) -> Callable[[Any], Choices]:
    """A choices provider for the form renderer: guardians of the pupil, school staff
    (the people holding regie in cases), contacts and organisations from Contacten. Only
    active organisations (and their people) are offered; an inactive one chosen earlier
    still shows its name (`OfferedChoices.known`)."""
    orgs = records.organisations()
    leads = sorted({(r.lead_name or "").strip() for r in records.case_rows()} - {""})
    guardians: Choices = [
        (g.id, f"{g.name} ({g.relation}{', gezag' if g.has_gezag else ''})") for g in (pupil.guardians if pupil else [])
    ]
    staff: Choices = [(name, name) for name in leads]
    people = [(o, c.id, f"{c.name} ({c.role}, {o.name})") for o in orgs for c in o.contacts]
    contacts = OfferedChoices(
        [(cid, label) for o, cid, label in people if o.active],
        {str(cid): f"{label} (niet meer actief)" for o, cid, label in people if not o.active},
    )
    service = OrganisationService(records.store)

    def provide(f: Any) -> Choices:
        if of(f).refers_to == "organisation":
            return service.choices(getattr(f, "org_kind", None), orgs)
        role = getattr(f, "role", None)
        if role == "guardian":
            return guardians
        if role == "staff":
            return staff
        if role == "contact":
            return contacts
        return OfferedChoices(staff + contacts, contacts.known)

    return provide
