"""Loading the packaging scripts (they live outside the package, in packaging/)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load(relative: str):
    """Import packaging/<relative> as a module without putting packaging/ on sys.path."""
    path = PACKAGING / relative
    spec = importlib.util.spec_from_file_location(f"packaging_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
