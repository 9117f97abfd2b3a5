"""The coloured box that tells the user where something stands (tone ok, info, warn, error)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ibdesk.ui.kit.lists import BulletList
from ibdesk.ui.widgets import repolish, styled_label


def set_tone(widget: QWidget, tone: str) -> None:
    """Give a banner, badge or status label its tone; its labels restyle with it."""
    widget.setProperty("tone", tone)
    repolish(widget)
    for child in widget.findChildren(QLabel):
        repolish(child)


class Banner(QFrame):
    """A bold `headline` with bullet `lines` under it (`show_text`), or — made with `text` —
    one rich-text `body` label that the caller fills. `box` is its layout, for buttons or a
    secret shown inside it."""

    def __init__(self, tone: str = "", text: str | None = None, *, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "banner")
        self.setProperty("tone", tone)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(14, 10, 14, 12)
        self.box.setSpacing(5)
        self.headline = styled_label("", "strong")
        self.body = styled_label(text or "", "body")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines = BulletList()
        for label in (self.headline, self.body, self.lines):
            self.box.addWidget(label)
        self.headline.setVisible(text is None)
        self.body.setVisible(text is not None)

    def show_text(self, tone: str, headline: str, lines: Iterable[str] = ()) -> None:
        set_tone(self, tone)
        self.headline.setText(headline)
        self.headline.setVisible(True)
        self.lines.set_lines(list(lines))
        self.setAccessibleName(headline)
