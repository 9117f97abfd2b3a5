"""The case's status on its page: where it stands after (or without) the referral, the next
steps it may take, the history of every change, and the form that records one change
(shown in place of the page's content, like the other forms on the case page)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from ibdesk.domain.lifecycle import (
    ASKS,
    DECISION_LABELS,
    NEEDS_REASON,
    CaseEvent,
    FollowUp,
    Move,
    default_answer_due,
    summary,
)
from ibdesk.domain.model import Organisation, OrgKind
from ibdesk.errors import InvalidRecord, UserError
from ibdesk.services.actors import shown_actor
from ibdesk.text.dates import invalid_date, short_date, short_or_time
from ibdesk.ui.flow import FlowLayout, flow_row
from ibdesk.ui.forms import DateInput
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.banner import set_tone
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.kit.lists import BulletList
from ibdesk.ui.kit.translate import QT_TRANSLATE_NOOP, translated
from ibdesk.ui.pages.parts import badge, discard, panel
from ibdesk.ui.widgets import FieldBox, FieldSet, styled_label

STATUS_TONES = {"signaal": "warn", "lopend": "info", "aangemeld": "ok", "opvolging": "ok", "gesloten": ""}
MOVE_BUTTONS = {
    Move.START: QT_TRANSLATE_NOOP("case_lifecycle", "Op lopend zetten…"),
    Move.REFER: QT_TRANSLATE_NOOP("case_lifecycle", "Aangemeld bij Sociaal Team…"),
    Move.FOLLOW_UP: QT_TRANSLATE_NOOP("case_lifecycle", "Besluit Sociaal Team vastleggen…"),
    Move.RESUME: QT_TRANSLATE_NOOP("case_lifecycle", "Terug naar lopend…"),
    Move.CLOSE: QT_TRANSLATE_NOOP("case_lifecycle", "Casus sluiten…"),
    Move.REOPEN: QT_TRANSLATE_NOOP("case_lifecycle", "Casus heropenen…"),
}
MOVE_HELP = {
    Move.START: QT_TRANSLATE_NOOP("case_lifecycle", "De school gaat met de routekaart aan de slag."),
    Move.REFER: QT_TRANSLATE_NOOP(
        "case_lifecycle",
        "Leg vast wanneer en waarbij de casus is aangemeld. Na het exporteren van het dossier voor het "
        "Sociaal Team gebeurt dit vanzelf.",
    ),
    Move.FOLLOW_UP: QT_TRANSLATE_NOOP(
        "case_lifecycle",
        "Wat heeft het Sociaal Team besloten, en wanneer evalueert u samen? ibdesk herinnert u op "
        "het Overzicht als de evaluatie nadert.",
    ),
    Move.RESUME: QT_TRANSLATE_NOOP(
        "case_lifecycle",
        "De school pakt de casus weer op, bijvoorbeeld omdat het Sociaal Team de aanmelding terugstuurde.",
    ),
    Move.CLOSE: QT_TRANSLATE_NOOP(
        "case_lifecycle", "Vanaf de sluitdatum loopt de bewaartermijn (2 jaar). Een gesloten casus kunt u heropenen."
    ),
    Move.REOPEN: QT_TRANSLATE_NOOP("case_lifecycle", "De casus wordt weer lopend; de bewaartermijn stopt."),
}


def history_lines(events: list[CaseEvent]) -> list[str]:
    """One line per change, oldest first: date, what, who, and the facts recorded with it."""
    lines = []
    for e in events:
        facts = [
            e.organisation,
            e.decision.label if e.decision else None,
            (
                QCoreApplication.translate("case_lifecycle", "antwoord uiterlijk {date}")
                if e.move is Move.REFER
                else QCoreApplication.translate("case_lifecycle", "volgende evaluatie {date}")
            ).format(date=short_or_time(e.due_on))
            if e.due_on
            else None,
            e.reason,
            e.details,
        ]
        extra = "; ".join(f for f in facts if f)
        line = QCoreApplication.translate("case_lifecycle", "{date} · {change} door {actor}").format(
            date=short_or_time(e.on), change=e.move.label, actor=shown_actor(e.actor)
        )
        lines.append(line + (f" — {extra}" if extra else ""))
    return lines


class LifecyclePanel(QWidget):
    """Status, what is due, the allowed next steps (one button each), and the history."""

    def __init__(self, on_move: Callable[[str], object], parent: QWidget | None = None):
        super().__init__(parent)
        self.on_move = on_move
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        frame, inner = panel(QCoreApplication.translate("case_lifecycle", "Status van de casus"))
        self.badge = badge("")
        inner.addWidget(self.badge)
        self.facts = BulletList()
        inner.addWidget(self.facts)
        self.buttons_holder = flow_row([])
        self.buttons_box = cast(FlowLayout, self.buttons_holder.layout())
        inner.addWidget(self.buttons_holder)
        self.move_buttons: dict[str, QWidget] = {}
        inner.addWidget(styled_label(QCoreApplication.translate("case_lifecycle", "Verloop"), "strong"))
        self.history = BulletList("caption")
        inner.addWidget(self.history)
        self.no_history = styled_label("", "caption")
        inner.addWidget(self.no_history)
        layout.addWidget(frame)
        layout.addStretch(1)

    def show_state(self, state: FollowUp, events: list[CaseEvent], allowed: dict[str, Move], today: date) -> None:
        self.badge.setText(state.status.label)
        set_tone(self.badge, STATUS_TONES.get(str(state.status), ""))
        self.facts.set_lines(summary(state, today))
        for widget in self.move_buttons.values():
            self.buttons_box.removeWidget(widget)
            discard(widget)
        self.move_buttons = {}
        for word, move in allowed.items():
            text = translated("case_lifecycle", MOVE_BUTTONS[move])
            widget = button(
                text,
                text.rstrip("…"),
                partial(self.on_move, word),
                primary=move in (Move.REFER, Move.FOLLOW_UP) and word != "lopend",
                tooltip=translated("case_lifecycle", MOVE_HELP[move]),
            )
            self.buttons_box.addWidget(widget)
            self.move_buttons[word] = widget
        self.history.set_lines(list(reversed(history_lines(events))))
        self.no_history.setText(
            ""
            if events
            else QCoreApplication.translate(
                "case_lifecycle",
                "Nog geen statuswijzigingen vastgelegd (deze casus is van vóór het bijhouden van het verloop).",
            )
        )
        self.no_history.setVisible(not events)


class StatusForm(QWidget):
    """The fields one change needs; `save()` records it through the lifecycle service."""

    saved = Signal(object)  # the recorded CaseEvent
    cancelled = Signal()

    def __init__(
        self,
        lifecycle,
        case_id: int,
        word: str,
        move: Move,
        organisations: list[Organisation],
        default_org: Organisation | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.lifecycle, self.case_id, self.word, self.status_move = lifecycle, case_id, word, move
        today = lifecycle.today
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(styled_label(translated("case_lifecycle", MOVE_HELP[move]), "hint"))
        self.fields = FieldSet()
        asks = ASKS[move]
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(2, 1)
        self.date = DateInput(today=today)
        self.date.setText(short_date(today()))
        self._add(
            grid,
            "datum",
            QCoreApplication.translate("case_lifecycle", "&Datum"),
            self.date,
            QCoreApplication.translate("case_lifecycle", "Datum van deze wijziging"),
        )
        self.organisation, self.decision = QComboBox(), QComboBox()
        for combo in (self.organisation, self.decision):
            combo.setMinimumWidth(300)
        self.due = DateInput(today=today)
        if "organisatie" in asks:
            teams = sorted(organisations, key=lambda o: (o.kind is not OrgKind.SOCIAAL_TEAM, o.name))
            for org in teams:
                self.organisation.addItem(f"{org.name} ({org.kind.label})", org.id)
            if default_org is not None:
                self.organisation.setCurrentIndex(self.organisation.findData(default_org.id))
            hint = (
                ""
                if teams
                else QCoreApplication.translate("case_lifecycle", "Voeg eerst het Sociaal Team toe bij Contacten.")
            )
            self._add(
                grid,
                "organisatie",
                QCoreApplication.translate("case_lifecycle", "&Aangemeld bij"),
                self.organisation,
                QCoreApplication.translate("case_lifecycle", "Aangemeld bij organisatie"),
                hint,
            )
            self.due.setText(short_date(default_answer_due(today())))
            self._add(
                grid,
                "termijn",
                QCoreApplication.translate("case_lifecycle", "Antwoord verwacht &uiterlijk"),
                self.due,
                QCoreApplication.translate("case_lifecycle", "Antwoord verwacht uiterlijk"),
                QCoreApplication.translate(
                    "case_lifecycle",
                    "Standaard 8 weken (art. 4:13 Awb); vul de termijn in die u met het Sociaal Team afsprak.",
                ),
            )
        if "besluit" in asks:
            self.decision.addItem(QCoreApplication.translate("case_lifecycle", "Kies…"), None)
            for decision, label in DECISION_LABELS.items():
                self.decision.addItem(label, decision)
            self._add(
                grid,
                "besluit",
                QCoreApplication.translate("case_lifecycle", "&Besluit van het Sociaal Team"),
                self.decision,
                QCoreApplication.translate("case_lifecycle", "Besluit van het Sociaal Team"),
            )
            self._add(
                grid,
                "termijn",
                QCoreApplication.translate("case_lifecycle", "&Volgende evaluatie"),
                self.due,
                QCoreApplication.translate("case_lifecycle", "Volgende evaluatie met het Sociaal Team"),
                QCoreApplication.translate(
                    "case_lifecycle", "Mag leeg blijven; ibdesk herinnert u op het Overzicht als de datum nadert."
                ),
            )
        layout.addLayout(grid)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(72)
        key = "toelichting" if "toelichting" in asks else "reden"
        required = move in NEEDS_REASON
        caption = (
            QCoreApplication.translate("case_lifecycle", "&Reden")
            if required
            else QCoreApplication.translate("case_lifecycle", "&Toelichting (mag leeg blijven)")
        )
        name = (
            QCoreApplication.translate("case_lifecycle", "Reden")
            if required
            else QCoreApplication.translate("case_lifecycle", "Toelichting")
        )
        box = self.fields.add(key, FieldBox(caption, self.reason, name))
        layout.addWidget(box)
        self.problem = styled_label("", "error")
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        line = QHBoxLayout()
        saving = QCoreApplication.translate("case_lifecycle", "{change}: opslaan").format(
            change=translated("case_lifecycle", MOVE_BUTTONS[move]).rstrip("…")
        )
        self.save_button = button(
            QCoreApplication.translate("case_lifecycle", "Opslaan"), saving, self.save, primary=True
        )
        cancel = QCoreApplication.translate("case_lifecycle", "Annuleren")
        self.cancel_button = button(cancel, cancel, self.cancelled.emit)
        line.addWidget(self.save_button)
        line.addWidget(self.cancel_button)
        line.addStretch(1)
        layout.addLayout(line)
        layout.addStretch(1)

    def _add(self, grid: QGridLayout, key: str, caption: str, editor: QWidget, name: str, hint: str = "") -> None:
        box = self.fields.add(key, FieldBox(caption, editor, name, hint))
        index = len(self.fields.boxes) - 1
        grid.addWidget(box, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)

    def save(self) -> CaseEvent | None:
        errors = {key: invalid_date() for key, edit in (("datum", self.date), ("termijn", self.due)) if edit.problem()}
        if not self.date.text().strip():
            errors["datum"] = QCoreApplication.translate("case_lifecycle", "Vul de datum in (dd-mm-jjjj).")
        if errors:
            self.fields.show_errors(errors)
            return None
        text = self.reason.toPlainText()
        asks = ASKS[self.status_move]
        try:
            event = self.lifecycle.change(
                self.case_id,
                self.word,
                on=self.date.date(),
                organisation_id=self.organisation.currentData(),
                decision=self.decision.currentData(),
                due_on=self.due.date() if "termijn" in asks else None,
                reason=None if "toelichting" in asks else text,
                details=text if "toelichting" in asks else None,
            )
        except InvalidRecord as exc:
            self._show_problem("", self.fields.show_errors(exc.errors))
            return None
        except UserError as exc:
            self._show_problem(str(exc))
            return None
        except Exception as exc:
            self._show_problem(messages.describe(exc))
            return None
        self.saved.emit(event)
        return event

    def _show_problem(self, text: str, unmatched: dict[str, str] | None = None) -> None:
        text = "\n".join([text, *(unmatched or {}).values()]).strip()
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
