"""Zienswijzen of a case: the parents' own view (and the pupil's), added to the case; it travels
with what is shared and the school changes nothing in it. The pupil of 12+ signs for his own
words in the ZienswijzePanel below (ui/pages/case_zienswijze.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ibdesk.errors import InvalidRecord
from ibdesk.text.dates import short_or_time
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.kit.lists import BulletList
from ibdesk.ui.pages.base import Context
from ibdesk.ui.pages.parts import panel, row
from ibdesk.ui.widgets import line_edit, named, styled_label


class ViewpointsPanel(QWidget):
    """Parents' own view (zienswijze), added to the case; it travels with what is shared."""

    def __init__(self, context: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.case_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        list_frame, self.list_box = panel(
            QCoreApplication.translate("case_viewpoints", "Zienswijze van ouders (en leerling)")
        )
        self.list_box.addWidget(
            styled_label(
                QCoreApplication.translate(
                    "case_viewpoints",
                    "Ouders mogen hun eigen kijk toevoegen aan wat de school deelt. De zienswijze gaat mee met het "
                    "dossier; de school verandert er niets aan.",
                ),
                "hint",
            )
        )
        self.items = BulletList()
        self.list_box.addWidget(self.items)
        self.empty = styled_label(
            QCoreApplication.translate("case_viewpoints", "Nog geen zienswijze toegevoegd."), "hint"
        )
        self.list_box.addWidget(self.empty)
        layout.addWidget(list_frame)
        layout.addWidget(self._add_part())
        from ibdesk.ui.pages.case_zienswijze import ZienswijzePanel

        self.pupil_view = ZienswijzePanel(context)  # the pupil (12+) signs for his own words
        layout.addWidget(self.pupil_view)
        layout.addStretch(1)

    def _add_part(self) -> QWidget:
        add_frame, add = panel(QCoreApplication.translate("case_viewpoints", "Zienswijze toevoegen"))
        self.author = line_edit(
            QCoreApplication.translate("case_viewpoints", "Van wie is de zienswijze"),
            QCoreApplication.translate("case_viewpoints", "bijvoorbeeld: moeder en vader"),
        )
        self.text = QPlainTextEdit()
        named(self.text, QCoreApplication.translate("case_viewpoints", "Tekst van de zienswijze"))
        self.text.setPlaceholderText(QCoreApplication.translate("case_viewpoints", "In de woorden van de ouders…"))
        self.text.setFixedHeight(110)
        author_label = QLabel(QCoreApplication.translate("case_viewpoints", "Van wie:"))
        text_label = QLabel(QCoreApplication.translate("case_viewpoints", "Zienswijze:"))
        author_label.setBuddy(self.author)
        text_label.setBuddy(self.text)
        add.addWidget(author_label)
        add.addWidget(self.author)
        add.addWidget(text_label)
        add.addWidget(self.text)
        self.error = styled_label("", "error")
        self.error.setVisible(False)
        add.addWidget(self.error)
        label = QCoreApplication.translate("case_viewpoints", "Zienswijze toevoegen")
        self.add_button = button(label, label, self.add, primary=True)
        add.addLayout(row(self.add_button))
        return add_frame

    def show_case(self, case_id: int) -> None:
        self.case_id = case_id
        views = self.context.services.consent.viewpoints(case_id)
        self.items.set_lines([f"{short_or_time(on)} — {author}: “{text}”" for author, text, on in views])
        self.empty.setVisible(not views)

    def add(self) -> bool:
        if self.case_id is None:  # no case shown yet
            return False
        try:
            self.context.services.consent.add_viewpoint(self.case_id, self.author.text(), self.text.toPlainText())
        except InvalidRecord as exc:
            self.error.setText(" ".join(exc.errors.values()))
            self.error.setVisible(True)
            return False
        self.error.setVisible(False)
        self.author.clear()
        self.text.clear()
        self.show_case(self.case_id)
        return True
