"""The school calendar of a holiday region: the national school holidays from the maintained
`holidays` package, with a school's own file only as a cited override.

- National breaks: `holidays.NL(subdiv=..., categories=("school",))`, which implements the
  Regeling vaststelling schoolvakanties (2013-2030, Stcrt. 2024, 19237 for 2025-2030) per
  region noord/midden/zuid. The autumn and spring breaks are advisory dates; a school board
  may set its own.
- Days without lessons besides the breaks: the public holidays of the Algemene
  termijnenwet art. 3 (Tweede Paasdag, Koningsdag, Hemelvaartsdag, Tweede Pinksterdag, the
  Christmas days, New Year's day, and 5 May in the years the package marks it, every
  fifth year). Goede Vrijdag is not in that article: a school closed that day adds it.
- A calendar *covers* a school year only when all five breaks of that year are known; the
  package has school holidays through the summer of 2030.
- `holidays.yaml` in the resources folder (shipped empty; school IT may put its own there
  via the machine policy's `resources_dir`) adds studiedagen or a board's own dates. A row
  that differs from the package is used only when it cites a `source`; otherwise the package
  wins. `differences()` lists every disagreement.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import yaml

from ibdesk.domain.calendar import Holiday, SchoolCalendar, parse_rows
from ibdesk.domain.holiday_regions import REGIONS
from ibdesk.errors import UserError
from ibdesk.i18n import tr
from ibdesk.paths import resources_dir
from ibdesk.text.dates import short_date

BREAKS = ("Herfstvakantie", "Kerstvakantie", "Voorjaarsvakantie", "Meivakantie", "Zomervakantie")
NO_LESSONS = (
    "Nieuwjaarsdag",
    "Tweede paasdag",
    "Koningsdag",
    "Bevrijdingsdag",
    "Hemelvaartsdag",
    "Tweede pinksterdag",
    "Eerste kerstdag",
    "Tweede kerstdag",
)  # Algemene termijnenwet art. 3
ALIASES = {
    "hemelvaart": "hemelvaartsdag",
    "tweede paasdag": "tweede paasdag",
    "paasmaandag": "tweede paasdag",
    "pinkstermaandag": "tweede pinksterdag",
    "koningsdag": "koningsdag",
}
YEARS = range(2014, 2031)
OVERRIDE_FILE = "holidays.yaml"


def package_source() -> str:
    import holidays

    return (
        f"Regeling vaststelling schoolvakanties (OCW) en Algemene termijnenwet art. 3, via het pakket "
        f"holidays {holidays.__version__}"
    )


@lru_cache(maxsize=4)
def national_holidays(region: str) -> tuple[Holiday, ...]:
    """The region's school breaks and lesson-free public holidays, as periods."""
    import holidays

    school = holidays.NL(subdiv=region.capitalize(), categories=("school",), years=YEARS, language="nl")
    public = holidays.NL(years=YEARS, language="nl")
    found = _periods(sorted(school.items()))
    found += [
        Holiday(name, day, day) for day, name in sorted(public.items()) if name in NO_LESSONS and day.weekday() < 5
    ]
    return tuple(sorted(found, key=lambda h: (h.first, h.name)))


def _periods(days: list[tuple[date, str]]) -> list[Holiday]:
    """Consecutive days with the same name as one period."""
    periods: list[Holiday] = []
    for day, name in days:
        if periods and periods[-1].name == name and periods[-1].last + timedelta(days=1) == day:
            periods[-1] = Holiday(name, periods[-1].first, day)
        else:
            periods.append(Holiday(name, day, day))
    return periods


def school_year(day: date) -> str:
    """'2026-2027' for any day from August 2026 to July 2027 (a summer break ends its school year)."""
    start = day.year if day.month >= 8 else day.year - 1
    return f"{start}-{start + 1}"


def coverage(national: tuple[Holiday, ...]) -> tuple[tuple[date, date], ...]:
    """Each school year whose five breaks are all known: from the day after one summer break
    through the last day of the next."""
    summers = sorted((h for h in national if h.name == "Zomervakantie"), key=lambda h: h.first)
    covered: list[tuple[date, date]] = []
    for before, after in zip(summers, summers[1:]):
        year = [h for h in national if before.last < h.first and h.last <= after.last]
        if set(BREAKS) <= {h.name for h in year}:
            first = before.last + timedelta(days=1)
            if covered and covered[-1][1] + timedelta(days=1) == first:
                covered[-1] = (covered[-1][0], after.last)
            else:
                covered.append((first, after.last))
    return tuple(covered)


# -- the override file ----------------------------------------------------------------------------
def override_path(resources: Path | None = None) -> Path:
    """The override file in `resources` (the machine policy's folder), else in the bundled set."""
    return (resources or resources_dir()) / OVERRIDE_FILE


def load_overrides(path: Path | None = None) -> dict[str, list[Holiday]]:
    """Rows per region from the override file (none when the file is absent)."""
    path = path or override_path()
    if not path.exists():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        regions = data.get("regions") or {}
        if not isinstance(regions, dict):
            raise ValueError(tr("'regions' moet per regio een lijst bevatten"))
        unknown = sorted(set(regions) - set(REGIONS))
        if unknown:
            raise ValueError(
                tr("onbekende regio {regions}; gebruik noord, midden of zuid", regions=", ".join(map(str, unknown)))
            )
        return {region: parse_rows(rows or []) for region, rows in regions.items()}
    except (OSError, yaml.YAMLError, ValueError, KeyError, TypeError) as exc:
        raise UserError(
            tr(
                "Het vakantiebestand {path} klopt niet: {exc}. Vraag de ICT-beheerder het te herstellen; elke regel "
                "heeft name, first, last en (bij een afwijking) source.",
                path=path,
                exc=exc,
            )
        ) from None


def _canonical(name: str) -> str:
    key = " ".join(name.casefold().split())
    return ALIASES.get(key, key)


def _counterpart(row: Holiday, national: tuple[Holiday, ...]) -> Holiday | None:
    year, name = school_year(row.first), _canonical(row.name)
    return next((h for h in national if _canonical(h.name) == name and school_year(h.first) == year), None)


@dataclass(frozen=True)
class Difference:
    """One row of the override file that disagrees with (or adds to) the national calendar."""

    region: str
    name: str
    school_year: str
    file: tuple[date, date] | None
    package: tuple[date, date] | None
    source: str | None

    @property
    def used(self) -> str:
        return "bestand" if self.source else "pakket"

    def text(self) -> str:
        def span(p):
            return f"{short_date(p[0])} t/m {short_date(p[1])}" if p else "—"

        verdict = f"bestand gebruikt (bron: {self.source})" if self.source else "pakket gebruikt (geen bron)"
        return (
            f"regio {self.region}, {self.name} {self.school_year}: bestand {span(self.file)}, "
            f"pakket {span(self.package)} → {verdict}"
        )


def merge(region: str, national: tuple[Holiday, ...], rows: list[Holiday]) -> tuple[list[Holiday], list[Difference]]:
    """The national periods with the file's rows applied (only rows with a source change anything)."""
    result, differences = list(national), []
    for row in rows:
        match = _counterpart(row, national)
        if match is not None and (match.first, match.last) == (row.first, row.last):
            continue
        differences.append(
            Difference(
                region,
                row.name,
                school_year(row.first),
                (row.first, row.last),
                (match.first, match.last) if match else None,
                row.source,
            )
        )
        if row.source:
            if match is not None and match in result:
                result.remove(match)
            result.append(row)
    return sorted(result, key=lambda h: (h.first, h.name)), differences


def differences(rows_per_region: dict[str, list[Holiday]]) -> list[Difference]:
    """Every disagreement between an override file's rows and the package, per region."""
    found: list[Difference] = []
    for region, rows in sorted(rows_per_region.items()):
        found += merge(region, national_holidays(region), rows)[1]
    return found


# -- the calendar the verzuim rules use -------------------------------------------------------------
def calendar_for(region: str | None, overrides: dict[str, list[Holiday]] | None = None) -> SchoolCalendar:
    """The region's calendar; without a region, a calendar that covers nothing."""
    if region not in REGIONS:
        return SchoolCalendar(None)
    national = national_holidays(region)
    rows = (overrides if overrides is not None else load_overrides()).get(region, [])
    merged, _ = merge(region, national, rows)
    return SchoolCalendar(region, tuple(merged), coverage(national), package_source())
