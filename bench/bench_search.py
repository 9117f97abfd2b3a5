"""Search everything (Ctrl+F) at 2,000 pupils / 5,000 cases / 20,000 saved forms: every
keystroke of a few typed words, next to the baseline of a plain `LIKE` query over the same
tables measured in the same run (alternated, after a warm-up; min and median).

    .venv/bin/python bench/bench_search.py [--pupils 2000] [--cases 5000] [--forms 20000]
                                           [--runs 5] [--profiles DIR] [--no-gui]

Rows (goal in brackets):
  keystroke  SearchService.search for each prefix typed (< 50 ms); baseline: LIKE '%…%' on the
             same texts, six rows per table (no accent folding, no ranking: what search would
             cost without an index)
  gui        the header field: search, fill the results popup and paint it, per keystroke (< 50 ms)
  rebuild    the whole index rebuilt from the records (what migration 0014 does once)
  write      saving 200 pupils with guardians in one unit of work, index on vs off

The forms are fictional: OPP, MDO and Sociaal Team forms whose text answers are sentences
drawn from a pupil-support vocabulary (a few thousand distinct words, as real texts have).
Wall milliseconds on a shared machine: quote the medians and the ratios, not single runs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from benchlib import Pair, alternate, use_test_keyring  # noqa: E402

TYPED = ("Çelik", "concentratie", "sem ver", "jeugdhulp", "rekenen thuis", "de kruijf", "Ødegaard", "logopedie")
FORMS = ("opp", "mdo-verslag", "aanmelding-sociaal-team")
STEMS = (
    "lees",
    "reken",
    "taal",
    "spel",
    "schrijf",
    "concentr",
    "gedrag",
    "motor",
    "werkhoud",
    "plan",
    "sociaal",
    "emotie",
    "angst",
    "boos",
    "verzuim",
    "thuis",
    "ouder",
    "gezin",
    "leerkracht",
    "groep",
    "klas",
    "school",
    "jeugd",
    "hulp",
    "zorg",
    "onderzoek",
    "arrangement",
    "begeleid",
    "instructie",
    "toets",
    "niveau",
    "doel",
    "evaluatie",
    "perspectief",
    "uitstroom",
    "dyslex",
    "dyscalcul",
    "logoped",
    "fysiotherap",
    "orthopedag",
    "psycholoog",
    "huisarts",
    "jeugdarts",
    "wijkteam",
    "sociaal team",
    "leerplicht",
    "aanwezig",
    "afwezig",
    "pauze",
    "plein",
    "vriend",
    "pest",
    "slaap",
    "eet",
    "medicatie",
    "diagnose",
    "observatie",
    "gesprek",
)
ENDINGS = ("", "en", "ing", "heid", "lijk", "er", "t", "de", "baar", "achtig", "ste", "s")
LINKS = (
    "de",
    "het",
    "een",
    "en",
    "met",
    "bij",
    "op",
    "in",
    "van",
    "naar",
    "voor",
    "door",
    "is",
    "wordt",
    "heeft",
    "niet",
    "wel",
    "nog",
    "steeds",
    "vaker",
    "minder",
    "goed",
    "samen",
    "extra",
    "na",
    "overleg",
    "afspraak",
)


def vocabulary() -> list[str]:
    return [stem.replace(" ", "") + end for stem in STEMS for end in ENDINGS]


def sentence(rng: random.Random, words: list[str]) -> str:
    parts = [rng.choice(words) if rng.random() < 0.55 else rng.choice(LINKS) for _ in range(rng.randint(8, 22))]
    return (" ".join(parts)).capitalize() + "."


def text_fields(definition) -> list:
    return [f for f in definition.fields if f.type in ("text", "longtext")]


def fill_forms(store, catalog, count: int, seed: int = 7) -> None:
    """`count` saved forms spread over the cases, written through the ORM (so indexed as the app does)."""
    from sqlalchemy import select

    from ibdesk.store import models as m

    rng, words = random.Random(seed), vocabulary()
    definitions = [catalog.latest(f) for f in FORMS]
    with store.session() as s:
        cases = s.execute(select(m.CaseRow.id, m.CaseRow.pupil_id)).all()
        start = datetime(2025, 9, 1)
        for n in range(count):
            case = cases[n % len(cases)]
            definition = definitions[n % len(definitions)]
            answers = {
                f.id: " ".join(sentence(rng, words) for _ in range(rng.randint(1, 3))) for f in text_fields(definition)
            }
            s.add(
                m.FormAnswerRow(
                    pupil_id=case.pupil_id,
                    case_id=case.id,
                    form_id=definition.id,
                    form_version=definition.version,
                    answers=json.dumps(answers, ensure_ascii=False),
                    saved_at=start + timedelta(minutes=17 * n),
                    saved_by="bench",
                    status="final",
                )
            )
            if n % 2000 == 1999:
                s.flush()


def make_profile(folder: Path, pupils: int, cases: int, forms: int) -> Path:
    home = folder / f"search-{pupils}-{cases}-{forms}" / "profile"
    if (home / ".bench-complete").exists():
        return home
    import shutil

    from ibdesk.services.demo import fill_demo
    from ibdesk.services.forms import load_forms
    from ibdesk.store.profile import create_profile

    if home.parent.exists():
        shutil.rmtree(home.parent)
    print(
        f"(making a profile of {pupils} pupils, {cases} cases and {forms} forms in {home.parent}; reused)", flush=True
    )
    store, _ = create_profile(home)
    try:
        catalog = load_forms()
        store.indexer.use_catalog(catalog)
        fill_demo(store, pupils=pupils, cases=cases, enrich=False)
        fill_forms(store, catalog, forms)
    finally:
        store.close()
    (home / ".bench-complete").write_text("ok")
    return home


LIKE_SQL = (
    ("SELECT id FROM pupils WHERE first_name || ' ' || last_name LIKE :q LIMIT 6",),
    ("SELECT pupil_id FROM guardians WHERE name LIKE :q LIMIT 6",),
    (
        "SELECT c.id, p.first_name, p.last_name, c.help_question FROM cases c JOIN pupils p ON p.id = c.pupil_id "
        "WHERE c.help_question LIKE :q ORDER BY c.id DESC LIMIT 6",
    ),
    ("SELECT f.id, f.case_id, f.answers FROM form_answers f WHERE f.answers LIKE :q ORDER BY f.id DESC LIMIT 6",),
    ("SELECT id, name FROM organisations WHERE name LIKE :q OR municipality LIKE :q LIMIT 6",),
    ("SELECT organisation_id FROM contacts WHERE name LIKE :q OR role LIKE :q LIMIT 6",),
)


def like_search(store, text: str) -> int:
    """The baseline: every word must occur somewhere (LIKE '%word%'), no index, no folding."""
    pattern = "%" + "%".join(text.split()) + "%"
    found = 0
    with store.session() as s:
        conn = s.connection().connection.dbapi_connection
        for (sql,) in LIKE_SQL:
            found += len(conn.execute(sql, {"q": pattern}).fetchall())
    return found


def prefixes(word: str) -> list[str]:
    return [word[:n] for n in range(2, len(word) + 1) if word[n - 1] != " "]


def bench_keystrokes(store, services, runs: int) -> list[float]:
    medians = []
    for typed in TYPED:
        rows = []
        for prefix in prefixes(typed):
            pair = alternate(
                lambda p=prefix: services.search.search(p), lambda p=prefix: like_search(store, p), repeat=runs
            )
            rows.append((prefix, pair))
            medians.append(statistics.median(pair.a))
        worst = max(rows, key=lambda r: statistics.median(r[1].a))
        hits = len(services.search.search(typed).hits)
        print(
            Pair([x for _, p in rows for x in p.a], [x for _, p in rows for x in p.b]).row(
                f"keystroke '{typed}' ({len(rows)} keys, {hits} hits)", goal="(< 50 ms)"
            )
        )
        print(f"{'':<4}slowest key '{worst[0]}': median {statistics.median(worst[1].a) * 1000:.1f} ms")
    return medians


def bench_gui(store, services, runs: int) -> list[float]:
    from ibdesk.app import make_application
    from ibdesk.ui.search_box import SearchField

    app = make_application([])
    field = SearchField(services.search)
    field.resize(420, 34)
    field.show()
    medians = []
    for typed in TYPED[:4]:
        rows = []
        for prefix in prefixes(typed):

            def gui(p=prefix):
                field.run_search(p)
                field.popup.grab()

            pair = alternate(gui, lambda p=prefix: like_search(store, p), repeat=runs, idle=app.processEvents)
            rows.append(pair)
            medians.append(statistics.median(pair.a))
        print(
            Pair([x for p in rows for x in p.a], [x for p in rows for x in p.b]).row(
                f"gui '{typed}': search + popup painted", goal="(< 50 ms)"
            )
        )
    field.close()
    return medians


def bench_rebuild(store) -> None:
    from ibdesk.store.search_index import sources

    def rebuild():
        with store.session() as s:
            store.indexer.rebuild(s.connection())

    def plain():
        with store.session() as s:
            for table in ("pupils", "guardians", "cases", "form_answers", "organisations", "contacts"):
                s.connection().exec_driver_sql(f"SELECT * FROM {table}").all()

    print(
        alternate(rebuild, plain, repeat=2, warmup=0).row(
            "rebuild the whole index", "s ", 1.0, "(baseline: read every indexed table)"
        )
    )
    with store.engine.connect() as conn:
        for source in sources():
            size, rows = conn.exec_driver_sql(
                f"SELECT (SELECT sum(length(block)) FROM {source.index}_data), (SELECT count(*) FROM {source.index})"
            ).one()
            print(f"{'':<4}{source.index}: {rows} rows, {size / 2**20:.1f} MiB of FTS5 segments")


def bench_write(store) -> None:
    from sqlalchemy import event

    from ibdesk.domain.model import Guardian, Pupil
    from ibdesk.services import convert
    from ibdesk.store import models as m

    def save(n=200):
        with store.session() as s:
            for i in range(n):
                pupil = Pupil(
                    f"Bench{i}",
                    "Schrijftest",
                    datetime(2016, 1, 1).date(),
                    "groep 5",
                    None,
                    "Renkum",
                    guardians=[Guardian(f"Ouder{i} Schrijftest", "moeder")],
                )
                s.add(convert.pupil_to_row(pupil, m.PupilRow()))
            s.flush()
            s.rollback()

    def without_index():
        event.remove(store._sessions, "after_flush", store.indexer.after_flush)
        try:
            save()
        finally:
            event.listen(store._sessions, "after_flush", store.indexer.after_flush)

    print(
        alternate(save, without_index, repeat=5).row(
            "write 200 pupils: index on vs off", goal="(cost of keeping the index current)"
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pupils", type=int, default=2000)
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--forms", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profiles", type=Path, default=Path(tempfile.gettempdir()) / "ibdesk-bench-search")
    parser.add_argument("--no-gui", action="store_true")
    args = parser.parse_args()
    args.profiles.mkdir(parents=True, exist_ok=True)
    use_test_keyring(args.profiles)
    started = time.perf_counter()
    home = make_profile(args.profiles, args.pupils, args.cases, args.forms)
    print(
        f"profile ready in {time.perf_counter() - started:.1f} s: {args.pupils} pupils, {args.cases} cases, "
        f"{args.forms} saved forms"
    )
    from ibdesk.services.container import Services
    from ibdesk.store.opening import open_profile

    store = open_profile(home)
    try:
        services = Services.build(store)
        keys = bench_keystrokes(store, services, args.runs)
        print(
            f"ALL KEYSTROKES: {len(keys)} keys, median {statistics.median(keys) * 1000:.1f} ms, "
            f"slowest {max(keys) * 1000:.1f} ms (goal < 50 ms)"
        )
        if not args.no_gui:
            gui = bench_gui(store, services, args.runs)
            print(
                f"ALL GUI KEYSTROKES: median {statistics.median(gui) * 1000:.1f} ms, "
                f"slowest {max(gui) * 1000:.1f} ms (goal < 50 ms)"
            )
        bench_write(store)
        bench_rebuild(store)
    finally:
        store.close()


if __name__ == "__main__":
    main()
