"""The machine policy the Windows way: values under HKLM\\SOFTWARE\\Policies\\ibdesk, set by Group
Policy or Intune with the ADMX template in packaging/windows/admx/.

Each value name is a policy key of policy.yaml (`lock_minutes`, `forms_dir`, ...). The values
are turned into the same Python types a YAML file gives and then checked by the same checker
(`policy.check_values`), so a wrong value gets the same Dutch message wherever it was set.

Reading goes through a *reader*: a function returning {value name: (registry type, value)}.
On Windows that is `read_windows_registry` (winreg, imported only there); elsewhere there is
none. Tests replace `reader` with a function returning a dict.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

from ibdesk.errors import UserError
from ibdesk.i18n import tr

REGISTRY_KEY = r"SOFTWARE\Policies\ibdesk"
REGISTRY_PLACE = "HKLM\\" + REGISTRY_KEY
# The registry's value types (the numbers winreg uses), so this module works off Windows too.
REG_SZ, REG_EXPAND_SZ, REG_BINARY, REG_DWORD, REG_MULTI_SZ, REG_QWORD = 1, 2, 3, 4, 7, 11

Reader = Callable[[], Mapping[str, tuple[int, object]]]


def read_windows_registry() -> dict[str, tuple[int, object]]:
    """Every value under HKLM\\SOFTWARE\\Policies\\ibdesk (64-bit view); {} when the key is absent."""
    if sys.platform != "win32":  # installed_reader offers it only there (mypy checks winreg for Windows)
        raise OSError("the Windows registry exists only on Windows")
    import winreg

    try:
        handle = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY)
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise UserError(
            tr(
                "Het beleid in het register ({place}) kan niet worden gelezen: {problem}. "
                "Vraag de ICT-beheerder het te herstellen.",
                place=REGISTRY_PLACE,
                problem=exc,
            )
        ) from None
    found: dict[str, tuple[int, object]] = {}
    with handle:
        index = 0
        while True:
            try:
                name, value, kind = winreg.EnumValue(handle, index)
            except OSError:  # no more values
                return found
            found[name] = (kind, value)
            index += 1


def installed_reader() -> Reader | None:
    return read_windows_registry if sys.platform == "win32" else None


reader: Reader | None = installed_reader()  # tests put a fake reader here


def policy_values(
    raw: Mapping[str, tuple[int, object]], keys: tuple[str, ...], booleans: frozenset[str]
) -> dict[str, object]:
    """Registry values as the YAML file would give them, before the common check.

    Value names are matched without regard to case (as Windows does). Text is stripped and
    REG_EXPAND_SZ expanded; an empty text means "not set" (what a cleared GPO text leaves).
    A DWORD 0/1 of an on/off key is False/True; any other value is passed on unchanged, so the
    checker names the key and what it must be.
    """
    by_lower = {key.lower(): key for key in keys}
    data: dict[str, object] = {}
    for name, (kind, value) in raw.items():
        key = by_lower.get(name.lower(), name)
        if kind in (REG_SZ, REG_EXPAND_SZ) and isinstance(value, str):
            text = (os.path.expandvars(value) if kind == REG_EXPAND_SZ else value).strip()
            if text:
                data[key] = text
        elif kind in (REG_DWORD, REG_QWORD) and key in booleans and value in (0, 1):
            data[key] = bool(value)
        else:
            data[key] = value
    return data


def read_values(keys: tuple[str, ...], booleans: frozenset[str], use: Reader | None) -> dict[str, object]:
    """The policy values in the registry through `use` ({} without a reader)."""
    if use is None:
        return {}
    return policy_values(use(), keys, booleans)
