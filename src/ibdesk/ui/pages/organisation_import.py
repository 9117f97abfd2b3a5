"""Contacten → Importeren…: choose an organisations file, see what will change, then import."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ibdesk.domain.organisations import ImportPlan
from ibdesk.i18n import tr_marked
from ibdesk.ui.kit.translate import QT_TRANSLATE_NOOP, translated
from ibdesk.ui.widgets import PageHeader, named, styled_label

ACTION_ORDER = {"nieuw": 0, "bijgewerkt": 1, "ongewijzigd": 2}
# The plan's actions (domain/organisations.py) as the table shows them, in the UI's language.
ACTION_LABELS = {
    "nieuw": QT_TRANSLATE_NOOP("organisation_import", "nieuw"),
    "bijgewerkt": QT_TRANSLATE_NOOP("organisation_import", "bijgewerkt"),
    "ongewijzigd": QT_TRANSLATE_NOOP("organisation_import", "ongewijzigd"),
}


def import_counts(plan: ImportPlan) -> str:
    """'2 nieuw, 0 bijgewerkt, 1 ongewijzigd' (the counts of `ImportPlan.summary`) in the UI's language."""
    c = plan.counts
    return QCoreApplication.translate(
        "organisation_import", "{added} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd"
    ).format(added=c["added"], updated=c["updated"], unchanged=c["unchanged"])


class ImportPreview(QDialog):
    """Every organisation in the file: new, updated (with what) or unchanged. Accept = import."""

    def __init__(self, plan: ImportPlan, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(QCoreApplication.translate("organisation_import", "Organisaties importeren"))
        self.resize(760, 520)
        self.setMinimumSize(560, 380)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(
            PageHeader(
                QCoreApplication.translate("organisation_import", "Organisaties importeren"),
                QCoreApplication.translate(
                    "organisation_import",
                    "Uit {file}. Organisaties die al in ibdesk "
                    "staan worden bijgewerkt, nooit dubbel toegevoegd; wat niet in het bestand "
                    "staat blijft zoals het is.",
                ).format(file=file_name),
            )
        )
        self.summary = styled_label(
            QCoreApplication.translate("organisation_import", "Dit verandert: {summary}.").format(
                summary=import_counts(plan)
            ),
            "cardTitle",
        )
        layout.addWidget(self.summary)
        self.table = self._table(plan)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox()
        changes = plan.counts["added"] + plan.counts["updated"]
        self.import_button = self.buttons.addButton(
            QCoreApplication.translate("organisation_import", "&Importeren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setProperty("role", "primary")
        self.import_button.setEnabled(changes > 0)
        cancel = self.buttons.addButton(
            QCoreApplication.translate("organisation_import", "Annu&leren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        named(self.import_button, QCoreApplication.translate("organisation_import", "Organisaties importeren"))
        named(cancel, QCoreApplication.translate("organisation_import", "Annuleren, niets importeren"))
        self.import_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        if not changes:
            layout.addWidget(
                styled_label(
                    QCoreApplication.translate(
                        "organisation_import", "Alles in dit bestand staat al zo in ibdesk; er is niets te importeren."
                    ),
                    "hint",
                )
            )
        layout.addWidget(self.buttons)

    @staticmethod
    def _table(plan: ImportPlan) -> QTableWidget:
        lines = sorted(plan.lines, key=lambda line: (ACTION_ORDER[line.action], line.organisation.name.casefold()))
        table = QTableWidget(len(lines), 4)
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("organisation_import", "Wat"),
                QCoreApplication.translate("organisation_import", "Organisatie"),
                QCoreApplication.translate("organisation_import", "Soort"),
                QCoreApplication.translate("organisation_import", "Wat verandert"),
            ]
        )
        named(table, QCoreApplication.translate("organisation_import", "Wat de import verandert"))
        for row, line in enumerate(lines):
            org = line.organisation
            action = translated("organisation_import", ACTION_LABELS.get(line.action, line.action))
            cells = [action, org.name, org.kind.label, ", ".join(map(tr_marked, line.changed))]
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        return table
