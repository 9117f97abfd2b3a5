"""The test suite itself: tests that test what they say (issue 16, point 10)."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

from support.dates import age_on, born_years_ago, years_later

TESTS = Path(__file__).parents[1]
ROOT = TESTS.parent


def _test_sources():
    return [p for p in TESTS.rglob("*.py") if p != Path(__file__)]


def test_no_test_moves_today_by_whole_years_with_replace():
    """`today.replace(year=…)` raises on 29 February; tests use support.dates instead."""
    pattern = re.compile(r"today\(?\)?\.replace\(year=")
    offenders = [
        f"{p.relative_to(ROOT)}:{n}"
        for p in _test_sources()
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1)
        if pattern.search(line)
    ]
    assert offenders == []


def test_dates_relative_to_29_february_hold():
    leap_day = date(2028, 2, 29)
    for years in (1, 15, 16, 18):
        born = born_years_ago(leap_day, years)
        assert age_on(born, leap_day) == years, (years, born)
    assert years_later(leap_day, 1) == date(2029, 3, 1)
    assert years_later(date(2027, 6, 30), 1) == date(2028, 6, 30)


def test_no_test_is_skipped_for_a_reason_that_no_longer_holds():
    """A skip that hides a missing part (like 'no definitions yet' for forms/) turns a loss into green."""
    stale = ("no definitions yet", "not implemented yet", "not built yet")
    found = [
        f"{p.relative_to(ROOT)}: {s}" for p in _test_sources() for s in stale if s in p.read_text(encoding="utf-8")
    ]
    assert found == []


def test_coverage_files_are_ignored_by_git():
    for name in (".coverage", ".coverage.host.123"):
        result = subprocess.run(["git", "check-ignore", "-q", name], cwd=ROOT)
        assert result.returncode == 0, f"{name} is not in .gitignore"
