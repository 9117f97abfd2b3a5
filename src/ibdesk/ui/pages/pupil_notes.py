"""'Notities en bijlagen' of a pupil, opened from Leerlingen: the notes and files of the pupil
itself and of each of its cases, in the same panel the case page uses (ui/pages/case_notes.py).
What is added here belongs to the pupil (visible at each of its cases).

The window title names no pupil (a shared PC, the taskbar, the lock screen): the name is
only inside the window."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from ibdesk.domain.model import Pupil
from ibdesk.ui.kit.translate import translated
from ibdesk.ui.pages.base import Context
from ibdesk.ui.pages.case_notes import NotesPanel
from ibdesk.ui.widgets import PageHeader

TITLE = QT_TRANSLATE_NOOP("pupil_notes", "Notities en bijlagen")


class PupilNotesDialog(QDialog):
    def __init__(self, context: Context, pupil: Pupil, parent: QWidget | None = None):
        super().__init__(parent)
        self.pupil = pupil
        title = translated("pupil_notes", str(TITLE))
        self.setWindowTitle(title)
        self.resize(900, 760)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 12)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 20, 28, 12)
        self.header = PageHeader(
            f"{title} · {pupil.full_name}",
            QCoreApplication.translate(
                "pupil_notes",
                "Van de leerling zelf en van elke casus van de leerling (met het casusnummer). "
                "Wat u hier toevoegt, hoort bij de leerling en staat ook bij elke casus.",
            ),
        )
        layout.addWidget(self.header)
        self.notes = NotesPanel(context)
        layout.addWidget(self.notes)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("pupil_notes", "Sluiten")
        )
        buttons.rejected.connect(self.reject)
        buttons.setContentsMargins(0, 0, 28, 0)
        outer.addWidget(buttons)
        assert pupil.id is not None  # notes belong to a stored pupil
        self.notes.show_pupil(pupil.id)
