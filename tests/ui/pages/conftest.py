"""Guidance and privacy screens: folder choices are answered from `dialogs` (save-file
choices fail the test); `dialogs.answer` decides what a yes/no question returns. The dialog
guard, `main_window` and the shared demo profile are in tests/ui/conftest.py."""

from __future__ import annotations

import pytest


@pytest.fixture
def dialog_choices() -> dict[str, bool]:
    return {"save": False, "folder": True}


@pytest.fixture
def services(demo_store):
    from ibdesk.services.container import Services

    return Services.build(demo_store)


@pytest.fixture
def demo_case(services):
    """demo_case(n): the id of the demo's n-th case (1-based, see services/demo_guidance.py)."""
    ids = [r.case_id for r in services.records.case_rows()]
    return lambda n: ids[n - 1]
