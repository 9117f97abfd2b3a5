"""'Warme overdracht…' on the case page: open the handover form (the concept to finish, the
saved version, or a new one prefilled from the OPP and the records), save it, and only
then make the signed PDF — asking where to save comes last."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ibdesk.dossier.other_content import HANDOVERS
from ibdesk.ui.forms import FormEditor
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.translate import translated
from ibdesk.ui.tasks import run_busy

EXPORT_TEXT = QT_TRANSLATE_NOOP("case_handover", "Opslaan en als PDF exporteren…")
EXPORT_TIP = QT_TRANSLATE_NOOP(
    "case_handover",
    "Slaat het formulier op en maakt het ondertekende overdrachtsdocument; kan zodra het formulier compleet is",
)
INCOMPLETE_TIP = QT_TRANSLATE_NOOP(
    "case_handover", "Vul eerst alle verplichte velden in; daarna kunt u het document maken."
)


def form_of(kind: str) -> str:
    return HANDOVERS[kind][0]


def add_export_action(page, editor: FormEditor, kind: str) -> None:
    """The export button on the handover form, enabled while the form is complete."""
    ready, not_ready = translated("case_handover", str(EXPORT_TIP)), translated("case_handover", str(INCOMPLETE_TIP))
    button = editor.add_action(
        translated("case_handover", str(EXPORT_TEXT)), lambda: save_then_export(page, editor, kind), ready
    )
    button.setAccessibleName(
        QCoreApplication.translate("case_handover", "Formulier opslaan en overdracht als PDF exporteren")
    )
    editor.export_button = button

    def follow() -> None:
        complete = not editor.view.errors()
        button.setEnabled(complete)
        button.setToolTip(ready if complete else not_ready)

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
    not_made = QCoreApplication.translate("case_handover", "Overdracht niet gemaakt")
    checked = messages.attempt(page, not_made, lambda: check_handover(services, case_id, kind), home)
    if checked is None:
        return None
    suggested = Path.home() / f"overdracht-{kind}-{date.today().isoformat()}.pdf"
    target = messages.ask_save_path(
        page,
        QCoreApplication.translate("case_handover", "Overdracht opslaan als"),
        suggested,
        QCoreApplication.translate("case_handover", "PDF-document (*.pdf)"),
    )
    if target is None:
        return None

    def written(result) -> None:
        messages.show_info(page, QCoreApplication.translate("case_handover", "Overdracht gemaakt"), result.message())
        page._after_export(result)

    return run_busy(
        lambda _report: export_handover(services, case_id, kind, Path(target)),
        written,
        lambda exc: messages.show_error(page, not_made, messages.describe(exc, home)),
        busy=[page.handover_button],
        text=QCoreApplication.translate("case_handover", "Bezig met de overdracht…"),
        owner=page,
    )
