"""FormEditor: a FormView wired to FormService — drafts while typing, save, cancel.

Every edit (re)starts a short timer; when it fires the answers are stored as a draft in
the encrypted store (``FormService.save_draft``), so a crash loses at most a second of
work. Opening an editor whose context has a draft offers to restore it. "Opslaan"
validates, stores with the exact definition version and removes the draft; "Opslaan als
concept" stores incomplete work (required fields may be empty, values must fit) to finish
later; "Annuleren" keeps the draft; "Wijzigingen weggooien" removes the unsaved draft.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ibdesk.errors import InvalidRecord
from ibdesk.ui.kit import messages, style
from ibdesk.ui.undo import FieldUndo

from . import editor_status as status_text
from .common import label, repolish
from .form_view import FormView
from .row_base import ChoicesProvider

log = logging.getLogger(__name__)
Ask = Callable[[QWidget | None, str, str], bool]
DEBOUNCE_MS = 1000


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """The default question (Ja/Nee, Enter means Ja): `messages.confirm`, looked up at call
    time so tests can replace it; tests may also pass their own ``ask``."""
    return messages.confirm(parent, title, text, default_yes=True)


def draft_context(
    form_id: str,
    pupil_id: int | None,
    case_id: int | None = None,
    step_id: str | None = None,
    answer_id: int | None = None,
) -> str:
    """Stable key for the draft of one form for one pupil/case (and step, or saved answer)."""
    parts = [f"pupil:{pupil_id}"]
    if case_id is not None:
        parts.append(f"case:{case_id}")
    parts.append(f"form:{form_id}")
    if step_id:
        parts.append(f"step:{step_id}")
    if answer_id is not None:
        parts.append(f"answer:{answer_id}")
    return ":".join(parts)


class FormEditor(QWidget):
    """Args: ``service`` (FormService), ``definition`` (form, or route with ``step_id``),
    ``pupil_id``, ``case_id``, ``step_id``, ``context`` (draft key; default from the ids),
    ``answers`` to start from (e.g. saved answers, with ``answer_id`` to update them),
    ``choices_provider``, ``ask(parent, title, text) -> bool`` for questions,
    ``debounce_ms`` (draft delay), ``offer_draft`` (ask about an existing draft now),
    ``origins`` (field id → where a prefilled value came from), ``concept_note`` (shown
    above the form when it was reopened from a concept).

    "Opslaan als concept" is offered when the service says ``supports_concepts``.
    Signals: ``saved(answer_id)`` (also after a concept), ``cancelled()``.
    """

    saved = Signal(int)
    cancelled = Signal()
    # what a page may attach to the form: the handover's export button, the outcome preview
    export_button: QPushButton | None = None
    outcome: QWidget | None = None

    def __init__(
        self,
        service: Any,
        definition: Any,
        *,
        pupil_id: int,
        case_id: int | None = None,
        step_id: str | None = None,
        context: str | None = None,
        answers: dict | None = None,
        answer_id: int | None = None,
        choices_provider: ChoicesProvider | None = None,
        ask: Ask = ask_yes_no,
        debounce_ms: int = DEBOUNCE_MS,
        offer_draft: bool = True,
        origins: dict[str, str] | None = None,
        concept_note: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.service, self.definition = service, definition
        self.pupil_id, self.case_id, self.step_id = pupil_id, case_id, step_id
        self.answer_id = answer_id
        self.context = context or draft_context(definition.id, pupil_id, case_id, step_id, answer_id)
        self._ask = ask
        self._dirty = False
        style.style_widget(self)
        self.view = FormView(
            definition,
            step_id=step_id,
            answers=answers,
            styled=False,
            choices_provider=choices_provider,
            today=service.today,
            origins=origins,
            defer_rows=True,
        )
        self.concept_note = label(concept_note, "conceptBanner")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.save_draft_now)
        self._build()
        self.view.changed.connect(self._on_changed)
        self.field_undo = FieldUndo(self.view, self.undo_button, self)
        self.view.save_shortcut.setEnabled(False)  # the editor's own Ctrl+S covers the buttons too
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        self.view.save_requested.connect(self.save)
        if offer_draft:
            self.offer_draft()
            self.field_undo.reset()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        note_box = QWidget()
        note_layout = QHBoxLayout(note_box)
        note_layout.setContentsMargins(20, 10, 20, 0)
        note_layout.addWidget(self.concept_note)
        note_box.setVisible(bool(self.concept_note.text()))
        layout.addWidget(note_box)
        layout.addWidget(self.view, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        line.setProperty("role", "rule")
        layout.addWidget(line)
        self.status = label("", "formStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setContentsMargins(20, 6, 20, 0)
        self.status.setVisible(False)
        layout.addWidget(self.status)
        self.bar = QHBoxLayout()
        self.bar.setContentsMargins(20, 6, 20, 10)
        self.undo_button = QPushButton(QCoreApplication.translate("forms_editor", "Ongedaan maken"))
        self.undo_button.setToolTip(
            QCoreApplication.translate(
                "forms_editor", "Wat het laatst gewijzigde veld eerst bevatte terugzetten (Ctrl+Z)"
            )
        )
        self.undo_button.setAccessibleName(
            QCoreApplication.translate("forms_editor", "Formulier: laatste wijziging ongedaan maken")
        )
        self.undo_button.setAutoDefault(False)
        self.bar.addWidget(self.undo_button)
        self.bar.addStretch(1)
        self.discard_button = QPushButton(QCoreApplication.translate("forms_editor", "Wijzigingen weggooien"))
        self.discard_button.setToolTip(
            QCoreApplication.translate("forms_editor", "De niet-opgeslagen wijzigingen weggooien")
        )
        self.cancel_button = QPushButton(QCoreApplication.translate("forms_editor", "Annuleren"))
        self.concept_button = QPushButton(QCoreApplication.translate("forms_editor", "Opslaan als concept"))
        self.concept_button.setToolTip(
            QCoreApplication.translate(
                "forms_editor", "Onvolledig opslaan en later afmaken; telt nog niet mee als afgerond"
            )
        )
        self.concept_button.setAccessibleName(
            QCoreApplication.translate("forms_editor", "Formulier: opslaan als concept")
        )
        self.save_button = QPushButton(QCoreApplication.translate("forms_editor", "Opslaan"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setToolTip(QCoreApplication.translate("forms_editor", "Opslaan (Ctrl+S)"))
        self.save_button.setDefault(True)
        for button in (self.discard_button, self.cancel_button, self.concept_button, self.save_button):
            button.setAutoDefault(False)
            self.bar.addWidget(button)
        layout.addLayout(self.bar)
        self.discard_button.setVisible(False)
        self.concept_button.setVisible(bool(getattr(self.service, "supports_concepts", False)))
        self.discard_button.clicked.connect(self.discard)
        self.cancel_button.clicked.connect(self.cancel)
        self.concept_button.clicked.connect(self.save_concept)
        self.save_button.clicked.connect(self.save)

    def add_action(self, text: str, slot: Callable[[], Any], tooltip: str = "") -> QPushButton:
        """An extra button next to Opslaan (e.g. 'Opslaan en als PDF exporteren…')."""
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.setToolTip(tooltip)
        button.clicked.connect(slot)
        self.bar.addWidget(button)
        return button

    # -- drafts ---------------------------------------------------------------------------------
    def offer_draft(self) -> bool:
        """Ask to restore an unsaved draft of this context; True when it was restored."""
        draft = self._safe(lambda: self.service.draft(self.context))
        if draft is None:
            return False
        self.discard_button.setVisible(True)
        when = status_text.moment(draft.updated_at)
        text = QCoreApplication.translate(
            "forms_editor", "Er is niet-opgeslagen werk van {moment} gevonden. Herstellen?"
        ).format(moment=when)
        if draft.form_version != self.definition.version:
            text += "\n\n" + QCoreApplication.translate(
                "forms_editor",
                "Let op: dit werk hoort bij versie {draft} van dit formulier; u werkt nu in versie {current}.",
            ).format(draft=draft.form_version, current=self.definition.version)
        title = QCoreApplication.translate("forms_editor", "Niet-opgeslagen werk gevonden")
        if not self._ask(self, title, text):
            self._set_status(
                QCoreApplication.translate(
                    "forms_editor", "Het werk is niet hersteld; het blijft bewaard tot u iets wijzigt."
                )
            )
            return False
        self.view.set_answers(draft.answers)
        self._set_status(QCoreApplication.translate("forms_editor", "Werk van {moment} hersteld.").format(moment=when))
        return True

    def _on_changed(self) -> None:
        self._dirty = True
        self._timer.start()

    def save_draft_now(self) -> bool:
        """Store pending changes as the draft now (the timer does this while typing)."""
        self._timer.stop()
        if not self._dirty:
            return True
        answers = self.view.answers(raw=True)
        done = self._safe(
            lambda: (
                self.service.save_draft(
                    self.context, self.definition.id, self.definition.version, answers, self.pupil_id, self.case_id
                )
                or True
            )
        )
        if done:
            self._dirty = False
            self.discard_button.setVisible(True)
            self._set_status(status_text.draft_kept(datetime.now()))
        return bool(done)

    def flush(self) -> None:
        self.save_draft_now()

    def has_pending_changes(self) -> bool:
        return self._dirty

    # -- actions --------------------------------------------------------------------------------
    def save(self) -> int | None:
        """Validate and store; the new answer id, or None (messages are shown inline)."""
        errors = self.view.show_all_errors()
        if errors:
            self.save_draft_now()
            self._not_saved(len(errors))
            return None
        try:
            answer_id = self.service.save(
                self.pupil_id,
                self.definition.id,
                self.definition.version,
                self.view.answers(),
                case_id=self.case_id,
                step_id=self.step_id,
                draft_context=self.context,
                answer_id=self.answer_id,
            )
        except InvalidRecord as exc:
            self.view.show_errors(exc.errors)
            self._not_saved(len(exc.errors))
            return None
        except Exception as exc:
            self.save_draft_now()
            self._set_status(status_text.storage_problem(exc), error=True)
            return None
        return self._stored(answer_id, concept=False)

    def save_concept(self) -> int | None:
        """Store what is there as a concept (to finish later); the new answer id, or None
        when a value does not fit its field (shown inline)."""
        errors = self.view.concept_errors()
        if errors:
            self.save_draft_now()
            self.view.show_errors(errors)
            self._set_status(status_text.not_a_concept(len(errors)), error=True)
            self.view.focus_first_error()
            return None
        try:
            answer_id = self.service.save(
                self.pupil_id,
                self.definition.id,
                self.definition.version,
                self.view.answers(),
                case_id=self.case_id,
                step_id=self.step_id,
                draft_context=self.context,
                concept=True,
            )
        except InvalidRecord as exc:
            self.view.show_errors(exc.errors)
            self._not_saved(len(exc.errors))
            return None
        except Exception as exc:
            self.save_draft_now()
            self._set_status(status_text.storage_problem(exc), error=True)
            return None
        return self._stored(answer_id, concept=True)

    def _stored(self, answer_id: int, concept: bool) -> int:
        self._timer.stop()
        self._dirty = False
        self.answer_id = None if concept else answer_id  # a concept is finished in a new version
        self.discard_button.setVisible(False)
        self.field_undo.reset()
        self._set_status(status_text.saved_at(concept, datetime.now()))
        self.saved.emit(answer_id)
        return answer_id

    def _not_saved(self, count: int) -> None:
        self._set_status(status_text.not_saved(count), error=True)
        self.view.focus_first_error()

    def cancel(self) -> None:
        """Close without saving; what was typed stays available as a draft."""
        self.save_draft_now()
        self.cancelled.emit()

    def discard(self) -> bool:
        """Remove the draft (after confirmation) and close."""
        if not self._ask(
            self,
            QCoreApplication.translate("forms_editor", "Wijzigingen weggooien"),
            QCoreApplication.translate("forms_editor", "De niet-opgeslagen wijzigingen worden verwijderd. Doorgaan?"),
        ):
            return False
        self._timer.stop()
        self._dirty = False
        if self._safe(lambda: self.service.discard_draft(self.context) or True):
            self.discard_button.setVisible(False)
            self.cancelled.emit()
            return True
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_draft_now()
        super().closeEvent(event)

    # -- helpers --------------------------------------------------------------------------------
    def _safe(self, action: Callable[[], Any]) -> Any:
        try:
            return action()
        except Exception as exc:
            log.warning("draft storage failed: %s", type(exc).__name__)
            self._set_status(status_text.storage_problem(exc), error=True)
            return None

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.status.setProperty("role", "formStatusError" if error else "formStatus")
        repolish(self.status)
