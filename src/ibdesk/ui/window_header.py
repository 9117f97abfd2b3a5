"""The strip along the top of the main window: the app's name on the left (room for more
there), the search field on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ibdesk.ui.search_box import SearchField

if TYPE_CHECKING:
    from ibdesk.services.search import SearchService

NAV_WIDTH = 210


class WindowHeader(QFrame):
    """`left` is a layout for what other parts of the window put before the search field."""

    def __init__(self, service: SearchService | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("windowHeader")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 8, 16, 8)
        layout.setSpacing(12)
        name = QLabel("ibdesk")
        name.setObjectName("appName")
        name.setFixedWidth(NAV_WIDTH - 20 - 12)
        layout.addWidget(name)
        self.left = QHBoxLayout()
        self.left.setSpacing(8)
        layout.addLayout(self.left)
        layout.addStretch(1)
        self.search = SearchField(service, self)
        self.search.setMinimumWidth(260)
        self.search.setMaximumWidth(440)
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.search, 2)
