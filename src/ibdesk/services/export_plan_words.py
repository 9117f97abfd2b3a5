"""The sharing plan in the words of the screen (the export wizard's 'Wat wordt gedeeld' page).

The document states the same facts in Dutch whatever the language of the screen: its words
come from `ibdesk.dossier.content.SharingPlan` (`basis_text`, `describe`, `giver`) and
`ibdesk.dossier.categories.label`. This module says them again through `tr`, so an English
screen reads English while the PDF keeps the Dutch. Stored data (the names of parents) is
never translated.
"""

from __future__ import annotations

from ibdesk.domain.consent import LEGAL_TASKS, PUPIL, Basis
from ibdesk.dossier.content import SharingPlan
from ibdesk.i18n import tr, tr_marked
from ibdesk.text.dates import short_date
from ibdesk.text.labels import consent_method, shown_and_list


def category_shown(label: str) -> str:
    """A category's name (`dossier.categories.label`, Dutch, marked) on screen."""
    return tr_marked(label)


def giver_shown(plan: SharingPlan, key: str) -> str:
    """Who gives consent, as `SharingPlan.giver` names them: a parent's stored name as is."""
    return tr("de leerling zelf (16 jaar of ouder)") if key == PUPIL else plan.names.get(key, tr("ouder"))


def basis_shown(plan: SharingPlan, category: str) -> str:
    """`plan.basis_text(category)` on screen: each basis the category is shared on."""
    decision = plan.decisions.get(category)
    if plan.open_basis or decision is None or not decision.allowed:
        return tr_marked(plan.basis_text(category))
    return "; ".join(_basis(plan, basis) for basis in decision.basis)


def _basis(plan: SharingPlan, basis: Basis) -> str:
    if basis.kind == "legal_task":
        label = LEGAL_TASKS.get(basis.task or "")
        return tr_marked(label) if label else tr("Wettelijke taak ({task})", task=basis.task)
    givers = shown_and_list(sorted(giver_shown(plan, g) for g in basis.givers))
    if basis.signature == "per_persoon":  # each giver's own signature says when and how
        text = tr("Toestemming van {givers}, ieder met een eigen handtekening", givers=givers)
    else:
        text = tr("Toestemming van {givers} op {day}", givers=givers, day=short_date(basis.given_on))
        if basis.method:
            text += ", " + tr_marked(consent_method(basis.method))
    if basis.valid_until:
        text += ", " + tr("geldig tot en met {day}", day=short_date(basis.valid_until))
    return text
