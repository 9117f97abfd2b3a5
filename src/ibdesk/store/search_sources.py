"""What the search index holds: one registration per kind of record.

Only text people typed: names, a case's help question, the text answers of saved forms
(with the labels of chosen options), organisations and their contact people. No BSN, no
dates, no signatures.

Adding a source is one registration, as for the notes of a pupil or case (below):

    register(Source("note", "Notities", "NoteRow", ("text",), _note, 50, "notes"))

The model is named (a class in store/models.py) with its table, so opening a profile checks the
index without importing the ORM; an ORM class works too (then give no table name).

The search service shows such a hit (any source whose rows have a `pupil_id`, and maybe a
`case_id`) with the pupil's name and a snippet of the text, and opens the case, or else the
pupil; rows already in the table are indexed at the next open, and a delete trigger is
made for the table then too. A source's `kind` names its index table
(`search_index_<kind>`): never rename one.
"""

from __future__ import annotations

import json

from ibdesk.store.search_index import Doc, Indexer, Source, register


def _pupil(row, _indexer: Indexer) -> Doc:
    return Doc(f"{row.first_name} {row.last_name}")


def _guardian(row, _indexer: Indexer) -> Doc:
    return Doc(row.name)


def _case(row, _indexer: Indexer) -> Doc:
    return Doc(body=row.help_question or "")


def _organisation(row, _indexer: Indexer) -> Doc:
    return Doc(row.name, " ".join(filter(None, (row.municipality, row.place))))


def _contact(row, _indexer: Indexer) -> Doc:
    return Doc(row.name, row.role or "")


def form_text(row, indexer: Indexer) -> list[str]:
    """The typed text of a saved form, read with the definition it was saved with. The forms
    package is imported here, at the first form indexed, not when a profile opens."""
    from ibdesk.forms.text import loose_text, typed_text

    try:
        answers = json.loads(row.answers)
    except (TypeError, ValueError):
        return []
    definition = indexer.definition(row.form_id, row.form_version)
    if definition is None:
        return loose_text(answers)
    container = definition
    if row.step_id and hasattr(definition, "step"):
        try:
            container = definition.step(row.step_id)
        except KeyError:
            return loose_text(answers)
    if not hasattr(container, "fields"):
        return loose_text(answers)
    return typed_text(container, answers)


def _form(row, indexer: Indexer) -> Doc:
    return Doc(body="\n".join(form_text(row, indexer)))


register(Source("pupil", "Leerlingen", "PupilRow", ("first_name", "last_name"), _pupil, 10, "pupils"))
register(Source("guardian", "Leerlingen", "GuardianRow", ("name",), _guardian, 11, "guardians"))
register(Source("case", "Casussen", "CaseRow", ("help_question",), _case, 20, "cases"))
register(
    Source(
        "form",
        "Formulieren",
        "FormAnswerRow",
        ("form_id", "form_version", "step_id", "answers"),
        _form,
        30,
        "form_answers",
    )
)
register(
    Source(
        "organisation",
        "Organisaties",
        "OrganisationRow",
        ("name", "municipality", "place"),
        _organisation,
        40,
        "organisations",
    )
)
register(Source("contact", "Organisaties", "ContactRow", ("name", "role"), _contact, 41, "contacts"))


def _note(row, _indexer: Indexer) -> Doc:
    return Doc(body=row.text or "")


register(Source("note", "Notities", "NoteRow", ("text",), _note, 50, "notes"))
