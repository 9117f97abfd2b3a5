"""`ibdesk forms check [PATH ...]`: every error with file, line, column and a fix."""

from __future__ import annotations

import sys
from pathlib import Path

from ibdesk.i18n import tr
from ibdesk.paths import bundled_forms_dir


def check_forms(paths: list[Path]) -> int:
    from ibdesk.forms import check_paths

    targets = paths or [bundled_forms_dir()]
    missing = [p for p in targets if not p.exists()]
    for path in missing:
        print(tr("ibdesk: {path} bestaat niet of is niet bereikbaar.", path=path), file=sys.stderr)
    if missing:
        return 1
    print(tr("Gecontroleerd: ") + ", ".join(str(t) for t in targets))
    errors = check_paths(targets)
    for error in errors:
        print(error)
    if errors:
        print(tr("{count} fout(en) in de formulierdefinities.", count=len(errors)), file=sys.stderr)
        return 1
    files = sum(1 for t in targets for _ in ([t] if t.is_file() else t.rglob("*.yaml")))
    print(tr("Alle definities zijn in orde ({files} bestanden).", files=files))
    return 0


def register(sub, commands: dict) -> None:
    forms = sub.add_parser("forms", help=tr("formulierdefinities"))
    forms_sub = forms.add_subparsers(
        dest="forms_command", required=True, metavar=tr("COMMANDO"), help=tr("een van de commando's hieronder")
    )
    forms_check = forms_sub.add_parser("check", help=tr("controleer formulierdefinities"))
    forms_check.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar=tr("PAD"),
        help=tr("formulierbestanden of mappen (standaard: alle formulieren die ibdesk gebruikt)"),
    )
    commands["forms"] = cmd_forms


def cmd_forms(args) -> int:
    from ibdesk.services.form_folders import form_folders

    return check_forms(args.paths or form_folders(args.policy))
