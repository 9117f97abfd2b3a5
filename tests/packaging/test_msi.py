"""The Windows MSI (packaging/windows/ibdesk.wxs), built with wixl from a small staged folder
and checked table by table with msiinfo. A structural check: installing it needs Windows
(.github/workflows/windows-package.yml)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from .helpers import PACKAGING, ROOT

TOOLS = ("wixl", "wixl-heat", "msiinfo", "msibuild")
pytestmark = pytest.mark.skipif(
    any(shutil.which(t) is None for t in TOOLS),
    reason="needs wixl and msitools (Debian: apt-get install wixl msitools)",
)
UPGRADE_CODE = "{3424274C-04CF-4258-B766-A9882BF4CA1C}"  # never changes: every version upgrades the last
BUILD = PACKAGING / "windows" / "build_msi.sh"
STAGED = [
    "ibdesk.exe",
    "ibdeskw.exe",
    "_internal/python311.dll",
    "_internal/ibdesk/bundled/forms/routekaart-po.yaml",
    "_internal/ibdesk/store/migrations/versions/0001_initial.py",
]


@pytest.fixture(scope="module")
def staged(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("frozen") / "ibdesk"
    for name in STAGED:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        source = ROOT / "forms" / "routekaart-po.yaml" if name.endswith(".yaml") else None
        (folder / name).write_bytes(source.read_bytes() if source else b"MZ stand-in for " + name.encode())
    return folder


def build(staged: Path, version: str, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", str(BUILD), str(staged), version, str(out)], capture_output=True, text=True)


@pytest.fixture(scope="module")
def msi(staged, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("msi") / "ibdesk.msi"
    result = build(staged, "1.2.3", out)
    assert result.returncode == 0, result.stderr
    return out


def table(msi: Path, name: str) -> list[list[str]]:
    """The rows of one table (msiinfo export: three header lines, then tab-separated rows)."""
    text = subprocess.run(["msiinfo", "export", str(msi), name], capture_output=True, text=True, check=True).stdout
    return [line.split("\t") for line in text.splitlines()[3:] if line]


def properties(msi: Path) -> dict[str, str]:
    return {row[0]: row[1] for row in table(msi, "Property")}


def test_per_machine_with_a_fixed_upgrade_code(msi):
    props = properties(msi)
    assert props["ALLUSERS"] == "1" and props["ProductVersion"] == "1.2.3"
    assert props["UpgradeCode"] == UPGRADE_CODE
    assert "POLICYFILE" in props["SecureCustomProperties"].split(";")  # reaches the elevated install


def test_newer_replaces_older_and_older_is_refused(msi):
    upgrade = {row[-1]: row for row in table(msi, "Upgrade")}
    code, minimum, maximum, _lang, attributes, _remove, _prop = upgrade["WIX_UPGRADE_DETECTED"]
    assert code == UPGRADE_CODE and maximum == "1.2.3" and minimum == ""  # every older version is removed
    code, minimum, maximum, _lang, attributes, _remove, _prop = upgrade["WIX_DOWNGRADE_DETECTED"]
    assert code == UPGRADE_CODE and minimum == "1.2.3" and int(attributes) & 2  # only detected, then refused
    assert [row[0] for row in table(msi, "LaunchCondition")] == ["NOT WIX_DOWNGRADE_DETECTED"]
    actions = {row[0] for row in table(msi, "InstallExecuteSequence")}
    assert {"FindRelatedProducts", "RemoveExistingProducts"} <= actions


def test_every_staged_file_goes_to_program_files(msi):
    directories = {row[0]: (row[1], row[2]) for row in table(msi, "Directory")}
    assert directories["INSTALLDIR"] == ("ProgramFiles64Folder", "ibdesk")
    components = {row[0]: row for row in table(msi, "Component")}

    def under_installdir(directory: str) -> bool:
        while directory and directory != "INSTALLDIR":
            directory = directories[directory][0]
        return directory == "INSTALLDIR"

    files = table(msi, "File")
    assert sorted(row[2] for row in files) == sorted(Path(name).name for name in STAGED)
    assert all(under_installdir(components[row[1]][2]) for row in files)
    assert all(int(components[row[1]][3]) & 256 for row in files)  # 64-bit components


def test_start_menu_entry_opens_the_windowed_app(msi):
    [shortcut] = table(msi, "Shortcut")
    assert shortcut[1] == "ProgramMenuFolder" and shortcut[2] == "ibdesk"
    assert shortcut[4] == "[INSTALLDIR]ibdeskw.exe"


def test_policy_location_property_is_kept_over_upgrades(msi):
    registry = {(row[2], row[3]): row[4] for row in table(msi, "Registry") if row[1] == "2"}  # 2: HKLM
    assert registry[("SOFTWARE\\ibdesk", "PolicyFile")] == "[POLICYFILE]"
    assert (
        registry[("SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment", "IBDESK_POLICY")]
        == "[POLICYFILE]"
    )
    assert table(msi, "RegLocator")[0][2:4] == ["SOFTWARE\\ibdesk", "PolicyFile"]
    [action] = table(msi, "CustomAction")
    assert action[0] == "KeepPolicyFile" and action[2:4] == ["POLICYFILE", "[SAVEDPOLICYFILE]"]
    sequence = {row[0]: row for row in table(msi, "InstallExecuteSequence")}
    assert sequence["KeepPolicyFile"][1] == "SAVEDPOLICYFILE AND NOT POLICYFILE"
    assert int(sequence["AppSearch"][2]) < int(sequence["KeepPolicyFile"][2])


def test_user_data_is_never_the_msis(msi):
    """Profiles (%LOCALAPPDATA%\\ibdesk) and the policy file are not in any table, so neither an
    upgrade nor an uninstall removes them."""
    assert table(msi, "RemoveFile") == []
    directories = {row[0] for row in table(msi, "Directory")}
    assert not directories & {"LocalAppDataFolder", "AppDataFolder", "CommonAppDataFolder", "PersonalFolder"}
    assert all(row[1] == "2" for row in table(msi, "Registry"))  # nothing in a user's registry (HKCU)


def test_a_new_version_keeps_the_upgrade_and_component_codes(staged, msi, tmp_path):
    newer = tmp_path / "newer.msi"
    assert build(staged, "1.2.4", newer).returncode == 0
    old, new = properties(msi), properties(newer)
    assert new["UpgradeCode"] == old["UpgradeCode"] and new["ProductCode"] != old["ProductCode"]
    assert sorted(row[1] for row in table(newer, "Component")) == sorted(row[1] for row in table(msi, "Component"))


def test_a_version_windows_installer_cannot_compare_is_refused(staged, tmp_path):
    result = build(staged, "1.2.3.dev1", tmp_path / "x.msi")
    assert result.returncode == 2 and "major.minor.patch" in result.stderr
    assert not (tmp_path / "x.msi").exists()
