"""A document states what is stored, in Dutch, whatever the language of the screen (issue 16.8):
the inzage exported while ibdesk speaks English still names the case's status with its Dutch
label and its history with the Dutch words, while the same status on screen is English. From an empty profile."""

from __future__ import annotations

import pytest
from support.new_school import open_first_case

from ibdesk import i18n
from ibdesk.domain.lifecycle import Move
from ibdesk.domain.model import CaseStatus

from .helpers import full_text


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language(None)


def test_the_inzage_exported_in_english_keeps_the_dutch_labels(store, english, tmp_path):
    from ibdesk.services.container import Services
    from ibdesk.services.export_documents import export_inzage
    from ibdesk.services.profile import save_user

    services = Services.build(store)
    save_user(store, "Marieke de Wit (fictief)", "intern begeleider")
    school = open_first_case(store)
    assert CaseStatus.SIGNAL.label == "Concern raised"  # the screen's language is English
    assert Move.OPEN.label == "Case opened"

    result, _ = export_inzage(services, school.pupil_id, tmp_path / "inzage.pdf")
    text = full_text(result.path)
    assert "Signaal" in text and "Concern raised" not in text
    assert "Casus geopend" in text and "Case opened" not in text  # the status history
    assert CaseStatus.SIGNAL.document_label == "Signaal"
    assert "Hoe kan Lotte met vertrouwen de overstap naar het VO maken?" in text  # stored text, as typed
    for english_word in ("does not exist", "In progress", "Referred to"):
        assert english_word not in text
