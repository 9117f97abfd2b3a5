"""Retention periods (domain.md §5, Kennisnet/PO-Raad): when a record may no longer be kept.

- leerlingdossier (pupil, cases, forms, consent): 2 years after the pupil left the school;
- absence and enrolment data: 5 years after the pupil left;
- referral to special education (any TLV route: SBO, SO, VSO): 3 years after the pupil left;
- a closed case of a pupil still at school is part of the leerlingdossier: its support
  history stays until the periods above, counted from the day the pupil leaves, not from
  the day the case was closed;
- closing a case starts the clock only once the pupil has left: the dossier's period runs
  from the later of the leaving day and the day its last case was closed, and a dossier
  with a case still open does not expire (the support goes on; issue 9 point 3).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ibdesk.domain.absence import add_months
from ibdesk.i18n import mark, tr_marked

# Dutch, as data; a screen and the command line show them through `tr_marked` (Expired.label,
# Expired.shown_rule).
PERIODS = {
    "leerlingdossier": (24, mark("2 jaar na vertrek van de leerling")),
    "verzuim": (60, mark("5 jaar na vertrek van de leerling")),
    "verwijzing_so": (36, mark("3 jaar na vertrek van de leerling")),
}
KIND_LABELS = {
    "leerlingdossier": mark("Leerlingdossier"),
    "verzuim": mark("Verzuim- en inschrijvingsgegevens"),
    "verwijzing_so": mark("Verwijzing speciaal onderwijs"),
}
# Answers that show a referral to special education (a TLV route), per form or route field.
REFERRAL_ANSWERS = {
    "vv_route": {"tlv", "beide"},  # routekaart-po: TLV for SBO/SO, or TLV and Sociaal Team
    "vv_tlv_soort": {"sbo", "so"},
    "ot_besluit": {"tlv"},  # routekaart-po: the MDO decides to request a TLV
    "arr_soort": {"tlv_vso"},  # routekaart-vo: TLV for VSO
    "zat_besluit": {"tlv_vso"},
    "soort_overstap": {"naar_so", "naar_sbo"},  # overdracht-school: to special (secondary) education
}


def is_referral(answers: dict) -> bool:
    """Do these saved answers record a referral to special education (any TLV route)?"""
    for key, values in REFERRAL_ANSWERS.items():
        value = answers.get(key)
        chosen = set(value) if isinstance(value, list) else {value}
        if chosen & values:
            return True
    return False


def dossier_clock_start(left_on: date | None, closed_on: list[date], any_open: bool) -> date | None:
    """The day the leerlingdossier's period starts; None while it must simply be kept."""
    if left_on is None or any_open:
        return None
    return max([left_on, *closed_on])


@dataclass(frozen=True)
class Expired:
    kind: str
    record: str  # "pupil" | "case" | "absence"
    record_id: int
    pupil_id: int
    since: date  # the day retention ended
    rule: str

    @property
    def label(self) -> str:
        """What kind of record, in the language shown."""
        return tr_marked(KIND_LABELS[self.kind])

    @property
    def shown_rule(self) -> str:
        """The period (`rule`, Dutch as data) in the language shown."""
        return tr_marked(self.rule)


def retention_end(kind: str, anchor: date) -> date:
    months, _ = PERIODS[kind]
    return add_months(anchor, months)


def expired(kind: str, record: str, record_id: int, pupil_id: int, anchor: date | None, today: date) -> Expired | None:
    """An Expired entry when the record's period has passed on `today` (None: keep)."""
    if anchor is None:
        return None
    end = retention_end(kind, anchor)
    if today <= end:
        return None
    return Expired(kind, record, record_id, pupil_id, end, PERIODS[kind][1])
