"""Translating a text that was marked, not written, where it is shown.

A label kept as data (a class attribute, a tuple of navigation entries, a column list) is marked
with PySide6's `QT_TRANSLATE_NOOP("context", "literal")`, so the catalog tool
(tests/support/translations.py) finds it, and is translated when shown:

    title = QT_TRANSLATE_NOOP("overview", "Overzicht")
    ...
    header.setText(translated("overview", self.title))

Everywhere else call `QCoreApplication.translate("context", "literal")` directly; the catalog
test refuses a `QCoreApplication.translate` call without literals, so this function is the one
place that translates a text held in a variable.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_translate_marked = QCoreApplication.translate  # the literal was collected at its QT_TRANSLATE_NOOP


def translated(context: str, text: str) -> str:
    """`text` (marked with QT_TRANSLATE_NOOP under `context`) in the UI's language."""
    return _translate_marked(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """PySide6's marker with its type: `text` unchanged (PySide6's stub says it returns `object`,
    so a marked class attribute or column title would not type-check as `str`). The catalog tool
    finds calls by this name, whichever module it is imported from."""
    return text
