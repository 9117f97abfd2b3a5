"""Signatures in a document: one line per person — name, role, date, how — with the drawing
where they signed on screen. A consent recorded per person shows each person's own signature
(never one drawing as both parents' consent); an older record shows what it holds."""

from __future__ import annotations

from ibdesk.dossier import categories as cat
from ibdesk.dossier.content import SharingPlan, Withheld
from ibdesk.text.dates import short_date
from ibdesk.text.labels import consent_method

PER_PERSON = "per_persoon"  # services/consent.py
SUBJECT_WORDS = {"opp": "instemming handelingsdeel", "hoorrecht": "leerling gehoord"}


def consent_records(plan: SharingPlan, bases, signatures=()) -> list[list]:
    """The recorded bases for this recipient and purpose: what, by whom, when, until when, and
    each person's signature."""
    rows = []
    recipient_id = plan.recipient.id if plan.recipient else None
    for b in bases:
        if b.recipient_id != recipient_id or b.purpose != plan.purpose:
            continue
        state = (
            "ingetrokken op " + short_date(b.withdrawn_on)
            if b.withdrawn(plan.day)
            else (
                "verlopen"
                if b.valid_until and b.valid_until < plan.day
                else "geweigerd"
                if b.decision == "geweigerd"
                else "wacht op handtekening"
                if b.signature == PER_PERSON and not b.givers
                else "geldig"
            )
        )
        rows.append(
            [
                plan.describe(b)
                if b.givers or b.kind != "consent"
                else "Toestemming gevraagd, nog door niemand getekend",
                ", ".join(cat.label(c) for c in sorted(b.categories)),
                state,
                signature_cell(b, [s for s in signatures if s.subject == "consent" and s.subject_id == b.id]),
            ]
        )
    return rows


def signature_cell(basis, signed=()) -> list[str] | str:
    """Per person: the drawing (a 'strokes:' value, drawn later) and 'Naam (rol), datum, hoe'.
    Older records: their one drawing, or how the consent was given."""
    if basis.signature == PER_PERSON:
        cell: list[str] = []
        for s in signed:
            if s.strokes:
                cell.append(s.strokes)
            cell.append(s.line())
        return cell or "nog niet getekend"
    if basis.signature and basis.signature.startswith("strokes:"):
        return basis.signature
    if basis.kind == "legal_task":
        return "n.v.t. (wettelijke taak)"
    if basis.method in ("mondeling", "getekend_papier"):
        return consent_method(basis.method, basis.heard_by)
    return "—"


def opp_signatures(plan: SharingPlan, signed) -> list[list] | Withheld:
    """Who agreed with the OPP's handelingsdeel, and the pupil heard, each with their own signature."""
    rows = [
        [SUBJECT_WORDS[s.subject], s.line(), [s.strokes] if s.strokes else "—"]
        for s in signed
        if s.subject in SUBJECT_WORDS
    ]
    if not rows:
        return []
    return plan.piece("OPP › Handtekeningen", "opp", rows)


def view_signatures(plan: SharingPlan, signed) -> list[str] | Withheld:
    """The pupil's own signature for his zienswijze on the aanmelding (12+): one line each, with
    the aanmelding's sharing category (the words themselves are in that form)."""
    lines = [s.line() for s in signed if s.subject == "zienswijze"]
    if not lines:
        return []
    return plan.piece("Zienswijze van de leerling: handtekening", cat.sharing_category("handover"), lines)
