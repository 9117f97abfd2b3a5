"""The paper route of issue 11.3: any form a person signs (a consent, the instemming with the
OPP's handelingsdeel, the pupil's hoorrecht or zienswijze) printed to be signed on paper. Each
person who must still sign gets the same plain-language statement they would read on screen, with lines
for their name, the date and their signature. Afterwards the IB'er records the paper signature
with its scan (services/signatures.py `record_paper`).

The service (services/paper_forms.py) finds who must still sign and writes the file, only
where the user chooses; it is not signed digitally (the ink is)."""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer

from ibdesk.domain.signatures import Signer
from ibdesk.dossier import blocks as b
from ibdesk.dossier.document import MARGIN
from ibdesk.errors import UserError
from ibdesk.i18n import mark, tr_marked

LINE = "_" * 42


# subject -> (title, what the reader is asked, refusal that nobody has anything left to sign);
# the refusal is marked: the screen or the CLI shows it in the language shown, the paper is Dutch
PAPERS = {
    "consent": (
        "Toestemming: ondertekenen op papier",
        "Bent u het ermee eens, vul dan uw naam en de datum in en zet uw handtekening.",
        mark("Iedereen die toestemming moet geven, heeft deze toestemming al getekend."),
    ),
    "opp": (
        "Instemming met het OPP: ondertekenen op papier",
        "Gaat u akkoord, vul dan uw naam en de datum in en zet uw handtekening.",
        mark("Iedereen die moet instemmen met dit OPP, heeft al getekend."),
    ),
    "hoorrecht": (
        "Leerling gehoord over het OPP: ondertekenen op papier",
        "Klopt dit, vul dan je naam en de datum in en zet je handtekening.",
        mark("De leerling heeft dit al getekend, of hoeft niet te tekenen (jonger dan 12)."),
    ),
    "zienswijze": (
        "Zienswijze van de leerling: ondertekenen op papier",
        "Klopt dit, vul dan je naam en de datum in en zet je handtekening.",
        mark("De leerling heeft dit al getekend, of hoeft niet te tekenen (jonger dan 12)."),
    ),
}


def paper_pdf(subject: str, signers: list[Signer], statement_for: Callable[[Signer], str]) -> bytes:
    """For every person in `signers` (those who must still sign `subject`), the statement they
    would read on screen (`statement_for`), each with lines for name, date and signature. The
    fonts are registered by the caller (`document.register_fonts`)."""
    title, ask, nothing_left = PAPERS[subject]
    if not signers:
        raise UserError(tr_marked(nothing_left))  # a message to the user, not the paper
    story = [b.markup(title, "h1"), b.text(f"Lees de tekst hieronder. {ask} Elke persoon tekent zelf.", "body")]
    for signer in signers:
        part = [
            b.text(f"{signer.name} ({signer.role})", "h2"),
            b.text(statement_for(signer), "body"),
            Spacer(0, 4 * mm),
            b.key_values([("Naam", LINE), ("Datum", LINE), ("Handtekening", "\n\n\n" + LINE)]),
        ]
        story.append(KeepTogether(part))
    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title.split(":")[0] + " op papier",
    ).build(story)
    return buffer.getvalue()
