"""The facts at the top of the case page: who the case is about, who holds regie, the help
question, the Sociaal Team (both teams with grensverkeer) and the status badges with what is
due next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel

from ibdesk.domain.model import CaseStatus
from ibdesk.domain.route import border_text
from ibdesk.i18n import language
from ibdesk.services.guidance import CaseOverview
from ibdesk.ui.kit.banner import set_tone
from ibdesk.ui.kit.translate import QT_TRANSLATE_NOOP, translated
from ibdesk.ui.pages.case_lifecycle import STATUS_TONES
from ibdesk.ui.pages.parts import badge, panel
from ibdesk.ui.widgets import styled_label

PLACES = {"leerling": (0, 0), "regie": (0, 2), "hulpvraag": (1, 0), "team": (1, 2), "status": (2, 0)}
CAPTIONS = {
    "leerling": QT_TRANSLATE_NOOP("case_facts", "Leerling:"),
    "regie": QT_TRANSLATE_NOOP("case_facts", "Regie:"),
    "hulpvraag": QT_TRANSLATE_NOOP("case_facts", "Hulpvraag:"),
    "team": QT_TRANSLATE_NOOP("case_facts", "Sociaal Team:"),
    "status": QT_TRANSLATE_NOOP("case_facts", "Status:"),
}


class CaseFacts:
    """The facts panel (`frame`) and its labels; `show_overview` fills them from a loaded case."""

    def __init__(self) -> None:
        self.ready_badge = badge("")
        self.status_badge = badge("")
        self.frame, layout = panel(margins=(18, 12, 18, 12))
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.labels: dict[str, QLabel] = {}
        for key, (r, c) in PLACES.items():
            caption = styled_label(translated("case_facts", CAPTIONS[key]), "hint", wrap=False)
            value = styled_label("", "body")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(caption, r, c, Qt.AlignmentFlag.AlignTop)
            if key == "status":  # the badges, then where the case stands (spans the row)
                line = QHBoxLayout()
                line.setSpacing(8)
                line.addWidget(self.status_badge, 0, Qt.AlignmentFlag.AlignTop)
                line.addWidget(self.ready_badge, 0, Qt.AlignmentFlag.AlignTop)
                line.addWidget(value, 1)
                grid.addLayout(line, r, c + 1, 1, 3)
            else:
                grid.addWidget(value, r, c + 1, Qt.AlignmentFlag.AlignTop)
            self.labels[key] = value
        layout.addLayout(grid)
        self.border_note = styled_label("", "caption")
        self.border_note.setVisible(False)
        layout.addWidget(self.border_note)

    def show_overview(self, ov: CaseOverview) -> None:
        """The badges, the pupil, regie, help question and team(s) of the loaded case."""
        case = ov.case
        self.status_badge.setText(case.status.label)
        set_tone(self.status_badge, STATUS_TONES.get(str(case.status), ""))
        ready = ov.readiness.ready
        self.ready_badge.setText(
            QCoreApplication.translate("case_facts", "Klaar voor aanmelding")
            if ready
            else QCoreApplication.translate("case_facts", "Nog niet klaar voor aanmelding")
        )
        set_tone(self.ready_badge, "ok" if ready else "warn")
        self.ready_badge.setVisible(case.status in (CaseStatus.SIGNAL, CaseStatus.RUNNING))
        self._show_people(ov)

    def _show_people(self, ov: CaseOverview) -> None:
        pupil, case, teams = ov.pupil, ov.case, ov.teams
        self.labels["leerling"].setText(
            QCoreApplication.translate("case_facts", "{name}, {group}, woont in {municipality}").format(
                name=pupil.full_name, group=pupil.group, municipality=pupil.municipality
            )
        )
        self.labels["regie"].setText(f"{case.lead_name} ({case.lead_role})")
        self.labels["hulpvraag"].setText(case.help_question)
        unknown = QCoreApplication.translate("case_facts", "geen Sociaal Team bekend in {municipality}")
        residence = teams.residence.name if teams.residence else unknown.format(municipality=pupil.municipality)
        if teams.crosses_border:
            school_team = teams.school.name if teams.school else unknown.format(municipality=teams.school_municipality)
            self.labels["team"].setText(
                QCoreApplication.translate(
                    "case_facts",
                    "{residence} (woonplaats): betaalt de jeugdhulp\n"
                    "{school_team} (gemeente van de school): regie over jeugdhulp op school",
                ).format(residence=residence, school_team=school_team)
            )
            self.border_note.setText(
                QCoreApplication.translate(
                    "case_facts", "Grensverkeer: {rule} De aanmelding gaat naar het Sociaal Team van de woonplaats."
                ).format(rule=border_text(teams.residence_municipality, teams.school_municipality, lang=language()))
            )
        else:
            self.labels["team"].setText(residence)
        self.border_note.setVisible(teams.crosses_border)
