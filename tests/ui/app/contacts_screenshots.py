"""Render Contacten from an empty profile: empty, the editor (new, with problems), the list
after importing the example file, the import preview — at 1366x768 and at the main
window's minimum size (900x600).

    .venv/bin/python tests/ui/app/contacts_screenshots.py OUTDIR

`render_all` is also run by tests/ui/app/test_ui_contacts.py so this script cannot rot.
"""

from __future__ import annotations

import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[2]
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))
from support.screens import run_script  # noqa: E402

EXAMPLE = TESTS.parent / "packaging" / "organisations-example.yaml"
SIZES = {"1366": (1366, 768), "900": (900, 600)}


def render_all(out: Path, work: Path) -> list[Path]:
    from PySide6.QtWidgets import QScrollArea

    from ibdesk.app import make_application
    from ibdesk.services.org_files import read_entries
    from ibdesk.store.profile import create_profile
    from ibdesk.ui.main_window import MainWindow
    from ibdesk.ui.pages.base import Context
    from ibdesk.ui.pages.organisation_editor import OrganisationEditor
    from ibdesk.ui.pages.organisation_import import ImportPreview

    app = make_application([])
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []

    def shoot(widget, name: str) -> None:
        for _ in range(4):
            app.processEvents()
        saved.append(out / f"{len(saved) + 1:02d}-{name}.png")
        widget.grab().save(str(saved[-1]))

    store, _ = create_profile(work / "contacts-profile", None)
    try:
        context = Context.for_store(store)
        service = context.services.organisations
        window = MainWindow(context)
        window.show()
        window.show_page(window.pages.index(("Contacten", window.contacts_page)))
        for label, size in SIZES.items():
            window.resize(*size)
            shoot(window, f"contacten-leeg-{label}")
        editor = OrganisationEditor(service, None, window)
        editor.show()
        shoot(editor, "organisatie-nieuw")
        editor.edits["naam"].setText("Sociaal Team Renkum (fictief)")
        editor.edits["telefoon"].setText("12345")
        person = editor.people.add()
        person.name.setText("Peter van Aalst (fictief)")
        person.escalation.setChecked(True)
        editor.save()
        shoot(editor.findChild(QScrollArea).widget(), "organisatie-fouten-heel")
        editor.resize(editor.minimumSize())
        shoot(editor, "organisatie-fouten-klein")
        editor.reject()
        plan = service.plan_import(read_entries(EXAMPLE))
        preview = ImportPreview(plan, EXAMPLE.name, window)
        preview.show()
        shoot(preview, "importeren-voorbeeld")
        preview.reject()
        service.import_file(EXAMPLE)
        service.set_active(6, False)
        window.contacts_page.refresh()
        for label, size in SIZES.items():
            window.resize(*size)
            shoot(window, f"contacten-lijst-{label}")
        window.contacts_page.show_inactive.setChecked(True)
        window.contacts_page.list_scroll.verticalScrollBar().setValue(10_000)
        shoot(window, "contacten-niet-actief-900")
        window.close()
    finally:
        store.close()
    return saved


def main(argv: list[str]) -> int:
    return run_script(argv, "tests/ui/app/contacts_screenshots.py", render_all)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
