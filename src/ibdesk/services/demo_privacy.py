"""Demo consent states: valid consent for the ready and referred cases, a withdrawn
consent, an expired one, joint gezag with only one parent's consent, consent given
verbally in a meeting, and (from demo.py) a pupil who left past the retention period.
The demo school is a basisschool, so no pupil decides himself (that starts at 16).
"""

from __future__ import annotations

import json
from datetime import date, timedelta

from sqlalchemy import select

from ibdesk.domain.consent import CATEGORIES, SOCIAL_TEAM_PURPOSE
from ibdesk.domain.model import OrgKind
from ibdesk.store import models as m
from ibdesk.store.profile import Store

SIGNATURE = "strokes:[[[80,620],[160,420],[240,640],[330,380],[420,600],[520,450],[640,560],[760,420]]]"
ALL_BUT_HEALTH = sorted(set(CATEGORIES) - {"health"})


def _consent(case: m.CaseRow, team_id: int, givers: list[str], given: date, **extra) -> m.LegalBasisRow:
    return m.LegalBasisRow(
        pupil_id=case.pupil_id,
        case_id=case.id,
        kind="consent",
        recipient_id=team_id,
        purpose=SOCIAL_TEAM_PURPOSE,
        categories=json.dumps(extra.pop("categories", ALL_BUT_HEALTH)),
        givers=json.dumps(givers),
        decision=extra.pop("decision", "gegeven"),
        given_on=given,
        method=extra.pop("method", "getekend_scherm"),
        signature=SIGNATURE,
        **extra,
    )


def enrich_privacy(store: Store, today: date) -> None:
    with store.session() as s:
        teams = {
            o.municipality: o.id
            for o in s.scalars(select(m.OrganisationRow).where(m.OrganisationRow.kind == str(OrgKind.SOCIAAL_TEAM)))
        }
        cases = list(s.scalars(select(m.CaseRow).order_by(m.CaseRow.id).limit(12)))
        if len(cases) < 12:
            return
        for index, case in enumerate(cases):
            pupil = case.pupil
            team = teams.get(pupil.municipality)
            gezag = [f"guardian:{g.id}" for g in pupil.guardians if g.has_gezag]
            if team is None or not gezag:
                continue
            n = index + 1
            if n in (2, 4):
                s.add(_consent(case, team, gezag, today - timedelta(days=40)))
            elif n == 3:
                s.add(
                    _consent(
                        case,
                        team,
                        gezag,
                        today - timedelta(days=60),
                        withdrawn_on=today - timedelta(days=10),
                        withdrawn_by=gezag[0],
                    )
                )
            elif n == 5:
                s.add(
                    _consent(
                        case,
                        team,
                        gezag,
                        today - timedelta(days=400),
                        valid_until=today - timedelta(days=5),
                        method="getekend_papier",
                    )
                )
            elif n == 12:  # before its referral, half a year ago
                s.add(_consent(case, team, gezag, today - timedelta(days=195)))
            elif n == 10:
                s.add(
                    _consent(
                        case,
                        team,
                        gezag,
                        today - timedelta(days=7),
                        method="mondeling",
                        heard_by="Marieke de Wit (IB'er)",
                    )
                )
        joint = next(
            (
                c
                for c in cases[5:]
                if sum(g.has_gezag for g in c.pupil.guardians) == 2 and teams.get(c.pupil.municipality)
            ),
            None,
        )
        if joint is not None:
            first = next(g for g in joint.pupil.guardians if g.has_gezag)
            s.add(_consent(joint, teams[joint.pupil.municipality], [f"guardian:{first.id}"], today - timedelta(days=3)))
        s.add(
            m.ViewpointRow(
                case_id=cases[1].id,
                author="Ouders (fictief)",
                added_on=today - timedelta(days=20),
                text="Wij herkennen het beeld. Thuis is het ook zwaar en we willen graag hulp, maar "
                "zonder dat onze zoon het gevoel krijgt dat hij 'het probleem' is.",
            )
        )
        store.audit(s, "demo-fill", "privacy", None)
