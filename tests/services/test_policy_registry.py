"""The machine policy the Windows way (issue 15): HKLM\\SOFTWARE\\Policies\\ibdesk, read through an
injected reader so these tests run on every system. Registry values win over the file's, and
are checked by the same checker with the same Dutch messages."""

from __future__ import annotations

import sys
from types import SimpleNamespace

import pytest

from ibdesk import policy_registry
from ibdesk.cli import main
from ibdesk.errors import UserError
from ibdesk.policy import FROM_FILE, FROM_REGISTRY, POLICY_KEYS, load_policy
from ibdesk.policy_registry import REG_BINARY, REG_DWORD, REG_EXPAND_SZ, REG_MULTI_SZ, REG_SZ, REGISTRY_PLACE
from ibdesk.services.container import Services
from ibdesk.services.screen_lock import ScreenLockService


def fake(values: dict):
    """A registry reader over a dict of value name -> (type, value)."""
    return lambda: dict(values)


def write(tmp_path, text):
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_registry_values_win_over_the_file_and_say_where_they_came_from(tmp_path):
    path = write(tmp_path, "lock_minutes: 10\nholiday_region: noord\nforms_dir: /srv/forms\n")
    policy = load_policy(
        path,
        fake(
            {
                "lock_minutes": (REG_DWORD, 3),
                "holiday_region": (REG_SZ, "Zuid"),
                "retention_auto_delete": (REG_DWORD, 1),
            }
        ),
    )
    assert (policy.lock_minutes, policy.holiday_region, policy.forms_dir) == (3, "zuid", "/srv/forms")
    assert policy.retention_auto_delete is True
    assert policy.origins == {
        "lock_minutes": FROM_REGISTRY,
        "holiday_region": FROM_REGISTRY,
        "forms_dir": FROM_FILE,
        "retention_auto_delete": FROM_REGISTRY,
    }
    assert policy.source == str(path), "relative paths in the file still start from its folder"


def test_registry_alone_is_a_policy(tmp_path):
    policy = load_policy(tmp_path / "absent.yaml", fake({"school_type": (REG_SZ, "VO")}))
    assert policy.school_type == "vo" and policy.origins == {"school_type": FROM_REGISTRY}
    assert load_policy(tmp_path / "absent.yaml", None).origins == {}


def test_registry_types_become_the_files_types(tmp_path, monkeypatch):
    monkeypatch.setenv("PROGRAMDATA_FICTIEF", "/srv/programdata")
    policy = load_policy(
        tmp_path / "absent.yaml",
        fake(
            {
                "Forms_Dir": (REG_EXPAND_SZ, "$PROGRAMDATA_FICTIEF/ibdesk/forms"),  # names ignore case, as in Windows
                "school_region": (REG_SZ, "  SWV Regio Oost (fictief) "),
                "resources_dir": (REG_SZ, ""),  # a cleared text is not set
                "retention_auto_delete": (REG_DWORD, 0),
            }
        ),
    )
    assert policy.forms_dir == "/srv/programdata/ibdesk/forms"
    assert policy.school_region == "SWV Regio Oost (fictief)"
    assert policy.resources_dir is None and "resources_dir" not in policy.origins
    assert policy.retention_auto_delete is False


@pytest.mark.parametrize(
    "yaml_text, registry, fragment",
    [
        ("school_cert: x\n", {"school_cert": (REG_SZ, "x")}, "Onbekende instelling(en) in {where}: school_cert"),
        (
            "retention_auto_delete: ja\n",
            {"retention_auto_delete": (REG_SZ, "ja")},
            "'retention_auto_delete' in {where} moet true of false zijn",
        ),
        ("retention_auto_delete: 2\n", {"retention_auto_delete": (REG_DWORD, 2)}, "moet true of false zijn"),
        (
            "lock_minutes: 0\n",
            {"lock_minutes": (REG_DWORD, 0)},
            "'lock_minutes' in {where} moet een heel aantal minuten zijn, 1 tot 240",
        ),
        ("lock_minutes: '5'\n", {"lock_minutes": (REG_SZ, "5")}, "heel aantal minuten"),
        ("forms_dir: [1, 2]\n", {"forms_dir": (REG_MULTI_SZ, ["a", "b"])}, "'forms_dir' in {where} moet tekst zijn"),
        ("school_ca: 7\n", {"school_ca": (REG_BINARY, b"\x07")}, "moet tekst zijn"),
        (
            "holiday_region: west\n",
            {"holiday_region": (REG_SZ, "west")},
            "'west' is geen vakantieregio. Nederland kent drie regio's voor de schoolvakanties: noord, midden en zuid "
            "(holiday_region in {where})",
        ),
        ("school_type: mbo\n", {"school_type": (REG_SZ, "mbo")}, "'school_type' in {where}: "),
        ("language: fr\n", {"language": (REG_SZ, "fr")}, "'language' in {where} moet nl (Nederlands) of en (English)"),
    ],
)
def test_a_wrong_value_gets_the_same_message_from_file_and_registry(tmp_path, yaml_text, registry, fragment):
    path = write(tmp_path, yaml_text)
    with pytest.raises(UserError) as from_file:
        load_policy(path, None)
    with pytest.raises(UserError) as from_registry:
        load_policy(tmp_path / "absent.yaml", fake(registry))
    assert fragment.format(where=path) in str(from_file.value)
    assert fragment.format(where=REGISTRY_PLACE) in str(from_registry.value)
    assert str(from_file.value).replace(str(path), REGISTRY_PLACE) == str(from_registry.value), "one checker"


def test_every_policy_key_can_be_set_in_the_registry(tmp_path):
    values = {
        "school_certificate": (REG_SZ, "C:/ProgramData/ibdesk/school.p12"),
        "school_ca": (REG_SZ, "C:/ProgramData/ibdesk/ca.pem"),
        "forms_dir": (REG_SZ, "//server/forms"),
        "resources_dir": (REG_SZ, "C:/ProgramData/ibdesk/resources"),
        "holiday_region": (REG_SZ, "midden"),
        "retention_auto_delete": (REG_DWORD, 1),
        "organisations_file": (REG_SZ, "//server/orgs.yaml"),
        "school_type": (REG_SZ, "so"),
        "school_region": (REG_SZ, "SWV Fictief"),
        "lock_minutes": (REG_DWORD, 240),
        "language": (REG_SZ, "en"),
    }
    assert set(values) == set(POLICY_KEYS)
    policy = load_policy(tmp_path / "absent.yaml", fake(values))
    assert set(policy.origins) == set(POLICY_KEYS) and policy.lock_minutes == 240 and policy.language == "en"


def test_the_windows_reader_enumerates_the_policies_key(monkeypatch):
    """read_windows_registry against a stand-in winreg: key, 64-bit view, every value, an absent key."""
    opened = []

    class Handle:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            opened.append("closed")

    stored = [("lock_minutes", 7, REG_DWORD), ("forms_dir", r"\\server\forms", REG_SZ)]

    def open_key(root, key, reserved, access):
        opened.append((root, key, access))
        return Handle()

    def enum_value(_handle, index):
        if index >= len(stored):
            raise OSError("no more data")
        return stored[index]

    winreg = SimpleNamespace(
        HKEY_LOCAL_MACHINE="HKLM", KEY_READ=1, KEY_WOW64_64KEY=256, OpenKey=open_key, EnumValue=enum_value
    )
    monkeypatch.setitem(sys.modules, "winreg", winreg)
    monkeypatch.setattr(sys, "platform", "win32")  # the reader refuses to run anywhere else
    assert policy_registry.read_windows_registry() == {
        "lock_minutes": (REG_DWORD, 7),
        "forms_dir": (REG_SZ, r"\\server\forms"),
    }
    assert opened == [("HKLM", r"SOFTWARE\Policies\ibdesk", 257), "closed"]

    def absent(*_args):
        raise FileNotFoundError

    winreg.OpenKey = absent
    assert policy_registry.read_windows_registry() == {}

    def denied(*_args):
        raise PermissionError("toegang geweigerd")

    winreg.OpenKey = denied
    with pytest.raises(UserError, match=r"register \(HKLM\\SOFTWARE\\Policies\\ibdesk\) kan niet worden gelezen"):
        policy_registry.read_windows_registry()


def test_only_windows_has_a_registry_reader(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    assert policy_registry.installed_reader() is None
    monkeypatch.setattr(sys, "platform", "win32")
    assert policy_registry.installed_reader() is policy_registry.read_windows_registry


def test_registry_policy_reaches_the_services(store, monkeypatch):
    monkeypatch.setattr(
        policy_registry,
        "reader",
        fake({"lock_minutes": (REG_DWORD, 4), "school_type": (REG_SZ, "vo"), "retention_auto_delete": (REG_DWORD, 1)}),
    )
    store.set_setting("retention.auto_delete", "0")
    services = Services.build(store)
    assert services.routes.locked() == {"schooltype": "vo"}
    assert store.get_setting("retention.auto_delete") == "1"
    timing = ScreenLockService(store).timing()
    assert (timing.minutes, timing.fixed_by_policy) == (4, True)


def test_policy_check_says_where_each_value_came_from(tmp_path, monkeypatch, capsys):
    path = write(tmp_path, "holiday_region: noord\nschool_type: po\n")
    monkeypatch.setenv("IBDESK_POLICY", str(path))
    monkeypatch.setattr(
        policy_registry, "reader", fake({"holiday_region": (REG_SZ, "zuid"), "lock_minutes": (REG_DWORD, 3)})
    )
    assert main(["policy", "check"]) == 0
    out = capsys.readouterr().out
    assert f"Register: {REGISTRY_PLACE}" in out
    assert "holiday_region: zuid  (uit het register)" in out and "lock_minutes: 3  (uit het register)" in out
    assert "school_type: po  (uit het beleidsbestand)" in out and "in orde" in out

    monkeypatch.setattr(policy_registry, "reader", fake({"lock_minutes": (REG_SZ, "drie")}))
    assert main(["policy", "check"]) == 1
    assert f"'lock_minutes' in {REGISTRY_PLACE} moet een heel aantal minuten zijn" in capsys.readouterr().err
    assert main(["cases"]) == 1, "every command refuses a broken registry policy, as a broken file"
