"""The dossier screens in English (issue 16.8): from an empty profile, the school's first case
with a PO→VO handover, the onderwijskundig rapport as basis for the VO school (WPO art. 42) and
two attachments (one the VO school may not receive); the export wizard walked page by page (the
Sociaal Team refused, then the VO school), the signed PDF checked in 'Check dossier', and the
signing section of Settings. What comes from the form definitions or the records (recipients,
names) stays Dutch and is passed as `allowed`; the services' own words (purposes, the grensverkeer
explanation, the sharing plan, the result) are English, see test_dossier_result_language.py. Dutch stays the default."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWizard
from support.new_school import okr_basis_answers, open_first_case, po_vo_answers
from support.qt_checks import mnemonic_clashes
from support.tasks import settle
from support.ui_language import catalog_dir, dutch_left, english, start, visible_texts  # noqa: F401 (fixtures)

from ibdesk.services import export_plan
from ibdesk.text.dates import long_date

from .helpers import school_p12

SHOTS = Path("/tmp/uilang-dossier")


def shoot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    for _ in range(3):  # the layout catches up with texts and rows just shown
        QApplication.processEvents()
    widget.grab().save(str(SHOTS / name))


def first_case_with_handover(window):
    """The first day of a school (support.new_school) plus the PO→VO form, the OKR basis and two
    attachments, saved through the services as the wizard, form and notes screens save them."""
    from ibdesk.services.profile import save_user

    services = window.context.services
    save_user(services.store, "Marieke de Wit (fictief)", "intern begeleider")  # as the first-run wizard does
    school = open_first_case(services.store)
    form = services.catalog.latest("overdracht-po-vo")
    answers = po_vo_answers(school, date.today())
    services.forms.save(school.pupil_id, form.id, form.version, answers, case_id=school.case_id)
    services.consent.record_from_form(school.case_id, okr_basis_answers(school))
    services.attachments.add(
        school.pupil_id,
        b"%PDF-1.4 (fictief)",
        "Brief van de logopedist (fictief)",
        "brief",
        "support_history",
        case_id=school.case_id,
        file_name="brief.pdf",
    )
    services.attachments.add(
        school.pupil_id, b"verslag (fictief)", "Verslag jeugdarts (fictief)", "jeugdarts", "health", file_name="j.txt"
    )
    return school


def open_wizard(window, case_id: int):
    """As the user does: the case, then 'Dossier exporteren…' on the case page."""
    window.open_case(case_id)
    window.case_page.open_export_wizard()
    wizard = window.case_page.export_wizard
    wizard.resize(1000, 700)
    return wizard


def stored_data(wizard) -> list[str]:
    """What the recipient page shows from the records and the services (stays Dutch)."""
    choices = wizard.recipient_page.choices
    orgs = [o for o in (choices.residence, choices.school, *choices.others) if o is not None]
    return [
        wizard.overview.pupil.full_name,
        choices.residence_municipality,
        choices.school_municipality or "",
        *(o.name for o in orgs),
        *(f"({o.kind.label})" for o in orgs),
        export_plan.DEFAULT_ROLE,
        wizard.export_sender.name,
        "Raad voor de Kinderbescherming",  # a Dutch institution's name inside a purpose
    ]


def plan_data(plan) -> list[str]:
    """What the sharing plan says in the services' words (categories, basis, reasons), also as
    the rich-text labels show it (escaped; a list line without its dash)."""
    missing = [line.strip().lstrip("–-").strip() for line in plan.missing]
    texts = [plan.recipient.name, plan.purpose_label, long_date(plan.day), plan.refusal or "", *missing]
    for line in plan.categories:
        texts += [line.label, line.detail()]
    for item in plan.excluded:
        texts += [item.category, f"{item.reason[:1].upper()}{item.reason[1:]}"]
    for item in plan.attachments:
        texts += [item.title, item.category, item.added_by]
    return texts + [html.escape(text, quote=False) for text in texts]


def shown(widget, allowed=()) -> set[str]:
    """The widget's texts, checked: nothing Dutch but `allowed`, no Alt+letter twice."""
    texts = visible_texts(widget)
    allowed = sorted(allowed, key=len, reverse=True)  # a long text before the names inside it
    assert dutch_left(texts, allowed=allowed) == [], dutch_left(texts, allowed=allowed)
    assert mnemonic_clashes(widget) == []
    return texts


def test_the_export_wizard_in_english_from_an_empty_profile(qtbot, english, start, dialogs, tmp_path):
    window = start()
    school = first_case_with_handover(window)
    wizard = open_wizard(window, school.case_id)
    qtbot.waitExposed(wizard)
    data = stored_data(wizard)
    assert wizard.windowTitle() == "Export dossier"

    page = wizard.recipient_page  # the Sociaal Team of residence by default
    texts = shown(wizard, data)
    assert "Recipient and purpose" in page.title()
    assert page.subTitle().startswith("Dossier of Lotte Veenstra-Ağaoğlu. Only what this recipient")
    assert {"Recipient", "&Another organisation:", "&Purpose of sharing", "&Next >", "&Cancel"} <= texts
    assert page.residence_radio.text() == "Sociaal Team of the municipality of &residence (Wageningen): " + (
        "Sociaal Team Wageningen (fictief)"
    )
    shoot(wizard, "1-recipient.png")

    wizard.next()  # no basis for the Sociaal Team: the validation state, no way on
    content = wizard.content_page
    assert wizard.currentPage() is content and not content.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    texts = shown(wizard, data + plan_data(content.plan))
    assert "What is shared" in content.title() and "By kind of data" in texts
    assert any("This case is not yet ready for referral to the Sociaal Team." in t for t in texts)
    assert any("Nothing may go to this recipient." in t for t in texts)
    assert any(t.startswith("Always included: the overview of legal basis and consent") for t in texts)
    shoot(wizard, "2-content-refused.png")

    wizard.back()
    page.choose_other(school.vo_school_id)
    page.purpose_combo.setCurrentIndex(page.purpose_combo.findData("overdracht"))
    shown(wizard, data)
    assert "< &Back" not in visible_texts(wizard)  # none on the first page
    wizard.next()
    assert content.isComplete()
    texts = shown(wizard, data + plan_data(content.plan))
    assert any("<b>The dossier can be made.</b> Below is what goes into it and what does not" in t for t in texts)
    assert "Not shared — as the dossier states it" in texts and "< &Back" in texts
    assert any("1 item not shared — no legal basis" in t for t in texts)  # the jeugdarts letter: by count only
    assert "Attachments included (as files inside the PDF)" in texts
    assert any(f"Added on {item.added_on} by {item.added_by}" in t for item in content.plan.attachments for t in texts)
    shoot(wizard, "3-content-ready.png")

    wizard.next()
    sign = wizard.sign_page
    assert wizard.currentPage() is sign
    texts = shown(wizard, data)
    assert "Sign" in sign.title() and {"Sender", "Certificate", "Na&me", "&Job title", "Ph&one", "&Email"} <= texts
    assert sign.cert_title.text() == "Personal certificate (not made yet)"
    assert "Ma&ke certificate now" in texts
    sign.make_button.click()
    fingerprint = sign.fingerprint.text()
    texts = shown(wizard, [*data, fingerprint])
    assert sign.cert_title.text() == "Personal certificate in the name of Marieke de Wit (fictief)"
    assert sign.fingerprint_hint.text().startswith("Check code — if asked, read it out over the phone")
    assert sign.fingerprint.accessibleName() == "Check code (fingerprint, SHA-256)"
    shoot(wizard, "4-sign.png")
    name = sign.sender_fields.edits["name"]
    name.setText("Marieke de Wit-Jansen (fictief)")
    wizard.next()  # the certificate would name someone else: stays, says so, offers to replace it
    assert wizard.currentPage() is sign and sign.renew_button.isVisibleTo(wizard)
    assert sign.cert_error.text().startswith(
        "This certificate is in the name of Marieke de Wit (fictief), not Marieke de Wit-Jansen (fictief)."
    )
    texts = shown(wizard, [*data, fingerprint, "Marieke de Wit-Jansen (fictief)"])
    assert "&Replace certificate" in texts
    shoot(wizard, "4-sign-wrong-name.png")
    name.setText("Marieke de Wit (fictief)")
    sign.load_certificate()

    wizard.next()
    preview = wizard.preview_page
    settle(preview.prepare_task)
    qtbot.waitUntil(lambda: bool(preview.pages), timeout=60_000)
    texts = shown(wizard, data)
    assert "Review" in preview.title()
    assert (
        preview.status.text() == f"{len(preview.pages)} pages. Is everything right? Then choose Next to sign and save."
    )
    assert preview.pages[0].accessibleName() == f"Page 1 of {len(preview.pages)}"
    shoot(wizard, "5-preview.png")

    wizard.next()
    save = wizard.save_page
    data.append(save.suggested().name)  # a file name the app picks: stays Dutch
    texts = shown(wizard, data)
    assert ">Save<" in save.title()
    assert {"Protect with a pass&word", "&Save as…", "C&lose", "&Cancel", "< &Back"} <= texts
    assert save.summary.text().startswith("<b>To:</b> Pantarijn-college (fictief)<br><b>Purpose:</b>")
    assert "(without the pupil's name)" in save.summary.text()
    save.encrypt.setChecked(True)
    dialogs.save_path = tmp_path / "dossier.pdf"
    settle(save.save())
    assert [s.title for s in dialogs.of("save")] == ["Save dossier"]
    assert wizard.result is not None and save.password_box.isVisibleTo(wizard)
    result_message = wizard.result.message(with_password=False)
    texts = shown(wizard, [*data, result_message, wizard.result.password])
    assert any(t.startswith("<b>Document password</b> — give it to the recipient by phone") for t in texts)
    shoot(wizard, "6-saved.png")
    wizard.close()

    check_the_dossier(qtbot, window, tmp_path / "dossier.pdf", wizard.result.password, tmp_path)


def check_the_dossier(qtbot, window, path: Path, password: str, folder: Path) -> None:
    """'Check dossier' from Settings: empty, the password asked, a wrong one, the signed file, an unsigned PDF."""
    from reportlab.pdfgen import canvas

    settings = window.page("settings_page")
    settings.open_verify()
    dialog = settings.verify_dialog
    dialog.resize(1000, 700)
    qtbot.waitExposed(dialog)
    texts = shown(dialog)
    assert dialog.windowTitle() == "Check dossier"
    assert {"&Choose file…", "&Password (only for an encrypted document)", "Chec&k", "C&lose"} <= texts
    assert dialog.status_detail.text() == "Choose a file to check."
    assert dialog.path_edit.placeholderText() == "choose a PDF file"
    dialog.check()
    assert dialog.status_detail.text() == "First choose a file to check."
    shoot(dialog, "7-verify-empty.png")

    settle(dialog.check(path))
    assert dialog.status.text() == "Password needed"
    shown(dialog, [str(path)])
    dialog.password_edit.setText("niet-het-wachtwoord")
    settle(dialog.check())
    assert dialog.status.text() == "Wrong password"
    assert dialog.status_detail.text() == "Check the password (mind capital letters and hyphens) and try again."
    shoot(dialog, "8-verify-wrong-password.png")

    dialog.password_edit.setText(password)
    settle(dialog.check())
    result = dialog.result
    assert result is not None and result.ok
    texts = shown(
        dialog,
        [str(path), result.signer, result.organisation or "", result.trust_source, dialog.values["fingerprint"].text()],
    )
    assert dialog.status.text() == "All in order"
    assert {"Signed by:", "Signed on:", "Content intact:", "Whole file signed:", "Trusted:"} <= texts
    assert dialog.values["intact"].text() == "yes" and dialog.values["whole"].text() == "yes"
    assert dialog.values["trusted"].text() == f"Yes — {result.trust_source}"
    assert " at " in dialog.values["signed_at"].text()
    shoot(dialog, "9-verify-ok.png")

    unsigned = folder / "unsigned.pdf"
    pdf = canvas.Canvas(str(unsigned))
    pdf.drawString(72, 720, "Unsigned letter (fictief)")
    pdf.save()
    dialog.password_edit.clear()
    settle(dialog.check(unsigned))
    shown(dialog, [str(unsigned)])
    assert dialog.status.text() == "Not in order: no signature"
    assert dialog.status_detail.text().startswith("This document has no digital signature")
    shoot(dialog, "10-verify-unsigned.png")
    dialog.close()


def test_the_signing_settings_in_english(qtbot, english, start, dialogs, tmp_path, monkeypatch):
    from ibdesk.ui.kit import messages
    from ibdesk.ui.main_window import NAV_PAGES

    window = start()
    window.show_page(next(i for i, (_label, name) in enumerate(NAV_PAGES) if name == "settings_page"))
    settings = window.page("settings_page")
    signer = settings.signer
    signer.refresh()
    texts = shown(signer, [export_plan.DEFAULT_ROLE])
    assert mnemonic_clashes(window) == []  # with the other sections of Settings
    assert {"Signing", "Sa&ve sender details", "E&xport my certificate…", "Trust someone else's &certificate…"} <= texts
    assert {"School certificate:", "Your personal certificate:", "Certificates of others:"} <= texts
    assert signer.school_label.text() == "not set up — you sign with your personal certificate."
    assert signer.own_label.text() == "not made yet; that happens at the first export or when you export it."
    assert signer.trusted_label.text() == "none trusted"
    assert signer.sender_fields.edits["name"].placeholderText() == "your name"
    shoot(signer.parentWidget(), "11-signing-settings.png")  # the 'Signed dossiers' section

    assert not signer.save()  # nothing filled in: said at the fields (the services' words)
    errors = [box.error.text() for box in signer.sender_fields.fields.boxes.values() if box.error.isVisibleTo(signer)]
    assert errors
    shown(signer, [export_plan.DEFAULT_ROLE, *errors])
    shoot(signer, "12-signing-invalid.png")
    fields = signer.sender_fields.edits
    fields["name"].setText("Marieke de Wit (fictief)")
    fields["role"].setText("intern begeleider")
    assert signer.save() and signer.saved_label.text() == "Saved."

    dialogs.save_path = tmp_path / "mijn-certificaat.pem"
    assert signer.export_certificate() == tmp_path / "mijn-certificaat.pem"
    exported = dialogs.of("info")[-1]
    assert exported.title == "Certificate exported"
    assert exported.text.startswith(f"Your certificate is in:\n{tmp_path / 'mijn-certificaat.pem'}\n\nCheck code:")
    assert "Technical: the fingerprint (SHA-256) of the certificate." in exported.text
    assert dutch_left([exported.text], allowed=[str(tmp_path)]) == []
    own = signer.fingerprint.text()
    shown(signer, [export_plan.DEFAULT_ROLE, "Marieke de Wit (fictief)", own])

    _p12, colleague = school_p12(tmp_path / "ander", "geheim")
    monkeypatch.setattr(messages, "ask_open_path", lambda parent, title, start, file_filter: colleague)
    signer.trust_certificate()
    asked, told = dialogs.of("confirm")[-1], dialogs.of("info")[-1]
    assert asked.title == "Trust certificate" and asked.text.startswith("Trust this certificate from now on?")
    assert told.title == "Certificate trusted" and told.text.startswith("Trusted: CA Stichting Vlinder (fictief)")
    assert dutch_left([asked.text, told.text], allowed=["CA Stichting Vlinder (fictief)"]) == []
    assert signer.trusted_label.text() == "1 trusted"
    shown(signer, [export_plan.DEFAULT_ROLE, "Marieke de Wit (fictief)", own])
    shoot(signer, "13-signing-done.png")


def test_grensverkeer_offers_both_teams_in_english(qtbot, english, start):
    """A pupil living in Renkum at a school in Wageningen: first with no Sociaal Team for Renkum in
    Contacts (said, that radio off), then both teams, the residence one first (woonplaatsbeginsel,
    Jeugdwet art. 1.1 as the services' explanation cites it, domain.md §9)."""
    import dataclasses

    from ibdesk.domain.model import Organisation, OrgKind

    window = start()
    records = window.context.services.records
    school = open_first_case(records.store)
    records.save_pupil(dataclasses.replace(records.pupil(school.pupil_id), municipality="Renkum"))
    wizard = open_wizard(window, school.case_id)
    radio = wizard.recipient_page.residence_radio
    assert not radio.isEnabled() and radio.text() == (
        "No Sociaal Team known for the municipality of residence (Renkum); add it under Contacts"
    )
    shown(wizard, stored_data(wizard))
    shoot(wizard, "0-recipient-no-team.png")
    wizard.close()

    records.save_organisation(Organisation(OrgKind.SOCIAAL_TEAM, "Sociaal Team Renkum (fictief)", "Renkum", None, None))
    wizard = open_wizard(window, school.case_id)
    page = wizard.recipient_page
    assert page.border_box.isVisibleTo(wizard) and page.school_radio is not None
    texts = shown(wizard, stored_data(wizard))
    assert page.border_label.text().startswith(
        "<b>Across municipal borders (grensverkeer).</b> The pupil is registered in the BRP (population register) "
        "in Renkum and goes to school in Wageningen. Principle of residence (woonplaatsbeginsel, Jeugdwet art. 1.1"
    )
    assert page.residence_radio.text() == (
        "Sociaal Team of the municipality of &residence (Renkum): Sociaal Team Renkum (fictief)"
    )
    assert page.school_radio.text() == (
        "Sociaal Team of the &school's municipality (Wageningen): Sociaal Team Wageningen (fictief)"
    )
    assert {"Coordinates jeugdhulp (youth care) at school."} <= texts
    shoot(wizard, "0-recipient-grensverkeer.png")
    wizard.close()


def test_dutch_stays_the_default_for_the_dossier_screens(qtbot, catalog_dir, start):
    window = start()
    school = open_first_case(window.context.services.store)
    wizard = open_wizard(window, school.case_id)
    assert wizard.windowTitle() == "Dossier exporteren"
    assert "Ontvanger en doel" in wizard.recipient_page.title()
    assert {"&Volgende >", "&Annuleren", "Een andere &organisatie:", "&Doel van het delen"} <= visible_texts(wizard)
    wizard.close()
    settings = window.page("settings_page")
    settings.open_verify()
    assert settings.verify_dialog.windowTitle() == "Controleer dossier"
    assert {"&Bestand kiezen…", "&Controleren"} <= visible_texts(settings.verify_dialog)
    settings.verify_dialog.close()
    assert {"Afzendergegevens &opslaan", "Certificaat van een ander &vertrouwen…"} <= visible_texts(settings.signer)
