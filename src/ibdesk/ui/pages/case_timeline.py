"""The routekaart of one case as a timeline: a card per step with its state, dates, who took
part, missing evidence, stalled steps with whom to escalate to, and the step's actions."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ibdesk.domain.route import Escalation, StepState, StepView, not_applicable_text
from ibdesk.dossier.step_facts import StepFacts, all_facts, participants_text, when_text
from ibdesk.i18n import language
from ibdesk.services.guidance import CaseOverview, Concept
from ibdesk.text.dates import short_or_time
from ibdesk.ui.flow import flow_row
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.kit.translate import QT_TRANSLATE_NOOP, translated
from ibdesk.ui.models import nl_phone
from ibdesk.ui.pages.parts import badge, discard
from ibdesk.ui.widgets import line_edit, repolish, styled_label

ROLE_LABELS = {
    "leerkracht": QT_TRANSLATE_NOOP("case_timeline", "leerkracht"),
    "ib": QT_TRANSLATE_NOOP("case_timeline", "IB'er"),
    "ouders": QT_TRANSLATE_NOOP("case_timeline", "ouders"),
    "leerling": QT_TRANSLATE_NOOP("case_timeline", "leerling"),
    "jgz": QT_TRANSLATE_NOOP("case_timeline", "JGZ"),
    "smw": QT_TRANSLATE_NOOP("case_timeline", "schoolmaatschappelijk werk"),
    "consulent_swv": QT_TRANSLATE_NOOP("case_timeline", "consulent SWV"),
    "orthopedagoog_swv": QT_TRANSLATE_NOOP("case_timeline", "orthopedagoog SWV"),
    "zorgcoordinator": QT_TRANSLATE_NOOP("case_timeline", "zorgcoördinator"),
    "jeugdconsulent": QT_TRANSLATE_NOOP("case_timeline", "jeugdconsulent Sociaal Team"),
    "mentor": QT_TRANSLATE_NOOP("case_timeline", "mentor"),
    "directeur": QT_TRANSLATE_NOOP("case_timeline", "directeur"),
    "leerplicht": QT_TRANSLATE_NOOP("case_timeline", "leerplicht"),
    "leerplichtambtenaar": QT_TRANSLATE_NOOP("case_timeline", "leerplichtambtenaar"),
    "swv": QT_TRANSLATE_NOOP("case_timeline", "samenwerkingsverband"),
    "sociaal_team": QT_TRANSLATE_NOOP("case_timeline", "Sociaal Team"),
    "jeugdhulp": QT_TRANSLATE_NOOP("case_timeline", "jeugdhulp"),
    "jeugdarts": QT_TRANSLATE_NOOP("case_timeline", "jeugdarts"),
}
STATE_TONES = {StepState.OPEN: "", StepState.IN_PROGRESS: "info", StepState.DONE: "ok", StepState.NOT_APPLICABLE: ""}
# (step id, new state, reason) -> Dutch refusal message or None when it worked
StateSetter = Callable[[str, StepState, str | None], str | None]


def people(keys: tuple[str, ...]) -> str:
    return ", ".join(
        translated("case_timeline", ROLE_LABELS[k]) if k in ROLE_LABELS else k.replace("_", " ") for k in keys
    )


def duration(days: int | None) -> str:
    if not days:
        return ""
    if days % 7 == 0 and days >= 14:
        return QCoreApplication.translate("case_timeline", "{weeks} weken").format(weeks=days // 7)
    return QCoreApplication.translate("case_timeline", "{days} dagen").format(days=days)


def escalation_text(e: Escalation) -> str:
    phone = (
        QCoreApplication.translate("case_timeline", "(tel. {phone})").format(phone=nl_phone(e.phone)) if e.phone else ""
    )
    mandate = (
        QCoreApplication.translate("case_timeline", "— mandaat: {mandate}").format(mandate=e.mandate)
        if e.mandate
        else ""
    )
    text = QCoreApplication.translate("case_timeline", "Opschalen naar: {person}, {role} bij {organisation}").format(
        person=e.person, role=e.role, organisation=e.organisation
    )
    return " ".join(part for part in (text, mandate, phone) if part)


class StepCard(QFrame):
    def __init__(
        self,
        number: int,
        view: StepView,
        place: str,
        escalations: list[Escalation],
        on_evidence: Callable[[str], object],
        on_state: StateSetter,
        concept: Concept | None = None,
        facts: StepFacts | None = None,
        calendar=None,
    ):
        super().__init__()
        self.view, self.number, self.concept = view, number, concept
        self.step_facts, self.calendar = facts, calendar
        self._on_state = on_state
        info, progress = view.info, view.progress
        self.setProperty("role", "step")
        self.setProperty("state", self._look(place))
        self.setAccessibleName(
            QCoreApplication.translate("case_timeline", "Stap {number}: {title}, {state}").format(
                number=number, title=info.title, state=progress.state.label.lower()
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(8)
        self.title = styled_label(f"{number}.  {info.title}", "strong")
        self.title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        top.addWidget(self.title, 1)
        layout.addLayout(top)
        self.state_badge = badge(progress.state.label, STATE_TONES[progress.state])
        marks = [self.state_badge]  # under the title: a long title and "Niet van toepassing" fit a narrow window
        if place == "current":
            marks.append(badge(QCoreApplication.translate("case_timeline", "Nu aan de beurt"), "info"))
        elif place == "next":
            marks.append(badge(QCoreApplication.translate("case_timeline", "Hierna"), ""))
        if view.stalled:
            marks.append(badge(QCoreApplication.translate("case_timeline", "Loopt vast"), "error"))
        if concept is not None:
            marks.append(badge(QCoreApplication.translate("case_timeline", "Concept"), "warn"))
        layout.addWidget(flow_row(marks))
        self.facts = styled_label(self._facts(), "hint")
        layout.addWidget(self.facts)
        self.concept_note = styled_label("", "caption")
        if concept is not None:
            self.concept_note.setText(
                QCoreApplication.translate(
                    "case_timeline",
                    "Concept-bewijs opgeslagen op {date}: nog niet compleet, "
                    "telt nog niet mee. Open het om het af te maken.",
                ).format(date=short_or_time(concept.saved_at))
            )
        layout.addWidget(self.concept_note)
        self.concept_note.setVisible(concept is not None)
        self.missing = styled_label("", "warn")
        if view.missing_evidence and not progress.state.finished:
            self.missing.setText(
                QCoreApplication.translate("case_timeline", "Nog nodig om af te ronden: {evidence}.").format(
                    evidence=", ".join(view.missing_evidence)
                )
            )
        layout.addWidget(self.missing)
        self.missing.setVisible(bool(self.missing.text()))
        warning = QCoreApplication.translate("case_timeline", "Let op: {warning}")
        self.warnings = styled_label("\n".join(warning.format(warning=w) for w in view.warnings), "warn")
        layout.addWidget(self.warnings)
        self.warnings.setVisible(bool(view.warnings))
        self.stalled = styled_label("", "error")
        if view.stalled:
            late = (
                QCoreApplication.translate("case_timeline", "Loopt 1 dag over de normale duur (streefdatum {date}).")
                if view.stalled_days == 1
                else QCoreApplication.translate(
                    "case_timeline", "Loopt {days} dagen over de normale duur (streefdatum {date})."
                )
            )
            lines = [late.format(days=view.stalled_days, date=short_or_time(view.due_on))]
            lines += [escalation_text(e) for e in escalations] or [
                QCoreApplication.translate(
                    "case_timeline",
                    "Opschalen naar: geen contactpersoon voor opschaling bekend; vul dit aan bij Contacten.",
                )
            ]
            self.stalled.setText("\n".join(lines))
        layout.addWidget(self.stalled)
        self.stalled.setVisible(view.stalled)
        layout.addWidget(self._buttons(on_evidence))
        layout.addWidget(self._reason_row())
        error = styled_label("", "error")
        error.setVisible(False)
        error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(error)
        self.error: QLabel | None = error  # None once the card is being replaced

    def _look(self, place: str) -> str:
        state = self.view.progress.state
        if self.view.stalled:
            return "stalled"
        if state is StepState.DONE:
            return "done"
        if state is StepState.NOT_APPLICABLE:
            return "nvt"
        return "current" if place == "current" else "open"

    def _facts(self) -> str:
        """Dates from the evidence (dossier/step_facts.py), who took part only as recorded; the
        route's roles are named as the roles it expects, never as people who took part."""
        info, p, facts = self.view.info, self.view.progress, self.step_facts
        parts = [
            QCoreApplication.translate("case_timeline", "Verplichte stap")
            if info.required
            else QCoreApplication.translate("case_timeline", "Stap als het nodig is")
        ]
        when = when_text(facts, self.calendar, lang=language()) if facts is not None else ""
        if p.state is StepState.NOT_APPLICABLE:
            parts.append(not_applicable_text(p, lang=language()))
        elif when:
            parts.append(
                QCoreApplication.translate("case_timeline", "afgerond, {when}").format(when=when)
                if p.state is StepState.DONE
                else when
            )
        elif p.state is StepState.DONE:
            parts.append(QCoreApplication.translate("case_timeline", "afgerond"))
        if not p.state.finished:
            if self.view.due_on and not self.view.stalled:
                parts.append(
                    QCoreApplication.translate("case_timeline", "streefdatum {date}").format(
                        date=short_or_time(self.view.due_on)
                    )
                )
            if info.normal_duration_days:
                parts.append(
                    QCoreApplication.translate("case_timeline", "gebruikelijke duur {duration}").format(
                        duration=duration(info.normal_duration_days)
                    )
                )
        recorded = participants_text(facts) if facts is not None else ""
        if recorded:
            parts.append(recorded)
        elif info.participants and not p.state.finished:
            parts.append(
                QCoreApplication.translate("case_timeline", "rollen volgens de routekaart: {roles}").format(
                    roles=people(info.participants)
                )
            )
        return " · ".join(parts)

    def _buttons(self, on_evidence: Callable[[str], object]) -> QWidget:
        """The step's actions; they wrap to a second line in a narrow window instead of being cut off."""
        info, state = self.view.info, self.view.progress.state
        label = (
            QCoreApplication.translate("case_timeline", "Concept afmaken")
            if self.concept is not None
            else QCoreApplication.translate("case_timeline", "Bewijs bekijken of aanvullen")
            if state.finished
            else QCoreApplication.translate("case_timeline", "Bewijs invullen")
        )
        self.evidence_button = button(
            label,
            QCoreApplication.translate("case_timeline", "{action} voor stap {number}: {title}").format(
                action=label, number=self.number, title=info.title
            ),
            lambda: on_evidence(info.id),
        )
        self.state_buttons = {}
        choices: tuple[tuple[StepState, str], ...] = (
            ((StepState.IN_PROGRESS, QCoreApplication.translate("case_timeline", "Heropenen")),)
            if state.finished
            else (
                (StepState.IN_PROGRESS, QCoreApplication.translate("case_timeline", "Bezig")),
                (StepState.DONE, QCoreApplication.translate("case_timeline", "Afgerond")),
                (StepState.NOT_APPLICABLE, QCoreApplication.translate("case_timeline", "Niet van toepassing…")),
            )
        )
        if not info.may_skip:  # the route does not allow skipping this step (allow_not_applicable)
            choices = tuple(c for c in choices if c[0] is not StepState.NOT_APPLICABLE)
        for target, text in choices:
            name = QCoreApplication.translate("case_timeline", "Stap {number} op '{state}' zetten").format(
                number=self.number, state=target.label
            )
            widget = button(text, name, partial(self.request, target))
            if target is state:  # hide only: showing a widget that has no parent yet opens it as a window
                widget.hide()
            self.state_buttons[target] = widget
        return flow_row([self.evidence_button, *self.state_buttons.values()])

    def _reason_row(self) -> QWidget:
        self.reason_box = QWidget()
        box = QVBoxLayout(self.reason_box)
        box.setContentsMargins(0, 2, 0, 0)
        box.setSpacing(4)
        line = QHBoxLayout()
        caption = QLabel(QCoreApplication.translate("case_timeline", "Waarom niet van toepassing?"))
        self.reason = line_edit(
            QCoreApplication.translate("case_timeline", "Reden waarom stap {number} niet van toepassing is").format(
                number=self.number
            ),
            QCoreApplication.translate("case_timeline", "bijvoorbeeld: besproken in het MDO, niet nodig omdat…"),
        )
        caption.setBuddy(self.reason)
        self.reason.returnPressed.connect(lambda: self.request(StepState.NOT_APPLICABLE, confirmed=True))
        confirm = button(
            QCoreApplication.translate("case_timeline", "Vastleggen"),
            QCoreApplication.translate("case_timeline", "Niet van toepassing vastleggen voor stap {number}").format(
                number=self.number
            ),
            lambda: self.request(StepState.NOT_APPLICABLE, confirmed=True),
        )
        cancel = button(
            QCoreApplication.translate("case_timeline", "Annuleren"),
            QCoreApplication.translate("case_timeline", "Niet van toepassing annuleren voor stap {number}").format(
                number=self.number
            ),
            lambda: self.reason_box.setVisible(False),
        )
        box.addWidget(caption)  # above the field: the row fits a narrow window
        line.addWidget(self.reason, 1)
        line.addWidget(confirm)
        line.addWidget(cancel)
        box.addLayout(line)
        self.reason_box.setVisible(False)
        return self.reason_box

    def request(self, state: StepState, confirmed: bool = False) -> None:
        if state is StepState.NOT_APPLICABLE and not confirmed:
            self.reason_box.setVisible(True)
            self.reason.setFocus()
            return
        reason = self.reason.text() if state is StepState.NOT_APPLICABLE else None
        problem = self._on_state(self.view.info.id, state, reason)
        self.show_problem(problem)

    def show_problem(self, problem: str | None) -> None:
        if self.error is None:  # the card was rebuilt after a successful change
            return
        self.error.setText(problem or "")
        self.error.setVisible(bool(problem))
        if problem:
            self.setAccessibleDescription(problem)
            repolish(self)


class RouteTimeline(QWidget):
    """All step cards of a case, top to bottom; rebuilt on every `show_overview`."""

    def __init__(self, on_evidence: Callable[[str], object], on_state: StateSetter, parent: QWidget | None = None):
        super().__init__(parent)
        self._on_evidence, self._on_state = on_evidence, on_state
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 6, 0)
        self.box.setSpacing(8)
        self.intro = styled_label("", "hint")
        self.box.addWidget(self.intro)
        self.cards: list[StepCard] = []
        self.box.addStretch(1)

    def show_overview(self, ov: CaseOverview, calendar=None) -> None:
        for card in self.cards:
            card.error = None
            discard(card)
        self.cards = []
        view = ov.view
        if ov.route is None:
            self.intro.setText(
                QCoreApplication.translate(
                    "case_timeline",
                    "Voor deze casus is geen routekaart beschikbaar. Kies bij Instellingen de routekaart van uw regio.",
                )
            )
            return
        done = sum(v.progress.state is StepState.DONE for v in view.steps)
        skipped = sum(v.progress.state is StepState.NOT_APPLICABLE for v in view.steps)
        progress = (
            QCoreApplication.translate(
                "case_timeline", "{route} · {done} van {total} stappen afgerond, {skipped} niet van toepassing."
            )
            if skipped
            else QCoreApplication.translate("case_timeline", "{route} · {done} van {total} stappen afgerond.")
        )
        parts = [progress.format(route=ov.route.title, done=done, total=len(view.steps), skipped=skipped)]
        if view.current is not None:
            parts.append(
                QCoreApplication.translate("case_timeline", "Nu: {step}.").format(step=view.current.info.title)
            )
        if view.next is not None:
            parts.append(
                QCoreApplication.translate("case_timeline", "Daarna: {step}.").format(step=view.next.info.title)
            )
        self.intro.setText(" ".join(parts))
        facts = all_facts(ov.route, ov.forms, view)
        for number, step in enumerate(view.steps, start=1):
            place = (
                "current"
                if view.current is not None and step.info.id == view.current.info.id
                else "next"
                if view.next is not None and step.info.id == view.next.info.id
                else ""
            )
            card = StepCard(
                number,
                step,
                place,
                ov.escalations if step.stalled else [],
                self._on_evidence,
                self._on_state,
                ov.concepts.get((ov.route.id, step.info.id)),
                facts.get(step.info.id),
                calendar,
            )
            self.box.insertWidget(self.box.count() - 1, card)
            self.cards.append(card)

    def card(self, step_id: str) -> StepCard:
        return next(c for c in self.cards if c.view.info.id == step_id)
