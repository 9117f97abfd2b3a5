"""The paper route of issue 11.3 (dossier/paper_form.py): who must still sign a form, printed
with their statement and signature lines to a file the user chose."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from ibdesk.domain.signatures import Signer
from ibdesk.dossier.document import register_fonts
from ibdesk.dossier.paper_form import paper_pdf
from ibdesk.errors import UserError
from ibdesk.i18n import tr


def consent_on_paper(services, case_id: int, basis_id: int, out: Path) -> Path:
    """Write the consent statement of every person who must still sign, each with signature lines."""
    return on_paper(
        services,
        case_id,
        "consent",
        basis_id,
        out,
        lambda signer: services.signatures.consent_statement(case_id, basis_id, signer),
    )


def on_paper(
    services, case_id: int, subject: str, subject_id: int, out: Path, statement_for: Callable[[Signer], str]
) -> Path:
    """Write, for every person who must still sign `subject`, the statement they would read on
    screen (`statement_for`), each with lines for name, date and signature."""
    signers = services.signatures.still_needed(case_id, subject, subject_id)
    if signers:
        register_fonts(services.resources)
    return _write(out, paper_pdf(subject, signers, statement_for))


def _write(out: Path, data: bytes) -> Path:
    """Whole or not at all: a temporary file beside the target, then replace."""
    out = Path(out)
    staged = out.with_name(f".{out.name}.deel")
    try:
        staged.write_bytes(data)
        os.replace(staged, out)
    except OSError as exc:
        staged.unlink(missing_ok=True)
        raise UserError(
            tr("Kan niet schrijven naar {parent}: {strerror}.", parent=out.parent, strerror=exc.strerror)
        ) from None
    return out
