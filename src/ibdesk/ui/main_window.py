"""The main window: navigation on the left, one page at a time on the right.

Which pages there are, their rows and how each is imported on first use: page_registry.py."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ibdesk.ui.elide import ElidedLabel
from ibdesk.ui.kit import messages
from ibdesk.ui.page_registry import (
    CASES_ROW,
    CONTACTS_ROW,
    MDO_ROW,
    NAV_PAGES,
    PAGE_CLASSES,
    PUPILS_ROW,
    SETTINGS_ROW,
    THUISZITTERS_ROW,
    lazy_page,
    nav_label,
)
from ibdesk.ui.widgets import card, named, styled_label
from ibdesk.ui.window_header import WindowHeader

if TYPE_CHECKING:  # only what the window shows before the profile is open is imported at start-up
    from ibdesk.domain.model import School
    from ibdesk.ui.pages.base import Context, Page
    from ibdesk.ui.pages.case_page import CasePage
    from ibdesk.ui.pages.cases import CasesPage
    from ibdesk.ui.pages.mdo_page import MdoPage
    from ibdesk.ui.pages.overview import OverviewPage
    from ibdesk.ui.pages.pupils import PupilsPage
    from ibdesk.ui.pages.settings import SettingsPage
    from ibdesk.ui.privacy.inzage_page import InzagePage
    from ibdesk.ui.privacy.retention_page import RetentionPage


def encrypted_notice() -> str:
    return QCoreApplication.translate("main_window", "Versleuteld opgeslagen (AES-256) op deze computer")


def loading_text() -> str:
    return QCoreApplication.translate("main_window", "Profiel laden…")


class MainWindow(QMainWindow):
    """Emits `closed` after the window is closed, so the owner can close the store.

    Made without a context (`MainWindow(None, home)`) it shows "laden…" until `attach(context)`:
    the app puts the window on screen first and opens the profile after its first paint."""

    closed = Signal()
    painted = Signal()  # once, after the first paint
    overview_page, pupils_page, cases_page = (lazy_page(n) for n in ("overview_page", "pupils_page", "cases_page"))
    mdo_page, thuiszitters_page = lazy_page("mdo_page"), lazy_page("thuiszitters_page")
    contacts_page, settings_page = lazy_page("contacts_page"), lazy_page("settings_page")
    case_page, retention_page, inzage_page = (lazy_page(n) for n in ("case_page", "retention_page", "inzage_page"))
    read_only_banner: QWidget | None = None  # set by read_only.make_read_only
    read_only_keeper: QObject | None = None

    def __init__(self, context: Context | None, home: Path | None = None):
        super().__init__()
        self.context = context
        if home is None:
            assert context is not None, "a window without a context needs the profile folder"
            home = context.home
        self._home = home
        self._painted = False
        self._made: dict[str, Page] = {}
        self.page_hooks: list = []  # called with each page when it is built (e.g. read-only mode)
        self.resize(1200, 800)
        self.setMinimumSize(900, 600)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        named(self.nav, QCoreApplication.translate("main_window", "Navigatie"))
        self.nav.setFixedWidth(210)
        self.stack = QStackedWidget()
        for number, (label, _name) in enumerate(NAV_PAGES, start=1):
            item = QListWidgetItem(nav_label(label))
            item.setToolTip(f"{nav_label(label)} (Ctrl+{number})")
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # a placeholder until the page is first shown
            QShortcut(QKeySequence(f"Ctrl+{number}"), self).activated.connect(partial(self.show_page, number - 1))
        self.nav.currentRowChanged.connect(self._on_row)
        self.nav.itemClicked.connect(self._nav_clicked)  # back from a case to the highlighted list
        self._return_row = CASES_ROW
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.header = WindowHeader(context.services.search if context else None, central)  # set at attach
        self.header.search.opened.connect(self.open_search_hit)
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.header.search.focus_field)
        outer.addWidget(self.header)
        layout = QHBoxLayout()
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self._build_status_bar()
        if context is None:
            self._show_loading()
        else:
            self.attach(context)

    def _show_loading(self) -> None:
        self.setWindowTitle(f"ibdesk — {loading_text()}")
        self.nav.setEnabled(False)
        first = self.stack.widget(0)  # the first page's placeholder
        assert first is not None
        placeholder = QVBoxLayout(first)
        self.loading_label = styled_label(loading_text(), "hint", wrap=False)
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.addWidget(self.loading_label)

    def attach(self, context: Context) -> None:
        """The profile is open: show the school's name and fill the first page."""
        self.context = context
        self.header.search.service = context.services.search
        self.nav.setEnabled(True)
        self._set_title(
            messages.attempt(
                self, QCoreApplication.translate("main_window", "School"), context.records.school, context.home
            )
        )
        from ibdesk.ui import screen_lock

        self.screen_lock = screen_lock.attach(self, context.store)  # Ctrl+L and the idle lock
        self.show_page(0)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    @property
    def pages(self) -> list[tuple[str, Page]]:
        """Every navigation page (building the ones not shown yet)."""
        return [(label, self.page(name)) for label, name in NAV_PAGES]

    def page(self, name: str) -> Page:
        page = self._made.get(name)
        return page if page is not None else self._make(name)

    def _make(self, name: str) -> Page:
        assert self.context is not None, "pages are built once the profile is open"
        page = PAGE_CLASSES[name]()(self.context)
        self._made[name] = page
        nav_row = next((i for i, (_, n) in enumerate(NAV_PAGES) if n == name), None)
        if nav_row is None:
            self.stack.addWidget(page)
        else:
            placeholder = self.stack.widget(nav_row)
            self.stack.insertWidget(nav_row, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
        wire = getattr(self, f"_wire_{name}", None)
        if wire is not None:
            wire(page)
        for hook in self.page_hooks:
            hook(page)
        return page

    # -- connecting each page when it is built ---------------------------------------------------
    def _wire_overview_page(self, page: OverviewPage) -> None:
        page.open_target.connect(self.open_target)

    def _wire_cases_page(self, page: CasesPage) -> None:
        page.case_opened.connect(self.open_case)

    def _wire_mdo_page(self, page: MdoPage) -> None:
        page.case_opened.connect(self.open_case)
        page.consent_requested.connect(self.open_mdo_consent)

    def _wire_pupils_page(self, page: PupilsPage) -> None:
        self._add_pupil_actions(page)

    def _wire_settings_page(self, page: SettingsPage) -> None:
        page.school_saved.connect(self._set_title)
        from ibdesk.ui.lock_settings import add_lock_section

        add_lock_section(page, self.screen_lock)  # before Privacy: Tab follows the order on screen
        self._add_privacy_section(page)

    def _wire_case_page(self, page: CasePage) -> None:
        page.back_requested.connect(lambda: self.show_page(self._return_row))

    def _wire_retention_page(self, page: RetentionPage) -> None:
        page.back_requested.connect(lambda: self.show_page(SETTINGS_ROW))

    def _wire_inzage_page(self, page: InzagePage) -> None:
        page.back_requested.connect(lambda: self.show_page(SETTINGS_ROW))

    def _add_privacy_section(self, settings: SettingsPage) -> None:
        from ibdesk.ui.kit.buttons import button
        from ibdesk.ui.pages.parts import row

        frame = card()
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(20, 14, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(styled_label(QCoreApplication.translate("main_window", "Privacy"), "cardTitle", wrap=False))
        layout.addWidget(
            styled_label(
                QCoreApplication.translate(
                    "main_window",
                    "Wat over de bewaartermijn is opruimen, en een inzage-export maken voor "
                    "ouders die hun dossier willen zien.",
                ),
                "hint",
            )
        )
        self.retention_button = button(
            QCoreApplication.translate("main_window", "Be&waartermijnen…"),
            QCoreApplication.translate("main_window", "Bewaartermijnen bekijken"),
            self.open_retention,
        )
        self.inzage_button = button(
            QCoreApplication.translate("main_window", "&Inzage-export…"),
            QCoreApplication.translate("main_window", "Inzage-export voor ouders maken"),
            self.open_inzage,
        )
        layout.addLayout(row(self.retention_button, self.inzage_button))
        sections = settings.sections
        sections.insertWidget(max(0, sections.count() - 1), frame)  # above the closing stretch

    def _add_pupil_actions(self, pupils: PupilsPage) -> None:
        table = pupils.table
        action = QAction(QCoreApplication.translate("main_window", "Inzage-export maken…"), table)
        action.setToolTip(
            QCoreApplication.translate("main_window", "Alles wat ibdesk over deze leerling bewaart, voor de ouders")
        )
        action.triggered.connect(self.export_selected_pupil)
        table.addAction(action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.pupil_inzage_action = action

    def _nav_clicked(self, item: QListWidgetItem) -> None:
        row = self.nav.row(item)
        if self.stack.currentWidget() is not self.page(NAV_PAGES[row][1]):
            self._on_row(row)

    def _show_detail(self, page: Page, nav_row: int) -> None:
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(nav_row)
        self.nav.blockSignals(False)
        self.stack.setCurrentWidget(page)

    def open_case(self, case_id: int) -> None:
        if self.stack.currentWidget() is not self.case_page:
            self._return_row = max(0, self.nav.currentRow())
        self._show_detail(self.case_page, CASES_ROW)
        self.case_page.open_case(case_id)
        self.case_page.tabs.setFocus()

    def open_mdo_consent(self, case_id: int, org_id: int) -> None:
        """From MDO planning: the case's consent form for the MDO and that organisation (the
        plan being made stays on the MDO page)."""
        self.open_case(case_id)
        self.case_page.open_consent_editor("mdo", org_id)

    def open_target(self, kind: str, target_id: int) -> None:
        """Open what an attention item points at."""
        if kind == "case":
            self.open_case(target_id)
        elif kind == "pupil":
            self.show_page(THUISZITTERS_ROW)
            self.thuiszitters_page.select_pupil(target_id)
        elif kind == "meeting":
            self.show_page(MDO_ROW)
            self.mdo_page.select_meeting(target_id)

    def open_search_hit(self, target) -> None:
        """Open what a search hit points at (services/search_hits.Target)."""
        if target.kind == "case" or (target.kind == "form" and target.case_id is not None):
            self.open_case(target.case_id)
            if target.kind == "form":
                self.case_page.open_saved(target.id)
        elif target.kind == "organisation":
            self.show_page(CONTACTS_ROW)
            self.contacts_page.show_organisation(target.id)
        elif target.pupil_id is not None:
            self.show_page(PUPILS_ROW)
            self.pupils_page.show_pupil(target.pupil_id)

    def open_retention(self) -> None:
        self._show_detail(self.retention_page, SETTINGS_ROW)
        self.retention_page.refresh()

    def open_inzage(self, pupil_id: int | None = None) -> None:
        self._show_detail(self.inzage_page, SETTINGS_ROW)
        self.inzage_page.refresh()
        if pupil_id is not None:
            self.inzage_page.select(pupil_id)

    def export_selected_pupil(self) -> None:
        index = self.pupils_page.table.currentIndex()
        if not index.isValid():
            messages.show_info(
                self,
                QCoreApplication.translate("main_window", "Inzage"),
                QCoreApplication.translate("main_window", "Kies eerst een leerling in de lijst."),
            )
            return
        from ibdesk.ui.models import RECORD_ROLE
        from ibdesk.ui.privacy import export_inzage

        if self.context is not None:
            export_inzage(self, self.context, index.data(RECORD_ROLE).id)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        notice = encrypted_notice()
        self.encrypted_label = QLabel(notice)
        self.encrypted_label.setAccessibleName(notice)
        self.encrypted_label.setToolTip(
            QCoreApplication.translate("main_window", "Profielmap: {folder}").format(folder=self._home)
        )
        bar.addWidget(self.encrypted_label)
        self.where_label = ElidedLabel(
            QCoreApplication.translate("main_window", "Profiel: {folder}").format(
                folder=self._home
            ),  # a long path loses its middle
            mode=Qt.TextElideMode.ElideMiddle,
        )
        bar.addPermanentWidget(self.where_label)
        for label in (self.encrypted_label, self.where_label):
            label.setContentsMargins(10, 2, 10, 2)

    def _set_title(self, school: School | None) -> None:
        name = school.name if school else QCoreApplication.translate("main_window", "nog geen school ingesteld")
        self.setWindowTitle(f"ibdesk — {name}")

    def show_page(self, index: int) -> None:
        if self.nav.currentRow() == index:
            self._on_row(index)  # e.g. back from a case to the list it was opened from
        else:
            self.nav.setCurrentRow(index)

    def current_page(self) -> QWidget | None:
        """The page shown (a placeholder while the profile is loading)."""
        return self.stack.currentWidget()

    def _on_row(self, row: int) -> None:
        if row < 0 or self.context is None:  # still loading: nothing to show yet
            return
        page = self.page(NAV_PAGES[row][1])
        self.stack.setCurrentIndex(row)
        page.refresh()
        focus = getattr(page, "search", None)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        lock = getattr(self, "screen_lock", None)
        if event.isAccepted() and lock is not None and lock.lock_window is not None:
            lock.lock_window.hide()  # its app-wide modality goes with the window (the lock itself is remembered)
            lock.lock_window.deleteLater()
        self.closed.emit()
