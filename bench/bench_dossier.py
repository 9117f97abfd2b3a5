"""Dossier export: first the whole `ibdesk export` process the user waits for, then the
build + sign of a 30-page dossier vs a bare reportlab build of the same flowables.

    .venv/bin/python bench/bench_dossier.py [--repeat 5]

Whole process (issue 10): `ibdesk export` of a demo case with a few months of history
(~12 pages) — imports, opening the store, the signing key, fonts, content, layout,
signature — against a bare reportlab process writing as many pages, run alternately,
CPU seconds and peak memory per finished process (min, median, ratio).

In process:

A demo pupil gets a long history (a year of OPP evaluations with four goals each, MDO
reports with their agreements, an extensive aanmelding). Timed, each the median of
`--repeat` runs, all in this run:

* full: the story, laid out by the ibdesk pipeline (header with initials, footer with
  'pagina X van Y', TOC, bookmarks, signature spot), then signed with pyHanko (PAdES);
* bare: the same story laid out by a plain reportlab template (no header/footer, no TOC
  numbers, no bookmarks, no signature).

Targets (issue): full < 2 s; full/bare <= 1.5x. Reading the store and assembling the
content (same for both) is printed apart.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import alternate_processes, print_process_pair, python, run_process, timed, use_test_keyring

TODAY = date(2026, 11, 23)
CASE = 2
LIGHTS = ["rood", "oranje", "oranje", "groen", "groen", "donkergroen"]
LONG = (
    "Tijdens de observaties in de klas valt op dat de leerling bij zelfstandig werken snel afgeleid raakt "
    "door geluiden en bewegingen om zich heen. Met een vaste werkplek, een koptelefoon en een visueel "
    "dagprogramma lukt het steeds beter om een taak van vijftien minuten af te maken. Thuis herkennen ouders "
    "het beeld; zij gebruiken inmiddels dezelfde pictogrammen voor de ochtendroutine (fictief voorbeeld)."
)


def long_history(store, catalog, today: date = TODAY, evaluations: int = 10, meetings: int = 12) -> None:
    """A year of evaluations and meetings for one case, written as the app would store them."""
    from ibdesk.store import models as m

    opp = catalog.latest("opp")
    with store.session() as s:
        case = s.get(m.CaseRow, CASE)
        base = json.loads(next(r.answers for r in s.query(m.FormAnswerRow).filter_by(case_id=CASE, form_id="opp")))
        for n in range(evaluations):
            day = today - timedelta(days=330 - 30 * n)
            goals = [
                {
                    "doel": f"Doel {g + 1}: {topic}",
                    "domein": domain,
                    "beginsituatie": LONG[:160],
                    "smart_omschrijving": LONG[:260],
                    "meting": "Observatie en methodetoets",
                    "uitvoering": "Leerkracht en onderwijsassistent",
                    "evaluatiedatum": day.isoformat(),
                    "stoplicht": LIGHTS[min(len(LIGHTS) - 1, (n + g) // 2)],
                    "evaluatie_toelichting": LONG[:200],
                }
                for g, (topic, domain) in enumerate(
                    [
                        ("Zelfstandig 15 minuten werken", "werkhouding"),
                        ("Rekenen: tafels tot 10 automatiseren", "rekenen"),
                        ("Samen spelen op het plein", "sociaal_emotioneel"),
                        ("Op tijd op school", "schoolgang"),
                    ]
                )
            ]
            answers = {
                **base,
                "doelen": goals,
                "laatste_evaluatie": day.isoformat(),
                "evaluatie_verslag": LONG,
                "onderwijsbehoeften": LONG,
                "actueel_niveau": LONG,
                "bevorderende_factoren": LONG,
            }
            s.add(_row(case, "opp", opp.version, answers, day))
        mdo = catalog.latest("mdo-verslag")
        for n in range(meetings):
            day = today - timedelta(days=330 - 27 * n)
            agreements = [
                {
                    "wat": f"Afspraak {k + 1}: {LONG[:90]}",
                    "wie": "Marieke de Wit",
                    "uiterlijk": (day + timedelta(days=21)).isoformat(),
                }
                for k in range(4)
            ]
            answers = {
                "datum": day.isoformat(),
                "soort_overleg": "mdo",
                "aanleiding": LONG,
                "grondslag_vastgelegd": True,
                "deelnemers": [
                    {"naam": "Anouk Smeets", "rol": "orthopedagoog_swv", "aanwezig": True},
                    {"naam": "Ingrid Vos-Meulman", "rol": "jeugdconsulent", "aanwezig": True},
                ],
                "ouders_aanwezig": True,
                "kind_deelname": "deel_overleg",
                "integraal_beeld": LONG + " " + LONG,
                "sterke_kanten": LONG,
                "visie_ouders": LONG[:300],
                "visie_kind": "Ik wil graag meedoen.",
                "afspraken": agreements,
            }
            s.add(_row(case, "mdo-verslag", mdo.version, answers, day))
        store.audit(s, "bench", "case", CASE)


def _row(case, form_id: str, version: int, answers: dict, day: date):
    from ibdesk.store import models as m

    return m.FormAnswerRow(
        pupil_id=case.pupil_id,
        case_id=case.id,
        form_id=form_id,
        form_version=version,
        step_id=None,
        answers=json.dumps(answers, ensure_ascii=False),
        saved_at=datetime.combine(day, datetime.min.time()),
        saved_by="bench",
    )


def bare_build(story: list) -> bytes:
    """The same flowables through a plain reportlab template (empty deferred numbers; only
    the bookmarks the TOC links point to)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from ibdesk.dossier.document import FONT, MARGIN, Heading

    class PlainCanvas(Canvas):
        state = type("State", (), {"signature": None})()

        def save(self):
            for name in ["ib-total"] + [f"ib-toc-{k}" for k in getattr(self, "_ib_toc_keys", ())]:
                self.beginForm(name)
                self.endForm()
            super().save()

    class PlainTemplate(BaseDocTemplate):
        def afterFlowable(self, flowable):  # the TOC's links need their targets
            if isinstance(flowable, Heading):
                self.canv.bookmarkPage(flowable.key)

    buffer = io.BytesIO()
    doc = PlainTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        initialFontName=FONT,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate("cover", [frame]), PageTemplate("body", [frame])])
    doc.build(story, canvasmaker=PlainCanvas)
    return buffer.getvalue()


# -- the workload the user waits for: whole processes --------------------------------------------
def child_bare(pages: int, out: str) -> int:
    """The baseline process: a bare reportlab document of `pages` pages of plain paragraphs."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["BodyText"]
    story = []
    for page in range(pages):
        story += [Paragraph(f"Pagina {page + 1}", getSampleStyleSheet()["Heading1"])]
        story += [Paragraph(LONG, style) for _ in range(7)]
        story.append(PageBreak())
    SimpleDocTemplate(out, pagesize=A4).build(story[:-1])
    return 0


def export_process(folder: Path, runs: int) -> None:
    """`ibdesk export` of a ~12-page dossier as its own process (imports, key, fonts, signing)
    against a bare reportlab process writing as many pages, alternated."""
    from pypdf import PdfReader

    from ibdesk.services.container import Services
    from ibdesk.services.demo import fill_demo
    from ibdesk.store.profile import create_profile

    today = date.today()  # the export process uses the real date: the demo is made relative to it
    home = folder / "export-profile"
    store, _ = create_profile(home)
    try:
        fill_demo(store, pupils=30, today=today)
        long_history(store, Services.build(store).catalog, today, evaluations=2, meetings=2)
    finally:
        store.close()
    out = folder / "dossier.pdf"
    export = [python(), "-m", "ibdesk", "--home", str(home), "export", str(CASE), "--out", str(out)]
    first = run_process(export, dict(os.environ))
    if first.code != 0 or not out.exists():
        print(f"ibdesk export failed (exit {first.code}); no process figures")
        return
    pages = len(PdfReader(str(out)).pages)
    bare = [python(), str(Path(__file__).resolve()), "--child-bare", str(pages), str(folder / "bare.pdf")]
    print(
        f"whole processes, alternated: `ibdesk export` of a {pages}-page signed dossier vs a bare reportlab "
        f"process of {pages} pages"
    )
    print_process_pair("export process", alternate_processes(export, bare, dict(os.environ), runs))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="also write the signed 30-page dossier here (to look at)")
    parser.add_argument("--child-bare", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_bare:
        return child_bare(int(args.child_bare[0]), args.child_bare[1])
    folder = Path(tempfile.mkdtemp(prefix="ibdesk-bench-"))
    use_test_keyring(folder)
    export_process(folder, args.repeat)

    from ibdesk.dossier import signing
    from ibdesk.dossier.document import render
    from ibdesk.dossier.story_common import meta
    from ibdesk.dossier.story_dossier import dossier_story
    from ibdesk.services import certificates as certs
    from ibdesk.services import dossier_sources as sources
    from ibdesk.services.container import Services
    from ibdesk.services.demo import fill_demo
    from ibdesk.services.dossier_content import assemble_case
    from ibdesk.services.export_signing import signature_info
    from ibdesk.store.profile import create_profile

    store, _ = create_profile(folder / "profile")
    fill_demo(store, pupils=30, today=TODAY)
    services = Services.build(store, today=lambda: TODAY)
    long_history(store, services.catalog)
    overview = services.guidance.overview(CASE, log_view=False)
    team = overview.teams.residence
    sender = sources.sender_for(store, overview.case.lead_name, overview.case.lead_role, overview.school.name)
    credentials = certs.personal_credentials(store, sender.name, sender.school)
    sig = signature_info(credentials, sender, TODAY)
    doc_meta = meta("Dossier", overview.pupil.initials, team.name, sender.school, "bench", TODAY)

    def content():
        plan = sources.plan_for(services, CASE, [team], "aanmelding_sociaal_team")
        return assemble_case(services, services.guidance.overview(CASE, log_view=False), plan, sender)

    assembled = content()
    pages = render(dossier_story(assembled, sig), doc_meta).pages

    def full():
        rendered = render(dossier_story(assembled, sig), doc_meta)
        return signing.sign(
            rendered.pdf, credentials, rendered.signature_page, rendered.signature_box, "bench", "Renkum"
        )

    def bare():
        bare_build(dossier_story(assembled, sig))

    signed = full()  # warm up: font files parsed once per process, in both paths
    if args.keep:
        args.keep.write_bytes(signed)
    t_content, t_full, t_bare = timed(content, args.repeat), timed(full, args.repeat), timed(bare, args.repeat)
    store.close()
    print(f"dossier: {pages} pages")
    print(f"read + assemble content      {t_content * 1000:8.1f} ms  (both paths; not in the ratio)")
    print(f"build + sign (ibdesk)        {t_full * 1000:8.1f} ms  (target < 2000 ms)")
    print(f"bare reportlab build         {t_bare * 1000:8.1f} ms")
    ratio = t_full / t_bare
    print(f"ratio full/bare              {ratio:8.2f} x   (target <= 1.5 x)")
    ok = t_full < 2.0 and ratio <= 1.5
    print("OK" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
