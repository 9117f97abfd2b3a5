"""How a search hit reads: a title and one line of context from the stored record as it is
now (never from the index, which holds folded text), and what opening it shows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ibdesk.domain.model import CaseStatus, OrgKind
from ibdesk.domain.search_results import Hit, Target
from ibdesk.domain.search_text import snippet
from ibdesk.i18n import tr
from ibdesk.store import models as m
from ibdesk.store.search_index import Indexer, Source
from ibdesk.store.search_sources import form_text
from ibdesk.text.dates import short_date

Describe = Callable[[Session, Source, Sequence[int], list[str], Indexer], dict[int, Hit]]


def _name(first: str, last: str) -> str:
    return f"{first} {last}".strip()


def _in(column, ids: Sequence[int]):
    return column.in_(list(ids))


def pupils(s: Session, _source: Source, ids, _terms, _indexer) -> dict[int, Hit]:
    p = m.PupilRow
    rows = s.execute(select(p.id, p.first_name, p.last_name, p.group_name, p.left_on).where(_in(p.id, ids)))
    return {
        r.id: Hit(
            "pupil",
            _name(r.first_name, r.last_name),
            r.group_name + (f" · vertrokken op {short_date(r.left_on)}" if r.left_on else ""),
            Target("pupil", r.id, pupil_id=r.id),
        )
        for r in rows
    }


def guardians(s: Session, _source: Source, ids, _terms, _indexer) -> dict[int, Hit]:
    g, p = m.GuardianRow, m.PupilRow
    rows = s.execute(
        select(g.id, g.name, g.relation, p.id.label("pupil_id"), p.first_name, p.last_name, p.group_name)
        .join(p, p.id == g.pupil_id)
        .where(_in(g.id, ids))
    )
    return {
        r.id: Hit(
            "guardian",
            _name(r.first_name, r.last_name),
            f"{r.relation}: {r.name} · {r.group_name}",
            Target("pupil", r.pupil_id, pupil_id=r.pupil_id),
        )
        for r in rows
    }


def cases(s: Session, _source: Source, ids, terms, _indexer) -> dict[int, Hit]:
    c, p = m.CaseRow, m.PupilRow
    rows = s.execute(
        select(c.id, c.help_question, c.status, c.pupil_id, p.first_name, p.last_name)
        .join(p, p.id == c.pupil_id)
        .where(_in(c.id, ids))
    )
    return {
        r.id: Hit(
            "case",
            tr("Casus {id} · {name}", id=r.id, name=_name(r.first_name, r.last_name)),
            f"{_status(r.status)} · {snippet(r.help_question, terms)}",
            Target("case", r.id, case_id=r.id, pupil_id=r.pupil_id),
        )
        for r in rows
    }


def _status(value: str) -> str:
    try:
        return CaseStatus(value).label
    except ValueError:
        return value


def forms(s: Session, _source: Source, ids, terms, indexer: Indexer) -> dict[int, Hit]:
    f, p = m.FormAnswerRow, m.PupilRow
    rows = s.execute(
        select(
            f.id,
            f.case_id,
            f.pupil_id,
            f.form_id,
            f.form_version,
            f.step_id,
            f.answers,
            f.status,
            p.first_name,
            p.last_name,
        )
        .join(p, p.id == f.pupil_id)
        .where(_in(f.id, ids))
    )
    found = {}
    for r in rows:
        title = _form_title(indexer, r.form_id, r.form_version, r.step_id)
        target = (
            Target("form", r.id, case_id=r.case_id, pupil_id=r.pupil_id)
            if r.case_id is not None
            else Target("pupil", r.pupil_id, pupil_id=r.pupil_id)
        )
        text = snippet(" · ".join(form_text(r, indexer)), terms)
        found[r.id] = Hit(
            "form",
            f"{title} · {_name(r.first_name, r.last_name)}",
            tr("Concept · {text}", text=text) if r.status == "concept" else text,
            target,
        )
    return found


def _form_title(indexer: Indexer, form_id: str, version: int, step_id: str | None) -> str:
    definition = indexer.definition(form_id, version)
    if definition is None:
        return tr("{form_id} (versie {version})", form_id=form_id, version=version)
    if step_id and hasattr(definition, "step"):
        try:
            return definition.step(step_id).title
        except KeyError:
            pass
    return definition.title


def organisations(s: Session, _source: Source, ids, _terms, _indexer) -> dict[int, Hit]:
    o = m.OrganisationRow
    rows = s.execute(select(o.id, o.name, o.kind, o.municipality, o.place, o.active).where(_in(o.id, ids)))
    return {
        r.id: Hit(
            "organisation",
            r.name,
            _org_detail(r.kind, r.municipality or r.place, r.active),
            Target("organisation", r.id),
        )
        for r in rows
    }


def contacts(s: Session, _source: Source, ids, _terms, _indexer) -> dict[int, Hit]:
    c, o = m.ContactRow, m.OrganisationRow
    rows = s.execute(
        select(c.id, c.name, c.role, o.id.label("org_id"), o.name.label("org_name"))
        .join(o, o.id == c.organisation_id)
        .where(_in(c.id, ids))
    )
    return {
        r.id: Hit("contact", r.org_name, f"{r.role}: {r.name}" if r.role else r.name, Target("organisation", r.org_id))
        for r in rows
    }


def _org_detail(kind: str, where: str | None, active: bool) -> str:
    try:
        label = OrgKind(kind).label
    except ValueError:
        label = kind
    return " · ".join(filter(None, (label, where, None if active else tr("niet meer actief"))))


def attached_text(s: Session, source: Source, ids, terms, indexer: Indexer) -> dict[int, Hit]:
    """Any other source whose rows belong to a pupil (and maybe a case), such as notes: the
    pupil's name and a snippet of the text; opens the case, or else the pupil."""
    model: Any = source.model  # an attached source's model: id and pupil_id columns (search_sources)
    p = m.PupilRow
    case_column = getattr(model, "case_id", None)
    columns = [model.id, model.pupil_id, p.first_name, p.last_name] + [getattr(model, c) for c in source.columns]
    if case_column is not None:
        columns.append(case_column)
    found = {}
    for r in s.execute(select(*columns).join(p, p.id == model.pupil_id).where(_in(model.id, ids))):
        doc = source.document(r, indexer)
        case_id = getattr(r, "case_id", None)
        target = (
            Target("case", case_id, case_id=case_id, pupil_id=r.pupil_id)
            if case_id is not None
            else Target("pupil", r.pupil_id, pupil_id=r.pupil_id)
        )
        text = " · ".join(filter(None, (doc.name, doc.body)))
        found[r.id] = Hit(source.kind, _name(r.first_name, r.last_name), snippet(text, terms), target)
    return found


DESCRIBERS: dict[str, Describe] = {
    "pupil": pupils,
    "guardian": guardians,
    "case": cases,
    "form": forms,
    "organisation": organisations,
    "contact": contacts,
}


def describe(s: Session, source: Source, ids: Sequence[int], terms: list[str], indexer: Indexer) -> list[Hit]:
    """The hits for `ids` (in that order); a row deleted meanwhile is left out."""
    if not ids:
        return []
    found = DESCRIBERS.get(source.kind, attached_text)(s, source, ids, terms, indexer)
    return [found[i] for i in ids if i in found]
