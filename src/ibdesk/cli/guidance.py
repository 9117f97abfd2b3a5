"""`ibdesk case CASE` and `ibdesk attention`: the guidance on the command line."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import TYPE_CHECKING

from ibdesk.domain.doorbraak import shown_reason
from ibdesk.i18n import language, tr, tr_marked
from ibdesk.text.dates import short_date

if TYPE_CHECKING:  # the parser of every command imports this module: keep it light
    from ibdesk.services.attention import Attention
    from ibdesk.services.guidance import CaseOverview


def register(sub, commands: dict) -> None:
    attention = sub.add_parser("attention", help=tr("wat nu en deze week aandacht vraagt"))
    attention.add_argument("--json", action="store_true", help=tr("uitvoer als JSON (voor scripts)"))
    commands["attention"] = cmd_attention


def cmd_attention(args) -> int:
    from ibdesk.cli.keys import report

    return report(args, lambda s: s.attention.compute(), attention_json, attention_text)


def _d(day: date | None) -> str | None:
    return day.isoformat() if day else None


def case_json(ov: CaseOverview) -> dict:
    view = ov.view
    outcome = ov.responsibility
    return {
        "id": ov.case.id,
        "pupil": ov.pupil.full_name,
        "status": str(ov.case.status),
        "lead": {"name": ov.case.lead_name, "role": ov.case.lead_role},
        "route": {"id": ov.route.id, "version": ov.route.version, "title": ov.route.title} if ov.route else None,
        "steps": [
            {
                "id": v.info.id,
                "title": v.info.title,
                "state": str(v.progress.state),
                "required": v.info.required,
                "started_on": _d(v.progress.started_on),
                "done_on": _d(v.progress.done_on),
                "participants": list(v.progress.participants),
                "reason": v.progress.reason,
                "missing_evidence": list(v.missing_evidence),
                "stalled_days": v.stalled_days,
                "due_on": _d(v.due_on),
            }
            for v in view.steps
        ],
        "current_step": view.current.info.id if view.current else None,
        "next_step": view.next.info.id if view.next else None,
        "stalled": bool(view.stalled),
        "escalation": [asdict(e) for e in ov.escalations],
        "ready_for_sociaal_team": ov.readiness.ready,
        "missing": ov.readiness.missing,
        "doorbraak": ov.readiness.doorbraak,
        "not_done": ov.readiness.not_done,
        "responsibility": None
        if outcome is None
        else {
            "party": str(outcome.party),
            "label": outcome.party.label,
            "reasons": outcome.reasons,
            "youth_care_in_school_hours": outcome.youth_care_in_school_hours,
            "unanswered": outcome.missing,
            "disagreement": outcome.disagreement,
            "party_per_ib": outcome.party_per_ib,
        },
        "concepts": [
            {"form": f, "step": st, "id": c.id, "saved_at": c.saved_at.isoformat(timespec="seconds")}
            for (f, st), c in ov.concepts.items()
        ],  # saved incomplete: not counted as done
        "sociaal_team": ov.teams.residence.name if ov.teams.residence else None,
        "sociaal_team_school": ov.teams.school.name if ov.teams.school else None,
        "opp": None
        if ov.opp is None
        else {
            "draw_up_deadline": _d(ov.opp.draw_up_deadline),
            "draw_up": ov.opp.draw_up and str(ov.opp.draw_up),
            "evaluation_due": _d(ov.opp.evaluation_due),
            "evaluation": ov.opp.evaluation and str(ov.opp.evaluation),
            "agreement": ov.opp.agreement,
            "pupil_heard": ov.opp.pupil_heard,
            "goals": [{"goal": g.goal, "lights": [[_d(d), light] for d, light in g.lights]} for g in ov.opp.goals],
        },
    }


def case_text(ov: CaseOverview, calendar=None) -> str:
    lines = [
        tr(
            "Casus {id} — {full_name} ({group}), {label}",
            id=ov.case.id,
            full_name=ov.pupil.full_name,
            group=ov.pupil.group,
            label=ov.case.status.label,
        ),
        tr("Regie: {lead_name} ({lead_role})", lead_name=ov.case.lead_name, lead_role=ov.case.lead_role),
    ]
    if ov.route:
        lines.append(tr("Routekaart: {title}", title=ov.route.title))
    from ibdesk.dossier.step_facts import all_facts, when_text

    facts = all_facts(ov.route, ov.forms, ov.view)
    for v in ov.view.steps:
        mark = {"afgerond": "✓", "nvt": "–", "bezig": "…", "open": " "}[str(v.progress.state)]
        extra = "  " + _late(v.stalled_days) if v.stalled else ""
        when = when_text(facts[v.info.id], calendar, lang=language()) if v.info.id in facts else ""
        lines.append(f"  [{mark}] {v.info.title}{': ' + when if when else ''}{extra}")
    for e in ov.escalations:
        lines.append(
            tr(
                "Opschalen naar: {person}, {role} bij {organisation} — mandaat: {mandate}",
                person=e.person,
                role=e.role,
                organisation=e.organisation,
                mandate=e.mandate,
            )
        )
    teams = ov.teams
    lines.append(
        tr(
            "Sociaal Team: {team} (woongemeente {municipality})",
            team=teams.residence.name if teams.residence else tr("onbekend"),
            municipality=teams.residence_municipality,
        )
    )
    if teams.school:
        lines.append(tr("Regie jeugdhulp op school: {name} (gemeente van de school)", name=teams.school.name))
    if ov.responsibility is None:
        lines.append(tr("Wie is aan zet: nog niet ingevuld."))
    else:
        lines.append(tr("Wie is aan zet: {label}", label=ov.responsibility.party.label))
        lines += [f"  – {tr_marked(r)}" for r in ov.responsibility.reasons]
        if ov.responsibility.disagreement:
            lines.append(tr("  IB'er oneens: {disagreement}", disagreement=ov.responsibility.disagreement))
    if ov.readiness.doorbraak:
        lines.append(
            tr(
                "Doorbraakroute ({doorbraak}): de stappen van de school houden de aanmelding niet tegen.",
                doorbraak=shown_reason(ov.readiness.doorbraak),
            )
        )
        lines += [f"  – {line}" for line in ov.readiness.not_done_shown]
    if ov.readiness.ready:
        lines.append(tr("Klaar voor aanmelding bij het Sociaal Team: ja."))
    else:
        lines.append(tr("Klaar voor aanmelding bij het Sociaal Team: nee. Nog nodig:"))
        lines += [f"  • {m}" if not m.startswith("  ") else f"    {m.strip()}" for m in ov.readiness.missing]
    return "\n".join(lines)


def attention_json(attention: Attention) -> dict:
    return {
        "items": [
            {
                "kind": i.kind,
                "label": i.label,
                "title": i.title,
                "detail": i.detail,
                "due_on": _d(i.due_on),
                "overdue": i.overdue,
                "target": {"type": i.target[0], "id": i.target[1]},
            }
            for i in attention.items
        ],
        "cases_by_status": attention.cases_by_status,
    }


def attention_text(attention: Attention) -> str:
    if not attention.items:
        return tr("Niets dat nu aandacht vraagt.")
    lines = []
    for i in attention.items:
        flag = "!" if i.overdue else " "
        lines.append(f"{flag} {short_date(i.due_on, '—'):<10}  {i.label:<28} {i.title}: {i.detail}")
    return "\n".join(lines)


def _late(days: int | None) -> str:
    if days == 1:
        return tr("(loopt 1 dag over de normale duur)")
    return tr("(loopt {days} dagen over de normale duur)", days=days)
