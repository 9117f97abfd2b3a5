"""Instellingen: school details, where the profile lives, how the key is kept, backups."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ibdesk.domain.model import School
from ibdesk.errors import InvalidRecord, UserError
from ibdesk.services import profile
from ibdesk.ui.kit import messages
from ibdesk.ui.language_settings import LanguageSection
from ibdesk.ui.pages.base import Context, Page
from ibdesk.ui.school_route_fields import SchoolRouteFields, policy_note
from ibdesk.ui.tasks import Task, run_busy
from ibdesk.ui.undo import offer_undo
from ibdesk.ui.widgets import FieldBox, FieldSet, card, line_edit, named, styled_label


def region_hint() -> str:
    return QCoreApplication.translate(
        "settings", "Alleen kiezen als de school in een andere regio valt dan haar gemeente."
    )


def backup_filter() -> str:
    return QCoreApplication.translate("settings", "ibdesk-back-up (*.ibbak);;Alle bestanden (*)")


def _section(title: str) -> tuple[QWidget, QVBoxLayout]:
    frame = card()
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 14, 20, 16)
    layout.setSpacing(8)
    layout.addWidget(styled_label(title, "cardTitle", wrap=False))
    return frame, layout


class SettingsPage(Page):
    title = "Instellingen"
    subtitle = "Gegevens van de school, het profiel op deze computer en back-ups."
    school_saved = Signal(object)

    def __init__(self, context: Context):
        super().__init__(context)
        self.header.title.setText(QCoreApplication.translate("settings", "Instellingen"))
        self.header.subtitle.setText(
            QCoreApplication.translate("settings", "Gegevens van de school, het profiel op deze computer en back-ups.")
        )
        self.school: School | None = None
        self.backup_task: Task | None = None
        content = QWidget()
        self.sections = QVBoxLayout(content)
        self.sections.setContentsMargins(0, 0, 8, 0)
        self.sections.setSpacing(12)
        self.sections.addWidget(self._school_section())
        self.sections.addWidget(self._profile_section())
        self.language_section = LanguageSection()
        self.sections.addWidget(self.language_section)
        self.sections.addWidget(self._dossier_section())
        self.sections.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.body.addWidget(scroll, 1)

    def _dossier_section(self) -> QWidget:
        """Signing: who sends dossiers, with which certificate; and checking a received one."""
        from ibdesk.ui.dossier import SignerSettings

        frame, layout = _section(QCoreApplication.translate("settings", "Ondertekende dossiers"))
        self.verify_button = QPushButton(QCoreApplication.translate("settings", "Contro&leer dossier…"))
        named(self.verify_button, QCoreApplication.translate("settings", "Controleer een ondertekend dossier"))
        self.verify_button.clicked.connect(self.open_verify)
        line = QHBoxLayout()
        line.addWidget(self.verify_button)
        line.addSpacing(8)
        line.addWidget(
            styled_label(
                QCoreApplication.translate(
                    "settings",
                    "Controleer wie een PDF-dossier ondertekende, wanneer, en of er sindsdien niets is veranderd.",
                ),
                "hint",
            ),
            1,
        )
        layout.addLayout(line)
        self.signer = SignerSettings(self.context)
        layout.addWidget(self.signer)
        return frame

    def open_verify(self) -> None:
        from ibdesk.ui.dossier import VerifyDialog

        dialog = VerifyDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.verify_dialog = dialog
        dialog.show()

    def _school_section(self) -> QWidget:
        frame, layout = _section(QCoreApplication.translate("settings", "School"))
        self.fields = FieldSet()
        self.edits = {
            "naam": line_edit(QCoreApplication.translate("settings", "Naam van de school")),
            "brin": line_edit(QCoreApplication.translate("settings", "BRIN-nummer"), "12AB"),
            "gemeente": line_edit(QCoreApplication.translate("settings", "Gemeente van de school")),
            "regio": line_edit(QCoreApplication.translate("settings", "Regio of samenwerkingsverband")),
        }
        labels = {
            "naam": QCoreApplication.translate("settings", "&Naam"),
            "brin": QCoreApplication.translate("settings", "&BRIN-nummer"),
            "gemeente": QCoreApplication.translate("settings", "&Gemeente"),
            "regio": QCoreApplication.translate("settings", "&Regio / samenwerkingsverband"),
        }
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        self.route_fields = SchoolRouteFields(self.context.services.routes, self.edits["regio"])
        editors = {**self.edits, "schooltype": self.route_fields.type_combo}
        labels["schooltype"] = QCoreApplication.translate("settings", "Soor&t school")
        for index, (key, edit) in enumerate(editors.items()):
            box = self.fields.add(key, FieldBox(labels[key], edit, edit.accessibleName()))
            grid.addWidget(box, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.route_fields.route_label, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.route_fields.regions_hint, 3, 0, 1, 2)
        self.holiday_region = QComboBox()
        for text, value in (
            (QCoreApplication.translate("settings", "Automatisch (uit de gemeente van de school)"), None),
            (QCoreApplication.translate("settings", "Noord"), "noord"),
            (QCoreApplication.translate("settings", "Midden"), "midden"),
            (QCoreApplication.translate("settings", "Zuid"), "zuid"),
        ):
            self.holiday_region.addItem(text, value)
        self.holiday_box = self.fields.add(
            "vakantieregio",
            FieldBox(
                QCoreApplication.translate("settings", "Va&kantieregio"),
                self.holiday_region,
                QCoreApplication.translate("settings", "Vakantieregio"),
                region_hint(),
            ),
        )
        grid.addWidget(self.holiday_box, 4, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(grid)
        self.holiday_label = self._fact(layout, QCoreApplication.translate("settings", "Schoolkalender telt met"))
        row = QHBoxLayout()
        self.save_button = QPushButton(QCoreApplication.translate("settings", "&Schoolgegevens opslaan"))
        self.save_button.setProperty("role", "primary")
        named(self.save_button, QCoreApplication.translate("settings", "Schoolgegevens opslaan"))
        self.save_button.clicked.connect(self.save_school)
        self.saved_label = styled_label("", "ok", wrap=False)
        row.addWidget(self.save_button)
        row.addWidget(self.saved_label)
        row.addStretch(1)
        layout.addLayout(row)
        return frame

    def _profile_section(self) -> QWidget:
        frame, layout = _section(QCoreApplication.translate("settings", "Profiel en beveiliging"))
        self.folder_label = self._fact(layout, QCoreApplication.translate("settings", "Profielmap"))
        self.key_label = self._fact(layout, QCoreApplication.translate("settings", "Sleutel"))
        self.backup_label = self._fact(
            layout, QCoreApplication.translate("settings", "Laatste back-up in de profielmap")
        )
        row = QHBoxLayout()
        self.backup_button = QPushButton(QCoreApplication.translate("settings", "Back-&up maken…"))
        named(self.backup_button, QCoreApplication.translate("settings", "Back-up maken"))
        self.backup_button.clicked.connect(self.make_backup)
        row.addWidget(self.backup_button)
        row.addSpacing(8)
        row.addWidget(
            styled_label(
                QCoreApplication.translate(
                    "settings",
                    "U kiest zelf waar het versleutelde back-upbestand komt, bijvoorbeeld op een USB-stick van school.",
                ),
                "hint",
            ),
            1,
        )
        layout.addLayout(row)
        self.backup_status = styled_label("", "hint")
        self.backup_status.setVisible(False)
        layout.addWidget(self.backup_status)
        return frame

    @staticmethod
    def _fact(layout: QVBoxLayout, caption: str):
        line = QHBoxLayout()
        key = styled_label(caption + ":", "hint", wrap=False)
        key.setFixedWidth(230)
        value = styled_label("", "body")
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        line.addWidget(key, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(value, 1)
        layout.addLayout(line)
        return value

    def refresh(self) -> None:
        messages.attempt(self, QCoreApplication.translate("settings", "Instellingen"), self._load, self.context.home)
        self.signer.refresh()

    def _load(self) -> None:
        self.school = self.context.records.school()
        s = self.school
        values = {
            "naam": s.name if s else "",
            "brin": (s.brin or "") if s else "",
            "gemeente": s.municipality if s else "",
            "regio": (s.region or "") if s else "",
        }
        for key, value in values.items():
            if key != "regio":
                self.edits[key].setText(value)
        self.route_fields.set_region(values["regio"])
        self.route_fields.set_school_type(s.school_type if s else None)
        self._show_holiday_region_choice(s.holiday_region if s else None)
        self.fields.clear_errors()
        self.saved_label.setText("")
        self._show_holiday_region()
        self.folder_label.setText(str(self.context.home))
        self.key_label.setText(profile.key_storage_text(self.context.store))
        latest = profile.latest_backup(self.context.home)
        self.backup_label.setText(str(latest) if latest else QCoreApplication.translate("settings", "nog geen"))

    def _show_holiday_region_choice(self, school_region: str | None) -> None:
        """The school's own choice; the policy's region, read-only, when the machine policy fixes it
        (file or registry alike)."""
        fixed = self.context.services.absence.region
        self.holiday_region.setCurrentIndex(max(0, self.holiday_region.findData(fixed or school_region)))
        self.holiday_region.setEnabled(not fixed)
        self.holiday_region.setToolTip(policy_note() if fixed else "")
        self.holiday_box.hint.setText(policy_note() if fixed else region_hint())

    def _show_holiday_region(self) -> None:
        """The region the verzuim rules count with, and where it comes from."""
        try:
            choice = self.context.services.absence.region_choice()
            text = f"{choice.region} — {choice.how}" if choice.region else choice.how
        except UserError as exc:
            text = str(exc)
        self.holiday_label.setText(text)

    def typed_school(self) -> School:
        text = {key: edit.text() for key, edit in self.edits.items()}
        old = self.school
        region, kind = text["regio"].strip() or None, self.route_fields.school_type()
        # An explicit route of the school stays only while type and region stay: otherwise they decide.
        same = old is not None and (old.region, old.school_type) == (region, kind)
        return School(
            name=text["naam"],
            municipality=text["gemeente"],
            brin=text["brin"] or None,
            region=region,
            route_id=old.route_id if same and old else None,
            school_type=kind,
            holiday_region=self._school_holiday_region(old),
            id=old.id if old else None,
        )

    def _school_holiday_region(self, old: School | None) -> str | None:
        """A region the policy fixes is shown, never stored as the school's own."""
        if self.holiday_region.isEnabled():
            return self.holiday_region.currentData()
        return old.holiday_region if old else None

    def save_school(self) -> None:
        self.saved_label.setText("")
        before = copy.deepcopy(self.school)
        try:
            saved = self.context.records.save_school(self.typed_school())
        except InvalidRecord as exc:
            self.fields.show_errors(exc.errors)
            return
        except Exception as exc:
            messages.show_error(
                self,
                QCoreApplication.translate("settings", "Niet opgeslagen"),
                messages.describe(exc, self.context.home),
            )
            return
        self.school = saved
        self.fields.clear_errors()
        self.saved_label.setText(QCoreApplication.translate("settings", "Opgeslagen."))
        self._show_holiday_region()
        self.school_saved.emit(saved)
        if before is not None and before.id == saved.id:
            offer_undo(
                self,
                QCoreApplication.translate("settings", "Schoolgegevens opgeslagen."),
                lambda: self._put_back(before),
            )

    def _put_back(self, school: School) -> None:
        saved = self.context.records.save_school(copy.deepcopy(school))
        self.refresh()
        self.saved_label.setText("")
        self.school_saved.emit(saved)

    def make_backup(self) -> Task | None:
        """Ask where, then write the backup off the UI thread (a big profile takes a while)."""
        if self.backup_task is not None and not self.backup_task.settled:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder or Path.home()) / f"ibdesk-back-up-{date.today().isoformat()}.ibbak"
        target = messages.ask_save_path(
            self, QCoreApplication.translate("settings", "Back-up opslaan als"), suggested, backup_filter()
        )
        if target is None:
            return None
        store = self.context.store
        self.backup_task = run_busy(
            lambda _report: profile.make_backup(store, target),
            self._backup_made,
            self._backup_failed,
            busy=[self.backup_button],
            status=self.backup_status,
            text=QCoreApplication.translate("settings", "Bezig met de back-up…"),
            owner=self,
        )
        return self.backup_task

    def _backup_failed(self, exc: BaseException) -> None:
        self.backup_status.setVisible(False)
        messages.show_error(
            self,
            QCoreApplication.translate("settings", "Back-up niet gemaakt"),
            messages.describe(exc, self.context.home),
        )

    def _backup_made(self, written: Path) -> None:
        self.backup_status.setVisible(False)
        messages.show_info(
            self,
            QCoreApplication.translate("settings", "Back-up gemaakt"),
            QCoreApplication.translate(
                "settings",
                "De back-up staat in:\n{path}\n\nHij is versleuteld; u opent hem met "
                "de sleutel van dit profiel, de wachtwoordzin of de herstelsleutel.",
            ).format(path=written),
        )
