"""The two steps of Leerlingen → Importeren… that show something: the CSV column mapping and
the preview (new, changed field by field, no longer in the export, problems per row)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHeaderView, QLabel, QTabWidget, QVBoxLayout, QWidget

from ibdesk.importing.csvfile import DELIMITER_NAMES, TARGETS, Table
from ibdesk.importing.model import Incoming, Problem
from ibdesk.importing.plan import Leaving, Plan, shown
from ibdesk.ui.kit.banner import Banner
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.models import CheckableRecordModel, Column, RecordTableModel, SearchProxy, natural_key, surname_key
from ibdesk.ui.pages.parts import WrapDelegate, row
from ibdesk.ui.pages.table import make_table
from ibdesk.ui.widgets import named, styled_label

UNUSED = "(niet gebruiken)"


class MappingStep(QWidget):
    """Which column of the CSV holds what; a sample value from the file next to each choice."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(styled_label("Welke kolom is wat?", "sectionTitle", wrap=False))
        self.note = styled_label("", "hint")
        layout.addWidget(self.note)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        self.boxes: dict[str, QComboBox] = {}
        self.samples: dict[str, QLabel] = {}
        for index, (target, (label, required)) in enumerate(TARGETS.items()):
            caption = QLabel(f"{label}{' *' if required else ''}")
            box = QComboBox()
            box.setMinimumWidth(220)
            named(box, f"Kolom voor {label.lower()}")
            caption.setBuddy(box)
            sample = styled_label("", "hint", wrap=False)
            box.currentTextChanged.connect(lambda _text, t=target: self._show_sample(t))
            grid.addWidget(caption, index, 0)
            grid.addWidget(box, index, 1)
            grid.addWidget(sample, index, 2)
            self.boxes[target], self.samples[target] = box, sample
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        layout.addWidget(
            styled_label(
                "* nodig. Zonder leerlingnummer koppelt ibdesk alleen op naam en "
                "geboortedatum, en herkent het niet wie van school is gegaan.",
                "hint",
            )
        )
        layout.addStretch(1)
        self.table: Table | None = None

    def show_table(self, table: Table, mapping: dict[str, str], remembered: bool) -> None:
        self.table = table
        self.note.setText(
            (
                "Dit is de kolomindeling die u eerder voor uw school koos. "
                if remembered
                else "ibdesk herkende deze kolommen aan hun namen. "
            )
            + f"Het bestand heeft {len(table.columns)} kolommen (gescheiden door een "
            f"{DELIMITER_NAMES[table.delimiter]}) en {len(table.rows)} rijen. "
            "Controleer de keuzes; ibdesk onthoudt ze voor de volgende keer."
        )
        for target, box in self.boxes.items():
            box.blockSignals(True)
            box.clear()
            box.addItems([UNUSED, *table.columns])
            box.setCurrentText(mapping.get(target) or UNUSED)
            box.blockSignals(False)
            self._show_sample(target)

    def mapping(self) -> dict[str, str]:
        return {t: box.currentText() for t, box in self.boxes.items() if box.currentText() not in ("", UNUSED)}

    def _show_sample(self, target: str) -> None:
        column = self.boxes[target].currentText()
        value = self.table.sample(column) if self.table and column in self.table.columns else ""
        self.samples[target].setText(f"bijvoorbeeld: {value}" if value else "")


@dataclass(frozen=True)
class ChangeLine:
    name: str
    what: str
    old: str
    new: str
    effect: str


NEW_COLUMNS: list[Column[Incoming]] = [
    Column("Naam", lambda p: p.name, lambda p: surname_key(p.last_name or ""), 260),
    Column("Groep", lambda p: p.group or "", None, 130),
    Column("Geboren", lambda p: shown(p.birth_date), lambda p: p.birth_date, 110),
    Column("Regel", lambda p: str(p.line), lambda p: p.line, 70),
]
CHANGE_COLUMNS: list[Column[ChangeLine]] = [
    Column("Leerling", lambda c: c.name, None, 200),
    Column("Wat", lambda c: c.what, None, 120),
    Column("Nu in ibdesk", lambda c: c.old, None, 150),
    Column("In de export", lambda c: c.new, None, 150),
    Column("Gevolg", lambda c: c.effect, None, 200),
]
LEAVING_COLUMNS: list[Column[Leaving]] = [
    Column("Leerling", lambda item: item.stored.name, None, 240),
    Column("Groep", lambda item: item.stored.group, None, 130),
    Column("Vertrokken per", lambda item: shown(item.on), lambda item: item.on, 130),
    Column("Waarom", lambda item: item.reason, None, 200),
]
PROBLEM_COLUMNS: list[Column[Problem]] = [
    Column("Regel", lambda p: str(p.line or ""), lambda p: p.line or 0, 70),
    Column("Leerling", lambda p: p.who, lambda p: natural_key(p.who), 200),
    Column("Probleem", lambda p: p.message, None, 500),
]


def change_lines(plan: Plan) -> list[ChangeLine]:
    lines = []
    for update in plan.updates:
        name = update.stored.name
        lines += [ChangeLine(name, c.label, shown(c.old), shown(c.new), "wordt bijgewerkt") for c in update.changes]
        if update.new_key:
            lines.append(
                ChangeLine(name, "administratiesleutel", shown(update.stored.key), update.new_key, "wordt gekoppeld")
            )
        lines += [
            ChangeLine(name, c.label, shown(c.old), shown(c.new), "niet overgenomen: in ibdesk ingevuld")
            for c in update.kept
        ]
    return lines


class PlanView(QWidget):
    """The preview: a summary, warnings, and one tab per kind of change."""

    leaving_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.summary = styled_label("", "cardTitle")
        layout.addWidget(self.summary)
        self.banner = Banner()
        self.banner.setVisible(False)
        layout.addWidget(self.banner)
        self.tabs = QTabWidget()
        named(self.tabs, "Wat de import verandert")
        layout.addWidget(self.tabs, 1)
        self.new_model, self.new_table = self._tab(NEW_COLUMNS, "Nieuwe leerlingen", RecordTableModel)
        self.change_model, self.change_table = self._tab(CHANGE_COLUMNS, "Gewijzigde leerlingen", RecordTableModel)
        self.leaving_model, self.leaving_table, self.leaving_box = self._leaving_tab()
        self.problem_model, self.problem_table = self._tab(PROBLEM_COLUMNS, "Problemen per rij", RecordTableModel)
        self.problem_table.setWordWrap(True)
        self.problem_table.setItemDelegate(WrapDelegate(self.problem_table, [2]))
        self.problem_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _tab(self, columns, name: str, model_class, into: QVBoxLayout | None = None):
        model = model_class(columns, self)
        proxy = SearchProxy(self)
        proxy.setSourceModel(model)
        table = make_table(proxy, columns, name)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        if into is None:
            self.tabs.addTab(table, name)
        else:
            into.addWidget(table, 1)
        return model, table

    def _leaving_tab(self):
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(
            styled_label(
                "Aangevinkte leerlingen krijgen de datum van vertrek; dat start hun "
                "bewaartermijn. Een import verwijdert nooit een leerling.",
                "hint",
            )
        )
        model, table = self._tab(LEAVING_COLUMNS, "Leerlingen niet meer in de export", CheckableRecordModel, layout)
        model.dataChanged.connect(lambda *_: self.leaving_changed.emit())
        self.check_all = button(
            "Alles aanvinken", "Alle leerlingen als vertrokken aanvinken", lambda: self._set_all(True)
        )
        self.check_none = button(
            "Niets aanvinken", "Geen leerling als vertrokken aanvinken", lambda: self._set_all(False)
        )
        layout.addLayout(row(self.check_all, self.check_none))
        self.tabs.addTab(box, "Niet meer in de export")
        return model, table, box

    def _set_all(self, on: bool) -> None:
        self.leaving_model.set_all(on)
        self.leaving_changed.emit()

    def show_plan(self, plan: Plan) -> None:
        self.summary.setText(f"Dit verandert: {plan.summary()}.")
        notes = list(plan.warnings)
        if plan.new and plan.municipality and not plan.export.gives_municipality:
            notes.append(
                f"De export geeft geen woongemeente: nieuwe leerlingen krijgen de gemeente van de school "
                f"({plan.municipality}). Pas die aan bij leerlingen die elders wonen."
            )
        if plan.only_in_ibdesk:
            notes.append(
                f"{plan.only_in_ibdesk} leerling(en) staan alleen in ibdesk (nooit geïmporteerd); die "
                "blijven zoals ze zijn."
            )
        self.banner.show_text("warn", "Let op", notes)
        self.banner.setVisible(bool(notes))
        changes = change_lines(plan)
        self.new_model.set_rows(plan.new)
        self.change_model.set_rows(changes)
        self.leaving_model.set_rows(plan.leaving)
        self.problem_model.set_rows(plan.problems)
        counts = [len(plan.new), len(changes), len(plan.leaving), len(plan.problems)]
        titles = ["Nieuw", "Gewijzigd", "Niet meer in de export", "Problemen"]
        for index, (title, count) in enumerate(zip(titles, counts)):
            self.tabs.setTabText(index, f"{title} ({count})")
            self.tabs.setTabEnabled(index, count > 0)
        self.tabs.setCurrentIndex(next((i for i, c in enumerate(counts) if c), 0))

    def leave_ids(self) -> list[int]:
        return [item.stored.id for item in self.leaving_model.checked()]

    def set_leaving(self, row_index: int, on: bool = True) -> None:
        self.leaving_model.set_checked(row_index, on)
        self.leaving_changed.emit()
