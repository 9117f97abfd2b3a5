"""When the profile is open elsewhere: say who has it, and offer read-only viewing.

`ProfileInUseDialog` names the holder (PC and process, from the profile lock) and offers
"Alleen bekijken" or "Sluiten". `make_read_only(window, holder)` turns the main window into
a viewer: a banner on top, the title says so, and every button that saves, adds or deletes
is disabled. The store itself refuses writes too (`query_only`), so nothing slips through.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ibdesk.ui.main_window import MainWindow

from ibdesk.ui.widgets import PageHeader, named, styled_label


def banner_text() -> str:
    return QCoreApplication.translate(
        "read_only",
        "Alleen-lezen: dit profiel is geopend door {holder}. U kunt alles bekijken, maar niets "
        "opslaan. Sluit ibdesk daar en open het hier opnieuw om te bewerken.",
    )


# A button whose text or accessible name holds one of these saves, adds or deletes something,
# in Dutch or (the UI in English) in English.
WRITING_WORDS = (
    "opslaan",
    "toevoegen",
    "nieuw",
    "verwijder",
    "bewaar",
    "aanmaken",
    "vastleggen",
    "sluiten casus",
    "afronden",
    "exporteren",
    "back-up",
    "terugzetten",
    "instellen",
    "vertrouwen",
    "wijzig",
    "bewerken",
    "intrekken",
    "plannen",
    "inplannen",
    "markeer",
    "maak",
    "start",
    "koppel",
    "save",
    "add",
    "new",
    "delete",
    "remove",
    "keep",
    "create",
    "record",
    "close case",
    "complete",
    "finish",
    "export",
    "back up",
    "backup",
    "restore",
    "set up",
    "trust",
    "change",
    "edit",
    "revoke",
    "withdraw",
    "plan",
    "schedule",
    "mark",
    "make",
    "start",
    "link",
)


class ProfileInUseDialog(QDialog):
    """Accepted = view read-only; rejected = close."""

    def __init__(self, holder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("read_only", "ibdesk — profiel in gebruik"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(
            PageHeader(
                QCoreApplication.translate("read_only", "Dit profiel is al geopend"),
                QCoreApplication.translate(
                    "read_only", "Er mag maar één ibdesk tegelijk in een profiel schrijven, anders gaat werk verloren."
                ),
            )
        )
        self.holder_label = styled_label(
            QCoreApplication.translate("read_only", "Geopend door {holder}.").format(holder=holder), "body"
        )
        named(self.holder_label, QCoreApplication.translate("read_only", "Wie het profiel geopend heeft"))
        layout.addWidget(self.holder_label)
        layout.addWidget(
            styled_label(
                QCoreApplication.translate(
                    "read_only",
                    "U kunt het hier alleen bekijken (niets opslaan), of ibdesk sluiten en het "
                    "eerst daar afsluiten. Is die computer of dat programma vastgelopen? Dan "
                    "komt het profiel vanzelf vrij zodra het programma niet meer draait.",
                ),
                "hint",
            )
        )
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.view_button = buttons.addButton(
            QCoreApplication.translate("read_only", "Alleen &bekijken"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = buttons.addButton(
            QCoreApplication.translate("read_only", "&Sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.view_button.setProperty("role", "primary")
        named(self.view_button, QCoreApplication.translate("read_only", "Profiel alleen bekijken"))
        named(self.close_button, QCoreApplication.translate("read_only", "ibdesk sluiten"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class _KeepDisabled(QObject):
    """Pages enable their buttons as the selection changes; in read-only mode they stay off."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange and isinstance(watched, QPushButton) and watched.isEnabled():
            watched.setEnabled(False)
        return False


def _writes(button: QPushButton) -> bool:
    text = (button.text() + " " + button.accessibleName()).replace("&", "").lower()
    return any(word in text for word in WRITING_WORDS)


def make_read_only(window: MainWindow, holder: str) -> QWidget:
    """Add the banner above the window's content and disable every writing button; returns the banner."""
    banner = styled_label(banner_text().format(holder=holder), "warnText")
    banner.setObjectName("readOnlyBanner")
    named(banner, QCoreApplication.translate("read_only", "Alleen-lezen"))
    content = window.takeCentralWidget()
    wrapper = QWidget()
    layout = QVBoxLayout(wrapper)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    if content is not None:
        layout.addWidget(content, 1)
    window.setCentralWidget(wrapper)
    window.setWindowTitle(window.windowTitle() + QCoreApplication.translate("read_only", " (alleen-lezen)"))
    keeper = _KeepDisabled(window)
    _disable_writing(window, keeper)
    # Pages are built when first shown: disable their writing buttons as they appear.
    window.page_hooks.append(lambda page: _disable_writing(page, keeper))
    window.read_only_banner, window.read_only_keeper = banner, keeper
    return banner


def _disable_writing(root: QWidget, keeper: _KeepDisabled) -> None:
    tip = QCoreApplication.translate("read_only", "Alleen-lezen: het profiel is elders geopend.")
    for button in root.findChildren(QPushButton):
        if _writes(button):
            button.setEnabled(False)
            button.setToolTip(tip)
            button.installEventFilter(keeper)
