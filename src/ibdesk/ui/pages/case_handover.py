"""'Warme overdracht…' on the case page: open the handover form (the concept to finish, the
saved version, or a new one prefilled from the OPP and the records), save it, and only
then make the signed PDF — asking where to save comes last."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ibdesk.dossier.other_content import HANDOVERS
from ibdesk.ui.forms import FormEditor
from ibdesk.ui.kit import messages
from ibdesk.ui.tasks import run_busy

EXPORT_TEXT = "Opslaan en als PDF exporteren…"
EXPORT_TIP = "Slaat het formulier op en maakt het ondertekende overdrachtsdocument; kan zodra het formulier compleet is"
INCOMPLETE_TIP = "Vul eerst alle verplichte velden in; daarna kunt u het document maken."


def form_of(kind: str) -> str:
    return HANDOVERS[kind][0]


def add_export_action(page, editor: FormEditor, kind: str) -> None:
    """The export button on the handover form, enabled while the form is complete."""
    button = editor.add_action(EXPORT_TEXT, lambda: save_then_export(page, editor, kind), EXPORT_TIP)
    button.setAccessibleName("Formulier opslaan en overdracht als PDF exporteren")
    editor.export_button = button

    def follow() -> None:
        complete = not editor.view.errors()
        button.setEnabled(complete)
        button.setToolTip(EXPORT_TIP if complete else INCOMPLETE_TIP)

    editor.view.refreshed.connect(follow)
    follow()


def save_then_export(page, editor: FormEditor, kind: str):
    """Save the complete form (closing it), then ask where the PDF goes and write it."""
    if editor.save() is None:  # incomplete or refused: the messages are in the form
        return None
    return export(page, kind)


def export(page, kind: str):
    """Check first (saying why it cannot be made), then ask where to save, then write off the UI
    thread (the Task's value is the ExportResult). The PDF stack is imported only here."""
    from ibdesk.services.export_documents import check_handover, export_handover

    services, case_id, home = page.context.services, page.case_id, page.context.home
    if case_id is None:
        return None
    checked = messages.attempt(page, "Overdracht niet gemaakt", lambda: check_handover(services, case_id, kind), home)
    if checked is None:
        return None
    suggested = Path.home() / f"overdracht-{kind}-{date.today().isoformat()}.pdf"
    target = messages.ask_save_path(page, "Overdracht opslaan als", suggested, "PDF-document (*.pdf)")
    if target is None:
        return None

    def written(result) -> None:
        messages.show_info(page, "Overdracht gemaakt", result.message())
        page._after_export(result)

    return run_busy(
        lambda _report: export_handover(services, case_id, kind, Path(target)),
        written,
        lambda exc: messages.show_error(page, "Overdracht niet gemaakt", messages.describe(exc, home)),
        busy=[page.handover_button],
        text="Bezig met de overdracht…",
        owner=page,
    )
