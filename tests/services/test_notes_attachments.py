"""Issue 16 point 4 on a new profile: dated notes with their author, changed only by the author
with every earlier text kept; attachments inside the encrypted store with a category and a
size limit, opened through a temporary copy that is gone once the profile closes."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pytest

from ibdesk.errors import InvalidRecord, UserError
from ibdesk.services import attachments as attachments_module
from tests.support.rules_profile import add_pupil, open_case, school_services

TODAY = date(2026, 11, 23)
MARKER = b"JEUGDARTS-MARKER-5521 (fictief)"


def _case(store):
    services = school_services(store, TODAY)
    pupil = add_pupil(services, date(2015, 4, 2), "groep 8")
    return services, pupil, open_case(services, pupil, date(2026, 9, 1))


def test_a_note_is_dated_signed_and_changed_only_by_its_author_with_history(store):
    services, pupil, case = _case(store)
    note = services.notes.add(pupil.id, "Moeder belde: Floor slaapt slecht (fictief).", case.id)
    assert note.author == "Marieke de Wit (fictief) (intern begeleider)" and note.created_at.date() >= TODAY
    with pytest.raises(InvalidRecord, match="notitie"):
        services.notes.add(pupil.id, "   ", case.id)
    edited = services.notes.edit(note.id, "Moeder belde: Floor slaapt slecht sinds de verhuizing (fictief).")
    assert edited.text.endswith("verhuizing (fictief).") and edited.edited_at is not None
    assert [v.text for v in edited.history] == ["Moeder belde: Floor slaapt slecht (fictief)."]
    store.set_setting("user.name", "Sanne Bakker (fictief)")  # another person on this profile
    with pytest.raises(UserError, match="Alleen Marieke de Wit"):
        services.notes.edit(note.id, "Overschreven")
    assert not services.notes.may_edit(services.notes.notes(pupil.id)[0])
    pupil_note = services.notes.add(pupil.id, "Algemene notitie over de leerling (fictief).")
    assert {n.id for n in services.notes.notes(pupil.id, case.id)} == {note.id, pupil_note.id}


def test_an_attachment_lives_in_the_store_and_its_open_copy_is_removed_at_close(make_profile, tmp_path):
    created = make_profile()
    store = created.store
    services, pupil, case = _case(store)
    source = tmp_path / "verslag.pdf"
    source.write_bytes(b"%PDF-1.4 " + MARKER)
    added = services.attachments.add(pupil.id, source, "Verslag jeugdarts november", "jeugdarts", case_id=case.id)
    assert (added.category, added.size, added.file_name) == ("health", source.stat().st_size, "verslag.pdf")
    source.unlink()  # the user's own file may go: the store keeps it
    copy = services.attachments.open_copy(added.id)
    assert copy.read_bytes().endswith(MARKER) and "Floor" not in str(copy) and "verslag" not in copy.name
    assert Path(tempfile.gettempdir()) in copy.parents
    store.close()
    assert not copy.exists() and not copy.parent.exists()
    for path in created.home.rglob("*"):
        if path.is_file():
            assert MARKER not in path.read_bytes(), path.name  # encrypted, in every byte


def test_size_limit_title_and_category_are_checked_with_a_clear_message(store, tmp_path, monkeypatch):
    services, pupil, _case_id = _case(store)
    monkeypatch.setattr(attachments_module, "MAX_BYTES", 1024)
    big = tmp_path / "groot.pdf"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(UserError, match="ibdesk bewaart bijlagen tot 1 kB"):
        services.attachments.add(pupil.id, big, "Grote scan", "scan")
    with pytest.raises(InvalidRecord) as refused:
        services.attachments.add(pupil.id, b"klein", "", "anders", category="geheim")
    assert set(refused.value.errors) == {"titel", "categorie"}
    assert services.attachments.attachments(pupil.id) == []
