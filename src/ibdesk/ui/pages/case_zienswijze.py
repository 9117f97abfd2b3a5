"""The pupil's own zienswijze on the aanmelding bij het Sociaal Team (issue 11.3).

What a Sociaal Team asks for includes "the views of parents and pupil" (domain.md §3); the
aanmelding holds the pupil's words ("Hoe denk jij erover?"). A pupil of 12 or older signs for
those words himself (youth-care practice hears children of 12-15, domain.md §5), on screen, on
paper or orally, one signature per saved aanmelding (services/signatures.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ibdesk.services.guidance import CaseOverview
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.pages.parts import panel, row
from ibdesk.ui.widgets import styled_label

AANMELDING = "aanmelding-sociaal-team"
ABOUT = "de aanmelding bij het Sociaal Team"


class ZienswijzePanel(QWidget):
    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        from ibdesk.ui.pages.case_signing import SignBox

        self.context = context
        self.case_id: int | None = None
        self.answer_id: int | None = None
        self.words: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        frame, inner = panel(QCoreApplication.translate("case_zienswijze", "Zienswijze van de leerling"))
        inner.addWidget(
            styled_label(
                QCoreApplication.translate(
                    "case_zienswijze",
                    "Een leerling van 12 jaar of ouder zegt zelf wat hij of zij van de aanmelding vindt. Die woorden "
                    "gaan mee naar het Sociaal Team, en de leerling tekent ervoor: op het scherm, op papier of "
                    "mondeling.",
                ),
                "hint",
            )
        )
        self.state = styled_label("", "body")
        self.state.setAccessibleName(QCoreApplication.translate("case_zienswijze", "Zienswijze van de leerling"))
        inner.addWidget(self.state)
        self.sign_button = button(
            QCoreApplication.translate("case_zienswijze", "Leerling laten tekenen…"),
            QCoreApplication.translate("case_zienswijze", "Zienswijze van de leerling laten tekenen"),
            self.start,
            tooltip=QCoreApplication.translate(
                "case_zienswijze", "De leerling vanaf 12 jaar tekent voor zijn of haar eigen woorden"
            ),
        )
        inner.addLayout(row(self.sign_button))
        self.sign_box = SignBox(context, self._signed)
        inner.addWidget(self.sign_box)
        layout.addWidget(frame)

    def show_overview(self, ov: CaseOverview) -> None:
        self.case_id = ov.case.id
        services = self.context.services
        latest = services.forms.latest(ov.case.id, AANMELDING)
        final = latest is not None and not getattr(latest, "concept", False)
        self.answer_id = latest.id if final else None
        self.words = (ov.forms.get((AANMELDING, None)) or {}).get("visie_kind")
        self.sign_box.setVisible(False)
        required = services.signatures.required(ov.case.id, "zienswijze")
        self.setVisible(bool(required))
        self._show_state()

    def waiting(self):
        if self.answer_id is None:
            return []
        return self.context.services.signatures.still_needed(self.case_id, "zienswijze", self.answer_id)

    def _show_state(self) -> None:
        if self.answer_id is None:
            self.state.setText(
                QCoreApplication.translate(
                    "case_zienswijze",
                    "Eerst de aanmelding bij het Sociaal Team invullen en opslaan; daarna tekent de "
                    "leerling voor zijn of haar eigen woorden.",
                )
            )
            self.sign_button.setVisible(False)
            return
        done = self.context.services.signatures.signatures(self.case_id, "zienswijze", self.answer_id)
        waiting = self.waiting()
        self.sign_button.setVisible(bool(waiting))
        if done:
            self.state.setText(
                QCoreApplication.translate("case_zienswijze", "Getekend: {lines}.").format(
                    lines="; ".join(s.shown_line() for s in done)
                )
            )
        else:
            self.state.setText(
                QCoreApplication.translate("case_zienswijze", "Nog niet getekend door {names}.").format(
                    names=", ".join(s.name for s in waiting)
                )
            )

    def start(self) -> None:
        signers = self.waiting()
        if not signers or self.case_id is None or self.answer_id is None:
            return
        service = self.context.services.signatures
        self.sign_box.start(
            self.case_id,
            self.answer_id,
            signers,
            "zienswijze",
            lambda signer: service.view_statement(signer, ABOUT, self.words),
        )

    def _signed(self, _message: str) -> None:
        self._show_state()
