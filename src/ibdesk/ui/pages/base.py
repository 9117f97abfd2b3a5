"""What every page shares: the services it may use, a header, margins, `refresh()`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ibdesk.ui.kit.translate import translated
from ibdesk.ui.widgets import PageHeader

if TYPE_CHECKING:  # the services come with the store: the main window can be shown before them
    from ibdesk.services.container import Services
    from ibdesk.services.profile import Store
    from ibdesk.services.records import Records

PAGE_MARGINS = (28, 22, 28, 18)


@dataclass
class Context:
    """The services a page may call. Pages never open a database session themselves."""

    services: Services

    @classmethod
    def for_store(cls, store: Store) -> Context:
        from ibdesk.services.container import Services

        return cls(Services.build(store))

    @property
    def store(self) -> Store:
        return self.services.store

    @property
    def records(self) -> Records:
        return self.services.records

    @property
    def home(self) -> Path:
        return self.store.paths.home


class Page(QWidget):
    """A header and a body layout; `refresh()` reloads from the services when shown.

    `title` and `subtitle` are marked for translation in the page's own context,
    `title = QT_TRANSLATE_NOOP("overview", "Overzicht")` with `tr_context = "overview"`, and
    shown in the UI's language."""

    title = ""
    subtitle = ""
    tr_context = ""

    def __init__(self, context: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(*PAGE_MARGINS)
        self.body.setSpacing(12)
        self.header = PageHeader(self.shown(self.title), self.shown(self.subtitle))
        self.body.addWidget(self.header)

    def shown(self, text: str) -> str:
        """A text this page marked with QT_TRANSLATE_NOOP under `tr_context`, in the UI's language."""
        return translated(self.tr_context, text) if self.tr_context and text else text

    def refresh(self) -> bool | None:
        """Reload what the page shows; pages with data override this (some say whether it loaded)."""
