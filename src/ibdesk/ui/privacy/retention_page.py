"""Bewaartermijnen: what has passed its retention period, deleting it (after confirmation),
and the automatic policy."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QTableWidgetItem

from ibdesk.domain.retention import PERIODS, KIND_LABELS, Expired
from ibdesk.services import ui_queries
from ibdesk.ui import messages
from ibdesk.ui.pages.base import Context, Page
from ibdesk.ui.pages.case_records import make_table
from ibdesk.ui.pages.parts import PAGE_STYLE, BulletList, button, nl, panel, row
from ibdesk.ui.widgets import named, styled_label


class RetentionPage(Page):
    title = "Bewaartermijnen"
    subtitle = "Gegevens die langer zijn bewaard dan mag. Verwijderen is definitief."
    back_requested = Signal()

    def __init__(self, context: Context):
        super().__init__(context)
        self.setStyleSheet(PAGE_STYLE)
        self.items: list[tuple[Expired, str]] = []
        self.back_button = button("← Terug", "Terug naar Instellingen", self.back_requested.emit)
        self.body.insertLayout(0, row(self.back_button))
        rules_frame, rules = panel("De termijnen")
        lines = BulletList()
        lines.set_lines([f"{KIND_LABELS[k]}: {text}" for k, (_m, text) in PERIODS.items()])
        rules.addWidget(lines)
        self.body.addWidget(rules_frame)
        frame, inner = panel("Over de termijn")
        self.table = make_table("Gegevens over de bewaartermijn", ["Leerling", "Wat", "Termijn", "Verlopen sinds"],
                                (230, 250, 260))
        inner.addWidget(self.table, 1)
        self.empty = styled_label("Er is niets dat over de bewaartermijn is.", "ok")
        inner.addWidget(self.empty)
        self.select_all = button("Alles selecteren", "Alle regels selecteren", lambda: self._check_all(True))
        self.delete_button = button("Geselecteerde verwijderen…", "Geselecteerde gegevens definitief verwijderen",
                                    self.delete_selected)
        inner.addLayout(row(self.select_all, self.delete_button))
        self.result = styled_label("", "ok")
        self.result.setVisible(False)
        inner.addWidget(self.result)
        self.body.addWidget(frame, 1)
        policy_frame, policy = panel("Automatisch beleid")
        self.auto = QCheckBox("Gegevens automatisch verwijderen zodra de bewaartermijn voorbij is "
                              "(bij het openen van ibdesk)")
        named(self.auto, "Automatisch verwijderen na de bewaartermijn")
        self.auto.toggled.connect(self._set_auto)
        policy.addWidget(self.auto)
        policy.addWidget(styled_label("Uit: ibdesk toont wat over de termijn is en u beslist. Het logboek bewaart "
                                      "alleen dát er iets is verwijderd, nooit de inhoud.", "hint"))
        self.body.addWidget(policy_frame)

    def refresh(self) -> None:
        messages.attempt(self, "Bewaartermijnen", self._load, self.context.home)

    def _load(self) -> None:
        self.items = self.context.services.retention.overview()
        self.table.setRowCount(len(self.items))
        for r, (item, name) in enumerate(self.items):
            for c, value in enumerate((name, item.label, item.rule, nl(item.since))):
                cell = QTableWidgetItem(value)
                if c == 0:
                    cell.setFlags(cell.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    cell.setCheckState(Qt.CheckState.Unchecked)
                self.table.setItem(r, c, cell)
        self.table.setVisible(bool(self.items))
        self.empty.setVisible(not self.items)
        self.select_all.setEnabled(bool(self.items))
        self.delete_button.setEnabled(bool(self.items))
        self.auto.blockSignals(True)
        self.auto.setChecked(ui_queries.retention_auto(self.context.store))
        self.auto.blockSignals(False)

    def _check_all(self, on: bool) -> None:
        for r in range(self.table.rowCount()):
            self.table.item(r, 0).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def set_checked(self, row_index: int, on: bool = True) -> None:
        self.table.item(row_index, 0).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def checked(self) -> list[tuple[Expired, str]]:
        return [self.items[r] for r in range(self.table.rowCount())
                if self.table.item(r, 0).checkState() == Qt.CheckState.Checked]

    def delete_selected(self) -> int:
        chosen = self.checked()
        if not chosen:
            messages.show_info(self, "Bewaartermijnen", "Vink eerst aan wat u wilt verwijderen.")
            return 0
        names = "\n".join(f"• {name}: {item.label.lower()}" for item, name in chosen)
        if not messages.confirm(self, "Definitief verwijderen?",
                                f"Deze gegevens worden definitief verwijderd, ook uit de automatische back-ups:\n\n"
                                f"{names}\n\nDit kan niet ongedaan worden gemaakt. Doorgaan?",
                                yes="Verwijderen", no="Annuleren"):
            return 0
        count = messages.attempt(self, "Niet verwijderd", lambda: self.context.services.retention.delete(
            [item for item, _ in chosen], confirmed=True), self.context.home)
        if count:
            self.result.setText(f"{count} {'onderdeel' if count == 1 else 'onderdelen'} verwijderd.")
            self.result.setVisible(True)
        self.refresh()
        return count or 0

    def _set_auto(self, on: bool) -> None:
        messages.attempt(self, "Bewaartermijnen", lambda: ui_queries.set_retention_auto(self.context.store, on),
                         self.context.home)
