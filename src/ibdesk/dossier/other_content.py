"""What goes into the warme overdracht, the MDO agenda with its preparation sheets, and the
inzage document. Same rules as the dossier: every piece passes the sharing plan."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ibdesk.domain.consent import SOCIAL_TEAM_PURPOSE
from ibdesk.domain.model import Organisation, OrgKind
from ibdesk.dossier import categories as cat
from ibdesk.dossier import sources
from ibdesk.dossier.answers import Block, form_blocks
from ibdesk.dossier.attachment_content import SharedFile, case_files
from ibdesk.dossier.case_content import GoalRow, consent_records, done_list, goal_rows, own_words, route_lines
from ibdesk.dossier.content import Sender, SharingPlan, Withheld
from ibdesk.dossier.cover import Cover, cover_for
from ibdesk.dossier.sources import CaseSources
from ibdesk.errors import UserError
from ibdesk.text.dates import long_date, short_date

HANDOVERS = {  # kind -> (form, purpose, field naming the recipient, subtitle)
    "po-vo": ("overdracht-po-vo", "overdracht", "ontvangende_school", "Van primair naar voortgezet onderwijs"),
    "school": ("overdracht-school", "overdracht", "ontvangende_school", "Naar een andere school"),
    "sociaal-team": ("aanmelding-sociaal-team", SOCIAL_TEAM_PURPOSE, "sociaal_team", "Aanmelding bij het Sociaal Team"),
}
ROLE_KINDS = {
    "jeugdconsulent": OrgKind.SOCIAAL_TEAM,
    "sociaal team": OrgKind.SOCIAAL_TEAM,
    "orthopedagoog": OrgKind.SWV_LOKET,
    "swv": OrgKind.SWV_LOKET,
    "samenwerkingsverband": OrgKind.SWV_LOKET,
    "consulent": OrgKind.SWV_LOKET,
    "jgz": OrgKind.JGZ,
    "jeugdarts": OrgKind.JGZ,
    "jeugdverpleegkundige": OrgKind.JGZ,
    "leerplicht": OrgKind.LEERPLICHT,
    "jeugdhulp": OrgKind.JEUGDHULP,
    "gezinsbehandelaar": OrgKind.JEUGDHULP,
}


@dataclass
class HandoverDocument:
    plan: SharingPlan
    cover: Cover
    title: str
    subtitle: str
    blocks: list[Block]
    done: list | Withheld
    goals: list[GoalRow] | Withheld
    viewpoints: list[tuple[str, str, str]]
    consent_records: list[list]
    attachments: list[SharedFile] = field(default_factory=list)


def assemble_handover(overview, plan: SharingPlan, sender: Sender, kind: str, found: CaseSources) -> HandoverDocument:
    """The warme overdracht of `kind` from its latest final form and what the service layer
    read for the case (`found`, services/dossier_sources.py `case_sources`)."""
    form_id, _, _, subtitle = HANDOVERS[kind]
    saved, people = found.saved, found.people
    entry = sources.latest(saved, form_id)
    if entry is None:  # export_handover refuses this first (check_handover); the same refusal for any caller
        raise UserError(
            f"Casus {overview.case.id} heeft nog geen definitief formulier voor deze overdracht ({subtitle.lower()})."
        )
    cover = cover_for(plan, overview, sender)
    blocks = plan.blocks(entry.title, form_blocks(entry.definition, entry.answers, people))
    done = plan.piece(
        "Wat de school al heeft gedaan", "support_history", done_list(overview, None, people, found.calendar)
    )
    opp = sources.latest(saved, "opp")
    goals = (
        plan.piece("OPP › Doelen en stoplichten", "opp", goal_rows(opp, overview.opp.goals, people))
        if opp and overview.opp
        else []
    )
    views = [(a, long_date(d), t) for a, t, d in found.viewpoints]
    records = consent_records(plan, found.bases, found.signatures)
    files = case_files(plan, found.attachments, found.pupil_signatures, found.bases)
    return HandoverDocument(plan, cover, "Warme overdracht", subtitle, blocks, done, goals, views, records, files)


# -- MDO -----------------------------------------------------------------------------------------
@dataclass
class PreparationSheet:
    case_id: int
    pupil_id: int
    initials: str
    group: str
    plan: SharingPlan
    name: str | None
    rows: list[tuple[str, object]] = field(default_factory=list)
    done: list | Withheld = field(default_factory=list)
    views: list[tuple[str, str]] = field(default_factory=list)
    actions: list | Withheld = field(default_factory=list)
    # (organisation, roles at the meeting)
    recipients: list[tuple[Organisation, list[str]]] = field(default_factory=list)


@dataclass
class MeetingDocument:
    title: str
    day: object
    location: str
    participants: list[tuple[str, str]]
    agenda: list[tuple[str, str, str]]
    sheets: list[PreparationSheet]
    school: str


def meeting_recipients(meeting, organisations, municipality: str) -> list:
    """The organisations taking part: by contact name, else by the role's wording."""
    return [org for org, _ in recipient_roles(meeting.participants, organisations, municipality)]


def recipient_roles(
    participants: list[dict], organisations: Sequence[Organisation], municipality: str
) -> list[tuple[Organisation, list[str]]]:
    """(organisation, the roles in which its people take part, as the meeting records them),
    in the order they are listed; school staff and parents are no recipient."""
    found: dict[int | None, tuple[Organisation, list[str]]] = {}
    for person in participants:
        name, role = str(person.get("naam", "")), str(person.get("rol", "")).strip()
        org = next((o for o in organisations for c in o.contacts if c.name == name), None)
        if org is None:
            kinds = [k for word, k in ROLE_KINDS.items() if word in role.lower()]
            candidates = [o for o in organisations if kinds and o.kind is kinds[0]]
            local = [o for o in candidates if o.kind is not OrgKind.SOCIAAL_TEAM or o.municipality == municipality]
            org = next(iter(local or candidates), None)
        if org is not None:
            roles = found.setdefault(org.id, (org, []))[1]
            if role and role not in roles:
                roles.append(role)
    return list(found.values())


@dataclass
class MdoBasis:
    """What an MDO may share about one case with the organisations taking part."""

    recipients: list  # organisations taking part
    without_basis: list  # of those, the ones nothing at all may go to for 'mdo'
    line: str  # what the agenda will say: 'intern', 'geen grondslag', 'n van 7 …'

    @property
    def nothing_shared(self) -> bool:
        return self.line == "geen grondslag"


def preparation_sheet(
    overview, plan: SharingPlan, roles: list[tuple[Organisation, list[str]]], question: str, found: CaseSources
) -> PreparationSheet:
    """One case's sheet for an MDO: `plan` is for the organisations taking part (`roles`,
    see `recipient_roles`); `found.action_points` are the case's open ones."""
    pupil = overview.pupil
    saved, people = found.saved, found.people
    name = pupil.full_name if plan.take("Identificerende gegevens van de leerling", cat.IDENTIFICATION) else None
    history = "support_history"
    sheet = PreparationSheet(overview.case.id, pupil.id, pupil.initials, pupil.group, plan, name, recipients=roles)
    sheet.rows = [
        ("Vraag voor dit overleg", plan.piece("Vraag voor dit overleg", history, question)),
        ("Hulpvraag", plan.piece("Hulpvraag", history, overview.case.help_question)),
        ("Waar staat de route?", plan.piece("Stand van de routekaart", history, route_lines(overview))),
    ]
    if overview.responsibility is not None:
        outcome = overview.responsibility
        sheet.rows.append(("Wie is aan zet?", plan.piece("Wie is aan zet?", history, outcome.party.label)))
    sheet.done = plan.piece("Wat de school al heeft gedaan", history, done_list(overview, None, people, found.calendar))
    sheet.views = own_words(plan, saved, found.viewpoints)
    sheet.actions = plan.piece(
        "Open actiepunten", history, [(p.what, p.owner, short_date(p.due_on)) for p in found.action_points]
    )
    return sheet


def assemble_meeting(meeting, sheets: list[PreparationSheet], school: str) -> MeetingDocument:
    """The agenda of `meeting` with one preparation sheet per case on it, in agenda order."""
    agenda = [
        (f"{s.initials} ({s.group})", question, basis_line(s.plan))
        for s, (_, _, question) in zip(sheets, meeting.agenda)
    ]
    return MeetingDocument(
        meeting.title,
        meeting.held_on,
        meeting.location or "",
        [(str(p.get("naam", "")), str(p.get("rol", ""))) for p in meeting.participants],
        agenda,
        sheets,
        school,
    )


def basis_line(plan: SharingPlan) -> str:
    if plan.open_basis:
        return "intern"
    shared = [c for c in cat.CATEGORIES if plan.allows(c)]
    return "geen grondslag" if not shared else f"{len(shared)} van {len(cat.CATEGORIES)} soorten gegevens"
