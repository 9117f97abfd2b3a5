"""The pupil form: details and parents/guardians, with each problem shown under its field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from ibdesk.domain.model import Pupil
from ibdesk.errors import InvalidRecord
from ibdesk.services.records import Records
from ibdesk.text.dates import short_date
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.translate import QT_TRANSLATE_NOOP, translated
from ibdesk.ui.pages.guardians import GuardianList
from ibdesk.ui.widgets import FieldBox, FieldSet, PageHeader, chain_tab_order, line_edit, named, styled_label

DATE_HINT = QT_TRANSLATE_NOOP("pupil_editor", "dd-mm-jjjj")
# (key in the validation errors, label with mnemonic, accessible name, placeholder, hint), the
# texts marked for translation in the context `pupil_editor` and translated when the form is built.
PUPIL_FIELDS = [
    ("voornaam", QT_TRANSLATE_NOOP("pupil_editor", "&Voornaam"), QT_TRANSLATE_NOOP("pupil_editor", "Voornaam"), "", ""),
    (
        "achternaam",
        QT_TRANSLATE_NOOP("pupil_editor", "&Achternaam"),
        QT_TRANSLATE_NOOP("pupil_editor", "Achternaam"),
        QT_TRANSLATE_NOOP("pupil_editor", "met tussenvoegsel, bijvoorbeeld de Vries"),
        "",
    ),
    (
        "geboortedatum",
        QT_TRANSLATE_NOOP("pupil_editor", "&Geboortedatum"),
        QT_TRANSLATE_NOOP("pupil_editor", "Geboortedatum"),
        DATE_HINT,
        "",
    ),
    (
        "groep",
        QT_TRANSLATE_NOOP("pupil_editor", "Groep / &klas"),
        QT_TRANSLATE_NOOP("pupil_editor", "Groep of klas"),
        QT_TRANSLATE_NOOP("pupil_editor", "bijvoorbeeld groep 5 of 2 havo"),
        "",
    ),
    (
        "woongemeente",
        QT_TRANSLATE_NOOP("pupil_editor", "&Woongemeente"),
        QT_TRANSLATE_NOOP("pupil_editor", "Woongemeente"),
        "",
        "",
    ),
    (
        "bsn",
        QT_TRANSLATE_NOOP("pupil_editor", "&BSN"),
        QT_TRANSLATE_NOOP("pupil_editor", "BSN (burgerservicenummer)"),
        QT_TRANSLATE_NOOP("pupil_editor", "9 cijfers"),
        QT_TRANSLATE_NOOP("pupil_editor", "Niet verplicht. Wordt gecontroleerd met de elfproef."),
    ),
    (
        "ingeschreven",
        QT_TRANSLATE_NOOP("pupil_editor", "&Ingeschreven op"),
        QT_TRANSLATE_NOOP("pupil_editor", "Ingeschreven op"),
        DATE_HINT,
        QT_TRANSLATE_NOOP("pupil_editor", "Niet verplicht."),
    ),
    (
        "uitgeschreven",
        QT_TRANSLATE_NOOP("pupil_editor", "&Uitgeschreven op"),
        QT_TRANSLATE_NOOP("pupil_editor", "Uitgeschreven op"),
        DATE_HINT,
        QT_TRANSLATE_NOOP("pupil_editor", "Alleen als de leerling de school verlaat."),
    ),
]


def _tr(text: str) -> str:
    """A text of PUPIL_FIELDS in the UI's language ('' stays '')."""
    return translated("pupil_editor", text) if text else ""


class PupilEditor(QDialog):
    """Saves through `Records.save_pupil`; on problems nothing is saved and nothing typed is lost."""

    def __init__(self, records: Records, pupil: Pupil | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.records = records
        self.pupil = pupil
        self.saved: Pupil | None = None
        self.setWindowTitle(
            QCoreApplication.translate("pupil_editor", "Leerling bewerken")
            if pupil
            else QCoreApplication.translate("pupil_editor", "Nieuwe leerling")
        )
        self.resize(820, 760)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._build_form())
        outer.addWidget(scroll, 1)
        outer.addLayout(self._build_buttons())
        self._fill(pupil)
        self.guardians.changed.connect(self._tab_order)
        self._tab_order()

    def _build_form(self) -> QWidget:
        form = QWidget()
        layout = QVBoxLayout(form)
        layout.setContentsMargins(28, 20, 28, 12)
        layout.setSpacing(12)
        title = self.pupil.full_name if self.pupil else QCoreApplication.translate("pupil_editor", "Nieuwe leerling")
        subtitle = QCoreApplication.translate(
            "pupil_editor", "Gegevens van de leerling en van de ouders of verzorgers. Schrijf datums als dd-mm-jjjj."
        )
        layout.addWidget(PageHeader(title, subtitle))
        self.general_error = styled_label("", "error")
        self.general_error.setVisible(False)
        layout.addWidget(self.general_error)
        layout.addWidget(
            styled_label(QCoreApplication.translate("pupil_editor", "Leerling"), "sectionTitle", wrap=False)
        )
        self.fields, self.edits = FieldSet(validate=self._live_errors), {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        for index, (key, label, name, placeholder, hint) in enumerate(PUPIL_FIELDS):
            self.edits[key] = line_edit(_tr(name), _tr(placeholder))
            box = self.fields.add(key, FieldBox(_tr(label), self.edits[key], _tr(name), _tr(hint)))
            grid.addWidget(box, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(grid)
        layout.addWidget(
            styled_label(QCoreApplication.translate("pupil_editor", "Ouders / verzorgers"), "sectionTitle", wrap=False)
        )
        self.guardians = GuardianList(self.pupil.guardians if self.pupil else [])
        layout.addWidget(self.guardians)
        layout.addStretch(1)
        return form

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(28, 0, 28, 0)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            QCoreApplication.translate("pupil_editor", "&Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setProperty("role", "primary")
        self.cancel_button = self.buttons.addButton(
            QCoreApplication.translate("pupil_editor", "Annu&leren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        named(self.save_button, QCoreApplication.translate("pupil_editor", "Leerling opslaan"))
        named(self.cancel_button, QCoreApplication.translate("pupil_editor", "Annuleren, niets opslaan"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        row.addWidget(self.buttons)
        return row

    def _fill(self, pupil: Pupil | None) -> None:
        if pupil is None:
            return
        values = {
            "voornaam": pupil.first_name,
            "achternaam": pupil.last_name,
            "geboortedatum": short_date(pupil.birth_date),
            "groep": pupil.group,
            "woongemeente": pupil.municipality,
            "bsn": pupil.bsn or "",
            "ingeschreven": short_date(pupil.enrolled_on),
            "uitgeschreven": short_date(pupil.left_on),
        }
        for key, value in values.items():
            self.edits[key].setText(value)

    def _tab_order(self) -> None:
        chain_tab_order(
            [self.edits[key] for key, *_ in PUPIL_FIELDS]
            + self.guardians.focus_widgets()
            + [self.save_button, self.cancel_button]
        )

    def typed_pupil(self) -> Pupil:
        """A new record from what is on screen (dates as typed; the service validates them)."""
        text = {key: edit.text() for key, edit in self.edits.items()}
        school_id = self.pupil.school_id if self.pupil else self._school_id()
        # The dates go in as typed: rules.clean_pupil parses them and names the field of a bad one.
        return Pupil(
            first_name=text["voornaam"],
            last_name=text["achternaam"],
            birth_date=text["geboortedatum"],  # type: ignore[arg-type]  # parsed by clean_pupil
            group=text["groep"],
            school_id=school_id,
            municipality=text["woongemeente"],
            bsn=text["bsn"] or None,
            guardians=self.guardians.guardians(),
            enrolled_on=text["ingeschreven"] or None,  # type: ignore[arg-type]  # parsed by clean_pupil
            left_on=text["uitgeschreven"] or None,  # type: ignore[arg-type]  # parsed by clean_pupil
            id=self.pupil.id if self.pupil else None,
        )

    def _live_errors(self) -> dict[str, str]:
        """While the user fixes a field: the problems of what is typed now (nothing is saved)."""
        try:
            return self.records.pupil_errors(self.typed_pupil())
        except Exception:
            return {key: box.message for key, box in self.fields.boxes.items() if box.message}

    def _school_id(self) -> int | None:
        school = self.records.school()
        return school.id if school else None

    def save(self) -> None:
        try:
            self.saved = self.records.save_pupil(self.typed_pupil())
        except InvalidRecord as exc:
            self.show_errors(exc.errors)
            return
        except Exception as exc:
            messages.show_error(
                self,
                QCoreApplication.translate("pupil_editor", "Leerling niet opgeslagen"),
                messages.describe(exc, self.records.store.paths.home),
            )
            return
        self.accept()

    def show_errors(self, errors: dict[str, str]) -> None:
        self.guardians.show_errors(errors)
        rest = self.fields.show_errors(errors)  # second, so focus lands on the first pupil field
        rest = {k: v for k, v in rest.items() if not k.startswith("ouder")}
        self.general_error.setText("\n".join(rest.values()))
        self.general_error.setVisible(bool(rest))
