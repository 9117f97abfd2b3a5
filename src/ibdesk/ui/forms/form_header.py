"""The top of a FormView: where a route step sits in its route, the title, a read-only note
with the form's version, who takes part in a step and how long it usually takes, and the
form's or step's own guidance."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout

from ibdesk.forms import RouteDefinition

from .common import label, rich_text

ROLES = {
    "ib": "IB'er",
    "jgz": "JGZ",
    "smw": "schoolmaatschappelijk werk",
    "consulent_swv": "consulent SWV",
    "orthopedagoog_swv": "orthopedagoog SWV",
    "zorgcoordinator": "zorgcoördinator",
    "jeugdconsulent": "jeugdconsulent Sociaal Team",
}


def route_context(definition: Any, container: Any) -> str:
    """'Routekaart primair onderwijs · stap 1 van 7' above a route step."""
    if not isinstance(definition, RouteDefinition):
        return ""
    steps = definition.steps
    number = next((i + 1 for i, s in enumerate(steps) if s is container), None)
    return f"{definition.title} · stap {number} van {len(steps)}" if number else definition.title


def step_facts(container: Any) -> str:
    """'Betrokken: leerkracht, IB'er, ouders · Gebruikelijke duur: 4 weken' for a route step."""
    parts = []
    participants = getattr(container, "participants", ())
    if participants:
        words = [ROLES.get(p, p.replace("_", " ")) for p in participants]
        parts.append("Betrokken: " + ", ".join(words))
    days = getattr(container, "normal_duration_days", None)
    if days:
        weeks = f"{days // 7} weken" if days % 7 == 0 and days >= 14 else f"{days} dagen"
        parts.append(f"Gebruikelijke duur: {weeks}")
    return " · ".join(parts)


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
        note = f"Alleen lezen · versie {version} van dit formulier" if version else "Alleen lezen"
        layout.addWidget(label(note, "formHelp"))
    facts = step_facts(container)
    if facts:
        layout.addWidget(label(facts, "formHelp"))
    if text:
        layout.addWidget(label(rich_text(text), "formHelp", rich=True))
    return title_label
