"""The saved forms of a case (every version, opened read-only with their own definition)
and the audit trail of the case (who did what, when — ids and actions only)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ibdesk.services import audit
from ibdesk.services.actors import shown_actor
from ibdesk.services.forms import SavedForm
from ibdesk.services.guidance import CaseOverview
from ibdesk.text.dates import short_date_time, short_or_time
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.pages.parts import panel, row
from ibdesk.ui.widgets import named, styled_label


def make_table(name: str, columns: Sequence[str], widths: Sequence[int], stretch: int | None = None) -> QTableWidget:
    """A read-only table; `stretch` is the column that takes the free width (default: the last)."""
    table = QTableWidget(0, len(columns))
    named(table, name)
    table.setHorizontalHeaderLabels(list(columns))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(28)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    header.setStretchLastSection(stretch is None)
    for index, width in enumerate(widths):
        table.setColumnWidth(index, width)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(r, c, item)


class FormsPanel(QWidget):
    def __init__(self, on_open: Callable[[int], object], parent: QWidget | None = None):
        super().__init__(parent)
        self._on_open = on_open
        self.saved: list[SavedForm] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        frame, inner = panel(QCoreApplication.translate("case_records", "Opgeslagen formulieren van deze casus"))
        inner.addWidget(
            styled_label(
                QCoreApplication.translate(
                    "case_records",
                    "Elke keer opslaan bewaart een nieuwe versie. Eerdere versies openen alleen "
                    "lezen, met de formulierdefinitie waarmee ze zijn ingevuld. Een concept is "
                    "nog niet af: het telt niet mee als bewijs en gaat niet mee in een export.",
                ),
                "hint",
            )
        )
        self.table = make_table(
            QCoreApplication.translate("case_records", "Opgeslagen formulieren"),
            [
                QCoreApplication.translate("case_records", "Formulier"),
                QCoreApplication.translate("case_records", "Stap"),
                QCoreApplication.translate("case_records", "Versie"),
                QCoreApplication.translate("case_records", "Opgeslagen"),
                QCoreApplication.translate("case_records", "Door"),
                QCoreApplication.translate("case_records", "Stand"),
            ],
            (230, 200, 95, 130, 80, 190),
            stretch=1,
        )
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        inner.addWidget(self.table, 1)
        self.open_button = button(
            QCoreApplication.translate("case_records", "Openen (alleen lezen)"),
            QCoreApplication.translate("case_records", "Geselecteerd formulier openen, alleen lezen"),
            lambda: self.open_row(self.table.currentRow()),
        )
        inner.addLayout(row(self.open_button))
        layout.addWidget(frame)

    def show_forms(self, ov: CaseOverview, saved: list[SavedForm]) -> None:
        steps = {s.id: s.title for s in ov.route.steps} if ov.route else {}
        self.saved = list(reversed(saved))  # newest first
        seen: set[tuple[str, str | None]] = set()
        rows = []
        for f in self.saved:
            key = (f.form_id, f.step_id)
            state = (
                (
                    QCoreApplication.translate("case_records", "Concept · nieuwste")
                    if key not in seen
                    else QCoreApplication.translate("case_records", "Concept · eerdere versie")
                )
                if f.concept
                else (
                    QCoreApplication.translate("case_records", "Definitief · nieuwste")
                    if key not in seen
                    else QCoreApplication.translate("case_records", "Definitief · eerdere versie")
                )
            )
            seen.add(key)
            rows.append(
                [
                    f.title,
                    steps.get(f.step_id or "", f.step_id or "—"),
                    QCoreApplication.translate("case_records", "formulier v{version}").format(version=f.form_version),
                    short_or_time(f.saved_at),
                    shown_actor(f.saved_by),
                    state,
                ]
            )
        fill(self.table, rows)

    def open_row(self, r: int) -> None:
        if 0 <= r < len(self.saved):
            self._on_open(self.saved[r].id)


class AuditPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        frame, inner = panel(QCoreApplication.translate("case_records", "Wie deed wat met deze casus"))
        inner.addWidget(
            styled_label(
                QCoreApplication.translate(
                    "case_records",
                    "Uit het beveiligde logboek (audit trail): alleen wie, wat, wanneer en het "
                    "nummer van het gegeven — nooit de inhoud.",
                ),
                "hint",
            )
        )
        self.table = make_table(
            QCoreApplication.translate("case_records", "Logboek van deze casus"),
            [
                QCoreApplication.translate("case_records", "Tijdstip"),
                QCoreApplication.translate("case_records", "Wie"),
                QCoreApplication.translate("case_records", "Actie"),
                QCoreApplication.translate("case_records", "Onderdeel"),
                QCoreApplication.translate("case_records", "Details"),
            ],
            (160, 100, 200, 130),
        )
        inner.addWidget(self.table, 1)
        layout.addWidget(frame)

    def show_entries(self, entries) -> None:
        fill(
            self.table,
            [
                [
                    short_date_time(e.at, seconds=True),
                    shown_actor(e.actor),
                    audit.ACTION_LABELS.get(e.action, e.action),
                    f"{audit.ENTITY_LABELS.get(e.entity, e.entity)} {e.entity_id or ''}".strip(),
                    e.detail or "",
                ]
                for e in entries
            ],
        )
