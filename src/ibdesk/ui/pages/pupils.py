"""Leerlingen: a searchable list; open a pupil to edit, or add a new one."""

from __future__ import annotations

import copy
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ibdesk.domain.model import Pupil
from ibdesk.ui.empty_state import show_when_empty
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.translate import QT_TRANSLATE_NOOP, translated
from ibdesk.ui.models import PUPIL_COLUMNS, RECORD_ROLE, RecordTableModel, SearchProxy
from ibdesk.ui.pages.base import Context, Page
from ibdesk.ui.pages.pupil_editor import PupilEditor
from ibdesk.ui.pages.table import make_table
from ibdesk.ui.undo import offer_undo
from ibdesk.ui.widgets import line_edit, named, styled_label

# The list's column titles (ui/models.PUPIL_COLUMNS), marked here and translated when the list is built.
COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("pupils", "Naam"),
    QT_TRANSLATE_NOOP("pupils", "Groep / klas"),
    QT_TRANSLATE_NOOP("pupils", "Geboortedatum"),
    QT_TRANSLATE_NOOP("pupils", "Woongemeente"),
)


def pupil_columns():
    """PUPIL_COLUMNS with their titles in the UI's language."""
    return [replace(column, title=translated("pupils", column.title)) for column in PUPIL_COLUMNS]


class PupilsPage(Page):
    tr_context = "pupils"
    title = QT_TRANSLATE_NOOP("pupils", "Leerlingen")
    subtitle = QT_TRANSLATE_NOOP(
        "pupils", "Zoek op naam, groep, geboortedatum of woongemeente. Dubbelklik om te bewerken."
    )

    def __init__(self, context: Context, open_editor=None):
        super().__init__(context)
        self._open_editor = open_editor or self._exec_editor
        self.body.addLayout(self._build_toolbar())
        columns = pupil_columns()
        self.model = RecordTableModel(columns, self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy, columns, QCoreApplication.translate("pupils", "Leerlingen"))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self.edit_index)  # double-click or Enter, per platform
        show_when_empty(self.table, self._empty_text)
        self.body.addWidget(self.table, 1)

    def _build_toolbar(self) -> QVBoxLayout:
        label = QLabel(QCoreApplication.translate("pupils", "&Zoeken:"))
        self.search = line_edit(
            QCoreApplication.translate("pupils", "Leerlingen zoeken"),
            QCoreApplication.translate("pupils", "naam, groep, gemeente…"),
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(self._filter)
        label.setBuddy(self.search)
        self.count = styled_label("", "hint", wrap=False)
        self.new_button = QPushButton(QCoreApplication.translate("pupils", "&Nieuwe leerling"))
        self.new_button.setProperty("role", "primary")
        named(self.new_button, QCoreApplication.translate("pupils", "Nieuwe leerling"))
        self.new_button.clicked.connect(self.new_pupil)
        self.edit_button = QPushButton(QCoreApplication.translate("pupils", "&Bewerken"))
        named(self.edit_button, QCoreApplication.translate("pupils", "Geselecteerde leerling bewerken"))
        self.edit_button.clicked.connect(lambda: self.edit_index(self.table.currentIndex()))
        # issue 17: EDEX or CSV from the administration
        self.import_button = QPushButton(QCoreApplication.translate("pupils", "&Importeren…"))
        named(
            self.import_button,
            QCoreApplication.translate("pupils", "Leerlingen importeren uit de leerlingadministratie"),
        )
        self.import_button.setToolTip(
            QCoreApplication.translate("pupils", "Een EDEX-export (ParnasSys, ESIS) of CSV-export (Magister, Somtoday)")
        )
        self.import_button.clicked.connect(self.import_pupils)
        # issue 16.4: also from the pupil side
        self.notes_button = QPushButton(QCoreApplication.translate("pupils", "No&tities en bijlagen…"))
        named(
            self.notes_button,
            QCoreApplication.translate("pupils", "Notities en bijlagen van de geselecteerde leerling"),
        )
        self.notes_button.clicked.connect(lambda: self.open_notes(self.table.currentIndex()))
        # Actions on the first row, search on the second (as Contacten): both fit at the minimum width.
        actions, search = QHBoxLayout(), QHBoxLayout()
        for widget in (self.new_button, self.import_button, self.edit_button, self.notes_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        search.addWidget(label)
        search.addWidget(self.search)
        search.addSpacing(8)
        search.addWidget(self.count)
        search.addStretch(1)
        bar = QVBoxLayout()
        bar.setSpacing(10)
        bar.addLayout(actions)
        bar.addLayout(search)
        return bar

    def refresh(self) -> None:
        pupils = messages.attempt(
            self, QCoreApplication.translate("pupils", "Leerlingen"), self.context.records.pupil_list, self.context.home
        )
        self.model.set_rows(pupils or [])
        self._update_count()

    def _filter(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 1:
            counted = QCoreApplication.translate("pupils", "{n} leerling").format(n=total)
        else:
            counted = QCoreApplication.translate("pupils", "{n} leerlingen").format(n=total)
        if shown != total:
            counted = QCoreApplication.translate("pupils", "{shown} van {counted}").format(shown=shown, counted=counted)
        self.count.setText(counted)

    def show_pupil(self, pupil_id: int) -> None:
        """Select the pupil in the list (filter cleared) and open it, as a double-click does."""
        self.search.clear()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(RECORD_ROLE).id == pupil_id:
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                self.table.setFocus()
                self.edit_index(index)
                return
        messages.show_info(
            self,
            QCoreApplication.translate("pupils", "Leerlingen"),
            QCoreApplication.translate("pupils", "Leerling {id} bestaat niet (meer).").format(id=pupil_id),
        )

    def _empty_text(self) -> str:
        if self.model.rowCount():
            return QCoreApplication.translate(
                "pupils", "Geen leerling gevonden voor ‘{text}’. Wis de zoekterm of zoek op iets anders."
            ).format(text=self.search.text())
        return QCoreApplication.translate(
            "pupils",
            "Nog geen leerlingen. Voeg de eerste toe met ‘Nieuwe leerling’ (Alt+N): naam, geboortedatum, groep "
            "en ouders. Daarna opent u bij het eerste signaal een casus onder Casussen (Ctrl+3).",
        )

    def new_pupil(self) -> None:
        if self._open_editor(None):
            self.refresh()

    def edit_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            messages.show_info(
                self,
                QCoreApplication.translate("pupils", "Leerlingen"),
                QCoreApplication.translate("pupils", "Kies eerst een leerling in de lijst."),
            )
            return
        listed: Pupil = index.data(RECORD_ROLE)
        pupil_id = listed.id
        assert pupil_id is not None  # the list shows stored pupils
        pupil = messages.attempt(
            self,
            QCoreApplication.translate("pupils", "Leerling openen"),
            lambda: self.context.records.pupil(pupil_id),
            self.context.home,
        )
        if pupil is None:
            return
        before = copy.deepcopy(pupil)
        if self._open_editor(pupil):
            self.refresh()
            self._offer_undo(before)

    def open_notes(self, index: QModelIndex):
        """The pupil's notes and attachments, with those of its cases (non-modal: the list stays usable)."""
        from ibdesk.ui.pages.pupil_notes import PupilNotesDialog

        if not index.isValid():
            messages.show_info(
                self,
                QCoreApplication.translate("pupils", "Leerlingen"),
                QCoreApplication.translate("pupils", "Kies eerst een leerling in de lijst."),
            )
            return None
        listed: Pupil = index.data(RECORD_ROLE)
        dialog = messages.attempt(
            self,
            QCoreApplication.translate("pupils", "Notities en bijlagen"),
            lambda: PupilNotesDialog(self.context, listed, self),
            self.context.home,
        )
        if dialog is not None:
            self.notes_dialog = dialog
            dialog.show()
            dialog.notes.note_text.setFocus()
        return dialog

    def _offer_undo(self, before: Pupil) -> None:
        """Put the previous details back — only when no parent was added or removed (cheap and exact)."""
        pupil_id = before.id
        assert pupil_id is not None  # it was just edited, so it is stored
        after = messages.attempt(
            self,
            QCoreApplication.translate("pupils", "Leerling"),
            lambda: self.context.records.pupil(pupil_id),
            self.context.home,
        )
        if after is None or [g.id for g in after.guardians] != [g.id for g in before.guardians]:
            return

        def undo() -> None:
            self.context.records.save_pupil(copy.deepcopy(before))
            self.refresh()

        offer_undo(self, QCoreApplication.translate("pupils", "Gegevens van de leerling opgeslagen."), undo)

    def import_pupils(self) -> None:
        from ibdesk.ui.pages.pupil_import import choose_and_import

        if choose_and_import(self, self.context):
            self.refresh()

    def _exec_editor(self, pupil: Pupil | None) -> bool:
        editor = PupilEditor(self.context.records, pupil, self)
        return editor.exec() == PupilEditor.DialogCode.Accepted
