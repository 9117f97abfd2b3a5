"""Bewaartermijnen: what has passed its retention period, deleting it (after confirmation),
and the automatic policy."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from ibdesk.domain.retention import KIND_LABELS, PERIODS, Expired
from ibdesk.i18n import tr_marked
from ibdesk.services import retention
from ibdesk.text.dates import short_or_time
from ibdesk.text.numbers import plural
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.kit.lists import BulletList
from ibdesk.ui.kit.translate import QT_TRANSLATE_NOOP
from ibdesk.ui.models import CheckableRecordModel, Column, SearchProxy
from ibdesk.ui.pages.base import Context, Page
from ibdesk.ui.pages.parts import panel, row, scroller
from ibdesk.ui.pages.table import make_table
from ibdesk.ui.tasks import Task, run_busy
from ibdesk.ui.widgets import named, styled_label


def retention_columns() -> list[Column[tuple[Expired, str]]]:
    """The columns of the list, their titles in the UI's language."""
    return [
        Column(QCoreApplication.translate("privacy_retention_page", "Leerling"), lambda entry: entry[1], None, 230),
        Column(QCoreApplication.translate("privacy_retention_page", "Wat"), lambda entry: entry[0].label, None, 250),
        Column(
            QCoreApplication.translate("privacy_retention_page", "Termijn"),
            lambda entry: entry[0].shown_rule,
            None,
            260,
        ),
        Column(
            QCoreApplication.translate("privacy_retention_page", "Verlopen sinds"),
            lambda entry: short_or_time(entry[0].since),
            lambda entry: entry[0].since,
            140,
        ),
    ]


class RetentionPage(Page):
    tr_context = "privacy_retention_page"
    title = QT_TRANSLATE_NOOP("privacy_retention_page", "Bewaartermijnen")
    subtitle = QT_TRANSLATE_NOOP(
        "privacy_retention_page", "Gegevens die langer zijn bewaard dan mag. Verwijderen is definitief."
    )
    back_requested = Signal()

    def __init__(self, context: Context):
        super().__init__(context)
        self.items: list[tuple[Expired, str]] = []
        self.back_button = button(
            QCoreApplication.translate("privacy_retention_page", "← Terug"),
            QCoreApplication.translate("privacy_retention_page", "Terug naar Instellingen"),
            self.back_requested.emit,
        )
        self.body.insertLayout(0, row(self.back_button))
        rules_frame, rules = panel(QCoreApplication.translate("privacy_retention_page", "De termijnen"))
        lines = BulletList()
        lines.set_lines([f"{tr_marked(KIND_LABELS[k])}: {tr_marked(text)}" for k, (_m, text) in PERIODS.items()])
        rules.addWidget(lines)
        content = QWidget()
        sections = QVBoxLayout(content)
        sections.setContentsMargins(0, 0, 8, 0)
        sections.setSpacing(12)
        sections.addWidget(rules_frame)
        frame, inner = panel(QCoreApplication.translate("privacy_retention_page", "Over de termijn"))
        columns = retention_columns()
        self.model = CheckableRecordModel(columns, self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(
            self.proxy, columns, QCoreApplication.translate("privacy_retention_page", "Gegevens over de bewaartermijn")
        )
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 5 + 34)  # ≥ 5 rows
        inner.addWidget(self.table, 1)
        self.empty = styled_label(
            QCoreApplication.translate("privacy_retention_page", "Er is niets dat over de bewaartermijn is."), "ok"
        )
        inner.addWidget(self.empty)
        self.select_all = button(
            QCoreApplication.translate("privacy_retention_page", "Alles selecteren"),
            QCoreApplication.translate("privacy_retention_page", "Alle regels selecteren"),
            lambda: self._check_all(True),
        )
        self.delete_button = button(
            QCoreApplication.translate("privacy_retention_page", "Geselecteerde verwijderen…"),
            QCoreApplication.translate("privacy_retention_page", "Geselecteerde gegevens definitief verwijderen"),
            self.delete_selected,
        )
        inner.addLayout(row(self.select_all, self.delete_button))
        self.busy_line = styled_label("", "hint")
        inner.addWidget(self.busy_line)
        self.result = styled_label("", "ok")
        self.result.setVisible(False)
        inner.addWidget(self.result)
        sections.addWidget(frame, 1)
        policy_frame, policy = panel(QCoreApplication.translate("privacy_retention_page", "Automatisch beleid"))
        self.auto = QCheckBox(
            QCoreApplication.translate("privacy_retention_page", "Automatisch verwijderen na de bewaartermijn")
        )
        named(self.auto, self.auto.text())
        self.auto.toggled.connect(self._set_auto)
        policy.addWidget(self.auto)
        policy.addWidget(
            styled_label(
                QCoreApplication.translate(
                    "privacy_retention_page",
                    "Aan: ibdesk verwijdert gegevens zodra hun bewaartermijn voorbij is, bij het "
                    "openen. Uit: ibdesk toont wat over de termijn is en u beslist. Het logboek "
                    "bewaart alleen dát er iets is verwijderd, nooit de inhoud.",
                ),
                "hint",
            )
        )
        sections.addWidget(policy_frame)
        self.body.addWidget(scroller(content), 1)  # a small window scrolls instead of squeezing the list

    def refresh(self) -> None:
        messages.attempt(
            self, QCoreApplication.translate("privacy_retention_page", "Bewaartermijnen"), self._load, self.context.home
        )

    def _load(self) -> None:
        self.items = self.context.services.retention.overview()
        self.model.set_rows(self.items)
        self.table.setVisible(bool(self.items))
        self.empty.setVisible(not self.items)
        self.select_all.setEnabled(bool(self.items))
        self.delete_button.setEnabled(bool(self.items))
        self.auto.blockSignals(True)
        self.auto.setChecked(retention.retention_auto(self.context.store))
        self.auto.blockSignals(False)

    def _check_all(self, on: bool) -> None:
        self.model.set_all(on)

    def set_checked(self, row_index: int, on: bool = True) -> None:
        """Tick the row shown at `row_index`."""
        self.model.set_checked(self.proxy.source_row(row_index), on)

    def checked(self) -> list[tuple[Expired, str]]:
        return self.model.checked()

    def delete_selected(self) -> Task | None:
        """After confirmation, delete off the UI thread; the Task's value is the number deleted.
        None when nothing starts (nothing ticked, or the user said no)."""
        chosen = self.checked()
        if not chosen:
            messages.show_info(
                self,
                QCoreApplication.translate("privacy_retention_page", "Bewaartermijnen"),
                QCoreApplication.translate("privacy_retention_page", "Vink eerst aan wat u wilt verwijderen."),
            )
            return None
        names = "\n".join(f"• {name}: {item.label.lower()}" for item, name in chosen)
        if not messages.confirm(
            self,
            QCoreApplication.translate("privacy_retention_page", "Definitief verwijderen?"),
            QCoreApplication.translate(
                "privacy_retention_page",
                "Deze gegevens worden definitief verwijderd, ook uit de automatische back-ups:\n\n"
                "{items}\n\nDit kan niet ongedaan worden gemaakt. Doorgaan?",
            ).format(items=names),
            yes=QCoreApplication.translate("privacy_retention_page", "Verwijderen"),
            no=QCoreApplication.translate("privacy_retention_page", "Annuleren"),
        ):
            return None
        retention, items = self.context.services.retention, [item for item, _ in chosen]
        self.result.setVisible(False)
        return run_busy(
            lambda _report: retention.delete(items, confirmed=True),
            self._deleted,
            self._not_deleted,
            busy=[self.delete_button, self.select_all, self.table, self.auto],
            status=self.busy_line,
            text=QCoreApplication.translate("privacy_retention_page", "Bezig met verwijderen…"),
            owner=self,
        )

    def _deleted(self, count: int) -> None:
        if count:
            self.result.setText(
                QCoreApplication.translate("privacy_retention_page", "{items} verwijderd.").format(
                    items=plural(
                        count,
                        QCoreApplication.translate("privacy_retention_page", "onderdeel"),
                        QCoreApplication.translate("privacy_retention_page", "onderdelen"),
                    )
                )
            )
            self.result.setVisible(True)
        self.refresh()

    def _not_deleted(self, exc: BaseException) -> None:
        messages.show_error(
            self,
            QCoreApplication.translate("privacy_retention_page", "Niet verwijderd"),
            messages.describe(exc, self.context.home),
        )
        self.refresh()

    def _set_auto(self, on: bool) -> None:
        messages.attempt(
            self,
            QCoreApplication.translate("privacy_retention_page", "Bewaartermijnen"),
            lambda: retention.set_retention_auto(self.context.store, on),
            self.context.home,
        )
