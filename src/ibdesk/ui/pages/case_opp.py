"""The OPP of a case: the six-week deadline, the yearly evaluation with parents, the parents'
agreement on the handelingsdeel, hoorrecht, and each goal's traffic light over time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ibdesk.domain.opp import Timeliness
from ibdesk.services.guidance import CaseOverview
from ibdesk.text.dates import short_or_time
from ibdesk.ui.kit.banner import Banner
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.kit.translate import translated
from ibdesk.ui.pages.parts import LightDot, badge, discard, panel
from ibdesk.ui.widgets import styled_label

TIMELINESS = {
    Timeliness.DONE_ON_TIME: (QT_TRANSLATE_NOOP("case_opp", "op tijd"), "ok"),
    Timeliness.DONE_LATE: (QT_TRANSLATE_NOOP("case_opp", "te laat"), "warn"),
    Timeliness.DUE: (QT_TRANSLATE_NOOP("case_opp", "nog niet aan de orde"), ""),
    Timeliness.DUE_SOON: (QT_TRANSLATE_NOOP("case_opp", "binnenkort"), "warn"),
    Timeliness.OVERDUE: (QT_TRANSLATE_NOOP("case_opp", "verlopen"), "error"),
}
AGREEMENT = {
    "in_afwachting": (QT_TRANSLATE_NOOP("case_opp", "nog in afwachting"), "warn"),
    "gegeven": (QT_TRANSLATE_NOOP("case_opp", "gegeven"), "ok"),
    "geweigerd": (QT_TRANSLATE_NOOP("case_opp", "geweigerd"), "error"),
    "verdeeld": (QT_TRANSLATE_NOOP("case_opp", "ouders verdeeld"), "error"),
}
LIGHTS = {  # the form's traffic-light options (stored values), as shown
    "rood": QT_TRANSLATE_NOOP("case_opp", "rood"),
    "oranje": QT_TRANSLATE_NOOP("case_opp", "oranje"),
    "groen": QT_TRANSLATE_NOOP("case_opp", "groen"),
    "donkergroen": QT_TRANSLATE_NOOP("case_opp", "donkergroen"),
}


def light_name(light: str) -> str:
    return translated("case_opp", str(LIGHTS[light])) if light in LIGHTS else light


class OppPanel(QWidget):
    def __init__(
        self,
        on_open: Callable[[], object],
        parent: QWidget | None = None,
        context=None,
        on_changed: Callable[[], object] | None = None,
    ):
        super().__init__(parent)
        self.context, self._on_changed = context, on_changed
        self.case_id: int | None = None
        self.opp_answer_id: int | None = None
        self.drawn_up: date | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        frame, inner = panel(QCoreApplication.translate("case_opp", "Ontwikkelingsperspectiefplan (OPP)"))
        inner.addWidget(
            styled_label(
                QCoreApplication.translate(
                    "case_opp",
                    "Vaststellen binnen 6 weken na de start van de extra ondersteuning (het arrangement), met "
                    "instemming op het handelingsdeel; minstens één keer per jaar evalueren met ouders. Ouders hebben "
                    "instemmingsrecht (een leerling van 18+ stemt zelf in); de leerling wordt gehoord (hoorrecht).",
                ),
                "hint",
            )
        )
        self.state = Banner()
        inner.addWidget(self.state)
        self.facts: dict[str, tuple[QLabel, QLabel]] = {}
        for key, caption in (
            ("start", QCoreApplication.translate("case_opp", "Start ondersteuning")),
            ("draw_up", QCoreApplication.translate("case_opp", "Vaststellen uiterlijk")),
            ("evaluation", QCoreApplication.translate("case_opp", "Jaarlijkse evaluatie met ouders uiterlijk")),
            ("agreement", QCoreApplication.translate("case_opp", "Instemming (handelingsdeel)")),
            ("heard", QCoreApplication.translate("case_opp", "Leerling gehoord (hoorrecht)")),
        ):
            line = QHBoxLayout()
            line.setSpacing(10)
            key_label = styled_label(caption + ":", "hint", wrap=False)
            key_label.setFixedWidth(270)
            value = styled_label("", "body")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            tag = badge("")
            line.addWidget(key_label, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(tag, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(value, 1)
            inner.addLayout(line)
            self.facts[key] = (tag, value)
        layout.addWidget(frame)
        goals_frame, self.goals_box = panel(QCoreApplication.translate("case_opp", "Doelen en stoplicht per evaluatie"))
        self.goals_hint = styled_label("", "caption")
        self.goals_box.addWidget(self.goals_hint)
        self.goal_rows: list[QWidget] = []
        layout.addWidget(goals_frame)
        self.open_button = button(
            QCoreApplication.translate("case_opp", "OPP openen"),
            QCoreApplication.translate("case_opp", "OPP openen en bewerken"),
            on_open,
            primary=True,
        )
        line = QHBoxLayout()
        line.addWidget(self.open_button)
        self.sign_button = button(
            QCoreApplication.translate("case_opp", "Ouders laten tekenen…"),
            QCoreApplication.translate("case_opp", "Instemming met het handelingsdeel laten tekenen"),
            lambda: self.start_sign("opp"),
            tooltip=QCoreApplication.translate("case_opp", "Elke ouder met gezag tekent zelf (de leerling vanaf 18)"),
        )
        self.heard_button = button(
            QCoreApplication.translate("case_opp", "Leerling gehoord…"),
            QCoreApplication.translate("case_opp", "Vastleggen dat de leerling is gehoord"),
            lambda: self.start_sign("hoorrecht"),
            tooltip=QCoreApplication.translate("case_opp", "Hoorrecht: de leerling vanaf 12"),
        )
        for extra in (self.sign_button, self.heard_button):
            extra.setVisible(False)
            line.addWidget(extra)
        line.addStretch(1)
        layout.addLayout(line)
        self.signed_note = styled_label("", "hint")
        self.signed_note.setVisible(False)
        layout.addWidget(self.signed_note)
        self.sign_box = None
        if context is not None:
            from ibdesk.ui.pages.case_signing import SignBox

            self.sign_box = SignBox(context, self._signed)
            layout.addWidget(self.sign_box)
        layout.addStretch(1)

    # -- signing: each parent agrees, the pupil is heard (WPO art. 40a) --------------------------------
    def waiting(self, subject: str):
        if self.context is None or self.opp_answer_id is None:
            return []
        return self.context.services.signatures.still_needed(self.case_id, subject, self.opp_answer_id)

    def start_sign(self, subject: str) -> None:
        signers = self.waiting(subject)
        case_id, answer_id = self.case_id, self.opp_answer_id
        if not signers or self.sign_box is None or case_id is None or answer_id is None:
            return
        service = self.context.services.signatures

        def statement(signer):
            if subject == "hoorrecht":
                return service.hearing_statement(signer, "het ontwikkelingsperspectiefplan (OPP)")
            agree = self.sign_box.decision.currentData() != "geweigerd"
            return service.opp_statement(self.case_id, signer, self.drawn_up, agree)

        self.sign_box.start(case_id, answer_id, signers, subject, statement)

    def _signed(self, message: str) -> None:
        """A signature may make the OPP vastgesteld: the whole case page reads it anew."""
        if self._on_changed is not None:
            self._on_changed()
        else:
            self._show_signing()

    def _show_signing(self) -> None:
        opp_waiting, heard_waiting = self.waiting("opp"), self.waiting("hoorrecht")
        self.sign_button.setVisible(bool(opp_waiting))
        self.heard_button.setVisible(bool(heard_waiting))
        if self.context is not None and self.opp_answer_id is not None:
            done = self.context.services.signatures.signatures(self.case_id, None, self.opp_answer_id)
            lines = [
                s.shown_line()
                + (QCoreApplication.translate("case_opp", " — gaat niet akkoord") if s.decision == "geweigerd" else "")
                for s in done
                if s.subject in ("opp", "hoorrecht")
            ]
            parts = (
                [QCoreApplication.translate("case_opp", "Getekend: {lines}.").format(lines="; ".join(lines))]
                if lines
                else []
            )
            if opp_waiting:  # the OPP is vastgesteld only once each of them agreed (WPO art. 40a lid 2)
                names = ", ".join(f"{s.name} ({s.role})" for s in opp_waiting)
                parts.append(QCoreApplication.translate("case_opp", "Nog niet akkoord: {names}.").format(names=names))
            if parts:
                self.signed_note.setText("\n".join(parts))
                self.signed_note.setVisible(True)

    def _fact(self, key: str, value: str, tag: str = "", tone: str = "") -> None:
        label, text = self.facts[key]
        label.setText(tag)
        label.setProperty("tone", tone)
        label.setVisible(bool(tag))
        label.style().unpolish(label)
        label.style().polish(label)
        text.setText(value)

    def show_overview(self, ov: CaseOverview) -> None:
        opp, saved, concept = ov.opp, ("opp", None) in ov.forms, ov.concepts.get(("opp", None))
        self.case_id, self.drawn_up = ov.case.id, opp.drawn_up_on if opp else None
        latest = self.context.services.forms.latest(ov.case.id, "opp") if self.context and saved else None
        self.opp_answer_id = latest.id if latest is not None and not getattr(latest, "concept", False) else None
        self.signed_note.setVisible(False)
        if self.sign_box is not None:
            self.sign_box.setVisible(False)
        self._show_signing()
        self.open_button.setText(
            QCoreApplication.translate("case_opp", "Verder met het concept-OPP")
            if concept
            else QCoreApplication.translate("case_opp", "Verder met het OPP")
            if opp and not saved
            else QCoreApplication.translate("case_opp", "OPP openen")
            if saved
            else QCoreApplication.translate("case_opp", "OPP opstellen")
        )
        for widget in self.goal_rows:
            discard(widget)
        self.goal_rows = []
        if opp is None:
            self.state.show_text(
                "info",
                QCoreApplication.translate("case_opp", "Er is nog geen OPP voor deze leerling."),
                [
                    QCoreApplication.translate(
                        "case_opp", "Een OPP is nodig zodra de leerling extra ondersteuning krijgt (arrangement)."
                    )
                ],
            )
            for key in self.facts:
                self._fact(key, "—")
            self.goals_hint.setText(QCoreApplication.translate("case_opp", "Nog geen doelen vastgelegd."))
            return
        newer = (
            [
                QCoreApplication.translate(
                    "case_opp", "Er is een nieuwer concept van {when}; het telt mee zodra u het afrondt."
                ).format(when=short_or_time(concept.saved_at))
            ]
            if concept
            else []
        )
        if saved:
            self.state.show_text(
                "ok",
                QCoreApplication.translate(
                    "case_opp", "OPP vastgesteld op {date} (instemming op het handelingsdeel)."
                ).format(date=short_or_time(opp.settled_on))
                if opp.settled_on
                else QCoreApplication.translate(
                    "case_opp", "OPP opgesteld op {date}; nog niet vastgesteld (geen instemming)."
                ).format(date=short_or_time(opp.drawn_up_on))
                if opp.drawn_up_on
                else QCoreApplication.translate("case_opp", "OPP vastgelegd; datum van opstellen nog niet ingevuld."),
                newer,
            )
        elif concept:
            self.state.show_text(
                "warn",
                QCoreApplication.translate(
                    "case_opp", "Concept-OPP, opgeslagen op {when}: nog niet vastgesteld."
                ).format(when=short_or_time(concept.saved_at)),
                [
                    QCoreApplication.translate(
                        "case_opp", "Rond het af (Opslaan) zodra alles is ingevuld; de termijn van zes weken loopt."
                    )
                ],
            )
        else:
            self.state.show_text(
                "warn", QCoreApplication.translate("case_opp", "Het OPP wordt opgesteld (nog niet opgeslagen).")
            )
        self._fact("start", short_or_time(opp.support_start) or QCoreApplication.translate("case_opp", "niet ingevuld"))
        settled = (
            QCoreApplication.translate("case_opp", "vastgesteld op {date}").format(date=short_or_time(opp.settled_on))
            if opp.settled_on
            else (
                QCoreApplication.translate(
                    "case_opp", "opgesteld op {date}, nog niet vastgesteld (geen instemming)"
                ).format(date=short_or_time(opp.drawn_up_on))
                if opp.drawn_up_on
                else ""
            )
        )
        self._timed("draw_up", opp.draw_up_deadline, opp.draw_up, settled)
        self._timed("evaluation", opp.evaluation_due, opp.evaluation, "")
        text, tone = AGREEMENT.get(opp.agreement, (opp.agreement, ""))
        text = translated("case_opp", str(text)) if opp.agreement in AGREEMENT else str(text)
        self._fact(
            "agreement",
            opp.agreement_note_shown
            or (
                ""
                if opp.agreement == "gegeven"
                else QCoreApplication.translate(
                    "case_opp", "Tot er instemming is, geeft de school de ondersteuning wel."
                )
            ),
            text,
            tone,
        )
        if opp.pupil_heard:
            self._fact(
                "heard",
                QCoreApplication.translate("case_opp", "gehoord op {date}").format(
                    date=short_or_time(opp.pupil_heard_on)
                )
                if opp.pupil_heard_on
                else QCoreApplication.translate("case_opp", "datum niet ingevuld"),
                QCoreApplication.translate("case_opp", "ja"),
                "ok",
            )
        elif opp.pupil_heard is False:
            self._fact(
                "heard",
                QCoreApplication.translate(
                    "case_opp", "Leg vast waarom niet, en hoor de leerling bij de volgende evaluatie."
                ),
                QCoreApplication.translate("case_opp", "nee"),
                "error",
            )
        else:
            self._fact(
                "heard",
                QCoreApplication.translate("case_opp", "Nog niet vastgelegd."),
                QCoreApplication.translate("case_opp", "onbekend"),
                "warn",
            )
        self._show_goals(opp.goals)

    def _timed(self, key: str, deadline, state: Timeliness | None, extra: str) -> None:
        if deadline is None or state is None:
            self._fact(key, QCoreApplication.translate("case_opp", "nog niet te bepalen (datum ontbreekt)"))
            return
        text, tone = TIMELINESS[state]
        self._fact(
            key, short_or_time(deadline) + (f" — {extra}" if extra else ""), translated("case_opp", str(text)), tone
        )

    def _show_goals(self, goals) -> None:
        self.goals_hint.setText(
            QCoreApplication.translate(
                "case_opp",
                "Rood: niet op koers · oranje: aandacht nodig · groen: op koers · donkergroen: "
                "doel bereikt. Het eerste bolletje is de oudste evaluatie.",
            )
            if goals
            else QCoreApplication.translate("case_opp", "Nog geen doelen met een stoplicht vastgelegd.")
        )
        for track in goals:
            line = QWidget()
            box = QHBoxLayout(line)
            box.setContentsMargins(0, 2, 0, 2)
            box.setSpacing(6)
            text = styled_label(track.goal, "body")
            text.setMinimumWidth(260)
            box.addWidget(text, 1)
            for when, light in track.lights:
                box.addWidget(LightDot(light, when))
            latest = track.latest
            tone = {"rood": "error", "oranje": "warn", "groen": "ok", "donkergroen": "ok"}.get(latest or "", "")
            box.addWidget(
                badge(
                    QCoreApplication.translate("case_opp", "nu: {light}").format(light=light_name(latest))
                    if latest
                    else QCoreApplication.translate("case_opp", "nog geen evaluatie"),
                    tone,
                )
            )
            on = QCoreApplication.translate("case_opp", "{light} op {date}")
            lights = ", ".join(
                on.format(light=light_name(light), date=short_or_time(when)) for when, light in track.lights
            )
            line.setAccessibleName(
                QCoreApplication.translate("case_opp", "Doel {goal}: {lights}").format(goal=track.goal, lights=lights)
            )
            self.goals_box.addWidget(line)
            self.goal_rows.append(line)

    def goal_lights(self) -> dict[str, list[str]]:
        """Per goal the lights shown (oldest first) — what a user sees, for tests."""
        out = {}
        for line in self.goal_rows:
            dots = [w.light for w in line.findChildren(LightDot)]
            out[line.findChildren(QLabel)[0].text()] = dots
        return out
