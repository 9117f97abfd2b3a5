"""One calm, consistent look on every platform: Fusion, a light palette and a small style sheet."""
from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from ibdesk.ui.form_style import FORM_STYLE, FORM_STYLE_PROPERTY

ACCENT = "#1f5f99"
ERROR = "#b00020"
MUTED = "#5b6570"
BORDER = "#d5dbe2"
WINDOW = "#f5f7fa"

STYLE = f"""
QListWidget#navigation {{
    background: #e9eef4; border: none; border-right: 1px solid {BORDER};
    padding-top: 12px; font-size: 11pt; outline: none;
}}
QListWidget#navigation::item {{ padding: 9px 18px; margin: 1px 8px; border-radius: 5px; color: #1d2733; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
QListWidget#navigation::item:hover:!selected {{ background: #dbe3ec; }}
QLabel[role="pageTitle"] {{ font-size: 17pt; font-weight: 600; color: #1d2733; }}
QLabel[role="subtitle"] {{ color: {MUTED}; }}
QLabel[role="hint"] {{ color: {MUTED}; }}
QLabel[role="error"] {{ color: {ERROR}; }}
QLabel[role="ok"] {{ color: #1b7a3a; }}
QLabel[role="sectionTitle"] {{ font-size: 12pt; font-weight: 600; color: #1d2733; margin-top: 6px; }}
QLabel[role="cardTitle"] {{ font-size: 11pt; font-weight: 600; color: #1d2733; }}
QLabel[role="bigNumber"] {{ font-size: 24pt; font-weight: 600; color: {ACCENT}; }}
QLabel[role="recoveryKey"] {{
    background: white; border: 1px solid {BORDER}; border-radius: 6px; padding: 14px 20px;
    color: #111;
}}
QFrame[role="card"] {{ background: white; border: 1px solid {BORDER}; border-radius: 6px; }}
QFrame[role="card"] QLabel {{ background: transparent; border: none; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"] {{ border: 1px solid {ERROR}; }}
QLineEdit, QComboBox {{ min-height: 22px; }}
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
    palette.setColor(QPalette.ColorRole.Window, QColor(WINDOW))
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f3f6f9"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1d2733"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1d2733"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#1d2733"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a949e"))
    return palette


def install_dutch_translations(app: QApplication) -> None:
    """Qt's own texts (OK/Annuleren, file dialogs) in Dutch."""
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load("qtbase_nl", folder):
        app.installTranslator(translator)


def apply_theme(app: QApplication) -> None:
    """Once per application (re-styling live widgets is slow and has crashed Qt)."""
    if app.property("ibdesk-themed"):
        return
    app.setProperty("ibdesk-themed", True)
    app.setStyle("Fusion")
    app.setPalette(_palette())
    font = app.font()
    font.setPointSize(10)
    app.setFont(font)
    app.setStyleSheet(STYLE + FORM_STYLE)  # forms then need no sheet of their own (styling once is faster)
    app.setProperty(FORM_STYLE_PROPERTY, True)
    install_dutch_translations(app)
