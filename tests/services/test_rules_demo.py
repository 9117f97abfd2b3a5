"""The demo is a lawful basisschool: groep N is about N + 4 years old, nobody of 14 or older
(issue 12, point 16).

Sources: WPO art. 39 (a pupil may attend the basisschool until the end of the school year in
which he turns 14); groep 1 starts around the 4th birthday (WPO art. 39: toelating vanaf 4
jaar), so groep N is N + 3 to N + 4 years old in the autumn.
"""

import pytest

from ibdesk.domain.validation import age_on
from ibdesk.services.demo import DEMO_TODAY, demo_pupils

PUPILS = demo_pupils(60, school_id=1)

CASES = [
    # (source, check)
    (
        "issue 12 point 16: no 16-year-old in groep 8 (WPO art. 39: basisschool until the year one turns 14)",
        lambda p, age: age < 14,
    ),
    (
        "groep N is N + 3 to N + 4 years old in the autumn (WPO art. 39: from 4 years)",
        lambda p, age: int(p.group.split()[1]) + 3 <= age <= int(p.group.split()[1]) + 4,
    ),
    ("every demo pupil is in a groep of the basisschool", lambda p, age: p.group.startswith("groep ")),
]


@pytest.mark.parametrize("source, check", CASES, ids=[c[0][:60] for c in CASES])
def test_demo_ages_fit_the_groep(source, check):
    wrong = [
        (p.full_name, p.group, age_on(p.birth_date, DEMO_TODAY))
        for p in PUPILS
        if not check(p, age_on(p.birth_date, DEMO_TODAY))
    ]
    assert wrong == [], source
