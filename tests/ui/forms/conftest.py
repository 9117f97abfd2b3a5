"""Fixtures for the Qt form renderer tests; the dialog guard is in tests/ui/conftest.py."""

from __future__ import annotations

import pytest

from ibdesk.forms import load_catalog

from .helpers import FORMS, choices, today


@pytest.fixture(scope="session")
def catalog():
    loaded = load_catalog(FORMS)
    assert loaded.ok, loaded.errors
    return loaded


@pytest.fixture
def make_view(qtbot):
    """make_view(definition, **kwargs) -> shown FormView (fixed today, test choices)."""
    from ibdesk.ui.forms import FormView

    def make(definition, **kwargs):
        kwargs.setdefault("choices_provider", choices)
        kwargs.setdefault("today", today)
        view = FormView(definition, **kwargs)
        qtbot.addWidget(view)
        view.resize(1000, 800)
        view.show()
        return view

    return make
