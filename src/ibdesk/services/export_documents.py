"""The export entry points the CLI and the UI call, one per document (the case dossier, the
warme overdracht, the MDO preparation, the inzage): refuse when the case is not ready or
nothing may be shared (and say why), assemble the content, then sign, optionally encrypt,
write only to the chosen file and log every sharing (`services/export_signing.py`,
`services/export_sharing_log.py`).

The checks (readiness, basis, recipient) are those of `services/export_plan.py`, which the
export wizard shows before anything is rendered; `dossier/` only assembles and renders."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ibdesk.domain.consent import PURPOSES, SOCIAL_TEAM_PURPOSE
from ibdesk.dossier import attachment_content
from ibdesk.dossier.content import Sender, SharingPlan
from ibdesk.dossier.document import register_fonts
from ibdesk.dossier.sources import latest
from ibdesk.dossier.story_common import meta
from ibdesk.dossier.story_dossier import dossier_story
from ibdesk.errors import UserError
from ibdesk.i18n import tr
from ibdesk.services import dossier_sources as sources
from ibdesk.services.dossier_content import assemble_case
from ibdesk.services.export_plan import organisation, refuse_unready, refuse_without_basis
from ibdesk.services.export_sharing_log import record_meeting_sheet, record_sharing
from ibdesk.services.export_signing import (
    ExportResult,
    Prepared,
    Signing,
    finish,
    prepare,
    sign_prepared,
    signature_info,
)
from ibdesk.services.form_folders import refuse_missing_forms
from ibdesk.text.dates import short_date

if TYPE_CHECKING:
    from ibdesk.domain.model import Organisation
    from ibdesk.services.guidance import CaseOverview


def prepare_case(
    services,
    case_id: int,
    recipient_id: int | None = None,
    purpose: str = SOCIAL_TEAM_PURPOSE,
    signing_with: Signing | None = None,
    sender: Sender | None = None,
) -> Prepared:
    """The unsigned dossier of a case for a recipient (default: the Sociaal Team of residence),
    rendered once: what the export wizard shows, and exactly what `sign_prepared` signs."""
    if purpose not in PURPOSES:
        raise UserError(tr("Onbekend doel '{purpose}'. Kies uit: {items}.", purpose=purpose, items=", ".join(PURPOSES)))
    refuse_missing_forms(services, case_id)
    overview = services.guidance.overview(case_id, log_view=False)
    refuse_unready(case_id, overview, purpose)
    recipient = organisation(services, recipient_id) if recipient_id else overview.teams.residence
    if recipient is None:
        raise UserError(
            tr(
                "Er is geen Sociaal Team bekend voor de woongemeente van de leerling. Voeg het toe bij Contacten of "
                "kies een ontvanger (--to)."
            )
        )
    plan = sources.plan_for(services, case_id, [recipient], purpose)
    refuse_without_basis(plan)
    school = overview.school.name if overview.school else ""
    sender = sender or sources.profile_sender(services.store, school)
    content = assemble_case(services, overview, plan, sender)
    files = sources.payloads(services, content.attachments)
    credentials = (signing_with or Signing()).resolve(services.store, sender.name, school)
    sig = signature_info(credentials, sender, plan.day)
    register_fonts(services.resources)  # the machine policy's fonts, before any story is laid out
    story = dossier_story(content, sig)
    doc_meta = meta("Dossier", overview.pupil.initials, recipient.name, school, plan.purpose_label, plan.day)
    prepared = prepare(
        services,
        story,
        doc_meta,
        credentials,
        reason=f"Dossier voor {recipient.name}",
        location=overview.school.municipality if overview.school else "",
        record=lambda: record_sharing(services, overview.pupil.id, case_id, recipient.id, purpose, "dossier", plan),
        files=files,
    )
    prepared.shared, prepared.withheld = plan.shared(), plan.withheld()
    return prepared


def export_case(
    services,
    case_id: int,
    out: Path,
    recipient_id: int | None = None,
    purpose: str = SOCIAL_TEAM_PURPOSE,
    encrypt: bool = False,
    signing_with: Signing | None = None,
    sender: Sender | None = None,
) -> ExportResult:
    """The dossier of a case for a recipient, signed and written to `out`."""
    return sign_prepared(
        services, prepare_case(services, case_id, recipient_id, purpose, signing_with, sender), out, encrypt
    )


@dataclass
class HandoverCheck:
    """Everything a handover export needs, checked before the user is asked where to save."""

    overview: CaseOverview
    recipient: Organisation
    plan: SharingPlan
    note: str = ""  # e.g. a newer concept exists: the document holds the last final version


def check_handover(services, case_id: int, kind: str, recipient_id: int | None = None) -> HandoverCheck:
    """Refuse (with the Dutch reason) what cannot become a handover document: no final form,
    not ready for the Sociaal Team, no recipient, nothing that may be shared."""
    from ibdesk.dossier.other_content import HANDOVERS

    if kind not in HANDOVERS:
        raise UserError(
            tr("Onbekende soort overdracht '{kind}'. Kies uit: {items}.", kind=kind, items=", ".join(HANDOVERS))
        )
    form_id, purpose, recipient_field, _ = HANDOVERS[kind]
    overview = services.guidance.overview(case_id, log_view=False)
    title = services.catalog.latest(form_id).title
    entry = latest(sources.saved_answers(services.store, services.catalog, case_id), form_id)
    newest = services.forms.latest(case_id, form_id)
    if entry is None and newest is not None and newest.concept:
        raise UserError(
            tr(
                "Het formulier '{title}' bij casus {case_id} is nog een concept. Vul het aan en sla het op (niet als "
                "concept); daarna kunt u de overdracht maken.",
                title=title,
                case_id=case_id,
            )
        )
    if entry is None:
        raise UserError(tr("Vul eerst het formulier '{title}' in bij casus {case_id}.", title=title, case_id=case_id))
    refuse_unready(case_id, overview, purpose)
    named = str(entry.answers.get(recipient_field) or "")
    recipient_id = recipient_id or (int(named) if named.isdigit() else None)
    recipient = organisation(services, recipient_id) if recipient_id else overview.teams.residence
    if recipient is None:
        raise UserError(tr("Kies de ontvanger van de overdracht (--to, een organisatie uit Contacten)."))
    plan = sources.plan_for(services, case_id, [recipient], purpose)
    refuse_without_basis(plan)
    note = ""
    if newest is not None and newest.concept:
        note = tr(
            "Let op: er is een nieuwer concept van '{title}'. Dit document bevat de laatste definitieve versie "
            "van {day}.",
            title=title,
            day=short_date(entry.saved_at),
        )
    return HandoverCheck(overview, recipient, plan, note)


def export_handover(
    services,
    case_id: int,
    kind: str,
    out: Path,
    recipient_id: int | None = None,
    encrypt: bool = False,
    signing_with: Signing | None = None,
    sender: Sender | None = None,
) -> ExportResult:
    """The warme overdracht document (po-vo, school, sociaal-team) from its final form."""
    from ibdesk.dossier.other_content import HANDOVERS
    from ibdesk.dossier.story_other import handover_story
    from ibdesk.services.dossier_content import assemble_handover

    refuse_missing_forms(services, case_id)
    checked = check_handover(services, case_id, kind, recipient_id)
    overview, recipient, plan = checked.overview, checked.recipient, checked.plan
    purpose = HANDOVERS[kind][1]
    school = overview.school.name if overview.school else ""
    sender = sender or sources.profile_sender(services.store, school)
    content = assemble_handover(services, overview, plan, sender, kind)
    files = sources.payloads(services, content.attachments)
    credentials = (signing_with or Signing()).resolve(services.store, sender.name, school)
    register_fonts(services.resources)
    story = handover_story(content, signature_info(credentials, sender, plan.day))
    doc_meta = meta("Overdracht", overview.pupil.initials, recipient.name, school, plan.purpose_label, plan.day)
    result = finish(
        services,
        story,
        doc_meta,
        credentials,
        out,
        encrypt,
        reason=f"Overdracht aan {recipient.name}",
        location=overview.school.municipality if overview.school else "",
        record=lambda: record_sharing(
            services, overview.case.pupil_id, case_id, recipient.id, purpose, f"overdracht-{kind}", plan
        ),
        files=files,
    )
    result.shared, result.withheld = plan.shared(), plan.withheld()
    result.note = checked.note
    return result


def export_meeting(
    services,
    meeting_id: int,
    out: Path,
    encrypt: bool = False,
    signing_with: Signing | None = None,
    sender: Sender | None = None,
) -> ExportResult:
    """The MDO agenda with a preparation sheet per case, each filtered for the partners present."""
    from ibdesk.dossier.story_other import meeting_story
    from ibdesk.services.dossier_content import assemble_meeting

    doc = assemble_meeting(services, meeting_id)
    if not doc.sheets:
        raise UserError(tr("Er staan nog geen casussen op de agenda van overleg {meeting_id}.", meeting_id=meeting_id))
    store = services.store
    sender = sender or sources.profile_sender(store, doc.school)
    credentials = (signing_with or Signing()).resolve(store, sender.name, doc.school)
    day = services.consent.today()
    register_fonts(services.resources)
    story = meeting_story(doc, signature_info(credentials, sender, day))
    doc_meta = meta("MDO", "", None, doc.school, "Agenda en voorbereiding MDO", day)
    doc_meta.title = f"{doc.title} — agenda en voorbereiding"
    doc_meta.header_left = f"{doc.title} · voorbereiding"

    def record() -> None:
        for sheet in doc.sheets:
            record_meeting_sheet(services, sheet)

    return finish(
        services,
        story,
        doc_meta,
        credentials,
        out,
        encrypt,
        reason="Voorbereiding MDO",
        location=doc.location,
        record=record,
    )


def export_inzage(
    services,
    pupil_id: int,
    out: Path,
    json_folder: Path | None = None,
    encrypt: bool = False,
    signing_with: Signing | None = None,
) -> tuple[ExportResult, Path | None]:
    """Everything about one pupil, as a signed PDF (and, with `json_folder`, as JSON)."""
    from ibdesk.dossier.inzage_content import BASIS, assemble_inzage
    from ibdesk.dossier.story_other import inzage_story
    from ibdesk.services.absence import calendar_or_none

    data = services.inzage.collect(pupil_id)
    school = services.records.school()
    school_name = school.name if school else ""
    listed = attachment_content.all_files(services.attachments.attachments(pupil_id))
    doc = assemble_inzage(
        data,
        services.catalog,
        services.records.organisations(),
        school_name,
        services.inzage.known_actors(),
        calendar_or_none(services),
        listed,
    )
    store = services.store
    sender = sources.profile_sender(store, school_name)
    credentials = (signing_with or Signing()).resolve(store, sender.name, school_name)
    day = services.consent.today()
    register_fonts(services.resources)
    story = inzage_story(doc, signature_info(credentials, sender, day), school_name)
    doc_meta = meta("Inzage", doc.initials, "ouders/verzorgers", school_name, BASIS, day)
    result = finish(
        services,
        story,
        doc_meta,
        credentials,
        out,
        encrypt,
        reason="Inzage",
        location="",
        record=lambda: services.consent.log_sharing(pupil_id, None, None, "inzage", "inzage", {"alles": BASIS}, []),
        files=sources.payloads(services, listed),
    )
    json_path = services.inzage.write_json(pupil_id, Path(json_folder)) if json_folder else None
    result.shared = {"alles": BASIS}
    return result, json_path


def export_inzage_pdf(services, pupil_id: int, folder: Path) -> Path:
    """The signed inzage PDF in `folder`, named like the JSON (no name in the file name)."""
    day = services.consent.today().isoformat()
    result, _ = export_inzage(services, pupil_id, Path(folder) / f"inzage-leerling-{pupil_id}-{day}.pdf")
    return result.path
