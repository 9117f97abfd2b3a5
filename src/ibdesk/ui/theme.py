"""One calm, consistent look on every platform: Fusion, a light or dark palette (following the
OS, see `colors`), a small style sheet, a visible keyboard focus ring and elided long text."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from ibdesk.ui import colors, keyboard
from ibdesk.ui.colors import themed

from ibdesk.ui.form_style import FORM_STYLE, FORM_STYLE_PROPERTY

ACCENT = "#1f5f99"
ERROR = "#b00020"
MUTED = "#5b6570"
BORDER = "#d5dbe2"
WINDOW = "#f5f7fa"
TEXT = "#1d2733"
# The focus ring (focus_ring.py): 3:1 or more against every surface it is drawn on (WCAG 2.2).
FOCUS = {colors.LIGHT: "#0b4f8c", colors.DARK: "#9ccbff"}

STYLE = f"""
QListWidget#navigation {{
    background: #e9eef4; border: none; border-right: 1px solid {BORDER};
    padding-top: 12px; font-size: 11pt; outline: none;
}}
QListWidget#navigation::item {{ padding: 9px 18px; margin: 1px 8px; border-radius: 5px; color: {TEXT}; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
QListWidget#navigation::item:hover:!selected {{ background: #dbe3ec; }}
QLabel[role="pageTitle"] {{ font-size: 17pt; font-weight: 600; color: {TEXT}; }}
QLabel[role="subtitle"] {{ color: {MUTED}; }}
QLabel[role="hint"] {{ color: {MUTED}; }}
QLabel[role="error"] {{ color: {ERROR}; }}
QLabel[role="ok"] {{ color: #1b7a3a; }}
QLabel[role="sectionTitle"] {{ font-size: 12pt; font-weight: 600; color: {TEXT}; margin-top: 6px; }}
QLabel[role="cardTitle"] {{ font-size: 11pt; font-weight: 600; color: {TEXT}; }}
QLabel[role="bigNumber"] {{ font-size: 24pt; font-weight: 600; color: {ACCENT}; }}
QLabel[role="empty"] {{ color: {MUTED}; font-size: 11pt; }}
QLabel[role="recoveryKey"] {{
    background: white; border: 1px solid {BORDER}; border-radius: 6px; padding: 14px 20px;
    color: #111111;
}}
QFrame[role="card"] {{ background: white; border: 1px solid {BORDER}; border-radius: 6px; }}
QFrame[role="card"] QLabel {{ background: transparent; border: none; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"] {{ border: 1px solid {ERROR}; }}
QLineEdit, QComboBox, QAbstractSpinBox {{ min-height: 22px; }}
QTableView {{ background: white; alternate-background-color: #f3f6f9; gridline-color: #e3e7ec; }}
QHeaderView::section {{ padding: 5px 6px; font-weight: 600; }}
QStatusBar {{ color: {MUTED}; }}
QPushButton {{ padding: 5px 14px; }}
QPushButton:disabled {{ color: #9aa3ad; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT}; border-radius: 4px; }}
QPushButton[role="primary"]:disabled {{ background: #9db3c8; border-color: #9db3c8; }}
"""


def monospace_font(point_size: int = 11) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(point_size)
    return font


def _palette() -> QPalette:
    palette = QPalette()
    background, foreground = colors.for_background, colors.for_foreground
    roles = QPalette.ColorRole
    for role, value in ((roles.Window, background(WINDOW)), (roles.Base, background("#ffffff")),
                        (roles.AlternateBase, background("#f3f6f9")), (roles.Highlight, ACCENT),
                        (roles.HighlightedText, "#ffffff"), (roles.Text, foreground(TEXT)),
                        (roles.WindowText, foreground(TEXT)), (roles.ButtonText, foreground(TEXT)),
                        (roles.PlaceholderText, "#8a949e" if colors.is_dark() else "#6b757f"),
                        (roles.ToolTipBase, background("#fffbe6")), (roles.ToolTipText, foreground(TEXT)),
                        (roles.Link, foreground(ACCENT)), (roles.BrightText, "#ffffff")):
        palette.setColor(role, QColor(value))
    if colors.is_dark():
        for role, value in ((roles.Button, "#2b3138"), (roles.Light, "#3a424b"), (roles.Midlight, "#333a42"),
                            (roles.Mid, "#23282e"), (roles.Dark, "#15181c"), (roles.Shadow, "#000000")):
            palette.setColor(role, QColor(value))
        disabled = QPalette.ColorGroup.Disabled
        for role in (roles.Text, roles.WindowText, roles.ButtonText):
            palette.setColor(disabled, role, QColor("#7d8791"))
    return palette


class Polisher(QObject):
    """Runs once for every widget before it is first drawn (and when its style sheet changes):
    the keyboard rules (`keyboard.adjust`) and, in the dark scheme, the widget's own style sheet
    (pages, forms, dossier dialogs — written in light colours) rewritten by `colors.themed`."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind not in (QEvent.Type.Polish, QEvent.Type.StyleChange) or not isinstance(watched, QWidget):
            return False
        self.adjust(watched, polished=kind == QEvent.Type.Polish)
        return False

    @staticmethod
    def adjust(widget: QWidget, polished: bool = True) -> None:
        if polished:
            keyboard.adjust(widget)
        if colors.is_dark():
            sheet = widget.styleSheet()
            if sheet and widget.property(THEMED_SHEET) != sheet:
                dark = themed(sheet)
                widget.setProperty(THEMED_SHEET, dark)
                if dark != sheet:
                    widget.setStyleSheet(dark)


THEMED_SHEET = "ibdesk-themed-sheet"


def install_dutch_translations(app: QApplication) -> None:
    """Qt's own texts (OK/Annuleren, file dialogs) in Dutch."""
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load("qtbase_nl", folder):
        app.installTranslator(translator)


def apply_theme(app: QApplication, event_filters: bool = True) -> None:
    """Once per application (re-styling live widgets is slow and has crashed Qt). `event_filters=False`:
    the app-wide event filters come later, from `install_event_filters` (not in the dark scheme,
    whose widget sheets the Polisher rewrites before they are first drawn)."""
    if app.property("ibdesk-themed"):
        return
    app.setProperty("ibdesk-themed", True)
    colors.set_scheme(colors.detect_scheme())
    app.setStyle("Fusion")
    app.setPalette(_palette())
    font = app.font()
    font.setPointSize(10)
    app.setFont(font)
    app.setStyleSheet(themed(STYLE + FORM_STYLE))  # forms then need no sheet of their own (styling once is faster)
    app.setProperty(FORM_STYLE_PROPERTY, True)
    install_dutch_translations(app)
    from ibdesk.ui.focus_ring import install_focus_ring

    install_focus_ring(app, FOCUS[colors.scheme()])
    if event_filters or colors.is_dark():
        install_event_filters(app)


def install_event_filters(app: QApplication) -> None:
    """The Polisher and the tooltips of cut-off text, on the whole application (once).

    The first events through a Python filter on the application make PySide wrap objects of most
    Qt classes and create their Python enums: about as long as building the main window. The
    desktop app therefore installs them after its first paint (`app.run_gui`); the widgets that
    exist by then get what the Polish event would have done."""
    if app.findChild(Polisher) is not None:
        return
    from ibdesk.ui.elide import install_item_tooltips

    polisher = Polisher(app)
    for widget in app.allWidgets():
        polisher.adjust(widget)
    app.installEventFilter(polisher)
    install_item_tooltips(app)
