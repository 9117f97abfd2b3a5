"""Small building blocks shared by the pages: headers, labelled fields with inline errors."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ibdesk.ui.elide import ElidedLabel


def named(widget: QWidget, name: str, description: str = "") -> QWidget:
    """Give an input its accessible (screen reader) name."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def styled_label(text: str, role: str, wrap: bool = True, elide: bool = True) -> QLabel:
    """A label with a style role; one that must not wrap elides with "…" (full text as tooltip),
    unless `elide=False` (a secret the user copies must never be cut)."""
    label = ElidedLabel(text) if not wrap and elide else QLabel(text)
    label.setProperty("role", role)
    label.setWordWrap(wrap)
    label.setIndent(0)  # a style-sheet margin would otherwise indent the text
    return label


def line_edit(name: str, placeholder: str = "", text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setPlaceholderText(placeholder)
    named(edit, name)
    return edit


def repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class PageHeader(QWidget):
    """A page's title and one line saying what the page is for."""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(2)
        self.title = styled_label(title, "pageTitle", wrap=False)
        layout.addWidget(self.title)
        self.subtitle = styled_label(subtitle, "subtitle")
        layout.addWidget(self.subtitle)
        self.subtitle.setVisible(bool(subtitle))  # after it has a parent: else it opens as a window


def card() -> QFrame:
    frame = QFrame()
    frame.setProperty("role", "card")
    return frame


def editor_value(editor: QWidget) -> object:
    """What an input holds now, whatever kind of input it is (for 'has it changed?')."""
    if isinstance(editor, QComboBox):
        return editor.currentText()
    if isinstance(editor, (QPlainTextEdit, QTextEdit)):
        return editor.toPlainText()
    if isinstance(editor, QAbstractButton):
        return editor.isChecked()
    text = getattr(editor, "text", None)
    return text() if callable(text) else None


def editor_changed(editor: QWidget):
    """The signal an input emits when the user changes it."""
    for name in ("currentTextChanged", "textChanged", "toggled", "dateChanged"):
        signal = getattr(editor, name, None)
        if signal is not None:
            return signal
    return None


class FieldBox(QWidget):
    """Label above, input, and a red message under the input when it is not valid.

    The message goes as soon as the input no longer holds the value it was about (and comes
    back if the user types that value again), or — in a FieldSet with a `validate` function —
    exactly when the field is valid again (`changed` is emitted on every edit)."""

    changed = Signal()

    def __init__(self, label: str, editor: QWidget, name: str, hint: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        named(editor, name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.label = QLabel(label)
        self.label.setBuddy(editor)
        layout.addWidget(self.label)
        layout.addWidget(editor)
        self.hint = styled_label(hint, "hint")
        layout.addWidget(self.hint)
        self.hint.setVisible(bool(hint))
        self.error = styled_label("", "error")
        self.error.setVisible(False)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.error)
        self.message: str | None = None  # the error for the value in `_wrong_value`
        self._wrong_value: object = None
        signal = editor_changed(editor)
        if signal is not None:
            signal.connect(self._edited)

    def set_error(self, message: str | None) -> None:
        self.message = message or None
        self._wrong_value = editor_value(self.editor) if message else None
        self._show(self.message)

    def has_error(self) -> bool:
        return self.message is not None

    def _show(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.hint.setVisible(bool(self.hint.text()) and not message)
        self.editor.setProperty("invalid", bool(message))
        self.editor.setAccessibleDescription(message or "")
        repolish(self.editor)

    def _edited(self, *_args) -> None:
        if self.message is not None:
            self._show(self.message if editor_value(self.editor) == self._wrong_value else None)
        self.changed.emit()

    def showing_error(self) -> bool:
        return not self.error.isHidden()


class FieldSet:
    """Named FieldBoxes; shows a validation dict (field → message) inline. With `validate`
    (returning that dict for what is typed now), a message shown goes away the moment its
    field is valid, and changes when the problem changes; no new message appears while typing."""

    def __init__(self, validate: Callable[[], dict[str, str]] | None = None) -> None:
        self.boxes: dict[str, FieldBox] = {}
        self.validate = validate

    def add(self, key: str, box: FieldBox) -> FieldBox:
        self.boxes[key] = box
        box.changed.connect(self._recheck)
        return box

    def _recheck(self) -> None:
        if self.validate is None or not any(box.has_error() for box in self.boxes.values()):
            return
        errors = self.validate()
        for key, box in self.boxes.items():
            if box.has_error():
                box.set_error(errors.get(key))

    def clear_errors(self) -> None:
        for box in self.boxes.values():
            box.set_error(None)

    def show_errors(self, errors: dict[str, str]) -> dict[str, str]:
        """Show each message under its field; returns the messages no field here owns."""
        self.clear_errors()
        unmatched = {}
        for key, message in errors.items():
            if key in self.boxes:
                self.boxes[key].set_error(message)
            else:
                unmatched[key] = message
        first = next((self.boxes[k] for k in self.boxes if k in errors), None)
        if first is not None:
            first.editor.setFocus()
        return unmatched


def chain_tab_order(widgets: Iterable[QWidget]) -> None:
    ordered = [w for w in widgets if w is not None]
    for first, second in zip(ordered, ordered[1:]):
        QWidget.setTabOrder(first, second)
