"""The two steps of Leerlingen → Importeren… that show something: the CSV column mapping and
the preview (new, changed field by field, no longer in the export, problems per row)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHeaderView, QLabel, QTabWidget, QVBoxLayout, QWidget

from ibdesk.i18n import tr_marked
from ibdesk.importing.csvfile import DELIMITER_NAMES, TARGETS, Table
from ibdesk.importing.model import Incoming, Problem
from ibdesk.importing.plan import Leaving, Plan, shown
from ibdesk.ui.kit.banner import Banner
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.kit.translate import QT_TRANSLATE_NOOP, translated
from ibdesk.ui.models import CheckableRecordModel, Column, RecordTableModel, SearchProxy, natural_key, surname_key
from ibdesk.ui.pages.parts import WrapDelegate, row
from ibdesk.ui.pages.table import make_table
from ibdesk.ui.widgets import named, styled_label

# How the mapping step explains the importer's targets (csvfile.TARGETS; the CSV headers it
# recognises stay as they are) and the delimiters, in the UI's language.
TARGET_LABELS = {
    "leerlingnummer": QT_TRANSLATE_NOOP("pupil_import_parts", "Leerlingnummer"),
    "roepnaam": QT_TRANSLATE_NOOP("pupil_import_parts", "Roepnaam"),
    "tussenvoegsel": QT_TRANSLATE_NOOP("pupil_import_parts", "Tussenvoegsel"),
    "achternaam": QT_TRANSLATE_NOOP("pupil_import_parts", "Achternaam"),
    "geboortedatum": QT_TRANSLATE_NOOP("pupil_import_parts", "Geboortedatum"),
    "groep": QT_TRANSLATE_NOOP("pupil_import_parts", "Groep of klas"),
    "woongemeente": QT_TRANSLATE_NOOP("pupil_import_parts", "Woongemeente"),
    "inschrijfdatum": QT_TRANSLATE_NOOP("pupil_import_parts", "Ingeschreven op"),
    "uitschrijfdatum": QT_TRANSLATE_NOOP("pupil_import_parts", "Uitgeschreven op"),
}
DELIMITERS = {
    ";": QT_TRANSLATE_NOOP("pupil_import_parts", "puntkomma"),
    ",": QT_TRANSLATE_NOOP("pupil_import_parts", "komma"),
    "\t": QT_TRANSLATE_NOOP("pupil_import_parts", "tab"),
    "|": QT_TRANSLATE_NOOP("pupil_import_parts", "verticale streep"),
}


def target_label(target: str) -> str:
    label = TARGET_LABELS.get(target)
    return translated("pupil_import_parts", label) if label else TARGETS[target][0]


def delimiter_name(delimiter: str) -> str:
    name = DELIMITERS.get(delimiter)
    return translated("pupil_import_parts", name) if name else DELIMITER_NAMES.get(delimiter, delimiter)


def columns_shown(columns: list) -> list:
    """A table's columns with their (marked) titles in the UI's language."""
    return [replace(column, title=translated("pupil_import_parts", column.title)) for column in columns]


class MappingStep(QWidget):
    """Which column of the CSV holds what; a sample value from the file next to each choice."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(
            styled_label(
                QCoreApplication.translate("pupil_import_parts", "Welke kolom is wat?"), "sectionTitle", wrap=False
            )
        )
        self.note = styled_label("", "hint")
        layout.addWidget(self.note)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        self.boxes: dict[str, QComboBox] = {}
        self.samples: dict[str, QLabel] = {}
        self.unused = QCoreApplication.translate("pupil_import_parts", "(niet gebruiken)")
        for index, (target, (_label, required)) in enumerate(TARGETS.items()):
            label = target_label(target)
            caption = QLabel(f"{label}{' *' if required else ''}")
            box = QComboBox()
            box.setMinimumWidth(220)
            named(
                box, QCoreApplication.translate("pupil_import_parts", "Kolom voor {field}").format(field=label.lower())
            )
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
                QCoreApplication.translate(
                    "pupil_import_parts",
                    "* nodig. Zonder leerlingnummer koppelt ibdesk alleen op naam en "
                    "geboortedatum, en herkent het niet wie van school is gegaan.",
                ),
                "hint",
            )
        )
        layout.addStretch(1)
        self.table: Table | None = None

    def show_table(self, table: Table, mapping: dict[str, str], remembered: bool) -> None:
        self.table = table
        origin = (
            QCoreApplication.translate(
                "pupil_import_parts", "Dit is de kolomindeling die u eerder voor uw school koos."
            )
            if remembered
            else QCoreApplication.translate("pupil_import_parts", "ibdesk herkende deze kolommen aan hun namen.")
        )
        shape = QCoreApplication.translate(
            "pupil_import_parts",
            "Het bestand heeft {columns} kolommen (gescheiden door een {delimiter}) en {rows} rijen. "
            "Controleer de keuzes; ibdesk onthoudt ze voor de volgende keer.",
        ).format(columns=len(table.columns), delimiter=delimiter_name(table.delimiter), rows=len(table.rows))
        self.note.setText(f"{origin} {shape}")
        for target, box in self.boxes.items():
            box.blockSignals(True)
            box.clear()
            box.addItems([self.unused, *table.columns])
            box.setCurrentText(mapping.get(target) or self.unused)
            box.blockSignals(False)
            self._show_sample(target)

    def mapping(self) -> dict[str, str]:
        return {t: box.currentText() for t, box in self.boxes.items() if box.currentText() not in ("", self.unused)}

    def _show_sample(self, target: str) -> None:
        column = self.boxes[target].currentText()
        value = self.table.sample(column) if self.table and column in self.table.columns else ""
        self.samples[target].setText(
            QCoreApplication.translate("pupil_import_parts", "bijvoorbeeld: {value}").format(value=value)
            if value
            else ""
        )


@dataclass(frozen=True)
class ChangeLine:
    name: str
    what: str
    old: str
    new: str
    effect: str


NEW_COLUMNS: list[Column[Incoming]] = [
    Column(
        QT_TRANSLATE_NOOP("pupil_import_parts", "Naam"), lambda p: p.name, lambda p: surname_key(p.last_name or ""), 260
    ),
    Column(QT_TRANSLATE_NOOP("pupil_import_parts", "Groep"), lambda p: p.group or "", None, 130),
    Column(
        QT_TRANSLATE_NOOP("pupil_import_parts", "Geboren"), lambda p: shown(p.birth_date), lambda p: p.birth_date, 110
    ),
    Column(QT_TRANSLATE_NOOP("pupil_import_parts", "Regel"), lambda p: str(p.line), lambda p: p.line, 70),
]
CHANGE_COLUMNS: list[Column[ChangeLine]] = [
    Column(QT_TRANSLATE_NOOP("pupil_import_parts", "Leerling"), lambda c: c.name, None, 200),
    Column(QT_TRANSLATE_NOOP("pupil_import_parts", "Wat"), lambda c: c.what, None, 120),
    Column(QT_TRANSLATE_NOOP("pupil_import_parts", "Nu in ibdesk"), lambda c: c.old, None, 150),
    Column(QT_TRANSLATE_NOOP("pupil_import_parts", "In de export"), lambda c: c.new, None, 150),
    Column(QT_TRANSLATE_NOOP("pupil_import_parts", "Gevolg"), lambda c: c.effect, None, 200),
]
LEAVING_COLUMNS: list[Column[Leaving]] = [
    Column(QT_TRANSLATE_NOOP("pupil_import_parts", "Leerling"), lambda item: item.stored.name, None, 240),
    Column(QT_TRANSLATE_NOOP("pupil_import_parts", "Groep"), lambda item: item.stored.group, None, 130),
    Column(
        QT_TRANSLATE_NOOP("pupil_import_parts", "Vertrokken per"),
        lambda item: shown(item.on),
        lambda item: item.on,
        130,
    ),
    Column(QT_TRANSLATE_NOOP("pupil_import_parts", "Waarom"), lambda item: tr_marked(item.reason), None, 200),
]
PROBLEM_COLUMNS: list[Column[Problem]] = [
    Column(QT_TRANSLATE_NOOP("pupil_import_parts", "Regel"), lambda p: str(p.line or ""), lambda p: p.line or 0, 70),
    Column(QT_TRANSLATE_NOOP("pupil_import_parts", "Leerling"), lambda p: p.who, lambda p: natural_key(p.who), 200),
    Column(QT_TRANSLATE_NOOP("pupil_import_parts", "Probleem"), lambda p: p.message, None, 500),
]


def plan_summary(plan: Plan) -> str:
    """What the import will change, in the UI's language (the counts of `Plan.summary`)."""
    problems = len(plan.problems)
    if problems == 1:
        counted = QCoreApplication.translate("pupil_import_parts", "{n} probleem").format(n=problems)
    else:
        counted = QCoreApplication.translate("pupil_import_parts", "{n} problemen").format(n=problems)
    return QCoreApplication.translate(
        "pupil_import_parts",
        "Dit verandert: {new} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd, {leaving} niet meer in de "
        "export, {problems}.",
    ).format(
        new=len(plan.new),
        updated=len(plan.written),
        unchanged=plan.unchanged,
        leaving=len(plan.leaving),
        problems=counted,
    )


def change_lines(plan: Plan) -> list[ChangeLine]:
    lines = []
    for update in plan.updates:
        name = update.stored.name
        lines += [
            ChangeLine(
                name,
                tr_marked(c.label),
                shown(c.old),
                shown(c.new),
                QCoreApplication.translate("pupil_import_parts", "wordt bijgewerkt"),
            )
            for c in update.changes
        ]
        if update.new_key:
            lines.append(
                ChangeLine(
                    name,
                    QCoreApplication.translate("pupil_import_parts", "administratiesleutel"),
                    shown(update.stored.key),
                    update.new_key,
                    QCoreApplication.translate("pupil_import_parts", "wordt gekoppeld"),
                )
            )
        lines += [
            ChangeLine(
                name,
                tr_marked(c.label),
                shown(c.old),
                shown(c.new),
                QCoreApplication.translate("pupil_import_parts", "niet overgenomen: in ibdesk ingevuld"),
            )
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
        named(self.tabs, QCoreApplication.translate("pupil_import_parts", "Wat de import verandert"))
        layout.addWidget(self.tabs, 1)
        self.new_model, self.new_table = self._tab(
            NEW_COLUMNS, QCoreApplication.translate("pupil_import_parts", "Nieuwe leerlingen"), RecordTableModel
        )
        self.change_model, self.change_table = self._tab(
            CHANGE_COLUMNS, QCoreApplication.translate("pupil_import_parts", "Gewijzigde leerlingen"), RecordTableModel
        )
        self.leaving_model, self.leaving_table, self.leaving_box = self._leaving_tab()
        self.problem_model, self.problem_table = self._tab(
            PROBLEM_COLUMNS, QCoreApplication.translate("pupil_import_parts", "Problemen per rij"), RecordTableModel
        )
        self.problem_table.setWordWrap(True)
        self.problem_table.setItemDelegate(WrapDelegate(self.problem_table, [2]))
        self.problem_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _tab(self, columns, name: str, model_class, into: QVBoxLayout | None = None):
        columns = columns_shown(columns)
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
                QCoreApplication.translate(
                    "pupil_import_parts",
                    "Aangevinkte leerlingen krijgen de datum van vertrek; dat start hun "
                    "bewaartermijn. Een import verwijdert nooit een leerling.",
                ),
                "hint",
            )
        )
        model, table = self._tab(
            LEAVING_COLUMNS,
            QCoreApplication.translate("pupil_import_parts", "Leerlingen niet meer in de export"),
            CheckableRecordModel,
            layout,
        )
        model.dataChanged.connect(lambda *_: self.leaving_changed.emit())
        self.check_all = button(
            QCoreApplication.translate("pupil_import_parts", "Alles aanvinken"),
            QCoreApplication.translate("pupil_import_parts", "Alle leerlingen als vertrokken aanvinken"),
            lambda: self._set_all(True),
        )
        self.check_none = button(
            QCoreApplication.translate("pupil_import_parts", "Niets aanvinken"),
            QCoreApplication.translate("pupil_import_parts", "Geen leerling als vertrokken aanvinken"),
            lambda: self._set_all(False),
        )
        layout.addLayout(row(self.check_all, self.check_none))
        self.tabs.addTab(box, QCoreApplication.translate("pupil_import_parts", "Niet meer in de export"))
        return model, table, box

    def _set_all(self, on: bool) -> None:
        self.leaving_model.set_all(on)
        self.leaving_changed.emit()

    def show_plan(self, plan: Plan) -> None:
        self.summary.setText(plan_summary(plan))
        notes = list(plan.warnings)
        if plan.new and plan.municipality and not plan.export.gives_municipality:
            notes.append(
                QCoreApplication.translate(
                    "pupil_import_parts",
                    "De export geeft geen woongemeente: nieuwe leerlingen krijgen de gemeente van de school "
                    "({municipality}). Pas die aan bij leerlingen die elders wonen.",
                ).format(municipality=plan.municipality)
            )
        if plan.only_in_ibdesk:
            notes.append(
                QCoreApplication.translate(
                    "pupil_import_parts",
                    "{count} leerling(en) staan alleen in ibdesk (nooit geïmporteerd); die blijven zoals ze zijn.",
                ).format(count=plan.only_in_ibdesk)
            )
        self.banner.show_text("warn", QCoreApplication.translate("pupil_import_parts", "Let op"), notes)
        self.banner.setVisible(bool(notes))
        changes = change_lines(plan)
        self.new_model.set_rows(plan.new)
        self.change_model.set_rows(changes)
        self.leaving_model.set_rows(plan.leaving)
        self.problem_model.set_rows(plan.problems)
        counts = [len(plan.new), len(changes), len(plan.leaving), len(plan.problems)]
        titles = [
            QCoreApplication.translate("pupil_import_parts", "Nieuw ({count})"),
            QCoreApplication.translate("pupil_import_parts", "Gewijzigd ({count})"),
            QCoreApplication.translate("pupil_import_parts", "Niet meer in de export ({count})"),
            QCoreApplication.translate("pupil_import_parts", "Problemen ({count})"),
        ]
        for index, (title, count) in enumerate(zip(titles, counts)):
            self.tabs.setTabText(index, title.format(count=count))
            self.tabs.setTabEnabled(index, count > 0)
        self.tabs.setCurrentIndex(next((i for i, c in enumerate(counts) if c), 0))

    def leave_ids(self) -> list[int]:
        return [item.stored.id for item in self.leaving_model.checked()]

    def set_leaving(self, row_index: int, on: bool = True) -> None:
        self.leaving_model.set_checked(row_index, on)
        self.leaving_changed.emit()
