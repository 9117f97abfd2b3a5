"""The .deb of packaging/linux/make_deb.py, built from a small stand-in for the frozen folder
whose binaries are real ELF files (copies of /usr/bin/true and PySide6's X11 plugin)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from .helpers import load

make_deb = load("linux/make_deb.py")
TOOLS = ("dpkg-deb", "fakeroot", "objdump")
pytestmark = pytest.mark.skipif(
    any(shutil.which(t) is None for t in TOOLS) or not Path("/usr/bin/true").exists(),
    reason=f"needs {', '.join(TOOLS)} (Debian: dpkg, fakeroot, binutils)",
)


def xcb_plugin() -> Path:
    import PySide6

    path = Path(PySide6.__file__).parent / "Qt/plugins/platforms/libqxcb.so"
    if not path.exists():
        pytest.skip("this PySide6 has no X11 platform plugin")
    return path


@pytest.fixture
def frozen(tmp_path: Path) -> Path:
    """ibdesk + the xcb plugin + stand-ins (ELF, by name) for the Qt libraries the folder carries."""
    folder = tmp_path / "ibdesk"
    plugins = folder / "_internal/PySide6/Qt/plugins"
    (plugins / "platforms").mkdir(parents=True)
    (plugins / "platformthemes").mkdir()
    shutil.copy(Path("/usr/bin/true"), folder / "ibdesk")
    shutil.copy(xcb_plugin(), plugins / "platforms/libqxcb.so")
    for soname in make_deb.needed(plugins / "platforms/libqxcb.so"):
        if soname.startswith("libQt6"):
            shutil.copy(Path("/usr/bin/true"), folder / "_internal" / soname)
    return folder


def test_deb_installs_under_opt_with_a_command_and_a_menu_entry(frozen, tmp_path):
    deb = make_deb.build(frozen, "1.2.3", tmp_path / "out")
    assert deb.name == "ibdesk_1.2.3_amd64.deb"
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    assert (
        "./opt/ibdesk/ibdesk" in listing and "./opt/ibdesk/_internal/PySide6/Qt/plugins/platforms/libqxcb.so" in listing
    )
    assert "./usr/bin/ibdesk -> /opt/ibdesk/ibdesk" in listing
    unpacked = tmp_path / "unpacked"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
    desktop = (unpacked / "usr/share/applications/ibdesk.desktop").read_text()
    assert "Exec=/opt/ibdesk/ibdesk\n" in desktop and "Icon=ibdesk\n" in desktop and "Terminal=false" in desktop
    assert (unpacked / "usr/share/icons/hicolor/scalable/apps/ibdesk.svg").read_text().startswith("<svg")
    assert (unpacked / "usr/share/doc/ibdesk/copyright").read_text().startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert subprocess.run([str(unpacked / "opt/ibdesk/ibdesk")]).returncode == 0


def test_depends_names_the_x11_libraries_qt_needs_and_the_glibc_floor(frozen, tmp_path):
    deb = make_deb.build(frozen, "1.2.3", tmp_path / "out")
    field = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Depends"], capture_output=True, text=True, check=True
    ).stdout
    depends = [entry.strip() for entry in field.split(",")]
    # The three the first trial on a clean Debian found missing (issue 15).
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"} <= set(depends)
    libc = next(entry for entry in depends if entry.startswith("libc6 "))
    floor = libc.removeprefix("libc6 (>= ").removesuffix(")")
    assert floor == make_deb.glibc_floor(make_deb.elf_files(frozen)) and floor.startswith("2.")
    assert not any(entry.startswith("libQt6") or entry.startswith("libqt6") for entry in depends)


def test_what_only_optional_plugins_load_is_recommended_not_required(frozen):
    plugins = frozen / "_internal/PySide6/Qt/plugins"
    required, optional = make_deb.system_sonames(make_deb.elf_files(frozen), frozen)
    assert "libxcb-icccm.so.4" in required and "libxcb-icccm.so.4" not in optional
    # The same libraries needed only by a plugin in an optional place (as the GTK theme is).
    (plugins / "platforms/libqxcb.so").rename(plugins / "platformthemes/libqgtk3.so")
    required, optional = make_deb.system_sonames(make_deb.elf_files(frozen), frozen)
    assert "libxcb-icccm.so.4" in optional and "libxcb-icccm.so.4" not in required
