"""Shared bits of the form renderer: labels, Dutch text helpers (colours and the style sheet: ui/kit)."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

_SENTENCE_END = (".", "!", "?", ":")
_BULLET = re.compile(r"^\s*[-*•]\s+")


def rich_text(text: str | None) -> str:
    """Definition text (YAML block, hard-wrapped) as simple HTML.

    Blank lines separate paragraphs. Hard-wrapped lines are joined, except in a paragraph
    whose every line ends a sentence (a list, such as the OPP traffic light) or for
    bullet lines ("- ...").
    """
    paragraphs = re.split(r"\n\s*\n", (text or "").strip())
    return "".join(f"<p>{_paragraph(p)}</p>" for p in paragraphs if p.strip())


def _paragraph(block: str) -> str:
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    as_lines = len(lines) > 1 and all(line.endswith(_SENTENCE_END) for line in lines)
    out = ""
    for line in lines:
        bullet = bool(_BULLET.match(line))
        line = html.escape(_BULLET.sub("• ", line), quote=False)
        if out:
            out += "<br>" if bullet or as_lines else " "
        out += line
    return out


def label(text: str, role: str, *, rich: bool = False, parent: QWidget | None = None) -> QLabel:
    """A word-wrapped label with a style role (see ui/kit/style.py)."""
    widget = QLabel(parent)
    widget.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    widget.setText(text)
    widget.setWordWrap(True)
    widget.setProperty("role", role)
    return widget


def repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
