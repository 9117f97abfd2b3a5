"""Reading back what the pipeline wrote: text, fonts, metadata, page images."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

from pypdf import PdfReader

READY_CASE, WITHDRAWN_CASE, EXPIRED_CASE, VERBAL_CASE, REFERRED_CASE = 2, 3, 5, 10, 4
HEALTH_SECRET = "Diagnose door kinderpsychiater (fictief) GEHEIM-7731"
HEALTH_TITLE = "Onderzoeks- en verslaggegevens"


def reader(path: Path, password: str | None = None) -> PdfReader:
    pdf = PdfReader(io.BytesIO(Path(path).read_bytes()))
    if password is not None:
        pdf.decrypt(password)
    return pdf


def page_texts(path: Path, password: str | None = None) -> list[str]:
    return [p.extract_text() or "" for p in reader(path, password).pages]


def full_text(path: Path, password: str | None = None) -> str:
    """pypdf's text, plus pdftotext's when poppler is installed (two independent readers);
    whitespace collapsed, so text wrapped in a table cell reads as one line."""
    text = "\n".join(page_texts(path, password))
    if shutil.which("pdftotext"):
        args = ["pdftotext", "-layout"] + (["-upw", password] if password else []) + [str(path), "-"]
        text += "\n" + subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())


def font_problems(path: Path, password: str | None = None) -> list[str]:
    """Every font used on a page or in a form XObject must carry an embedded FontFile2/3."""
    problems, seen = [], set()

    def visit(resources):
        resources = resources.get_object() if resources is not None else {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            name = str(font.get("/BaseFont"))
            embedded = descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile2", "/FontFile", "/FontFile3")
            )
            if not embedded and name not in seen:
                problems.append(name)
            seen.add(name)
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if "/Resources" in xobject:
                visit(xobject["/Resources"])

    for page in reader(path, password).pages:
        visit(page.get("/Resources"))
    if shutil.which("pdffonts") and password is None:
        lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
        problems += [f"pdffonts: {line}" for line in lines[2:] if line.split()[-5:-4] != ["yes"]]
    return problems


def nonblank_pages(path: Path, tmp: Path) -> list[bool]:
    """Per page: does it show anything? pdftoppm when present, else drawing operators."""
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-gray", "-r", "24", str(path), str(tmp / "page")], check=True)
        return [_ink(p) > 0.004 for p in sorted(tmp.glob("page*.pgm"))]
    return [b"Tj" in p.get_contents().get_data() or b"TJ" in p.get_contents().get_data() for p in reader(path).pages]


def _ink(pgm: Path) -> float:
    """Share of dark pixels in a binary PGM (P5)."""
    data = pgm.read_bytes()
    parts = data.split(maxsplit=4)
    pixels = parts[4]
    return sum(1 for v in pixels if v < 200) / max(1, len(pixels))


def save_health_note(services, case_id: int = READY_CASE, today: date | None = None) -> None:
    """Add a health-category piece to the case: research data in a new OPP version."""
    saved = [f for f in services.forms.saved_forms(case_id=case_id) if f.form_id == "opp"][-1]
    definition, answers = services.forms.load(saved.id)
    answers["onderzoeksgegevens"] = HEALTH_SECRET
    overview = services.guidance.overview(case_id, log_view=False)
    services.forms.save(overview.pupil.id, "opp", definition.version, answers, case_id=case_id)


def flip_byte_in_content(data: bytes) -> bytes:
    """Change one byte inside the first page content stream after the header."""
    start = data.index(b"stream", data.index(b"/Contents")) + 10
    tampered = bytearray(data)
    tampered[start + 25] ^= 0x01
    return bytes(tampered)
