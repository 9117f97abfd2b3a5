"""The forms the case page opens in place: an editor that starts from the form's concept,
its saved answers or a prefilled new form; the consent form with who signs; a saved form,
read-only. `page` is the CasePage with a loaded case (as in case_handover)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ibdesk.domain.consent import SOCIAL_TEAM_PURPOSE
from ibdesk.services import consent_forms, form_entry, forms
from ibdesk.services.actors import shown_actor
from ibdesk.text.dates import short_date_time
from ibdesk.ui.forms import FormEditor, FormView
from ibdesk.ui.kit import messages


def ask(parent, title: str, text: str) -> bool:
    return messages.confirm(parent, title, text)


def form_editor(
    page, definition, service=None, step_id: str | None = None, fresh: dict | None = None, **kwargs
) -> FormEditor:
    """An editor that opens with the form's concept, else its saved answers, else `fresh` or a new
    form prefilled from what the case already holds (each prefilled field says where from)."""
    services, ov = page.context.services, page.overview
    assert ov is not None  # forms open from a loaded case
    begun = form_entry.start(services, ov, definition, step_id)
    answers, origins = begun.answers, begun.origins
    if fresh is not None and begun.concept is None:
        answers, origins = fresh, {}
    return FormEditor(
        service or services.forms,
        definition,
        pupil_id=ov.case.pupil_id,
        case_id=ov.case.id,
        step_id=step_id,
        choices_provider=forms.form_choices(services.records, ov.pupil),
        ask=ask,
        answers=answers,
        origins=origins,
        concept_note=begun.note(),
        **kwargs,
    )


def consent_editor(page, purpose: str = SOCIAL_TEAM_PURPOSE, recipient_id: int | None = None) -> tuple[FormEditor, str]:
    """The consent form for `purpose` (to `recipient_id`, else the Sociaal Team of residence),
    prefilled with who signs: the pupil from 16, else the parents with gezag; and the note
    that says so."""
    services, ov, case_id = page.context.services, page.overview, page.case_id
    assert ov is not None and case_id is not None  # consent is recorded for a loaded case
    facade = consent_forms.ConsentForms(services.forms, services.consent, case_id)
    team = ov.teams.residence
    sixteen = consent_forms.pupil_age(ov.pupil, services.consent.today()) >= 16
    start: dict[str, object] = {
        "grondslag": "toestemming",
        "doel_soort": purpose,
        "gegeven_door": "leerling" if sixteen else "ouders",
        "beslissing": "gegeven",
        "datum": services.consent.today().isoformat(),
        "wijze": "getekend_scherm",
    }
    if recipient_id is not None:
        start["ontvanger"] = recipient_id
    elif team is not None:
        start["ontvanger"] = team.id
    gezag = [g.id for g in ov.pupil.guardians if g.has_gezag]
    if not sixteen and gezag:
        start.update(zip(("ouder", "tweede_ouder"), gezag))
    editor = form_editor(page, services.catalog.latest(form_entry.CONSENT_FORM), service=facade, fresh=start)
    note = (
        QCoreApplication.translate("case_editors", "Vanaf 16 jaar tekent de leerling zelf.")
        if sixteen
        else QCoreApplication.translate(
            "case_editors", "Onder 16 jaar tekenen de ouders met gezag; bij gezamenlijk gezag beide ouders."
        )
    )
    how = QCoreApplication.translate(
        "case_editors", "Laat de ouder of leerling op het scherm tekenen, of kies 'getekend op papier'."
    )
    return editor, f"{note} {how}"


def saved_form_view(page, answer_id: int) -> tuple[FormView, str, str] | None:
    """A saved form of the case, read-only, with its title and when and by whom it was saved;
    None (after saying why) when it cannot be loaded."""
    saved = next((f for f in page.forms.saved if f.id == answer_id), None)
    assert page.overview is not None  # saved forms are listed for a loaded case
    context = page.context
    loaded = messages.attempt(
        page,
        QCoreApplication.translate("case_editors", "Formulier openen"),
        lambda: context.services.forms.load(answer_id),
        context.home,
    )
    if loaded is None or saved is None:
        return None
    definition, answers = loaded
    view = FormView(
        definition,
        step_id=saved.step_id,
        answers=answers,
        read_only=True,
        choices_provider=forms.form_choices(context.records, page.overview.pupil),
        today=context.services.forms.today,
    )
    state = (
        QCoreApplication.translate("case_editors", "Concept (nog niet afgerond), opgeslagen op {date} door {author}.")
        if saved.concept
        else QCoreApplication.translate("case_editors", "Opgeslagen op {date} door {author}.")
    )
    return view, saved.title, state.format(date=short_date_time(saved.saved_at), author=shown_actor(saved.saved_by))
