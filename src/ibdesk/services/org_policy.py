"""The organisations file school IT names in the machine policy (`organisations_file:`),
imported when a profile opens — only when the file changed since it was last applied,
with the same re-import rules as a user's import (audited with counts).

A problem with the file never stops ibdesk from opening: it is logged (kind only) and
handed to the caller to show.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

from ibdesk.domain.organisations import ImportPlan
from ibdesk.errors import UserError
from ibdesk.i18n import tr
from ibdesk.services.org_files import parse_entries, read_text
from ibdesk.services.organisations import OrganisationService

log = logging.getLogger(__name__)
DIGEST_SETTING = "organisations.policy_digest"


@dataclass(frozen=True)
class PolicyImport:
    plan: ImportPlan | None = None  # what changed (None when skipped or failed)
    problem: str | None = None  # why the file was not applied
    skipped: bool = False  # the same file as the last time it was applied

    def message(self) -> str:
        if self.problem:
            return self.problem
        if self.plan is not None:
            c = self.plan.counts
            return tr(
                "Organisaties uit het beleid van deze computer: {added} nieuw, {updated} bijgewerkt, "
                "{unchanged} ongewijzigd.",
                added=c["added"],
                updated=c["updated"],
                unchanged=c["unchanged"],
            )
        return ""


def policy_file_path(value: str, policy_source: str | None) -> Path:
    """A relative path is taken from the folder of the policy file itself."""
    path = Path(value).expanduser()
    if not path.is_absolute() and policy_source:
        path = Path(policy_source).parent / path
    return path


def apply_policy_file(
    service: OrganisationService, value: str | None, policy_source: str | None = None
) -> PolicyImport | None:
    if not value:
        return None
    path = policy_file_path(value, policy_source)
    try:
        text = read_text(path)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if service.store.get_setting(DIGEST_SETTING) == digest:
            return PolicyImport(skipped=True)
        plan = service.import_entries(parse_entries(text, path), source="policy")
        service.store.set_setting(DIGEST_SETTING, digest)
        return PolicyImport(plan)
    except UserError as exc:
        log.warning("organisations file of the machine policy not applied: %s", type(exc).__name__)
        return PolicyImport(
            problem=tr(
                "Het organisatiebestand uit het beleid van deze computer ({path}) is niet "
                "ingelezen; vraag de ICT-beheerder het te herstellen.",
                path=path,
            )
            + f"\n{exc}"
        )
