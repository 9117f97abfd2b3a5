"""'Klaar voor aanmelding bij het Sociaal Team?' and 'Wie is aan zet?' for one case."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from ibdesk.domain.doorbraak import URGENCY_REASONS, shown_reason
from ibdesk.domain.responsibility import Party, responsibility
from ibdesk.i18n import tr_marked
from ibdesk.services.guidance import CaseOverview
from ibdesk.text.dates import read_date, short_or_time
from ibdesk.ui.flow import flow_row
from ibdesk.ui.kit.banner import Banner
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.kit.lists import BulletList
from ibdesk.ui.kit.translate import QT_TRANSLATE_NOOP, translated
from ibdesk.ui.pages.parts import panel, row
from ibdesk.ui.widgets import line_edit, named, styled_label

IB_PARTY_LABELS = {
    "school": QT_TRANSLATE_NOOP("case_readiness", "de school"),
    "swv": QT_TRANSLATE_NOOP("case_readiness", "het samenwerkingsverband"),
    "gemeente": QT_TRANSLATE_NOOP("case_readiness", "de gemeente (Sociaal Team)"),
    "samen": QT_TRANSLATE_NOOP("case_readiness", "school en gemeente samen"),
}
PARTY_TONES = {Party.SCHOOL: "info", Party.MUNICIPALITY: "info", Party.BOTH: "info", Party.UNKNOWN: "warn"}


def school_hours_text(during: bool) -> str:
    """Whether youth care takes place in school hours (and so at the municipality's cost)."""
    if during:
        return QCoreApplication.translate(
            "case_readiness", "Jeugdhulp onder schooltijd: ja, voor rekening van de gemeente."
        )
    return QCoreApplication.translate(
        "case_readiness", "Jeugdhulp onder schooltijd: nee, jeugdhulp vindt buiten schooltijd plaats."
    )


class ReadinessPanel(QWidget):
    """Lists exactly what is still missing, or a clear 'Ja, klaar' state; a thuiszitter or a case
    marked 'spoed' takes the doorbraak path (the missing steps are listed, not blocking)."""

    def __init__(self, context=None, on_changed: Callable[[], object] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self._on_changed = context, on_changed
        self.case_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        frame, inner = panel(
            QCoreApplication.translate("case_readiness", "Klaar voor aanmelding bij het Sociaal Team?")
        )
        self.banner = Banner()
        inner.addWidget(self.banner)
        self.team = styled_label("", "hint")
        inner.addWidget(self.team)
        self.explain = styled_label(
            QCoreApplication.translate(
                "case_readiness",
                "Het Sociaal Team kan zijn eigen onderzoek naar jeugdhulp het best doen als "
                "de stappen van de routekaart zijn doorlopen. Voor een thuiszitter of bij "
                "spoed kan de aanmelding al met wat bekend is (doorbraak).",
            ),
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
        named(self.urgency_reason, QCoreApplication.translate("case_readiness", "Reden voor spoed"))
        for key, label in URGENCY_REASONS.items():
            shown = tr_marked(label)
            self.urgency_reason.addItem(shown[0].upper() + shown[1:], key)
        self.urgency_note = line_edit(
            QCoreApplication.translate("case_readiness", "Toelichting bij spoed"),
            QCoreApplication.translate("case_readiness", "kort: wat is er aan de hand"),
        )
        self.urgency_button = button(
            QCoreApplication.translate("case_readiness", "Spoed markeren"),
            QCoreApplication.translate("case_readiness", "Casus als spoed markeren"),
            self.mark_urgent,
        )
        self.urgency_clear = button(
            QCoreApplication.translate("case_readiness", "Spoed opheffen"),
            QCoreApplication.translate("case_readiness", "Spoedmarkering opheffen"),
            self.clear_urgent,
        )
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
        if urgency is None:
            text = QCoreApplication.translate(
                "case_readiness",
                "Spoed (veiligheid van het kind, crisis)? Markeer de casus, dan kan de "
                "aanmelding via de doorbraakroute.",
            )
        else:
            since = short_or_time(urgency.since)
            text = (
                QCoreApplication.translate("case_readiness", "Gemarkeerd als {reason} sinds {date}: {note}")
                if urgency.note
                else QCoreApplication.translate("case_readiness", "Gemarkeerd als {reason} sinds {date}.")
            ).format(reason=urgency.label, date=since, note=urgency.note)
            self.urgency_reason.setCurrentIndex(max(0, self.urgency_reason.findData(urgency.reason)))  # as marked
        self.urgency_state.setText(text)
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
                QCoreApplication.translate(
                    "case_readiness", "Ja, aanmelden kan via de doorbraakroute ({reason})."
                ).format(reason=shown_reason(r.doorbraak)),
                [
                    QCoreApplication.translate(
                        "case_readiness",
                        "Er is een geldige grondslag om gegevens te delen; het dossier gaat mee met wat nu bekend is.",
                    )
                ]
                + r.not_done_shown,
            )
        elif r.ready:
            self.banner.show_text(
                "ok",
                QCoreApplication.translate("case_readiness", "Ja, klaar voor aanmelding."),
                [
                    QCoreApplication.translate(
                        "case_readiness", "Alle verplichte stappen zijn afgerond en het bewijs is compleet."
                    ),
                    QCoreApplication.translate(
                        "case_readiness", "'Wie is aan zet?' is beantwoord en de ouders zijn gehoord."
                    ),
                    QCoreApplication.translate("case_readiness", "Er is een geldige grondslag om gegevens te delen."),
                ],
            )
        else:
            count = sum(1 for line in r.missing if not line.startswith(" "))
            extra = (
                [
                    QCoreApplication.translate(
                        "case_readiness",
                        "Doorbraakroute ({reason}): de stappen van de school houden de aanmelding niet "
                        "tegen; alleen dit ontbreekt nog.",
                    ).format(reason=shown_reason(r.doorbraak))
                ]
                if r.doorbraak
                else []
            )
            headline = (
                QCoreApplication.translate("case_readiness", "Nog niet klaar: {count} punt ontbreekt.")
                if count == 1
                else QCoreApplication.translate("case_readiness", "Nog niet klaar: {count} punten ontbreken.")
            )
            self.banner.show_text("warn", headline.format(count=count), r.missing + extra)
        team = ov.teams.residence
        self.team.setText(
            QCoreApplication.translate("case_readiness", "Aanmelden bij: {team} (woongemeente {municipality}).").format(
                team=team.name, municipality=ov.teams.residence_municipality
            )
            if team
            else QCoreApplication.translate(
                "case_readiness", "Geen Sociaal Team bekend voor {municipality}; vul dit aan bij Contacten."
            ).format(municipality=ov.pupil.municipality)
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
        frame, inner = panel(QCoreApplication.translate("case_readiness", "Wie is aan zet?"))
        inner.addWidget(
            styled_label(
                QCoreApplication.translate(
                    "case_readiness",
                    "ibdesk beslist niet. Het past de regels die uw routekaart kiest toe op de antwoorden en laat zien "
                    "naar welke partij ze wijzen, met de bron van elke regel. U kunt het daar gemotiveerd mee oneens "
                    "zijn.",
                ),
                "hint",
            )
        )
        self.outcome = Banner()
        inner.addWidget(self.outcome)
        self.concept = styled_label("", "warn")
        self.concept.setVisible(False)
        inner.addWidget(self.concept)
        self.reasons_title = styled_label(
            QCoreApplication.translate("case_readiness", "Zo komen de regels tot deze uitkomst:"), "strong"
        )
        inner.addWidget(self.reasons_title)
        self.reasons = BulletList()
        inner.addWidget(self.reasons)
        self.hours = styled_label("", "body")
        inner.addWidget(self.hours)
        self.disagreement = Banner()
        inner.addWidget(self.disagreement)
        self.edit_button = button(
            QCoreApplication.translate("case_readiness", "Wie is aan zet? invullen"),
            QCoreApplication.translate("case_readiness", "Formulier Wie is aan zet invullen"),
            on_edit,
            primary=True,
        )
        inner.addLayout(row(self.edit_button))
        layout.addWidget(frame)
        layout.addStretch(1)

    def show_overview(self, ov: CaseOverview) -> None:
        outcome = ov.responsibility
        answers = ov.forms.get(("wie-is-aan-zet", None), {})
        concept = ov.concepts.get(("wie-is-aan-zet", None))
        self.edit_button.setText(
            QCoreApplication.translate("case_readiness", "Concept afmaken")
            if concept
            else QCoreApplication.translate("case_readiness", "Wie is aan zet? bewerken")
            if outcome
            else QCoreApplication.translate("case_readiness", "Wie is aan zet? invullen")
        )
        self.concept.setText(
            QCoreApplication.translate(
                "case_readiness", "Concept van {date}: nog niet afgerond; telt nog niet mee."
            ).format(date=short_or_time(concept.saved_at))
            if concept
            else ""
        )
        self.concept.setVisible(concept is not None)
        if outcome is None:
            self.outcome.show_text(
                "warn",
                QCoreApplication.translate("case_readiness", "Nog niet ingevuld.")
                if concept is None
                else QCoreApplication.translate("case_readiness", "Nog niet afgerond."),
                [
                    QCoreApplication.translate(
                        "case_readiness",
                        "Beantwoord de vragen van 'Wie is aan zet?' voordat u aanmeldt bij het Sociaal Team.",
                    )
                ],
            )
            self.reasons_title.setVisible(False)
            self.reasons.set_lines([])
            self.hours.setVisible(False)
            self.disagreement.setVisible(False)
            return
        when = answers.get("datum_afweging")
        headline = (
            QCoreApplication.translate("case_readiness", "De regels wijzen naar: {party}").format(
                party=outcome.party.label
            )
            if outcome.decided
            else QCoreApplication.translate("case_readiness", "ibdesk wijst geen partij aan.")
        )
        lines = [
            QCoreApplication.translate("case_readiness", "Afweging van {date}.").format(
                date=short_or_time(read_date(when))
            )
            if when
            else ""
        ]
        if outcome.missing:
            headline = QCoreApplication.translate(
                "case_readiness", "Nog niet te bepalen: niet alle vragen zijn beantwoord."
            )
            lines = [
                QCoreApplication.translate("case_readiness", "Nog te beantwoorden: {question}").format(question=q)
                for q in outcome.missing
            ]
        self.outcome.show_text(PARTY_TONES[outcome.party], headline, [line for line in lines if line])
        self.reasons_title.setVisible(bool(outcome.reasons))
        self.reasons.set_lines([tr_marked(reason) for reason in outcome.reasons])
        hours = outcome.youth_care_in_school_hours
        self.hours.setVisible(hours is not None and outcome.decided)
        self.hours.setText(school_hours_text(bool(hours)))
        if outcome.disagreement or outcome.party_per_ib:
            empty = QCoreApplication.translate("case_readiness", "niet ingevuld")
            key = outcome.party_per_ib or ""
            who = translated("case_readiness", IB_PARTY_LABELS[key]) if key in IB_PARTY_LABELS else key or empty
            self.disagreement.show_text(
                "info",
                QCoreApplication.translate(
                    "case_readiness", "U bent het hier niet mee eens. Volgens u is aan zet: {party}."
                ).format(party=who),
                [
                    QCoreApplication.translate("case_readiness", "Uw onderbouwing: {reasons}").format(
                        reasons=outcome.disagreement or empty
                    )
                ],
            )
            self.disagreement.setVisible(True)
        elif answers.get("eens_met_uitkomst") is True:
            self.disagreement.show_text(
                "ok", QCoreApplication.translate("case_readiness", "U bent het eens met deze uitkomst.")
            )
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
            self.show_text(
                "warn",
                QCoreApplication.translate("case_readiness", "Uitkomst: nog niet te bepalen. Beantwoord eerst:"),
                outcome.missing,
            )
            return
        lines = [tr_marked(reason) for reason in outcome.reasons]
        if outcome.youth_care_in_school_hours is not None:
            lines.append(school_hours_text(outcome.youth_care_in_school_hours))
        if outcome.decided:
            headline = QCoreApplication.translate("case_readiness", "Uitkomst: de regels wijzen naar {party}.").format(
                party=outcome.party.label
            )
            self.show_text("info", headline, lines)
        else:
            self.show_text(
                "info", QCoreApplication.translate("case_readiness", "Uitkomst: geen partij aangewezen."), lines
            )
