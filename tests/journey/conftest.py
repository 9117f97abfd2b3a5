"""The whole main job, as a user does it, from an empty profile: no dialog ever blocks (every
message, question and file choice is recorded and answered from `dialogs`)."""

from __future__ import annotations

import pytest
from support.dialogs import Dialogs, patch_dialogs


@pytest.fixture(autouse=True)
def dialogs(monkeypatch, qapp) -> Dialogs:
    return patch_dialogs(monkeypatch, qapp, save=True, folder=True)
