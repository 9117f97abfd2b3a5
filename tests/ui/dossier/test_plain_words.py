"""Issue 11.9: on the screens IB'ers use to sign and send (the export wizard's signing and
saving steps, the verify dialog's details) jargon such as SHA-256, CA, PAdES, AES or JSON comes
only in a detail line ("Technisch: …"), after plain Dutch words."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QLabel

from .helpers import READY_CASE, walk_to

JARGON = re.compile(r"SHA-?256|\bCA\b|PAdES|AES|JSON")


def _visible_texts(widget) -> list[str]:
    texts = [w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget) and w.text()]
    return texts + [w.text() for w in widget.findChildren(QAbstractButton) if w.isVisibleTo(widget) and w.text()]


def _details_shown_whole(widget) -> None:
    """A label with a detail line is never elided to one line ('Technisch: …' cut to 'T…')."""
    from ibdesk.ui.widgets import ElidedLabel

    cut = [w.text() for w in widget.findChildren(ElidedLabel) if "Technisch:" in w.text()]
    assert cut == []


def _jargon_only_in_details(texts: list[str]) -> list[str]:
    wrong = []
    for text in texts:
        lines = re.sub(r"<[^>]+>", "\n", text).splitlines()
        for number, line in enumerate(lines):
            if JARGON.search(line) and (number == 0 or not line.strip().startswith("Technisch:")):
                wrong.append(line)
    return wrong


def test_the_signing_and_saving_steps_lead_with_plain_words(make_wizard, dialogs):
    wizard = make_wizard(READY_CASE)
    walk_to(wizard, wizard.sign_page)
    texts = _visible_texts(wizard.sign_page) + [wizard.sign_page.fingerprint_hint.text()]
    hint = wizard.sign_page.fingerprint_hint.text()
    assert hint.startswith("Controlecode") and "Technisch: vingerafdruk (SHA-256)" in hint  # term kept as a detail
    assert _jargon_only_in_details(texts) == []
    walk_to(wizard, wizard.save_page)
    texts = _visible_texts(wizard.save_page)
    assert "&Beveiligen met wachtwoord" in texts and any("Technisch: versleuteld met AES-256" in t for t in texts)
    assert _jargon_only_in_details(texts) == []


def test_the_verify_dialog_names_the_fingerprint_in_plain_words(qtbot, context):
    from ibdesk.ui.dossier.verify_dialog import VerifyDialog

    dialog = VerifyDialog(context) if "context" in VerifyDialog.__init__.__code__.co_varnames else VerifyDialog()
    qtbot.addWidget(dialog)
    captions = [w.text() for w in dialog.details.findChildren(QLabel) if w.text().endswith(")") or ":" in w.text()]
    assert any(c.startswith("Controlecode van de afzender:") for c in captions)
    _details_shown_whole(dialog)
    assert _jargon_only_in_details(captions) == []


def test_the_signer_settings_explain_the_trusted_certificate_in_plain_words(qtbot, context, dialogs):
    from ibdesk.ui.dossier import SignerSettings

    widget = SignerSettings(context)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    texts = _visible_texts(widget)
    assert "Wie de school vertrouwt:\nTechnisch: CA-certificaat van de school" in texts
    _details_shown_whole(widget)
    assert _jargon_only_in_details(texts) == []
