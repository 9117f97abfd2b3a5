"""Reading an export file: its bytes once, in memory, and its text in the encoding it was
written in. The file is never copied, and nothing of it is written anywhere else."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ibdesk.i18n import tr
from ibdesk.importing.model import FileRejected

MAX_BYTES = 50 * 1024 * 1024  # a school of 3,000 pupils writes about 3 MB of EDEX
_DECLARED = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


def read_bytes(path: Path) -> bytes:
    """The whole file; a Dutch FileRejected when it is missing, unreadable or far too large."""
    try:
        if path.is_dir():
            raise FileRejected(tr("{path} is een map; kies het exportbestand zelf.", path=path))
        if path.stat().st_size > MAX_BYTES:
            raise FileRejected(tr("{name} is groter dan 50 MB; dat is geen leerlingexport.", name=path.name))
        return path.read_bytes()
    except FileNotFoundError:
        raise FileRejected(tr("Het bestand {path} bestaat niet.", path=path)) from None
    except OSError as exc:
        raise FileRejected(
            tr("Het bestand {path} kan niet worden gelezen ({reason}).", path=path, reason=exc.strerror or exc)
        ) from None


def decode(data: bytes, declared_first: bool = False) -> tuple[str, str]:
    """(text, encoding name). A byte-order mark decides; else the XML declaration (when asked);
    else UTF-8 when the bytes are valid UTF-8; else Windows-1252, which Excel and older
    administrations write on Dutch Windows."""
    for bom, codec, label in (
        (codecs.BOM_UTF8, "utf-8", tr("UTF-8 (met BOM)")),
        (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
    ):
        if data.startswith(bom):
            return _strict(data[len(bom) :], codec, label), label
    if declared_first:
        declared = _declared_encoding(data)
        if declared and declared not in ("utf-8", "utf8"):
            try:
                return data.decode(declared), "Windows-1252" if declared == "cp1252" else declared.upper()
            except UnicodeDecodeError:
                pass  # the declaration lies; the bytes decide below
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "Windows-1252"


def _declared_encoding(data: bytes) -> str | None:
    match = _DECLARED.match(data[:200].lstrip())
    if not match:
        return None
    name = match.group(1).decode("ascii").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _strict(data: bytes, codec: str, label: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FileRejected(
            tr(
                "Het bestand begint als {label}, maar regel {line} is geen geldige {label}-tekst. "
                "Het bestand is beschadigd; maak de export opnieuw.",
                label=label,
                line=line,
            )
        ) from None
