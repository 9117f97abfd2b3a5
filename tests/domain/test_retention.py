from datetime import date

import pytest

from ibdesk.domain.retention import expired, retention_end


@pytest.mark.parametrize(
    "kind, anchor, end",
    [
        ("leerlingdossier", date(2024, 7, 12), date(2026, 7, 12)),
        ("verzuim", date(2024, 2, 29), date(2029, 2, 28)),
        ("verwijzing_so", date(2023, 8, 31), date(2026, 8, 31)),
    ],
)
def test_retention_periods(kind, anchor, end):
    assert retention_end(kind, anchor) == end


def test_expired_the_day_after_the_period():
    assert expired("leerlingdossier", "pupil", 1, 1, date(2024, 7, 12), date(2026, 7, 12)) is None
    found = expired("leerlingdossier", "pupil", 1, 1, date(2024, 7, 12), date(2026, 7, 13))
    assert found.since == date(2026, 7, 12) and "2 jaar" in found.rule
    assert expired("leerlingdossier", "pupil", 1, 1, None, date(2030, 1, 1)) is None
