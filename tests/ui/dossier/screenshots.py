"""Render the dossier screens offscreen with the fictional demo school and save PNGs.

    .venv/bin/python tests/ui/dossier/screenshots.py OUTDIR

Every page of the export wizard (a ready case, grensverkeer, a case that is not ready, the
signing page with the personal and with a school certificate, saving with a password), the
verify dialog (in orde, gewijzigd, wachtwoord nodig) and the signing section of
Instellingen — about 1000×700, with a temporary profile and the test keyring. `render_all`
also runs in tests/ui/dossier/test_dossier_screenshots.py so this script cannot rot.
"""

from __future__ import annotations

import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[2]
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))
from support.screens import run_script  # noqa: E402
from support.tasks import settle  # noqa: E402

SIZE = (1000, 700)


class Shooter:
    def __init__(self, out: Path):
        from PySide6.QtWidgets import QApplication

        self.out = out
        self.app = QApplication.instance()
        self.saved: list[Path] = []
        out.mkdir(parents=True, exist_ok=True)

    def __call__(self, widget, name: str) -> Path:
        widget.resize(*SIZE)
        for _ in range(4):
            self.app.processEvents()
        path = self.out / f"{len(self.saved) + 1:02d}-{name}.png"
        widget.grab().save(str(path))
        self.saved.append(path)
        return path


def _wizard(context, case_id: int, ask=None):
    from ibdesk.ui.dossier import ExportWizard

    wizard = ExportWizard(context, case_id, ask_password=ask or (lambda prompt: None))
    wizard.resize(*SIZE)
    wizard.show()
    return wizard


def _wizard_shots(shoot: Shooter, context, work: Path) -> tuple[Path, str]:
    from ibdesk.ui.kit import messages
    from ui.dossier.helpers import BORDER_CASE, READY_CASE, WITHDRAWN_CASE, walk_to

    border = _wizard(context, BORDER_CASE)
    shoot(border, "ontvanger-grensverkeer")
    border.close()
    blocked = _wizard(context, WITHDRAWN_CASE)
    blocked.next()
    shoot(blocked, "inhoud-niet-klaar")
    blocked.close()
    wizard = _wizard(context, READY_CASE)
    shoot(wizard, "ontvanger")
    wizard.next()
    shoot(wizard, "inhoud-klaar")
    wizard.content_page.scroll_area.verticalScrollBar().setValue(10_000)
    shoot(wizard, "inhoud-klaar-onderaan")
    wizard.next()
    shoot(wizard, "ondertekenen-nog-geen-certificaat")
    wizard.sign_page.make_certificate()
    shoot(wizard, "ondertekenen-persoonlijk")
    wizard.sign_page.sender_fields.edits["email"].setText("marieke@")
    wizard.next()
    shoot(wizard, "ondertekenen-fout")
    wizard.sign_page.sender_fields.edits["email"].setText("m.dewit@vlinderboom.example")
    wizard.sign_page.sender_fields.edits["phone"].setText("026 123 45 67")
    walk_to(wizard, wizard.save_page)
    shoot(wizard, "opslaan")
    chosen = work / "uit" / "dossier-sociaal-team.pdf"
    chosen.parent.mkdir(exist_ok=True)
    messages.ask_save_path = lambda parent, title, suggested, file_filter: chosen
    wizard.save_page.encrypt.setChecked(True)
    settle(wizard.save_page.save())
    shoot(wizard, "opgeslagen-met-wachtwoord")
    wizard.close()
    return chosen, wizard.result.password


def _school_shot(shoot: Shooter, context, work: Path) -> None:
    from ibdesk.services import certificates as certs
    from ui.dossier.helpers import READY_CASE, school_p12, walk_to

    p12, ca = school_p12(work / "beleid", "geheim")
    store = context.store
    store.set_setting(certs.SCHOOL_P12, str(p12))
    store.set_setting(certs.SCHOOL_CA, str(ca))
    wizard = _wizard(context, READY_CASE, ask=lambda prompt: "geheim")
    walk_to(wizard, wizard.sign_page)
    shoot(wizard, "ondertekenen-schoolcertificaat")
    wizard.close()
    wrong = work / "beleid" / "weg.p12"
    store.set_setting(certs.SCHOOL_P12, str(wrong))
    wizard = _wizard(context, READY_CASE)
    walk_to(wizard, wizard.sign_page)
    shoot(wizard, "ondertekenen-schoolcertificaat-ontbreekt")
    wizard.close()
    store.set_setting(certs.SCHOOL_P12, "")
    store.set_setting(certs.SCHOOL_CA, "")


def _verify_shots(shoot: Shooter, context, exported: Path, password: str) -> None:
    from ibdesk.ui.dossier import VerifyDialog
    from ui.dossier.helpers import flip_byte_in_content

    dialog = VerifyDialog(context)
    dialog.show()
    shoot(dialog, "controleer-leeg")
    settle(dialog.check(exported))
    shoot(dialog, "controleer-wachtwoord-nodig")
    dialog.password_edit.setText(password)
    settle(dialog.check())
    shoot(dialog, "controleer-in-orde")
    plain = exported.parent / "plain.pdf"
    tampered = exported.parent / "gewijzigd.pdf"
    from ibdesk.services.export_documents import export_case
    from ui.dossier.helpers import READY_CASE

    export_case(context.services, READY_CASE, plain)
    tampered.write_bytes(flip_byte_in_content(plain.read_bytes()))
    dialog.password_edit.clear()
    settle(dialog.check(tampered))
    shoot(dialog, "controleer-niet-in-orde")
    other = VerifyDialog(None)
    other.show()
    settle(other.check(plain))
    shoot(other, "controleer-onbekende-ondertekenaar")
    other.close()
    dialog.close()


def _settings_shot(shoot: Shooter, context) -> None:
    from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

    from ibdesk.ui.dossier import SignerSettings

    section = SignerSettings(context)
    section.refresh()
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(28, 22, 28, 18)
    layout.addWidget(section)
    layout.addStretch(1)
    holder = QScrollArea()
    holder.setWidgetResizable(True)
    holder.setWidget(page)
    holder.show()
    shoot(holder, "instellingen-ondertekenen")
    holder.close()


def render_all(out: Path, work: Path) -> list[Path]:
    from ibdesk.app import make_application
    from ibdesk.services.container import Services
    from ibdesk.services.demo import fill_demo
    from ibdesk.store.profile import create_profile
    from ibdesk.ui.pages.base import Context
    from ui.dossier.helpers import TODAY

    make_application([])
    store, _ = create_profile(work / "dossier-demo-profile", None)
    try:
        fill_demo(store, pupils=30, today=TODAY)
        context = Context(Services.build(store, today=lambda: TODAY))
        shoot = Shooter(out)
        exported, password = _wizard_shots(shoot, context, work)
        _school_shot(shoot, context, work)
        _verify_shots(shoot, context, exported, password)
        _settings_shot(shoot, context)
        return shoot.saved
    finally:
        store.close()


def main(argv: list[str]) -> int:
    return run_script(argv, "tests/ui/dossier/screenshots.py", render_all, confirm=False)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
