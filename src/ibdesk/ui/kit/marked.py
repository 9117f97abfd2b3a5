"""`QT_TRANSLATE_NOOP` as the type checker should see it.

PySide6 declares `QT_TRANSLATE_NOOP(context, message) -> object`, though it returns the message:
a class attribute such as `Page.title = QT_TRANSLATE_NOOP("pupils", "Leerlingen")` would then be
an `object` to mypy. Import it from here to keep it a `str`; the catalog tool
(tests/support/translations.py) finds the call by its name either way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, message: str, /) -> str:
        """The message, unchanged; marked for translation under `context`."""
        ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP"]
