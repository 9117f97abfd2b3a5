"""Tables in the PDFs never cut a word in two (issue 11.6: the parents' inzage showed
"Ondersteu ningsgeschiedenis", "samenwerkings verband", "20-11-20 26")."""

from __future__ import annotations

import io
import subprocess

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from ibdesk.dossier import blocks as b
from ibdesk.dossier.document import FRAME_W, MARGIN, register_fonts

LONG = [
    "20-11-2026",
    "Samenwerkingsverband (fictief)",
    "voorbereiding arrangementsaanvraag",
    "arrangementsaanvraag",
    "Ondersteuningsgeschiedenis, Identificatiegegevens",
    "Onderwijsresultaten",
]
HEADER = ["Datum", "Ontvanger", "Doel", "Document", "Gedeeld", "Niet gedeeld"]


@pytest.fixture(autouse=True)
def _fonts():
    register_fonts()


def words_of(flowable) -> list[str]:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN).build([flowable])
    text = subprocess.run(["pdftotext", "-", "-"], input=buffer.getvalue(), capture_output=True, check=True).stdout
    return text.decode().split()


def test_a_table_too_narrow_for_its_words_keeps_every_word_whole():
    widths = [FRAME_W * f for f in (0.11, 0.2, 0.21, 0.14, 0.22, 0.12)]
    words = words_of(b.table(HEADER, [LONG, LONG], widths))
    for cell in LONG + HEADER:
        for word in cell.split():
            assert word in words, (word, words)


def test_a_table_whose_words_fit_stays_a_table_with_its_columns():
    rows = [["20-11-2026", "Sociaal Team", "aanmelding"]]
    grid = b.table(["Datum", "Ontvanger", "Doel"], rows, [FRAME_W / 3] * 3)
    assert len(grid._colWidths) == 3 and abs(sum(grid._colWidths) - FRAME_W) < 0.1
    assert "20-11-2026" in words_of(b.table(["Datum", "Ontvanger", "Doel"], rows, [FRAME_W / 3] * 3))


def test_a_date_column_is_widened_from_a_column_with_room_to_spare():
    need = b.word_widths([["Datum", "Toelichting"], ["20-11-2026", "kort"]], 2)
    widths = b.fit_widths(need, [10.0, FRAME_W - 10.0])
    assert widths[0] >= need[0] and abs(sum(widths) - FRAME_W) < 0.01
