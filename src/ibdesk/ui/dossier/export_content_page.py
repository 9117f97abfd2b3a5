"""The second page of the export wizard: what will and will not be shared, per kind of
data, on which basis — and why not; no way on when the case is not ready."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QVBoxLayout, QWidget

from ibdesk.i18n import language
from ibdesk.services import export_plan
from ibdesk.services.actors import shown_actor
from ibdesk.services.export_plan_words import category_shown
from ibdesk.text.dates import long_date
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
    mark.setAccessibleName(
        QCoreApplication.translate("dossier_export_content_page", "gedeeld")
        if ok
        else QCoreApplication.translate("dossier_export_content_page", "niet gedeeld")
    )
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


def _not_shared(count: int) -> str:
    """'2 onderdelen niet gedeeld — geen grondslag', the plural as a whole sentence per language."""
    if count == 1:
        return QCoreApplication.translate("dossier_export_content_page", "1 onderdeel niet gedeeld — geen grondslag")
    return QCoreApplication.translate(
        "dossier_export_content_page", "{count} onderdelen niet gedeeld — geen grondslag"
    ).format(count=count)


class ContentPage(ExportPage):
    """The sharing plan, before anything is rendered; no way on when the case is not ready."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(heading(QCoreApplication.translate("dossier_export_content_page", "Wat wordt gedeeld")))
        self.setSubTitle(
            QCoreApplication.translate(
                "dossier_export_content_page",
                "Per soort gegevens: wat in het dossier komt en op welke grondslag, en wat niet — en waarom niet.",
            )
        )
        self.plan: export_plan.Preview | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        named(self.scroll_area, QCoreApplication.translate("dossier_export_content_page", "Wat wordt gedeeld"))
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
            text = QCoreApplication.translate(
                "dossier_export_content_page", "<b>Het overzicht kan niet worden gemaakt.</b><br>{problem}"
            )
            layout.addWidget(Banner("error", text.format(problem=esc(problem or ""))))
            layout.addStretch(1)
            self.scroll_area.setWidget(self.content)
            return
        facts = styled_label(
            QCoreApplication.translate(
                "dossier_export_content_page",
                "<b>Aan:</b> {recipient} &nbsp;·&nbsp; <b>Doel:</b> {purpose} &nbsp;·&nbsp; <b>Datum:</b> {day}",
            ).format(
                recipient=esc(plan.recipient.name),
                purpose=esc(plan.purpose_label),
                day=long_date(plan.day, lang=language()),
            ),
            "body",
        )
        facts.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(facts)
        if plan.missing:
            layout.addWidget(
                Banner(
                    "error",
                    QCoreApplication.translate(
                        "dossier_export_content_page",
                        "<b>Deze casus is nog niet klaar voor aanmelding bij het Sociaal Team.</b> "
                        "U kunt pas verder als dit in orde is. Nog nodig:",
                    )
                    + bullet_html(plan.missing),
                )
            )
        if plan.refusal:
            text = QCoreApplication.translate(
                "dossier_export_content_page", "<b>Er mag niets naar deze ontvanger.</b><br>{refusal}"
            )
            layout.addWidget(Banner("error", text.format(refusal=esc(plan.refusal))))
        if plan.can_export:
            left_out = sum(e.count for e in plan.excluded)
            layout.addWidget(Banner("ok", self._ready_text(left_out)))
        layout.addWidget(section(QCoreApplication.translate("dossier_export_content_page", "Per soort gegevens")))
        for line in plan.categories:
            status = (
                QCoreApplication.translate("dossier_export_content_page", "Gedeeld")
                if line.shared
                else QCoreApplication.translate("dossier_export_content_page", "Niet gedeeld — geen grondslag")
            )
            layout.addWidget(_row(line.shared, line.label, status, line.detail()))
        if plan.refusal is None and plan.attachments:
            layout.addWidget(
                section(
                    QCoreApplication.translate(
                        "dossier_export_content_page", "Bijlagen die meegaan (als bestand in de PDF)"
                    )
                )
            )
            added = QCoreApplication.translate("dossier_export_content_page", "Toegevoegd op {day} door {who}")
            for item in plan.attachments:
                layout.addWidget(
                    _row(
                        True,
                        item.title,
                        category_shown(item.category),  # the document keeps the Dutch name
                        added.format(day=item.added_on, who=shown_actor(item.added_by)),
                    )
                )
        if plan.refusal is None:
            layout.addWidget(
                section(
                    QCoreApplication.translate(
                        "dossier_export_content_page", "Niet gedeeld — zo staat het in het dossier"
                    )
                )
            )
            if not plan.excluded:
                none_left = QCoreApplication.translate(
                    "dossier_export_content_page", "Geen: alles uit deze casus mag naar deze ontvanger."
                )
                layout.addWidget(styled_label(none_left, "hint"))
            for item in plan.excluded:
                layout.addWidget(
                    _row(False, item.category, _not_shared(item.count), f"{item.reason[:1].upper()}{item.reason[1:]}")
                )
        layout.addWidget(
            styled_label(
                QCoreApplication.translate(
                    "dossier_export_content_page",
                    "Altijd mee: het overzicht van grondslag en toestemming (zodat de ontvanger kan nagaan waarop het "
                    "delen rust) en de zienswijze van de ouders, als die er is. Van wat niet gedeeld wordt, noemt het "
                    "dossier alleen de soort gegevens en hoeveel onderdelen: geen titels en nooit de inhoud.",
                ),
                "hint",
            )
        )
        layout.addStretch(1)
        self.scroll_area.setWidget(self.content)

    @staticmethod
    def _ready_text(left_out: int) -> str:
        """The green banner, with how many parts stay out (Dutch and English plurals as whole sentences)."""
        text = QCoreApplication.translate(
            "dossier_export_content_page",
            "<b>Het dossier kan worden gemaakt.</b> Hieronder staat wat er wel en niet in komt, en waarom.",
        )
        if left_out == 1:
            text += " " + QCoreApplication.translate("dossier_export_content_page", "1 onderdeel wordt niet gedeeld.")
        elif left_out:
            text += " " + QCoreApplication.translate(
                "dossier_export_content_page", "{count} onderdelen worden niet gedeeld."
            ).format(count=left_out)
        return text

    def isComplete(self) -> bool:
        return self.plan is not None and self.plan.can_export

    def validatePage(self) -> bool:
        return self.isComplete()
