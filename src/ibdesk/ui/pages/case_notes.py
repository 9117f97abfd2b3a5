"""Notes and attachments of a case (and of its pupil), issue 16.4: short dated notes with their
author, changed only by that author with the earlier text kept; files (a scan, a report from
the jeugdarts, a letter) kept encrypted inside the store, with a privacy category, opened
through a temporary copy that ibdesk removes when the profile closes.

The same panel serves the pupil (Leerlingen → 'Notities en bijlagen', ui/pages/pupil_notes.py):
`show_pupil` shows the pupil's own notes and files and those of each of its cases, and adds
new ones to the pupil."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ibdesk.errors import InvalidRecord
from ibdesk.services.attachments import ATTACHMENT_CATEGORIES, DEFAULT_CATEGORY, KINDS
from ibdesk.services.notes import Note
from ibdesk.text.dates import short_date_time, short_or_time
from ibdesk.text.numbers import file_size
from ibdesk.ui.flow import flow_row
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.pages.base import Context
from ibdesk.ui.pages.parts import panel, row
from ibdesk.ui.widgets import line_edit, named, styled_label

FILE_FILTER = "Documenten en scans (*.pdf *.jpg *.jpeg *.png *.docx *.odt *.txt);;Alle bestanden (*)"
ATTACHMENT_COLUMNS = ["Titel", "Soort", "Soort gegevens", "Grootte", "Toegevoegd"]
LAST_COLUMN_MAX = 240  # px; the full text is the cell's tooltip


def open_in_program(path: Path) -> bool:
    """Hand the temporary copy to the program the OS uses for this kind of file."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def note_line(note: Note, pupil_view: bool = False) -> str:
    when = f"{short_date_time(note.created_at)}"
    edited = f" (gewijzigd op {short_date_time(note.edited_at)})" if note.edited_at else ""
    if pupil_view:
        scope = f" [casus {note.case_id}]" if note.case_id is not None else ""
    else:
        scope = "" if note.case_id is not None else " [leerling]"
    return f"{when} — {note.author}{scope}{edited}:\n{note.text}"


class NotesPanel(QWidget):
    def __init__(self, context: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.pupil_id: int | None = None
        self.case_id: int | None = None
        self.notes: list[Note] = []
        self.editing: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self._notes_part())
        layout.addWidget(self._attachments_part())
        layout.addStretch(1)

    # -- building -------------------------------------------------------------------------------
    def _notes_part(self) -> QWidget:
        frame, box = panel("Notities")
        box.addWidget(
            styled_label(
                "Korte notities met datum en schrijver. Alleen wie een notitie schreef, kan "
                "hem wijzigen; de eerdere tekst blijft bewaard.",
                "hint",
            )
        )
        self.note_list = QListWidget()
        named(self.note_list, "Notities")
        self.note_list.setWordWrap(True)
        self.note_list.setMinimumHeight(120)
        self.note_list.itemSelectionChanged.connect(self._note_selected)
        box.addWidget(self.note_list)
        self.no_notes = styled_label("Nog geen notities. Schrijf hieronder de eerste.", "hint")
        box.addWidget(self.no_notes)
        self.history = styled_label("", "caption")
        self.history.setVisible(False)
        box.addWidget(self.history)
        self.note_text = QPlainTextEdit()
        named(self.note_text, "Tekst van de notitie")
        new_label = QLabel("Nieuwe notitie (of de wijziging):")
        new_label.setBuddy(self.note_text)
        box.addWidget(new_label)
        self.note_text.setPlaceholderText("Bijvoorbeeld: moeder belde over …")
        self.note_text.setFixedHeight(80)
        box.addWidget(self.note_text)
        self.for_pupil = QCheckBox("Hoort bij de leerling (ook zichtbaar bij andere casussen)")
        named(self.for_pupil, "Notitie hoort bij de leerling")
        self.note_error = styled_label("", "error")
        self.note_error.setVisible(False)
        box.addWidget(self.note_error)
        self.add_note_button = button("Notitie toevoegen", "Notitie toevoegen", self.save_note, primary=True)
        self.edit_note_button = button("Wijzigen", "Geselecteerde notitie wijzigen", self.start_edit)
        self.edit_note_button.setEnabled(False)
        box.addWidget(flow_row([self.add_note_button, self.edit_note_button, self.for_pupil]))
        return frame

    def _attachments_part(self) -> QWidget:
        frame, box = panel("Bijlagen")
        box.addWidget(
            styled_label(
                "Bestanden worden versleuteld in ibdesk bewaard, niet als los bestand. De soort "
                "gegevens bepaalt met wie een bijlage gedeeld mag worden.",
                "hint",
            )
        )
        self.table = QTableWidget(0, len(ATTACHMENT_COLUMNS))
        named(self.table, "Bijlagen")
        self.table.setHorizontalHeaderLabels(ATTACHMENT_COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(120)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(ATTACHMENT_COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(ATTACHMENT_COLUMNS) - 1, QHeaderView.ResizeMode.Interactive)
        self.table.itemSelectionChanged.connect(self._attachment_selected)
        box.addWidget(self.table)
        self.no_attachments = styled_label("Nog geen bijlagen. Kies hieronder een bestand.", "hint")
        box.addWidget(self.no_attachments)
        self.title = line_edit("Titel van de bijlage", "bijvoorbeeld: Verslag jeugdarts maart")
        self.kind = QComboBox()
        named(self.kind, "Soort bijlage")
        for key, label in KINDS.items():
            self.kind.addItem(label, key)
        self.category = QComboBox()
        named(self.category, "Soort gegevens")
        for key, label in ATTACHMENT_CATEGORIES.items():
            self.category.addItem(label, key)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        labels = [QLabel("Titel:"), QLabel("Soort:"), QLabel("Gegevens:")]
        for caption, widget in zip(labels, (self.title, self.kind, self.category)):
            caption.setBuddy(widget)
        box.addLayout(row(labels[0], self.title, stretch_at_end=False))
        for combo in (self.kind, self.category):  # a long choice must not widen the page past a small window
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
        box.addWidget(flow_row([labels[1], self.kind, labels[2], self.category]))
        self.attachment_error = styled_label("", "error")
        self.attachment_error.setVisible(False)
        box.addWidget(self.attachment_error)
        self.add_file_button = button(
            "Bestand kiezen en toevoegen…", "Bestand kiezen en als bijlage toevoegen", self.add_file, primary=True
        )
        self.open_button = button("Openen", "Geselecteerde bijlage openen", self.open_selected)
        self.delete_button = button("Verwijderen…", "Geselecteerde bijlage verwijderen", self.delete_selected)
        self.open_button.setEnabled(False)
        self.delete_button.setEnabled(False)
        box.addWidget(flow_row([self.add_file_button, self.open_button, self.delete_button]))
        self._kind_changed()
        return frame

    # -- showing ------------------------------------------------------------------------------
    def show_pupil(self, pupil_id: int) -> None:
        """Everything of the pupil and of its cases; what is added here belongs to the pupil."""
        self.show_case(pupil_id, None)

    def show_case(self, pupil_id: int, case_id: int | None) -> None:
        self.pupil_id, self.case_id = pupil_id, case_id
        pupil_view = case_id is None
        self.for_pupil.setVisible(not pupil_view)  # from the pupil side a new note is the pupil's
        services = self.context.services
        self.notes = services.notes.notes(pupil_id, case_id)
        self.note_list.clear()
        for note in self.notes:
            item = QListWidgetItem(note_line(note, pupil_view))
            item.setToolTip(note.text)
            self.note_list.addItem(item)
        self.no_notes.setVisible(not self.notes)
        self.attachments = services.attachments.attachments(pupil_id, case_id)
        self.table.setRowCount(len(self.attachments))
        for r, a in enumerate(self.attachments):
            where = f" · casus {a.case_id}" if pupil_view and a.case_id is not None else ""
            for c, value in enumerate(
                (
                    a.title,
                    a.kind_label,
                    a.category_label,
                    file_size(a.size),
                    f"{short_or_time(a.added_at)} door {a.added_by}{where}",
                )
            ):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.table.setItem(r, c, cell)
        last = len(ATTACHMENT_COLUMNS) - 1  # who and when: sized to content, capped (the title keeps room)
        self.table.resizeColumnToContents(last)
        self.table.setColumnWidth(last, min(self.table.columnWidth(last), LAST_COLUMN_MAX))
        self.table.setVisible(bool(self.attachments))
        self.no_attachments.setVisible(not self.attachments)
        self._note_selected()
        self._attachment_selected()

    def _kind_changed(self) -> None:
        wanted = DEFAULT_CATEGORY.get(self.kind.currentData(), "support_history")
        self.category.setCurrentIndex(max(0, self.category.findData(wanted)))

    # -- notes ----------------------------------------------------------------------------------
    def selected_note(self) -> Note | None:
        rows = self.note_list.selectedIndexes()
        return self.notes[rows[0].row()] if rows else None

    def _note_selected(self) -> None:
        note = self.selected_note()
        self.edit_note_button.setEnabled(note is not None and self.context.services.notes.may_edit(note))
        lines = [f"Eerder ({short_date_time(v.written_at)}): {v.text}" for v in (note.history if note else ())]
        self.history.setText("\n".join(lines))
        self.history.setVisible(bool(lines))

    def start_edit(self) -> None:
        note = self.selected_note()
        if note is not None:
            self.editing = note.id
            self.note_text.setPlainText(note.text)
            self.add_note_button.setText("Wijziging opslaan")
            self.note_text.setFocus()

    def save_note(self) -> bool:
        service, pupil_id = self.context.services.notes, self.pupil_id
        if pupil_id is None:  # nothing shown yet
            return False
        try:
            if self.editing is not None:
                service.edit(self.editing, self.note_text.toPlainText())
            else:
                service.add(
                    pupil_id, self.note_text.toPlainText(), None if self.for_pupil.isChecked() else self.case_id
                )
        except InvalidRecord as exc:
            return self._problem(self.note_error, " ".join(exc.errors.values()))
        except Exception as exc:
            return self._problem(self.note_error, messages.describe(exc, self.context.home))
        self.editing = None
        self.add_note_button.setText("Notitie toevoegen")
        self.note_text.clear()
        self.note_error.setVisible(False)
        self.show_case(pupil_id, self.case_id)
        return True

    # -- attachments ----------------------------------------------------------------------------
    def selected_attachment(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.attachments[rows[0].row()] if rows else None

    def _attachment_selected(self) -> None:
        chosen = self.selected_attachment() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def add_file(self) -> bool:
        pupil_id = self.pupil_id
        if pupil_id is None:  # nothing shown yet
            return False
        path = messages.ask_open_path(self, "Bijlage kiezen", Path.home(), FILE_FILTER)
        if path is None:
            return False
        try:
            self.context.services.attachments.add(
                pupil_id, path, self.title.text(), self.kind.currentData(), self.category.currentData(), self.case_id
            )
        except InvalidRecord as exc:
            return self._problem(self.attachment_error, " ".join(exc.errors.values()))
        except Exception as exc:
            return self._problem(self.attachment_error, messages.describe(exc, self.context.home))
        self.title.clear()
        self.attachment_error.setVisible(False)
        self.show_case(pupil_id, self.case_id)
        return True

    def open_selected(self) -> bool:
        chosen = self.selected_attachment()
        if chosen is None:
            return False
        path = messages.attempt(
            self, "Bijlage openen", lambda: self.context.services.attachments.open_copy(chosen.id), self.context.home
        )
        return path is not None and open_in_program(path)

    def delete_selected(self) -> bool:
        chosen, pupil_id = self.selected_attachment(), self.pupil_id
        if (
            chosen is None
            or pupil_id is None
            or not messages.confirm(
                self, "Bijlage verwijderen", f"'{chosen.title}' verwijderen? Dit kan niet ongedaan worden."
            )
        ):
            return False

        def delete() -> bool:
            self.context.services.attachments.delete(chosen.id)
            return True

        done = messages.attempt(self, "Bijlage verwijderen", delete, self.context.home)
        self.show_case(pupil_id, self.case_id)
        return bool(done)

    @staticmethod
    def _problem(label: QLabel, text: str) -> bool:
        label.setText(text)
        label.setVisible(True)
        return False
