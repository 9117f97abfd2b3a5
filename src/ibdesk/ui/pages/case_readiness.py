"""'Klaar voor aanmelding bij het Sociaal Team?' and 'Wie is aan zet?' for one case."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ibdesk.domain.responsibility import Party
from ibdesk.services.guidance import CaseOverview
from ibdesk.ui.pages.parts import Banner, BulletList, button, nl, panel, row
from ibdesk.ui.widgets import styled_label

IB_PARTY_LABELS = {"school": "de school", "swv": "het samenwerkingsverband", "gemeente": "de gemeente (Sociaal Team)",
                   "samen": "school en gemeente samen"}
PARTY_TONES = {Party.SCHOOL: "info", Party.MUNICIPALITY: "info", Party.BOTH: "info", Party.UNKNOWN: "warn"}


class ReadinessPanel(QWidget):
    """Lists exactly what is still missing, or a clear 'Ja, klaar' state."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        frame, inner = panel("Klaar voor aanmelding bij het Sociaal Team?")
        self.banner = Banner()
        inner.addWidget(self.banner)
        self.team = styled_label("", "hint")
        inner.addWidget(self.team)
        self.explain = styled_label("Het Sociaal Team kan zijn eigen onderzoek naar jeugdhulp alleen goed doen "
                                    "als de stappen van de routekaart zijn doorlopen (afspraak 5).", "caption")
        inner.addWidget(self.explain)
        layout.addWidget(frame)

    @property
    def ready(self) -> bool:
        return self.banner.property("tone") == "ok"

    def show_overview(self, ov: CaseOverview) -> None:
        r = ov.readiness
        if r.ready:
            self.banner.show_text("ok", "Ja, klaar voor aanmelding.",
                                  ["Alle verplichte stappen zijn afgerond en het bewijs is compleet.",
                                   "'Wie is aan zet?' is beantwoord en de ouders zijn gehoord.",
                                   "Er is een geldige grondslag om gegevens te delen."])
        else:
            count = sum(1 for line in r.missing if not line.startswith(" "))
            word = "punt" if count == 1 else "punten"
            self.banner.show_text("warn", f"Nog niet klaar: {count} {word} ontbreken.", r.missing)
        team = ov.teams.residence
        self.team.setText(f"Aanmelden bij: {team.name} (woongemeente {ov.teams.residence_municipality})." if team
                          else f"Geen Sociaal Team bekend voor {ov.pupil.municipality}; vul dit aan bij Contacten.")

    def missing_lines(self) -> list[str]:
        return self.banner.lines.texts()


class ResponsibilityPanel(QWidget):
    """The outcome of the 'Wie is aan zet?' rules, each rule in plain Dutch, and the IB'er's own view."""

    def __init__(self, on_edit: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        frame, inner = panel("Wie is aan zet?")
        inner.addWidget(styled_label(
            "ibdesk beslist niet. Het past de regels die uw routekaart kiest toe op de antwoorden en laat zien "
            "naar welke partij ze wijzen, met de bron van elke regel. U kunt het daar gemotiveerd mee oneens zijn.",
            "hint"))
        self.outcome = Banner()
        inner.addWidget(self.outcome)
        self.reasons_title = styled_label("Zo komen de regels tot deze uitkomst:", "strong")
        inner.addWidget(self.reasons_title)
        self.reasons = BulletList()
        inner.addWidget(self.reasons)
        self.hours = styled_label("", "body")
        inner.addWidget(self.hours)
        self.disagreement = Banner()
        inner.addWidget(self.disagreement)
        self.edit_button = button("Wie is aan zet? invullen", "Formulier Wie is aan zet invullen", on_edit,
                                  primary=True)
        inner.addLayout(row(self.edit_button))
        layout.addWidget(frame)
        layout.addStretch(1)

    def show_overview(self, ov: CaseOverview) -> None:
        outcome = ov.responsibility
        answers = ov.forms.get(("wie-is-aan-zet", None), {})
        self.edit_button.setText("Wie is aan zet? bewerken" if outcome else "Wie is aan zet? invullen")
        if outcome is None:
            self.outcome.show_text("warn", "Nog niet ingevuld.",
                                   ["Beantwoord de vragen van 'Wie is aan zet?' voordat u aanmeldt bij het "
                                    "Sociaal Team."])
            self.reasons_title.setVisible(False)
            self.reasons.set_lines([])
            self.hours.setVisible(False)
            self.disagreement.setVisible(False)
            return
        when = answers.get("datum_afweging")
        headline = f"De regels wijzen naar: {outcome.party.label}" if outcome.decided else \
            "ibdesk wijst geen partij aan."
        lines = [f"Afweging van {nl(_date(when))}." if when else ""]
        if outcome.missing:
            headline = "Nog niet te bepalen: niet alle vragen zijn beantwoord."
            lines = ["Nog te beantwoorden: " + q for q in outcome.missing]
        self.outcome.show_text(PARTY_TONES[outcome.party], headline, [line for line in lines if line])
        self.reasons_title.setVisible(bool(outcome.reasons))
        self.reasons.set_lines(list(outcome.reasons))
        hours = outcome.youth_care_in_school_hours
        self.hours.setVisible(hours is not None and outcome.decided)
        self.hours.setText("Jeugdhulp onder schooltijd: " + ("ja, voor rekening van de gemeente." if hours else
                                                              "nee, jeugdhulp vindt buiten schooltijd plaats."))
        if outcome.disagreement or outcome.party_per_ib:
            who = IB_PARTY_LABELS.get(outcome.party_per_ib or "", outcome.party_per_ib or "niet ingevuld")
            self.disagreement.show_text("info", f"U bent het hier niet mee eens. Volgens u is aan zet: {who}.",
                                        [f"Uw onderbouwing: {outcome.disagreement or 'niet ingevuld'}"])
            self.disagreement.setVisible(True)
        elif answers.get("eens_met_uitkomst") is True:
            self.disagreement.show_text("ok", "U bent het eens met deze uitkomst.")
            self.disagreement.setVisible(True)
        else:
            self.disagreement.setVisible(False)


def _date(value):
    from ibdesk.domain.validation import parse_date

    try:
        return parse_date(value, required=False)
    except Exception:  # noqa: BLE001 - a stored odd value is shown as missing
        return None
