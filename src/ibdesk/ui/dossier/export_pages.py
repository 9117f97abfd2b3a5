"""The first three pages of the export wizard: recipient and purpose, what will and will
not be shared (and why), and who signs with which certificate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ibdesk.domain.model import Organisation
from ibdesk.errors import UserError
from ibdesk.services import certificates, export_plan
from ibdesk.text.dates import long_date
from ibdesk.text.numbers import plural
from ibdesk.ui.dossier.common import ExportPage, FingerprintLabel, SenderFields, busy, esc
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.banner import Banner
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.kit.lists import bullet_html
from ibdesk.ui.kit.palette import ERROR, OK, html_color
from ibdesk.ui.widgets import FieldBox, card, named, styled_label


def heading(text: str) -> str:
    return f'<span style="font-size:14pt; font-weight:600;">{text}</span>'


def section(text: str) -> QLabel:
    return styled_label(text, "sectionTitle", wrap=False)


class RecipientPage(ExportPage):
    """Default: the Sociaal Team of residence; with grensverkeer both teams, explained."""

    def __init__(self, choices: export_plan.Recipients, pupil_name: str):
        super().__init__()
        self.choices = choices
        self.setTitle(heading("Ontvanger en doel"))
        self.setSubTitle(f"Dossier van {pupil_name}. Alleen wat deze ontvanger voor dit doel mag ontvangen, komt erin.")
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.border_box = Banner("info", "<b>Grensverkeer.</b> " + esc(choices.explanation()))
        self.border_label = self.border_box.body
        self.border_box.setVisible(choices.crosses_border)
        layout.addWidget(self.border_box)
        layout.addWidget(section("Ontvanger"))
        self.group = QButtonGroup(self)
        residence, municipality = choices.residence, choices.residence_municipality
        text = (
            f"Sociaal Team van de &woongemeente ({municipality}): {residence.name}"
            if residence
            else f"Geen Sociaal Team bekend voor de woongemeente ({municipality}); voeg het toe bij Contacten"
        )
        self.residence_radio = self._radio(
            layout,
            text,
            "Sociaal Team van de woongemeente",
            "Standaard. De woongemeente betaalt individuele jeugdhulp (woonplaatsbeginsel).",
        )
        self.residence_radio.setEnabled(residence is not None)
        self.school_radio = None
        if choices.school is not None:
            self.school_radio = self._radio(
                layout,
                f"Sociaal Team van de gemeente van de &school ({choices.school_municipality}): {choices.school.name}",
                "Sociaal Team van de gemeente van de school",
                "Heeft de regie over jeugdhulp op school.",
            )
        row = QHBoxLayout()
        self.other_radio = QRadioButton("Een andere &organisatie:")
        named(self.other_radio, "Een andere organisatie")
        self.group.addButton(self.other_radio)
        self.other_combo = QComboBox()
        named(self.other_combo, "Andere ontvanger", "Een organisatie uit Contacten")
        for org in choices.others:
            self.other_combo.addItem(f"{org.name} ({org.kind.label})", org.id)
        self.other_combo.setMinimumContentsLength(30)
        row.addWidget(self.other_radio)
        row.addWidget(self.other_combo, 1)
        layout.addLayout(row)
        self.other_radio.setEnabled(bool(choices.others))
        self.other_combo.setEnabled(False)
        self.other_radio.toggled.connect(self.other_combo.setEnabled)
        self.group.buttonToggled.connect(self._choice_changed)
        (self.residence_radio if residence else self.other_radio).setChecked(True)
        layout.addSpacing(8)
        self.purpose_combo = QComboBox()
        for key, label in export_plan.purposes().items():
            self.purpose_combo.addItem(label, key)
        layout.addWidget(
            FieldBox(
                "&Doel van het delen",
                self.purpose_combo,
                "Doel van het delen",
                "Toestemming geldt per ontvanger, per doel en per soort gegevens.",
            )
        )
        layout.addStretch(1)

    def _choice_changed(self, *_args) -> None:
        self.completeChanged.emit()

    def _radio(self, layout: QVBoxLayout, text: str, name: str, hint: str) -> QRadioButton:
        radio = QRadioButton(text)
        named(radio, name, hint)
        self.group.addButton(radio)
        layout.addWidget(radio)
        note = styled_label(hint, "hint")
        note.setContentsMargins(24, 0, 0, 4)
        layout.addWidget(note)
        return radio

    def recipient(self) -> Organisation | None:
        if self.residence_radio.isChecked():
            return self.choices.residence
        if self.school_radio is not None and self.school_radio.isChecked():
            return self.choices.school
        org_id = self.other_combo.currentData()
        return next((o for o in self.choices.others if o.id == org_id), None)

    def choose_other(self, org_id: int) -> None:
        self.other_radio.setChecked(True)
        self.other_combo.setCurrentIndex(self.other_combo.findData(org_id))

    def purpose(self) -> str:
        return self.purpose_combo.currentData()

    def isComplete(self) -> bool:
        return self.recipient() is not None


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


class SignPage(ExportPage):
    """Who signs (saved back to the settings) and with which certificate."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(heading("Ondertekenen"))
        self.setSubTitle(
            "Het dossier wordt digitaal ondertekend: de ontvanger ziet dat het van u komt en dat er "
            "niets aan is veranderd."
        )
        self._filled = False
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(section("Afzender"))
        layout.addWidget(
            styled_label(
                "Deze gegevens staan op het dossier, zodat de ontvanger u kan bereiken. ibdesk "
                "onthoudt ze voor een volgende keer.",
                "hint",
            )
        )
        self.sender_fields = SenderFields()
        layout.addWidget(self.sender_fields)
        layout.addWidget(section("Certificaat"))
        box = card()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(16, 10, 16, 12)
        inner.setSpacing(5)
        self.cert_title = styled_label("", "strong")
        self.cert_text = styled_label("", "body")
        self.fingerprint = FingerprintLabel()
        self.fingerprint_hint = styled_label(
            "Controlecode — lees deze desgevraagd telefonisch voor, zodat de ontvanger kan controleren dat het "
            "document echt van u komt:\nTechnisch: vingerafdruk (SHA-256) van het certificaat",
            "hint",
        )
        self.cert_error = styled_label("", "errorText")
        buttons = QHBoxLayout()
        self.retry_button = button("Opnieuw &proberen", "Schoolcertificaat opnieuw openen", self.load_certificate)
        self.make_button = button("Certificaat nu ma&ken", "Persoonlijk certificaat nu maken", self.make_certificate)
        self.renew_button = button(
            "Certificaat ve&rvangen", "Persoonlijk certificaat vervangen", self.renew_certificate
        )
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.renew_button)
        buttons.addStretch(1)
        for widget in (self.cert_title, self.cert_text, self.fingerprint_hint, self.cert_error):
            inner.addWidget(widget)
        inner.insertWidget(3, self.fingerprint, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addLayout(buttons)
        layout.addWidget(box)
        layout.addStretch(1)

    def initializePage(self) -> None:
        if not self._filled:
            self.sender_fields.set_sender(self.wizard().export_sender)
            self._filled = True
        self.load_certificate()

    def load_certificate(self) -> None:
        wizard = self.wizard()
        store = wizard.services.store
        state = export_plan.certificate_state(store)
        self.state = state
        self.cert_error.setText("")
        self.cert_error.setVisible(False)
        self.retry_button.setVisible(False)
        self.make_button.setVisible(False)
        self.renew_button.setVisible(False)
        self.wrong_name = False
        if state.kind == "school":
            if wizard.credentials is None:
                try:
                    with busy():
                        wizard.credentials = export_plan.school_credentials(store, wizard.ask_password)
                except UserError as exc:
                    self.cert_error.setText(str(exc))
                    self.cert_error.setVisible(True)
                    self.retry_button.setVisible(True)
            creds = wizard.credentials
            self.cert_title.setText("Certificaat van de school" + (f": {creds.common_name}" if creds else ""))
            self.cert_text.setText(
                f"Ingesteld door de beheerder ({state.school_p12}). Ontvangers die de "
                "certificaatautoriteit van de school vertrouwen, zien het document direct als "
                "vertrouwd."
            )
            self._show_fingerprint(creds.fingerprint if creds else "")
        elif state.fingerprint:
            self.cert_title.setText(f"Persoonlijk certificaat op naam van {state.holder}")
            name = self.sender_fields.current_sender().name.strip() or wizard.export_sender.name
            self.wrong_name = state.holder != name
            self.cert_text.setText(
                "Er is geen certificaat van de school ingesteld. De ontvanger vertrouwt uw "
                "persoonlijke certificaat als u het eerst geeft (Instellingen › Mijn certificaat "
                "exporteren…) of de controlecode telefonisch bevestigt."
            )
            if self.wrong_name:
                self.cert_error.setText(
                    f"Dit certificaat staat op naam van {state.holder}, niet van {name}. Het "
                    "dossier zou dan zeggen dat iemand anders het ondertekende. Vervang het "
                    "certificaat; wat u eerder ondertekende, blijft controleerbaar."
                )
                self.cert_error.setVisible(True)
                self.renew_button.setVisible(True)
            self._show_fingerprint(state.fingerprint)
        else:
            self.cert_title.setText("Persoonlijk certificaat (nog niet gemaakt)")
            self.cert_text.setText(
                "Er is geen certificaat van de school ingesteld. ibdesk maakt bij het ondertekenen "
                "een persoonlijk certificaat op de naam hierboven. Wilt u de controlecode nu al "
                "zien, kies dan ‘Certificaat nu maken’."
            )
            self.make_button.setVisible(True)
            self._show_fingerprint("")
        self.completeChanged.emit()

    def _show_fingerprint(self, fingerprint: str) -> None:
        self.fingerprint.set_fingerprint(fingerprint)
        self.fingerprint_hint.setVisible(bool(fingerprint))

    def make_certificate(self) -> None:
        wizard = self.wizard()
        name = self.sender_fields.current_sender().name or wizard.export_sender.name
        messages.attempt(
            self,
            "Certificaat",
            lambda: certificates.personal_credentials(wizard.services.store, name, wizard.school_name),
            wizard.home,
        )
        self.load_certificate()

    def renew_certificate(self) -> None:
        wizard = self.wizard()
        sender = self.sender_fields.current_sender(wizard.school_name)
        if not self.sender_fields.validate():
            return

        def renew() -> None:
            export_plan.save_sender(wizard.services.store, sender)
            certificates.renew_personal(wizard.services.store, sender.name, wizard.school_name)

        messages.attempt(self, "Certificaat", renew, wizard.home)
        wizard.export_sender = sender
        self.load_certificate()

    def isComplete(self) -> bool:
        state = getattr(self, "state", None)
        return (
            state is not None
            and not getattr(self, "wrong_name", False)
            and (state.kind != "school" or self.wizard().credentials is not None)
        )

    def validatePage(self) -> bool:
        if not self.sender_fields.validate():
            return False
        self.load_certificate()  # the name typed above must be the certificate's (issue 11.8)
        if not self.isComplete():
            return False
        wizard = self.wizard()
        sender = self.sender_fields.current_sender(wizard.school_name)

        def save() -> bool:
            export_plan.save_sender(wizard.services.store, sender)
            return True

        saved = messages.attempt(self, "Afzender niet opgeslagen", save, wizard.home)
        if saved:
            wizard.export_sender = sender
        return bool(saved)
