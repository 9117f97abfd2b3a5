"""The top of a FormView: where a route step sits in its route, the title, a read-only note
with the form's version, who takes part in a step and how long it usually takes, and the
form's or step's own guidance."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout

from ibdesk.forms import RouteDefinition
from ibdesk.ui.kit.translate import translated

from .common import label, rich_text

CONTEXT = "forms_form_header"
ROLES = {  # the route's participant codes, named by the app (translated where shown)
    "ib": QT_TRANSLATE_NOOP("forms_form_header", "IB'er"),
    "jgz": QT_TRANSLATE_NOOP("forms_form_header", "JGZ"),
    "smw": QT_TRANSLATE_NOOP("forms_form_header", "schoolmaatschappelijk werk"),
    "consulent_swv": QT_TRANSLATE_NOOP("forms_form_header", "consulent SWV"),
    "orthopedagoog_swv": QT_TRANSLATE_NOOP("forms_form_header", "orthopedagoog SWV"),
    "zorgcoordinator": QT_TRANSLATE_NOOP("forms_form_header", "zorgcoördinator"),
    "jeugdconsulent": QT_TRANSLATE_NOOP("forms_form_header", "jeugdconsulent Sociaal Team"),
    "leerkracht": QT_TRANSLATE_NOOP("forms_form_header", "leerkracht"),
    "ouders": QT_TRANSLATE_NOOP("forms_form_header", "ouders"),
    "leerling": QT_TRANSLATE_NOOP("forms_form_header", "leerling"),
    "directeur": QT_TRANSLATE_NOOP("forms_form_header", "directeur"),
    "mentor": QT_TRANSLATE_NOOP("forms_form_header", "mentor"),
    "vakdocenten": QT_TRANSLATE_NOOP("forms_form_header", "vakdocenten"),
    "teamleider": QT_TRANSLATE_NOOP("forms_form_header", "teamleider"),
    "leerplicht": QT_TRANSLATE_NOOP("forms_form_header", "leerplicht"),
}


def route_context(definition: Any, container: Any) -> str:
    """'Routekaart primair onderwijs · stap 1 van 7' above a route step."""
    if not isinstance(definition, RouteDefinition):
        return ""
    steps = definition.steps
    number = next((i + 1 for i, s in enumerate(steps) if s is container), None)
    if not number:
        return definition.title
    where = QCoreApplication.translate("forms_form_header", "{route} · stap {number} van {count}")
    return where.format(route=definition.title, number=number, count=len(steps))


def step_facts(container: Any) -> str:
    """'Betrokken: leerkracht, IB'er, ouders · Gebruikelijke duur: 4 weken' for a route step."""
    parts = []
    participants = getattr(container, "participants", ())
    if participants:
        words = [translated(CONTEXT, str(ROLES[p])) if p in ROLES else p.replace("_", " ") for p in participants]
        parts.append(QCoreApplication.translate("forms_form_header", "Betrokken: {who}").format(who=", ".join(words)))
    days = getattr(container, "normal_duration_days", None)
    if days:
        parts.append(
            QCoreApplication.translate("forms_form_header", "Gebruikelijke duur: {duration}").format(
                duration=_duration(days)
            )
        )
    return " · ".join(parts)


def _duration(days: int) -> str:
    if days % 7 == 0 and days >= 14:
        return QCoreApplication.translate("forms_form_header", "{weeks} weken").format(weeks=days // 7)
    if days == 1:
        return QCoreApplication.translate("forms_form_header", "1 dagen")
    return QCoreApplication.translate("forms_form_header", "{days} dagen").format(days=days)


def add_header(layout: QVBoxLayout, definition: Any, container: Any, read_only: bool) -> QLabel:
    """Add the header's labels to ``layout``; returns the title label."""
    text = getattr(container, "description", None) or getattr(container, "guidance", None)
    context = route_context(definition, container)
    if context:
        layout.addWidget(label(context, "formHelp"))
    title_label = label(container.title, "formTitle")
    layout.addWidget(title_label)
    if read_only:
        version = getattr(definition, "version", None)
        note = (
            QCoreApplication.translate("forms_form_header", "Alleen lezen · versie {version} van dit formulier").format(
                version=version
            )
            if version
            else QCoreApplication.translate("forms_form_header", "Alleen lezen")
        )
        layout.addWidget(label(note, "formHelp"))
    facts = step_facts(container)
    if facts:
        layout.addWidget(label(facts, "formHelp"))
    if text:
        layout.addWidget(label(rich_text(text), "formHelp", rich=True))
    return title_label
