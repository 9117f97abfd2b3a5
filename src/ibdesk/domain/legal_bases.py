"""Legal bases other than consent (domain.md §5), one row per basis.

A legal task or obligation belongs to one kind of recipient, its own purposes and its own
categories of data: the onderwijskundig rapport goes to the receiving school only, a
melding under the meldcode to Veilig Thuis, the verzuimmelding to leerplicht. A task never
covers a sharing outside its row, so it can never override a parent's refusal elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from ibdesk.i18n import mark, tr, tr_marked

SCHOOL_DATA = frozenset({"identification", "school_results", "support_history", "opp"})
ALL_DATA = frozenset(
    {"identification", "school_results", "support_history", "opp", "health", "home_situation", "youth_care"}
)


@dataclass(frozen=True)
class LegalBasisRule:
    """One legal basis: who may receive what, for which purpose, and the law behind it."""

    task: str
    label: str  # Dutch, as documents state it; a screen shows it through `tr_marked`
    recipient_kinds: frozenset[str]  # OrgKind values
    purposes: frozenset[str]
    categories: frozenset[str]
    source: str
    on_request: bool = False  # only in answer to the recipient's own legal request

    def covers(self, recipient_kind: str | None, purpose: str, category: str) -> bool:
        return recipient_kind in self.recipient_kinds and purpose in self.purposes and category in self.categories


LEGAL_BASES: dict[str, LegalBasisRule] = {
    rule.task: rule
    for rule in (
        LegalBasisRule(
            "okr",
            mark("Onderwijskundig rapport bij een overstap (wettelijke verplichting)"),
            frozenset({"school"}),
            frozenset({"overdracht"}),
            SCHOOL_DATA,
            "WPO art. 42 (PO; voor SO en VO de gelijke bepalingen in WEC en WVO): onderwijskundig rapport aan de "
            "ontvangende school; ouders kunnen het inzien",
        ),
        LegalBasisRule(
            "tlv_swv",
            mark("Aanvraag arrangement of TLV bij het samenwerkingsverband (wettelijke taak)"),
            frozenset({"swv_loket", "swv_consultant"}),
            frozenset({"arrangement_swv", "tlv_swv"}),
            SCHOOL_DATA,
            "WPO art. 18a en WVO art. 17a (oud; nu WVO 2020) "
            "(taken samenwerkingsverband: toewijzing ondersteuning en TLV); "
            "AVG art. 6 lid 1 sub e",
        ),
        LegalBasisRule(
            "verzuimmelding",
            mark("Verzuimmelding aan leerplicht (wettelijke verplichting)"),
            frozenset({"leerplicht"}),
            frozenset({"verzuimmelding"}),
            frozenset({"identification", "school_results"}),
            "Leerplichtwet 1969 art. 21a (melding ongeoorloofd verzuim aan de leerplichtambtenaar)",
        ),
        LegalBasisRule(
            "meldcode",
            mark("Melding bij Veilig Thuis volgens de meldcode (meldrecht)"),
            frozenset({"veilig_thuis"}),
            frozenset({"melding_veilig_thuis"}),
            ALL_DATA,
            "Wet verplichte meldcode huiselijk geweld en kindermishandeling; meldrecht Wmo 2015 art. 5.2.6",
        ),
        LegalBasisRule(
            "verzoek_gi",
            mark("Inlichtingen aan de gecertificeerde instelling op haar wettelijk verzoek"),
            frozenset({"gecertificeerde_instelling"}),
            frozenset({"wettelijk_verzoek"}),
            ALL_DATA,
            "Jeugdwet art. 7.3.11 (verstrekken aan de gecertificeerde instelling, op haar verzoek)",
            on_request=True,
        ),
        LegalBasisRule(
            "verzoek_raad",
            mark("Inlichtingen aan de Raad voor de Kinderbescherming op zijn wettelijk verzoek"),
            frozenset({"raad_kinderbescherming"}),
            frozenset({"wettelijk_verzoek"}),
            ALL_DATA,
            "BW art. 1:240 (inlichtingen aan de Raad voor de Kinderbescherming, op zijn verzoek)",
            on_request=True,
        ),
    )
}


def task_for(recipient_kind: str | None, purpose: str) -> LegalBasisRule | None:
    """The legal task a school can record itself for sharing identification with this kind of
    recipient for this purpose (none for a task that needs the recipient's own request)."""
    return next(
        (
            rule
            for rule in LEGAL_BASES.values()
            if not rule.on_request and rule.covers(recipient_kind, purpose, "identification")
        ),
        None,
    )


def legal_task_covers(task: str | None, recipient_kind: str | None, purpose: str, category: str) -> bool:
    """Does the named task allow this sharing? An unknown task (e.g. 'anders') never does."""
    rule = LEGAL_BASES.get(task or "")
    return rule is not None and rule.covers(recipient_kind, purpose, category)


def legal_task_problem(
    task: str | None, recipient_kind: str | None, purpose: str, categories: frozenset[str], kind_label: str = ""
) -> dict[str, str]:
    """Messages per form field, in the language shown, when a recorded legal task does not fit its
    row. The law it names (`rule.source`) is quoted in Dutch."""
    rule = LEGAL_BASES.get(task or "")
    if rule is None:
        return {
            "wettelijke_taak": tr(
                "Kies een van de wettelijke taken of verplichtingen uit de lijst. Een andere wettelijke grondslag "
                "kan ibdesk niet toetsen; gebruik dan toestemming."
            )
        }
    errors: dict[str, str] = {}
    label = tr_marked(rule.label)
    if recipient_kind not in rule.recipient_kinds:
        errors["ontvanger"] = tr(
            "'{label}' geldt alleen voor {kinds}, niet voor {recipient}. Bron: {source}.",
            label=label,
            kinds=_kinds(rule),
            recipient=kind_label or tr("deze ontvanger"),
            source=rule.source,
        )
    if purpose not in rule.purposes:
        errors["doel_soort"] = tr(
            "'{label}' geldt alleen voor het doel {purposes}.", label=label, purposes=_purposes(rule)
        )
    extra = sorted(categories - rule.categories)
    if extra:
        from ibdesk.domain.consent import CATEGORIES  # consent reads the rules above at import

        errors["categorieen"] = tr(
            "'{label}' dekt niet: {categories}. Daarvoor is toestemming nodig.",
            label=label,
            categories=", ".join(tr_marked(CATEGORIES.get(c, c)) for c in extra),
        )
    return errors


# Dutch as data; the messages above show them through `tr_marked`.
KIND_WORDS = {
    "school": mark("de ontvangende school"),
    "swv_loket": mark("het samenwerkingsverband"),
    "swv_consultant": mark("het samenwerkingsverband"),
    "leerplicht": mark("leerplicht"),
    "veilig_thuis": mark("Veilig Thuis"),
    "gecertificeerde_instelling": mark("de gecertificeerde instelling"),
    "raad_kinderbescherming": mark("de Raad voor de Kinderbescherming"),
}
PURPOSE_WORDS = {
    "overdracht": mark("overdracht"),
    "arrangement_swv": mark("aanvraag arrangement"),
    "tlv_swv": mark("aanvraag TLV"),
    "verzuimmelding": mark("verzuimmelding"),
    "melding_veilig_thuis": mark("melding bij Veilig Thuis"),
    "wettelijk_verzoek": mark("antwoord op een wettelijk verzoek"),
}


def _kinds(rule: LegalBasisRule) -> str:
    words = dict.fromkeys(tr_marked(KIND_WORDS.get(k, k)) for k in sorted(rule.recipient_kinds))
    return tr(" of ").join(words)


def _purposes(rule: LegalBasisRule) -> str:
    return tr(" of ").join(tr_marked(PURPOSE_WORDS.get(p, p)) for p in sorted(rule.purposes))
