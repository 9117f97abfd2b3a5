"""What 'Controleer dossier' says about a checked PDF: the big status (tone, headline,
explanation), whether the signer is trusted, when it was signed, and which signature covers what.
The facts come from ibdesk.dossier.verify (its problems stay in its own words)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ibdesk.dossier.verify import Verification
from ibdesk.i18n import language
from ibdesk.text.dates import clock, long_date
from ibdesk.ui.kit.translate import translated

UNTRUSTED = str(
    QT_TRANSLATE_NOOP(
        "dossier_verify_verdict",
        "Onbekend — deze ondertekenaar staat niet in uw lijst van vertrouwde certificaten. Bel de afzender op "
        "een nummer dat u zelf opzoekt (niet uit het document) en vergelijk samen de controlecode hieronder. "
        "Klopt die, dan kunt u het certificaat van de afzender vertrouwen via Instellingen › Ondertekenen › "
        "Certificaat van een ander vertrouwen…",
    )
)


def verdict(result: Verification) -> tuple[str, str, str]:
    """(tone, headline, explanation) for the big status."""
    again = QCoreApplication.translate(
        "dossier_verify_verdict", "Gebruik dit bestand niet; vraag de afzender het document opnieuw te sturen."
    )
    if result.ok:
        return (
            "ok",
            QCoreApplication.translate("dossier_verify_verdict", "In orde"),
            QCoreApplication.translate(
                "dossier_verify_verdict",
                "Het document is niet gewijzigd sinds het werd ondertekend, door een ondertekenaar die u vertrouwt.",
            ),
        )
    if result.sound:
        return (
            "error",
            QCoreApplication.translate("dossier_verify_verdict", "Niet in orde: onbekende ondertekenaar"),
            QCoreApplication.translate(
                "dossier_verify_verdict",
                "Het document is sinds de handtekening niet gewijzigd, maar de ondertekenaar staat niet in uw lijst "
                "van vertrouwde certificaten. Iedereen kan een certificaat maken met dezelfde naam en school. "
                "Vertrouw de inhoud pas als de controlecode hieronder klopt met wat de afzender u telefonisch zegt.",
            ),
        )
    if not result.signed and result.problems:
        return (
            "error",
            QCoreApplication.translate("dossier_verify_verdict", "Niet in orde: bestand beschadigd"),
            " ".join(result.problems),
        )
    if not result.signed:
        return (
            "error",
            QCoreApplication.translate("dossier_verify_verdict", "Niet in orde: geen handtekening"),
            QCoreApplication.translate(
                "dossier_verify_verdict",
                "Dit document heeft geen digitale handtekening; niet na "
                "te gaan is van wie het komt of wat erin is veranderd.",
            ),
        )
    if not (result.intact and result.valid):
        return (
            "error",
            QCoreApplication.translate("dossier_verify_verdict", "Niet in orde: gewijzigd na ondertekening"),
            QCoreApplication.translate(
                "dossier_verify_verdict", "Het document is na ondertekening gewijzigd of beschadigd."
            )
            + " "
            + again,
        )
    if not result.whole_file:
        return (
            "error",
            QCoreApplication.translate("dossier_verify_verdict", "Niet in orde: iets toegevoegd na de handtekening"),
            QCoreApplication.translate(
                "dossier_verify_verdict",
                "Het ondertekende deel is ongewijzigd, maar er is daarna iets aan het bestand toegevoegd dat buiten "
                "de handtekening valt.",
            )
            + " "
            + again,
        )
    return (
        "error",
        QCoreApplication.translate("dossier_verify_verdict", "Niet in orde: handtekening klopt niet"),
        " ".join(result.problems) + " " + again,
    )


def trust_text(result: Verification) -> str:
    if not (result.intact and result.valid):
        return QCoreApplication.translate(
            "dossier_verify_verdict", "niet te beoordelen — de handtekening past niet bij de inhoud"
        )
    if result.trusted:
        return QCoreApplication.translate("dossier_verify_verdict", "Ja — {source}").format(source=result.trust_source)
    return translated("dossier_verify_verdict", UNTRUSTED)


def signed_at(result: Verification) -> str:
    """'3 februari 2026 om 14:05' in local time; in English '3 February 2026 at 14:05'."""
    if result.signed_at is None:
        return QCoreApplication.translate("dossier_verify_verdict", "onbekend")
    moment = result.signed_at.astimezone()
    return QCoreApplication.translate("dossier_verify_verdict", "{date} om {time}").format(
        date=long_date(moment, lang=language()), time=clock(moment)
    )


def signatures_text(result: Verification) -> str:
    """With more than one signature: which signature covers what (empty otherwise)."""
    if len(result.reports) < 2:
        return ""
    return "\n".join(r.line(len(result.reports)) for r in result.reports)
