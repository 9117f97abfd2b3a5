"""The one style sheet of the application, built from the palette (ui/kit/palette.py).

It is set once, on the QApplication (ui/theme.py), in the light colours below; in the dark
scheme `palette.themed` rewrites it. Widgets choose their look with a `role` (and `tone`)
property or an object name, never with a sheet of their own: one sheet styles faster than
many, and a rule can then be read in one place.

Order matters where two rules of equal specificity meet: the general rules first, then the
pages' (panels, steps, banners, badges), the forms', the dossier dialogs' and the window
parts'. A label on a panel, card or banner has no box of its own (`QFrame[role=…] QLabel`);
the labels that do (badges, the form's notes, fingerprints, secrets) carry a selector at
least as specific and come later.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from ibdesk.ui.kit.palette import ACCENT, BORDER, DISABLED, ERROR, INK, MUTED, NAVIGATION, OK, SOFT, TEXT, WARN, themed

GENERAL = f"""
QListWidget#navigation {{
    background: {NAVIGATION}; border: none; border-right: 1px solid {BORDER};
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
    color: {INK};
}}
QFrame[role="card"] {{ background: white; border: 1px solid {BORDER}; border-radius: 6px; }}
QFrame[role="card"][marked="true"] {{ border: 2px solid {ACCENT}; }}
QFrame[role="card"] QLabel {{ background: transparent; border: none; }}
QFrame[role="rule"] {{ color: {BORDER}; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"] {{ border: 1px solid {ERROR}; }}
QLineEdit, QComboBox, QAbstractSpinBox {{ min-height: 22px; }}
QTableView {{ background: white; alternate-background-color: #f3f6f9; gridline-color: #e3e7ec; }}
QHeaderView::section {{ padding: 5px 6px; font-weight: 600; }}
QStatusBar {{ color: {MUTED}; }}
QPushButton {{ padding: 5px 14px; }}
QPushButton:disabled {{ color: {DISABLED}; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT}; border-radius: 4px; }}
QPushButton[role="primary"]:disabled {{ background: #9db3c8; border-color: #9db3c8; }}
"""

PAGES = f"""
QFrame[role="panel"] {{ background: white; border: 1px solid {BORDER}; border-radius: 6px; }}
QFrame[role="panel"] QLabel, QFrame[role="step"] QLabel, QFrame[role="banner"] QLabel {{
    background: transparent; border: none; }}
QFrame[role="step"] {{ background: white; border: 1px solid {BORDER}; border-left: 4px solid #b8c2cc;
    border-radius: 5px; }}
QFrame[role="step"][state="done"] {{ border-left-color: #3f9a5d; }}
QFrame[role="step"][state="current"] {{ border: 1px solid #9fbfdd; border-left: 4px solid {ACCENT};
    background: #f3f8fd; }}
QFrame[role="step"][state="stalled"] {{ border: 1px solid #efb8bf; border-left: 4px solid {ERROR};
    background: #fff8f8; }}
QFrame[role="step"][state="nvt"] {{ border-left-color: #9aa5b1; background: #fafbfc; }}
QFrame[role="banner"] {{ border-radius: 6px; border: 1px solid {BORDER}; background: {SOFT}; }}
QFrame[role="banner"][tone="ok"] {{ background: #eaf5ee; border-color: #b7dcc3; }}
QFrame[role="banner"][tone="warn"] {{ background: #fdf4e6; border-color: #efd3a6; }}
QFrame[role="banner"][tone="error"] {{ background: #fdecee; border-color: #f3c2c8; }}
QFrame[role="banner"][tone="info"] {{ background: #eef4fa; border-color: #c9dbec; }}
QLabel[role="badge"] {{ border-radius: 9px; padding: 2px 9px; font-weight: 600; background: {NAVIGATION};
    color: {TEXT}; }}
QFrame QLabel[role="badge"] {{ background: {NAVIGATION}; }}
QLabel[role="badge"][tone="ok"] {{ background: #dcefe2; color: {OK}; }}
QLabel[role="badge"][tone="info"] {{ background: #dde9f5; color: {ACCENT}; }}
QLabel[role="badge"][tone="warn"] {{ background: #fbe8cc; color: {WARN}; }}
QLabel[role="badge"][tone="error"] {{ background: #f9d9de; color: {ERROR}; }}
QLabel[role="warn"] {{ color: {WARN}; }}
QLabel[role="strong"] {{ font-weight: 600; color: {TEXT}; }}
QLabel[role="big"] {{ font-size: 13pt; font-weight: 600; color: {TEXT}; }}
QLabel[role="caption"] {{ color: {MUTED}; font-size: 9pt; }}
QTabWidget::pane {{ border: 1px solid {BORDER}; border-radius: 4px; background: #fbfcfd; top: -1px; }}
QTabBar::tab {{ padding: 6px 14px; border: 1px solid transparent; margin-right: 2px; color: {TEXT}; }}
QTabBar::tab:selected {{ background: #fbfcfd; border: 1px solid {BORDER}; border-bottom-color: #fbfcfd;
    border-top-left-radius: 4px; border-top-right-radius: 4px; font-weight: 600; }}
QTabBar::tab:!selected:hover {{ color: {ACCENT}; }}
QTreeView, QTableWidget {{ background: white; alternate-background-color: #f3f6f9; }}
QTreeView::item {{ padding: 4px 2px; }}
QFrame[role="agendaItem"] {{ background: transparent; border: none; border-top: 1px solid {BORDER}; }}
QFrame[role="agendaItem"] QLabel {{ background: transparent; border: none; }}
"""

# The boxed notes of a form keep their box on a panel (the form editor sits on one): hence
# `QWidget QLabel[…]`, as specific as `QFrame[role="panel"] QLabel` and later.
FORMS = f"""
QFrame[role="formSection"] {{ background: white; border: 1px solid {BORDER}; border-radius: 6px; }}
QFrame[role="groupItem"] {{ background: {SOFT}; border: 1px solid {BORDER}; border-radius: 5px; }}
QLabel[role="formTitle"] {{ font-size: 16pt; font-weight: 600; color: {TEXT}; }}
QLabel[role="formSectionTitle"] {{ font-size: 12pt; font-weight: 600; color: {TEXT}; }}
QLabel[role="groupItemTitle"] {{ font-weight: 600; color: {TEXT}; }}
QLabel[role="fieldLabel"] {{ color: {TEXT}; }}
QLabel[role="fieldHelp"], QLabel[role="formHelp"] {{ color: {MUTED}; }}
QLabel[role="fieldError"], QLabel[role="formStatusError"] {{ color: {ERROR}; }}
QLabel[role="formStatus"] {{ color: {MUTED}; }}
QLabel[role="fieldOrigin"] {{ color: {ACCENT}; font-style: italic; }}
QWidget QLabel[role="conceptBanner"] {{ background: #fff4e0; border: 1px solid #f0c987; border-radius: 4px;
    padding: 6px 8px; color: {TEXT}; }}
QWidget QLabel[role="formErrors"] {{ color: {ERROR}; background: #fdecee; border: 1px solid #f3c2c8;
    border-radius: 4px; padding: 6px 8px; }}
QWidget QLabel[role="info"] {{ background: #eef4fa; border: none; border-left: 3px solid {ACCENT};
    padding: 6px 10px; color: {TEXT}; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"] {{
    border: 1px solid {ERROR}; }}
QLineEdit:read-only, QPlainTextEdit[readOnly="true"] {{ background: {SOFT}; }}
QComboBox:disabled, QCheckBox:disabled, QRadioButton:disabled {{ color: {TEXT}; }}
"""

DOSSIER = f"""
QFrame[role="row"] {{ background: white; border: 1px solid {BORDER}; border-radius: 5px; }}
QFrame[role="row"] QLabel {{ background: transparent; border: none; }}
QLabel[role="mark"][tone="ok"] {{ color: {OK}; font-weight: 700; font-size: 13pt; }}
QLabel[role="mark"][tone="error"] {{ color: {ERROR}; font-weight: 700; font-size: 13pt; }}
QLabel[role="status"] {{ font-size: 18pt; font-weight: 700; }}
QLabel[role="status"][tone="ok"] {{ color: {OK}; }}
QLabel[role="status"][tone="error"] {{ color: {ERROR}; }}
QLabel[role="status"][tone="warn"] {{ color: {WARN}; }}
QLabel[role="status"][tone="info"] {{ color: {TEXT}; }}
QFrame[role="banner"] QLabel[role="secret"] {{ background: white; border: 2px solid {WARN}; border-radius: 6px;
    padding: 10px 16px; color: {INK}; }}
QLabel[role="fingerprint"], QFrame QLabel[role="fingerprint"] {{ background: white; border: 1px solid {BORDER};
    border-radius: 5px; padding: 6px 10px; color: {INK}; }}
QLabel[role="okText"] {{ color: {OK}; }}
QLabel[role="errorText"] {{ color: {ERROR}; }}
QLabel[role="warnText"] {{ color: {WARN}; }}
QLabel[role="pagePreview"] {{ border: 1px solid #b8bcc4; background: white; }}
"""

WINDOW_PARTS = f"""
QFrame#windowHeader {{ background: white; border: none; border-bottom: 1px solid {BORDER}; }}
QLabel#appName {{ font-size: 12pt; font-weight: 600; color: {TEXT}; }}
QLineEdit#globalSearch {{ padding: 4px 8px; border: 1px solid {BORDER}; border-radius: 5px; background: {SOFT}; }}
QLineEdit#globalSearch:focus {{ background: white; }}
QFrame#searchPopup {{ background: white; border: 1px solid {BORDER}; border-radius: 6px; }}
QListWidget#searchResults {{ border: none; background: white; outline: none; }}
QLabel#searchPopupHint {{ color: {MUTED}; padding: 6px 12px; border-top: 1px solid {BORDER}; }}
QLabel#readOnlyBanner {{ background: #fff4d6; color: #5c3d00; border: none; border-bottom: 1px solid #e0b84c;
    padding: 10px 16px; font-weight: 600; }}
"""

SHEET = GENERAL + PAGES + FORMS + DOSSIER + WINDOW_PARTS
APPLIED = "ibdeskKitStyle"  # an application property: its sheet is SHEET


def apply(app: QApplication) -> None:
    """Set the one sheet on the application, for the current scheme (once, before the
    first window: re-styling live widgets is slow)."""
    app.setStyleSheet(themed(SHEET))
    app.setProperty(APPLIED, True)


def style_widget(widget: QWidget) -> None:
    """For a widget shown in an application without the theme (a form preview, a bench): give
    it the one sheet itself. Nothing when the application carries the sheet already."""
    app = QApplication.instance()
    if not (app is not None and app.property(APPLIED)):
        widget.setStyleSheet(themed(SHEET))
