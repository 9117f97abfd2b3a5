"""The attachments half of 'Notities en bijlagen' (ui/pages/case_notes.py): the table of files
kept encrypted in the store, the title, kind and privacy category of a new one. Adding, opening
and deleting stay with the NotesPanel."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from ibdesk.i18n import tr_marked
from ibdesk.services.actors import shown_actor
from ibdesk.services.attachments import ATTACHMENT_CATEGORIES, DEFAULT_CATEGORY, KINDS
from ibdesk.text.dates import short_or_time
from ibdesk.text.numbers import file_size
from ibdesk.ui.flow import flow_row
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.kit.translate import translated
from ibdesk.ui.pages.base import Context
from ibdesk.ui.pages.parts import panel, row
from ibdesk.ui.widgets import line_edit, named, styled_label

ATTACHMENT_COLUMNS = [
    QT_TRANSLATE_NOOP("case_attachments", "Titel"),
    QT_TRANSLATE_NOOP("case_attachments", "Soort"),
    QT_TRANSLATE_NOOP("case_attachments", "Soort gegevens"),
    QT_TRANSLATE_NOOP("case_attachments", "Grootte"),
    QT_TRANSLATE_NOOP("case_attachments", "Toegevoegd"),
]
LAST_COLUMN_MAX = 240  # px; the full text is the cell's tooltip


class AttachmentsPart:
    """Mixed into the NotesPanel (a QWidget), which provides `add_file`, `open_selected` and
    `delete_selected`."""

    context: Context
    attachments: list

    def add_file(self) -> bool:
        raise NotImplementedError

    def open_selected(self) -> bool:
        raise NotImplementedError

    def delete_selected(self) -> bool:
        raise NotImplementedError

    def _attachments_part(self) -> QWidget:
        frame, box = panel(QCoreApplication.translate("case_attachments", "Bijlagen"))
        box.addWidget(
            styled_label(
                QCoreApplication.translate(
                    "case_attachments",
                    "Bestanden worden versleuteld in ibdesk bewaard, niet als los bestand. De soort "
                    "gegevens bepaalt met wie een bijlage gedeeld mag worden.",
                ),
                "hint",
            )
        )
        self.table = QTableWidget(0, len(ATTACHMENT_COLUMNS))
        named(self.table, QCoreApplication.translate("case_attachments", "Bijlagen"))
        self.table.setHorizontalHeaderLabels([translated("case_attachments", str(c)) for c in ATTACHMENT_COLUMNS])
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
        self.no_attachments = styled_label(
            QCoreApplication.translate("case_attachments", "Nog geen bijlagen. Kies hieronder een bestand."), "hint"
        )
        box.addWidget(self.no_attachments)
        self.title = line_edit(
            QCoreApplication.translate("case_attachments", "Titel van de bijlage"),
            QCoreApplication.translate("case_attachments", "bijvoorbeeld: Verslag jeugdarts maart"),
        )
        self.kind = QComboBox()
        named(self.kind, QCoreApplication.translate("case_attachments", "Soort bijlage"))
        for key, label in KINDS.items():
            self.kind.addItem(tr_marked(label), key)
        self.category = QComboBox()
        named(self.category, QCoreApplication.translate("case_attachments", "Soort gegevens"))
        for key, label in ATTACHMENT_CATEGORIES.items():
            self.category.addItem(tr_marked(label), key)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        labels = [
            QLabel(QCoreApplication.translate("case_attachments", "Titel:")),
            QLabel(QCoreApplication.translate("case_attachments", "Soort:")),
            QLabel(QCoreApplication.translate("case_attachments", "Gegevens:")),
        ]
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
            QCoreApplication.translate("case_attachments", "Bestand kiezen en toevoegen…"),
            QCoreApplication.translate("case_attachments", "Bestand kiezen en als bijlage toevoegen"),
            self.add_file,
            primary=True,
        )
        self.open_button = button(
            QCoreApplication.translate("case_attachments", "Openen"),
            QCoreApplication.translate("case_attachments", "Geselecteerde bijlage openen"),
            self.open_selected,
        )
        self.delete_button = button(
            QCoreApplication.translate("case_attachments", "Verwijderen…"),
            QCoreApplication.translate("case_attachments", "Geselecteerde bijlage verwijderen"),
            self.delete_selected,
        )
        self.open_button.setEnabled(False)
        self.delete_button.setEnabled(False)
        box.addWidget(flow_row([self.add_file_button, self.open_button, self.delete_button]))
        self._kind_changed()
        return frame

    def _show_attachments(self, pupil_id: int, case_id: int | None) -> None:
        """The files of the case (or of the pupil and all its cases, with the case number)."""
        pupil_view = case_id is None
        self.attachments = self.context.services.attachments.attachments(pupil_id, case_id)
        self.table.setRowCount(len(self.attachments))
        for r, a in enumerate(self.attachments):
            where = (
                QCoreApplication.translate("case_attachments", " · casus {number}").format(number=a.case_id)
                if pupil_view and a.case_id is not None
                else ""
            )
            for c, value in enumerate(
                (
                    a.title,
                    a.kind_label,
                    a.category_label,
                    file_size(a.size),
                    QCoreApplication.translate("case_attachments", "{when} door {who}").format(
                        when=short_or_time(a.added_at), who=shown_actor(a.added_by)
                    )
                    + where,
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

    def _kind_changed(self) -> None:
        wanted = DEFAULT_CATEGORY.get(self.kind.currentData(), "support_history")
        self.category.setCurrentIndex(max(0, self.category.findData(wanted)))

    def selected_attachment(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.attachments[rows[0].row()] if rows else None

    def _attachment_selected(self) -> None:
        chosen = self.selected_attachment() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
