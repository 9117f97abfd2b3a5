"""Render every screen offscreen with the fictional demo school and save PNGs.

    .venv/bin/python tests/ui/app/screenshots.py OUTDIR

Uses a temporary profile and the test keyring; never touches the real profile or keyring.
`render_all` is also run by tests/ui/app/test_screenshots.py so this script cannot rot.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

TESTS = Path(__file__).resolve().parents[2]
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))
from support.screens import run_script  # noqa: E402

SIZE = (1200, 800)
DIALOG_SIZE = (820, 760)


class Shooter:
    def __init__(self, out: Path):
        from PySide6.QtWidgets import QApplication

        self.out = out
        self.app = QApplication.instance()
        self.saved: list[Path] = []
        out.mkdir(parents=True, exist_ok=True)

    def settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()

    def shoot(self, widget, name: str) -> Path:
        self.settle()
        path = self.out / f"{len(self.saved) + 1:02d}-{name}.png"
        widget.grab().save(str(path))
        self.saved.append(path)
        return path


def _wizard_shots(shoot: Shooter, work: Path) -> None:
    from ibdesk.ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(work / "wizard-profile", keyring_available=True)
    wizard.resize(860, 620)
    wizard.show()
    shoot.shoot(wizard, "wizard-welkom")
    wizard.next()
    page = wizard.school_page
    page.brin.setText("12A")
    page.validatePage()
    shoot.shoot(wizard, "wizard-school-fouten")
    page.name.setText("Basisschool De Ÿsbaan — Çelik-Nguyễn (fictief)")
    page.brin.setText("99ZZ")
    page.municipality.setText("Renkum")
    page.region.setText("SWV Rijn en Heuvel (fictief)")
    page.validatePage()
    shoot.shoot(wizard, "wizard-school")
    wizard.next()
    wizard.user_page.validatePage()
    shoot.shoot(wizard, "wizard-over-uzelf-fouten")
    wizard.user_page.name.setText("Marieke de Wit (fictief)")
    shoot.shoot(wizard, "wizard-over-uzelf")
    wizard.next()
    shoot.shoot(wizard, "wizard-herstelsleutel")
    wizard.next()
    wizard.confirm_page.confirm.edit.setText(wizard.recovery_key[:14])
    shoot.shoot(wizard, "wizard-overtypen-bezig")
    wizard.confirm_page.confirm.edit.setText(wizard.recovery_key.lower())
    shoot.shoot(wizard, "wizard-overtypen-klopt")
    wizard.store.close()
    wizard.close()

    no_keyring = FirstRunWizard(work / "wizard-passphrase", keyring_available=False)
    no_keyring.resize(860, 620)
    no_keyring.show()
    no_keyring.next()
    no_keyring.school_page.name.setText("OBS De Vlinderboom (fictief)")
    no_keyring.school_page.municipality.setText("Renkum")
    no_keyring.next()
    no_keyring.user_page.name.setText("Marieke de Wit (fictief)")
    no_keyring.next()
    page = no_keyring.passphrase_page
    page.first.setText("kort")
    page.second.setText("anders")
    page.validatePage()
    shoot.shoot(no_keyring, "wizard-wachtwoordzin-fouten")
    no_keyring.close()


def _unlock_shots(shoot: Shooter, work: Path) -> None:
    from ibdesk.store import keyring_access
    from ibdesk.store.profile import create_profile
    from ibdesk.ui.unlock import UnlockWindow

    home = work / "locked-profile"
    store, _ = create_profile(home, "paarse-olifant-fietst")
    store.close()
    keyring_access.forget_key(store.keyfile.profile_id)  # as on a PC without this key
    window = UnlockWindow(home, has_passphrase=True)
    window.unlocked.connect(lambda opened: opened.close())
    window.resize(*SIZE)
    window.show()
    shoot.shoot(window, "ontgrendelen")
    window.secret.setText("verkeerde-wachtwoordzin")
    window.try_unlock()
    shoot.shoot(window, "ontgrendelen-fout")
    window.use_recovery.setChecked(True)
    shoot.shoot(window, "ontgrendelen-herstelsleutel")
    window.close()


def _main_window_shots(shoot: Shooter, work: Path) -> None:
    from ibdesk.services.demo import fill_demo
    from ibdesk.services.records import Records
    from ibdesk.store.profile import create_profile
    from ibdesk.ui.main_window import MainWindow
    from ibdesk.ui.pages.base import Context

    store, _ = create_profile(work / "demo-profile", None)
    try:
        fill_demo(store, pupils=30)
        window = MainWindow(Context.for_store(store))
        window.resize(*SIZE)
        window.show()
        for index, (label, _page) in enumerate(window.pages):
            window.show_page(index)
            shoot.shoot(window, f"hoofdvenster-{index + 1}-{label.lower()}")
        window.show_page(1)
        window.pupils_page.search.setText("celik")
        shoot.shoot(window, "leerlingen-zoeken-celik")
        window.pupils_page.search.clear()
        _editor_shots(shoot, window, Records(store))
        window.close()
    finally:
        store.close()


def _editor_shots(shoot: Shooter, window, records) -> None:
    from ibdesk.ui.pages.pupil_editor import PupilEditor

    pupil = next(p for p in records.pupils() if "Nguy" in p.last_name and len(p.guardians) == 2)
    editor = PupilEditor(records, records.pupil(pupil.id), window)
    editor.resize(*DIALOG_SIZE)
    editor.show()
    shoot.shoot(editor, "leerling-bewerken")
    editor.edits["bsn"].setText("123456789")
    editor.edits["geboortedatum"].setText("31-02-2017")
    editor.guardians.rows[0].phone.setText("12345")
    editor.save()
    shoot.shoot(editor, "leerling-bewerken-fouten")
    editor.reject()
    new = PupilEditor(records, None, window)
    new.resize(*DIALOG_SIZE)
    new.show()
    shoot.shoot(new, "leerling-nieuw")
    new.reject()


def _recovery_dialog_shot(shoot: Shooter) -> None:
    from ibdesk.store.keys import new_recovery_key
    from ibdesk.ui.recovery import RecoveryKeyDialog

    dialog = RecoveryKeyDialog(new_recovery_key())
    dialog.show()
    shoot.shoot(dialog, "herstelsleutel-bevestigen")
    dialog.reject()


def render_all(out: Path, work: Path) -> list[Path]:
    """Render every screen into `out` (profiles are made in `work`); returns the PNG paths."""
    from ibdesk.app import make_application

    make_application([])
    shoot = Shooter(out)
    steps: list[Callable[[], None]] = [
        lambda: _wizard_shots(shoot, work),
        lambda: _unlock_shots(shoot, work),
        lambda: _main_window_shots(shoot, work),
        lambda: _recovery_dialog_shot(shoot),
    ]
    for step in steps:
        step()
    return shoot.saved


def main(argv: list[str]) -> int:
    return run_script(argv, "tests/ui/app/screenshots.py", render_all)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
