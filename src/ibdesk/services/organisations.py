"""Organisations around the school (Contacten): list, add, edit, (de)activate, delete when
nothing refers to them, and import the file a region or school board hands out.

One unit of work per call, audited with ids and counts only; the UI and the CLI both use
this service. Re-import matches on the file's `key`, else on kind + name + municipality,
so importing twice never duplicates.
"""

from __future__ import annotations

import builtins
import logging
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from ibdesk.domain import rules
from ibdesk.domain.model import Organisation, OrgKind
from ibdesk.domain.organisations import (
    FIELD_KINDS,
    Entry,
    ImportLine,
    ImportPlan,
    apply_entry,
    changes,
    inactive_label,
    org_natural_key,
    parse_kind,
)
from ibdesk.errors import InvalidRecord, NotFoundError, UserError, ValidationError
from ibdesk.forms.field_types import filled_values, of
from ibdesk.i18n import tr
from ibdesk.services import convert
from ibdesk.services.org_files import FileProblems, read_entries
from ibdesk.services.org_references import References, count_references
from ibdesk.store import models as m
from ibdesk.store.profile import Store

log = logging.getLogger(__name__)
KIND_ORDER = list(OrgKind)


class OfferedChoices(list):
    """(id, label) pairs a picker offers; `known` labels stored values it no longer offers
    (an organisation made inactive), so a choice made earlier still reads by name."""

    def __init__(self, offered: Iterable[tuple], known: dict[str, str] | None = None):
        super().__init__(offered)
        self.known = known or {}


class OrganisationService:
    def __init__(self, store: Store, catalog=None, today: Callable[[], date] = date.today):
        self.store = store
        self.catalog = catalog
        self.today = today

    # -- reading -------------------------------------------------------------------------------
    def list(self, kind: OrgKind | None = None, include_inactive: bool = True) -> list[Organisation]:
        query = select(m.OrganisationRow).options(selectinload(m.OrganisationRow.contacts))
        if kind is not None:
            query = query.where(m.OrganisationRow.kind == str(kind))
        if not include_inactive:
            query = query.where(m.OrganisationRow.active.is_(True))
        with self.store.session() as s:
            orgs = [convert.organisation_from_row(r) for r in s.scalars(query)]
        return sorted(orgs, key=lambda o: (KIND_ORDER.index(o.kind), o.name.casefold()))

    def get(self, org_id: int) -> Organisation:
        with self.store.session() as s:
            return convert.organisation_from_row(self._row(s, org_id))

    @staticmethod
    def _row(s, org_id: int) -> m.OrganisationRow:
        row = s.get(m.OrganisationRow, org_id)
        if row is None:
            raise NotFoundError(tr("Organisatie {org_id} bestaat niet.", org_id=org_id))
        return row

    def choices(self, org_kind: str | None, organisations: builtins.list[Organisation] | None = None) -> OfferedChoices:
        """For an organisation field: active organisations of the field's kind; every other
        one is only `known`, so an earlier choice still shows its name."""
        orgs = organisations if organisations is not None else self.list()
        kinds = FIELD_KINDS.get(org_kind or "")
        offered = [o for o in orgs if o.active and (kinds is None or o.kind in kinds)]
        ids = {o.id for o in offered}
        return OfferedChoices(
            [(o.id, o.name) for o in offered], {str(o.id): inactive_label(o) for o in orgs if o.id not in ids}
        )

    def form_reference_problems(self, container, answers: dict, stored: dict) -> dict[str, str]:
        """An organisation field names an existing organisation; one chosen anew must be
        active (an inactive one already stored in this form may stay). Paths as
        validate_answers writes them ('veld', 'groep[0].veld')."""
        fields = getattr(container, "fields", ())
        chosen = list(organisation_values(fields, answers, with_field=True))
        if not chosen:
            return {}
        orgs = {str(o.id): o for o in self.list()}
        kept = {str(value) for _path, value in organisation_values(fields, stored or {})}
        problems = {}
        for path, value, f in chosen:
            org = orgs.get(str(value))
            kinds = FIELD_KINDS.get(getattr(f, "org_kind", None) or "")
            if org is None:
                problems[path] = tr("Deze organisatie bestaat niet (meer). Kies een organisatie uit Contacten.")
            elif not org.active and str(value) not in kept:
                problems[path] = tr(
                    "{name} is niet meer actief. Kies een actieve organisatie uit Contacten.", name=org.name
                )
            elif kinds is not None and org.kind not in kinds and str(value) not in kept:
                problems[path] = tr(
                    "{name} is een {kind}; hier hoort een andere soort organisatie. Kies er een uit de lijst.",
                    name=org.name,
                    kind=org.kind.label.lower(),
                )
        return problems

    # -- writing -------------------------------------------------------------------------------
    def save(self, org: Organisation) -> Organisation:
        """Add (id None) or update; InvalidRecord with a Dutch message per field."""
        rules.clean_organisation(org)
        with self.store.session() as s:
            self._check_unique(s, org)
            row = self._row(s, org.id) if org.id else m.OrganisationRow()
            s.add(convert.organisation_to_row(org, row))
            s.flush()
            self.store.audit(s, "update" if org.id else "create", "organisation", row.id, f"kind={org.kind}")
            org.id = row.id
            org.contacts = [convert.contact_from_row(c) for c in row.contacts]
        return org

    def set_active(self, org_id: int, active: bool) -> Organisation:
        """Deactivate (no longer offered for new choices; everything that refers to it stays)
        or make active again."""
        with self.store.session() as s:
            row = self._row(s, org_id)
            if row.active != active:
                if active:
                    self._check_unique(s, convert.organisation_from_row(row))
                row.active = active
                self.store.audit(s, "activate" if active else "deactivate", "organisation", org_id)
            return convert.organisation_from_row(row)

    def references(self, org_id: int) -> References:
        with self.store.session() as s:
            row = self._row(s, org_id)
            return count_references(s, self.catalog, org_id, [c.id for c in row.contacts])

    def delete(self, org_id: int) -> None:
        """Only an organisation no record refers to; otherwise say why and offer deactivating."""
        with self.store.session() as s:
            row = self._row(s, org_id)
            refs = count_references(s, self.catalog, org_id, [c.id for c in row.contacts])
            if refs.total:
                raise UserError(
                    tr(
                        "Organisatie {org_id} wordt gebruikt ({uses}) en kan daarom niet worden verwijderd. Zet haar "
                        "op non-actief: dan wordt ze niet meer aangeboden, en blijft wat al is vastgelegd leesbaar.",
                        org_id=org_id,
                        uses=refs.describe(),
                    )
                )
            s.delete(row)
            self.store.audit(s, "delete", "organisation", org_id)

    def _check_unique(self, s, org: Organisation) -> None:
        """No two organisations share a file key, or kind + name + municipality."""
        errors = {}
        if org.key:
            other = s.scalar(
                select(m.OrganisationRow.id).where(
                    m.OrganisationRow.import_key == org.key, m.OrganisationRow.id != (org.id or 0)
                )
            )
            if other:
                errors["sleutel"] = tr("De sleutel '{key}' hoort al bij organisatie {other}.", key=org.key, other=other)
        same = [
            r.id
            for r in s.scalars(
                select(m.OrganisationRow).where(
                    m.OrganisationRow.kind == str(org.kind),
                    m.OrganisationRow.id != (org.id or 0),
                    func.lower(m.OrganisationRow.name) == org.name.lower(),
                )
            )
            if org_natural_key(convert.organisation_from_row(r)) == org_natural_key(org)
        ]
        if same:
            where = f" in {org.municipality}" if org.municipality else ""
            errors["naam"] = tr(
                "Er is al een {label} met deze naam{where} (organisatie {other}). Pas die aan, of kies een andere "
                "naam.",
                label=org.kind.label,
                where=where,
                other=same[0],
            )
        if errors:
            raise InvalidRecord(errors)

    # -- import --------------------------------------------------------------------------------
    def import_file(self, path: Path, dry_run: bool = False, source: str = "file") -> ImportPlan:
        """Read a YAML or CSV organisations file and import it (or only plan it: `dry_run`)."""
        entries = read_entries(path)
        return self.plan_import(entries) if dry_run else self.import_entries(entries, source)

    def plan_import(self, entries: builtins.list[Entry]) -> ImportPlan:
        """What importing would do, without changing anything (the preview and --dry-run)."""
        with self.store.session() as s:
            return self._plan(s, entries)

    def import_entries(self, entries: builtins.list[Entry], source: str = "file") -> ImportPlan:
        """Apply the entries in one transaction: all of them, or nothing when any is wrong."""
        with self.store.session() as s:
            plan = self._plan(s, entries)
            for line in plan.lines:
                self._apply(s, line)
            counts = plan.counts
            self.store.audit(
                s,
                "import",
                "organisation",
                None,
                f"source={source} added={counts['added']} updated={counts['updated']} unchanged={counts['unchanged']}",
            )
        log.info(
            "organisations imported (%s): added=%d updated=%d unchanged=%d",
            source,
            counts["added"],
            counts["updated"],
            counts["unchanged"],
        )
        return plan

    def _apply(self, s, line: ImportLine) -> None:
        if line.action == "ongewijzigd":
            return
        row = s.get(m.OrganisationRow, line.stored_id) if line.stored_id else m.OrganisationRow()
        s.add(convert.organisation_to_row(line.organisation, row))
        s.flush()
        line.organisation.id = row.id
        detail = "import" + (": " + ", ".join(line.changed) if line.changed else "")
        self.store.audit(s, "create" if line.action == "nieuw" else "update", "organisation", row.id, detail)

    def _plan(self, s, entries: builtins.list[Entry]) -> ImportPlan:
        rows = s.scalars(select(m.OrganisationRow).options(selectinload(m.OrganisationRow.contacts)))
        stored = [convert.organisation_from_row(r) for r in rows]
        by_key = {o.key: o for o in stored if o.key}
        by_natural = {org_natural_key(o): o for o in stored}
        seen: set[tuple[str, str, str] | str] = set()  # natural keys and keys of the lines read
        plan, problems = ImportPlan(), []
        for entry in entries:
            try:
                line = self._plan_line(entry, by_key, by_natural, seen)
            except InvalidRecord as exc:
                problems += [f"{entry.where}: {message}" for message in exc.errors.values()]
                continue
            except ValidationError as exc:
                problems.append(f"{entry.where}: {exc}")
                continue
            plan.lines.append(line)
        if problems:
            raise FileProblems(problems)
        return plan

    @staticmethod
    def _plan_line(entry: Entry, by_key: dict, by_natural: dict, seen: set) -> ImportLine:
        parse_kind(entry.values.get("kind"))
        if not str(entry.values.get("name") or "").strip():
            raise ValidationError(tr("de naam van de organisatie ontbreekt ('name')."), "naam")
        natural, key = entry.natural_key(), entry.key
        if natural in seen or (key and key in seen):
            raise ValidationError(tr("deze organisatie staat twee keer in het bestand."), "naam")
        seen.update({natural, key} - {None})
        stored = by_key.get(key) if key else None
        if stored is None:
            stored = by_natural.get(natural)
            if stored is not None and key and stored.key and stored.key != key:
                raise ValidationError(
                    tr(
                        "sleutel '{key}' is nieuw, maar deze organisatie heeft al sleutel '{existing}'. Gebruik die "
                        "sleutel.",
                        key=key,
                        existing=stored.key,
                    ),
                    "sleutel",
                )
        org = apply_entry(entry, stored)
        rules.clean_organisation(org)
        other = by_natural.get(org_natural_key(org))
        if other is not None and other is not stored:
            raise ValidationError(
                tr("er is al een {label} met deze naam (organisatie {id}).", label=org.kind.label, id=other.id), "naam"
            )
        if stored is None:
            return ImportLine("nieuw", org)
        changed = changes(stored, org)
        return ImportLine("bijgewerkt" if changed else "ongewijzigd", org, changed, stored.id)


def organisation_values(fields, answers: dict, prefix: str = "", with_field: bool = False):
    """(path, value) of every filled-in organisation field, also inside repeated groups
    ((path, value, field) with `with_field`)."""
    for path, f, value in filled_values(fields, answers, prefix):
        if of(f).refers_to == "organisation" and not isinstance(value, (bool, list, dict)):
            yield (path, value, f) if with_field else (path, value)
