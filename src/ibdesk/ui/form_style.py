"""The form renderer's colours and style sheet, apart from the renderer so the app theme can
carry the sheet without importing the forms engine at start-up (ui/theme.py)."""
from __future__ import annotations

ACCENT = "#1f5f99"
ERROR = "#b00020"
MUTED = "#5b6570"
BORDER = "#d5dbe2"
TEXT = "#1d2733"

# Applied to the FormView only; works with and without the app theme (ibdesk.ui.theme).
FORM_STYLE = f"""
QFrame[role="formSection"] {{ background: white; border: 1px solid {BORDER}; border-radius: 6px; }}
QFrame[role="groupItem"] {{ background: #f7f9fb; border: 1px solid {BORDER}; border-radius: 5px; }}
QLabel[role="formTitle"] {{ font-size: 16pt; font-weight: 600; color: {TEXT}; }}
QLabel[role="formSectionTitle"] {{ font-size: 12pt; font-weight: 600; color: {TEXT}; }}
QLabel[role="groupItemTitle"] {{ font-weight: 600; color: {TEXT}; }}
QLabel[role="fieldLabel"] {{ color: {TEXT}; }}
QLabel[role="fieldHelp"], QLabel[role="formHelp"] {{ color: {MUTED}; }}
QLabel[role="fieldError"], QLabel[role="formStatusError"] {{ color: {ERROR}; }}
QLabel[role="formStatus"] {{ color: {MUTED}; }}
QLabel[role="fieldOrigin"] {{ color: {ACCENT}; font-style: italic; }}
QLabel[role="conceptBanner"] {{ background: #fff4e0; border: 1px solid #f0c987; border-radius: 4px;
    padding: 6px 8px; color: {TEXT}; }}
QLabel[role="formErrors"] {{ color: {ERROR}; background: #fdecee; border: 1px solid #f3c2c8;
    border-radius: 4px; padding: 6px 8px; }}
QLabel[role="info"] {{ background: #eef4fa; border: none; border-left: 3px solid {ACCENT};
    padding: 6px 10px; color: {TEXT}; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"] {{
    border: 1px solid {ERROR}; }}
QLineEdit:read-only, QPlainTextEdit[readOnly="true"] {{ background: #f7f9fb; }}
QComboBox:disabled, QCheckBox:disabled, QRadioButton:disabled {{ color: {TEXT}; }}
"""

FORM_STYLE_PROPERTY = "ibdeskFormStyle"  # an application property: its sheet carries FORM_STYLE
