"""The warning on an MDO agenda item when nothing about the pupil may be shared with the
organisations taking part, with a way to record the consent before the meeting."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QSizePolicy

from ibdesk.ui.kit.banner import Banner
from ibdesk.ui.kit.buttons import button


class NoBasisWarning(Banner):
    """Nothing about this pupil may be shared with the organisations at the MDO: say so before
    the meeting (the agenda would say 'geen grondslag'), with a way to record the consent."""

    def __init__(self, case_id: int, pupil: str, on_consent: Callable[[int, int], None] | None = None):
        super().__init__()
        self.case_id, self.pupil = case_id, pupil
        self.missing_org: int | None = None
        self.consent_button = button(
            QCoreApplication.translate("mdo_basis_warning", "Toestemming vastleggen…"),
            QCoreApplication.translate("mdo_basis_warning", "Toestemming voor het MDO vastleggen voor {pupil}").format(
                pupil=pupil
            ),
            lambda: on_consent and self.missing_org is not None and on_consent(self.case_id, self.missing_org),
        )
        box = cast(QBoxLayout, self.layout())  # the Banner's own box
        box.addWidget(self.consent_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)  # scrolls, never clipped
        self.setVisible(False)

    def show_basis(self, basis) -> None:
        """`basis` is dossier.other_content.MdoBasis for this case and the participants."""
        self.setVisible(basis.nothing_shared)
        if not basis.nothing_shared:
            self.missing_org = None
            return
        missing = basis.without_basis or basis.recipients
        self.missing_org = missing[0].id if missing else None
        names = ", ".join(o.name for o in missing)
        self.show_text(
            "warn",
            QCoreApplication.translate(
                "mdo_basis_warning", "Geen grondslag: over {pupil} mag niets worden gedeeld in dit MDO"
            ).format(pupil=self.pupil),
            [
                QCoreApplication.translate(
                    "mdo_basis_warning",
                    "Er is geen toestemming (of andere grondslag) voor het doel 'MDO' "
                    "om gegevens te delen met {names}.",
                ).format(names=names),
                QCoreApplication.translate(
                    "mdo_basis_warning",
                    "Op de agenda staat dan 'geen grondslag' en het voorbereidingsblad blijft leeg. "
                    "Leg de toestemming vast vóór het overleg; wie toestemming geeft (elke ouder met gezag, "
                    "of de leerling vanaf 16) tekent zelf.",
                ),
            ],
        )
        self.consent_button.setVisible(self.missing_org is not None)
