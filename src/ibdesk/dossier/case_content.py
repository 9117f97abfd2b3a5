"""What goes into the dossier for the Sociaal Team (or another recipient): cover, one-page
summary, routekaart timeline, OPP, MDO outcomes, handover details, absence, views, the
consent overview and the list of what was left out. Every piece passes the sharing plan."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ibdesk.domain.opp import GoalTrack
from ibdesk.domain.route import StepState, not_applicable_text
from ibdesk.dossier import categories as cat
from ibdesk.dossier import sources
from ibdesk.dossier.answers import Block, Directory, form_blocks, step_rows, value_text
from ibdesk.dossier.attachment_content import SharedFile, case_files
from ibdesk.dossier.content import Sender, SharingPlan, Withheld
from ibdesk.dossier.cover import Cover, cover_for
from ibdesk.dossier.signature_content import consent_records, opp_signatures, view_signatures
from ibdesk.dossier.sources import CaseSources
from ibdesk.dossier.step_facts import all_facts, participants_text, when_text
from ibdesk.text.dates import long_date, period, short_date
from ibdesk.text.numbers import decimal, plural

VIEW_KEYS = {"parents": ("visie_ouders", "zienswijze_ouders"), "pupil": ("visie_kind", "visie_leerling")}
HANDOVER_FORMS = ("aanmelding-sociaal-team", "overdracht-po-vo", "overdracht-school")
SUMMARY_LIMIT = 700


@dataclass
class StepEntry:
    title: str
    state: str
    when: str
    participants: str
    rows: list  # the rows the plan lets through (SharingPlan.rows lists the others)
    missing: list[str]
    finished: bool
    current: bool
    warnings: list[str] = field(default_factory=list)  # regional deadlines not met, with the reason


@dataclass
class GoalRow:
    goal: str
    area: str
    smart: str
    lights: list[tuple[date, str]]


@dataclass
class Summary:
    help_question: str | Withheld
    responsibility: tuple[str, list[str], str | None] | Withheld | None
    route: list[str] | Withheld
    done: list[tuple[str, str, str]] | Withheld
    asked: str | Withheld | None
    views: list[tuple[str, str]]


@dataclass
class CaseDocument:
    """Everything the dossier shows, already filtered."""

    plan: SharingPlan
    cover: Cover
    summary: Summary
    timeline: list[StepEntry]
    history: list[tuple[str, str, bool]]
    opp_status: list[tuple[str, str]] = field(default_factory=list)
    goals: list[GoalRow] | Withheld = field(default_factory=list)
    opp_blocks: list[Block] = field(default_factory=list)
    meetings: list[tuple[str, list[Block]]] = field(default_factory=list)
    actions: list[tuple[str, str, str, str]] | Withheld = field(default_factory=list)
    handover: list[tuple[str, list[Block]]] = field(default_factory=list)
    absence: list[tuple[str, str, str, str]] = field(default_factory=list)
    viewpoints: list[tuple[str, str, str]] = field(default_factory=list)
    consent_records: list[list] = field(default_factory=list)
    opp_signatures: list[list] | Withheld = field(default_factory=list)
    attachments: list[SharedFile] = field(default_factory=list)
    view_signatures: list[str] | Withheld = field(default_factory=list)


def assemble_case(overview, plan: SharingPlan, sender: Sender, found: CaseSources) -> CaseDocument:
    """The dossier of `overview`'s case for `plan`'s recipient and purpose, from what the
    service layer read for it (`found`, services/dossier_sources.py `case_sources`)."""
    saved, people, calendar = found.saved, found.people, found.calendar
    doc = CaseDocument(
        plan=plan,
        cover=cover_for(plan, overview, sender),
        summary=_summary(plan, overview, saved, found.viewpoints, people, calendar),
        timeline=_timeline(plan, overview, people, calendar),
        history=_history(plan, saved),
    )
    _opp(doc, plan, overview, saved, people)
    _meetings(doc, plan, found.action_points, saved, people)
    doc.handover = [
        (s.title, plan.blocks(s.title, form_blocks(s.definition, s.answers, people)))
        for s in filter(None, (sources.latest(saved, f) for f in HANDOVER_FORMS))
    ]
    doc.absence = _absence(plan, found.absences, found.exemptions, calendar)
    doc.viewpoints = [(a, long_date(d), t) for a, t, d in found.viewpoints]
    signed = found.signatures
    doc.consent_records = consent_records(plan, found.bases, signed)
    doc.opp_signatures = opp_signatures(plan, signed)
    doc.attachments = case_files(plan, found.attachments, found.pupil_signatures, found.bases)
    doc.view_signatures = view_signatures(plan, signed)
    return doc


# -- summary ----------------------------------------------------------------------------------
def _summary(plan: SharingPlan, overview, saved, viewpoints, people: Directory, calendar=None) -> Summary:
    history = "support_history"
    outcome = overview.responsibility
    responsibility = (
        None
        if outcome is None
        else plan.piece("Wie is aan zet?", history, (outcome.party.label, list(outcome.reasons), outcome.disagreement))
    )
    aanmelding = sources.latest(saved, "aanmelding-sociaal-team")
    asked = None
    if aanmelding is not None:
        text = " ".join(filter(None, [aanmelding.answers.get("gevraagd_aan_st")]))
        asked = plan.piece("Aanmelding › Wat vragen wij van het Sociaal Team?", history, _clip(text))
    return Summary(
        help_question=plan.piece("Hulpvraag", history, _clip(overview.case.help_question)),
        responsibility=responsibility,
        route=plan.piece("Stand van de routekaart", history, route_lines(overview)),
        done=plan.piece("Wat de school al heeft gedaan", history, done_list(overview, aanmelding, people, calendar)),
        asked=asked,
        views=own_words(plan, saved, viewpoints),
    )


def _clip(text: str | None, limit: int = SUMMARY_LIMIT) -> str:
    text = (text or "").strip()
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " … (zie verder in het dossier)"


def route_lines(overview) -> list[str]:
    steps = overview.view.steps
    required = [v for v in steps if v.info.required]
    done = sum(v.progress.state is StepState.DONE for v in required)
    lines = [f"{done} van de {len(required)} verplichte stappen van de routekaart zijn afgerond."]
    skipped = [v for v in required if v.progress.state is StepState.NOT_APPLICABLE]
    if skipped:  # a reason's own full stop ends the sentence ('… thuis.', never '… thuis..')
        listed = "; ".join(f"{v.info.title}: {not_applicable_text(v.progress)}" for v in skipped).rstrip(".")
        lines.append(
            f"{plural(len(skipped), 'verplichte stap is', 'verplichte stappen zijn')} niet van toepassing: {listed}."
        )
    current = overview.view.current
    if current is not None:
        lines.append(f"Nu: {current.info.title} ({current.progress.state.document_label.lower()}).")
    readiness = overview.readiness
    if readiness.doorbraak and readiness.ready:
        lines.append(f"Aangemeld via de doorbraakroute ({readiness.doorbraak}), met wat nu bekend is:")
        lines += readiness.not_done
    else:
        lines.append(
            "Klaar voor aanmelding bij het Sociaal Team."
            if readiness.ready
            else f"Nog niet klaar voor aanmelding: {len(readiness.missing)} punt(en) open."
        )
    return lines


def done_list(overview, aanmelding, people: Directory, calendar=None) -> list[tuple[str, str, str]]:
    """What the school did and for how long: the aanmelding's list, else the steps done, dated
    by their evidence (dossier/step_facts.py)."""
    items = (aanmelding.answers.get("interventies") if aanmelding else None) or []
    if items:
        group = aanmelding.definition.field("interventies")
        level = group.field("niveau")
        return [
            (
                f"{i.get('wat', '')} ({value_text(level, i.get('niveau'), people).lower()})",
                period(i.get("startdatum"), i.get("einddatum"), calendar),
                _clip(i.get("resultaat"), 220),
            )
            for i in items
        ]
    facts = all_facts(overview.route, overview.forms, overview.view)
    return [
        (v.info.title, when_text(facts[v.info.id], calendar), v.progress.state.document_label)
        for v in overview.view.done
        if v.progress.state is StepState.DONE and v.info.id in facts
    ]


def own_words(plan: SharingPlan, saved, viewpoints) -> list[tuple[str, str]]:
    """The latest view of the parents and of the pupil, in their own words, and every
    zienswijze the parents added (which always travels with what is shared)."""
    found: list[tuple[str, str]] = []
    for who, keys in VIEW_KEYS.items():
        source = next(
            (
                (s, k)
                for s in reversed(saved)
                if s.definition is not None
                for k, v in s.answers.items()
                if k.endswith(keys) and isinstance(v, str) and v.strip()
            ),
            None,
        )
        if source is None:
            continue
        entry, key = source
        label = "Ouders" if who == "parents" else "Leerling"
        category = cat.sharing_category(entry.definition.category)
        text = f"“{_clip(entry.answers[key], 400)}” ({entry.title}, {short_date(entry.saved_at)})"
        value = plan.piece(f"{label}: eigen woorden ({entry.title})", category, text)
        found.append((label, value.text if isinstance(value, Withheld) else value))
    if plan.open_basis or any(plan.allows(c) for c in cat.CATEGORIES if c != cat.IDENTIFICATION):
        found += [
            (f"Zienswijze: {author}", f"“{_clip(text, 500)}” ({short_date(day)})") for author, text, day in viewpoints
        ]
    return found


# -- the rest of the dossier ------------------------------------------------------------------
def _timeline(plan: SharingPlan, overview, people: Directory, calendar=None) -> list[StepEntry]:
    route, entries = overview.route, []
    current = overview.view.current.info.id if overview.view.current else None
    facts = all_facts(route, overview.forms, overview.view)
    for v in overview.view.steps:
        answers = overview.forms.get((route.id, v.info.id), {}) if route else {}
        rows = plan.rows(f"Routekaart › {v.info.title}", step_rows(route, v.info.id, answers, people)) if route else []
        p = v.progress
        when = when_text(facts[v.info.id], calendar) if v.info.id in facts else ""
        state = p.state.document_label
        if overview.readiness.doorbraak and v.info.required and not p.state.finished:
            state = f"nog niet doorlopen — reden: {overview.readiness.doorbraak}"
        who = participants_text(facts[v.info.id]) if v.info.id in facts else ""
        entries.append(
            StepEntry(
                v.info.title,
                state,
                when,
                who,
                rows,
                list(v.missing_evidence),
                p.state.finished,
                v.info.id == current,
                list(v.warnings) if plan.allows("support_history") else [],
            )
        )
    return entries


def _history(plan: SharingPlan, saved) -> list[tuple[str, str, bool]]:
    """Every saved form, by date: (date, title, shared?). A form that is not shared is named by
    its category only: its title could say more than the receiver may know."""
    out = []
    for s in saved:
        if s.definition is None:
            continue
        category = cat.sharing_category(s.definition.category)
        shared = plan.allows(category)
        title = s.title if not s.step_id else f"{s.title}: {s.definition.step(s.step_id).title}"
        out.append((short_date(s.saved_at), title if shared else f"formulier ({cat.label(category).lower()})", shared))
    return out


def _opp(doc: CaseDocument, plan: SharingPlan, overview, saved, people: Directory) -> None:
    opp = sources.latest(saved, "opp")
    status = overview.opp
    if opp is None or status is None:
        return
    if plan.allows("opp"):
        doc.opp_status = _opp_status(status)
    answers = {k: v for k, v in opp.answers.items() if k != "doelen"}
    doc.opp_blocks = plan.blocks("OPP", form_blocks(opp.definition, answers, people))
    doc.goals = plan.piece("OPP › Doelen en stoplichten", "opp", goal_rows(opp, status.goals, people))


def _opp_status(status) -> list[tuple[str, str]]:
    agreement = {
        "gegeven": "Ingestemd",
        "geweigerd": "Niet ingestemd",
        "verdeeld": "Ouders beslissen verschillend",
        "in_afwachting": "In afwachting",
    }.get(status.agreement, status.agreement)
    if status.agreement_note:
        agreement += f" ({status.agreement_note})"
    rows = [
        ("Start extra ondersteuning", short_date(status.support_start)),
        ("OPP opgesteld", short_date(status.drawn_up_on)),
        ("OPP vastgesteld (instemming)", short_date(status.settled_on)),
        ("Uiterlijk vastgesteld (zes weken)", short_date(status.draw_up_deadline)),
        ("Volgende evaluatie met ouders", short_date(status.evaluation_due)),
        ("Instemming handelingsdeel", agreement),
        (
            "Leerling gehoord",
            "Ja" + (f", op {short_date(status.pupil_heard_on)}" if status.pupil_heard_on else "")
            if status.pupil_heard
            else "Nee"
            if status.pupil_heard is False
            else "Niet vastgelegd",
        ),
    ]
    return [(k, v) for k, v in rows if v]


def goal_rows(opp, tracks: list[GoalTrack], people: Directory) -> list[GoalRow]:
    group = opp.definition.field("doelen")
    history = {t.goal: t.lights for t in tracks}
    rows = []
    for item in opp.answers.get("doelen") or []:
        goal = str(item.get("doel") or "").strip()
        if goal:
            rows.append(
                GoalRow(
                    goal,
                    value_text(group.field("domein"), item.get("domein"), people),
                    str(item.get("smart_omschrijving") or ""),
                    history.get(goal, []),
                )
            )
    return rows


def _meetings(doc: CaseDocument, plan: SharingPlan, points, saved, people: Directory) -> None:
    for s in (x for x in saved if x.form_id == "mdo-verslag" and x.definition is not None):
        title = f"MDO van {long_date(s.answers.get('datum') or s.saved_at)}"
        doc.meetings.append((title, plan.blocks(title, form_blocks(s.definition, s.answers, people))))
    today = plan.day
    doc.actions = plan.piece(
        "MDO › Actiepunten",
        "support_history",
        [
            (
                p.what,
                p.owner,
                short_date(p.due_on),
                f"gedaan {short_date(p.done_on)}" if p.done_on else "te laat" if p.overdue(today) else "open",
            )
            for p in points
        ],
    )


def _absence(plan: SharingPlan, found, exempt, calendar=None) -> list[tuple[str, str, str, str]]:
    rows = []
    for a in found:
        if not plan.take(f"Verzuim vanaf {short_date(a.first)}", cat.ABSENCE):
            continue
        reason = (
            a.reason
            if a.reason and plan.take(f"Reden van verzuim vanaf {short_date(a.first)}", cat.ABSENCE_REASON)
            else ""
        )
        rows.append(
            (
                period(a.first, a.last, calendar),
                f"{decimal(a.hours, 2)} uur",
                "geoorloofd" if a.authorised else "ongeoorloofd",
                reason,
            )
        )
    for e in exempt:
        label = sources.EXEMPTIONS.get(e.kind, e.kind)
        if plan.take(label, cat.EXEMPTION):
            rows.append((period(e.first, e.last, calendar), "", "vrijstelling", label))
    return rows
