"""Machine policy: central settings school IT puts on every PC (no pupil data in it).

Read from `IBDESK_POLICY` (a file path) or `policy.yaml` in the machine-wide config
folder (`%ProgramData%\\ibdesk` on Windows, `/etc/xdg/ibdesk` on Linux, `/Library/
Application Support/ibdesk` on macOS). A policy value wins over what a user set in the
app. Unknown keys and wrong types are reported by name, never silently ignored.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, fields
from pathlib import Path

import platformdirs
import yaml

from ibdesk.domain.route_choice import school_type
from ibdesk.errors import UserError

log = logging.getLogger(__name__)
POLICY_FILE = "policy.yaml"
# Policy key -> the profile setting it fixes (used by the dossier and retention services).
SETTING_KEYS = {
    "school_certificate": "dossier.school_p12",
    "school_ca": "dossier.school_ca",
    "retention_auto_delete": "retention.auto_delete",
}


@dataclass(frozen=True)
class Policy:
    school_certificate: str | None = None     # PKCS#12 the school signs dossiers with
    school_ca: str | None = None              # CA certificate that makes colleagues' signatures trusted
    forms_dir: str | None = None              # the region's own form definitions
    resources_dir: str | None = None          # holidays, fonts
    holiday_region: str | None = None         # noord | midden | zuid
    retention_auto_delete: bool | None = None
    organisations_file: str | None = None     # the region's organisations (YAML/CSV), imported on opening
    school_type: str | None = None            # po | vo | so: decides the default routekaart
    school_region: str | None = None          # the region whose own routekaart variant to use
    lock_minutes: int | None = None           # the screen lock after this many idle minutes (users cannot change it)
    source: str | None = None


def policy_path() -> Path:
    env = os.environ.get("IBDESK_POLICY")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.site_config_dir("ibdesk", appauthor=False)) / POLICY_FILE


def load_policy(path: Path | None = None) -> Policy:
    """The machine policy; an empty one when there is no file."""
    path = path or policy_path()
    if not path.exists():
        return Policy()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise UserError(f"Het beleidsbestand {path} kan niet worden gelezen: {exc}. Vraag de ICT-beheerder "
                        "het te herstellen.") from None
    if not isinstance(data, dict):
        raise UserError(f"Het beleidsbestand {path} moet sleutels met waarden bevatten.")
    allowed = {f.name for f in fields(Policy)} - {"source"}
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise UserError(f"Onbekende instelling(en) in {path}: {', '.join(unknown)}. Toegestaan: "
                        f"{', '.join(sorted(allowed))}.")
    if "retention_auto_delete" in data and not isinstance(data["retention_auto_delete"], bool):
        raise UserError(f"'retention_auto_delete' in {path} moet true of false zijn.")
    if "lock_minutes" in data and data["lock_minutes"] is not None:
        minutes = data["lock_minutes"]
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= 240:
            raise UserError(f"'lock_minutes' in {path} moet een heel aantal minuten zijn, 1 tot 240.")
    for key in allowed - {"retention_auto_delete", "lock_minutes"}:
        if key in data and data[key] is not None and not isinstance(data[key], str):
            raise UserError(f"'{key}' in {path} moet tekst zijn.")
    if data.get("school_type") is not None:
        try:
            data["school_type"] = str(school_type(data["school_type"]))
        except UserError as exc:
            raise UserError(f"'school_type' in {path}: {exc}") from None
    if data.get("holiday_region") is not None:
        from ibdesk.domain.holiday_regions import check_region

        try:
            data["holiday_region"] = check_region(data["holiday_region"], f"holiday_region in {path}")
        except ValueError as exc:
            raise UserError(f"{exc} Vraag de ICT-beheerder het beleidsbestand te herstellen.") from None
    return Policy(**data, source=str(path))


def apply_to_environment(policy: Policy) -> None:
    """Folders the rest of ibdesk reads from the environment (resources). The policy's forms
    folder is not one of them: it adds to the bundled forms (services/form_folders.py)."""
    if policy.resources_dir:
        os.environ["IBDESK_RESOURCES_DIR"] = policy.resources_dir


def apply_to_store(policy: Policy, store) -> None:
    """Write the policy's values over the profile's own settings (not into a read-only viewer)."""
    if getattr(store, "read_only", False):
        return
    for key, setting in SETTING_KEYS.items():
        value = getattr(policy, key)
        if value is None:
            continue
        text = ("1" if value else "0") if isinstance(value, bool) else str(value)
        if store.get_setting(setting) != text:
            store.set_setting(setting, text)
            log.info("machine policy sets %s", setting)
