"""'Klaar voor aanmelding bij het Sociaal Team?' and 'Wie is aan zet?' for one case."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from ibdesk.domain.doorbraak import URGENCY_REASONS
from ibdesk.domain.responsibility import Party, responsibility
from ibdesk.services.guidance import CaseOverview
from ibdesk.text.dates import read_date, short_or_time
from ibdesk.text.numbers import plural
from ibdesk.ui.flow import flow_row
from ibdesk.ui.kit.banner import Banner
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.kit.lists import BulletList
from ibdesk.ui.pages.parts import panel, row
from ibdesk.ui.widgets import line_edit, named, styled_label

IB_PARTY_LABELS = {
    "school": "de school",
    "swv": "het samenwerkingsverband",
    "gemeente": "de gemeente (Sociaal Team)",
    "samen": "school en gemeente samen",
}
PARTY_TONES = {Party.SCHOOL: "info", Party.MUNICIPALITY: "info", Party.BOTH: "info", Party.UNKNOWN: "warn"}


class ReadinessPanel(QWidget):
    """Lists exactly what is still missing, or a clear 'Ja, klaar' state; a thuiszitter or a case
    marked 'spoed' takes the doorbraak path (the missing steps are listed, not blocking)."""

    def __init__(self, context=None, on_changed: Callable[[], object] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self._on_changed = context, on_changed
        self.case_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        frame, inner = panel("Klaar voor aanmelding bij het Sociaal Team?")
        self.banner = Banner()
        inner.addWidget(self.banner)
        self.team = styled_label("", "hint")
        inner.addWidget(self.team)
        self.explain = styled_label(
            "Het Sociaal Team kan zijn eigen onderzoek naar jeugdhulp het best doen als "
            "de stappen van de routekaart zijn doorlopen. Voor een thuiszitter of bij "
            "spoed kan de aanmelding al met wat bekend is (doorbraak).",
            "caption",
        )
        inner.addWidget(self.explain)
        if context is not None and getattr(context.services, "doorbraak", None) is not None:
            inner.addWidget(self._urgency_box())
        layout.addWidget(frame)

    def _urgency_box(self) -> QWidget:
        box = QWidget()
        lines = QVBoxLayout(box)
        lines.setContentsMargins(0, 6, 0, 0)
        self.urgency_state = styled_label("", "hint")
        lines.addWidget(self.urgency_state)
        self.urgency_reason = QComboBox()
        self.urgency_reason.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.urgency_reason.setMinimumContentsLength(12)  # the side panel may be narrow (900×600)
        named(self.urgency_reason, "Reden voor spoed")
        for key, label in URGENCY_REASONS.items():
            self.urgency_reason.addItem(label[0].upper() + label[1:], key)
        self.urgency_note = line_edit("Toelichting bij spoed", "kort: wat is er aan de hand")
        self.urgency_button = button("Spoed markeren", "Casus als spoed markeren", self.mark_urgent)
        self.urgency_clear = button("Spoed opheffen", "Spoedmarkering opheffen", self.clear_urgent)
        lines.addWidget(self.urgency_reason)
        lines.addWidget(self.urgency_note)
        lines.addWidget(flow_row([self.urgency_button, self.urgency_clear]))
        return box

    def mark_urgent(self) -> None:
        self.context.services.doorbraak.mark_urgent(
            self.case_id, self.urgency_reason.currentData(), self.urgency_note.text()
        )
        self.urgency_note.clear()
        if self._on_changed:
            self._on_changed()

    def clear_urgent(self) -> None:
        self.context.services.doorbraak.clear_urgent(self.case_id)
        if self._on_changed:
            self._on_changed()

    def _show_urgency(self) -> None:
        if not hasattr(self, "urgency_state"):
            return
        urgency = self.context.services.doorbraak.urgency(self.case_id)
        self.urgency_state.setText(
            f"Gemarkeerd als {urgency.label} sinds {short_or_time(urgency.since)}"
            + (f": {urgency.note}" if urgency.note else ".")
            if urgency
            else "Spoed (veiligheid van het kind, crisis)? Markeer de casus, dan kan de "
            "aanmelding via de doorbraakroute."
        )
        self.urgency_clear.setVisible(urgency is not None)

    @property
    def ready(self) -> bool:
        return self.banner.property("tone") == "ok"

    def show_overview(self, ov: CaseOverview) -> None:
        self.case_id = ov.case.id
        self._show_urgency()
        r = ov.readiness
        if r.ready and r.doorbraak:
            self.banner.show_text(
                "ok",
                f"Ja, aanmelden kan via de doorbraakroute ({r.doorbraak}).",
                ["Er is een geldige grondslag om gegevens te delen; het dossier gaat mee met wat nu bekend is."]
                + r.not_done,
            )
        elif r.ready:
            self.banner.show_text(
                "ok",
                "Ja, klaar voor aanmelding.",
                [
                    "Alle verplichte stappen zijn afgerond en het bewijs is compleet.",
                    "'Wie is aan zet?' is beantwoord en de ouders zijn gehoord.",
                    "Er is een geldige grondslag om gegevens te delen.",
                ],
            )
        else:
            count = sum(1 for line in r.missing if not line.startswith(" "))
            extra = (
                [
                    f"Doorbraakroute ({r.doorbraak}): de stappen van de school houden de aanmelding niet "
                    "tegen; alleen dit ontbreekt nog."
                ]
                if r.doorbraak
                else []
            )
            missing = plural(count, "punt ontbreekt", "punten ontbreken")
            self.banner.show_text("warn", f"Nog niet klaar: {missing}.", r.missing + extra)
        team = ov.teams.residence
        self.team.setText(
            f"Aanmelden bij: {team.name} (woongemeente {ov.teams.residence_municipality})."
            if team
            else f"Geen Sociaal Team bekend voor {ov.pupil.municipality}; vul dit aan bij Contacten."
        )

    def missing_lines(self) -> list[str]:
        return self.banner.lines.texts()


class ResponsibilityPanel(QWidget):
    """The outcome of the 'Wie is aan zet?' rules, each rule in plain Dutch, and the IB'er's own view."""

    def __init__(self, on_edit: Callable[[], object], parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        frame, inner = panel("Wie is aan zet?")
        inner.addWidget(
            styled_label(
                "ibdesk beslist niet. Het past de regels die uw routekaart kiest toe op de antwoorden en laat zien "
                "naar welke partij ze wijzen, met de bron van elke regel. U kunt het daar gemotiveerd mee oneens zijn.",
                "hint",
            )
        )
        self.outcome = Banner()
        inner.addWidget(self.outcome)
        self.concept = styled_label("", "warn")
        self.concept.setVisible(False)
        inner.addWidget(self.concept)
        self.reasons_title = styled_label("Zo komen de regels tot deze uitkomst:", "strong")
        inner.addWidget(self.reasons_title)
        self.reasons = BulletList()
        inner.addWidget(self.reasons)
        self.hours = styled_label("", "body")
        inner.addWidget(self.hours)
        self.disagreement = Banner()
        inner.addWidget(self.disagreement)
        self.edit_button = button(
            "Wie is aan zet? invullen", "Formulier Wie is aan zet invullen", on_edit, primary=True
        )
        inner.addLayout(row(self.edit_button))
        layout.addWidget(frame)
        layout.addStretch(1)

    def show_overview(self, ov: CaseOverview) -> None:
        outcome = ov.responsibility
        answers = ov.forms.get(("wie-is-aan-zet", None), {})
        concept = ov.concepts.get(("wie-is-aan-zet", None))
        self.edit_button.setText(
            "Concept afmaken" if concept else "Wie is aan zet? bewerken" if outcome else "Wie is aan zet? invullen"
        )
        self.concept.setText(
            f"Concept van {short_or_time(concept.saved_at)}: nog niet afgerond; telt nog niet mee." if concept else ""
        )
        self.concept.setVisible(concept is not None)
        if outcome is None:
            self.outcome.show_text(
                "warn",
                "Nog niet ingevuld." if concept is None else "Nog niet afgerond.",
                ["Beantwoord de vragen van 'Wie is aan zet?' voordat u aanmeldt bij het Sociaal Team."],
            )
            self.reasons_title.setVisible(False)
            self.reasons.set_lines([])
            self.hours.setVisible(False)
            self.disagreement.setVisible(False)
            return
        when = answers.get("datum_afweging")
        headline = (
            f"De regels wijzen naar: {outcome.party.label}" if outcome.decided else "ibdesk wijst geen partij aan."
        )
        lines = [f"Afweging van {short_or_time(read_date(when))}." if when else ""]
        if outcome.missing:
            headline = "Nog niet te bepalen: niet alle vragen zijn beantwoord."
            lines = ["Nog te beantwoorden: " + q for q in outcome.missing]
        self.outcome.show_text(PARTY_TONES[outcome.party], headline, [line for line in lines if line])
        self.reasons_title.setVisible(bool(outcome.reasons))
        self.reasons.set_lines(list(outcome.reasons))
        hours = outcome.youth_care_in_school_hours
        self.hours.setVisible(hours is not None and outcome.decided)
        self.hours.setText(
            "Jeugdhulp onder schooltijd: "
            + ("ja, voor rekening van de gemeente." if hours else "nee, jeugdhulp vindt buiten schooltijd plaats.")
        )
        if outcome.disagreement or outcome.party_per_ib:
            who = IB_PARTY_LABELS.get(outcome.party_per_ib or "", outcome.party_per_ib or "niet ingevuld")
            self.disagreement.show_text(
                "info",
                f"U bent het hier niet mee eens. Volgens u is aan zet: {who}.",
                [f"Uw onderbouwing: {outcome.disagreement or 'niet ingevuld'}"],
            )
            self.disagreement.setVisible(True)
        elif answers.get("eens_met_uitkomst") is True:
            self.disagreement.show_text("ok", "U bent het eens met deze uitkomst.")
            self.disagreement.setVisible(True)
        else:
            self.disagreement.setVisible(False)


class OutcomePreview(Banner):
    """Inside the 'Wie is aan zet?' form, just above 'Bent u het eens…?': the party the rules
    point to for the answers given so far, and why — so the user sees it before judging it."""

    QUESTION = "eens_met_uitkomst"

    def __init__(self, view, rules: str | None = None, parent: QWidget | None = None):
        super().__init__(parent=parent)
        self.view, self.rules = view, rules  # the case's route names its rule set
        view.insert_before(self.QUESTION, self)
        view.refreshed.connect(self.update_outcome)
        self.update_outcome()

    def update_outcome(self) -> None:
        outcome = responsibility(self.view.answers(), self.rules)
        if outcome.missing:
            self.show_text("warn", "Uitkomst: nog niet te bepalen. Beantwoord eerst:", outcome.missing)
            return
        lines = list(outcome.reasons)
        if outcome.youth_care_in_school_hours is not None:
            lines.append(
                "Jeugdhulp onder schooltijd: "
                + (
                    "ja, voor rekening van de gemeente."
                    if outcome.youth_care_in_school_hours
                    else "nee, jeugdhulp vindt buiten schooltijd plaats."
                )
            )
        if outcome.decided:
            self.show_text("info", f"Uitkomst: de regels wijzen naar {outcome.party.label}.", lines)
        else:
            self.show_text("info", "Uitkomst: geen partij aangewezen.", lines)
