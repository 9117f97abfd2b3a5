"""The export service's plan, before anything is rendered or written: the checks every export
passes (readiness for the Sociaal Team, a basis for sharing, a known recipient), and what the
export screens show from them: the recipients to choose from (grensverkeer included), the
sharing plan per category and per left-out part, the sender, the certificate that will sign,
and a file name that names no pupil.

`services/export_documents.py` refuses with exactly these checks; the wizard shows them beforehand.
No Qt here, and no database session of its own: every read goes through the services and
the `ibdesk.dossier` package.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ibdesk.domain.certificate_names import cert_fingerprint, common_name
from ibdesk.domain.consent import CATEGORIES, PURPOSES, SOCIAL_TEAM_PURPOSE
from ibdesk.domain.model import Organisation, OrgKind
from ibdesk.domain.route import same_municipality
from ibdesk.dossier import categories as cat
from ibdesk.dossier.content import Sender, SharingPlan, WithheldGroup  # one line per category, as the document shows
from ibdesk.dossier.credentials import Credentials
from ibdesk.errors import NotFoundError, UserError
from ibdesk.i18n import tr, tr_marked
from ibdesk.services import certificates
from ibdesk.services import dossier_sources as sources
from ibdesk.services import export_plan_words as words
from ibdesk.services.dossier_content import assemble_case
from ibdesk.text.labels import shown_and_list

SENDER_KEYS = {"name": "user.name", "role": "user.role", "phone": "user.phone", "email": "user.email"}
DEFAULT_ROLE = "intern begeleider"
FILE_KINDS = {
    OrgKind.SOCIAAL_TEAM: "sociaal-team",
    OrgKind.SWV_LOKET: "samenwerkingsverband",
    OrgKind.SWV_CONSULTANT: "samenwerkingsverband",
    OrgKind.JEUGDHULP: "jeugdhulp",
    OrgKind.JGZ: "jgz",
    OrgKind.LEERPLICHT: "leerplicht",
}
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^\+?[0-9 ()\-]{8,20}$")


# -- the checks every export passes -----------------------------------------------------------
def missing_for(overview, purpose: str) -> list[str]:
    """What the route still needs before a referral to the Sociaal Team; nothing for other purposes."""
    return list(overview.readiness.missing) if purpose == SOCIAL_TEAM_PURPOSE else []


def refuse_unready(case_id: int, overview, purpose: str) -> None:
    """The one readiness refusal: no document for the Sociaal Team before the route allows it."""
    missing = missing_for(overview, purpose)
    if missing:
        raise UserError(
            tr(
                "Casus {case_id} is nog niet klaar voor aanmelding bij het Sociaal Team. Nog nodig:\n{missing}",
                case_id=case_id,
                missing="\n".join(f"  - {line.strip(' –')}" for line in missing),
            )
        )


def organisation(services, org_id: int) -> Organisation:
    """A recipient chosen by id (the CLI's --to, a handover form's field)."""
    try:
        return services.organisations.get(org_id)
    except NotFoundError:
        raise NotFoundError(tr("Organisatie {org_id} bestaat niet (zie Contacten).", org_id=org_id)) from None


def refuse_without_basis(plan: SharingPlan) -> None:
    """Nothing goes out without identification, nor when nothing else may be shared."""
    to = plan.recipient.name if plan.recipient else tr("de ontvanger")
    ident = plan.decisions.get(cat.IDENTIFICATION)
    if not plan.allows(cat.IDENTIFICATION):
        raise UserError(
            tr(
                "Er mag niets worden gedeeld met {to} voor '{purpose_label}': er is geen geldige grondslag voor "
                "identificerende gegevens ({reason}). Zonder die gegevens weet de ontvanger niet over wie het gaat. "
                "Leg eerst de toestemming of wettelijke grondslag vast (formulier Toestemming).",
                to=to,
                purpose_label=tr_marked(plan.purpose_label),
                reason=tr_marked(ident.reason) if ident and ident.reason else tr("geen grondslag"),
            )
            + _task_hint(plan)
        )
    if not any(plan.allows(c) for c in cat.CATEGORIES if c != cat.IDENTIFICATION):
        raise UserError(
            tr(
                "Er mag niets inhoudelijks worden gedeeld met {to} voor '{purpose_label}': voor geen enkele soort "
                "gegevens is een geldige grondslag vastgelegd.",
                to=to,
                purpose_label=tr_marked(plan.purpose_label),
            )
        )


def _task_hint(plan: SharingPlan) -> str:
    """Where the law is the basis (the onderwijskundig rapport to the next school), say so: then
    no parent needs to sign, only that parents could see it."""
    from ibdesk.domain.legal_bases import task_for

    rule = task_for(str(plan.recipient.kind) if plan.recipient else None, plan.purpose)
    if rule is None:
        return ""
    return " " + tr(
        "Hiervoor is geen toestemming nodig: kies als grondslag 'Wettelijke taak of verplichting' en dan "
        "'{label}' ({source}).",
        label=tr_marked(rule.label),
        source=rule.source.split(" (")[0],
    )


# -- recipients -------------------------------------------------------------------------------
@dataclass
class Recipients:
    """The Sociaal Team of residence (the default), the one of the school's municipality
    when the pupil lives elsewhere (grensverkeer), and every other organisation."""

    residence: Organisation | None
    school: Organisation | None
    residence_municipality: str
    school_municipality: str
    others: list[Organisation] = field(default_factory=list)

    @property
    def crosses_border(self) -> bool:
        return bool(self.school_municipality) and not same_municipality(
            self.residence_municipality, self.school_municipality
        )

    def explanation(self) -> str:
        """Grensverkeer in plain words, on screen (domain.md §9; the document's cover says it with
        `domain.route.border_text`)."""
        return tr(
            "De leerling staat in de BRP ingeschreven in {residence} en gaat naar school in {school}. "
            "Woonplaatsbeginsel (Jeugdwet art. 1.1, sinds 2022): de gemeente waar het kind in de BRP staat "
            "ingeschreven betaalt de individuele jeugdhulp; voor een kind in pleegzorg of in een instelling "
            "is dat de gemeente van het BRP-adres van vóór het verblijf. De gemeente van de school heeft de regie "
            "over jeugdhulp op school. Daarom gaat een aanmelding naar het Sociaal Team van {residence}; kies het "
            "team van {school} alleen als het over jeugdhulp op school gaat.",
            residence=self.residence_municipality,
            school=self.school_municipality,
        )


def recipients(services, overview) -> Recipients:
    teams = overview.teams
    named = {o.id for o in (teams.residence, teams.school) if o is not None}
    others = [o for o in services.records.organisations() if o.active and o.id not in named]
    return Recipients(
        teams.residence,
        teams.school if teams.crosses_border else None,
        teams.residence_municipality or "",
        teams.school_municipality or "",
        others,
    )


def purposes() -> dict[str, str]:
    """The purposes to choose from, in the language of the screen (documents keep `PURPOSES`)."""
    return {key: tr_marked(label) for key, label in PURPOSES.items()}


# -- what will and will not be shared ---------------------------------------------------------
@dataclass
class CategoryLine:
    category: str
    label: str
    shared: bool
    basis: str = ""  # when shared: the legal basis
    reason: str = ""  # when not: why not
    still_needed: list[str] = field(default_factory=list)
    refused_by: list[str] = field(default_factory=list)

    def detail(self) -> str:
        """The basis, or why not and from whom consent is still needed, in the language of the screen."""
        if self.shared:
            return self.basis
        reason = tr_marked(self.reason) if self.reason else tr("Geen grondslag vastgelegd")
        parts = [reason[:1].upper() + reason[1:]]
        if self.refused_by:
            parts.append(tr("geweigerd of ingetrokken door {names}", names=shown_and_list(self.refused_by)))
        if self.still_needed:
            parts.append(tr("nog toestemming nodig van {names}", names=shown_and_list(self.still_needed)))
        return "; ".join(parts).rstrip(".") + "."


@dataclass
class Preview:
    recipient: Organisation
    purpose: str
    purpose_label: str
    day: date
    missing: list[str]  # readiness for the Sociaal Team; empty = ready (or not needed)
    refusal: str | None  # why nothing may go to this recipient at all
    categories: list[CategoryLine]
    excluded: list[WithheldGroup]
    attachments: list = field(default_factory=list)  # dossier/attachment_content.SharedFile: in the PDF

    @property
    def can_export(self) -> bool:
        return not self.missing and self.refusal is None


def preview(services, case_id: int, recipient: Organisation, purpose: str, sender: Sender | None = None) -> Preview:
    """The sharing plan for this recipient and purpose, without rendering or writing anything.

    The same checks as `export_case` (services/export_documents.py): readiness (only for the Sociaal
    Team purpose), then the plan, then the content is assembled (not rendered) to learn which parts
    are left out."""
    overview = services.guidance.overview(case_id, log_view=False)
    missing = missing_for(overview, purpose)
    plan = sources.plan_for(services, case_id, [recipient], purpose)
    try:
        refuse_without_basis(plan)
        refusal = None
    except UserError as exc:
        refusal = str(exc)
    attachments = []
    if refusal is None:
        attachments = assemble_case(
            services, overview, plan, sender or default_sender(services.store, overview)
        ).attachments
    lines = [_line(plan, key, label) for key, label in CATEGORIES.items()]
    by_key = {line.category: line for line in lines}
    excluded = [
        WithheldGroup(
            g.key,
            words.category_shown(g.category),
            g.count,
            by_key[g.key].detail() if g.key in by_key else tr_marked(g.reason),
        )
        for g in plan.withheld_summary()
    ]
    purpose_label = tr_marked(plan.purpose_label)
    return Preview(recipient, purpose, purpose_label, plan.day, missing, refusal, lines, excluded, attachments)


def _line(plan: SharingPlan, key: str, label: str) -> CategoryLine:
    """One kind of data as the export screen shows it (the document's own words: `SharingPlan`)."""
    if plan.allows(key):
        return CategoryLine(key, tr_marked(label), True, basis=words.basis_shown(plan, key))
    decision = plan.decisions.get(key)
    return CategoryLine(
        key,
        tr_marked(label),
        False,
        reason=decision.reason if decision else "",
        still_needed=sorted(words.giver_shown(plan, g) for g in (decision.still_needed if decision else ())),
        refused_by=sorted(words.giver_shown(plan, g) for g in (decision.blocked_by if decision else ())),
    )


# -- the sender -------------------------------------------------------------------------------
def default_sender(store, overview) -> Sender:
    """From the settings user.*; the case lead where they are empty."""
    school = overview.school.name if overview.school else ""
    return sources.sender_for(store, overview.case.lead_name, overview.case.lead_role, school)


def stored_sender(store, school: str = "") -> Sender:
    """The sender from the settings only (for Instellingen, where there is no case)."""
    values = {key: store.get_setting(setting) or "" for key, setting in SENDER_KEYS.items()}
    return Sender(values["name"], values["role"], school, values["phone"], values["email"])


def sender_errors(name: str, role: str, phone: str, email: str) -> dict[str, str]:
    errors = {}
    if not name.strip():
        errors["name"] = tr("Vul uw naam in; die staat bij de handtekening.")
    if not role.strip():
        errors["role"] = tr("Vul uw functie in, bijvoorbeeld intern begeleider.")
    if phone.strip() and not PHONE.match(phone.strip()):
        errors["phone"] = tr("Dit lijkt geen telefoonnummer (alleen cijfers, spaties, + of -).")
    if email.strip() and not EMAIL.match(email.strip()):
        errors["email"] = tr("Dit lijkt geen e-mailadres (naam@school.nl).")
    return errors


def save_sender(store, sender: Sender) -> None:
    """Write back what changed (user.name, user.role, user.phone, user.email)."""
    values = {"name": sender.name, "role": sender.role, "phone": sender.phone or "", "email": sender.email or ""}
    for key, setting in SENDER_KEYS.items():
        value = values[key].strip()
        if (store.get_setting(setting) or "") != value:
            store.set_setting(setting, value)


# -- the certificate --------------------------------------------------------------------------
@dataclass
class CertificateState:
    """Which certificate signs, as far as is known without asking for a password."""

    kind: str  # "school" | "personal"
    school_p12: Path | None = None
    holder: str = ""
    fingerprint: str = ""  # empty: not known yet (school: password needed; personal: not made)

    @property
    def label(self) -> str:
        return tr("Certificaat van de school") if self.kind == "school" else tr("Persoonlijk certificaat")


def certificate_state(store) -> CertificateState:
    p12 = store.get_setting(certificates.SCHOOL_P12)
    if p12:
        return CertificateState("school", Path(p12))
    own = certificates.own_certificate(store)
    if own is None:
        return CertificateState("personal")
    return CertificateState("personal", holder=common_name(own), fingerprint=cert_fingerprint(own))


def school_ca(store) -> Path | None:
    value = store.get_setting(certificates.SCHOOL_CA)
    return Path(value) if value else None


def school_credentials(store, ask) -> Credentials:
    """The school's PKCS#12 (password remembered only once it opened the file)."""
    p12 = Path(store.get_setting(certificates.SCHOOL_P12) or "")
    if not p12.is_file():
        raise UserError(
            tr(
                "Het certificaatbestand van de school ({p12}) is niet gevonden. Vraag de ICT-beheerder het pad in "
                "het beleid te controleren.",
                p12=p12,
            )
        )
    return certificates.open_school_certificate(p12, ask)


def fingerprint_lines(fingerprint: str) -> str:
    """16 groups of four as two lines of eight: easier to read out on the phone."""
    groups = fingerprint.split()
    return " ".join(groups[:8]) + ("\n" + " ".join(groups[8:]) if len(groups) > 8 else "")


# -- the file ---------------------------------------------------------------------------------
def suggested_name(recipient: Organisation | None, day: date) -> str:
    """E.g. 'dossier-sociaal-team-2026-11-23.pdf': the kind of recipient and the day, never a pupil."""
    kind = FILE_KINDS.get(recipient.kind, "ontvanger") if recipient is not None else "ontvanger"
    return f"dossier-{kind}-{day.isoformat()}.pdf"
