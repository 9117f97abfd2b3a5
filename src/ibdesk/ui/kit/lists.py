"""Bullet lists: as rich text for inside another label, and as a label of their own."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

SUB_INDENT, INDENT = 34, 16


def _text(line: str) -> str:
    """A line without its indent and its own dash ("- ", "– ")."""
    return line.strip().lstrip("–-").strip()


def bullet_html(lines: Iterable[str]) -> str:
    """Rich text with one bullet per non-empty line; an indented line (space or tab) is a sub-bullet."""
    blocks = []
    for line in lines:
        if not line.strip():
            continue
        sub = line.startswith((" ", "\t"))
        margin, mark = (SUB_INDENT, "◦") if sub else (INDENT, "•")
        blocks.append(
            f"<p style='margin: 0px 0px 3px {margin}px; text-indent: -14px'>{mark}&nbsp;&nbsp;"
            f"{html.escape(_text(line), quote=False)}</p>"
        )
    return "".join(blocks)


class BulletList(QLabel):
    """Lines as bullets in one word-wrapped, selectable label; hidden while it has no lines."""

    def __init__(self, role: str = "body", parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", role)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._lines: list[str] = []
        self.setVisible(False)

    def set_lines(self, lines: Iterable[str]) -> None:
        self._lines = [line for line in lines if line]
        self.setText(bullet_html(self._lines))
        self.setAccessibleName(" ".join(self._lines))
        self.setVisible(bool(self._lines))

    def texts(self) -> list[str]:
        return list(self._lines)
