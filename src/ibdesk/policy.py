"""Machine policy: central settings school IT puts on every PC (no pupil data in it).

Read from `IBDESK_POLICY` (a file path) or `policy.yaml` in the machine-wide config
folder (`%ProgramData%\\ibdesk` on Windows, `/etc/xdg/ibdesk` on Linux, `/Library/
Application Support/ibdesk` on macOS), and on Windows from HKLM\\SOFTWARE\\Policies\\ibdesk
(policy_registry.py); a registry value wins over the file's. A policy value wins over what a
user set in the app. Unknown keys and wrong types are reported by name, never silently
ignored, by one checker for the file and the registry.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field, fields
from pathlib import Path

import platformdirs

from ibdesk import policy_registry
from ibdesk.domain.route_choice import school_type
from ibdesk.errors import UserError
from ibdesk.i18n import tr
from ibdesk.paths import resources_dir

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
    school_certificate: str | None = None  # PKCS#12 the school signs dossiers with
    school_ca: str | None = None  # CA certificate that makes colleagues' signatures trusted
    forms_dir: str | None = None  # the region's own form definitions
    resources_dir: str | None = None  # holidays, fonts
    holiday_region: str | None = None  # noord | midden | zuid
    retention_auto_delete: bool | None = None
    organisations_file: str | None = None  # the region's organisations (YAML/CSV), imported on opening
    school_type: str | None = None  # po | vo | so: decides the default routekaart
    school_region: str | None = None  # the region whose own routekaart variant to use
    lock_minutes: int | None = None  # the screen lock after this many idle minutes (users cannot change it)
    language: str | None = None  # nl | en: the app's language for every user (users cannot change it)
    source: str | None = None  # the policy file (relative paths in it start from its folder)
    origins: dict[str, str] = field(default_factory=dict, compare=False)  # key -> FROM_FILE | FROM_REGISTRY

    def resources(self) -> Path:
        """The folder for holidays and fonts: the policy's `resources_dir`, else the bundled set.
        Passed to the calendar and the fonts explicitly (never through the environment)."""
        return resources_dir(self.resources_dir)


FROM_FILE, FROM_REGISTRY = "file", "registry"
POLICY_KEYS = tuple(f.name for f in fields(Policy) if f.name not in ("source", "origins"))
BOOLEAN_KEYS = frozenset({"retention_auto_delete"})
INTEGER_KEYS = {"lock_minutes": (1, 240)}
LANGUAGES = ("nl", "en")
_INSTALLED = object()


def policy_path() -> Path:
    env = os.environ.get("IBDESK_POLICY")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.site_config_dir("ibdesk", appauthor=False)) / POLICY_FILE


def load_policy(path: Path | None = None, registry=_INSTALLED) -> Policy:
    """The machine policy: the file (none: empty), then the registry's values over it.
    `registry` is a reader (policy_registry.Reader) or None; by default the installed one."""
    path = path or policy_path()
    data = read_policy_file(path) if path.exists() else {}
    origins = {key: FROM_FILE for key, value in data.items() if value is not None}
    use = policy_registry.reader if registry is _INSTALLED else registry
    from_registry = check_values(
        policy_registry.read_values(POLICY_KEYS, BOOLEAN_KEYS, use), policy_registry.REGISTRY_PLACE
    )
    data.update(from_registry)
    origins.update(dict.fromkeys(from_registry, FROM_REGISTRY))
    return Policy(**data, source=str(path) if path.exists() else None, origins=origins)


def fixed_language() -> str | None:
    """The app's language when this computer's policy sets it ("nl" or "en"), else None. A policy
    that cannot be read sets nothing here: the app reports it before it opens a profile."""
    try:
        return load_policy().language
    except UserError:
        return None


def read_policy_file(path: Path) -> dict:
    """The checked values of one policy file."""
    import yaml  # only when a policy file is there: most computers have none, and every command starts here

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise UserError(
            tr(
                "Het beleidsbestand {path} kan niet worden gelezen: {problem}. "
                "Vraag de ICT-beheerder het te herstellen.",
                path=path,
                problem=exc,
            )
        ) from None
    if not isinstance(data, dict):
        raise UserError(tr("Het beleidsbestand {path} moet sleutels met waarden bevatten.", path=path))
    return check_values(data, str(path))


def check_values(data: dict, where: str) -> dict:
    """The one check of policy values, from a file or the registry (`where` names it in messages)."""
    data = dict(data)
    unknown = sorted(set(data) - set(POLICY_KEYS))
    if unknown:
        raise UserError(
            tr(
                "Onbekende instelling(en) in {where}: {unknown}. Toegestaan: {allowed}.",
                where=where,
                unknown=", ".join(map(str, unknown)),
                allowed=", ".join(sorted(POLICY_KEYS)),
            )
        )
    for key in BOOLEAN_KEYS:
        if key in data and not isinstance(data[key], bool):
            raise UserError(tr("'{key}' in {where} moet true of false zijn.", key=key, where=where))
    for key, (low, high) in INTEGER_KEYS.items():
        value = data.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high):
            raise UserError(
                tr(
                    "'{key}' in {where} moet een heel aantal minuten zijn, {low} tot {high}.",
                    key=key,
                    where=where,
                    low=low,
                    high=high,
                )
            )
    for key in set(POLICY_KEYS) - BOOLEAN_KEYS - set(INTEGER_KEYS):
        if key in data and data[key] is not None and not isinstance(data[key], str):
            raise UserError(tr("'{key}' in {where} moet tekst zijn.", key=key, where=where))
    if data.get("language") is not None and data["language"] not in LANGUAGES:
        raise UserError(tr("'language' in {where} moet nl (Nederlands) of en (English) zijn.", where=where))
    if data.get("school_type") is not None:
        try:
            data["school_type"] = str(school_type(data["school_type"]))
        except UserError as exc:
            raise UserError(f"'school_type' in {where}: {exc}") from None
    if data.get("holiday_region") is not None:
        from ibdesk.domain.holiday_regions import check_region

        try:
            data["holiday_region"] = check_region(data["holiday_region"], f"holiday_region in {where}")
        except ValueError as exc:
            raise UserError(f"{exc} " + tr("Vraag de ICT-beheerder het beleid te herstellen.")) from None
    return data


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
