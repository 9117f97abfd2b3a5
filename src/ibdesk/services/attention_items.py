"""The items of the start page, one builder per kind: those of one open case (ready, a stalled
step, the OPP deadlines) from its summary (services/attention_cases.py), and those that come
from elsewhere: verzuim and thuiszitters, MDO action points, the Sociaal Team's follow-up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ibdesk.domain.absence import AbsenceState
from ibdesk.domain.opp import Timeliness
from ibdesk.i18n import tr
from ibdesk.text.dates import short_date

if TYPE_CHECKING:
    from ibdesk.services.absence import AbsenceService
    from ibdesk.services.attention_cases import CaseSummary

WEEK = 7
KIND_LABELS = {
    "ready": "Klaar voor het Sociaal Team",
    "stalled": "Stap loopt vast",
    "opp_deadline": "OPP opstellen",
    "opp_evaluation": "OPP-evaluatie met ouders",
    "leerplicht": "Melding leerplicht",
    "thuiszitter": "Thuiszitter",
    "action": "Actiepunt MDO",
    "calendar": "Schoolkalender onbekend",
    "st_answer": "Antwoord Sociaal Team",
    "st_evaluation": "Evaluatie met Sociaal Team",
}


@dataclass(frozen=True)
class AttentionItem:
    kind: str
    title: str
    detail: str
    due_on: date | None
    target: tuple[str, int]  # ("case", id) | ("pupil", id) | ("meeting", id)
    overdue: bool = False

    @property
    def label(self) -> str:
        """The kind as the start page shows it, in the language shown (KIND_LABELS: the Dutch)."""
        return kind_label(self.kind)


def kind_label(kind: str) -> str:
    return {
        "ready": tr("Klaar voor het Sociaal Team"),
        "stalled": tr("Stap loopt vast"),
        "opp_deadline": tr("OPP opstellen"),
        "opp_evaluation": tr("OPP-evaluatie met ouders"),
        "leerplicht": tr("Melding leerplicht"),
        "thuiszitter": tr("Thuiszitter"),
        "action": tr("Actiepunt MDO"),
        "calendar": tr("Schoolkalender onbekend"),
        "st_answer": tr("Antwoord Sociaal Team"),
        "st_evaluation": tr("Evaluatie met Sociaal Team"),
    }[kind]


def case_items(ov: CaseSummary, today: date) -> list[AttentionItem]:
    name, target, items = ov.pupil.full_name, ("case", ov.case_id), []
    if ov.ready:
        items.append(
            AttentionItem("ready", name, tr("Alle stappen en bewijs zijn compleet: aanmelden kan."), None, target)
        )
    for info, days, due in ov.stalled:
        who = "; ".join(f"{e.person} ({e.organisation})" for e in ov.escalations) or tr("de regiehouder")
        items.append(
            AttentionItem(
                "stalled",
                name,
                (
                    tr("'{step}' loopt 1 dag over de normale duur. Opschalen naar: {who}.", step=info.title, who=who)
                    if days == 1
                    else tr(
                        "'{step}' loopt {days} dagen over de normale duur. Opschalen naar: {who}.",
                        step=info.title,
                        days=days,
                        who=who,
                    )
                ),
                due,
                target,
                True,
            )
        )
    opp = ov.opp
    if opp and opp.draw_up in (Timeliness.OVERDUE, Timeliness.DUE_SOON) and _within_week(opp.draw_up_deadline, today):
        items.append(
            AttentionItem(
                "opp_deadline",
                name,
                tr("OPP opstellen uiterlijk {day}.", day=short_date(opp.draw_up_deadline)),
                opp.draw_up_deadline,
                target,
                opp.draw_up is Timeliness.OVERDUE,
            )
        )
    if opp and opp.evaluation in (Timeliness.OVERDUE, Timeliness.DUE_SOON):
        items.append(
            AttentionItem(
                "opp_evaluation",
                name,
                tr("Jaarlijkse evaluatie met ouders uiterlijk {day}.", day=short_date(opp.evaluation_due)),
                opp.evaluation_due,
                target,
                opp.evaluation is Timeliness.OVERDUE,
            )
        )
    return items


def _within_week(day: date | None, today: date) -> bool:
    return day is not None and day <= today + timedelta(days=WEEK)


def absence_items(absence: AbsenceService, today: date) -> list[AttentionItem]:
    """Verzuim: a school calendar that does not cover the days, a leerplicht report due,
    thuiszitters and those about to become one."""
    items = []
    notice = absence.calendar_notice()
    if notice:  # ("pupil", 0) opens the Thuiszitters page, where the notice is repeated
        items.append(AttentionItem("calendar", tr("Schoolkalender"), notice, None, ("pupil", 0), True))
    for p in absence.statuses():
        st = p.status
        if st.state is AbsenceState.CALENDAR_MISSING:
            first, last = st.uncovered or (None, None)
            items.append(
                AttentionItem(
                    "calendar",
                    p.name,
                    tr(
                        "De schoolkalender dekt {first} t/m {last} niet: ibdesk telt hier geen verzuim. "
                        "Controleer het verzuim zelf.",
                        first=short_date(first),
                        last=short_date(last),
                    ),
                    None,
                    ("pupil", p.pupil_id),
                    True,
                )
            )
            continue
        if st.report_due_on and (today - st.report_due_on).days <= 28:
            items.append(
                AttentionItem(
                    "leerplicht",
                    p.name,
                    tr(
                        "16 uur ongeoorloofd verzuim bereikt op {day}: meld bij leerplicht.",
                        day=short_date(st.report_due_on),
                    ),
                    st.report_due_on,
                    ("pupil", p.pupil_id),
                    st.report_due_on <= today,
                )
            )
        if st.is_thuiszitter or st.warn:
            detail = _thuiszitter_detail(st) + (
                " " + tr("Aanmelden bij het Sociaal Team kan via de doorbraakroute, met wat bekend is.")
                if st.is_thuiszitter
                else ""
            )
            items.append(
                AttentionItem(
                    "thuiszitter",
                    p.name,
                    detail,
                    st.norm_deadline,
                    ("pupil", p.pupil_id),
                    bool(st.days_left is not None and st.days_left < 0),
                )
            )
    return items


def _thuiszitter_detail(st) -> str:
    if st.state is AbsenceState.NOT_ENROLLED:
        return tr("Niet ingeschreven op een school (absoluut verzuim): meld bij leerplicht.")
    since, days = short_date(st.spell_start), st.school_days
    if st.days_left is None:
        return tr(
            "Thuis sinds {since} ({days} schooldagen); de driemaandennorm valt na het "
            "einde van de bekende schoolkalender.",
            since=since,
            days=days,
        )
    if st.days_left >= 0:
        return tr(
            "Thuis sinds {since} ({days} schooldagen); nog {left} schooldagen tot de driemaandennorm ({deadline}).",
            since=since,
            days=days,
            left=st.days_left,
            deadline=short_date(st.norm_deadline),
        )
    return tr("Thuis sinds {since} ({days} schooldagen): de driemaandennorm is overschreden.", since=since, days=days)


def action_items(meetings, today: date) -> list[AttentionItem]:
    """The MDO action points due within a week (or overdue)."""
    return [
        AttentionItem(
            "action",
            a.pupil_name,
            tr("{what} — {owner}, uiterlijk {day}", what=a.what, owner=a.owner, day=short_date(a.due_on)),
            a.due_on,
            ("case", a.case_id),
            a.overdue(today),
        )
        for a in meetings.action_points()
        if a.due_on <= today + timedelta(days=WEEK)
    ]


def follow_up_items(lifecycle) -> list[AttentionItem]:
    """After the referral: the Sociaal Team's answer or the next evaluation with them is due."""
    if lifecycle is None:
        return []
    items = []
    for due in lifecycle.reminders():
        st, r = due.state, due.reminder
        late = " " + tr("Dat is verstreken: vraag het Sociaal Team om een reactie.") if r.overdue else ""
        if r.kind == "antwoord":
            detail = (
                tr(
                    "Aangemeld bij {team} op {referred}; antwoord verwacht uiterlijk {due}.",
                    team=st.referred_to or tr("het Sociaal Team"),
                    referred=short_date(st.referred_on),
                    due=short_date(r.due_on),
                )
                + late
            )
        else:
            detail = tr(
                "{decision}; volgende evaluatie met het Sociaal Team op {due}.",
                decision=st.decision.label if st.decision else tr("Besluit vastgelegd"),
                due=short_date(r.due_on),
            )
        kind = "st_answer" if r.kind == "antwoord" else "st_evaluation"
        items.append(AttentionItem(kind, due.pupil_name, detail, r.due_on, ("case", due.case_id), r.overdue))
    return items
