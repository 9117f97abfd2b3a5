"""`ibdesk forms check [PATH ...]`: every error with file, line, column and a fix."""
from __future__ import annotations

import sys
from pathlib import Path

from ibdesk.forms import check_paths
from ibdesk.paths import bundled_forms_dir


def check_forms(paths: list[Path]) -> int:
    targets = paths or [bundled_forms_dir()]
    missing = [p for p in targets if not p.exists()]
    for path in missing:
        print(f"ibdesk: {path} bestaat niet of is niet bereikbaar.", file=sys.stderr)
    if missing:
        return 1
    print("Gecontroleerd: " + ", ".join(str(t) for t in targets))
    errors = check_paths(targets)
    for error in errors:
        print(error)
    if errors:
        print(f"{len(errors)} fout(en) in de formulierdefinities.", file=sys.stderr)
        return 1
    files = sum(1 for t in targets for _ in ([t] if t.is_file() else t.rglob("*.yaml")))
    print(f"Alle definities zijn in orde ({files} bestanden).")
    return 0
