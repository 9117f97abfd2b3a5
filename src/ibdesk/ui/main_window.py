"""The main window: navigation on the left, one page at a time on the right."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QStackedWidget, QWidget)

from ibdesk.domain.model import School
from ibdesk.ui import messages
from ibdesk.ui.pages.base import Context, Page
from ibdesk.ui.pages.cases import CasesPage
from ibdesk.ui.pages.contacts import ContactsPage
from ibdesk.ui.pages.overview import OverviewPage
from ibdesk.ui.pages.placeholder import MDO_COMING, THUISZITTERS_COMING, PlaceholderPage
from ibdesk.ui.pages.pupils import PupilsPage
from ibdesk.ui.pages.settings import SettingsPage
from ibdesk.ui.widgets import named

ENCRYPTED_NOTICE = "Versleuteld opgeslagen (AES-256) op deze computer"


class MainWindow(QMainWindow):
    """Emits `closed` after the window is closed, so the owner can close the store."""

    closed = Signal()

    def __init__(self, context: Context):
        super().__init__()
        self.context = context
        self.resize(1200, 800)
        self.setMinimumSize(900, 600)
        self.pages: list[tuple[str, Page]] = self._build_pages()
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        named(self.nav, "Navigatie")
        self.nav.setFixedWidth(210)
        self.stack = QStackedWidget()
        for number, (label, page) in enumerate(self.pages, start=1):
            item = QListWidgetItem(label)
            item.setToolTip(f"{label} (Ctrl+{number})")
            self.nav.addItem(item)
            self.stack.addWidget(page)
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, activated=lambda n=number - 1: self.show_page(n))
        self.nav.currentRowChanged.connect(self._on_row)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_status_bar()
        self.settings_page.school_saved.connect(self._set_title)
        self._set_title(messages.attempt(self, "School", context.records.school, context.home))
        self.show_page(0)

    def _build_pages(self) -> list[tuple[str, Page]]:
        c = self.context
        self.overview_page, self.pupils_page = OverviewPage(c), PupilsPage(c)
        self.cases_page, self.contacts_page = CasesPage(c), ContactsPage(c)
        self.settings_page = SettingsPage(c)
        mdo = PlaceholderPage(c, "MDO", "Multidisciplinair overleg: samen met ouders en deskundigen.",
                              MDO_COMING)
        thuiszitters = PlaceholderPage(c, "Thuiszitters", "Leerlingen die (dreigen te) thuiszitten, "
                                       "en de weg terug naar school.", THUISZITTERS_COMING)
        return [("Overzicht", self.overview_page), ("Leerlingen", self.pupils_page),
                ("Casussen", self.cases_page), ("MDO", mdo), ("Thuiszitters", thuiszitters),
                ("Contacten", self.contacts_page), ("Instellingen", self.settings_page)]

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.encrypted_label = QLabel(ENCRYPTED_NOTICE)
        self.encrypted_label.setAccessibleName(ENCRYPTED_NOTICE)
        self.encrypted_label.setToolTip(f"Profielmap: {self.context.home}")
        bar.addWidget(self.encrypted_label)
        self.where_label = QLabel(f"Profiel: {self.context.home}")
        bar.addPermanentWidget(self.where_label)
        for label in (self.encrypted_label, self.where_label):
            label.setContentsMargins(10, 2, 10, 2)

    def _set_title(self, school: School | None) -> None:
        name = school.name if school else "nog geen school ingesteld"
        self.setWindowTitle(f"ibdesk — {name}")

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def current_page(self) -> Page:
        return self.stack.currentWidget()

    def _on_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        page = self.pages[row][1]
        page.refresh()
        focus = getattr(page, "search", None)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        super().closeEvent(event)
        self.closed.emit()
