"""The paper route of issue 11.3: a consent printed to be signed on paper. Each person who
must still sign gets the same plain-language statement they would read on screen, with lines
for their name, the date and their signature. Afterwards the IB'er records the paper signature
with its scan (services/signatures.py `record_paper`).

The file is written only where the user chooses; it is not signed digitally (the ink is)."""
from __future__ import annotations

import io
import os
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer

from ibdesk.dossier import blocks as b
from ibdesk.dossier.document import MARGIN, register_fonts
from ibdesk.errors import UserError

LINE = "_" * 42


def consent_on_paper(services, case_id: int, basis_id: int, out: Path) -> Path:
    """Write the consent statement of every person who must still sign, each with signature lines."""
    signers = services.signatures.still_needed(case_id, "consent", basis_id)
    if not signers:
        raise UserError("Iedereen die toestemming moet geven, heeft deze toestemming al getekend.")
    register_fonts()
    story = [b.markup("Toestemming: ondertekenen op papier", "h1"),
             b.text("Lees de tekst hieronder. Bent u het ermee eens, vul dan uw naam en de datum in en zet uw "
                    "handtekening. Elke persoon tekent zelf.", "body")]
    for signer in signers:
        statement = services.signatures.consent_statement(case_id, basis_id, signer)
        part = [b.text(f"{signer.name} ({signer.role})", "h2"), b.text(statement, "body"),
                Spacer(0, 4 * mm),
                b.key_values([("Naam", LINE), ("Datum", LINE), ("Handtekening", "\n\n\n" + LINE)])]
        story.append(KeepTogether(part))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                      bottomMargin=MARGIN, title="Toestemming op papier").build(story)
    return _write(out, buffer.getvalue())


def _write(out: Path, data: bytes) -> Path:
    """Whole or not at all: a temporary file beside the target, then replace."""
    out = Path(out)
    staged = out.with_name(f".{out.name}.deel")
    try:
        staged.write_bytes(data)
        os.replace(staged, out)
    except OSError as exc:
        staged.unlink(missing_ok=True)
        raise UserError(f"Kan niet schrijven naar {out.parent}: {exc.strerror}.") from None
    return out
