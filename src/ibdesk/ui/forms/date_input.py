"""A date input that speaks Dutch: shows and accepts dd-mm-jjjj, stores ISO 'YYYY-MM-DD'.

Typing is the main way in (keyboard users); the calendar icon or Alt+↓ opens a calendar.
What it accepts is the one rule set of `ibdesk.text.dates.parse_date` (also d-m-jjjj,
ISO dates, 'vandaag' or 'today' ...). In English the placeholder reads dd-mm-yyyy and the calendar
shows English month and day names; the order stays day-month-year.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QWidget, QWidgetAction

from ibdesk.text.dates import iso_to_short, read_date, short_date
from ibdesk.ui.kit import palette

_ICON: QIcon | None = None


def date_placeholder() -> str:
    """'dd-mm-jjjj' (ibdesk.text.dates.PLACEHOLDER) in the UI's language; dates stay day-month-year."""
    return QCoreApplication.translate("forms_date_input", "dd-mm-jjjj")


def invalid_date() -> str:
    """ibdesk.text.dates.INVALID in the UI's language: typed text that is not a date."""
    return QCoreApplication.translate(
        "forms_date_input", "Ongeldige datum; typ de datum als dd-mm-jjjj, bijvoorbeeld 05-03-2025."
    )


def calendar_icon() -> QIcon:
    """A small calendar drawn once (no icon files needed)."""
    global _ICON
    if _ICON is None:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setPen(QColor(palette.for_foreground(palette.ICON)))
        p.drawRect(1, 2, 13, 12)
        p.fillRect(1, 2, 14, 4, QColor(palette.for_foreground(palette.ICON)))
        for x in (4, 7, 10):
            for y in (8, 11):
                p.fillRect(x, y, 2, 2, QColor(palette.for_foreground(palette.ICON)))
        p.end()
        _ICON = QIcon(pixmap)
    return _ICON


class DateInput(QLineEdit):
    """Line edit for dd-mm-jjjj with a calendar button inside it (also Alt+↓).

    ``value()`` is the ISO string, or None when empty or not a valid date;
    ``problem()`` is the message (in the UI's language) for text that is not a date.
    Signals: ``changed`` on every user edit, ``committed`` when editing is finished.
    """

    changed = Signal()
    committed = Signal()

    def __init__(self, parent: QWidget | None = None, today: Callable[[], date] = date.today):
        super().__init__(parent)
        self._today = today
        self._menu: QMenu | None = None
        self._calendar: QCalendarWidget | None = None
        self.setPlaceholderText(date_placeholder())
        self.setMaximumWidth(150)
        self.setToolTip(
            QCoreApplication.translate("forms_date_input", "Typ de datum als dd-mm-jjjj; Alt+↓ opent de kalender.")
        )
        self.calendar_action = self.addAction(calendar_icon(), QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(
            QCoreApplication.translate("forms_date_input", "Kies een datum in de kalender (Alt+↓)")
        )
        self.calendar_action.triggered.connect(self.open_calendar)
        self.textEdited.connect(lambda _text: self.changed.emit())
        self.editingFinished.connect(self._finish)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    # -- value ------------------------------------------------------------------------------
    def date(self) -> date | None:
        text = self.text().strip()
        return read_date(text, self._today()) if text else None

    def value(self) -> str | None:
        parsed = self.date()
        return parsed.isoformat() if parsed else None

    def problem(self) -> str | None:
        return invalid_date() if self.text().strip() and self.date() is None else None

    def set_value(self, value: str | None) -> None:
        """ISO string (shown as dd-mm-jjjj); other text is shown as-is (and flagged)."""
        self.setText(iso_to_short(value) if isinstance(value, str) else "")

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)
        self.calendar_action.setVisible(not read_only)

    # -- internals ------------------------------------------------------------------------
    def _finish(self) -> None:
        parsed = self.date()
        if parsed is not None and self.text() != short_date(parsed):
            self.setText(short_date(parsed))
            self.changed.emit()
        self.committed.emit()

    def open_calendar(self) -> None:
        if self.isReadOnly():
            return
        if self._menu is None:
            self._build_calendar()
        menu, calendar = self._menu, self._calendar
        assert menu is not None and calendar is not None  # built above
        current = self.date() or self._today()
        calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.setFocus()

    def _build_calendar(self) -> None:
        self._menu = QMenu(self)
        self._calendar = QCalendarWidget(self._menu)
        # the month and day names in the UI's language (a locale name as a translated text)
        self._calendar.setLocale(QLocale(QCoreApplication.translate("forms_date_input", "nl_NL")))
        self._calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self._calendar.setGridVisible(True)
        action = QWidgetAction(self._menu)
        action.setDefaultWidget(self._calendar)
        self._menu.addAction(action)
        self._calendar.activated.connect(self._pick)
        self._calendar.clicked.connect(self._pick)

    def _pick(self, picked: QDate) -> None:
        if self._menu is not None:
            self._menu.close()
        self.setText(short_date(date(picked.year(), picked.month(), picked.day())))
        self.setFocus()
        self.changed.emit()
        self.committed.emit()
