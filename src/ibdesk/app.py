"""Composition root of the desktop app: profile folder → store → services → windows.

`run_gui(home)` is what `ibdesk` (no command) calls. `AppController` decides which window
comes first: the first-run wizard, the unlock screen, or straight to the main window when
this computer's keyring holds the key.

Start-up is quick because little is imported before the first window is on screen: the
main window appears with "laden…" (`launch`), and the store, SQLAlchemy, the forms and
the pages are loaded after its first paint. `start()` does the same in one go (tests).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ibdesk.errors import CorruptStoreError, StorageError, StoreLockedError, WrongKeyError
from ibdesk.i18n import tr_marked
from ibdesk.services.profile_state import ProfileState, profile_holder, profile_state
from ibdesk.ui.kit import messages
from ibdesk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from ibdesk.services.profile import Store
    from ibdesk.ui.background_check import BackgroundCheck
    from ibdesk.ui.pages.base import Context
    from ibdesk.ui.unlock import UnlockWindow
    from ibdesk.ui.wizard import FirstRunWizard

log = logging.getLogger("ibdesk.app")
TITLE = "ibdesk"


class AppController(QObject):
    """Owns the open store and the top-level window; closes the store when the window closes."""

    def __init__(self, home: Path, confirm_recovery=None, view_read_only=None):
        super().__init__()
        self.home = home
        self.store: Store | None = None
        self.window: QWidget | None = None
        self.holder: str | None = None
        self.background_check: BackgroundCheck | None = None
        self.failed = False  # the profile could not be opened (the error was shown)
        self._confirm_recovery = confirm_recovery or self._exec_recovery_dialog
        self._ask_view_read_only = view_read_only or self._exec_in_use_dialog

    def start(self, store: Store | None = None) -> QWidget | None:
        """Show the first window; None when the profile cannot be opened (the error was shown).
        `store`: a profile the command line already opened (`ibdesk demo`), so nobody is asked twice."""
        if store is not None:
            return self.open_main(store)
        if self._policy_refused():
            return None
        state = profile_state(self.home)
        if state is not ProfileState.READY:
            return self._start_new_or_incomplete(state)
        holder = profile_holder(self.home)
        if holder is not None:
            return self._start_read_only(holder)
        return self._open_with_keyring()

    def launch(self) -> QWidget | None:
        """What `ibdesk` does: like `start`, but a profile that is ready opens into a main window that
        is already on screen ("laden…"), after its first paint. Check `failed` once the loop ran."""
        if self._policy_refused():
            return None
        if profile_state(self.home) is not ProfileState.READY or profile_holder(self.home) is not None:
            return self.start()
        shell = MainWindow(None, self.home)
        shell.painted.connect(
            lambda: QTimer.singleShot(0, lambda: self._open_into(shell)), Qt.ConnectionType.SingleShotConnection
        )
        return self._show(shell)

    def _policy_refused(self) -> bool:
        """This computer's policy is checked before the wizard or the unlock screen, as in the CLI."""
        from ibdesk.errors import UserError
        from ibdesk.policy import load_policy

        try:
            load_policy()
        except UserError as exc:
            self.failed = True
            messages.show_error(None, QCoreApplication.translate("app", "Beleid van deze computer"), str(exc))
            return True
        return False

    def _open_into(self, shell: MainWindow) -> None:
        if self.window is not shell:  # closed while loading
            return
        from ibdesk.ui.theme import install_event_filters

        install_event_filters(
            cast(QApplication, QApplication.instance())
        )  # held back until the window was on screen (run_gui)
        opened = self._open_with_keyring(shell)
        if opened is not shell:
            shell.close()
            shell.deleteLater()
            self.failed = opened is None

    def _start_new_or_incomplete(self, state: ProfileState) -> QWidget | None:
        if state is ProfileState.NEW:
            return self._show(self._make_wizard())
        from ibdesk.services import profile

        messages.show_error(None, TITLE, profile.incomplete_message(self.home))
        return None

    def _open_with_keyring(self, shell: MainWindow | None = None) -> QWidget | None:
        from ibdesk.services import profile

        try:
            store = profile.open_with_keyring(self.home)
        except WrongKeyError:
            return self._show(self._make_unlock(problem=tr_marked(profile.ENV_WRONG)))
        except Exception as exc:
            self._report_open_error(exc)
            return None
        if store is None:
            return self._show(self._make_unlock())
        return self.open_main(store, shell)

    def _start_read_only(self, holder: str) -> QWidget | None:
        """Another process has the profile: say who, and offer viewing without saving."""
        from ibdesk.services import profile

        self.holder = holder
        if not self._ask_view_read_only(holder):
            return None
        try:
            store = profile.open_read_only(self.home)
        except (StoreLockedError, WrongKeyError) as exc:
            problem = tr_marked(profile.ENV_WRONG) if isinstance(exc, WrongKeyError) else None
            return self._show(self._make_unlock(unlock=profile.open_read_only, problem=problem))
        except Exception as exc:
            self._report_open_error(exc)
            return None
        return self.open_main(store)

    @staticmethod
    def _exec_in_use_dialog(holder: str) -> bool:
        from ibdesk.ui.read_only import ProfileInUseDialog

        return ProfileInUseDialog(holder).exec() == ProfileInUseDialog.DialogCode.Accepted

    def _report_open_error(self, exc: Exception) -> None:
        from ibdesk.services import profile

        if isinstance(exc, CorruptStoreError):
            messages.show_error(
                None,
                QCoreApplication.translate("app", "Database beschadigd"),
                profile.corrupt_store_text(self.home, exc),
            )
        elif isinstance(exc, StorageError):
            messages.show_error(None, QCoreApplication.translate("app", "Profielmap niet bruikbaar"), str(exc))
        else:
            messages.show_error(None, TITLE, messages.describe(exc, self.home))

    def _make_wizard(self) -> FirstRunWizard:
        from ibdesk.ui.wizard import FirstRunWizard

        wizard = FirstRunWizard(self.home)
        wizard.created.connect(self.open_main)
        wizard.rejected.connect(lambda: self._wizard_cancelled(wizard))
        return wizard

    def _wizard_cancelled(self, wizard: FirstRunWizard) -> None:
        if wizard.store is not None:  # created but the key was never confirmed: asked next start
            wizard.store.close()
        self.window = None

    def _make_unlock(self, problem: str | None = None, **kwargs) -> UnlockWindow:
        from ibdesk.services import profile
        from ibdesk.ui.unlock import UnlockWindow

        has_passphrase = messages.attempt(None, TITLE, lambda: profile.has_passphrase(self.home))
        unlock = UnlockWindow(self.home, has_passphrase=bool(has_passphrase), **kwargs)
        if problem:
            unlock.field.set_error(problem)
        unlock.unlocked.connect(lambda store: self._replace(unlock, store))
        return unlock

    def _replace(self, old: QWidget, store: Store) -> None:
        self.open_main(store)
        old.close()
        old.deleteLater()

    def open_main(self, store: Store, shell: MainWindow | None = None) -> MainWindow:
        """The main window on the open store (filling `shell` when it is already on screen)."""
        from ibdesk.ui.pages.base import Context

        self.store = store
        if not store.read_only:
            self._ensure_recovery_confirmed(store)
        context = Context.for_store(store)
        removed = (
            None
            if store.read_only
            else messages.attempt(shell, "Bewaartermijnen", context.services.retention.apply_policy)
        )
        if removed:
            log.info("retention policy removed %s expired records", removed)
        if shell is None:
            window = MainWindow(context)
        else:
            window = shell
            window.attach(context)
        if store.read_only:
            from ibdesk.ui.read_only import make_read_only

            make_read_only(window, self.holder or QCoreApplication.translate("app", "een ander ibdesk-programma"))
        window.closed.connect(self.close_store)
        self._show(window)
        window.screen_lock.resume()  # closed or killed while locked: still locked
        self._report_unavailable_forms(window, context)
        self._report_policy_organisations(window, context)
        self._check_in_background(window, store)
        advice = getattr(store, "passphrase_advice", None)
        if advice:
            messages.show_info(window, QCoreApplication.translate("app", "Wachtwoordzin is zwak"), advice)
        if not window.screen_lock.locked:
            self._offer_lock_pin(window)
        return window

    @staticmethod
    def _offer_lock_pin(window: MainWindow) -> None:
        """Without a PIN or passphrase only the paper recovery key would unlock the screen lock:
        offer to choose a PIN (once per start, until there is one)."""
        from ibdesk.ui import lock_panel

        service = window.screen_lock.service
        if messages.attempt(window, "Schermvergrendeling", service.needs_pin):
            lock_panel.offer_pin(window, service)

    def _check_in_background(self, window: MainWindow, store: Store) -> None:
        """The quick check ran at open; the full one runs now, beside the user's work."""
        if store.read_only or store.full_check_done:
            return
        from ibdesk.ui.background_check import BackgroundCheck

        check = self.background_check = BackgroundCheck(store, window)
        from ibdesk.services import profile

        def report(problems: list[str]) -> None:
            if problems:
                messages.show_error(
                    window,
                    QCoreApplication.translate("app", "Database beschadigd"),
                    profile.damaged_in_background_text(self.home, problems),
                )

        check.done.connect(report)
        check.start()

    @staticmethod
    def _report_policy_organisations(window: MainWindow, context: Context) -> None:
        """The machine policy's organisations file: what it changed, or why it was not read."""
        outcome = context.services.policy_import
        if outcome is None or outcome.skipped:
            return
        if outcome.problem:
            messages.show_error(
                window, QCoreApplication.translate("app", "Organisatiebestand niet ingelezen"), outcome.message()
            )
        else:
            window.statusBar().showMessage(outcome.message(), 15000)

    @staticmethod
    def _report_unavailable_forms(window: MainWindow, context: Context) -> None:
        """A broken form definition never takes the app down: say which form is unavailable."""
        from ibdesk.services.forms import unavailable_messages

        folders = {str(f) for f in context.services.form_folders or []}
        broken = [e for e in context.services.catalog.errors if e.file not in folders]  # folders: form_problems
        lines = (context.services.form_problems or []) + unavailable_messages(broken)
        if not lines:
            return
        window.statusBar().showMessage(
            QCoreApplication.translate("app", "{count} formulier(en) niet beschikbaar — zie melding.").format(
                count=len(lines)
            )
        )
        messages.show_info(
            window,
            QCoreApplication.translate("app", "Formulieren niet beschikbaar"),
            "\n".join(lines)
            + "\n\n"
            + QCoreApplication.translate(
                "app",
                "De rest van ibdesk werkt gewoon. Vraag de beheerder de "
                "definitie te herstellen ('ibdesk forms check' noemt regel en kolom).",
            ),
        )

    def _ensure_recovery_confirmed(self, store: Store) -> None:
        from ibdesk.services import profile

        try:
            if profile.recovery_confirmed(store):
                return
            key = profile.replace_recovery_key(store)
        except Exception as exc:
            messages.show_error(
                None, QCoreApplication.translate("app", "Herstelsleutel"), messages.describe(exc, self.home)
            )
            return
        if self._confirm_recovery(key):
            messages.attempt(
                None,
                QCoreApplication.translate("app", "Herstelsleutel"),
                lambda: profile.mark_recovery_confirmed(store),
            )

    @staticmethod
    def _exec_recovery_dialog(key: str) -> bool:
        from ibdesk.ui.recovery import RecoveryKeyDialog

        return RecoveryKeyDialog(key).exec() == RecoveryKeyDialog.DialogCode.Accepted

    def _show(self, window: QWidget) -> QWidget:
        self.window = window
        window.show()
        return window

    def close_store(self) -> None:
        if self.store is not None:
            from ibdesk.ui.tasks import wait_for_store_work

            wait_for_store_work()  # a backup or export still running finishes before the profile closes
            self.store.close()
            self.store = None


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """An unexpected error in a slot: log the kind only, tell the user, keep running."""
    log.error("unhandled %s in the UI", kind.__name__)
    messages.show_error(None, TITLE, messages.describe(exc))


def make_application(argv: list[str] | None = None, event_filters: bool = True) -> QApplication:
    """`event_filters=False`: the app-wide event filters wait (ui/theme.install_event_filters)."""
    from ibdesk.ui.theme import apply_theme, install_translations

    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("ibdesk")
    if app.property("ibdesk-themed"):
        install_translations(app)  # a later start in this process (tests): the language chosen since then
    apply_theme(app, event_filters)
    return app


def run_gui(home: Path, store: Store | None = None) -> int:
    """Start the desktop app on the profile in `home` (or on `store`, already opened by the
    command line); returns the exit code."""
    app = make_application(event_filters=False)  # the main window is on screen sooner without them
    sys.excepthook = _excepthook
    controller = AppController(Path(home).expanduser())
    window = controller.start(store) if store is not None else controller.launch()
    if window is None:
        return 1
    if not isinstance(window, MainWindow) or window.context is not None:  # else: when the profile opens
        from ibdesk.ui.theme import install_event_filters

        install_event_filters(app)
    code = app.exec()
    controller.close_store()
    return 1 if controller.failed and code == 0 else code
