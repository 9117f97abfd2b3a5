"""The OPP of a case: the six-week deadline, the yearly evaluation with parents, the parents'
agreement on the handelingsdeel, hoorrecht, and each goal's traffic light over time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ibdesk.domain.opp import Timeliness
from ibdesk.services.guidance import CaseOverview
from ibdesk.text.dates import short_or_time
from ibdesk.ui.kit.banner import Banner
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.pages.parts import LightDot, badge, discard, panel
from ibdesk.ui.widgets import styled_label

TIMELINESS = {
    Timeliness.DONE_ON_TIME: ("op tijd", "ok"),
    Timeliness.DONE_LATE: ("te laat", "warn"),
    Timeliness.DUE: ("nog niet aan de orde", ""),
    Timeliness.DUE_SOON: ("binnenkort", "warn"),
    Timeliness.OVERDUE: ("verlopen", "error"),
}
AGREEMENT = {
    "in_afwachting": ("nog in afwachting", "warn"),
    "gegeven": ("gegeven", "ok"),
    "geweigerd": ("geweigerd", "error"),
    "verdeeld": ("ouders verdeeld", "error"),
}


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
        frame, inner = panel("Ontwikkelingsperspectiefplan (OPP)")
        inner.addWidget(
            styled_label(
                "Vaststellen binnen 6 weken na de start van de extra ondersteuning (het arrangement), met instemming "
                "op het handelingsdeel; minstens één keer per jaar evalueren met ouders. Ouders hebben "
                "instemmingsrecht (een leerling van 18+ stemt zelf in); de leerling wordt gehoord (hoorrecht).",
                "hint",
            )
        )
        self.state = Banner()
        inner.addWidget(self.state)
        self.facts: dict[str, tuple[QLabel, QLabel]] = {}
        for key, caption in (
            ("start", "Start ondersteuning"),
            ("draw_up", "Vaststellen uiterlijk"),
            ("evaluation", "Jaarlijkse evaluatie met ouders uiterlijk"),
            ("agreement", "Instemming (handelingsdeel)"),
            ("heard", "Leerling gehoord (hoorrecht)"),
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
        goals_frame, self.goals_box = panel("Doelen en stoplicht per evaluatie")
        self.goals_hint = styled_label("", "caption")
        self.goals_box.addWidget(self.goals_hint)
        self.goal_rows: list[QWidget] = []
        layout.addWidget(goals_frame)
        self.open_button = button("OPP openen", "OPP openen en bewerken", on_open, primary=True)
        line = QHBoxLayout()
        line.addWidget(self.open_button)
        self.sign_button = button(
            "Ouders laten tekenen…",
            "Instemming met het handelingsdeel laten tekenen",
            lambda: self.start_sign("opp"),
            tooltip="Elke ouder met gezag tekent zelf (de leerling vanaf 18)",
        )
        self.heard_button = button(
            "Leerling gehoord…",
            "Vastleggen dat de leerling is gehoord",
            lambda: self.start_sign("hoorrecht"),
            tooltip="Hoorrecht: de leerling vanaf 12",
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
                s.line() + (" — gaat niet akkoord" if s.decision == "geweigerd" else "")
                for s in done
                if s.subject in ("opp", "hoorrecht")
            ]
            parts = ["Getekend: " + "; ".join(lines) + "."] if lines else []
            if opp_waiting:  # the OPP is vastgesteld only once each of them agreed (WPO art. 40a lid 2)
                parts.append("Nog niet akkoord: " + ", ".join(f"{s.name} ({s.role})" for s in opp_waiting) + ".")
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
            "Verder met het concept-OPP"
            if concept
            else "Verder met het OPP"
            if opp and not saved
            else "OPP openen"
            if saved
            else "OPP opstellen"
        )
        for widget in self.goal_rows:
            discard(widget)
        self.goal_rows = []
        if opp is None:
            self.state.show_text(
                "info",
                "Er is nog geen OPP voor deze leerling.",
                ["Een OPP is nodig zodra de leerling extra ondersteuning krijgt (arrangement)."],
            )
            for key in self.facts:
                self._fact(key, "—")
            self.goals_hint.setText("Nog geen doelen vastgelegd.")
            return
        newer = (
            [f"Er is een nieuwer concept van {short_or_time(concept.saved_at)}; het telt mee zodra u het afrondt."]
            if concept
            else []
        )
        if saved:
            self.state.show_text(
                "ok",
                f"OPP vastgesteld op {short_or_time(opp.settled_on)} (instemming op het handelingsdeel)."
                if opp.settled_on
                else f"OPP opgesteld op {short_or_time(opp.drawn_up_on)}; nog niet vastgesteld (geen instemming)."
                if opp.drawn_up_on
                else "OPP vastgelegd; datum van opstellen nog niet ingevuld.",
                newer,
            )
        elif concept:
            self.state.show_text(
                "warn",
                f"Concept-OPP, opgeslagen op {short_or_time(concept.saved_at)}: nog niet vastgesteld.",
                ["Rond het af (Opslaan) zodra alles is ingevuld; de termijn van zes weken loopt."],
            )
        else:
            self.state.show_text("warn", "Het OPP wordt opgesteld (nog niet opgeslagen).")
        self._fact("start", short_or_time(opp.support_start) or "niet ingevuld")
        settled = (
            f"vastgesteld op {short_or_time(opp.settled_on)}"
            if opp.settled_on
            else (
                f"opgesteld op {short_or_time(opp.drawn_up_on)}, nog niet vastgesteld (geen instemming)"
                if opp.drawn_up_on
                else ""
            )
        )
        self._timed("draw_up", opp.draw_up_deadline, opp.draw_up, settled)
        self._timed("evaluation", opp.evaluation_due, opp.evaluation, "")
        text, tone = AGREEMENT.get(opp.agreement, (opp.agreement, ""))
        self._fact(
            "agreement",
            opp.agreement_note
            or ("" if opp.agreement == "gegeven" else "Tot er instemming is, geeft de school de ondersteuning wel."),
            text,
            tone,
        )
        if opp.pupil_heard:
            self._fact(
                "heard",
                f"gehoord op {short_or_time(opp.pupil_heard_on)}" if opp.pupil_heard_on else "datum niet ingevuld",
                "ja",
                "ok",
            )
        elif opp.pupil_heard is False:
            self._fact("heard", "Leg vast waarom niet, en hoor de leerling bij de volgende evaluatie.", "nee", "error")
        else:
            self._fact("heard", "Nog niet vastgelegd.", "onbekend", "warn")
        self._show_goals(opp.goals)

    def _timed(self, key: str, deadline, state: Timeliness | None, extra: str) -> None:
        if deadline is None or state is None:
            self._fact(key, "nog niet te bepalen (datum ontbreekt)")
            return
        text, tone = TIMELINESS[state]
        self._fact(key, short_or_time(deadline) + (f" — {extra}" if extra else ""), text, tone)

    def _show_goals(self, goals) -> None:
        self.goals_hint.setText(
            "Rood: niet op koers · oranje: aandacht nodig · groen: op koers · donkergroen: "
            "doel bereikt. Het eerste bolletje is de oudste evaluatie."
            if goals
            else "Nog geen doelen met een stoplicht vastgelegd."
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
            box.addWidget(badge(f"nu: {latest}" if latest else "nog geen evaluatie", tone))
            line.setAccessibleName(
                f"Doel {track.goal}: " + ", ".join(f"{light} op {short_or_time(when)}" for when, light in track.lights)
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
