"""Instellingen → Schermvergrendeling: after how many idle minutes, the PIN, and lock now."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSpinBox, QVBoxLayout, QWidget

from ibdesk.errors import UserError
from ibdesk.services.screen_lock import MINUTES_RANGE
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.lock_panel import PinFields
from ibdesk.ui.screen_lock import SHORTCUT, ScreenLock
from ibdesk.ui.widgets import FieldBox, styled_label


def keyring_only() -> str:
    return QCoreApplication.translate(
        "lock",
        "Op deze computer staat de sleutel niet in het sleutelbeheer; u ontgrendelt met de wachtwoordzin. "
        "Een pincode kan alleen waar het sleutelbeheer de sleutel bewaart.",
    )


class LockSection(QFrame):
    def __init__(self, lock: ScreenLock, parent: QWidget | None = None):
        super().__init__(parent)
        self.lock, self.service = lock, lock.service
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(
            styled_label(QCoreApplication.translate("lock", "Schermvergrendeling"), "cardTitle", wrap=False)
        )
        layout.addWidget(
            styled_label(
                QCoreApplication.translate(
                    "lock",
                    "Na een aantal minuten zonder gebruik, of met {shortcut}, verbergt ibdesk alles tot u ontgrendelt. "
                    "Wat u nog niet opsloeg blijft staan.",
                ).format(shortcut=SHORTCUT),
                "hint",
            )
        )
        self.minutes = QSpinBox()
        self.minutes.setRange(*MINUTES_RANGE)
        self.minutes.setSuffix(QCoreApplication.translate("lock", " minuten zonder gebruik"))
        self.minutes_box = FieldBox(
            QCoreApplication.translate("lock", "Vergrendelen n&a"),
            self.minutes,
            QCoreApplication.translate("lock", "Vergrendelen na minuten zonder gebruik"),
        )
        self.minutes.editingFinished.connect(self.save_minutes)
        self.lock_now = button(
            QCoreApplication.translate("lock", "Nu vergren&delen"),
            QCoreApplication.translate("lock", "Nu vergrendelen"),
            lock.lock,
            tooltip=SHORTCUT,
        )
        line = QHBoxLayout()
        line.addWidget(self.minutes_box)
        line.addStretch(1)
        line.addWidget(self.lock_now)
        layout.addLayout(line)
        self.pin_state = styled_label("", "hint")
        layout.addWidget(self.pin_state)
        self.pin = PinFields(self.service, QCoreApplication.translate("lock", "&Pincode instellen"))
        self.pin.saved.connect(self.refresh)
        layout.addWidget(self.pin)
        self.refresh()

    def refresh(self) -> None:
        timing = self.service.timing()
        self.minutes.blockSignals(True)
        self.minutes.setValue(timing.minutes)
        self.minutes.blockSignals(False)
        self.minutes.setEnabled(not timing.fixed_by_policy)
        self.minutes_box.hint.setText(
            QCoreApplication.translate("lock", "Vastgezet door de ICT-beheerder (beleid van deze computer).")
            if timing.fixed_by_policy
            else ""
        )
        self.minutes_box.hint.setVisible(timing.fixed_by_policy)
        may_pin = self.service.may_set_pin()
        self.pin.setVisible(may_pin)
        if not may_pin:
            self.pin_state.setText(keyring_only())
        elif self.service.has_pin():
            self.pin_state.setText(
                QCoreApplication.translate(
                    "lock",
                    "Er is een pincode ingesteld: u ontgrendelt met die pincode (of de wachtwoordzin "
                    "of herstelsleutel). Hieronder kiest u een nieuwe.",
                )
            )
        else:
            self.pin_state.setText(
                QCoreApplication.translate(
                    "lock",
                    "Nog geen pincode: ibdesk ontgrendelt dan alleen met de wachtwoordzin of de "
                    "herstelsleutel. Kies hieronder een pincode.",
                )
            )

    def save_minutes(self) -> None:
        if self.service.timing().minutes == self.minutes.value():
            return
        try:
            self.service.set_minutes(self.minutes.value())
        except UserError as exc:
            messages.show_error(self, QCoreApplication.translate("lock", "Schermvergrendeling"), str(exc))
            self.refresh()
            return
        self.lock.reload_timing()


def add_lock_section(settings, lock: ScreenLock) -> LockSection:
    """Put the section on the Instellingen page, after the page's own sections (created after
    them, so it must stand after them for Tab to follow the order on screen)."""
    section = LockSection(lock)
    sections = settings.sections
    sections.insertWidget(max(0, sections.count() - 1), section)  # above the closing stretch
    settings.lock_section = section
    return section
