"""Which form folders ibdesk reads, and which stored forms lack their definition.

The bundled set always loads; the machine policy's `forms_dir` adds the region's own
definitions. A folder that cannot be reached (a network share that is down) must be
loud: the app and the CLI name the forms that are missing, and a dossier of a case
whose forms are unavailable is refused rather than written without them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ibdesk.errors import UserError
from ibdesk.i18n import tr
from ibdesk.paths import bundled_forms_dir

log = logging.getLogger(__name__)
# Where the lines of `report_problems` go besides the log: the CLI prints them on stderr.
reporter: Callable[[list[str]], None] | None = None


def form_folders(policy=None) -> list[Path]:
    """The bundled forms, then the policy's folder (if it names one)."""
    folders = [bundled_forms_dir()]
    if policy is not None and policy.forms_dir:
        folders.append(Path(policy.forms_dir).expanduser())
    return folders


def folder_problems(folders: list[Path]) -> list[str]:
    """A line per folder that cannot be read (in the user's language)."""
    problems = []
    for folder in folders:
        try:
            ok = folder.is_dir()
        except OSError:
            ok = False
        if not ok:
            problems.append(
                tr(
                    "De formulierenmap {folder} is niet bereikbaar; de formulieren daaruit "
                    "ontbreken. Vraag de ICT-beheerder de map bereikbaar te maken.",
                    folder=folder,
                )
            )
    return problems


@dataclass(frozen=True)
class MissingForm:
    form_id: str
    version: int
    cases: tuple[int, ...]

    def text(self) -> str:
        where = tr(" (casus {cases})", cases=", ".join(map(str, self.cases))) if self.cases else ""
        return tr("{form_id} versie {version}", form_id=self.form_id, version=self.version) + where


def missing_definitions(store, catalog, case_id: int | None = None) -> list[MissingForm]:
    """Forms and routes that stored records use but whose definition is not loaded."""
    used: dict[tuple[str, int], set[int]] = {}
    from sqlalchemy import select  # here, not at import: `ibdesk cases` loads this module but needs no ORM

    from ibdesk.store import models as m

    answers = select(m.FormAnswerRow.form_id, m.FormAnswerRow.form_version, m.FormAnswerRow.case_id).distinct()
    routes = select(m.CaseRow.route_id, m.CaseRow.route_version, m.CaseRow.id).where(m.CaseRow.route_id.is_not(None))
    if case_id is not None:
        answers = answers.where(m.FormAnswerRow.case_id == case_id)
        routes = routes.where(m.CaseRow.id == case_id)
    with store.session() as s:
        rows = list(s.execute(answers)) + list(s.execute(routes))
    for form_id, version, case in rows:
        if version is None or (form_id, version) in catalog:
            continue
        cases = used.setdefault((form_id, version), set())
        if case is not None:
            cases.add(case)
    return [MissingForm(f, v, tuple(sorted(c))) for (f, v), c in sorted(used.items())]


def missing_lines(services) -> list[str]:
    """Lines for the app and the CLI: unreachable folders, then missing definitions."""
    lines = folder_problems(getattr(services, "form_folders", None) or [])
    missing = missing_definitions(services.store, services.catalog)
    if missing:
        lines.append(
            tr(
                "Deze formulieren worden gebruikt maar hun definitie ontbreekt: {forms}.",
                forms="; ".join(item.text() for item in missing),
            )
        )
    return lines


def refuse_missing_forms(services, case_id: int) -> None:
    """Raise when the case uses a form whose definition is unavailable: a dossier without it is wrong."""
    missing = missing_definitions(services.store, services.catalog, case_id)
    if not missing:
        return
    folders = [str(f) for f in folder_problems(getattr(services, "form_folders", None) or [])]
    reason = (" " + " ".join(folders)) if folders else ""
    forms = ", ".join(tr("{form_id} versie {version}", form_id=i.form_id, version=i.version) for i in missing)
    raise UserError(
        tr(
            "Het dossier van casus {case_id} is niet gemaakt: de definitie van {forms} ontbreekt, zodat het "
            "dossier onvolledig zou zijn.{reason} Er is niets geschreven.",
            case_id=case_id,
            forms=forms,
            reason=reason,
        )
    )


def report_problems(services) -> list[str]:
    """Called once per Services: when forms are unavailable, say which (log, and the CLI's stderr)."""
    if services.catalog.ok:
        return []
    lines = missing_lines(services)
    if lines:
        log.warning("forms unavailable: %d problem(s)", len(lines))
        if reporter is not None:
            reporter(lines)
    return lines
