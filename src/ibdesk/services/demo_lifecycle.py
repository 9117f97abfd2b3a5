"""The demo cases' status history, made through the lifecycle service as a user would.

The history is written through the lifecycle service (its rules check every change), with
one audit entry per batch, as the rest of the demo fill does. Per block of 12 cases (see
demo_guidance.py): every case is opened as a signal; all but
case 1 went to lopend when the route started; case 4 is aangemeld and the Sociaal Team's
answer is overdue; case 6 is gesloten with a reason; case 11 was closed once and reopened;
case 12 is followed up (a beschikking, the next evaluation within a week).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ibdesk.domain.lifecycle import Decision
from ibdesk.domain.model import CaseStatus, OrgKind
from ibdesk.services.lifecycle import Lifecycle
from ibdesk.store import models as m
from ibdesk.store.profile import Store

LEAD = "Marieke de Wit"


CHUNK = 100  # cases per transaction: a small session keeps each flush cheap in a large demo


def enrich_lifecycle(store: Store, today: date) -> None:
    lifecycle = Lifecycle(store, lambda: today)
    with store.session() as s:
        teams = {
            o.municipality: o.id
            for o in s.scalars(select(m.OrganisationRow).where(m.OrganisationRow.kind == str(OrgKind.SOCIAAL_TEAM)))
        }
        case_ids = list(s.scalars(select(m.CaseRow.id).order_by(m.CaseRow.id)))
    for start in range(0, len(case_ids), CHUNK):
        with store.session() as s:
            chunk = s.scalars(
                select(m.CaseRow)
                .options(selectinload(m.CaseRow.pupil))
                .where(m.CaseRow.id.in_(case_ids[start : start + CHUNK]))
                .order_by(m.CaseRow.id)
            )
            for index, case in enumerate(chunk, start=start):
                _history(s, lifecycle, case, index % 12 + 1, teams.get(case.pupil.municipality), today)
            # one entry for the batch, like the rest of the demo fill (demo.py)
            store.audit(s, "demo-fill", "lifecycle", None, f"cases={min(CHUNK, len(case_ids) - start)}")


def _history(s, lifecycle: Lifecycle, case: m.CaseRow, n: int, team: int | None, today: date) -> None:
    def change(target: str, days_ago: int, **facts) -> None:
        lifecycle.change_in(s, case, target, on=today - timedelta(days=days_ago), by=LEAD, audit=False, **facts)

    running = case.status == str(CaseStatus.RUNNING)
    case.status = str(CaseStatus.SIGNAL)
    lifecycle.record_opening(s, case, by=LEAD, audit=False)
    if not running:
        return
    lifecycle.change_in(
        s,
        case,
        "lopend",
        on=case.opened_on,
        by=LEAD,
        audit=False,
        details="De eerste stap van de routekaart is begonnen.",
    )
    if n == 4 and team is not None:
        change(
            "aangemeld",
            35,
            organisation_id=team,
            due_on=today - timedelta(days=7),
            reason="Aanmelding met het dossier; antwoord binnen vier weken afgesproken met de jeugdconsulent.",
        )
    elif n == 12 and team is not None:
        change("aangemeld", 191, organisation_id=team, due_on=today - timedelta(days=135))
        change(
            "opvolging",
            150,
            decision=Decision.BESCHIKKING,
            due_on=today + timedelta(days=5),
            details="Gezinsbehandeling bij Jeugdhulp De Brug (fictief), zes maanden; evaluatie op school.",
        )
    elif n == 6:
        change(
            "gesloten",
            40,
            reason="Doel bereikt: de leerling doet weer mee in de groep en ouders zijn "
            "tevreden. Basisondersteuning volstaat.",
        )
    elif n == 11:
        opened = (today - case.opened_on).days
        change("gesloten", opened - 20, reason="Het signaal bleek tijdelijk; het ging weer goed in de klas.")
        change("heropend", opened - 40, reason="Het signaal kwam na de herfstvakantie terug, ook thuis.")
