#!/usr/bin/env python3
"""Build `ibdesk_<version>_<arch>.deb` from the frozen one-folder build.

    python3 packaging/linux/make_deb.py FROZEN_DIR VERSION OUT_DIR

The folder goes to /opt/ibdesk, with /usr/bin/ibdesk pointing at it, a .desktop entry and
an icon. `Depends` is derived from the binaries themselves: every shared library that the
executable, the Python extension modules and the Qt plugins ibdesk needs (X11/xcb, offscreen,
images, icons, TLS) load, directly or through a bundled library, and that the folder does not
carry, mapped to its Debian package; and `libc6 (>= X)` with X the newest glibc symbol version
any bundled binary uses. What only optional Qt plugins need (Wayland, GTK theme, input
methods) goes to `Recommends`. Needs objdump (binutils), dpkg-deb and fakeroot.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = "ibdesk"
PREFIX = Path("opt") / PACKAGE
# Libraries Qt's xcb platform plugin loads that a build host may lack (then `dpkg -S`
# cannot name their package); seen missing in the first trial on a clean Debian.
KNOWN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libgtk-3.so.0": "libgtk-3-0",
    "libgdk-3.so.0": "libgtk-3-0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}
# Qt plugins ibdesk needs; every other plugin is optional (loaded only on such a desktop).
CORE_PLUGINS = (
    "platforms/libqxcb.so",
    "platforms/libqoffscreen.so",
    "platforms/libqminimal.so",
    "xcbglintegrations/",
    "imageformats/",
    "iconengines/",
    "tls/",
)
# Provided by the libc6 package itself, whose version bound comes from the symbols.
GLIBC_SONAMES = {
    "libc.so.6",
    "libm.so.6",
    "libdl.so.2",
    "libpthread.so.0",
    "librt.so.1",
    "libutil.so.1",
    "ld-linux-x86-64.so.2",
    "libresolv.so.2",
    "libanl.so.1",
}


def elf_files(folder: Path) -> list[Path]:
    """Every ELF file in the folder (executables and shared libraries)."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def _objdump(flag: str, path: Path) -> str:
    result = subprocess.run(["objdump", flag, str(path)], capture_output=True, text=True)
    return result.stdout if result.returncode == 0 else ""


def needed(path: Path) -> list[str]:
    return re.findall(r"^\s*NEEDED\s+(\S+)", _objdump("-p", path), re.M)


def is_root(path: Path, folder: Path) -> bool:
    """Loaded by ibdesk itself: the executable, a Python extension module or a core Qt plugin."""
    relative = path.relative_to(folder).as_posix()
    if "/plugins/" in relative:
        return any(relative.split("/plugins/", 1)[1].startswith(core) for core in CORE_PLUGINS)
    return (
        path.parent == folder
        or ".cpython-" in path.name
        or path.name.endswith(".abi3.so")
        or path.name.startswith("libpython")
    )


def system_sonames(files: list[Path], folder: Path) -> tuple[set[str], set[str]]:
    """(libraries ibdesk loads that the folder does not carry, those only optional plugins load)."""
    bundled = {path.name: path for path in files}
    wants = {path: needed(path) for path in files}
    required, seen = set(), set()
    todo = [path for path in files if is_root(path, folder)]
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        for soname in wants[path]:
            if soname in bundled:
                todo.append(bundled[soname])
            else:
                required.add(soname)
    every = {soname for names in wants.values() for soname in names if soname not in bundled}
    return required, every - required


def glibc_floor(files: list[Path]) -> str:
    """The newest GLIBC_x.y symbol version any binary uses: the oldest glibc it runs on."""
    versions = set()
    for path in files:
        versions.update(re.findall(r"\bGLIBC_(\d+(?:\.\d+)+)\b", _objdump("-T", path)))
    return max(versions, key=lambda v: tuple(int(p) for p in v.split(".")), default="2.17")


def _ldconfig_paths() -> dict[str, str]:
    result = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True)
    paths = {}
    for soname, path in re.findall(r"^\s*(\S+) \(libc6,x86-64[^)]*\) => (\S+)", result.stdout, re.M):
        paths.setdefault(soname, path)
    return paths


def owners(paths: list[str]) -> dict[str, str]:
    """{path: Debian package} for the files dpkg knows (one `dpkg -S` call for all)."""
    result = subprocess.run(["dpkg", "-S", *paths], capture_output=True, text=True) if paths else None
    found = {}
    for line in result.stdout.splitlines() if result else []:
        package, _, path = line.partition(": ")
        if not package.startswith("diversion"):
            found[path.strip()] = package.split(":", 1)[0].split(",", 1)[0].strip()
    return found


def packages(sonames: set[str], library_paths: dict[str, str]) -> tuple[set[str], list[str]]:
    """(Debian packages that ship these libraries on this host or by the known list, sonames
    no package was found for)."""
    wanted = sorted(sonames - GLIBC_SONAMES)
    candidates = {
        soname: [library_paths[soname], str(Path(library_paths[soname]).resolve())]
        for soname in wanted
        if soname in library_paths
    }
    owner = owners([path for paths in candidates.values() for path in paths])
    found, unknown = set(), []
    for soname in wanted:
        package = next((owner[p] for p in candidates.get(soname, []) if p in owner), KNOWN_PACKAGES.get(soname))
        if package is None:
            unknown.append(soname)
        elif package != "libc6":
            found.add(package)
    return found, unknown


def relations(files: list[Path], folder: Path) -> tuple[list[str], list[str], list[str]]:
    """(Depends, Recommends, sonames no package was found for)."""
    library_paths = _ldconfig_paths()
    required, optional = system_sonames(files, folder)
    depends_on, unknown = packages(required, library_paths)
    recommended, unknown_optional = packages(optional, library_paths)
    return (
        [f"libc6 (>= {glibc_floor(files)})", *sorted(depends_on)],
        sorted(recommended - depends_on),
        unknown + unknown_optional,
    )


def control(version: str, arch: str, depends_on: list[str], recommends: list[str], size_kib: int) -> str:
    recommends_line = f"Recommends: {', '.join(recommends)}\n" if recommends else ""
    return (
        f"Package: {PACKAGE}\nVersion: {version}\nArchitecture: {arch}\n"
        f"Maintainer: ibdesk <ibdesk@localhost>\nSection: education\nPriority: optional\n"
        f"Installed-Size: {size_kib}\nDepends: {', '.join(depends_on)}\n{recommends_line}"
        "Description: offline desk app for Dutch pupil-support staff\n"
        " Routekaart, OPP, consent and signed dossiers for intern begeleiders and\n"
        " zorgcoordinatoren; every pupil record stays in an encrypted local database.\n"
    )


def stage(frozen: Path, root: Path) -> None:
    """Lay out the package's files under `root`."""
    shutil.copytree(frozen, root / PREFIX, symlinks=True)
    (root / "usr/bin").mkdir(parents=True)
    (root / "usr/bin" / PACKAGE).symlink_to(Path("/") / PREFIX / PACKAGE)
    apps = root / "usr/share/applications"
    icons = root / "usr/share/icons/hicolor/scalable/apps"
    for folder, name in ((apps, "ibdesk.desktop"), (icons, "ibdesk.svg")):
        folder.mkdir(parents=True)
        shutil.copy2(HERE / name, folder / name)
    docs = root / "usr/share/doc" / PACKAGE
    docs.mkdir(parents=True)
    shutil.copy2(HERE.parents[1] / "LICENSE", docs / "copyright")


def build(frozen: Path, version: str, out: Path, arch: str = "amd64") -> Path:
    files = elf_files(frozen)
    depends_on, recommends, unknown = relations(files, frozen)
    if unknown:
        print(f"make_deb: no Debian package found for {', '.join(unknown)}; not in Depends", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "root"
        stage(frozen, root)
        size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN/control").write_text(control(version, arch, depends_on, recommends, size_kib))
        out.mkdir(parents=True, exist_ok=True)
        target = out / f"{PACKAGE}_{version}_{arch}.deb"
        subprocess.run(
            [
                "fakeroot",
                "dpkg-deb",
                "--root-owner-group",
                "-Zxz",
                "--threads-max=2",
                "--build",
                str(root),
                str(target),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return target


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    print(build(Path(argv[0]), argv[1], Path(argv[2])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
