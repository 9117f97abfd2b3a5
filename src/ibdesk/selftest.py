"""`ibdesk selftest [--screenshots DIR]`: school IT checks a deployed PC in one command.

Each part runs for real on a temporary profile with fictional data: the keyring, an encrypted
store, the form folders the app uses, a PDF rendered, signed and verified, and every main
screen opened offscreen. Each part is timed. Nothing is left behind: the temporary folder is
removed and the keyring entries it made are deleted, whatever happens.
"""

from __future__ import annotations

import logging
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ibdesk.policy import Policy

from ibdesk.i18n import tr

log = logging.getLogger(__name__)


@dataclass
class Part:
    name: str
    ok: bool
    seconds: float
    detail: str

    def line(self) -> str:
        status = tr("OK") if self.ok else tr("FOUT")
        return f"{status:<4} {self.name:<31} {self.seconds:6.2f} s  {self.detail}"


@dataclass
class Run:
    """What the parts share: the temporary profile, its passphrase, what must be cleaned up."""

    work: Path
    policy: Policy | None = None
    passphrase: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    profile_ids: list[str] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)

    @property
    def home(self) -> Path:
        return self.work / "profiel"

    def step(self, name: str, action: Callable[[], str]) -> bool:
        started = time.perf_counter()
        try:
            detail, ok = action(), True
        except Exception as exc:
            from ibdesk.errors import UserError, unexpected_detail

            detail = str(exc) if isinstance(exc, UserError) else f"onverwachte fout ({unexpected_detail(exc)})"
            ok = False
            log.info("self-test part %s failed: %s", name, type(exc).__name__)
        self.parts.append(Part(name, ok, time.perf_counter() - started, detail))
        return ok


def check_keyring() -> str:
    """A throwaway entry is written, read back and deleted."""
    from ibdesk.errors import UserError
    from ibdesk.store import keyring_access

    backend = keyring_access.backend_text()
    if not keyring_access.keyring_usable():
        raise UserError(tr("Sleutelbeheer: {backend}", backend=backend))
    user, secret = f"selftest-{secrets.token_hex(6)}", secrets.token_hex(16)
    try:
        keyring_access.set_secret(user, secret)
        if keyring_access.get_secret(user) != secret:
            raise UserError(tr("Het sleutelbeheer bewaarde de testsleutel niet ({backend}).", backend=backend))
    finally:
        try:
            keyring_access.delete_secret(user)
        except Exception:
            pass
    return backend


def check_store(run: Run) -> str:
    """Create an encrypted profile, write fictional data, reopen with the passphrase only."""
    from ibdesk.errors import UserError
    from ibdesk.services.demo import fill_demo
    from ibdesk.store.opening import open_profile
    from ibdesk.store.profile import Credentials, create_profile

    store, _recovery = create_profile(run.home, run.passphrase)
    run.profile_ids.append(store.keyfile.profile_id)
    try:
        added = fill_demo(store, pupils=3)
    finally:
        store.close()
    if (run.home / "ibdesk.db").read_bytes()[:15] == b"SQLite format 3":
        raise UserError(tr("De database is niet versleuteld."))
    store = open_profile(run.home, Credentials(passphrase=run.passphrase))
    try:
        problems = store.check()
    finally:
        store.close()
    if problems:
        raise UserError(tr("Controle van de testdatabase: ") + "; ".join(problems))
    return tr(
        "versleuteld, {pupils} fictieve leerlingen en {cases} casussen, controle in orde",
        pupils=added["pupils"],
        cases=added["cases"],
    )


def check_forms(run: Run) -> str:
    from ibdesk.errors import UserError
    from ibdesk.services.form_folders import folder_problems, form_folders
    from ibdesk.services.forms import load_forms, unavailable_messages

    folders = form_folders(run.policy)
    problems = folder_problems(folders)
    catalog = load_forms(folders)
    problems += unavailable_messages([e for e in catalog.errors if e.file not in {str(f) for f in folders}])
    if problems:
        raise UserError(" ".join(problems))
    return tr("{count} definities uit {folders}", count=len(catalog), folders=", ".join(str(f) for f in folders))


def check_pdf(run: Run) -> str:
    """The inzage of a fictional pupil: rendered, signed with this PC's certificate set-up, verified."""
    from ibdesk.domain.model import stored_id
    from ibdesk.errors import UserError
    from ibdesk.services.certificates import verify_with_profile
    from ibdesk.services.container import Services
    from ibdesk.services.export_documents import export_inzage
    from ibdesk.services.export_signing import certificate_kind
    from ibdesk.store.opening import open_profile
    from ibdesk.store.profile import Credentials

    store = open_profile(run.home, Credentials(passphrase=run.passphrase))
    try:
        services = Services.build(store, policy=run.policy)
        pupil = services.records.pupils()[0]
        result, _ = export_inzage(services, stored_id(pupil.id), run.work / "selftest.pdf")
        checked = verify_with_profile(store, result.path)
    finally:
        store.close()
    if not checked.ok:
        raise UserError(tr("De testhandtekening klopt niet: ") + "; ".join(checked.problems or [tr("niet intact")]))
    return tr(
        "{pages} pagina's, ondertekend ({certificate}) en gecontroleerd",
        pages=result.pages,
        certificate=certificate_kind(result.certificate),
    )


def run_selftest(screenshots: Path | None, policy, started_at: float) -> list[Part]:
    """All parts in order; later parts that need the store are skipped when it failed."""
    with tempfile.TemporaryDirectory(prefix="ibdesk-selftest-") as tmp:
        run = Run(Path(tmp), policy)
        try:
            run.step(tr("sleutelbeheer"), check_keyring)
            stored = run.step(tr("versleutelde opslag"), lambda: check_store(run))
            run.step(tr("formulieren"), lambda: check_forms(run))
            if stored:
                run.step(tr("pdf maken, tekenen, controleren"), lambda: check_pdf(run))
                from ibdesk.selftest_gui import check_screens

                run.step(tr("schermen"), lambda: check_screens(run, screenshots, started_at))
        finally:
            _forget_keys(run)
            shutil.rmtree(run.work, ignore_errors=True)
        return run.parts


def _forget_keys(run: Run) -> None:
    """The profile's key and its audit anchor (store/anchor.py) leave the keyring with the profile."""
    from ibdesk.store import anchor, keyring_access

    for profile_id in run.profile_ids:
        keyring_access.forget_key(profile_id)
        try:
            keyring_access.delete_secret(anchor._username(profile_id))
        except Exception:
            pass


def cmd_selftest(args) -> int:
    from ibdesk.cli import STARTED

    screenshots = args.screenshots.expanduser() if args.screenshots else None
    if screenshots is not None and not screenshots.is_dir():
        from ibdesk.errors import UserError

        raise UserError(tr("De map {screenshots} bestaat niet. Maak hem eerst aan.", screenshots=screenshots))
    parts = run_selftest(screenshots, getattr(args, "policy", None), STARTED)
    for part in parts:
        print(part.line())
    failed = [p for p in parts if not p.ok]
    if failed:
        print(tr("Zelftest NIET geslaagd: {count} onderdeel/onderdelen mislukt.", count=len(failed)), file=sys.stderr)
        return 1
    print(tr("Zelftest geslaagd."))
    return 0


def add_selftest_parser(sub) -> None:
    parser = sub.add_parser("selftest", help=tr("controleer deze installatie (voor ICT-beheer); laat niets achter"))
    parser.add_argument(
        "--screenshots", type=Path, metavar=tr("MAP"), help=tr("bewaar een PNG van elk hoofdscherm in MAP")
    )


SELFTEST_COMMANDS = {"selftest": cmd_selftest}
