"""The documents of a case, gathered here and assembled by `dossier/`: this module reads
what each document needs (services/dossier_sources.py) and hands it, as plain records, to
the assemblers in `dossier/case_content.py` and `dossier/other_content.py`, which only
filter it through the sharing plan and lay it out."""

from __future__ import annotations

from ibdesk.dossier import case_content, other_content
from ibdesk.dossier import categories as cat
from ibdesk.dossier.case_content import CaseDocument
from ibdesk.dossier.content import Sender, SharingPlan
from ibdesk.dossier.other_content import (
    HandoverDocument,
    MdoBasis,
    MeetingDocument,
    PreparationSheet,
    basis_line,
    recipient_roles,
)
from ibdesk.services.dossier_sources import case_sources, plan_for

INTERNAL = "Intern overleg van de school met ouders (geen externe deelnemers)"


def assemble_case(services, overview, plan: SharingPlan, sender: Sender) -> CaseDocument:
    """The dossier of `overview`'s case for `plan`'s recipient and purpose."""
    return case_content.assemble_case(overview, plan, sender, case_sources(services, overview))


def assemble_handover(services, overview, plan: SharingPlan, sender: Sender, kind: str) -> HandoverDocument:
    """The warme overdracht of `kind` (dossier/other_content.py HANDOVERS) for `plan`."""
    return other_content.assemble_handover(overview, plan, sender, kind, case_sources(services, overview))


def mdo_basis(services, case_id: int, participants: list[dict], day=None) -> MdoBasis:
    """For planning: would the agenda say 'geen grondslag' for this case, and for whom is
    there no basis (so the user can record the consent before the meeting)."""
    day = day or services.consent.today()
    pupil = services.guidance.overview(case_id, log_view=False).pupil
    recipients = [o for o, _ in recipient_roles(participants, services.records.organisations(), pupil.municipality)]
    if not recipients:
        return MdoBasis([], [], "intern")
    plan = plan_for(services, case_id, recipients, "mdo", day)
    missing = [
        o for o in recipients if not any(plan_for(services, case_id, [o], "mdo", day).allows(c) for c in cat.CATEGORIES)
    ]
    return MdoBasis(recipients, missing, basis_line(plan))


def preparation_sheet(services, meeting, case_id: int, question: str, organisations, day) -> PreparationSheet:
    """One case's preparation sheet, filtered for the organisations taking part in `meeting`."""
    overview = services.guidance.overview(case_id, log_view=False)
    roles = recipient_roles(meeting.participants, organisations, overview.pupil.municipality)
    recipients = [org for org, _ in roles]
    plan = (
        plan_for(services, case_id, recipients, "mdo", day)
        if recipients
        else SharingPlan(None, "mdo", day, open_basis=INTERNAL)
    )
    found = case_sources(services, overview, open_points_only=True)
    return other_content.preparation_sheet(overview, plan, roles, question, found)


def assemble_meeting(services, meeting_id: int) -> MeetingDocument:
    """The MDO agenda of a stored meeting with a preparation sheet per case on it."""
    meeting = services.meetings.meeting(meeting_id)
    organisations = services.records.organisations()
    day = services.consent.today()
    sheets = [
        preparation_sheet(services, meeting, case_id, question, organisations, day)
        for case_id, _, question in meeting.agenda
    ]
    school = services.records.school()
    return other_content.assemble_meeting(meeting, sheets, school.name if school else "")
