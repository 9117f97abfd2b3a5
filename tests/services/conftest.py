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
