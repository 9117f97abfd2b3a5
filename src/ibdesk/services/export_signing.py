"""The steps every signed document goes through, whatever its content: render once, stamp the
audit anchor, sign (and optionally encrypt), and write only to the chosen file, with the
sharing recorded before the file appears under its name.

The per-document entry points (dossier, overdracht, MDO, inzage) are in
`services/export_documents.py`; what they write to the sharing log is in
`services/export_sharing_log.py`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ibdesk.dossier import signing
from ibdesk.dossier.content import Sender
from ibdesk.dossier.credentials import Credentials
from ibdesk.dossier.document import render
from ibdesk.dossier.story_common import SignatureInfo
from ibdesk.errors import UserError
from ibdesk.i18n import tr
from ibdesk.services import certificates


@dataclass
class ExportResult:
    path: Path
    pages: int
    fingerprint: str
    certificate: str
    password: str | None = None  # show once; pass on by phone or SMS
    shared: dict[str, str] = field(default_factory=dict)
    withheld: list[str] = field(default_factory=list)
    note: str = ""  # something the user should know about the content

    def message(self, with_password: bool = True) -> str:
        """What the user is told after a successful export, in the language of the screen (the
        CLI prints the same; the document itself says nothing of this). `with_password=False`:
        without the password lines, for a screen that shows the password in its own box."""
        lines = [
            self._written(),
            tr("Controlecode van het certificaat: {fingerprint}", fingerprint=self.fingerprint),
            tr("Technisch: {certificate}, vingerafdruk (SHA-256).", certificate=certificate_kind(self.certificate)),
        ]
        if self.note:
            lines.append(self.note)
        if self.withheld:
            lines.append(self._withheld())
        if self.password and with_password:
            lines += [
                "",
                tr("WACHTWOORD: {password}", password=self.password),
                tr(
                    "Het document is versleuteld (AES-256). Geef dit wachtwoord via een ander kanaal door "
                    "(telefoon of sms), nooit in dezelfde e-mail als het document."
                ),
            ]
        return "\n".join(lines)

    def _written(self) -> str:
        """The plural as a whole sentence per number, so each language words it its own way."""
        if self.pages == 1:
            return tr("Ondertekend document geschreven: {path} (1 pagina).", path=self.path)
        return tr("Ondertekend document geschreven: {path} ({pages} pagina's).", path=self.path, pages=self.pages)

    def _withheld(self) -> str:
        count = len(self.withheld)
        if count == 1:
            return tr("1 onderdeel niet gedeeld (geen grondslag); het document noemt het, zonder de inhoud.")
        return tr(
            "{count} onderdelen niet gedeeld (geen grondslag); het document noemt ze, zonder de inhoud.", count=count
        )


def certificate_kind(label: str) -> str:
    """`Credentials.kind_label` (Dutch, as the PDF's signature block names it) on screen."""
    kinds = {
        "Certificaat van de school": tr("Certificaat van de school"),
        "Persoonlijk certificaat": tr("Persoonlijk certificaat"),
    }
    return kinds.get(label, label)


@dataclass
class Signing:
    """How to sign: explicit credentials, or the school's PKCS#12 / the personal certificate."""

    credentials: Credentials | None = None
    p12: Path | None = None
    password: str | None = None
    ask: Callable[[str], str | None] | None = None  # prompt → password of the school certificate

    def resolve(self, store, name: str, school: str) -> Credentials:
        return self.credentials or certificates.credentials_for(store, name, school, self.p12, self.password, self.ask)


def signature_info(credentials: Credentials, sender: Sender, day) -> SignatureInfo:
    """The visible signature block: the profile's name and role (a personal certificate always
    carries that same name, see certificates.personal_credentials)."""
    return SignatureInfo(sender.name, sender.role, sender.school, day, credentials.fingerprint, credentials.kind_label)


@dataclass
class Prepared:
    """The unsigned document (audit anchor included) exactly as it will be signed: the
    wizard previews these bytes, `sign_prepared` signs them without rendering again."""

    pdf: bytes
    pages: int
    signature_page: int | None
    signature_box: tuple | None
    credentials: Credentials
    reason: str
    location: str
    record: Callable[[], None] | None = None
    shared: dict[str, str] = field(default_factory=dict)
    withheld: list[str] = field(default_factory=list)
    files: tuple = ()  # attachments embedded in the signed revision (attachment_content.py)


def prepare(
    services, story: list, doc_meta, credentials, reason: str, location: str, record=None, files=()
) -> Prepared:
    """Render once and stamp the audit anchor (store/anchor.py) under the coming signature."""
    from ibdesk.store import anchor

    rendered = render(story, doc_meta)
    pdf = anchor.stamp_pdf(rendered.pdf, anchor.for_document(services.store))
    return Prepared(
        pdf,
        rendered.pages,
        rendered.signature_page,
        rendered.signature_box,
        credentials,
        reason,
        location,
        record,
        files=tuple(files),
    )


def sign_prepared(services, prepared: Prepared, out: Path, encrypt: bool) -> ExportResult:
    """Sign exactly `prepared.pdf` (an incremental update: the signed file starts with these
    bytes), optionally encrypt, and write only to `out`.

    `record()` logs the sharing and commits *before* the signed file appears under its name, so
    no sendable document exists without its record (a kill in between leaves only a temporary
    file, removed at the next open). With a password the same content is encrypted first."""
    password = signing.new_password() if encrypt else None
    data = signing.sign(
        prepared.pdf,
        prepared.credentials,
        prepared.signature_page,
        prepared.signature_box,
        prepared.reason,
        prepared.location,
        password,
        prepared.files,
    )
    out = Path(out).expanduser()
    publish = stage_write(services.store, out, data)
    if prepared.record is not None:
        prepared.record()
    publish()
    result = ExportResult(
        out, prepared.pages, prepared.credentials.fingerprint, prepared.credentials.kind_label, password
    )
    result.shared, result.withheld = dict(prepared.shared), list(prepared.withheld)
    return result


def finish(
    services,
    story: list,
    doc_meta,
    credentials,
    out: Path,
    encrypt: bool,
    reason: str,
    location: str,
    record=None,
    files=(),
) -> ExportResult:
    """Render, sign (and encrypt), and write only to `out` (see `sign_prepared`); `files` are
    embedded in the signed revision (dossier/attachment_content.py)."""
    return sign_prepared(
        services, prepare(services, story, doc_meta, credentials, reason, location, record, files), out, encrypt
    )


def stage_write(store, out: Path, data: bytes):
    """Write `data` under a temporary name beside `out`; returns the rename that publishes it."""
    import os

    from ibdesk.store import maintenance
    from ibdesk.store.files import storage_error

    temp = out.parent / f".tmp-export-{os.getpid()}-{out.name}"
    try:
        if not out.parent.is_dir():
            raise UserError(tr("De map {parent} bestaat niet.", parent=out.parent))
        maintenance.remember_outside(store.paths, temp)
        with open(temp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise storage_error(exc, out.parent) from None

    def publish() -> None:
        try:
            os.replace(temp, out)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise storage_error(exc, out.parent) from None
        maintenance.forget_outside(store.paths, temp)

    return publish
