"""The one place that says which sharing category a piece of a case belongs to.

Consent is recorded per category of `ibdesk.domain.consent.CATEGORIES`. Form definitions
carry a wider set (forms/README.md); the extra ones map onto a sharing category here:

* ``handover`` (aanmelding, overdracht) and ``meeting`` (MDO verslag) → ``support_history``:
  they describe what school and partners did and agreed.
* ``absence`` (verzuim) → ``school_results``: attendance is part of the school record.
* ``consent`` (toestemming) → ``None``: the consent overview is metadata about the sharing
  itself and always travels with it (without it the receiver cannot check the basis).

Some parts of a form hold data of a more sensitive category than the form as a whole:

* the OPP's jeugdhulp sections → ``youth_care``;
* fields about research reports, diagnoses or care that continues (``onderzoeksgegevens``,
  ``zat_ziekteverzuim_jgz``, ``zorg_loopt_door``) → ``health``;
* free-text descriptions of the home situation (``buiten_school_toelichting``,
  ``kt_zorgen_thuis``) → ``home_situation``;
* free-text descriptions of youth care in a handover (``jeugdhulp_omschrijving``) → ``youth_care``.

``identification`` is the pupil's name, birth date, BSN and the parents' names and phone
numbers on the cover: without a basis for it nothing can be sent at all.
"""

from __future__ import annotations

from ibdesk.domain.consent import CATEGORIES
from ibdesk.i18n import mark

IDENTIFICATION = "identification"
METADATA = None  # always included: the consent overview

FORM_CATEGORY: dict[str, str | None] = {
    "handover": "support_history",
    "meeting": "support_history",
    "absence": "school_results",
    "consent": METADATA,
}
SECTION_CATEGORY: dict[tuple[str, str], str] = {
    ("opp", "jeugdhulp_vraag"): "youth_care",
    ("opp", "jeugdhulp"): "youth_care",
}
FIELD_CATEGORY: dict[str, str] = {
    "onderzoeksgegevens": "health",
    "zat_ziekteverzuim_jgz": "health",
    "zorg_loopt_door": "health",
    "buiten_school_toelichting": "home_situation",
    "kt_zorgen_thuis": "home_situation",
    "jeugdhulp_omschrijving": "youth_care",
}
# Pieces that are not form answers.
ABSENCE = "school_results"
ABSENCE_REASON = "health"  # why a pupil was absent (ziek, psychisch) is health data
EXEMPTION = "health"  # artikel 5 onder a rests on a medical judgement
VIEWPOINTS = "viewpoints"  # the parents' own view travels with whatever is shared
CONSENT_SCAN = "consent"  # an attachment: the scan of a signed consent (dossier/attachment_content.py)


def label(category: str | None) -> str:
    """Dutch name of a sharing category (marked: a screen shows it through `tr_marked`)."""
    if category is None:
        return mark("Grondslag en toestemming")
    if category == VIEWPOINTS:
        return mark("Zienswijze van ouders")
    if category == CONSENT_SCAN:
        return mark("Toestemming en handtekeningen")
    return CATEGORIES.get(category, category)


def sharing_category(form_category: str) -> str | None:
    """The sharing category of a whole form (None = metadata, always included)."""
    if form_category in FORM_CATEGORY:
        return FORM_CATEGORY[form_category]
    return form_category if form_category in CATEGORIES else "support_history"


def field_category(form_id: str, form_category: str | None, section_id: str | None, field_id: str) -> str | None:
    """The category of one field: a field rule, else its section's, else the form's."""
    if field_id in FIELD_CATEGORY:
        return FIELD_CATEGORY[field_id]
    if section_id is not None and (form_id, section_id) in SECTION_CATEGORY:
        return SECTION_CATEGORY[(form_id, section_id)]
    return form_category
