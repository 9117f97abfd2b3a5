"""The second page of the export wizard: what will and will not be shared, per kind of
data, on which basis — and why not; no way on when the case is not ready."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QVBoxLayout, QWidget

from ibdesk.services import export_plan
from ibdesk.text.dates import long_date
from ibdesk.text.numbers import plural
from ibdesk.ui.dossier.common import ExportPage, busy, esc, heading, section
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.banner import Banner
from ibdesk.ui.kit.lists import bullet_html
from ibdesk.ui.kit.palette import ERROR, OK, html_color
from ibdesk.ui.widgets import named, styled_label


def _row(ok: bool, title: str, status: str, detail: str) -> QFrame:
    frame = QFrame()
    frame.setProperty("role", "row")
    grid = QGridLayout(frame)
    grid.setContentsMargins(10, 6, 12, 7)
    grid.setHorizontalSpacing(10)
    grid.setVerticalSpacing(1)
    mark = styled_label("✓" if ok else "✗", "mark", wrap=False)
    mark.setProperty("tone", "ok" if ok else "error")
    mark.setAccessibleName("gedeeld" if ok else "niet gedeeld")
    mark.setFixedWidth(18)
    grid.addWidget(mark, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
    grid.addWidget(styled_label(esc(title), "strong"), 0, 1)
    colour = OK if ok else ERROR
    text = styled_label(
        f'<span style="color:{html_color(colour)}; font-weight:600;">{esc(status)}</span>'
        + (f" — {esc(detail)}" if detail else ""),
        "body",
    )
    text.setTextFormat(Qt.TextFormat.RichText)
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    grid.addWidget(text, 1, 1)
    grid.setColumnStretch(1, 1)
    return frame


class ContentPage(ExportPage):
    """The sharing plan, before anything is rendered; no way on when the case is not ready."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(heading("Wat wordt gedeeld"))
        self.setSubTitle(
            "Per soort gegevens: wat in het dossier komt en op welke grondslag, en wat niet — en waarom niet."
        )
        self.plan: export_plan.Preview | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        named(self.scroll_area, "Wat wordt gedeeld")
        layout.addWidget(self.scroll_area)
        self.content = QWidget()

    def initializePage(self) -> None:
        wizard = self.wizard()
        self.plan, problem = None, None
        try:
            with busy():
                self.plan = export_plan.preview(
                    wizard.services, wizard.case_id, wizard.recipient(), wizard.purpose(), wizard.export_sender
                )
        except Exception as exc:
            problem = messages.describe(exc, wizard.home)
        self._render(problem)
        self.completeChanged.emit()

    def _render(self, problem: str | None) -> None:
        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(2, 0, 8, 8)
        layout.setSpacing(6)
        plan = self.plan
        if plan is None:
            layout.addWidget(Banner("error", "<b>Het overzicht kan niet worden gemaakt.</b><br>" + esc(problem or "")))
            layout.addStretch(1)
            self.scroll_area.setWidget(self.content)
            return
        facts = styled_label(
            f"<b>Aan:</b> {esc(plan.recipient.name)} &nbsp;·&nbsp; <b>Doel:</b> "
            f"{esc(plan.purpose_label)} &nbsp;·&nbsp; <b>Datum:</b> {long_date(plan.day)}",
            "body",
        )
        facts.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(facts)
        if plan.missing:
            layout.addWidget(
                Banner(
                    "error",
                    f"<b>Deze casus {export_plan.NOT_READY}"
                    "</b> U kunt pas verder als dit in orde is. Nog nodig:" + bullet_html(plan.missing),
                )
            )
        if plan.refusal:
            layout.addWidget(Banner("error", "<b>Er mag niets naar deze ontvanger.</b><br>" + esc(plan.refusal)))
        if plan.can_export:
            left_out = sum(e.count for e in plan.excluded)
            left = f" {plural(left_out, 'onderdeel wordt', 'onderdelen worden')} niet gedeeld." if left_out else ""
            layout.addWidget(
                Banner(
                    "ok",
                    "<b>Het dossier kan worden gemaakt.</b> Hieronder staat wat er wel en niet "
                    f"in komt, en waarom.{left}",
                )
            )
        layout.addWidget(section("Per soort gegevens"))
        for line in plan.categories:
            status = "Gedeeld" if line.shared else "Niet gedeeld — geen grondslag"
            layout.addWidget(_row(line.shared, line.label, status, line.detail()))
        if plan.refusal is None and plan.attachments:
            layout.addWidget(section("Bijlagen die meegaan (als bestand in de PDF)"))
            for item in plan.attachments:
                layout.addWidget(
                    _row(True, item.title, item.category, f"Toegevoegd op {item.added_on} door {item.added_by}")
                )
        if plan.refusal is None:
            layout.addWidget(section("Niet gedeeld — zo staat het in het dossier"))
            if not plan.excluded:
                layout.addWidget(styled_label("Geen: alles uit deze casus mag naar deze ontvanger.", "hint"))
            for item in plan.excluded:
                layout.addWidget(
                    _row(
                        False,
                        item.category,
                        f"{item.parts} niet gedeeld — geen grondslag",
                        f"{item.reason[:1].upper()}{item.reason[1:]}",
                    )
                )
        layout.addWidget(
            styled_label(
                "Altijd mee: het overzicht van grondslag en toestemming (zodat de ontvanger kan nagaan waarop het "
                "delen rust) en de zienswijze van de ouders, als die er is. Van wat niet gedeeld wordt, noemt het "
                "dossier alleen de soort gegevens en hoeveel onderdelen: geen titels en nooit de inhoud.",
                "hint",
            )
        )
        layout.addStretch(1)
        self.scroll_area.setWidget(self.content)

    def isComplete(self) -> bool:
        return self.plan is not None and self.plan.can_export

    def validatePage(self) -> bool:
        return self.isComplete()
