"""Notes and attachments of a case (and of its pupil), issue 16.4: short dated notes with their
author, changed only by that author with the earlier text kept; files (a scan, a report from
the jeugdarts, a letter) kept encrypted inside the store, with a privacy category, opened
through a temporary copy that ibdesk removes when the profile closes.

The same panel serves the pupil (Leerlingen → 'Notities en bijlagen', ui/pages/pupil_notes.py):
`show_pupil` shows the pupil's own notes and files and those of each of its cases, and adds
new ones to the pupil."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QVBoxLayout, QWidget

from ibdesk.errors import InvalidRecord
from ibdesk.services.actors import shown_actor
from ibdesk.services.notes import Note
from ibdesk.text.dates import short_date_time
from ibdesk.ui.flow import flow_row
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.pages.base import Context
from ibdesk.ui.pages.case_attachments import AttachmentsPart
from ibdesk.ui.pages.parts import panel
from ibdesk.ui.widgets import named, styled_label


def open_in_program(path: Path) -> bool:
    """Hand the temporary copy to the program the OS uses for this kind of file."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def file_filter() -> str:
    return QCoreApplication.translate(
        "case_notes", "Documenten en scans (*.pdf *.jpg *.jpeg *.png *.docx *.odt *.txt);;Alle bestanden (*)"
    )


def note_line(note: Note, pupil_view: bool = False) -> str:
    """The note's date, author, where it belongs and whether it was changed; then its text (stored, as is)."""
    when = f"{short_date_time(note.created_at)}"
    edited = (
        QCoreApplication.translate("case_notes", " (gewijzigd op {when})").format(when=short_date_time(note.edited_at))
        if note.edited_at
        else ""
    )
    if pupil_view:
        scope = (
            QCoreApplication.translate("case_notes", " [casus {number}]").format(number=note.case_id)
            if note.case_id is not None
            else ""
        )
    else:
        scope = "" if note.case_id is not None else QCoreApplication.translate("case_notes", " [leerling]")
    return f"{when} — {shown_actor(note.author)}{scope}{edited}:\n{note.text}"


class NotesPanel(AttachmentsPart, QWidget):
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
        frame, box = panel(QCoreApplication.translate("case_notes", "Notities"))
        box.addWidget(
            styled_label(
                QCoreApplication.translate(
                    "case_notes",
                    "Korte notities met datum en schrijver. Alleen wie een notitie schreef, kan "
                    "hem wijzigen; de eerdere tekst blijft bewaard.",
                ),
                "hint",
            )
        )
        self.note_list = QListWidget()
        named(self.note_list, QCoreApplication.translate("case_notes", "Notities"))
        self.note_list.setWordWrap(True)
        self.note_list.setMinimumHeight(120)
        self.note_list.itemSelectionChanged.connect(self._note_selected)
        box.addWidget(self.note_list)
        self.no_notes = styled_label(
            QCoreApplication.translate("case_notes", "Nog geen notities. Schrijf hieronder de eerste."), "hint"
        )
        box.addWidget(self.no_notes)
        self.history = styled_label("", "caption")
        self.history.setVisible(False)
        box.addWidget(self.history)
        self.note_text = QPlainTextEdit()
        named(self.note_text, QCoreApplication.translate("case_notes", "Tekst van de notitie"))
        new_label = QLabel(QCoreApplication.translate("case_notes", "Nieuwe notitie (of de wijziging):"))
        new_label.setBuddy(self.note_text)
        box.addWidget(new_label)
        self.note_text.setPlaceholderText(QCoreApplication.translate("case_notes", "Bijvoorbeeld: moeder belde over …"))
        self.note_text.setFixedHeight(80)
        box.addWidget(self.note_text)
        self.for_pupil = QCheckBox(
            QCoreApplication.translate("case_notes", "Hoort bij de leerling (ook zichtbaar bij andere casussen)")
        )
        named(self.for_pupil, QCoreApplication.translate("case_notes", "Notitie hoort bij de leerling"))
        self.note_error = styled_label("", "error")
        self.note_error.setVisible(False)
        box.addWidget(self.note_error)
        self.add_note_button = button(
            QCoreApplication.translate("case_notes", "Notitie toevoegen"),
            QCoreApplication.translate("case_notes", "Notitie toevoegen"),
            self.save_note,
            primary=True,
        )
        self.edit_note_button = button(
            QCoreApplication.translate("case_notes", "Wijzigen"),
            QCoreApplication.translate("case_notes", "Geselecteerde notitie wijzigen"),
            self.start_edit,
        )
        self.edit_note_button.setEnabled(False)
        box.addWidget(flow_row([self.add_note_button, self.edit_note_button, self.for_pupil]))
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
        self._show_attachments(pupil_id, case_id)
        self._note_selected()
        self._attachment_selected()

    # -- notes ----------------------------------------------------------------------------------
    def selected_note(self) -> Note | None:
        rows = self.note_list.selectedIndexes()
        return self.notes[rows[0].row()] if rows else None

    def _note_selected(self) -> None:
        note = self.selected_note()
        self.edit_note_button.setEnabled(note is not None and self.context.services.notes.may_edit(note))
        earlier = QCoreApplication.translate("case_notes", "Eerder ({when}): {text}")
        lines = [
            earlier.format(when=short_date_time(v.written_at), text=v.text) for v in (note.history if note else ())
        ]
        self.history.setText("\n".join(lines))
        self.history.setVisible(bool(lines))

    def start_edit(self) -> None:
        note = self.selected_note()
        if note is not None:
            self.editing = note.id
            self.note_text.setPlainText(note.text)
            self.add_note_button.setText(QCoreApplication.translate("case_notes", "Wijziging opslaan"))
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
        self.add_note_button.setText(QCoreApplication.translate("case_notes", "Notitie toevoegen"))
        self.note_text.clear()
        self.note_error.setVisible(False)
        self.show_case(pupil_id, self.case_id)
        return True

    # -- attachments ----------------------------------------------------------------------------
    def add_file(self) -> bool:
        pupil_id = self.pupil_id
        if pupil_id is None:  # nothing shown yet
            return False
        path = messages.ask_open_path(
            self, QCoreApplication.translate("case_notes", "Bijlage kiezen"), Path.home(), file_filter()
        )
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
            self,
            QCoreApplication.translate("case_notes", "Bijlage openen"),
            lambda: self.context.services.attachments.open_copy(chosen.id),
            self.context.home,
        )
        return path is not None and open_in_program(path)

    def delete_selected(self) -> bool:
        chosen, pupil_id = self.selected_attachment(), self.pupil_id
        if (
            chosen is None
            or pupil_id is None
            or not messages.confirm(
                self,
                QCoreApplication.translate("case_notes", "Bijlage verwijderen"),
                QCoreApplication.translate("case_notes", "'{title}' verwijderen? Dit kan niet ongedaan worden.").format(
                    title=chosen.title
                ),
            )
        ):
            return False

        def delete() -> bool:
            self.context.services.attachments.delete(chosen.id)
            return True

        done = messages.attempt(
            self, QCoreApplication.translate("case_notes", "Bijlage verwijderen"), delete, self.context.home
        )
        self.show_case(pupil_id, self.case_id)
        return bool(done)

    @staticmethod
    def _problem(label: QLabel, text: str) -> bool:
        label.setText(text)
        label.setVisible(True)
        return False
