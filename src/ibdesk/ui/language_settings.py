"""Instellingen → Taal: Nederlands or English, for this user on this computer.

Stored outside the profile (`ibdesk.preferences`): it applies from the next start on, before a
profile is unlocked. A machine policy (`language` in policy.yaml or the registry) fixes it for
every user; the choice is then shown but cannot be changed. The window is not retranslated
live; this process's own texts that are built later (the command line's, `ibdesk.i18n`) follow at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFrame, QVBoxLayout, QWidget

from ibdesk import i18n, preferences
from ibdesk.policy import fixed_language
from ibdesk.ui.kit import messages
from ibdesk.ui.widgets import FieldBox, named, styled_label

# Each language is named in itself, so whoever reads the other one still finds theirs.
CHOICES = (("Nederlands", i18n.DUTCH), ("English", i18n.ENGLISH))


class LanguageSection(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(styled_label(QCoreApplication.translate("settings", "Taal"), "cardTitle", wrap=False))
        self.combo = QComboBox()
        for text, code in CHOICES:
            self.combo.addItem(text, code)
        named(self.combo, QCoreApplication.translate("settings", "Taal van ibdesk"))
        self.fixed = fixed_language()
        shown = self.fixed or preferences.chosen_language() or i18n.language()
        self.combo.setCurrentIndex(max(0, self.combo.findData(shown)))
        self.box = FieldBox(
            QCoreApplication.translate("settings", "Taal van ibdesk"),  # every Alt+letter in "Taal" is taken here
            self.combo,
            QCoreApplication.translate("settings", "Taal van ibdesk"),
            QCoreApplication.translate("settings", "Voor u op deze computer, in elk profiel."),
        )
        layout.addWidget(self.box)
        if self.fixed:
            self.combo.setEnabled(False)
            self.box.hint.setText(
                QCoreApplication.translate("settings", "Vastgezet door de ICT-beheerder (beleid van deze computer).")
            )
        self.note = styled_label("", "ok")
        layout.addWidget(self.note)
        self.combo.activated.connect(self.choose)

    def choose(self) -> None:
        code = self.combo.currentData()
        try:
            preferences.save_language(code)
        except OSError as exc:
            messages.show_error(
                self,
                QCoreApplication.translate("settings", "Taal niet opgeslagen"),
                QCoreApplication.translate("settings", "De keuze kon niet worden bewaard in {path}: {reason}").format(
                    path=preferences.preferences_path(), reason=exc.strerror or exc
                ),
            )
            return
        i18n.set_language(code)
        self.note.setText(QCoreApplication.translate("settings", "Wordt toegepast bij de volgende start."))
