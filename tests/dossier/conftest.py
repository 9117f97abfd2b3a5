"""Fixtures for the signed documents: a demo profile with fixed dates, real reportlab,
real pyHanko and real cryptography (no mocks)."""

from __future__ import annotations

from datetime import date

import pytest

TODAY = date(2026, 11, 23)


@pytest.fixture
def services(store):
    """Services on a demo profile whose dates are relative to TODAY."""
    from ibdesk.services.container import Services
    from ibdesk.services.demo import fill_demo

    fill_demo(store, pupils=30, today=TODAY)
    return Services.build(store, today=lambda: TODAY)


@pytest.fixture
def out(tmp_path):
    """A folder the user chose for exports."""
    folder = tmp_path / "uit"
    folder.mkdir()
    return folder
