"""The first-run wizard: welcome, school (with its type and region: the routekaart), the user's
own name and role, passphrase (only without keyring), recovery key. The pages live in
wizard_pages.py and wizard_key_pages.py; this module creates the profile on the commit page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWizard, QWizardPage

from ibdesk.domain.model import School
from ibdesk.services import profile
from ibdesk.services.profile import Store
from ibdesk.ui.kit import messages
from ibdesk.ui.wizard_key_pages import PassphrasePage, RecoveryConfirmPage, RecoveryShowPage
from ibdesk.ui.wizard_pages import SchoolPage, UserPage, WelcomePage

CreateFn = Callable[[Path, School, str | None], tuple[Store, str]]


class FirstRunWizard(QWizard):
    """Creates the profile when the last input page is confirmed; `created` carries the store."""

    created = Signal(object)

    def __init__(
        self, home: Path, keyring_available: bool | None = None, create: CreateFn = profile.create_profile, routes=None
    ):
        super().__init__()
        self.home = home
        self._create = create
        self.store: Store | None = None
        self.recovery_key: str | None = None
        self.setWindowTitle(QCoreApplication.translate("wizard", "ibdesk — nieuw profiel"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(760, 560)
        self._button_texts()
        if keyring_available is None:
            keyring_available = profile.keyring_available()
        self.welcome_page, self.school_page = WelcomePage(home), SchoolPage(routes)
        self.user_page = UserPage()
        self.passphrase_page = None if keyring_available else PassphrasePage()
        self.show_page, self.confirm_page = RecoveryShowPage(), RecoveryConfirmPage()
        for page in (
            self.welcome_page,
            self.school_page,
            self.user_page,
            self.passphrase_page,
            self.show_page,
            self.confirm_page,
        ):
            if page is not None:
                self.addPage(page)
        self.commit_page = self.passphrase_page or self.user_page
        self.commit_page.setCommitPage(True)

    def _button_texts(self) -> None:
        """Qt's own wizard buttons in ibdesk's words, with their screen-reader names."""
        texts = {
            QWizard.WizardButton.BackButton: QCoreApplication.translate("wizard", "< &Terug"),
            QWizard.WizardButton.NextButton: QCoreApplication.translate("wizard", "&Volgende >"),
            QWizard.WizardButton.CommitButton: QCoreApplication.translate("wizard", "&Profiel aanmaken"),
            QWizard.WizardButton.FinishButton: QCoreApplication.translate("wizard", "&Voltooien"),
            QWizard.WizardButton.CancelButton: QCoreApplication.translate("wizard", "&Annuleren"),
        }
        for which, text in texts.items():
            self.setButtonText(which, text)
            self.button(which).setAccessibleName(text.replace("&", "").strip("<> "))

    def create_if_commit(self, page: QWizardPage) -> bool:
        """On the commit page: create the profile now (so the key can be shown)."""
        if page is not self.commit_page or self.store is not None:
            return True
        passphrase = self.passphrase_page.passphrase() if self.passphrase_page else None
        try:
            self.store, self.recovery_key = self._create(self.home, self.school_page.school(), passphrase)
            if self.store is not None:
                profile.save_user(self.store, *self.user_page.user())
        except Exception as exc:
            messages.show_error(
                self, QCoreApplication.translate("wizard", "Profiel niet aangemaakt"), messages.describe(exc, self.home)
            )
            return False
        return True

    def accept(self) -> None:
        if self.store is None or not self.confirm_page.isComplete():
            return
        try:
            profile.mark_recovery_confirmed(self.store)
        except Exception as exc:
            messages.show_error(
                self, QCoreApplication.translate("wizard", "Herstelsleutel"), messages.describe(exc, self.home)
            )
            return
        self.created.emit(self.store)  # the main window opens before this one closes
        super().accept()
