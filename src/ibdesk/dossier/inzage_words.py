"""Plain Dutch for the parents' inzage: no internal ids, login names or codes.

A case is named by when it began ("traject vanaf 12-03-2026"), a person of the school by the
name and role of the user profile that acted (store.actor) and the school, an organisation by
its name and what kind of organisation it is, a record by what it is ("een toestemming").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ibdesk.domain.model import Organisation
from ibdesk.text.dates import short_date

ACTIONS = {
    "view": "bekeken",
    "create": "aangemaakt",
    "update": "gewijzigd",
    "export": "gedeeld",
    "inzage": "inzage gemaakt",
    "withdraw": "toestemming ingetrokken",
    "step": "stap van de routekaart bijgewerkt",
    "record-outcome": "uitkomst vastgelegd",
    "complete": "afgerond",
    "delete": "verwijderd",
    "status": "status gewijzigd",
    "save": "formulier opgeslagen",
    "sign": "handtekening vastgelegd",
    "open": "bijlage geopend",
    "edit": "notitie gewijzigd",
}
DOCUMENTS = {
    "dossier": "dossier",
    "overdracht-po-vo": "warme overdracht (PO naar VO)",
    "overdracht-school": "warme overdracht (naar een andere school)",
    "overdracht-sociaal-team": "aanmelding bij het Sociaal Team",
    "mdo-voorbereiding": "voorbereiding MDO",
    "inzage": "inzage",
}
NO_RECIPIENT = {
    "inzage": "ouders/verzorgers (inzage)",
    "mdo-voorbereiding": "deelnemers aan een overleg van de school met ouders",
}


def traject_names(cases: list[dict]) -> dict[int, str]:
    """'traject vanaf 12-03-2026' per case id (a number only when two begin on the same day)."""
    names: dict[int, str] = {}
    seen: dict[str, int] = {}
    for case in sorted(cases, key=lambda c: (str(c["opened_on"]), c["id"])):
        base = f"traject vanaf {short_date(case['opened_on'])}"
        seen[base] = seen.get(base, 0) + 1
        names[case["id"]] = base if seen[base] == 1 else f"{base} ({seen[base]})"
    return names


@dataclass
class Words:
    """Names for what the store records by id or code."""

    school: str
    known_actors: list[str]
    organisations: dict[int, Organisation] = field(default_factory=dict)
    trajects: dict[int, str] = field(default_factory=dict)

    def person(self, actor: str | None) -> str:
        """A user of ibdesk: 'Marieke de Wit, intern begeleider (OBS De Linde)'. Anything not
        recorded from a user profile (an older entry, a login name) is not shown."""
        actor = (actor or "").strip()
        for known in self.known_actors:  # 'Naam (functie)', or the bare name some records keep
            name, _, role = known.rpartition(" (")
            if actor in (known, name):
                who = f"{name}, {role.rstrip(')')}" if name else known
                return f"{who} ({self.school})" if self.school else who
        return f"een medewerker van {self.school}" if self.school else "een medewerker van de school"

    def organisation(self, org_id: int | None, document: str = "") -> str:
        org = self.organisations.get(org_id) if org_id is not None else None
        if org is None:
            return NO_RECIPIENT.get(document, "organisatie (niet meer bekend)" if org_id else "—")
        return f"{org.name} ({org.kind.document_label.lower()})"  # the letter: Dutch

    def org_name(self, org_id: int | None) -> str:
        org = self.organisations.get(org_id) if org_id is not None else None
        return org.name if org is not None else "organisatie (niet meer bekend)"

    def traject(self, case_id: int | None) -> str:
        return self.trajects.get(case_id, "—") if case_id is not None else "—"

    def entity(self, entity: str, entity_id: str | None) -> str:
        if entity == "case" and entity_id and entity_id.isdigit():
            return self.traject(int(entity_id))
        return {
            "pupil": "gegevens van uw kind",
            "legal_basis": "een toestemming of grondslag",
            "viewpoint": "een zienswijze",
            "note": "een notitie",
            "attachment": "een bijlage",
            "signature": "een handtekening",
        }.get(entity, "gegevens")


def action(code: str) -> str:
    return ACTIONS.get(code, "gewijzigd")


def document(code: str) -> str:
    return DOCUMENTS.get(code, code.replace("-", " "))
