"""A copy of the profile folder on a USB stick must give nothing away."""

import logging
from pathlib import Path

from ibdesk import logsetup
from ibdesk.services.demo import demo_names, demo_pupils
from ibdesk.services.records import Records
from ibdesk.store.backup import automatic_backup


def _needles() -> set[bytes]:
    names = demo_names(30)
    parts = {part for name in names for part in name.split() if len(part) >= 5}
    pupils = demo_pupils(30, school_id=0)
    bsns = {p.bsn for p in pupils if p.bsn}
    texts = names | parts | bsns | {g.name for p in pupils for g in p.guardians}
    needles = set()
    for text in texts:
        needles |= {text.encode("utf-8"), text.encode("utf-16-le"), text.lower().encode("utf-8")}
    return needles


def _all_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_no_personal_data_in_clear_anywhere_in_the_profile(demo_store, home):
    logsetup.configure(demo_store.paths.logs)
    records = Records(demo_store)
    for pupil in records.pupils()[:5]:  # views and edits write logs and audit entries
        pupil.group = "groep 8"
        records.save_pupil(records.pupil(pupil.id))
    automatic_backup(demo_store, reason="test")
    logging.getLogger("ibdesk.test").info("work done")
    files = _all_files(home)
    names = {p.name for p in files}
    assert "ibdesk.db" in names and "keys.json" in names
    assert any(n.endswith(".ibbak") for n in names) and any(n.endswith(".log") for n in names)
    assert any(n.endswith("-wal") for n in names), "the WAL must be searched too"
    needles = _needles()
    for path in files:
        data = path.read_bytes()
        found = [n for n in needles if n in data]
        assert not found, f"{path.name} contains personal data in clear"


def test_file_names_the_app_picks_identify_no_one(demo_store, home):
    automatic_backup(demo_store, reason="test")
    needles = {part.lower() for name in demo_names(30) for part in name.split() if len(part) >= 4}
    for path in _all_files(home):
        assert not any(n in path.name.lower() for n in needles)
