"""What a signed export writes to the sharing log (what, to whom, on which basis), and the
case's move to aangemeld when a document goes to the Sociaal Team. `export_signing.sign_prepared`
runs these before the signed file is published, so no sendable document exists without its record."""

from __future__ import annotations

from ibdesk.domain.consent import RECIPIENT_ROLES, SOCIAL_TEAM_PURPOSE
from ibdesk.dossier.content import SharingPlan


def record_sharing(
    services, pupil_id: int, case_id: int, recipient_id: int | None, purpose: str, document: str, plan: SharingPlan
) -> None:
    """Log what is shared; a document for the Sociaal Team also makes the case aangemeld
    (services/lifecycle.py). Runs before the signed file is published (see export_signing.sign_prepared)."""
    services.consent.log_sharing(pupil_id, case_id, recipient_id, purpose, document, plan.shared(), plan.withheld())
    if purpose == SOCIAL_TEAM_PURPOSE:
        services.lifecycle.referred_by_export(case_id, recipient_id, plan.day)


def record_meeting_sheet(services, sheet) -> None:
    """One line in the sharing log per organisation at the meeting (from the stored meeting's
    participants), with the roles its people had there; a meeting of the school with parents
    only has no outside recipient."""
    shared, withheld = sheet.plan.shared(), sheet.plan.withheld()
    for org, roles in sheet.recipients:
        services.consent.log_sharing(
            sheet.pupil_id,
            sheet.case_id,
            org.id,
            "mdo",
            "mdo-voorbereiding",
            {**shared, RECIPIENT_ROLES: ", ".join(roles)} if roles else shared,
            withheld,
        )
    if not sheet.recipients:
        services.consent.log_sharing(sheet.pupil_id, sheet.case_id, None, "mdo", "mdo-voorbereiding", shared, withheld)
