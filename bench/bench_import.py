"""Pupil import (issue 17): an administration's export of 1,000 pupils into an encrypted profile.

    .venv/bin/python bench/bench_import.py [--pupils 1000] [--runs 7]

Measured, each against parsing the same file alone (the baseline), alternately in the same
run after a warm-up:
  * first import: read the EDEX file, parse it, build the preview against the store, write
    every pupil in one transaction (with its audit entries) into a new, empty profile
    (target < 2 s);
  * a new school year: the same with every pupil already stored, a group change for an
    eighth of them and 5 % no longer in the export (preview + updates + marked as left);
  * the preview alone of a re-import of the same file (what the dialog shows first);
  * the same first import from a CSV export (Magister-like layout).
Profiles are made before the clock starts (making one derives a key from the recovery key).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import alternate, use_test_keyring

TARGET_S = 2.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pupils", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ibdesk-bench-import-") as tmp:
        work = Path(tmp)
        use_test_keyring(work)
        run(work, args.pupils, args.runs)
    return 0


def run(work: Path, pupils: int, runs: int) -> None:
    from support.exports import edex, magister_csv, renamed, school

    from ibdesk.domain.model import School
    from ibdesk.importing import csvfile
    from ibdesk.importing.edex import parse_edex
    from ibdesk.importing.files import read_bytes
    from ibdesk.services.pupil_import import PupilImportService
    from ibdesk.services.records import Records
    from ibdesk.store.profile import create_profile

    kids = school(pupils)
    export = work / "leerlingen.xml"
    export.write_text(edex(kids), encoding="utf-8")
    next_year = [renamed(k, groep="g6") if k.groep == "g5" else k for k in kids[pupils // 20 :]]
    changed = work / "volgend-jaar.xml"
    changed.write_text(edex(next_year), encoding="utf-8")
    csv_file = work / "magister.csv"
    csv_file.write_bytes(magister_csv(kids))
    print(
        f"{pupils} fictional pupils: EDEX {export.stat().st_size / 1024:.0f} KiB, CSV "
        f"{csv_file.stat().st_size / 1024:.0f} KiB; {runs} runs after a warm-up, each side in turn.\n"
    )

    made = iter(range(10_000))
    stores = []

    def new_service(filled_from: Path | None = None) -> PupilImportService:
        store, _ = create_profile(work / f"profile-{next(made)}")
        stores.append(store)
        Records(store).save_school(School("OBS De Linde (fictief)", "Renkum", "99ZZ"))
        service = PupilImportService(store)
        if filled_from is not None:
            service.apply(service.preview(service.read_edex(filled_from)))
        return service

    def queue(count: int, filled_from: Path | None = None) -> list[PupilImportService]:
        return [new_service(filled_from) for _ in range(count)]

    def first_import(services: list[PupilImportService], path: Path):
        def act():
            service = services.pop()
            plan = service.preview(service.read_edex(path))
            service.apply(plan, [item.stored.id for item in plan.leaving])
            assert plan.new or plan.written

        return act

    def parse_alone(path: Path):
        return lambda: parse_edex(read_bytes(path))

    try:
        empty = queue(runs + 1)
        pair = alternate(first_import(empty, export), parse_alone(export), repeat=runs)
        print(pair.row(f"first import of {pupils} (EDEX, with preview)", goal=f"(goal < {TARGET_S:g} s)"))
        verdict(pair, TARGET_S)

        filled = queue(runs + 1, export)
        pair = alternate(first_import(filled, changed), parse_alone(changed), repeat=runs)
        print(pair.row("new school year (groups, 5 % left)", goal=f"(goal < {TARGET_S:g} s)"))
        verdict(pair, TARGET_S)

        [same] = queue(1, export)
        pair = alternate(lambda: same.preview(same.read_edex(export)), parse_alone(export), repeat=runs)
        print(pair.row("preview of the same file again"))

        csv_services = queue(runs + 1)

        def csv_import():
            service = csv_services.pop()
            table = service.read_csv(csv_file)
            plan = service.preview(csvfile.to_export(table, service.mapping_for(table)[0]))
            service.apply(plan)

        def csv_alone():
            table = csvfile.read_table(read_bytes(csv_file))
            csvfile.to_export(table, csvfile.guess_mapping(table.columns))

        pair = alternate(csv_import, csv_alone, repeat=runs)
        print(pair.row(f"first import of {pupils} (CSV, with preview)", goal=f"(goal < {TARGET_S:g} s)"))
        verdict(pair, TARGET_S)
    finally:
        for store in stores:
            store.close()


def verdict(pair, target: float) -> None:
    worst = max(pair.a)
    print(f"  {'OK' if worst < target else 'TOO SLOW'}: slowest run {worst:.2f} s (target < {target:g} s)")


if __name__ == "__main__":
    sys.exit(main())
