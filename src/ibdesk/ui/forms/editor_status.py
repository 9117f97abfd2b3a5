"""The FormEditor's status line and questions: what was saved when, what still needs attention,
what went wrong; in the UI's language (the counts as whole sentences, so a translation can
say "1 field" and "3 fields")."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ibdesk import i18n
from ibdesk.errors import UserError
from ibdesk.text.dates import clock, long_date


def saved_at(concept: bool, when: datetime) -> str:
    """'Opgeslagen om 10:32.' after a save, or the concept's line."""
    if concept:
        text = QCoreApplication.translate("forms_editor_status", "Als concept opgeslagen om {time}.")
    else:
        text = QCoreApplication.translate("forms_editor_status", "Opgeslagen om {time}.")
    return text.format(time=clock(when))


def draft_kept(when: datetime) -> str:
    """After the draft timer stored what was typed."""
    return QCoreApplication.translate("forms_editor_status", "Tussentijds bewaard om {time}.").format(time=clock(when))


def storage_problem(exc: BaseException) -> str:
    if isinstance(exc, UserError):
        return str(exc)
    return QCoreApplication.translate(
        "forms_editor_status",
        "Er ging iets mis bij het bewaren ({error}). Wat u heeft getypt staat nog in het formulier.",
    ).format(error=type(exc).__name__)


def moment(when: datetime) -> str:
    """'vandaag om 10:32', 'gisteren om 16:05', '14 maart 2025 om 10:32' (ibdesk.text.dates.moment) in
    the UI's language: 'today at 10:32', '14 March 2025 at 10:32'."""
    days = (datetime.now().date() - when.date()).days
    time = clock(when)
    if days == 0:
        return QCoreApplication.translate("forms_editor_status", "vandaag om {time}").format(time=time)
    if days == 1:
        return QCoreApplication.translate("forms_editor_status", "gisteren om {time}").format(time=time)
    day = long_date(when, lang=i18n.language())
    return QCoreApplication.translate("forms_editor_status", "{day} om {time}").format(day=day, time=time)


def not_saved(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate(
            "forms_editor_status",
            "Niet opgeslagen: 1 veld is nog niet (goed) ingevuld. Uw invoer is tussentijds bewaard.",
        )
    return QCoreApplication.translate(
        "forms_editor_status",
        "Niet opgeslagen: {count} velden zijn nog niet (goed) ingevuld. Uw invoer is tussentijds bewaard.",
    ).format(count=count)


def not_a_concept(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate(
            "forms_editor_status",
            "Niet als concept opgeslagen: 1 waarde past niet bij het veld. Uw invoer is tussentijds bewaard.",
        )
    return QCoreApplication.translate(
        "forms_editor_status",
        "Niet als concept opgeslagen: {count} waarden passen niet bij het veld. Uw invoer is tussentijds bewaard.",
    ).format(count=count)
